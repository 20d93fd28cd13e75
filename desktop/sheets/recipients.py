"""Who a label, an envelope, a tent card or a badge is printed for: the members of a council on
a day, the invitees of a council's meeting (第n回) in their order, or the applicants of a
symposium session — each as a Recipient, whatever their source.

A new source is one more branch in `select_recipients`; every sheet of the meeting pack then
takes it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from db.errors import UserError
from db.models import (
    LIVE_APPLICATION_STATUSES,
    Invitation,
    Membership,
    Organization,
    Participant,
    Person,
)
from desktop.rules.participation import reception_order
from desktop.sheets import council_meeting
from desktop.sheets.addressing import Address, address, split_postal_code, written_out
from desktop.sheets.council_members import find_council, members_on
from desktop.sheets.participants import find_session

# The kinds of attendee a badge's colour band tells apart (see pdf_badges.py).
MEMBER = "委員"
SECRETARIAT = "事務局"
GENERAL = "一般"
SPEAKER = "講師"


@dataclass(frozen=True)
class Recipient:
    """One person (or a post, or an organization) to print for; each text empty when unknown."""

    organization: str
    post: str  # 役職, or the department addressed
    name: str
    kana: str
    postal_code: str  # 〒100-8914
    address: str
    kind: str  # MEMBER, SECRETARIAT, GENERAL or SPEAKER
    group: str  # the council's group (地方公共団体等 …); empty for applicants
    # An invitee's reply (db.vocab.REPLIES) and deputy; empty for other sources.
    reply: str = ""
    deputy_name: str = ""
    deputy_post: str = ""

    def in_person(self) -> Recipient:
        """Who comes: the deputy, with their post, in place of a member who sends one."""
        if self.reply != "deputy" or not self.deputy_name.strip():
            return self
        return replace(self, name=self.deputy_name.strip(), post=self.deputy_post, kana="")

    def addressed(self) -> Address:
        """The recipient addressed by the business rules (様 / 御中, see addressing.py)."""
        return address(
            organization=self.organization or None,
            post=self.post or None,
            name=self.name or None,
            stored=self.address,
            postal_code=self.postal_code,
        )

    def on_card(self) -> tuple[str, str, str]:
        """(organization, post, name) as a tent card or a badge shows them: the legal form
        written out, the post without the organization's name before it; a seat without a
        person shows its post as the name, a seat of an organization its name."""
        organization = written_out(self.organization)
        post = self.post
        for prefix in (organization, self.organization):
            if prefix and post.startswith(prefix) and len(post) > len(prefix):
                post = post[len(prefix) :].strip()
        if self.name:
            return organization, post, self.name
        if post:
            return organization, "", post
        return "", "", organization


@dataclass(frozen=True)
class Recipients:
    """The people of one meeting or council, and what they gather for (a badge names it)."""

    event: str  # 幹事会 / 令和3年度 … 第1回
    people: tuple[Recipient, ...]

    def on_the_day(self) -> Recipients:
        """Those expected on the day: everyone but those who declined (欠席), a deputy in the
        member's place (代理出席). One who has not replied yet keeps a seat and a card: one
        too many on the table is mended with scissors, one missing is not."""
        expected = (p.in_person() for p in self.people if expected_on_the_day(p.reply))
        return Recipients(self.event, tuple(expected))


def expected_on_the_day(reply: str) -> bool:
    """An invitee with this reply (db.vocab.REPLIES; empty for other sources) is expected."""
    return reply != "absent"


def postal_address(person: Person | None, organization: Organization | None) -> tuple[str, str]:
    """(〒100-8914, the address) where letters to the person go: their own address when they
    have one, else their organization's; two empty texts when neither has one."""
    for holder in (person, organization):
        if holder is not None and (holder.address or holder.postal_code):
            # An address typed with its code before it (〒100-8914 東京都…) still gives both.
            written, street = split_postal_code(holder.address or "")
            code = f"〒{holder.postal_code}" if holder.postal_code else written
            return code, street
    return "", ""


def _seated(
    person: Person | None,
    organization: Organization | None,
    post: str | None,
    *,
    kind: str,
    group: str | None = None,
) -> Recipient:
    """Whoever sits on a seat (a person, or only its post) or applies: the seat's organization
    and post first, the person's own where the seat names none."""
    organization = organization or (person.organization if person else None)
    postal_code, street = postal_address(person, organization)
    return Recipient(
        organization=organization.name if organization else "",
        post=post or (person.post or "" if person else ""),
        name=person.name if person else "",
        kana=person.kana or "" if person else "",
        postal_code=postal_code,
        address=street,
        kind=kind,
        group=group or "",
    )


def _member(member: Membership) -> Recipient:
    return _seated(
        member.person, member.organization, member.post, kind=MEMBER, group=member.group_name
    )


def invitee(invitation: Invitation) -> Recipient:
    """An invitee as invited: the seat's organization and post as they were on the day."""
    seat = invitation.membership
    return replace(
        _seated(
            invitation.person,
            invitation.organization,
            invitation.post,
            kind=MEMBER,
            group=seat.group_name if seat else None,
        ),
        reply=invitation.reply,
        deputy_name=invitation.deputy_name or "",
        deputy_post=invitation.deputy_post or "",
    )


def invitees(session: Session, council: str, meeting: int | None) -> Recipients:
    """The invitees of the council's meeting `meeting` (default: its next) in their order."""
    found = council_meeting.find_meeting(session, council, meeting)
    people = tuple(invitee(i) for i in found.invitations)
    return Recipients(council_meeting.title(found), people)


def _applicant(participant: Participant) -> Recipient:
    return _seated(participant.person, None, None, kind=GENERAL)


def select_recipients(
    session: Session,
    *,
    council: str | None = None,
    as_of: dt.date | None = None,
    series_name: str | None = None,
    number: int | None = None,
    meeting: int | None = None,
) -> Recipients:
    """The members of `council` on `as_of` (default today), the invitees of its meeting
    `meeting`, or the live applicants of session `number` of the series `series_name` in the
    受付簿's order; one source, said in one sentence when the options name none or two."""
    if council and series_name:
        raise UserError("会議（--council）と行事（--series）は、どちらか一方を指定してください。")
    if meeting is not None and not council:
        raise UserError("第何回の会議か（--meeting）は、会議名（--council）と指定してください。")
    if council and meeting is not None:
        return invitees(session, council, meeting)
    if council:
        found = find_council(session, council)
        day = as_of or dt.date.today()
        members = members_on(session, found, day)
        return Recipients(found.name, tuple(_member(m) for m in members))
    if series_name:
        if number is None:
            raise UserError("何回目かを --session で指定してください（例: --session 1）。")
        event = find_session(session, series_name, number)
        live = sorted(
            (p for p in event.participants if p.status in LIVE_APPLICATION_STATUSES),
            key=lambda p: reception_order(p.person.kana, p.person.name, p.id),
        )
        title = f"{event.series.name} 第{event.number}回"
        return Recipients(title, tuple(_applicant(p) for p in live))
    raise UserError(
        "誰の分を印刷するか、会議（--council 会議名）か行事（--series 行事名 --session N）で"
        "指定してください。"
    )
