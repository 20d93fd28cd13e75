"""Every record the window shows can be corrected and removed where a user expects it: a
participant edited in place, councils made, renamed and deleted from the 協議会 tab, a series
deleted with its sessions."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from db.engine import open_database
from desktop.ops import participants as participant_ops
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    fill,
    open_dialog,
    read,
    refresh,
    save,
    settle,
    shown_column,
    window,  # noqa: F401  (a fixture)
)


def add_participants(demo_path: Path, session_id: int, *names: str) -> None:
    """Applications entered on another PC (the window shows them after F5)."""
    db = open_database(str(demo_path))
    try:
        for name in names:
            with db.transaction() as session:
                participant_ops.add_participant(
                    session,
                    participant_ops.ParticipantInput(session_id, name, organization="秩父市"),
                )
    finally:
        db.close()


def test_a_participant_is_corrected_from_the_events_tab(
    window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    tab = window.events
    window.tabs.setCurrentWidget(tab)
    tab.sessions.selectRow(1)
    settle(qtbot, window)
    session_id = tab.sessions.current().id
    add_participants(demo_path, session_id, "青木 一郎", "井上 二郎")
    refresh(window)
    settle(qtbot, window)
    names = shown_column(tab.participants, "氏名")
    assert sorted(names) == ["井上 二郎", "青木 一郎"]
    tab.participants.selectRow(names.index("井上 二郎"))
    assert tab.edit_participant_button.isEnabled()

    tab.edit_participant_button.click()
    dialog = open_dialog(window)
    assert dialog.values()["name"] == "井上 二郎"
    assert dialog.values()["organization"] == "秩父市"
    fill(qtbot, dialog, name="井上 次郎", email="inoue@example.jp", attendance="venue")
    save(dialog)
    settle(qtbot, window)
    assert not dialog.isVisible(), dialog.error_label.text()
    names = shown_column(tab.participants, "氏名")
    assert sorted(names) == ["井上 次郎", "青木 一郎"]
    assert tab.participants.current().name == "井上 次郎"  # still the one selected
    assert shown_column(tab.participants, "参加形式")[names.index("井上 次郎")] == "会場"
    stored = {p.name: p for p in read(demo_path, participant_ops.list_participants, session_id)}
    assert stored["井上 次郎"].email == "inoue@example.jp"

    # A name cleared is refused beside the field, and nothing is stored.
    tab.edit_participant_button.click()
    dialog = open_dialog(window)
    fill(qtbot, dialog, name="")
    save(dialog)
    settle(qtbot, window)
    assert dialog.isVisible() and "氏名を入力してください" in dialog.error_label.text()
    dialog.reject()
