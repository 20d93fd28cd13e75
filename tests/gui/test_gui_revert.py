"""「この変更を元に戻す」 in a record's 変更履歴: the user is told what will change, and the old
values come back as a new change; a change later work depends on is refused in one sentence."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.helpers.gui_edits import first_organization, rename_selected_organization
from tests.helpers.gui_support import (
    answering_questions,
    click_row,
    menu_action,
    settle,
    shown_cells,
    window,  # noqa: F401  (a fixture)
)


def open_history(qtbot: QtBot, window: MainWindow) -> Any:
    window.registrations.history_button.click()
    settle(qtbot, window)
    history = window.registrations.history_dialog
    assert history is not None and history.isVisible()
    return history


def test_a_rename_is_put_back_from_the_history(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = first_organization(qtbot, window)
    old_name = tab.table.current().name
    rename_selected_organization(qtbot, window, "元に戻す商事")
    history = open_history(qtbot, window)
    click_row(qtbot, history.table, 0)  # the newest change
    assert history.revert_button.isEnabled()
    asked = answering_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    history.revert_button.click()
    settle(qtbot, window)
    assert f"団体名: 元に戻す商事 → {old_name}" in asked[0]
    assert tab.table.current().name == old_name  # the tab follows the change
    newest = shown_cells(history.table, 0)
    assert (newest["操作"], newest["内容"]) == ("変更", f"団体名: 元に戻す商事 → {old_name}")
    history.reject()


def test_a_change_a_later_change_depends_on_is_refused(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = first_organization(qtbot, window)
    rename_selected_organization(qtbot, window, "一度目商事")
    rename_selected_organization(qtbot, window, "二度目商事")
    history = open_history(qtbot, window)
    click_row(qtbot, history.table, 1)  # the first rename, older than the second
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: refused.append(text))
    history.revert_button.click()
    settle(qtbot, window)
    assert refused == [
        "団体「二度目商事」の団体名はその後"
        + refused[0].split("団体名はその後")[1]  # when, and who: this user
    ]
    assert "元に戻せません（新しい変更から順に戻してください）。" in refused[0]
    assert tab.table.current().name == "二度目商事"
    history.reject()


def test_the_whole_log_offers_it_too(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = first_organization(qtbot, window)
    old_name = tab.table.current().name
    rename_selected_organization(qtbot, window, "全体から戻す商事")
    menu_action(window, "編集(&E)", "変更履歴（すべて）(&H)…").trigger()
    settle(qtbot, window)
    log = window.audit_log_dialog
    assert log is not None
    click_row(qtbot, log.table, 0)
    asked = answering_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    log.revert_button.click()
    settle(qtbot, window)
    assert f"団体名: 全体から戻す商事 → {old_name}" in asked[0]
    assert tab.table.current().name == old_name
    assert shown_cells(log.table, 0)["内容"] == f"団体名: 全体から戻す商事 → {old_name}"
    log.reject()
