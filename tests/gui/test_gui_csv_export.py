"""ファイル ▸ CSVに書き出す…: the tables written into the folder chosen, as UTF-8 with a BOM
(Excel's way) or as Shift_JIS (CP932), the records whose characters CP932 cannot hold named to
the user."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from db.engine import open_database
from db.models import Person
from desktop.ui.dialogs.csv_export import CsvExportDialog
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    menu_action,
    press,
    settle,
    window,  # noqa: F401  (a fixture)
)
from tests.helpers.previews import keep_picture


def export_to(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, folder: Path, choice: str
) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    menu_action(window, "ファイル(&F)", "CSVに書き出す…").trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), CsvExportDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, CsvExportDialog)
    (button,) = [b for b in dialog.buttons.values() if b.text().startswith(choice)]
    button.click()
    keep_picture(dialog, "11-csv-export")
    press(dialog, "フォルダを選んで書き出す…")


def test_tables_are_written_for_excel_with_a_bom(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "csv"
    folder.mkdir()
    export_to(window, qtbot, monkeypatch, folder, "UTF-8")
    qtbot.waitUntil(lambda: "CSV を書き出しました" in window.statusBar().currentMessage())
    written = sorted(p.name for p in folder.iterdir())
    assert "団体.csv" in written and len(written) == 5
    content = (folder / "団体.csv").read_bytes()
    assert content.startswith(b"\xef\xbb\xbf")
    assert "団体名" in content.decode("utf-8-sig").splitlines()[0]


def test_characters_shift_jis_cannot_hold_are_named_to_the_user(
    window: MainWindow,
    qtbot: QtBot,
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = open_database(str(demo_path))
    try:
        with db.transaction() as session:
            session.add(Person(name="𠮷田 太郎", kana="よしだ たろう"))
    finally:
        db.close()
    folder = tmp_path / "csv"
    folder.mkdir()
    export_to(window, qtbot, monkeypatch, folder, "Shift_JIS")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    warning = QApplication.activeModalWidget()
    assert isinstance(warning, QMessageBox)
    assert "「〓」" in warning.text()
    assert "𠮷田 太郎" in warning.detailedText()  # the record named, with the character
    assert "「𠮷」" in warning.detailedText()
    warning.accept()
    settle(qtbot, window)
    people = (folder / "担当者.csv").read_bytes().decode("cp932")
    assert "〓田 太郎" in people
