"""The window's save dialogs refuse the open database (and its backups) as the CLI does: a message,
nothing written (issue 13: 1)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui.dialogs.audit_log import AuditLogDialog
from desktop.ui.dialogs.sheet_preview import SheetPreviewDialog
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    choose_council,
    context_menu_item,
    menu_action,
    press,
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


XLSX = "表示中の表を Excel に書き出す…"
CSV = "表示中の表を CSV に書き出す…"


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
    menu_action(window, "ファイル(&F)", "テンプレートを保存…").trigger()
    settle(qtbot, window)
    # File ▸ 書き出し（JSON）
    menu_action(window, "ファイル(&F)", "書き出し（JSON）…").trigger()
    settle(qtbot, window)
    # The right-click export of a table
    context_menu_item(qtbot, window.registrations.table, XLSX)
    # Ctrl+P, then the preview's buttons
    choose_council(qtbot, window)
    menu_action(window, "ファイル(&F)", "印刷プレビュー(&P)…").trigger()
    settle(qtbot, window)
    (preview,) = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, SheetPreviewDialog) and w.isVisible()
    ]
    preview.pdf_button.click()
    preview.xlsx_button.click()
    press(preview, "閉じる")
    # 編集 ▸ 変更履歴: its table's export
    menu_action(window, "編集(&E)", "変更履歴（すべて）(&H)…").trigger()
    settle(qtbot, window)
    dialog = window.audit_log_dialog
    assert isinstance(dialog, AuditLogDialog)
    context_menu_item(qtbot, dialog.table, CSV)
    press(dialog, "閉じる")

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
    menu_action(window, "ファイル(&F)", "バックアップを作成(&B)").trigger()  # Ctrl+B
    settle(qtbot, window)
    kept = sorted((tmp_path / "backups").iterdir())[-1]
    before = digest(kept)
    choose_in_save_dialog(monkeypatch, kept)
    context_menu_item(qtbot, window.registrations.table, XLSX)
    assert len(warnings) == 1 and "バックアップ" in warnings[0]
    assert digest(kept) == before

    good = tmp_path / "団体.xlsx"
    choose_in_save_dialog(monkeypatch, good)
    context_menu_item(qtbot, window.registrations.table, XLSX)
    assert good.stat().st_size > 1000 and len(warnings) == 1
