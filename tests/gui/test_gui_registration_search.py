"""The 登録 tab's search box asks the database: what the user types finds the same organizations
as before (readings in any width or kana, summaries of their registrations), the newest text
wins however fast it is typed, and an edit is found by its new words at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (  # noqa: F401  (window: a fixture)
    menu_action,
    settle,
    type_into,
    window,
)


def names(window: MainWindow) -> set[str]:
    return {row.name for row in window.registrations.table.shown_rows()}


def test_typing_finds_readings_and_summaries(window: MainWindow, qtbot: QtBot) -> None:
    tab = window.registrations
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is tab.search
    type_into(qtbot, tab.search, "ﾁﾁﾌﾞ")
    assert names(window) == {"秩父市", "秩父商工会議所"}
    assert tab.count_label.text() == "2 / 156 団体"
    type_into(qtbot, tab.search, "ﾃﾚﾜｰｸ 包括連携")  # words of a registration's summary
    assert "内閣官房 まち・ひと・しごと創生本部事務局" in names(window)
    assert len(names(window)) < 5
    type_into(qtbot, tab.search, "50%")  # LIKE's wildcards are plain characters
    assert names(window) == set()
    type_into(qtbot, tab.search, "")
    assert len(tab.table.shown_rows()) == 156
    assert tab.count_label.text() == "156 団体"


def test_the_newest_text_wins(window: MainWindow, qtbot: QtBot) -> None:
    """Typed over before the database answered: the older answer is never shown."""
    tab = window.registrations
    tab.search.setFocus()
    committed = QInputMethodEvent()
    committed.setCommitString("ﾁﾁﾌﾞ")
    QApplication.sendEvent(tab.search, committed)  # asked at once
    type_into(qtbot, tab.search, "112071")  # typed over in the same moment, key by key
    assert names(window) == {"秩父市"}
    settle(qtbot, window)
    assert names(window) == {"秩父市"}


def test_a_search_shown_follows_a_change_of_the_rows(window: MainWindow, qtbot: QtBot) -> None:
    """F5 (and any change) asks again: the rows kept are those the words find now."""
    tab = window.registrations
    type_into(qtbot, tab.search, "ﾁﾁﾌﾞ")
    menu_action(window, "編集(&E)", "最新の情報に更新(&R)").trigger()
    settle(qtbot, window)
    assert names(window) == {"秩父市", "秩父商工会議所"}
    assert tab.table.current() is not None
