"""An empty list says why it is empty (nothing in the period, nothing matching the search)
rather than showing a blank that looks like a failure to load."""

from __future__ import annotations

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.record_table import RecordTable
from tests.helpers.gui_support import enter, settle, show_tab, type_into, window  # noqa: F401


def says_something(table: RecordTable) -> bool:  # type: ignore[type-arg]
    """Whether anything is drawn in the table's empty area (its text), not only background."""
    image = table.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    middle = image.height() // 2
    band = {
        image.pixel(x, y) for x in range(image.width()) for y in range(middle - 12, middle + 12)
    }
    return len(band) > 1


def test_a_dashboard_with_nothing_coming_up_says_so(window: MainWindow, qtbot: QtBot) -> None:
    tab = window.dashboard
    show_tab(qtbot, window, tab)
    enter(qtbot, tab.as_of_edit, "令和30年1月1日")
    settle(qtbot, window)
    assert tab.upcoming.proxy.rowCount() == 0 and says_something(tab.upcoming)
    assert "この期間の予定や期限はありません" in tab.upcoming.empty_text


def test_a_search_that_finds_nothing_says_so(window: MainWindow, qtbot: QtBot) -> None:
    tab = window.registrations
    assert not says_something(tab.table) or tab.table.proxy.rowCount()  # rows: no message
    type_into(qtbot, tab.search, "どこにもない団体")
    settle(qtbot, window)
    assert tab.table.proxy.rowCount() == 0 and says_something(tab.table)


def test_an_empty_tables_headings_spread_over_its_width(window: MainWindow, qtbot: QtBot) -> None:
    tab = window.events
    show_tab(qtbot, window, tab)
    participants = tab.participants
    assert participants.proxy.rowCount() == 0  # the demo's sessions have no participants yet
    widths = [participants.columnWidth(c) for c in range(participants.proxy.columnCount())]
    assert sum(widths) >= participants.viewport().width() - len(widths)
