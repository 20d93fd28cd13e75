"""Roles on a shared PostgreSQL database: a read-only role can open, search, export, print and
back up, and the window disables editing for it with a note; a write role can edit."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from db.engine import open_database
from desktop.ui.main_window import READ_ONLY_NOTE, MainWindow
from tests.helpers.cli_support import secdesk
from tests.helpers.gui_support import settle, show_tab
from tests.helpers.import_files import messy_list


def test_a_read_only_role_reads_exports_prints_and_backs_up(
    reader_url: str, postgres_url: str, tmp_path: Path
) -> None:
    out = tmp_path / "export.json"
    done = secdesk("--db", reader_url, "export", "--format", "json", "-o", out)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))["projects"]) > 0
    sheet = tmp_path / "projects.pdf"
    done = secdesk("--db", reader_url, "print", "projects", "-o", sheet)
    assert done.returncode == 0 and sheet.stat().st_size > 0, done.stderr
    assert secdesk("--db", reader_url, "check").returncode == 0
    done = secdesk("--db", reader_url, "backup")
    assert done.returncode == 0 and ".json.gz" in done.stdout, done.stderr

    done = secdesk("--db", reader_url, "import", messy_list(tmp_path / "list.xlsx"))
    assert done.returncode == 2 and "読み取り専用" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert secdesk("--db", postgres_url, "batches").stdout.count("\n") <= 1  # nothing written

    for url, writable in ((reader_url, False), (postgres_url, True)):
        database = open_database(url)
        try:
            assert database.can_write() is writable
        finally:
            database.close()


def test_the_window_is_read_only_for_a_read_only_role(reader_url: str, qtbot: QtBot) -> None:
    window = MainWindow(reader_url, offer_demo=True)  # a read-only database is never offered one
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.database_opened, timeout=30_000):
        window.show()
    settle(qtbot, window)
    try:
        assert READ_ONLY_NOTE in window.db_label.text()
        assert window.registrations.table.source.rowCount() > 0  # it can read and search
        assert not window.registrations.add_button.isEnabled()
        assert not window.new_record_action.isEnabled()
        assert not any(action.isEnabled() for action in window.import_actions)
        assert not window.duplicates_action.isEnabled()
        assert all(tab.read_only for tab in window.all_tabs())
        show_tab(qtbot, window, window.councils)
        settle(qtbot, window)
        assert not window.councils.add_project_button.isEnabled()
    finally:
        window.close()
