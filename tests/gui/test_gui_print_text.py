"""Ctrl+P on a record holding a character no font of the PC has: the preview says which."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db import models
from db.engine import open_database
from desktop.ui.dialogs.sheet_preview import SheetPreviewDialog
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    choose_council,
    press,
    refresh,
    window,  # noqa: F401  (a fixture)
)
from tests.helpers.sheet_support import written_by_an_older_version

GAIJI = "\ue000"  # a private-use 外字 of an old system: no font has it


def change_first_council(demo_path: Path, change: Callable[[models.Council], None]) -> None:
    db = open_database(str(demo_path))
    try:
        with written_by_an_older_version(), db.transaction() as session:
            council = session.scalars(select(models.Council).order_by(models.Council.id)).first()
            assert council is not None
            change(council)
    finally:
        db.close()


def preview_first_council(window: MainWindow, qtbot: QtBot) -> SheetPreviewDialog:
    """The council list's print preview, opened by Ctrl+P (its menu action)."""
    refresh(window)
    choose_council(qtbot, window)
    (print_action,) = [
        a
        for a in window.findChildren(QAction)
        if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    ]
    print_action.trigger()
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, SheetPreviewDialog) and w.isVisible()
            for w in QApplication.topLevelWidgets()
        ),
        timeout=30_000,
    )
    (preview,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, SheetPreviewDialog)]
    return preview


def test_the_preview_names_the_record_with_a_character_that_cannot_print(
    window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    def gaiji_in_a_post(council: models.Council) -> None:
        member = min(council.memberships, key=lambda m: m.id)
        member.post = f"内閣府{GAIJI}局長\x07"

    change_first_council(demo_path, gaiji_in_a_post)
    preview = preview_first_council(window, qtbot)
    said = "\n".join(label.text() for label in preview.findChildren(QLabel))
    assert "印刷できない文字" in said and "U+E000" in said
    assert f"内閣府{GAIJI}局長" in said  # the record, by its words
    assert "〓" in said and "フォント" in said
    press(preview, "閉じる")


def test_a_council_with_a_very_long_name_previews_and_saves(
    window: MainWindow, qtbot: QtBot, demo_path: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    long_name = "地域/未来:技術*実装?" * 200 + "会議"  # 2,000 characters a file name cannot hold

    def rename(council: models.Council) -> None:
        council.name = long_name

    change_first_council(demo_path, rename)
    preview = preview_first_council(window, qtbot)
    assert len(preview.page_labels) >= 2  # the title alone fills pages
    offered: list[str] = []

    def save_as(parent: Any, caption: str, name: str, filters: str) -> tuple[str, str]:
        offered.append(name)
        return str(tmp_path / name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    preview.pdf_button.click()
    (name,) = offered
    assert name.startswith("地域_未来_技術_実装_") and name.endswith(".pdf") and len(name) <= 84
    assert (tmp_path / name).read_bytes() == preview.preview.pdf
    press(preview, "閉じる")
