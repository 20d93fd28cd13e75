"""Participants (参加者名簿, 参加申込書): normalise, validate, find the session and the person.

The session must be stored already, or be made by the same import (a 開催日程 sheet or file
beside the 参加者 one: sessions are written first). The person is matched by
e-mail, else by name within the organization; a person already registered for that session is
not added twice.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload

from db.database import lock_for_writing
from db.errors import UserError
from db.models import EventSeries, EventSession, Organization, Participant, Person
from db.vocab import PARTICIPANT_ATTENDANCE
from desktop.catalogue import QT_TR_NOOP, SOURCE_LANGUAGE, Text
from desktop.imports import headings, normalize
from desktop.imports.cells import Cells
from desktop.imports.declaration import FormReading, ImportKind
from desktop.imports.matching import (
    count,
    merge_postal_address,
    merge_values,
    reject_repeats,
    settle,
)
from desktop.imports.model import (
    WARNING,
    BuildContext,
    Candidate,
    ImportRecord,
    Location,
    Problem,
    SourceRecord,
)
from desktop.imports.reasons import (
    CELL_KINDS,
    given,
    lines_in,
    reason,
    session_words,
    vocabulary_word,
)
from desktop.imports.registrations import OrganizationIndex, chunks
from desktop.imports.sessions import (
    EventRecord,
    SeriesIndex,
    SessionRecord,
    number_of,
    place_in_series,
    stored_sessions,
)
from desktop.japanese.text import normalize_for_compare, to_hiragana
from desktop.ops.common import find_or_create_organization
from desktop.rules.organizations import organization_kind_of
from desktop.rules.participation import HOLDS_A_PLACE, ineligibility, target_of


@dataclass(kw_only=True, slots=True)
class ParticipantRecord(EventRecord):
    """A participant of one session, with the person (and organization) to find or create."""

    TITLE: ClassVar[str] = QT_TR_NOOP("氏名")
    CONTEXT: ClassVar[str] = QT_TR_NOOP("行事・回")
    TARGET: ClassVar[str] = QT_TR_NOOP("参加者")
    KIND: ClassVar[str] = "participants"

    person_name: str
    person_kana: str | None = None
    organization_name: str | None = None
    organization_kind: str = "other"  # for an organization the import creates
    post: str | None = None
    email: str | None = None
    phone: str | None = None
    postal_code: str | None = None  # of the person's own address (100-8914)
    address: str | None = None
    attendance: str | None = None  # venue / online (参加形式 on the form)
    session_id: int | None = None  # the stored session, found by resolve
    organization_at: Location | None = None  # the 所属 cell, for problems about who may come
    # The session is not stored: a 開催日程 row of this import makes it.
    session_planned: bool = False

    def title(self, lang: str = SOURCE_LANGUAGE) -> str:
        return self.person_name

    def context(self, lang: str = SOURCE_LANGUAGE) -> str:
        session = session_words(self.number).text(lang)
        return f"{self.series_name or self.event_name or ''} {session}".strip()

    def details(self, lang: str = SOURCE_LANGUAGE) -> list[str]:
        planned = Text(QT_TR_NOOP("回: この取り込みの開催日程で新しく作る回です"))
        return lines_in(
            [
                Text(
                    QT_TR_NOOP("所属: {organization}　役職: {post}"),
                    organization=given(self.organization_name),
                    post=given(self.post),
                ),
                Text(
                    QT_TR_NOOP("メール: {email}　電話: {phone}"),
                    email=given(self.email),
                    phone=given(self.phone),
                ),
                Text(
                    QT_TR_NOOP("参加形式: {attendance}"),
                    attendance=vocabulary_word(PARTICIPANT_ATTENDANCE, self.attendance),
                ),
                *([planned] if self.session_planned else []),
            ],
            lang,
        )

    def person_key(self) -> Hashable:
        """What makes two rows one person: the chosen stored person, else e-mail, else name."""
        if self.chosen_id is not None and self.action != "create":
            return ("id", self.chosen_id)
        if self.email:
            return ("email", self.email.casefold())
        return (
            "name",
            normalize_for_compare(self.organization_name or ""),
            normalize_for_compare(self.person_name),
        )


# 参加形式 as people write it (the form's dropdown offers the labels).
_ATTENDANCE_WORDS = {
    **{code: code for code in PARTICIPANT_ATTENDANCE},
    **{word: code for code, word in PARTICIPANT_ATTENDANCE.items()},
    "現地": "venue",
    "対面": "venue",
    "会場参加": "venue",
    "web": "online",
    "ウェブ": "online",
    "リモート": "online",
    "オンライン参加": "online",
}


def attendance(raw: object) -> str:
    key = (normalize.text(raw) or "").replace(" ", "").replace("　", "").casefold()
    code = _ATTENDANCE_WORDS.get(key)
    if code is None:
        choices = "・".join(PARTICIPANT_ATTENDANCE.values())  # what the cell must hold
        raise normalize.Unreadable(
            QT_TR_NOOP("参加形式「{written}」は使えません。{choices} から選んでください。"),
            written=raw,
            choices=choices,
        )
    return code


def _phone(cells: Cells) -> str | None:
    """The phone number; a number cell's lost leading 0 is put back, and said so."""
    text = normalize.text(cells.phone_restored())
    if text is None:
        return None
    try:
        return normalize.phone(text)
    except ValueError as exc:
        cells.problem("phone", reason(exc))
        return None


