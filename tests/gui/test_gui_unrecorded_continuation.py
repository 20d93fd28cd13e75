"""The 協議会 tab shows a continuation no source records as unknown, never as ended."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    choose,
    settle,
    show_tab,
    shown_cells,
    shown_rows,
    window,  # noqa: F401  (a fixture)
)


def test_the_fy2018_projects_show_no_record_of_their_continuation(
    window: MainWindow, qtbot: QtBot
) -> None:
    tab = window.councils
    show_tab(qtbot, window, tab)
    choose(qtbot, tab.view_box, tab.view_box.itemText(tab.view_box.findData("projects")))
    settle(qtbot, window)
    rows = shown_rows(tab.projects)
    fy2018 = [
        shown_cells(tab.projects, place)
        for place, row in enumerate(rows)
        if row.selected_fiscal_year == 2018
    ]
    assert len(fy2018) == 14
    assert {(cells["支援状況"], cells["継続申請"]) for cells in fy2018} == {
        ("継続の記録なし", "記録なし")
    }
