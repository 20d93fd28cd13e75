"""ファイル ▸ バックアップ / 復元, as a user would use it: the list with dates, a backup now, a
restore of a chosen backup, and the settings for how many to keep."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.engine import open_database
from db.models import Organization
from desktop import settings
from desktop.ui.main_window import MainWindow
from tests.helpers.cli_support import secdesk
from tests.helpers.gui_support import (
    click_row,
    enter,
    fill,
    menu_action,
    open_dialog,
    read,
    refresh,
    save,
    settle,
    shown_rows,
    type_into,
    window,  # noqa: F401  (a fixture)
)


def names_in_registrations(window: MainWindow) -> set[str]:
    return {row.name for row in shown_rows(window.registrations.table)}


def test_take_a_backup_and_restore_it_from_the_list(
    window: MainWindow, qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    menu_action(window, "ファイル(&F)", "バックアップ / 復元…").trigger()
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
    refresh(window)
    settle(qtbot, window)
    assert "秩父市" not in names_in_registrations(window)

    asked: list[Any] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Ok
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: asked.append(a))
    click_row(qtbot, dialog.table, 0)
    dialog.restore_button.click()
    settle(qtbot, window)
    assert "置き換えます" in asked[0][2] and "戻しました" in asked[1][2]
    assert "秩父市" in names_in_registrations(window)
    assert [b.reason for b in shown_rows(dialog.table)] == ["before-restore", "manual", "scheduled"]


def test_how_many_backups_are_kept_is_a_setting(window: MainWindow, qtbot: QtBot) -> None:
    menu_action(window, "ファイル(&F)", "バックアップ / 復元…").trigger()
    settle(qtbot, window)
    dialog = window.backups_dialog
    assert dialog is not None
    enter(qtbot, dialog.keep, "2")
    enter(qtbot, dialog.every, "0")  # shown as しない
    assert (settings.get(settings.BACKUP_KEEP), settings.get(settings.BACKUP_EVERY_HOURS)) == (2, 0)
    assert dialog.every.text() == "しない"
    for _ in range(3):
        dialog.take_button.click()
        settle(qtbot, window)
    # two of each kind: the scheduled one taken at start stays beside the manual ones
    assert [b.reason for b in shown_rows(dialog.table)] == ["manual", "manual", "scheduled"]


def test_the_window_reloads_when_another_program_restores(
    window: MainWindow, qtbot: QtBot, demo_path: Path, tmp_path: Path
) -> None:
    """Another window (or `secdesk restore`) restores the database: this window shows the
    restored data, and a form it had open is not saved over it without a word."""
    saved = tmp_path / "saved.sqlite"
    assert secdesk("--db", demo_path, "backup", "-o", saved).returncode == 0
    tab = window.registrations
    type_into(qtbot, tab.search, "秩父市")
    click_row(qtbot, tab.table, 0)
    settle(qtbot, window)
    tab.edit_button.click()  # a form opened before the restore
    dialog = open_dialog(window)
    fill(qtbot, dialog, phone="0494-22-2211")

    other_pc = open_database(str(demo_path))  # meanwhile a colleague adds one
    try:
        with other_pc.transaction() as session:
            session.add(Organization(kind="company", name="株式会社 復元で消える"))
    finally:
        other_pc.close()
    done = secdesk("--db", demo_path, "restore", saved)
    assert done.returncode == 0, done.stderr
    type_into(qtbot, tab.search, "")
    qtbot.waitUntil(lambda: "復元されました" in window.statusBar().currentMessage(), timeout=30000)
    settle(qtbot, window)
    assert "株式会社 復元で消える" not in names_in_registrations(window)

    save(dialog)
    settle(qtbot, window)
    assert dialog.isVisible() and "復元されました" in dialog.error_label.text()
    assert read(demo_path, phone_of_chichibu) != "0494-22-2211"
    save(dialog)  # told, and still wanted: saved into the restored database
    settle(qtbot, window)
    assert not dialog.isVisible(), dialog.error_label.text()
    assert read(demo_path, phone_of_chichibu) == "0494-22-2211"


def test_a_form_opened_after_the_window_reloaded_saves_at_once(
    window: MainWindow, qtbot: QtBot, demo_path: Path, tmp_path: Path
) -> None:
    """The window has shown the restored data: a form opened from then on is the user's
    reading of the restored database, and saving it is not refused as loaded before."""
    saved = tmp_path / "saved.sqlite"
    assert secdesk("--db", demo_path, "backup", "-o", saved).returncode == 0
    done = secdesk("--db", demo_path, "restore", saved)  # another program restores
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: "復元されました" in window.statusBar().currentMessage(), timeout=30000)
    settle(qtbot, window)
    tab = window.registrations
    type_into(qtbot, tab.search, "秩父市")
    settle(qtbot, window)
    click_row(qtbot, tab.table, 0)
    settle(qtbot, window)
    assert tab.detail is not None and tab.detail.name == "秩父市"
    tab.edit_button.click()  # opened after the reload
    dialog = open_dialog(window)
    fill(qtbot, dialog, phone="0494-22-2211")
    save(dialog)
    settle(qtbot, window)
    assert not dialog.isVisible(), dialog.error_label.text()
    assert read(demo_path, phone_of_chichibu) == "0494-22-2211"


def phone_of_chichibu(session: Session) -> str | None:
    return session.scalars(select(Organization.phone).where(Organization.name == "秩父市")).one()
