"""イベント tab, 参加者: who applied for a session, and the rules an application must pass.

- the person is found again (e-mail, else name within the organization) rather than made twice;
- one application per person and session, and none for two sessions at overlapping times;
- a session's 対象 that limits who may come (「地方公共団体のご担当者様のみ」) is enforced from
  the person's organization (the rule: desktop.rules.participation);
- a session with a 定員 takes applications beyond it on the waiting list (キャンセル待ち), and
  moves the first one waiting up when a place is freed (取消).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from db.errors import ValidationError
from db.models import LIVE_APPLICATION_STATUSES, EventSession, Organization, Participant, Person
from db.vocab import PARTICIPANT_ATTENDANCE, PARTICIPANT_STATUSES, label
from desktop.catalogue import QT_TR_NOOP, Spelled, Text
from desktop.japanese.text import normalize_for_compare, to_hiragana
from desktop.ops.addresses import postal_address
from desktop.ops.common import (
    clean,
    fetch,
    fetch_marked,
    find_or_create_organization,
    required,
)
from desktop.ops.schedule import slot_of
from desktop.rules.participation import (
    HOLDS_A_PLACE,
    ineligibility,
    on_the_reception_list,
    reception_order,
    target_of,
)
from desktop.rules.scheduling import overlapping

ACTIVE = LIVE_APPLICATION_STATUSES  # one per person and session: a unique index holds it


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    version: int
    name: str
    kana: str
    organization: str
    post: str
    email: str
    # Codes of PARTICIPANT_STATUSES and PARTICIPANT_ATTENDANCE ("" when not chosen): the window
    # writes their labels in its language.
    status: str
    attendance: str
    # The No. the 受付簿 prints beside them (None: cancelled, so not on it).
    reception_number: int | None = None
    # The person's own address, where letters go to them rather than to their organization.
    postal_code: str = ""
    address: str = ""


def list_participants(session: Session, session_id: int) -> list[ParticipantRow]:
    """The session's applications in the 受付簿's order, each with the No. it prints."""
    participants = sorted(
        session.scalars(
            select(Participant)
            .where(Participant.session_id == session_id)
            .options(selectinload(Participant.person).selectinload(Person.organization))
        ).all(),
        key=lambda p: reception_order(p.person.kana, p.person.name, p.id),
    )
    listed = [p.id for p in participants if on_the_reception_list(p.status)]
    numbers = {participant_id: n for n, participant_id in enumerate(listed, start=1)}
    return [
        ParticipantRow(
            id=p.id,
            version=p.version,
            name=p.person.name,
            kana=p.person.kana or "",
            organization=p.person.organization.name if p.person.organization else "",
            post=p.person.post or "",
            email=p.person.email or "",
            status=p.status,
            attendance=p.attendance or "",
            reception_number=numbers.get(p.id),
            postal_code=p.person.postal_code or "",
            address=p.person.address or "",
        )
        for p in participants
    ]


@dataclass(frozen=True)
class ParticipantInput:
    session_id: int
    name: str
    kana: str = ""
    organization: str = ""
    post: str = ""
    email: str = ""
    attendance: str = ""
    status: str = "applied"
    postal_code: str = ""
    address: str = ""


@dataclass(frozen=True)
class Added:
    id: int
    status: str  # applied, or waiting when the session was full
    message: Text  # what the window tells the user, in its language


def _find_person(
    session: Session, name: str, email: str | None, organization: Organization | None
) -> Person | None:
    """The stored person: the same e-mail address, else the same name in that organization."""
    if email:
        by_email = session.scalars(
            select(Person).where(func.lower(Person.email) == email.casefold()).order_by(Person.id)
        ).first()
        if by_email is not None:
            return by_email
    if organization is not None and organization.id is None:
        return None  # an organization made just now has nobody yet
    same_name = Person.name_key == normalize_for_compare(name)
    where = (
        Person.organization_id == organization.id
        if organization is not None
        else Person.organization_id.is_(None)
    )
    return session.scalars(select(Person).where(same_name, where).order_by(Person.id)).first()


def _check_eligible(event: EventSession, org: Organization | None) -> None:
    refusal = ineligibility(
        event.number,
        target_of(event.eligibility, event.series.eligibility),
        org.name if org else None,
        org.kind if org else None,
    )
    if refusal:
        raise ValidationError(refusal, "organization")


def _check_not_registered(session: Session, event: EventSession, person: Person) -> None:
    """Refuse a second application: to this session, or to one at an overlapping time."""
    if person.id is None:
        return
    theirs = session.scalars(
        select(Participant)
        .where(Participant.person_id == person.id, Participant.status.in_(ACTIVE))
        .options(selectinload(Participant.session).selectinload(EventSession.series))
    ).all()
    for other in theirs:
        if other.session_id == event.id:
            raise _already_applied(event, person, other.status)
        if overlapping(slot_of(event), slot_of(other.session)):
            clash = other.session
            raise ValidationError(
                QT_TR_NOOP(
                    "{name}さんは同じ時間の{series} 第{number}回に"
                    "申し込まれています。どちらか一方だけにしてください。"
                ),
                "name",
                name=person.name,
                series=clash.series.name,
                number=clash.number,
            )


def _already_applied(event: EventSession, person: Person, status: str) -> ValidationError:
    return ValidationError(
        QT_TR_NOOP("{name}さんはすでに第{number}回に申し込まれています（状態: {status}）。"),
        "name",
        name=person.name,
        number=event.number,
        status=Text(label(PARTICIPANT_STATUSES, status)),
    )


def _live_application(session: Session, event: EventSession, person: Person) -> Participant | None:
    return session.scalars(
        select(Participant).where(
            Participant.session_id == event.id,
            Participant.person_id == person.id,
            Participant.status.in_(ACTIVE),
        )
    ).first()


def _store(
    session: Session, event: EventSession, person: Person, status: str, attendance: str | None
) -> Participant:
    """Insert the application; one the unique index refuses is told as the check above tells
    it (only a path that skipped the check, or a database changed by hand, gets there)."""
    try:
        with session.begin_nested():
            participant = Participant(
                session=event, person=person, status=status, attendance=attendance
            )
            session.add(participant)
    except IntegrityError:
        live = _live_application(session, event, person)
        if live is None:
            raise
        raise _already_applied(event, person, live.status) from None
    return participant


def _places_taken(session: Session, event: EventSession) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Participant)
            .where(Participant.session_id == event.id, Participant.status.in_(HOLDS_A_PLACE))
        )
        or 0
    )


def add_participant(session: Session, data: ParticipantInput) -> Added:
    """Register a person for a session, by the rules above; a full session puts them on the
    waiting list."""
    name = required(data.name, "name", QT_TR_NOOP("氏名"))
    if data.status not in PARTICIPANT_STATUSES:
        raise ValidationError(QT_TR_NOOP("状態を選んでください。"), "status")
    attendance = clean(data.attendance)
    if attendance is not None and attendance not in PARTICIPANT_ATTENDANCE:
        raise ValidationError(QT_TR_NOOP("参加形式を選んでください。"), "attendance")
    postal_code, address = postal_address(data.postal_code, data.address)
    # Locked first: two PCs applying at once for this session take turns from here, each
    # counting the places and finding the person as the other left them.
    event = fetch(session, EventSession, data.session_id, lock=True)
    org_name = clean(data.organization)
    organization = find_or_create_organization(session, org_name) if org_name else None
    email = clean(data.email)
    person = _find_person(session, name, email, organization)
    if person is None:
        kana = clean(data.kana)
        person = Person(
            name=name,
            kana=to_hiragana(kana) if kana else None,
            organization=organization,
            post=clean(data.post),
            email=email,
            postal_code=postal_code,
            address=address,
        )
        session.add(person)  # a refusal below rolls the whole operation back
    elif (postal_code or address) and not (person.postal_code or person.address):
        person.postal_code, person.address = postal_code, address  # known before, without one
    _check_eligible(event, person.organization or organization)
    _check_not_registered(session, event, person)
    status = data.status
    message = Text(
        QT_TR_NOOP("{name}さんを第{number}回の参加者に登録しました。"),
        name=person.name,
        number=event.number,
    )
    if (
        status in HOLDS_A_PLACE
        and event.capacity
        and _places_taken(session, event) >= event.capacity
    ):
        status = "waiting"
        message = Text(
            QT_TR_NOOP(
                "第{number}回は定員（{capacity}名）に達しているため、"
                "{name}さんをキャンセル待ちに登録しました。"
            ),
            number=event.number,
            capacity=event.capacity,
            name=person.name,
        )
    participant = _store(session, event, person, status, attendance)
    return Added(participant.id, status, message)


def set_status(session: Session, participant_id: int, version: int | None, status: str) -> Text:
    """Change a participant's status; a place freed moves the first one waiting up. Returns
    what the window tells the user."""
    if status not in PARTICIPANT_STATUSES:
        raise ValidationError(QT_TR_NOOP("状態を選んでください。"), "status")
    participant = fetch(session, Participant, participant_id, version)
    event = fetch(session, EventSession, participant.session_id, lock=True)
    told = Text(
        QT_TR_NOOP("{name}さんを「{status}」にしました。"),
        name=participant.person.name,
        status=Text(label(PARTICIPANT_STATUSES, status)),
    )
    return _change_status(session, event, participant, status, told)


def _change_status(
    session: Session, event: EventSession, participant: Participant, status: str, told: Text
) -> Text:
    """The participant's new status, by the rules of the 定員 and the waiting list; `told`,
    with the names of those a freed place moved up."""
    before = participant.status
    if status in ACTIVE and before not in ACTIVE:
        live = _live_application(session, event, participant.person)
        if live is not None:
            raise _already_applied(event, participant.person, live.status)
    takes_a_place = status in HOLDS_A_PLACE and before not in HOLDS_A_PLACE
    if takes_a_place and event.capacity and _places_taken(session, event) >= event.capacity:
        raise ValidationError(
            QT_TR_NOOP(
                "第{number}回は定員（{capacity}名）に達しています。"
                "ほかの方の取消を先に記録してください。"
            ),
            "status",
            number=event.number,
            capacity=event.capacity,
        )
    participant.status = status
    session.flush()
    # Only a cancellation frees a place: 欠席 is recorded after the event, and someone put on
    # the waiting list by hand is not to be moved straight back.
    if before in HOLDS_A_PLACE and status == "cancelled":
        moved = move_up(session, event)
        if moved:
            told = Text(
                QT_TR_NOOP("{told} キャンセル待ちの{names}さんを申込にしました。"),
                told=told,
                names=Spelled("さん、".join(moved), ", ".join(moved)),
            )
    return told


@dataclass(frozen=True)
class ParticipantEdit:
    """The participant form as saved over a stored application: its person's details, its
    参加形式 and its status."""

    id: int
    name: str
    kana: str = ""
    organization: str = ""
    post: str = ""
    email: str = ""
    attendance: str = ""
    status: str = "applied"
    postal_code: str = ""
    address: str = ""
    version: int | None = None


def edit_participant(session: Session, data: ParticipantEdit) -> Text:
    """Correct an application: the person's name, organization and contact (a typo fixed for
    everywhere they appear), the 参加形式 and the status by the rules of `set_status`. The
    application stays the same row, and so keeps its place on the waiting list. Returns what
    the window tells the user."""
    name = required(data.name, "name", QT_TR_NOOP("氏名"))
    if data.status not in PARTICIPANT_STATUSES:
        raise ValidationError(QT_TR_NOOP("状態を選んでください。"), "status")
    attendance = clean(data.attendance)
    if attendance is not None and attendance not in PARTICIPANT_ATTENDANCE:
        raise ValidationError(QT_TR_NOOP("参加形式を選んでください。"), "attendance")
    postal_code, address = postal_address(data.postal_code, data.address)
    participant = fetch(session, Participant, data.id, data.version)
    event = fetch(session, EventSession, participant.session_id, lock=True)
    person = participant.person
    email = clean(data.email)
    if email and email.casefold() != (person.email or "").casefold():
        _check_email_is_theirs(session, person, email)
    org_name = clean(data.organization)
    organization = find_or_create_organization(session, org_name) if org_name else None
    if data.status in ACTIVE and organization is not person.organization:
        _check_eligible(event, organization)
    kana = clean(data.kana)
    person_values = {
        "name": name,
        "kana": to_hiragana(kana) if kana else None,
        "organization": organization,
        "post": clean(data.post),
        "email": email,
        "postal_code": postal_code,
        "address": address,
    }
    person_changed = any(getattr(person, key) != value for key, value in person_values.items())
    for key, value in person_values.items():
        setattr(person, key, value)
    participant.attendance = attendance
    if person_changed:
        # The application shows its person: a colleague's form opened before this change is
        # refused as stale, as for a change of the application itself.
        participant.updated_at = func.current_timestamp()
    told = Text(QT_TR_NOOP("{name}さんの申込を保存しました。"), name=name)
    if data.status == participant.status:
        session.flush()
        return told
    return _change_status(session, event, participant, data.status, told)


def _check_email_is_theirs(session: Session, person: Person, email: str) -> None:
    """An address already stored for someone else names that other person: refused, since the
    application would then be the wrong person's."""
    other = session.scalars(
        select(Person)
        .where(func.lower(Person.email) == email.casefold(), Person.id != person.id)
        .order_by(Person.id)
    ).first()
    if other is not None:
        raise ValidationError(
            QT_TR_NOOP(
                "メールアドレス「{email}」は別の方（{name}さん）のものとして登録されています。"
            ),
            "email",
            email=email,
            name=other.name,
        )


