"""The scheduling checks (desktop.rules.scheduling) on stored sessions: one series, or one new session."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.models import EventSeries, EventSession
from desktop.rules.scheduling import ScheduleWarning, Slot, check


def slot_of(event: EventSession) -> Slot:
    venue = event.venue if event.format in ("venue", "hybrid") else None
    return Slot(
        event.series.name, event.number, event.date, event.start_time, event.end_time, venue
    )


def stored_on(session: Session, days: set[dt.date], but: set[int] | None = None) -> list[Slot]:
    """Every stored session on those days, of any series (they may share a venue), but those
    whose ids are in `but` (sessions being edited: their stored state is what an edit replaces)."""
    if not days:
        return []
    query = (
        select(EventSession)
        .where(EventSession.date.in_(sorted(days)))
        .options(selectinload(EventSession.series))
    )
    if but:
        query = query.where(EventSession.id.not_in(sorted(but)))
    return [slot_of(e) for e in session.scalars(query)]


def warnings_for(
    session: Session, slot: Slot, fiscal_year: int | None, editing: int | None
) -> list[ScheduleWarning]:
    """What to warn about before `slot` is saved (`editing`: the id of the session it edits)."""
    days = {slot.date} if slot.date else set()
    return check(slot, stored_on(session, days, {editing} if editing else None), fiscal_year)


def series_warnings(session: Session, series: EventSeries) -> list[ScheduleWarning]:
    """Every warning about the series' sessions, by session number."""
    slots = [slot_of(e) for e in series.sessions]
    others = stored_on(session, {s.date for s in slots if s.date})
    found: list[ScheduleWarning] = []
    reported: set[frozenset[tuple[str, int]]] = set()
    for slot in slots:
        for warning in check(slot, others, series.fiscal_year):
            if warning.other is not None:  # a clash between two sessions is told once
                pair = frozenset(
                    {(slot.series, slot.number), (warning.other.series, warning.other.number)}
                )
                if pair in reported:
                    continue
                reported.add(pair)
            found.append(warning)
    return found
