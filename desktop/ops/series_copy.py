"""イベント tab, 次年度へ複製: next year's series starts as a copy of last year's.

The sessions come along with their 回, titles, times, format, venue, 対象, 定員 and notes; each
date moves to the same weekday nearest the same date in the new year (the rule:
desktop.rules.scheduling.same_weekday_years_on); the participants stay with last year's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.errors import ValidationError
from db.models import EventSeries, EventSession
from desktop.catalogue import QT_TR_NOOP
from desktop.japanese.wareki import fiscal_year_of, format_fiscal_year, with_fiscal_year
from desktop.ops.common import fetch, parse_fiscal_year, required
from desktop.ops.schedule import stored_on
from desktop.rules.scheduling import Slot, check, same_weekday_years_on


@dataclass(frozen=True)
class CopiedSession:
    """A session as the copy will store it, beside the date it had."""

    number: int
    theme: str
    old_date: dt.date | None
    date: dt.date | None
    start_time: dt.time | None
    end_time: dt.time | None
    venue: str
    capacity: int | None
    warnings: tuple[str, ...]  # kinds of scheduling warning the new date will be marked with


@dataclass(frozen=True)
class CopyPlan:
    name: str  # the name proposed for the copy
    fiscal_year: int
    sessions: tuple[CopiedSession, ...]


def _years_on(series: EventSeries, fiscal_year: int) -> int:
    """How many years the dates move: from the series' fiscal year (else its first date's)."""
    if series.fiscal_year is not None:
        return fiscal_year - series.fiscal_year
    dates = [e.date for e in series.sessions if e.date]
    return fiscal_year - fiscal_year_of(min(dates)) if dates else 0


def proposed_name(series: EventSeries, fiscal_year: int) -> str:
    """令和4年度 未来技術… → 令和5年度 未来技術…; a name stating no year gets the new one first."""
    return with_fiscal_year(series.name, fiscal_year) or (
        f"{format_fiscal_year(fiscal_year)} {series.name}"
    )


def _moved(series: EventSeries, fiscal_year: int) -> list[tuple[EventSession, dt.date | None]]:
    years = _years_on(series, fiscal_year)
    return [
        (e, same_weekday_years_on(e.date, years) if e.date and years else e.date)
        for e in sorted(series.sessions, key=lambda e: e.number)
    ]


def plan_copy(session: Session, series_id: int, fiscal_year: str) -> CopyPlan:
    """What 次年度へ複製 would store for that fiscal year, shown before saving (each new date
    with the marks it will have in the list: a holiday, a clash with a stored session)."""
    series = fetch(session, EventSeries, series_id)
    year = parse_fiscal_year(fiscal_year)
    moved = _moved(series, year)
    name = proposed_name(series, year)
    slots = [Slot(name, e.number, day, e.start_time, e.end_time, _venue_of(e)) for e, day in moved]
    others = [*stored_on(session, {s.date for s in slots if s.date}), *slots]
    return CopyPlan(
        name=name,
        fiscal_year=year,
        sessions=tuple(
            CopiedSession(
                number=e.number,
                theme=e.theme or "",
                old_date=e.date,
                date=day,
                start_time=e.start_time,
                end_time=e.end_time,
                venue=e.venue or "",
                capacity=e.capacity,
                warnings=tuple(dict.fromkeys(w.kind for w in check(slot, others, year))),
            )
            for (e, day), slot in zip(moved, slots, strict=True)
        ),
    )


def _venue_of(event: EventSession) -> str | None:
    return event.venue if event.format in ("venue", "hybrid") else None


@dataclass(frozen=True)
class SeriesCopyInput:
    series_id: int
    fiscal_year: str
    name: str


def copy_series(session: Session, data: SeriesCopyInput) -> int:
    """Store the copy (the series and its sessions together); returns the new series' id."""
    series = fetch(session, EventSeries, data.series_id)
    year = parse_fiscal_year(data.fiscal_year)
    name = required(data.name, "name", QT_TR_NOOP("行事名"))
    if session.scalar(select(EventSeries.id).where(EventSeries.name == name)) is not None:
        raise ValidationError(QT_TR_NOOP("行事「{name}」はすでにあります。"), "name", name=name)
    copy = EventSeries(
        name=name,
        fiscal_year=year,
        program_id=series.program_id,
        eligibility=series.eligibility,
        note=series.note,
    )
    session.add(copy)
    for event, day in _moved(series, year):
        session.add(
            EventSession(
                series=copy,
                number=event.number,
                theme=event.theme,
                date=day,
                start_time=event.start_time,
                end_time=event.end_time,
                format=event.format,
                venue=event.venue,
                url=event.url,
                eligibility=event.eligibility,
                capacity=event.capacity,
                note=event.note,
            )
        )
    try:
        session.flush()
    except IntegrityError:  # another PC stored that name meanwhile
        raise ValidationError(
            QT_TR_NOOP("行事「{name}」はすでにあります。"), "name", name=name
        ) from None
    return copy.id