def _organization_kind(cells: Cells) -> str:
    written = cells.text("organization_kind")
    kind = organization_kind_of(written) if written else None
    if written and kind is None:
        cells.problem(
            "organization_kind",
            Text(
                QT_TR_NOOP(
                    "団体区分「{written}」は使えません（「その他」として扱います）。"
                    "{choices} から選んでください。"
                ),
                written=written,
                choices=CELL_KINDS,
            ),
            WARNING,
        )
    return kind or "other"


def build(source: SourceRecord, context: BuildContext) -> ParticipantRecord:
    """Normalise and validate one participant row or form; every problem names its cell."""
    cells = Cells(source)
    name = cells.text("person_name")
    if name is None:
        cells.problem(
            "person_name", Text(QT_TR_NOOP("氏名が空です。参加者の氏名を入力してください。"))
        )
    kana = cells.text("person_kana")
    written = cells.text("event_name")
    postal_code, address = cells.postal_address()
    return ParticipantRecord(
        origin=source.origin,
        original=source.original,
        event_name=written or context.series,
        series_in_file=written is not None or "event_name" in source.where,
        number=number_of(cells),
        event_at=cells.at("event_name"),
        number_at=cells.at("session_number"),
        organization_at=cells.at("organization"),
        person_name=name or "",
        person_kana=to_hiragana(kana) if kana else None,
        organization_name=cells.text("organization"),
        organization_kind=_organization_kind(cells),
        post=cells.text("post"),
        email=cells.parsed("email", normalize.email),
        phone=_phone(cells),
        postal_code=postal_code,
        address=address,
        attendance=cells.parsed("attendance", attendance),
        problems=cells.problems,
    )


# --- resolve ----------------------------------------------------------------------------------


class PeopleIndex:
    """Stored people the rows may be: by e-mail, and by name within an organization."""

    def __init__(self, session: Session, records: Sequence[ParticipantRecord]) -> None:
        self.organization_ids: dict[str, list[int]] = {}
        self.by_email: dict[str, list[Candidate]] = {}
        self.by_name: dict[tuple[str, int | None], list[Candidate]] = {}
        org_keys = {
            normalize_for_compare(r.organization_name) for r in records if r.organization_name
        }
        for chunk in chunks(sorted(org_keys), OrganizationIndex.CHUNK):
            for org_id, org_key in session.execute(
                select(Organization.id, Organization.name_key).where(
                    Organization.name_key.in_(chunk)
                )
            ):
                self.organization_ids.setdefault(org_key, []).append(org_id)
        emails = {r.email.casefold() for r in records if r.email}
        for person in self._people(session, func.lower(Person.email), emails):
            self.by_email.setdefault((person.email or "").casefold(), []).append(_candidate(person))
        names = {normalize_for_compare(r.person_name) for r in records}
        for person in self._people(session, Person.name_key, names):
            where = (person.name_key, person.organization_id)
            self.by_name.setdefault(where, []).append(_candidate(person))

    @staticmethod
    def _people(
        session: Session, column: ColumnElement[str] | InstrumentedAttribute[str], values: set[str]
    ) -> list[Person]:
        """The people whose `column` is one of `values` (with their organizations)."""
        found: list[Person] = []
        for chunk in chunks(sorted(values), OrganizationIndex.CHUNK):
            found += session.scalars(
                select(Person)
                .where(column.in_(chunk))
                .options(selectinload(Person.organization))
                .order_by(Person.id)
            )
        return found

    def match(self, record: ParticipantRecord) -> list[Candidate]:
        """By e-mail first; else the same name in the same organization (or both without one)."""
        if record.email and record.email.casefold() in self.by_email:
            return list(self.by_email[record.email.casefold()])
        organizations: list[int | None] = [None]
        if record.organization_name:
            key = normalize_for_compare(record.organization_name)
            organizations = list(self.organization_ids.get(key, []))
        name = normalize_for_compare(record.person_name)
        return [c for org_id in organizations for c in self.by_name.get((name, org_id), [])]


