"""Every record the window shows can be corrected and removed where a user expects it: a
participant edited in place, councils made, renamed and deleted from the 協議会 tab, a series
deleted with its sessions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from db.engine import open_database
from desktop.ops import councils as council_ops
from desktop.ops import events as event_ops
from desktop.ops import participants as participant_ops
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    answering_questions,
    choose,
    click_row,
    escape,
    fill,
    open_dialog,
    read,
    refresh,
    save,
    settle,
    show_tab,
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
    window: MainWindow, qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.events
    show_tab(qtbot, window, tab)
    click_row(qtbot, tab.sessions, 1)
    settle(qtbot, window)
    session_id = tab.sessions.current().id
    add_participants(demo_path, session_id, "青木 一郎", "井上 二郎")
    refresh(window)
    settle(qtbot, window)
    names = shown_column(tab.participants, "氏名")
    assert sorted(names) == ["井上 二郎", "青木 一郎"]
    click_row(qtbot, tab.participants, names.index("井上 二郎"))
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
    asked = answering_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    escape(qtbot, dialog)  # the user gives up the change, saying so when asked
    assert asked == ["入力した内容を保存せずに閉じますか？"] and not dialog.isVisible()


def test_councils_are_made_renamed_and_deleted_from_the_councils_tab(
    window: MainWindow, qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.councils
    show_tab(qtbot, window, tab)
    choose(qtbot, tab.view_box, "会議・協議会")
    settle(qtbot, window)
    assert tab.new_council_button.isVisible() and not tab.add_project_button.isVisible()

    tab.new_council_button.click()
    dialog = open_dialog(window)
    fill(qtbot, dialog, name="近未来技術検討会", kind="board")
    save(dialog)
    settle(qtbot, window)
    assert dialog.isVisible() and "幹事会の上位会議" in dialog.error_label.text()
    liaison = next(
        c for c in read(demo_path, council_ops.list_councils) if c.name.endswith("連絡会議")
    )
    fill(qtbot, dialog, kind="other", parent_id=str(liaison.id))
    save(dialog)
    settle(qtbot, window)
    assert not dialog.isVisible(), dialog.error_label.text()
    made = tab.councils.current()
    assert made.name == "近未来技術検討会" and made.parent == liaison.name
    assert "近未来技術検討会" in tab.roster.title.text()

    tab.edit_council_button.click()
    dialog = open_dialog(window)
    assert dialog.values()["parent_id"] == str(liaison.id)
    fill(qtbot, dialog, name="近未来技術 検討会（第2期）", parent_id="")
    save(dialog)
    settle(qtbot, window)
    assert not dialog.isVisible(), dialog.error_label.text()
    assert "近未来技術 検討会（第2期）" in shown_column(tab.councils, "会議名")
    assert "近未来技術検討会" not in shown_column(tab.councils, "会議名")
    assert tab.councils.current().parent == ""

    # A council with members says how many go with it.
    board = next(c for c in tab.councils.source.rows() if c.kind == "board")
    click_row(qtbot, tab.councils, shown_column(tab.councils, "会議名").index(board.name))
    settle(qtbot, window)
    asked = answering_questions(monkeypatch, QMessageBox.StandardButton.No)
    tab.delete_council_button.click()
    settle(qtbot, window)
    assert f"会議「{board.name}」と委員2名" in asked[0]
    assert board.name in shown_column(tab.councils, "会議名")
    answering_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    tab.delete_council_button.click()
    settle(qtbot, window)
    names = [c.name for c in read(demo_path, council_ops.list_councils)]
    assert board.name not in names and board.name not in shown_column(tab.councils, "会議名")


def test_the_member_form_keeps_the_term_kana_and_contact(
    window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    tab = window.councils
    show_tab(qtbot, window, tab)
    choose(qtbot, tab.view_box, "会議・協議会")
    settle(qtbot, window)
    click_row(qtbot, tab.councils, 0)
    settle(qtbot, window)
    council_id = tab.councils.current().id
    tab.roster.add_button.click()
    dialog = open_dialog(window)
    fill(
        qtbot,
        dialog,
        post="内閣府地方創生推進事務局審議官",
        name="山田 太郎",
        kana="やまだ たろう",
        term_start="令和9年4月1日",
        term_end="令和8年3月31日",
        email="yamada@example.jp",
        phone="03-1234-5678",
    )
    save(dialog)
    settle(qtbot, window)
    assert dialog.isVisible() and "任期の終わりが初日より前" in dialog.error_label.text()
    fill(qtbot, dialog, term_end="令和11年3月31日")
    save(dialog)
    settle(qtbot, window)
    assert not dialog.isVisible(), dialog.error_label.text()
    stored = next(
        m for m in read(demo_path, council_ops.list_members, council_id) if m.name == "山田 太郎"
    )
    assert (stored.kana, stored.email, stored.phone) == (
        "やまだ たろう",
        "yamada@example.jp",
        "03-1234-5678",
    )
    # Listed with those out of their term: shown whatever day the test runs on.
    tab.roster.history_check.click()
    settle(qtbot, window)
    row = shown_column(tab.roster.members, "氏名").index("山田 太郎")
    assert shown_column(tab.roster.members, "任期")[row] == "令和9年4月1日～令和11年3月31日"
    click_row(qtbot, tab.roster.members, row)

    tab.roster.edit_button.click()
    dialog = open_dialog(window)
    values = dialog.values()
    assert (values["term_start"], values["email"], values["phone"]) == (
        "令和9年4月1日",
        "yamada@example.jp",
        "03-1234-5678",
    )
    dialog.reject()


def test_a_series_is_deleted_with_its_sessions_after_asking(
    window: MainWindow, qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.events
    show_tab(qtbot, window, tab)
    settle(qtbot, window)
    series = tab.series.current()
    session_id = tab.sessions.source.rows()[0].id
    add_participants(demo_path, session_id, "青木 一郎")
    refresh(window)
    settle(qtbot, window)
    assert tab.delete_series_button.isEnabled()

    asked = answering_questions(monkeypatch, QMessageBox.StandardButton.No)
    tab.delete_series_button.click()
    settle(qtbot, window)
    assert f"行事「{series.name}」と、その{series.session_count}回分の開催・参加者1名" in asked[0]
    assert series.name in shown_column(tab.series, "行事名")

    answering_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    tab.delete_series_button.click()
    settle(qtbot, window)
    assert series.name not in shown_column(tab.series, "行事名")
    assert series.name not in [s.name for s in read(demo_path, event_ops.list_series)]
    assert read(demo_path, event_ops.list_sessions, series.id) == []
    # The next series is selected, with its own sessions.
    assert tab.series.current() is not None
    assert tab.sessions.source.rows() == read(
        demo_path, event_ops.list_sessions, tab.series.current().id
    )
