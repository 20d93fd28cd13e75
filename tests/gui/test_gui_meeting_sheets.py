"""The sheets of the meeting selected on the 会議・出欠 page: Ctrl+P prints its 受付簿, and the
print menu's meeting sheets take that meeting, not the next one; its invitees' addresses are
copied from the list's right-click menu."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from db.engine import open_database
from desktop.ops import meetings as meeting_ops
from desktop.ops.councils import CouncilInput, MemberInput, save_council, save_member
from desktop.ui.dialogs.sheet_preview import SheetPreviewDialog
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    choose_council,
    click_row,
    context_menu_item,
    press,
    refresh,
    settle,
    window,  # noqa: F401  (a fixture)
)

COUNCIL = "地域交通検討会"


def council_with_two_meetings(demo_path: Path) -> None:
    db = open_database(str(demo_path))
    try:
        with db.transaction() as session:
            council_id = save_council(session, CouncilInput(COUNCIL, "other"))
            for role, name, email in (
                ("chair", "鈴木 花子", "suzuki@example.jp"),
                ("member", "佐藤 一郎", "sato@example.jp"),
            ):
                save_member(
                    session, MemberInput(council_id, role, post="委員", name=name, email=email)
                )
            for number, day in ((1, "令和8年5月11日"), (2, "令和8年9月14日")):
                meeting_ops.save_meeting(
                    session,
                    meeting_ops.MeetingInput(council_id, str(number), date=day, venue="本庁舎"),
                )
    finally:
        db.close()


def open_preview(window: MainWindow, qtbot: QtBot) -> SheetPreviewDialog:
    (action,) = [
        a
        for a in window.findChildren(QAction)
        if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    ]
    action.trigger()  # Ctrl+P
    settle(qtbot, window)
    (shown,) = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, SheetPreviewDialog) and w.isVisible()
    ]
    return shown


def pdf_text(pdf: bytes) -> str:
    document = pdfium.PdfDocument(pdf)
    try:
        return "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def test_ctrl_p_prints_the_reception_list_of_the_meeting_selected(
    window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    council_with_two_meetings(demo_path)
    refresh(window)
    settle(qtbot, window)
    choose_council(qtbot, window, COUNCIL)
    councils = window.councils
    councils.council_pages.setCurrentWidget(councils.meetings)  # the 会議・出欠 page
    panel = councils.meetings
    click_row(qtbot, panel.meetings, 0)  # 第1回, not the next one (第2回)
    settle(qtbot, window)

    preview = open_preview(window, qtbot)
    text = pdf_text(preview.preview.pdf)
    assert "第1回" in text and "第2回" not in text
    assert "鈴木" in text and "佐藤" in text
    press(preview, "閉じる")

    context_menu_item(qtbot, panel.invitees, "メールアドレスをコピー")
    assert QApplication.clipboard().text() == (
        "鈴木 花子 <suzuki@example.jp>; 佐藤 一郎 <sato@example.jp>"
    )
