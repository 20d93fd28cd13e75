"""出席 at the door, from the イベント tab: many participants selected and ticked at once with
the button or Space, taken back with Shift+Space, listed as the printed 受付簿 lists them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from db.engine import open_database
from desktop.ops import participants as participant_ops
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    click_row,
    press_f1,
    read,
    refresh,
    settle,
    show_tab,
    shown_column,
    window,  # noqa: F401  (a fixture)
)

PEOPLE = (
    ("渡辺 花子", "わたなべ はなこ"),
    ("青木 一郎", "あおき いちろう"),
    ("上田 三郎", "うえだ"),
)


def on_another_pc(demo_path: Path, change: object, *args: object) -> None:
    db = open_database(str(demo_path))
    try:
        with db.transaction() as session:
            change(session, *args)  # type: ignore[operator]
    finally:
        db.close()


def statuses(window: MainWindow) -> dict[str, str]:
    table = window.events.participants
    return dict(zip(shown_column(table, "氏名"), shown_column(table, "状態"), strict=True))


def warnings_said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def warning(_parent: object, _title: str, text: str, *_a: object) -> object:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return said


def test_participants_are_ticked_present_at_the_door(
    window: MainWindow, qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.events
    show_tab(qtbot, window, tab)
    click_row(qtbot, tab.sessions, 0)
    settle(qtbot, window)
    session_id = tab.sessions.current().id
    for name, kana in PEOPLE:
        on_another_pc(
            demo_path,
            participant_ops.add_participant,
            participant_ops.ParticipantInput(session_id, name, kana=kana, organization="秩父市"),
        )
    refresh(window)
    settle(qtbot, window)
    table = tab.participants
    assert shown_column(table, "氏名") == ["青木 一郎", "上田 三郎", "渡辺 花子"]
    assert shown_column(table, "No.") == ["1", "2", "3"]

    # Ctrl+A, then 出席にする: everyone present in one save.
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(table.selected_rows()) == 3
    tab.attend_button.click()
    settle(qtbot, window)
    assert set(statuses(window).values()) == {"参加"}
    assert "3名を出席にしました。" in window.statusBar().currentMessage()

    # Shift+Space on two rows (the second Shift+clicked): their 出席 taken back.
    click_row(qtbot, table, 0)
    click_row(qtbot, table, 1, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(table, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, window)
    assert statuses(window) == {"青木 一郎": "申込", "上田 三郎": "申込", "渡辺 花子": "参加"}

    # Space ticks the row and moves down the list, as the eye goes down the printed one.
    click_row(qtbot, table, 0)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    settle(qtbot, window)
    assert statuses(window)["青木 一郎"] == "参加"
    assert table.current().name == "上田 三郎"

    # The 受付簿's order leaves out who cancelled, and keeps the printed No.
    aoki = next(r for r in table.shown_rows() if r.name == "青木 一郎")
    on_another_pc(demo_path, participant_ops.set_status, aoki.id, aoki.version, "cancelled")
    refresh(window)
    settle(qtbot, window)
    tab.reception_order_check.click()
    assert shown_column(table, "氏名") == ["上田 三郎", "渡辺 花子"]
    assert shown_column(table, "No.") == ["1", "2"]

    # Changed on another PC since it was shown: refused in one line, nothing written.
    ueda = table.shown_rows()[0]
    on_another_pc(demo_path, participant_ops.set_status, ueda.id, ueda.version, "absent")
    said = warnings_said(monkeypatch)
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    tab.attend_button.click()
    settle(qtbot, window)
    assert len(said) == 1 and "\n" not in said[0]
    assert "上田 三郎さんの申込は読み込んだ後に別の操作で変更されています" in said[0]
    stored = {
        p.name: p.status for p in read(demo_path, participant_ops.list_participants, session_id)
    }
    assert stored == {"青木 一郎": "cancelled", "上田 三郎": "absent", "渡辺 花子": "attended"}


def test_f1_lists_the_keys_of_the_door(window: MainWindow, qtbot: QtBot) -> None:
    dialog = press_f1(qtbot, window)
    text = dialog.text.toPlainText()
    assert "選んだ参加者を出席にする（イベント）" in text and "Shift+Space" in text
    dialog.reject()
