"""A council's meetings (第n回) and their invitees: the setting up, the replies (出欠回答) and the
ticks at the 受付."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from db.errors import ValidationError
from db.models import Council, Invitation, Meeting, Membership, Organization, Person
from db.vocab import REPLIES, SESSION_FORMATS, role_rank
from desktop.catalogue import QT_TR_NOOP, Text
from desktop.japanese.text import normalize_for_compare
from desktop.ops.common import (
    clean,
    editable,
    fetch,
    fetch_marked,
    find_or_create_organization,
    optional_date,
    parse_count,
    required,
)
from desktop.ops.events import parse_times
from desktop.rules.councils import serves_on

REPLY_DAYS_BEFORE = 7  # 回答期限 when none is typed: a week before the meeting
COMING = ("attend", "deputy")  # replies that take a seat on the day


@dataclass(frozen=True)
class MeetingRow:
    """A meeting as stored, with its invitees counted by reply (the window spells the rest)."""

    id: int
    version: int
    council_id: int
    number: int
    date: dt.date | None
    start_time: dt.time | None
    end_time: dt.time | None
    format: str  # a code of SESSION_FORMATS, "" when not chosen
    venue: str
    url: str
    agenda: str  # one item a line
    reply_by: dt.date | None
    note: str
    invited: int
    attending: int  # 出席 and 代理出席
    absent: int
    unanswered: int
    attended: int  # ticked at the 受付


@dataclass(frozen=True)
class InviteeRow:
    """One invitee: the seat as it was when invited, the reply and the tick at the 受付."""

    id: int
    version: int
    meeting_id: int
    person_id: int | None
    order: int
    role: str  # a code of MEMBER_ROLES, "" for someone added by hand
    post: str
    name: str  # blank for a seat known by its post only
    kana: str
    organization: str
    email: str
    reply: str  # a code of REPLIES
    replied_on: dt.date | None
    deputy_name: str
    deputy_post: str
    companions: str  # one a line
    attended: bool
    note: str


def _roster_order(invitation: Invitation) -> tuple[int, int, int]:
    return (role_rank(invitation.role or ""), invitation.order, invitation.id or 0)


def list_meetings(session: Session, council_id: int) -> list[MeetingRow]:
    """The council's meetings, 第1回 first."""
    meetings = session.scalars(
        select(Meeting)
        .where(Meeting.council_id == council_id)
        .options(selectinload(Meeting.invitations))
        .order_by(Meeting.number)
    ).all()
    return [_meeting_row(m) for m in meetings]


def _meeting_row(m: Meeting) -> MeetingRow:
    replies = [i.reply for i in m.invitations]
    return MeetingRow(
        id=m.id,
        version=m.version,
        council_id=m.council_id,
        number=m.number,
        date=m.date,
        start_time=m.start_time,
        end_time=m.end_time,
        format=m.format or "",
        venue=m.venue or "",
        url=m.url or "",
        agenda=m.agenda or "",
        reply_by=m.reply_by,
        note=m.note or "",
        invited=len(replies),
        attending=sum(1 for r in replies if r in COMING),
        absent=replies.count("absent"),
        unanswered=replies.count("none"),
        attended=sum(1 for i in m.invitations if i.attended),
    )


def next_number(session: Session, council_id: int) -> int:
    """第n回 of the next meeting: the last one's number + 1."""
    last = session.scalar(select(func.max(Meeting.number)).where(Meeting.council_id == council_id))
    return (last or 0) + 1


def list_invitees(session: Session, meeting_id: int) -> list[InviteeRow]:
    """The invitees in the roster's order (議長, 座長 … then the council's own order; those
    added by hand last)."""
    invitations = session.scalars(
        select(Invitation)
        .where(Invitation.meeting_id == meeting_id)
        .options(selectinload(Invitation.person), selectinload(Invitation.organization))
    ).all()
    return [_invitee_row(i) for i in sorted(invitations, key=_roster_order)]


def not_replied(session: Session, meeting_id: int) -> list[InviteeRow]:
    """Those whose reply has not come (未回答), in the roster's order: whom to remind."""
    return [r for r in list_invitees(session, meeting_id) if r.reply == "none"]