def move_up(session: Session, event: EventSession) -> list[str]:
    """The first ones waiting get the free places (a session with a 定員); their names."""
    if not event.capacity:
        return []
    free = event.capacity - _places_taken(session, event)
    if free <= 0:
        return []
    waiting = session.scalars(
        select(Participant)
        .where(Participant.session_id == event.id, Participant.status == "waiting")
        .order_by(Participant.id)
        .limit(free)
    ).all()
    for participant in waiting:
        participant.status = "applied"
    session.flush()
    return [p.person.name for p in waiting]


def let_in_from_waiting_list(session: Session, event: EventSession) -> list[str]:
    """After the 定員 changed: those waiting get the places it frees (all of them: no 定員)."""
    if event.capacity:
        return move_up(session, event)
    waiting = session.scalars(
        select(Participant).where(
            Participant.session_id == event.id, Participant.status == "waiting"
        )
    ).all()
    for participant in waiting:
        participant.status = "applied"
    session.flush()
    return [p.person.name for p in waiting]


def delete_participant(session: Session, participant_id: int, version: int | None) -> None:
    participant = fetch(session, Participant, participant_id, version)
    event = fetch(session, EventSession, participant.session_id, lock=True)
    held = participant.status in HOLDS_A_PLACE
    session.delete(participant)
    session.flush()
    if held:
        move_up(session, event)


