"""開催日程: a symposium series' sessions with wareki dates, weekdays and times, and its notes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.errors import UserError
from db.models import EventSeries, EventSession
from db.vocab import SESSION_FORMATS, label
from desktop.catalogue import QT_TR_NOOP
from desktop.japanese.text import normalize_for_compare
from desktop.japanese.wareki import (
    format_time_range,
    format_wareki_datetime_range,
)
from desktop.sheets.model import Column, Section, Sheet, none_found
from desktop.sheets.words import as_of_line, tr

NAME = "symposium-schedule"


def find_series(session: Session, name: str) -> EventSeries:
    """The series of that name (compared after normalisation), or a message listing them."""
    series = session.scalars(
        select(EventSeries).options(selectinload(EventSeries.sessions)).order_by(EventSeries.id)
    ).all()
    for candidate in series:
        if normalize_for_compare(candidate.name) == normalize_for_compare(name):
            return candidate
    known = "、".join(f"「{s.name}」" for s in series) or "（まだありません）"
    raise UserError(
        QT_TR_NOOP("行事「{name}」はありません。登録されている行事: {known}"),
        name=name,
        known=known,
    )


def _when(event: EventSession) -> str:
    if event.date is not None:
        return format_wareki_datetime_range(event.date, event.start_time, event.end_time)
    if event.start_time is not None:
        return f"日程未定 {format_time_range(event.start_time, event.end_time)}"
    return "日程未定"


def _eligibility(event: EventSession, series: EventSeries) -> str:
    return event.eligibility or series.eligibility or ""


def build(session: Session, series_name: str, *, as_of: dt.date | None = None) -> Sheet:
    """The schedule of one series, its sessions in date order, with 会場 and 定員 when known.

    A session open to fewer people than the series (第4回 for local governments only) is marked
    ※ in its row and explained under the table, as the secretariat's schedules do.
    """
    series = find_series(session, series_name)
    events = sorted(series.sessions, key=_in_date_order)
    rows = []
    notes = []
    for event in events:
        special = bool(event.eligibility) and event.eligibility != series.eligibility
        theme = (event.theme or "") + ("※" if special else "")
        if event.note:
            theme += f"（{event.note}）"
        rows.append(
            (
                f"第{event.number}回",
                theme,
                _when(event),
                label(SESSION_FORMATS, event.format),
                event.venue or "",
                tr("{capacity}名").format(capacity=event.capacity) if event.capacity else "",
                _eligibility(event, series),
            )
        )
        if special:
            notes.append(f"※第{event.number}回は{event.eligibility}")
    if series.note:
        notes.append(series.note)
    columns = (
        Column(tr("回"), 0.7, "center"),
        Column(tr("テーマ"), 2.0),
        Column(tr("日時"), 2.7),
        Column(tr("形式"), 0.8, "center"),
        Column(tr("会場"), 1.8),
        Column(tr("定員"), 0.7, "right"),
        Column(tr("対象"), 3.6),
    )
    table = Section(None, tuple(rows)) if rows else none_found(None, len(columns), tr("該当なし"))
    return Sheet(
        name=NAME,
        title=tr("{name} 開催日程").format(name=series.name),
        as_of=as_of_line(as_of or dt.date.today()),
        columns=columns,
        sections=(table,),
        notes=tuple(notes),
        landscape=True,
    ).without_empty(tr("会場"), tr("定員"))  # printed when known


def _in_date_order(event: EventSession) -> tuple[bool, dt.date, dt.time, int]:
    """By date and time; a session not yet dated last, by its number."""
    return (
        event.date is None,
        event.date or dt.date.max,
        event.start_time or dt.time.min,
        event.number,
    )