def _invitee_row(i: Invitation) -> InviteeRow:
    person = i.person
    return InviteeRow(
        id=i.id,
        version=i.version,
        meeting_id=i.meeting_id,
        person_id=i.person_id,
        order=i.order,
        role=i.role or "",
        post=i.post or "",
        name=person.name if person else "",
        kana=(person.kana or "") if person else "",
        organization=i.organization.name if i.organization else "",
        email=(person.email or "") if person else "",
        reply=i.reply,
        replied_on=i.replied_on,
        deputy_name=i.deputy_name or "",
        deputy_post=i.deputy_post or "",
        companions=i.companions or "",
        attended=bool(i.attended),
        note=i.note or "",
    )


@dataclass(frozen=True)
class MeetingInput:
    council_id: int
    number: str
    date: str = ""
    time: str = ""  # 13:30～15:00
    format: str = ""
    venue: str = ""
    url: str = ""
    agenda: str = ""  # 議事次第, one item a line
    reply_by: str = ""  # 回答期限; blank: a week before the date
    note: str = ""
    id: int | None = None
    version: int | None = None


def save_meeting(session: Session, data: MeetingInput) -> int:
    """Set up a meeting (its invitees: the members serving on its date, each seat as it is
    then), or change one (its invitees stay as they are)."""
    number = parse_count(data.number, "number", QT_TR_NOOP("回"))
    date = optional_date(data.date, "date")
    start, end = parse_times(clean(data.time))
    fmt = clean(data.format)
    if fmt is not None and fmt not in SESSION_FORMATS:
        raise ValidationError(QT_TR_NOOP("形式を選んでください。"), "format")
    reply_by = optional_date(data.reply_by, "reply_by")
    if reply_by is None and date is not None:
        reply_by = date - dt.timedelta(days=REPLY_DAYS_BEFORE)
    if reply_by is not None and date is not None and reply_by > date:
        raise ValidationError(QT_TR_NOOP("回答期限が開催日より後になっています。"), "reply_by")
    council = fetch(session, Council, data.council_id)
    same_number = select(Meeting.id).where(
        Meeting.council_id == council.id, Meeting.number == number
    )
    if data.id is not None:
        same_number = same_number.where(Meeting.id != data.id)
    if session.scalars(same_number).first() is not None:
        raise _number_taken(number)
    new = data.id is None
    invited = _members_serving(council, date or dt.date.today()) if new else []
    meeting = editable(session, Meeting, data.id, data.version, council=council, number=number)
    meeting.number = number
    meeting.date = date
    meeting.start_time, meeting.end_time = start, end
    meeting.format = fmt
    meeting.venue = clean(data.venue)
    meeting.url = clean(data.url)
    meeting.agenda = _lines(data.agenda)
    meeting.reply_by = reply_by
    meeting.note = clean(data.note)
    meeting.invitations.extend(Invitation.of_seat(member) for member in invited)
    try:
        with session.begin_nested():  # two PCs setting up the same 第n回 at once
            session.flush()
    except IntegrityError:
        raise _number_taken(number) from None
    return meeting.id


def _number_taken(number: int) -> ValidationError:
    return ValidationError(
        QT_TR_NOOP("第{number}回はこの会議にすでにあります。"), "number", number=number
    )


def _lines(text: str | None) -> str | None:
    """One item a line, blank lines and the spaces around each item gone."""
    cleaned = clean(text)
    if cleaned is None:
        return None
    return "\n".join(line.strip() for line in cleaned.splitlines() if line.strip()) or None


def _members_serving(council: Council, day: dt.date) -> list[Membership]:
    """The invitees of a meeting on `day`, in the roster's order."""
    serving = [m for m in council.memberships if serves_on(m, day)]
    ranked = sorted(serving, key=lambda m: (role_rank(m.role), m.order, m.id))
    # One person on two seats (議長 and 構成員 …) is invited once, on the higher seat.
    invited: set[int] = set()
    once = []
    for member in ranked:
        if member.person_id is None or member.person_id not in invited:
            once.append(member)
            if member.person_id is not None:
                invited.add(member.person_id)
    return once


def delete_meeting(session: Session, meeting_id: int, version: int | None) -> None:
    """A meeting with its invitees and their replies (each recorded in the history)."""
    session.delete(fetch(session, Meeting, meeting_id, version))


@dataclass(frozen=True)
class InviteeInput:
    """Someone invited by hand (an observer, a speaker): found by name in the organization,
    or made."""

    meeting_id: int
    name: str
    organization: str = ""
    post: str = ""
    note: str = ""


