"""An empty list says why it is empty (nothing in the period, nothing matching the search)
rather than showing a blank that looks like a failure to load."""

from __future__ import annotations

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from desktop.ui.dialogs.duplicates import DuplicatesDialog
from desktop.ui.dialogs.import_batches import BatchesDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.record_table import RecordTable
from tests.helpers.gui_support import (  # noqa: F401  (window: a fixture)
    click_row,
    enter,
    escape,
    menu_action,
    settle,
    show_tab,
    type_into,
    visible,
    window,
)


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


def test_a_search_that_leaves_the_organization_out_empties_its_registrations(
    window: MainWindow, qtbot: QtBot
) -> None:
    tab = window.registrations
    type_into(qtbot, tab.search, "指定都市市長会")
    settle(qtbot, window)
    click_row(qtbot, tab.table, 0)
    settle(qtbot, window)
    assert tab.registrations.proxy.rowCount() == 1
    assert tab.registrations_title.text() == "登録（1件）"
    type_into(qtbot, tab.search, "どこにもない団体")
    settle(qtbot, window)
    # Not the registrations of the organization no longer shown, with buttons to edit them.
    assert tab.registrations.proxy.rowCount() == 0 and says_something(tab.registrations)
    assert tab.registrations_title.text() == "登録"
    assert "団体を選ぶと" in tab.registrations.empty_text
    assert not tab.edit_registration_button.isEnabled()
    assert not tab.add_registration_button.isEnabled()


def test_an_organization_without_registrations_says_how_to_add_one(
    window: MainWindow, qtbot: QtBot
) -> None:
    tab = window.registrations
    click_row(qtbot, tab.table, 0)  # 北海道: the demo registers the programmes' partners only
    settle(qtbot, window)
    assert tab.registrations.proxy.rowCount() == 0 and says_something(tab.registrations)
    assert "「登録を追加」" in tab.registrations.empty_text


def test_no_duplicates_and_no_imports_are_said_as_such(window: MainWindow, qtbot: QtBot) -> None:
    menu_action(window, "編集(&E)", "重複の確認(&D)…").trigger()
    settle(qtbot, window)
    (dialog,) = visible(DuplicatesDialog)
    assert dialog.pairs.proxy.rowCount() == 0 and says_something(dialog.pairs)
    assert dialog.pairs.empty_text == "重複の可能性がある組は見つかりませんでした。"
    escape(qtbot, dialog)
    menu_action(window, "ファイル(&F)", "取り込み履歴・取り消し…").trigger()
    settle(qtbot, window)
    (batches,) = visible(BatchesDialog)
    assert batches.table.proxy.rowCount() == 0 and says_something(batches.table)
    assert "まだ何も取り込んでいません" in batches.table.empty_text
    escape(qtbot, batches)