def _candidate(person: Person) -> Candidate:
    """Named with what tells two people of one name apart: organization, post, e-mail."""
    where = person.organization.name if person.organization else "所属なし"
    about = "、".join(p for p in (where, person.post, person.email) if p)
    return Candidate(person.id, f"{person.name}（{about}）")


def resolve(
    session: Session,
    records: list[ParticipantRecord],
    on_duplicate: str,
    earlier: Sequence[ImportRecord] = (),
) -> None:
    """Find each row's session (stored, or made by this import's 開催日程 rows) and person;
    report what cannot be settled."""
    place_in_series(records, SeriesIndex(session))
    sessions = stored_sessions(session, {r.series_id for r in records if r.series_id})
    planned = {
        (r.series_key(), r.number): r
        for r in earlier
        if isinstance(r, SessionRecord) and not r.rejected and r.action != "skip"
    }
    for record in records:
        if record.rejected:
            continue
        if (record.series_key(), record.number) in planned:
            record.session_planned = True
        else:
            _find_session(record, sessions, {key for key, _number in planned})
    _check_eligibility(
        session,
        [r for r in records if not r.rejected and (r.session_id or r.session_planned)],
        planned,
    )
    live = [r for r in records if not r.rejected]
    people = PeopleIndex(session, live)
    registered = _registered(session, {r.session_id for r in live if r.session_id})
    for record in live:
        settle(record, people.match(record), on_duplicate)
        if record.action != "create" and (record.session_id, record.chosen_id) in registered:
            record.problems.append(
                Problem(
                    record.origin,
                    Text(
                        QT_TR_NOOP(
                            "この方はすでに{event} {session}の参加者として登録されています"
                            "（参加者は追加しません）。"
                        ),
                        event=record.series_name or record.event_name or "",
                        session=session_words(record.number),
                    ),
                    WARNING,
                )
            )
    reject_repeats(
        records,
        lambda r: (r.session_id or (r.series_key(), r.number), r.person_key()),
        QT_TR_NOOP("同じ回の同じ参加者"),
    )


def _check_eligibility(
    session: Session,
    records: list[ParticipantRecord],
    planned: dict[tuple[str, int | None], SessionRecord],
) -> None:
    """A session for local governments only (「…のみ」) refuses rows of other organizations,
    by the kind of the stored organization of that name, else the row's 団体区分. A session of
    this import's schedule is for whom its row says (else its series, if stored)."""
    events = {
        e.id: e
        for e in session.scalars(
            select(EventSession)
            .where(EventSession.id.in_(sorted({r.session_id for r in records if r.session_id})))
            .options(selectinload(EventSession.series))
        )
    }
    series_targets = {
        series_id: target
        for series_id, target in session.execute(select(EventSeries.id, EventSeries.eligibility))
    }
    keys = {normalize_for_compare(r.organization_name) for r in records if r.organization_name}
    stored_kinds = {
        key: kind
        for key, kind in session.execute(
            select(Organization.name_key, Organization.kind).where(
                Organization.name_key.in_(sorted(keys))
            )
        )
    }
    for record in records:
        if record.session_planned:
            row = planned[(record.series_key(), record.number)]
            number = row.number or 0
            target = target_of(row.eligibility, series_targets.get(row.series_id or 0))
        else:
            event = events[record.session_id or 0]
            number, target = event.number, target_of(event.eligibility, event.series.eligibility)
        name = record.organization_name
        kind = (
            stored_kinds.get(normalize_for_compare(name), record.organization_kind)
            if name
            else None
        )
        refusal = ineligibility(number, target, name, kind)
        if refusal:
            record.problems.append(Problem(record.organization_at or record.origin, refusal))


