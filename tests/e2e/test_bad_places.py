"""The command line when the disk is full or another program holds the database: one clear line,
exit code 2, and nothing written."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from benchmarks.registration_list import write_registration_list
from db.check import run_checks
from db.engine import open_database
from tests.helpers.cli_support import assert_one_clear_line, secdesk, secdesk_on_a_full_disk
from tests.helpers.import_files import exported, messy_list

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="file size limits are POSIX")


def state(path: Path) -> dict[str, object]:
    database = open_database(str(path), create=False)
    try:
        assert run_checks(database) == []
        return exported(database)
    finally:
        database.close()


@posix_only
def test_a_full_disk_during_an_import_or_an_export_changes_nothing(
    demo_path: Path, tmp_path: Path
) -> None:
    before = state(demo_path)
    listing = tmp_path / "登録一覧.xlsx"
    write_registration_list(listing, 500)
    room = demo_path.stat().st_size + 65536  # the automatic backup fits, the import does not
    result = secdesk_on_a_full_disk(room, "--db", demo_path, "import", listing)
    assert_one_clear_line(result)
    assert "ディスク" in result.stderr and "何も変更していません" in result.stderr
    assert state(demo_path) == before

    target = tmp_path / "export.json"
    result = secdesk_on_a_full_disk(  # the export (about 160 KB) does not fit
        100_000, "--db", demo_path, "export", "--format", "json", "-o", target
    )
    assert_one_clear_line(result)
    assert not target.exists() and not list(tmp_path.glob(".*.tmp"))


def test_a_database_another_program_holds_is_waited_for_then_refused(
    demo_path: Path, tmp_path: Path
) -> None:
    before = state(demo_path)
    holder = sqlite3.connect(demo_path, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")  # e.g. a colleague's program in the middle of a save
        result = secdesk("--db", demo_path, "import", messy_list(tmp_path / "list.xlsx"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert_one_clear_line(result)
    assert "使用中" in result.stderr
    assert state(demo_path) == before


@posix_only
def test_an_output_is_never_put_over_a_device(demo_path: Path) -> None:
    device = Path("/dev/null")
    assert_one_clear_line(secdesk("--db", demo_path, "export", "--format", "json", "-o", device))
    assert device.is_char_device()  # still the device, not a file renamed over it
