"""イベント tab: event series → sessions → participants."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from db.errors import NeedsConfirmation, ValidationError
from db.models import EventSeries, EventSession, Participant
from db.vocab import SESSION_FORMATS
from desktop.catalogue import QT_TR_NOOP
from desktop.japanese.wareki import (
    DateParseError,
    parse_time,
    parse_time_range,
)
from desktop.ops.common import (
    clean,
    editable,
    fetch,
    optional_date,
    parse_count,
    parse_fiscal_year,
    required,
)
from desktop.ops.participants import let_in_from_waiting_list
from desktop.ops.schedule import slot_of, stored_on, warnings_for
from desktop.rules.participation import HOLDS_A_PLACE
from desktop.rules.scheduling import Slot, check


@dataclass(frozen=True)
class SeriesRow:
    id: int
    version: int
    name: str
    fiscal_year: int | None
    session_count: int
    eligibility: str
    note: str
    application_count: int = 0  # every application to its sessions (waiting, cancelled …)


@dataclass(frozen=True)
class SessionRow:
    """A session as stored: values, not words (the window spells the date, the times and the
    format's label in its own language)."""

    id: int
    version: int
    number: int
    theme: str
    date: dt.date | None
    start_time: dt.time | None
    end_time: dt.time | None
    format: str  # a code of SESSION_FORMATS, "" when not chosen
    venue: str
    eligibility: str
    capacity: int | None
    note: str
    participant_count: int  # those holding a place (申込・参加), not the waiting list
    # What the scheduling checks say of it as stored (kinds of desktop.rules.scheduling):
    # marked in the list, so that a clash is seen after saving too, not only while saving.
    warnings: tuple[str, ...] = ()


def list_series(session: Session) -> list[SeriesRow]:
    series = session.scalars(
        select(EventSeries)
        .options(selectinload(EventSeries.sessions))
        .order_by(EventSeries.fiscal_year.desc(), EventSeries.id)
    ).all()
    applications: dict[int, int] = {
        series_id: n
        for series_id, n in session.execute(
            select(EventSession.series_id, func.count(Participant.id))
            .join(Participant, Participant.session_id == EventSession.id)
            .group_by(EventSession.series_id)
        )
    }
    return [
        SeriesRow(
            id=s.id,
            version=s.version,
            name=s.name,
            fiscal_year=s.fiscal_year,
            session_count=len(s.sessions),
            eligibility=s.eligibility or "",
            note=s.note or "",
            application_count=applications.get(s.id, 0),
        )
        for s in series
    ]


def list_sessions(session: Session, series_id: int) -> list[SessionRow]:
    counts = (
        select(Participant.session_id, func.count().label("n"))
        .where(Participant.status.in_(HOLDS_A_PLACE))
        .group_by(Participant.session_id)
        .subquery()
    )
    rows = session.execute(
        select(EventSession, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.session_id == EventSession.id)
        .where(EventSession.series_id == series_id)
        .options(selectinload(EventSession.series))
        # by date, as a calendar reads (a 第5回 held before the 第4回 comes first)
        .order_by(
            EventSession.date.is_(None),
            EventSession.date,
            EventSession.start_time,
            EventSession.number,
        )
    ).all()
    warnings = _warnings_of(session, [s for s, _n in rows])
    return [
        SessionRow(
            id=s.id,
            version=s.version,
            number=s.number,
            theme=s.theme or "",
            date=s.date,
            start_time=s.start_time,
            end_time=s.end_time,
            format=s.format or "",
            venue=s.venue or "",
            eligibility=s.eligibility or "",
            capacity=s.capacity,
            note=s.note or "",
            participant_count=n,
            warnings=warnings.get(s.id, ()),
        )
        for s, n in rows
    ]


def _warnings_of(session: Session, events: list[EventSession]) -> dict[int, tuple[str, ...]]:
    """Each session's kinds of scheduling warning (both sessions of a clash are marked)."""
    if not events:
        return {}
    others = stored_on(session, {e.date for e in events if e.date})
    fiscal_year = events[0].series.fiscal_year
    found = {}
    for event in events:
        kinds = tuple(dict.fromkeys(w.kind for w in check(slot_of(event), others, fiscal_year)))
        if kinds:
            found[event.id] = kinds
    return found


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
    name = required(data.name, "name", QT_TR_NOOP("行事名"))
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
        raise ValidationError(
            QT_TR_NOOP("行事「{name}」はすでにあります。"), "name", name=name
        ) from None
    return series.id


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
    capacity: str = ""
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
        raise ValidationError(exc.said, "time") from None


def save_session(session: Session, data: SessionInput) -> int:
    number = parse_count(data.number, "number", QT_TR_NOOP("回"))
    date = optional_date(data.date, "date")
    start, end = parse_times(clean(data.time))
    fmt = clean(data.format)
    if fmt is not None and fmt not in SESSION_FORMATS:
        raise ValidationError(QT_TR_NOOP("形式を選んでください。"), "format")
    series = fetch(session, EventSeries, data.series_id)
    venue = clean(data.venue)
    if not data.confirmed:
        slot = Slot(
            series.name, number, date, start, end, venue if fmt in ("venue", "hybrid") else None
        )
        found = warnings_for(session, slot, series.fiscal_year, data.id)
        if found:
            raise NeedsConfirmation([w.said for w in found])
    event = editable(session, EventSession, data.id, data.version, series=series, number=number)
    event.number = number
    event.theme = clean(data.theme)
    event.date = date
    event.start_time, event.end_time = start, end
    event.format = fmt
    event.venue = venue
    event.eligibility = clean(data.eligibility)
    event.capacity = (
        parse_count(data.capacity, "capacity", QT_TR_NOOP("定員")) if clean(data.capacity) else None
    )
    event.note = clean(data.note)
    try:
        session.flush()
    except IntegrityError:
        raise ValidationError(
            QT_TR_NOOP("第{number}回はこの行事にすでにあります。"), "number", number=number
        ) from None
    if data.id is not None:
        let_in_from_waiting_list(session, event)  # the 定員 may have grown, or gone
    return event.id


def delete_session(session: Session, session_id: int, version: int | None) -> None:
    session.delete(fetch(session, EventSession, session_id, version))


def delete_series(session: Session, series_id: int, version: int | None) -> None:
    """A series with all its sessions and their applications (each recorded in the history)."""
    session.delete(fetch(session, EventSeries, series_id, version))