def _find_session(
    record: ParticipantRecord,
    sessions: dict[tuple[int, int], Candidate],
    planned_series: set[str],
) -> None:
    """The stored session of the row, or a problem (`planned_series`: series this import makes)."""
    if record.series_id is None and record.series_key() not in planned_series:
        record.problems.append(
            Problem(
                record.event_at,
                Text(
                    QT_TR_NOOP(
                        "行事「{event}」は登録されていません。先に開催日程を取り込むか、"
                        "イベント画面で行事と回を登録してください。"
                    ),
                    event=record.series_name,
                ),
            )
        )
        return
    found = None
    if record.series_id is not None and record.number:
        found = sessions.get((record.series_id, record.number))
    if found is None:
        record.problems.append(
            Problem(
                record.number_at,
                Text(
                    QT_TR_NOOP(
                        "{event}の{session}は登録されていません。"
                        "先に開催日程を取り込むか、イベント画面で{session}を登録してください。"
                    ),
                    event=record.series_name,
                    session=session_words(record.number),
                ),
            )
        )
        return
    record.session_id = found.id


def _registered(session: Session, session_ids: set[int]) -> set[tuple[int, int]]:
    """(session id, person id) of the participants already stored for these sessions."""
    rows = session.execute(
        select(Participant.session_id, Participant.person_id).where(
            Participant.session_id.in_(sorted(session_ids))
        )
    )
    return {(session_id, person_id) for session_id, person_id in rows}


# --- write ------------------------------------------------------------------------------------


@dataclass
class _Written:
    """What this import created so far, so that a second row reuses it."""

    organizations: dict[str, Organization]
    people: dict[Hashable, Person]
    # by (session id, person): the stored ones and those added so far
    participants: dict[tuple[int | None, Person], Participant]


def write(session: Session, records: list[ParticipantRecord], counts: dict[str, int]) -> None:
    """Add the accepted participants, and the people and organizations they need."""
    _find_planned_sessions(session, [r for r in records if r.session_planned])
    session_ids = sorted({r.session_id for r in records if r.session_id})
    # Locked while their places are counted and taken, as one application locks its session.
    lock_for_writing(session)
    session.execute(
        select(EventSession.id)
        .where(EventSession.id.in_(session_ids))
        .order_by(EventSession.id)  # always in the same order: two imports never deadlock
        .with_for_update()
    )
    stored = session.scalars(
        select(Participant)
        .where(Participant.session_id.in_(session_ids))
        .options(selectinload(Participant.person))
    )
    written = _Written({}, {}, {(p.session_id, p.person): p for p in stored})
    places = _Places(session, session_ids, written)
    for record in records:
        person = _person(session, record, written, counts)
        existing = written.participants.get((record.session_id, person))
        if existing is not None:
            merge_values(existing, {"attendance": record.attendance}, record.action == "update")
            count(counts, "参加者（登録済み）")
            continue
        status = places.take(record.session_id)
        participant = Participant(
            session_id=record.session_id,
            person=person,
            status=status,
            attendance=record.attendance,
        )
        session.add(participant)
        written.participants[(record.session_id, person)] = participant
        count(counts, "参加者（キャンセル待ち）" if status == "waiting" else "参加者（新規）")


class _Places:
    """The places left in each session with a 定員: beyond them, applications wait."""

    def __init__(self, session: Session, session_ids: list[int], written: _Written) -> None:
        capacities = session.execute(
            select(EventSession.id, EventSession.capacity).where(EventSession.id.in_(session_ids))
        )
        self.left = {
            session_id: capacity
            - sum(
                1
                for (sid, _person), p in written.participants.items()
                if sid == session_id and p.status in HOLDS_A_PLACE
            )
            for session_id, capacity in capacities
            if capacity
        }

    def take(self, session_id: int | None) -> str:
        if session_id not in self.left:
            return "applied"
        if self.left[session_id] <= 0:
            return "waiting"
        self.left[session_id] -= 1
        return "applied"


