"""編集 ▸ 元に戻す / やり直す (Ctrl+Z / Ctrl+Y): the user's own edits in this window, put back and
made again as new changes; refused, the stack kept, when someone else changed the record."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from db.engine import open_database
from desktop.ops import registrations
from desktop.ui.dialogs.import_review import ImportReviewDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.tabs.events import EventsTab
from tests.helpers.gui_edits import (
    click_first_row,
    first_organization,
    rename_selected_organization,
    save_form,
)
from tests.helpers.gui_support import (
    click_row,
    import_files,
    menu_action,
    settle,
    visible,
    window,  # noqa: F401  (a fixture)
)
from tests.helpers.import_files import messy_list
from tests.helpers.organizations import edit_organization

CTRL = Qt.KeyboardModifier.ControlModifier


def first_series(qtbot: QtBot, window: MainWindow) -> EventsTab:
    """The イベント tab shown, its first series clicked; the tab."""
    click_first_row(qtbot, window, window.events, window.events.series)
    return window.events


def key(qtbot: QtBot, window: MainWindow, letter: Qt.Key, modifiers: object = CTRL) -> None:
    window.activateWindow()  # back from the form the user closed
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, letter, modifiers)  # type: ignore[arg-type]
    settle(qtbot, window)


def test_an_edit_undone_and_redone_with_the_keys(window: MainWindow, qtbot: QtBot) -> None:
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    tab = first_organization(qtbot, window)
    old_name = tab.table.current().name
    rename_selected_organization(qtbot, window, "打ち間違い商事")
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "元に戻す(&U): 団体「打ち間違い商事」の編集"
    assert menu_action(window, "編集(&E)", window.undo_action.text()) is window.undo_action

    key(qtbot, window, Qt.Key.Key_Z)
    assert tab.table.current().name == old_name
    assert not window.undo_action.isEnabled()
    assert window.redo_action.text() == "やり直す(&Y): 団体「打ち間違い商事」の編集"

    key(qtbot, window, Qt.Key.Key_Y)
    assert tab.table.current().name == "打ち間違い商事"
    key(qtbot, window, Qt.Key.Key_Z)
    # The system's own redo key (Ctrl+Shift+Z) does the same as Ctrl+Y.
    key(qtbot, window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert tab.table.current().name == "打ち間違い商事"
    assert not window.redo_action.isEnabled()

    # Each undo and redo is in the record's history, as any other change.
    tab.history_button.click()
    settle(qtbot, window)
    history = tab.history_dialog
    assert history is not None
    assert history.table.proxy.rowCount() >= 5
    history.reject()


def test_a_session_added_is_removed_and_comes_back(window: MainWindow, qtbot: QtBot) -> None:
    events = first_series(qtbot, window)
    before = len(events.sessions.source.rows())
    events.add_session_button.click()
    save_form(qtbot, window, theme="取り消す回", date="2022/1/20")
    assert len(events.sessions.source.rows()) == before + 1
    assert "の追加" in window.undo_action.text()

    key(qtbot, window, Qt.Key.Key_Z)
    assert len(events.sessions.source.rows()) == before
    assert "取り消す回" not in [s.theme for s in events.sessions.source.rows()]
    key(qtbot, window, Qt.Key.Key_Y)
    assert "取り消す回" in [s.theme for s in events.sessions.source.rows()]


def test_an_undo_after_another_pc_changed_the_record_is_refused(
    window: MainWindow, qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = first_organization(qtbot, window)
    org_id = tab.table.current().id
    rename_selected_organization(qtbot, window, "自分の変更商事")
    undo_text = window.undo_action.text()

    other_pc = open_database(str(demo_path))  # a second connection to the same database
    try:
        edit_organization(other_pc, org_id, phone="03-9999-0000")
    finally:
        other_pc.close()

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))
    key(qtbot, window, Qt.Key.Key_Z)
    assert len(said) == 1 and "\n" not in said[0]
    assert said[0].startswith("団体「自分の変更商事」はその後")
    assert said[0].endswith("さんが変更したため、元に戻せません。")
    # Nothing was put back, and the undo is still offered as it was.
    with open_database(str(demo_path)).sessions() as session:
        assert registrations.get_organization(session, org_id).name == "自分の変更商事"
    assert window.undo_action.isEnabled() and window.undo_action.text() == undo_text


def test_a_deleted_session_comes_back_with_ctrl_z(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = first_series(qtbot, window)
    themes = [s.theme for s in events.sessions.source.rows()]
    click_row(qtbot, events.sessions, 0)
    gone = events.sessions.current().theme
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    events.sessions.setFocus()
    qtbot.keyClick(events.sessions, Qt.Key.Key_Delete)  # asks first: はい
    settle(qtbot, window)
    assert gone not in [s.theme for s in events.sessions.source.rows()]
    assert window.undo_action.text().endswith("の削除")

    key(qtbot, window, Qt.Key.Key_Z)
    assert sorted(s.theme for s in events.sessions.source.rows()) == sorted(themes)


def test_an_import_starts_the_stack_again(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first_organization(qtbot, window)
    rename_selected_organization(qtbot, window, "取り込み前商事")
    assert window.undo_action.isEnabled()

    import_files(window, monkeypatch, messy_list(tmp_path / "messy.xlsx"))
    settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    review.commit_button.click()
    settle(qtbot, window)
    # The import has its own undo (取り込み履歴・取り消し); Ctrl+Z does not reach past it.
    assert not window.undo_action.isEnabled()
    assert window.undo_action.text() == "元に戻す(&U)"
