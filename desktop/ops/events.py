"""イベント tab: event series → sessions → participants."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from db.errors import NeedsConfirmation, ValidationError
from db.models import EventSeries, EventSession, Participant, Person
from db.vocab import PARTICIPANT_ATTENDANCE, PARTICIPANT_STATUSES, SESSION_FORMATS, label
from desktop.japanese.text import kana_sort_key, to_hiragana
from desktop.japanese.wareki import (
    DateParseError,
    format_fiscal_year,
    format_time_range,
    format_wareki,
    parse_time,
    parse_time_range,
)
from desktop.ops.common import (
    clean,
    editable,
    fetch,
    find_or_create_organization,
    optional_date,
    parse_count,
    parse_fiscal_year,
    required,
)
from desktop.ops.schedule import warnings_for
from desktop.scheduling import Slot


@dataclass(frozen=True)
class SeriesRow:
    id: int
    version: int
    name: str
    fiscal_year: int | None
    fiscal_year_label: str
    session_count: int
    eligibility: str
    note: str


@dataclass(frozen=True)
class SessionRow:
    id: int
    version: int
    number: int
    number_label: str
    theme: str
    date: dt.date | None
    date_label: str
    time_label: str
    format: str
    format_label: str
    venue: str
    eligibility: str
    note: str
    participant_count: int


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    version: int
    name: str
    kana: str
    organization: str
    post: str
    email: str
    attendance_label: str
    status_label: str


def list_series(session: Session) -> list[SeriesRow]:
    series = session.scalars(
        select(EventSeries)
        .options(selectinload(EventSeries.sessions))
        .order_by(EventSeries.fiscal_year.desc(), EventSeries.id)
    ).all()
    return [
        SeriesRow(
            id=s.id,
            version=s.version,
            name=s.name,
            fiscal_year=s.fiscal_year,
            fiscal_year_label=format_fiscal_year(s.fiscal_year) if s.fiscal_year else "",
            session_count=len(s.sessions),
            eligibility=s.eligibility or "",
            note=s.note or "",
        )
        for s in series
    ]


def list_sessions(session: Session, series_id: int) -> list[SessionRow]:
    counts = (
        select(Participant.session_id, func.count().label("n"))
        .group_by(Participant.session_id)
        .subquery()
    )
    rows = session.execute(
        select(EventSession, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.session_id == EventSession.id)
        .where(EventSession.series_id == series_id)
        .order_by(EventSession.number)
    ).all()
    return [
        SessionRow(
            id=s.id,
            version=s.version,
            number=s.number,
            number_label=f"第{s.number}回",
            theme=s.theme or "",
            date=s.date,
            date_label=format_wareki(s.date, weekday=True) if s.date else "未定",
            time_label=format_time_range(s.start_time, s.end_time) if s.start_time else "",
            format=s.format or "",
            format_label=label(SESSION_FORMATS, s.format),
            venue=s.venue or "",
            eligibility=s.eligibility or "",
            note=s.note or "",
            participant_count=n,
        )
        for s, n in rows
    ]


@dataclass(frozen=True)
class SeriesInput:
    name: str
    fiscal_year: str = ""
    eligibility: str = ""
    note: str = ""
    id: int | None = None
    version: int | None = None


def save_series(session: Session, data: SeriesInput) -> int:
    """Create or update an event series (e.g. 令和4年度 未来技術実装ミニシンポジウム)."""
    name = required(data.name, "name", "行事名")
    fiscal_year = (
        parse_fiscal_year(data.fiscal_year, "fiscal_year") if clean(data.fiscal_year) else None
    )
    series = editable(session, EventSeries, data.id, data.version, name=name)
    series.name = name
    series.fiscal_year = fiscal_year
    series.eligibility = clean(data.eligibility)
    series.note = clean(data.note)
    try:
        session.flush()
    except IntegrityError:
        raise ValidationError(f"行事「{name}」はすでにあります。", "name") from None
    return series.id


def delete_series(session: Session, series_id: int, version: int | None) -> None:
    session.delete(fetch(session, EventSeries, series_id, version))


@dataclass(frozen=True)
class SessionInput:
    series_id: int
    number: str
    theme: str = ""
    date: str = ""
    time: str = ""
    format: str = ""
    venue: str = ""
    eligibility: str = ""
    note: str = ""
    id: int | None = None
    version: int | None = None
    confirmed: bool = False  # the user saw the scheduling warnings and saves anyway


def parse_times(text: str | None) -> tuple[dt.time | None, dt.time | None]:
    if not text:
        return None, None
    try:
        stripped = text.rstrip("～~〜-－ ")
        if stripped != text and not any(sep in stripped for sep in "～~〜-－"):
            return parse_time(stripped), None  # "13:30～": the end is not fixed yet
        if any(sep in text for sep in "～~〜-－"):
            return parse_time_range(text)
        return parse_time(text), None
    except DateParseError as exc:
        raise ValidationError(str(exc), "time") from None


def save_session(session: Session, data: SessionInput) -> int:
    number = parse_count(data.number, "number", "回")
    date = optional_date(data.date, "date")
    start, end = parse_times(clean(data.time))
    fmt = clean(data.format)
    if fmt is not None and fmt not in SESSION_FORMATS:
        raise ValidationError("形式を選んでください。", "format")
    series = fetch(session, EventSeries, data.series_id)
    venue = clean(data.venue)
    if not data.confirmed:
        slot = Slot(
            series.name, number, date, start, end, venue if fmt in ("venue", "hybrid") else None
        )
        found = warnings_for(session, slot, series.fiscal_year, data.id)
        if found:
            raise NeedsConfirmation([w.message for w in found])
    event = editable(session, EventSession, data.id, data.version, series=series, number=number)
    event.number = number
    event.theme = clean(data.theme)
    event.date = date
    event.start_time, event.end_time = start, end
    event.format = fmt
    event.venue = venue
    event.eligibility = clean(data.eligibility)
    event.note = clean(data.note)
    try:
        session.flush()
    except IntegrityError:
        raise ValidationError(f"第{number}回はこの行事にすでにあります。", "number") from None
    return event.id


def delete_session(session: Session, session_id: int, version: int | None) -> None:
    session.delete(fetch(session, EventSession, session_id, version))


def list_participants(session: Session, session_id: int) -> list[ParticipantRow]:
    participants = session.scalars(
        select(Participant)
        .where(Participant.session_id == session_id)
        .options(selectinload(Participant.person).selectinload(Person.organization))
    ).all()
    rows = [
        ParticipantRow(
            id=p.id,
            version=p.version,
            name=p.person.name,
            kana=p.person.kana or "",
            organization=p.person.organization.name if p.person.organization else "",
            post=p.person.post or "",
            email=p.person.email or "",
            attendance_label=label(PARTICIPANT_ATTENDANCE, p.attendance),
            status_label=label(PARTICIPANT_STATUSES, p.status),
        )
        for p in participants
    ]
    return sorted(rows, key=lambda r: kana_sort_key(r.kana or r.name))


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


def add_participant(session: Session, data: ParticipantInput) -> int:
    name = required(data.name, "name", "氏名")
    if data.status not in PARTICIPANT_STATUSES:
        raise ValidationError("状態を選んでください。", "status")
    attendance = clean(data.attendance)
    if attendance is not None and attendance not in PARTICIPANT_ATTENDANCE:
        raise ValidationError("参加形式を選んでください。", "attendance")
    event = fetch(session, EventSession, data.session_id)
    org_name = clean(data.organization)
    kana = clean(data.kana)
    person = Person(
        name=name,
        kana=to_hiragana(kana) if kana else None,
        organization=find_or_create_organization(session, org_name) if org_name else None,
        post=clean(data.post),
        email=clean(data.email),
    )
    participant = Participant(
        session=event, person=person, status=data.status, attendance=attendance
    )
    session.add(participant)
    session.flush()
    return participant.id


def delete_participant(session: Session, participant_id: int, version: int | None) -> None:
    session.delete(fetch(session, Participant, participant_id, version))