def _find_planned_sessions(session: Session, records: list[ParticipantRecord]) -> None:
    """The sessions this import's 開催日程 rows have just made (written before participants)."""
    if not records:
        return
    session.flush()
    series = {normalize_for_compare(s.name): s.id for s in session.scalars(select(EventSeries))}
    made = stored_sessions(session, set(series.values()))
    for record in records:
        series_id = series.get(record.series_key())
        found = made.get((series_id, record.number or 0)) if series_id else None
        if found is None:  # its 開催日程 row was left out in the review after all
            raise UserError(
                QT_TR_NOOP(
                    "{where}: {event} {session}は取り込まれないため、"
                    "参加者を登録できません。開催日程のその回の行も取り込むか、"
                    "この参加者の行を取り込まないようにしてください。"
                ),
                where=record.origin,
                event=record.series_name or record.event_name or "",
                session=session_words(record.number),
            )
        record.session_id = found.id


def _person(
    session: Session, record: ParticipantRecord, written: _Written, counts: dict[str, int]
) -> Person:
    """The stored person the row settled on (its details filled or updated), or a new one."""
    if record.chosen_id is not None and record.action != "create":
        person = session.get_one(Person, record.chosen_id)
        if _update_person(session, person, record, written, counts):
            count(counts, "人（更新）")
        return person
    key = record.person_key()
    if key not in written.people:
        written.people[key] = Person(
            name=record.person_name,
            kana=record.person_kana,
            organization=_organization(session, record, written, counts),
            post=record.post,
            email=record.email,
            phone=record.phone,
            postal_code=record.postal_code,
            address=record.address,
        )
        session.add(written.people[key])
        count(counts, "人（新規）")
    return written.people[key]


def _update_person(
    session: Session,
    person: Person,
    record: ParticipantRecord,
    written: _Written,
    counts: dict[str, int],
) -> bool:
    overwrite = record.action == "update"
    changed = merge_values(
        person,
        {
            "name": record.person_name,
            "kana": record.person_kana,
            "post": record.post,
            "email": record.email,
            "phone": record.phone,
        },
        overwrite,
    )
    changed = merge_postal_address(person, record.postal_code, record.address, overwrite) or changed
    current = person.organization
    moved = record.organization_name is not None and (
        current is None
        or (
            overwrite
            and normalize_for_compare(current.name)
            != normalize_for_compare(record.organization_name)
        )
    )
    if moved:
        person.organization = _organization(session, record, written, counts)
    return changed or moved


def _organization(
    session: Session, record: ParticipantRecord, written: _Written, counts: dict[str, int]
) -> Organization | None:
    """The row's organization: a stored one by normalised name, else created (once)."""
    if not record.organization_name:
        return None
    key = normalize_for_compare(record.organization_name)
    if key not in written.organizations:
        org = find_or_create_organization(
            session, record.organization_name, record.organization_kind
        )
        if org.id is None:
            count(counts, "団体（新規）")
        written.organizations[key] = org
    return written.organizations[key]


KIND: ImportKind[ParticipantRecord] = ImportKind(
    name="participants",
    label=QT_TR_NOOP("参加者名簿"),
    label_en="Participant list",
    order=60,
    becomes="people and their participation in a session",
    matched_by="e-mail, else name within the organization",
    headings=(
        headings.EVENT_NAME,
        headings.SESSION_NUMBER,
        headings.PERSON_NAME,
        headings.PERSON_KANA,
        headings.ORGANIZATION,
        headings.ORGANIZATION_KIND,
        headings.POST,
        headings.EMAIL,
        headings.PHONE,
        headings.POSTAL_CODE,
        headings.ADDRESS,
    ),
    required=frozenset({"person_name", "session_number"}),
    record=ParticipantRecord,
    stored_in=(
        ("event_name", "event_name", "event_series.name"),
        ("person_name", "person_name", "person.name"),
        ("person_kana", "person_kana", "person.kana"),
        ("organization_name", "organization", "organization.name"),
        ("post", "post", "person.post"),
        ("email", "email", "person.email"),
        ("phone", "phone", "person.phone"),
    ),
    build=build,
    resolve=resolve,
    write=write,
    forms=(FormReading("participation"),),
)
