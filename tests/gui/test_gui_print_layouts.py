"""ファイル ▸ 印刷する集計表 previews the sheets that are not tables: a council's address labels
for the council the 協議会 tab selects, and the invitation letters of the session the イベント tab selects."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from db.engine import open_database
from desktop.ops import events as event_ops
from desktop.ops import participants as participant_ops
from desktop.ui.dialogs.sheet_preview import SheetPreviewDialog
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    choose_council,
    click_row,
    open_window,
    press,
    settle,
    show_tab,
    shown_rows,
)

FY2021 = "令和3年度 未来技術実装ミニシンポジウム"


def trigger(window: MainWindow, label: str) -> None:
    """The sheet's item of ファイル ▸ 印刷する集計表, as the user picks it."""
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    (sheets,) = [a.menu() for a in file_menu.actions() if a.text() == "印刷する集計表(&T)"]
    assert isinstance(sheets, QMenu)
    (action,) = [a for a in sheets.actions() if a.text() == f"{label}…"]
    action.trigger()


def shown(kind: type) -> list[object]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def the_preview(qtbot: QtBot, window: MainWindow) -> SheetPreviewDialog:
    qtbot.waitUntil(lambda: bool(shown(SheetPreviewDialog)), timeout=60_000)
    settle(qtbot, window)
    (preview,) = shown(SheetPreviewDialog)
    assert isinstance(preview, SheetPreviewDialog)
    return preview


def test_address_labels_of_the_selected_council(qtbot: QtBot, demo_path: Path) -> None:
    with open_window(qtbot, str(demo_path)) as window:
        choose_council(qtbot, window)
        council = window.councils.councils.current()
        assert council is not None
        trigger(window, "宛名ラベル（会議の構成員）")
        preview = the_preview(qtbot, window)
        assert f"{council.name} 宛名ラベル" in preview.windowTitle()
        assert len(preview.page_labels) >= 1
        press(preview, "閉じる")


def test_invitation_letters_one_a_page_for_the_session_chosen(
    qtbot: QtBot, demo_path: Path
) -> None:
    database = open_database(str(demo_path))
    try:
        with database.transaction() as session:
            (series,) = [s for s in event_ops.list_series(session) if s.name == FY2021]
            first = event_ops.list_sessions(session, series.id)[0]
            for name in ("渡辺 健", "青木 花子", "加藤 一郎"):
                participant_ops.add_participant(
                    session, participant_ops.ParticipantInput(first.id, name)
                )
    finally:
        database.close()
    with open_window(qtbot, str(demo_path)) as window:
        events = window.events  # the event, on the イベント tab; then its first session
        show_tab(qtbot, window, events)
        click_row(qtbot, events.series, [s.name for s in shown_rows(events.series)].index(FY2021))
        settle(qtbot, window)
        click_row(qtbot, events.sessions, 0)
        trigger(window, "開催のご案内（参加者への手紙）")
        preview = the_preview(qtbot, window)
        assert f"{FY2021} 第1回 開催のご案内" in preview.windowTitle()
        assert len(preview.page_labels) == 3  # a letter to each participant
        press(preview, "閉じる")
