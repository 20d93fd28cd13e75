"""ファイル ▸ バックアップ / 復元: choosing the folder backups go to (a USB drive, a share),
remembered for the next start, and what the dialog says while that folder is read-only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from db import backup
from desktop import settings
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    menu_action,
    open_window,
    settle,
    shown_rows,
    window,  # noqa: F401  (a fixture)
)


@pytest.fixture
def usb(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "usb"
    folder.mkdir()
    yield folder
    folder.chmod(0o755)
    backup.use_folder(None)


def open_backups(window: MainWindow, qtbot: QtBot) -> None:
    menu_action(window, "ファイル(&F)", "バックアップ / 復元…").trigger()
    settle(qtbot, window)


def test_the_chosen_folder_takes_the_backups_and_is_remembered(
    window: MainWindow,
    qtbot: QtBot,
    demo_path: Path,
    usb: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    open_backups(window, qtbot)
    dialog = window.backups_dialog
    assert dialog is not None
    assert not dialog.usual_folder_button.isEnabled()  # nothing chosen yet
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(usb))
    dialog.choose_folder_button.click()
    settle(qtbot, window)
    assert str(usb) in dialog.folder_label.text() and dialog.problem_label.isHidden()
    assert settings.get(settings.BACKUP_FOLDER) == usb

    dialog.take_button.click()
    settle(qtbot, window)
    listed = shown_rows(dialog.table)
    assert [b.reason for b in listed] == ["manual", "scheduled"]  # the one from the start too
    assert listed[0].path.parent == usb

    usb.chmod(0o555)  # the share became read-only
    dialog.take_button.click()
    settle(qtbot, window)
    assert dialog.problem_label.isVisible()
    assert "読み取り専用" in dialog.problem_label.text()
    assert str(demo_path.parent / "backups") in dialog.folder_label.text()
    assert shown_rows(dialog.table)[0].path.parent == demo_path.parent / "backups"
    assert len(shown_rows(dialog.table)) == 3
    usb.chmod(0o755)
    dialog.reject()
    window.close()

    backup.use_folder(None)  # a new start reads the folder from the settings
    with open_window(qtbot, str(demo_path)) as again:
        open_backups(again, qtbot)
        reopened = again.backups_dialog
        assert reopened is not None
        assert str(usb) in reopened.folder_label.text()
        reopened.usual_folder_button.click()
        settle(qtbot, again)
        assert settings.get(settings.BACKUP_FOLDER) is None
        assert str(demo_path.parent / "backups") in reopened.folder_label.text()
        # beside the database: the one taken at the first start and the one while read-only
        assert all(
            b.path.parent == demo_path.parent / "backups" for b in shown_rows(reopened.table)
        )
        assert len(shown_rows(reopened.table)) == 2


def test_a_backup_made_while_the_chosen_drive_is_gone_says_where_it_went(
    window: MainWindow,
    qtbot: QtBot,
    demo_path: Path,
    usb: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """バックアップを作成 (Ctrl+B) with the USB drive pulled out: the backup goes beside the database, and the
    status bar says so (not only the backup dialog, which the user may never open)."""
    open_backups(window, qtbot)
    dialog = window.backups_dialog
    assert dialog is not None
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(usb))
    dialog.choose_folder_button.click()
    settle(qtbot, window)
    dialog.reject()
    usb.rmdir()  # the drive pulled out

    menu_action(window, "ファイル(&F)", "バックアップを作成(&B)").trigger()
    settle(qtbot, window)
    message = window.statusBar().currentMessage()
    assert "バックアップを作成しました" in message
    assert str(demo_path.parent / "backups") in message
    assert f"「{usb}」がありません" in message and "代わりに" in message
    usb.mkdir()  # for the fixture's tidying
