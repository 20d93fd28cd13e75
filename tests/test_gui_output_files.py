"""The window's save dialogs refuse the open database (and its backups) as the CLI does: a message,
nothing written (issue 13: 1)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui.dialogs.audit_log import AuditLogDialog
from desktop.ui.dialogs.sheet_preview import SheetPreviewDialog
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    settle,
    window,  # noqa: F401  (a fixture)
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the warning boxes shown (a modal box would wait for a click)."""
    shown: list[str] = []

    def warn(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warn)
    return shown


def choose_in_save_dialog(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))


def menu_action(window: MainWindow, text: str) -> QAction:
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu is not None else []:
            if text in action.text():
                return action
    raise AssertionError(f"no menu item {text}")


def test_every_save_dialog_refuses_the_database(
    window: MainWindow,
    qtbot: QtBot,
    demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    before = digest(demo_path)
    choose_in_save_dialog(monkeypatch, demo_path)

    # File ▸ テンプレートを保存
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("専門家用", True))
    menu_action(window, "テンプレートを保存").trigger()
    settle(qtbot, window)
    # File ▸ 書き出し（JSON）
    menu_action(window, "書き出し（JSON）").trigger()
    settle(qtbot, window)
    # The right-click export of a table
    assert window.registrations.table.export("xlsx") is None
    # Ctrl+P, then the preview's buttons
    window.tabs.setCurrentIndex(1)
    window.councils.view_box.setCurrentIndex(1)
    settle(qtbot, window)
    window.councils.councils.selectRow(0)
    settle(qtbot, window)
    window.preview_sheet()
    settle(qtbot, window)
    (preview,) = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, SheetPreviewDialog) and w.isVisible()
    ]
    preview.pdf_button.click()
    preview.xlsx_button.click()
    preview.reject()
    # 編集 ▸ 変更履歴: its table's export
    window.show_audit_log()
    settle(qtbot, window)
    dialog = window.audit_log_dialog
    assert isinstance(dialog, AuditLogDialog)
    assert dialog.table.export("csv") is None
    dialog.reject()

    assert len(warnings) == 6, warnings
    assert all("データベース" in text and "\n" not in text for text in warnings), warnings
    assert digest(demo_path) == before


def test_the_backups_folder_is_refused_and_a_good_target_written(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    window.make_backup()
    settle(qtbot, window)
    kept = sorted((tmp_path / "backups").iterdir())[-1]
    before = digest(kept)
    choose_in_save_dialog(monkeypatch, kept)
    assert window.registrations.table.export("xlsx") is None
    assert len(warnings) == 1 and "バックアップ" in warnings[0]
    assert digest(kept) == before

    good = tmp_path / "団体.xlsx"
    choose_in_save_dialog(monkeypatch, good)
    assert window.registrations.table.export("xlsx") == good
    assert good.stat().st_size > 1000 and len(warnings) == 1
