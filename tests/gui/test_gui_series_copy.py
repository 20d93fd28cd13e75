"""次年度へ複製 from the イベント tab: the new year's dates shown before saving, the copy selected
after."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ops import events as event_ops
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    answering_questions,
    click_row,
    escape,
    fits_the_screen,
    press,
    read,
    settle,
    show_tab,
    shown_column,
    type_into,
    visible,
    window,  # noqa: F401  (a fixture)
)

R3 = "令和3年度 未来技術実装ミニシンポジウム"


def test_a_series_is_copied_to_the_next_year_with_its_dates_shown_first(
    window: MainWindow, qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.dialogs.series_copy import SeriesCopyDialog

    tab = window.events
    show_tab(qtbot, window, tab)
    click_row(qtbot, tab.series, shown_column(tab.series, "行事名").index(R3))
    settle(qtbot, window)
    assert tab.copy_series_button.isEnabled()

    tab.copy_series_button.click()
    settle(qtbot, window)
    (dialog,) = visible(SeriesCopyDialog)
    assert fits_the_screen(dialog)
    assert dialog.year_edit.text() == "令和4年度"
    assert dialog.name_edit.text() == "令和4年度 未来技術実装ミニシンポジウム"
    assert shown_column(dialog.sessions, "元の開催日")[0] == "令和3年10月1日（金）"
    assert shown_column(dialog.sessions, "新しい開催日") == [
        "令和4年9月30日（金）",
        "令和4年10月25日（火）",
        "令和4年12月15日（木）",
        "令和5年2月16日（木）",
    ]

    # Another year typed: the dates and the proposed name follow, as soon as the typing pauses
    # or Enter is pressed (which shows them, and does not save yet).
    type_into(qtbot, dialog.year_edit, "R6")
    qtbot.waitUntil(lambda: dialog.name_edit.text() == "令和6年度 未来技術実装ミニシンポジウム")
    type_into(qtbot, dialog.year_edit, "R5")
    qtbot.keyClick(dialog.year_edit, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert dialog.isVisible()
    assert dialog.name_edit.text() == "令和5年度 未来技術実装ミニシンポジウム"
    assert shown_column(dialog.sessions, "新しい開催日")[0] == "令和5年9月29日（金）"

    press(dialog, QDialogButtonBox.StandardButton.Save)
    settle(qtbot, window)
    assert not dialog.isVisible(), dialog.error_label.text()
    copied = tab.series.current()
    assert copied.name == "令和5年度 未来技術実装ミニシンポジウム" and copied.fiscal_year == 2023
    assert shown_column(tab.sessions, "開催日")[0] == "令和5年9月29日（金）"
    assert shown_column(tab.sessions, "参加者") == ["0"] * 4
    assert copied.name in [s.name for s in read(demo_path, event_ops.list_series)]

    # The same name again is refused in the dialog, which stays open with what was typed.
    click_row(qtbot, tab.series, shown_column(tab.series, "行事名").index(R3))
    settle(qtbot, window)
    tab.copy_series_button.click()
    settle(qtbot, window)
    (dialog,) = visible(SeriesCopyDialog)
    type_into(qtbot, dialog.year_edit, "R5")
    qtbot.waitUntil(lambda: dialog.name_edit.text() == "令和5年度 未来技術実装ミニシンポジウム")
    press(dialog, QDialogButtonBox.StandardButton.Save)
    settle(qtbot, window)
    assert dialog.isVisible()
    assert "すでにあります" in dialog.error_label.text()
    # Esc on what was typed asks first; キャンセル keeps the dialog and the name.
    asked = answering_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    escape(qtbot, dialog)
    assert asked == ["入力した内容を保存せずに閉じますか？"] and dialog.isVisible()
    assert dialog.year_edit.text() == "R5"
    answering_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    escape(qtbot, dialog)
    assert not dialog.isVisible()


def test_esc_closes_an_untouched_copy_dialog_without_asking(
    window: MainWindow, qtbot: QtBot
) -> None:
    from desktop.ui.dialogs.series_copy import SeriesCopyDialog

    tab = window.events
    show_tab(qtbot, window, tab)
    click_row(qtbot, tab.series, 0)
    settle(qtbot, window)
    tab.copy_series_button.click()
    settle(qtbot, window)
    (dialog,) = visible(SeriesCopyDialog)
    escape(qtbot, dialog)  # conftest fails the test on any question left unanswered
    assert not dialog.isVisible()
