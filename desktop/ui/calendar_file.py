"""ファイル ▸ 予定表（.ics）に書き出す…: the calendar of what the current tab selects (the
events tab's series, the councils tab's council), or of everything from today on."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.sheets.registry import Selection
from desktop.ui.i18n import tr
from desktop.ui.widgets import file_places

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from db.database import Database
    from desktop.ui.tabs.base import TabBase
    from desktop.ui.worker import DbWorker


def _chosen(tab: TabBase) -> tuple[str | None, str | None]:
    """(series, council): what the tab shown selects, if it selects either."""
    series = tab.selected(Selection.SERIES) if Selection.SERIES in tab.supplies else None
    council = tab.selected(Selection.COUNCIL) if Selection.COUNCIL in tab.supplies else None
    return (
        series if isinstance(series, str) else None,
        council if isinstance(council, str) else None,
    )


def export_calendar(
    parent: QWidget, worker: DbWorker, tab: TabBase, say: Callable[[str], None]
) -> None:
    from db.calendar_export import CalendarChoice, build_calendar, write_calendar

    series, council = _chosen(tab)
    name = series or council or tr("今後の予定")
    target = file_places.save_file(
        parent, tr("予定表（.ics）に書き出す"), f"{name}.ics", tr("予定表 (*.ics)")
    )
    if target is None:
        return

    def job(database: Database) -> int:
        with database.sessions() as session:
            calendar = build_calendar(session, CalendarChoice(series, council))
        write_calendar(calendar, target)
        return len(calendar.events)

    worker.run(
        job,
        on_result=lambda count: say(
            tr("予定表を書き出しました（{count}件）: {path}").format(count=count, path=target)
        ),
    )
