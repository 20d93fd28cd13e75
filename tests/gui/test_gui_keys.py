"""The keys a user of a spreadsheet or a file manager expects: Enter and F2 edit the selected
row, Delete deletes it (asking first), Esc on a changed form asks before throwing it away, and
ヘルプ ▸ キーボード操作 (F1) lists every key of the menus and tables."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui.dialogs.form import FormDialog
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    answering_questions,
    click_row,
    escape,
    fill,
    menu_action,
    open_dialog,
    press_f1,
    settle,
    show_tab,
    shown_rows,
    window,  # noqa: F401  (a fixture)
)


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_F2])
def test_enter_and_f2_edit_the_selected_row(window: MainWindow, qtbot: QtBot, key: Qt.Key) -> None:
    table = window.registrations.table
    click_row(qtbot, table, 2)
    settle(qtbot, window)
    chosen = table.current()
    table.setFocus()
    qtbot.keyClick(table, key)
    form = open_dialog(window)
    assert chosen is not None and chosen.name in form.windowTitle()
    escape(qtbot, form)


def test_delete_asks_first_and_no_keeps_the_record(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.events
    show_tab(qtbot, window, tab)
    settle(qtbot, window)
    before = shown_rows(tab.sessions)
    click_row(qtbot, tab.sessions, 0)
    asked = answering_questions(monkeypatch, QMessageBox.StandardButton.No)
    tab.sessions.setFocus()
    qtbot.keyClick(tab.sessions, Qt.Key.Key_Delete)
    settle(qtbot, window)
    assert len(asked) == 1 and "削除します" in asked[0]
    assert shown_rows(tab.sessions) == before


def test_esc_on_a_changed_form_asks_and_cancel_keeps_it_open(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    click_row(qtbot, window.registrations.table, 0)
    settle(qtbot, window)
    menu_action(window, "ファイル(&F)", "新規追加(&N)…").trigger()
    form = open_dialog(window)
    escape(qtbot, form)  # nothing typed: it closes without a question
    assert not form.isVisible()
    menu_action(window, "ファイル(&F)", "新規追加(&N)…").trigger()
    form = open_dialog(window)
    fill(qtbot, form, name="入力途中の団体")
    asked = answering_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    escape(qtbot, form)
    assert asked == ["入力した内容を保存せずに閉じますか？"]
    assert form.isVisible() and form.values()["name"] == "入力途中の団体"
    answering_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    escape(qtbot, form)
    assert not form.isVisible()


def test_f1_lists_the_keys_of_the_menus_and_tables(window: MainWindow, qtbot: QtBot) -> None:
    dialog = press_f1(qtbot, window)
    text = dialog.text.toPlainText()
    assert "ファイル ▸ Excel を取り込み" in text and "Ctrl+I" in text
    assert "選んだ行を削除（確認あり）" in text and "Delete" in text and "F2" in text
    escape(qtbot, dialog)
    assert not isinstance(QApplication.activeModalWidget(), FormDialog)
