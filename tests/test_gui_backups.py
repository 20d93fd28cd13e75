"""ファイル ▸ バックアップ / 復元, as a user would use it: the list with dates, a backup now, a
restore of a chosen backup, and the settings for how many to keep."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import delete, select

from db.engine import open_database
from db.models import Organization
from desktop import settings
from desktop.ui.main_window import MainWindow
from tests.gui_support import settle, window  # noqa: F401  (a fixture)
from tests.test_gui_workflows import shown_rows


def names_in_registrations(window: MainWindow) -> set[str]:
    return {row.name for row in shown_rows(window.registrations.table)}


def test_take_a_backup_and_restore_it_from_the_list(
    window: MainWindow, qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_backups()
    settle(qtbot, window)
    dialog = window.backups_dialog
    assert dialog is not None and dialog.isVisible()
    # Opening the window took the scheduled backup (none was there yet).
    assert [b.reason for b in shown_rows(dialog.table)] == ["scheduled"]
    assert dialog.table.model().index(0, 1).data() == "定期"
    dialog.take_button.click()
    settle(qtbot, window)
    manual = shown_rows(dialog.table)[0]
    assert manual.reason == "manual" and len(shown_rows(dialog.table)) == 2
    assert str(demo_path.parent / "backups") in dialog.folder_label.text()

    other_pc = open_database(str(demo_path))  # a colleague deletes an organization
    try:
        with other_pc.transaction() as session:
            chichibu = session.scalars(select(Organization).where(Organization.name == "秩父市"))
            session.execute(delete(Organization).where(Organization.id == chichibu.one().id))
    finally:
        other_pc.close()
    window.refresh_all()
    settle(qtbot, window)
    assert "秩父市" not in names_in_registrations(window)

    asked: list[Any] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Ok
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: asked.append(a))
    dialog.table.selectRow(0)
    dialog.restore_button.click()
    settle(qtbot, window)
    assert "置き換えます" in asked[0][2] and "戻しました" in asked[1][2]
    assert "秩父市" in names_in_registrations(window)
    assert [b.reason for b in shown_rows(dialog.table)] == ["before-restore", "manual", "scheduled"]


def test_how_many_backups_are_kept_is_a_setting(window: MainWindow, qtbot: QtBot) -> None:
    window.show_backups()
    settle(qtbot, window)
    dialog = window.backups_dialog
    assert dialog is not None
    dialog.keep.setValue(2)
    dialog.every.setValue(0)
    assert (settings.backup_keep(), settings.backup_every_hours()) == (2, 0)
    assert dialog.every.text() == "しない"
    for _ in range(3):
        dialog.take_button.click()
        settle(qtbot, window)
    # two of each kind: the scheduled one taken at start stays beside the manual ones
    assert [b.reason for b in shown_rows(dialog.table)] == ["manual", "manual", "scheduled"]
