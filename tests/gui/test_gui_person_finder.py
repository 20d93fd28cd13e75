"""人を探す (編集 ▸ 人を探す…, Ctrl+Shift+F): a person typed in part, what they are part of, and
each record opened in its tab with Enter or a double-click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from db.engine import open_database
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    fits_the_screen,
    menu_action,
    open_window,
    settle,
    shown_column,
    type_into,
    visible,
    window,  # noqa: F401  (a fixture)
)
from tests.helpers.people import R2, R3, everywhere


def test_a_person_is_found_and_each_of_their_records_opens_in_its_tab(
    window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    from desktop.ui.dialogs.person_finder import PersonFinderDialog

    db = open_database(str(demo_path))
    try:
        everywhere(db, "山田 太郎", "やまだ たろう")
    finally:
        db.close()
    assert "人を探す" in menu_action(window, "編集(&E)", "人を探す…").text()

    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    settle(qtbot, window)
    (finder,) = visible(PersonFinderDialog)
    assert fits_the_screen(finder)
    type_into(qtbot, finder.search, "ヤマダ")
    qtbot.keyClick(finder.search, Qt.Key.Key_Return)  # finds at once, and stays open
    settle(qtbot, window)
    assert finder.isVisible()
    assert shown_column(finder.people, "氏名") == ["山田 太郎"]
    assert shown_column(finder.people, "所属") == ["秩父市"]
    assert shown_column(finder.applications, "行事名") == [R3, R2]
    assert shown_column(finder.applications, "開催日")[0] == "令和3年10月1日（金）"
    assert shown_column(finder.applications, "状態") == ["申込", "申込"]
    (council,) = shown_column(finder.seats, "会議名")
    assert shown_column(finder.seats, "役割") == ["構成員"]
    (organization,) = shown_column(finder.contacts, "団体名")

    # Enter on the second application: the イベント tab, its series, session and participant.
    finder.applications.selectRow(1)
    qtbot.keyClick(finder.applications, Qt.Key.Key_Return)
    settle(qtbot, window)
    events = window.events
    assert window.tabs.currentWidget() is events
    assert events.series.current().name == R2
    assert events.sessions.current().number == 1
    assert events.participants.current().name == "山田 太郎"

    # A double-click on the seat: the 協議会 tab, the council and the member.
    seat_cell = finder.seats.visualRect(finder.seats.model().index(0, 0)).center()
    qtbot.mouseClick(finder.seats.viewport(), Qt.MouseButton.LeftButton, pos=seat_cell)
    qtbot.mouseDClick(finder.seats.viewport(), Qt.MouseButton.LeftButton, pos=seat_cell)
    settle(qtbot, window)
    councils = window.councils
    assert window.tabs.currentWidget() is councils
    assert councils.councils.current().name == council
    assert councils.roster.members.current().name == "山田 太郎"

    # Enter on the registration: the 登録 tab, the organization and the registration.
    finder.contacts.selectRow(0)
    qtbot.keyClick(finder.contacts, Qt.Key.Key_Return)
    settle(qtbot, window)
    registrations = window.registrations
    assert window.tabs.currentWidget() is registrations
    assert registrations.table.current().name == organization
    assert registrations.registrations.current().id == finder.contacts.current().id

    # A name nobody has says so.
    type_into(qtbot, finder.search, "存在しない名前")
    qtbot.waitUntil(lambda: not shown_column(finder.people, "氏名"))
    settle(qtbot, window)
    assert finder.people.empty_text == "当てはまる人はいません。"
    assert shown_column(finder.applications, "行事名") == []
    finder.close()


def test_before_a_search_the_empty_tables_headings_spread_over_their_width(
    window: MainWindow, qtbot: QtBot
) -> None:
    from desktop.ui.dialogs.person_finder import PersonFinderDialog

    menu_action(window, "編集(&E)", "人を探す…").trigger()
    settle(qtbot, window)
    (finder,) = visible(PersonFinderDialog)
    for table in (finder.people, finder.applications, finder.seats, finder.contacts):
        assert table.proxy.rowCount() == 0
        widths = [table.columnWidth(c) for c in range(table.proxy.columnCount())]
        # Not bunched up at the left with a blank band beside them.
        assert sum(widths) >= table.viewport().width() - len(widths), widths
    finder.reject()


def test_the_finder_says_in_english_what_a_person_is_not(
    qtbot: QtBot, demo_path: Path, qapp: QApplication
) -> None:
    from desktop.ui.dialogs.person_finder import PersonFinderDialog

    installed = i18n.install(qapp, "en")
    try:
        with open_window(qtbot, str(demo_path)) as window:
            menu_action(window, "&Edit", "Find a person…").trigger()
            settle(qtbot, window)
            (finder,) = visible(PersonFinderDialog)
            assert finder.contacts.empty_text == "Not the contact person of any registration."
            assert finder.seats.empty_text == "Sits on no council."
            finder.reject()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        i18n.set_language("ja")
