"""Ctrl+P on a record holding a character no font of the PC has: the preview says which."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db import models
from db.engine import open_database
from desktop.ui.main_window import MainWindow
from desktop.ui.sheet_preview import SheetPreviewDialog
from tests.gui_support import settle, window  # noqa: F401  (a fixture)

GAIJI = "\ue000"  # a private-use 外字 of an old system: no font has it


def test_the_preview_names_the_record_with_a_character_that_cannot_print(
    window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    db = open_database(str(demo_path))
    try:
        with db.transaction() as session:
            council = session.scalars(select(models.Council).order_by(models.Council.id)).first()
            assert council is not None
            member = min(council.memberships, key=lambda m: m.id)
            member.post = f"内閣府{GAIJI}局長\x07"
    finally:
        db.close()
    window.refresh_all()
    window.tabs.setCurrentIndex(1)
    window.councils.view_box.setCurrentIndex(1)
    settle(qtbot, window)
    window.councils.councils.selectRow(0)
    settle(qtbot, window)
    (print_action,) = [
        a
        for a in window.findChildren(QAction)
        if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    ]
    print_action.trigger()  # Ctrl+P
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, SheetPreviewDialog) and w.isVisible()
            for w in QApplication.topLevelWidgets()
        ),
        timeout=30_000,
    )
    (preview,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, SheetPreviewDialog)]
    said = "\n".join(label.text() for label in preview.findChildren(QLabel))
    assert "印刷できない文字" in said and "U+E000" in said
    assert f"内閣府{GAIJI}局長" in said  # the record, by its words
    assert "〓" in said and "フォント" in said
    preview.reject()