def mark_attendance(
    session: Session, session_id: int, marks: Sequence[tuple[int, int]], attended: bool
) -> Text:
    """出席 for the participants `marks` names (id, version as loaded), or (not `attended`) the
    出席 taken back to 申込: all of them or none. One changed on another PC since it was
    loaded refuses the whole mark, naming them. Returns what the window tells the user."""
    event = fetch(session, EventSession, session_id, lock=True)
    chosen = fetch_marked(
        session,
        Participant,
        marks,
        belongs=lambda participant: participant.session_id == event.id,
        elsewhere=QT_TR_NOOP("別の回の参加者が選ばれています。"),
        field="status",
        changed=QT_TR_NOOP(
            "{name}さんの申込は読み込んだ後に別の操作で変更されています。"
            "何も記録していません。一覧を更新してから、もう一度選んでください。"
        ),
        name=lambda participant: participant.person.name,
    )
    before, after = ("attended", "applied") if not attended else (None, "attended")
    changed = [p for p in chosen if (p.status == before if before else p.status != after)]
    told = (
        Text(QT_TR_NOOP("{count}名を出席にしました。"), count=len(changed))
        if attended
        else Text(QT_TR_NOOP("{count}名の出席を取り消しました。"), count=len(changed))
    )
    for participant in changed:
        _change_status(session, event, participant, after, told)  # by the rules of the 定員
    return told
