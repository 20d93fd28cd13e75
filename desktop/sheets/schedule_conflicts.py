"""開催日程の確認: what the scheduling checks find in one series (desktop.rules.scheduling).

Overlapping sessions, a shared venue at the same time, weekends and holidays, dates outside
the series' fiscal year; as a sheet to check a draft schedule, and as JSON for scripts.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.japanese.wareki import format_wareki_datetime_range
from desktop.ops.schedule import series_warnings
from desktop.rules.scheduling import ScheduleWarning, Slot
from desktop.sheets.model import Column, Record, Section, Sheet, none_found
from desktop.sheets.symposium_schedule import find_series
from desktop.sheets.words import as_of_line, tr

NAME = "schedule-conflicts"
KIND_LABELS = {
    "overlap": "同じ行事で時間の重なり",
    "venue": "同じ会場で時間の重なり",
    "weekend": "土日",
    "holiday": "祝日・休日",
    "fiscal_year": "年度外",
}


def _when(slot: Slot) -> str:
    if slot.date is None:
        return "日程未定"
    return format_wareki_datetime_range(slot.date, slot.start, slot.end)


def _record(warning: ScheduleWarning) -> Record:
    about, other = warning.about, warning.other
    return {
        "number": about.number,
        "date": about.date.isoformat() if about.date else None,
        "kind": warning.kind,
        "message": warning.message,
        "other_series": other.series if other else None,
        "other_number": other.number if other else None,
    }


def build(session: Session, series_name: str, *, as_of: dt.date | None = None) -> Sheet:
    series = find_series(session, series_name)
    warnings = series_warnings(session, series)
    rows = tuple(
        (f"第{w.about.number}回", _when(w.about), KIND_LABELS[w.kind], w.message) for w in warnings
    )
    return Sheet(
        name=NAME,
        title=tr("{name} 開催日程の確認").format(name=series.name),
        as_of=as_of_line(as_of or dt.date.today()),
        columns=(
            Column(tr("回"), 0.7, "center"),
            Column(tr("開催日時"), 2.6),
            Column(tr("確認事項"), 1.7),
            Column(tr("内容"), 5.0),
        ),
        sections=(
            Section(None, rows, tuple(_record(w) for w in warnings))
            if warnings
            else none_found(None, 4, tr("確認が必要な点はありません")),
        ),
        landscape=True,
    )