def add_invitee(session: Session, data: InviteeInput) -> int:
    name = required(data.name, "name", QT_TR_NOOP("氏名"))
    meeting = fetch(session, Meeting, data.meeting_id)
    org_name = clean(data.organization)
    organization = find_or_create_organization(session, org_name) if org_name else None
    person = _find_person(session, name, organization)
    post = clean(data.post)
    if person is None:
        person = Person(name=name, organization=organization, post=post)
        session.add(person)
    elif any(i.person_id == person.id for i in meeting.invitations):
        raise ValidationError(
            QT_TR_NOOP("{name}さんはこの会議にすでに招かれています。"), "name", name=name
        )
    last = max((i.order for i in meeting.invitations), default=0)
    invitation = Invitation(
        person=person,
        organization=organization,
        post=post,
        order=last + 1,
        note=clean(data.note),
    )
    meeting.invitations.append(invitation)
    session.flush()
    return invitation.id


def _find_person(session: Session, name: str, organization: Organization | None) -> Person | None:
    """The stored person of that name in that organization (none when it was made just now)."""
    if organization is not None and organization.id is None:
        return None
    where = (
        Person.organization_id == organization.id
        if organization is not None
        else Person.organization_id.is_(None)
    )
    same_name = Person.name_key == normalize_for_compare(name)
    return session.scalars(select(Person).where(same_name, where).order_by(Person.id)).first()


def remove_invitee(session: Session, invitation_id: int, version: int | None) -> None:
    session.delete(fetch(session, Invitation, invitation_id, version))


@dataclass(frozen=True)
class ReplyInput:
    """出欠回答: the reply, the day it came, the deputy (代理出席), 随行者 one a line."""

    id: int
    version: int | None
    reply: str
    replied_on: str = ""
    deputy_name: str = ""
    deputy_post: str = ""
    companions: str = ""
    note: str = ""


def record_reply(session: Session, data: ReplyInput) -> int:
    if data.reply not in REPLIES:
        raise ValidationError(QT_TR_NOOP("出欠を選んでください。"), "reply")
    replied_on = optional_date(data.replied_on, "replied_on")
    deputy_name, deputy_post = clean(data.deputy_name), clean(data.deputy_post)
    if data.reply == "deputy":
        if deputy_name is None:
            raise ValidationError(QT_TR_NOOP("代理出席者の氏名を入力してください。"), "deputy_name")
        if deputy_post is None:
            raise ValidationError(QT_TR_NOOP("代理出席者の役職を入力してください。"), "deputy_post")
    else:
        deputy_name = deputy_post = None  # only a 代理出席 has a deputy
    invitation = fetch(session, Invitation, data.id, data.version)
    invitation.reply = data.reply
    invitation.replied_on = replied_on if data.reply != "none" else None
    invitation.deputy_name = deputy_name
    invitation.deputy_post = deputy_post
    invitation.companions = _lines(data.companions)
    invitation.note = clean(data.note)
    session.flush()
    return invitation.id


def mark_attendance(
    session: Session, meeting_id: int, marks: Sequence[tuple[int, int]], attended: bool
) -> Text:
    """受付 ticked for the invitees `marks` names (id, version as loaded), or taken back: all of
    them or none. One changed on another PC since it was loaded refuses the whole mark, naming
    them. Returns what the window tells the user."""
    meeting = fetch(session, Meeting, meeting_id, lock=True)
    chosen = fetch_marked(
        session,
        Invitation,
        marks,
        belongs=lambda invitation: invitation.meeting_id == meeting.id,
        elsewhere=QT_TR_NOOP("別の回の出席者が選ばれています。"),
        field="attended",
        changed=QT_TR_NOOP(
            "{name}さんの出欠は読み込んだ後に別の操作で変更されています。"
            "何も記録していません。一覧を更新してから、もう一度選んでください。"
        ),
        name=_called,
    )
    changed = [i for i in sorted(chosen, key=_roster_order) if bool(i.attended) != attended]
    for invitation in changed:
        invitation.attended = attended
    session.flush()
    if attended:
        return Text(QT_TR_NOOP("{count}名を受付済みにしました。"), count=len(changed))
    return Text(QT_TR_NOOP("{count}名の受付を取り消しました。"), count=len(changed))


def _called(invitation: Invitation) -> str:
    return invitation.person.name if invitation.person else invitation.post or ""
