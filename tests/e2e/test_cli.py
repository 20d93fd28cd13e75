"""`secdesk` end to end, as a subprocess: exit codes, messages, files written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openpyxl

from desktop import __version__
from tests.helpers.cli_support import assert_one_clear_line, secdesk


def test_version_and_help() -> None:
    result = secdesk("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"secdesk {__version__}"
    result = secdesk("--help")
    assert result.returncode == 0
    for verb in ("init", "demo", "export", "backup", "restore", "check"):
        assert verb in result.stdout


def test_demo_then_export_json_and_xlsx(any_new_url: str, tmp_path: Path) -> None:
    db = any_new_url
    result = secdesk("--db", db, "demo")
    assert result.returncode == 0, result.stderr
    assert "デモデータを読み込みました" in result.stdout
    out = tmp_path / "out.json"
    result = secdesk("--db", db, "export", "--format", "json", "-o", out)
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "secdesk-interchange"
    for key in (
        "organizations",
        "people",
        "programs",
        "registrations",
        "measures",
        "projects",
        "councils",
        "event_series",
        "milestones",
    ):
        assert isinstance(data[key], list), key
    chichibu = [o for o in data["organizations"] if o["name"] == "秩父市"]
    assert chichibu[0]["lg_code"] == "112071"
    fy2018 = [p for p in data["projects"] if p["selected_fiscal_year"] == 2018]
    assert len(fy2018) == 14
    series = next(s for s in data["event_series"] if s["fiscal_year"] == 2021)
    first = series["sessions"][0]
    assert (first["date"], first["start"], first["end"]) == ("2021-10-01", "13:30", "15:00")

    xlsx = tmp_path / "out.xlsx"
    result = secdesk("--db", db, "export", "--format", "xlsx", "-o", xlsx)
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(xlsx, read_only=True)
    assert {"団体", "選定事業", "会議", "委員", "開催回"} <= set(book.sheetnames)
    projects = list(book["選定事業"].iter_rows(values_only=True))
    assert "タイトル" in projects[0]
    assert len(projects) == 2 + len(data["projects"])


def test_demo_refuses_a_database_that_has_data(any_new_url: str) -> None:
    db = any_new_url
    assert secdesk("--db", db, "demo").returncode == 0
    assert_one_clear_line(secdesk("--db", db, "demo"))
    assert secdesk("--db", db, "demo", "--if-empty").returncode == 0


def test_bad_database_paths_give_one_line_and_exit_2(tmp_path: Path) -> None:
    missing_folder = tmp_path / "nowhere" / "x.sqlite"
    result = secdesk("--db", missing_folder, "init")
    assert_one_clear_line(result)
    assert "nowhere" in result.stderr
    assert not missing_folder.parent.exists()

    corrupt = tmp_path / "corrupt.sqlite"
    corrupt.write_bytes(b"SQLite format 3\x00" + b"\x00\xff" * 600)
    result = secdesk("--db", corrupt, "export", "--format", "json", "-o", tmp_path / "o.json")
    assert_one_clear_line(result)
    assert not (tmp_path / "o.json").exists()

    not_a_db = tmp_path / "memo.txt"
    not_a_db.write_text("会議メモ", encoding="utf-8")
    assert_one_clear_line(secdesk("--db", not_a_db, "export", "--format", "json", "-o", "x.json"))
    assert_one_clear_line(secdesk("--db", "", "init"))

    absent = tmp_path / "absent.sqlite"
    assert_one_clear_line(secdesk("--db", absent, "export", "--format", "json", "-o", "x.json"))
    assert not absent.exists()

    assert_one_clear_line(secdesk("--db", "nosuchdialect://x", "init"))


def test_bad_arguments_exit_2(tmp_path: Path) -> None:
    result = secdesk("export", "--format", "csv", "-o", tmp_path / "x")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    result = secdesk("--db", tmp_path / "d.sqlite", "frobnicate")
    assert result.returncode == 2


def test_init_backup_restore_check(any_new_url: str, tmp_path: Path) -> None:
    db = any_new_url
    result = secdesk("--db", db, "init")
    assert result.returncode == 0, result.stderr
    on_file = "://" not in db
    assert Path(db).exists() or not on_file
    copy = tmp_path / ("copy.sqlite" if on_file else "copy.json.gz")
    result = secdesk("--db", db, "backup", "-o", copy)
    assert result.returncode == 0, result.stderr
    assert copy.exists()
    assert secdesk("--db", db, "demo").returncode == 0
    result = secdesk("--db", db, "restore", copy)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "after.json"
    assert secdesk("--db", db, "export", "--format", "json", "-o", out).returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["organizations"] == []
    listed = secdesk("--db", db, "backup", "--list")
    assert "before-restore" in listed.stdout
    result = secdesk("--db", db, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "問題は見つかりませんでした" in result.stdout
    assert_one_clear_line(secdesk("--db", db, "restore", tmp_path / "missing.sqlite"))


def test_scheduled_backups_from_the_command_line(any_new_url: str) -> None:
    """`backup --if-due` for the task scheduler: one backup per interval (settings)."""
    db = any_new_url
    assert secdesk("--db", db, "init").returncode == 0
    first = secdesk("--db", db, "backup", "--if-due")
    assert first.returncode == 0 and "作成しました" in first.stdout, first.stderr
    second = secdesk("--db", db, "backup", "--if-due")
    assert second.returncode == 0 and "作成しませんでした" in second.stdout, second.stderr
    listed = secdesk("--db", db, "backup", "--list").stdout.strip().splitlines()
    assert len(listed) == 1 and "\tscheduled\t" in listed[0]


def test_export_to_a_missing_folder(tmp_path: Path) -> None:
    db = tmp_path / "d.sqlite"
    assert secdesk("--db", db, "init").returncode == 0
    result = secdesk("--db", db, "export", "--format", "json", "-o", tmp_path / "no" / "x.json")
    assert_one_clear_line(result)


def test_check_reports_a_damaged_database_as_a_finding(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_text("会議メモ", encoding="utf-8")
    result = secdesk("--db", damaged, "check")
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.startswith("問題: ") and "Traceback" not in result.stderr
    assert_one_clear_line(secdesk("--db", tmp_path / "absent.sqlite", "check"))


def test_restore_repairs_a_damaged_database(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite"
    assert secdesk("--db", db, "demo").returncode == 0
    saved = tmp_path / "saved#1.sqlite"  # '#' must not confuse the file URI
    assert secdesk("--db", db, "backup", "-o", saved).returncode == 0
    db.write_bytes(b"SQLite format 3\x00" + b"\xff" * 2000)  # the disk mangled it
    assert secdesk("--db", db, "check").returncode == 1
    result = secdesk("--db", db, "restore", saved)
    assert result.returncode == 0, result.stderr
    assert secdesk("--db", db, "check").returncode == 0
    kept = [p for p in (tmp_path / "backups").iterdir() if "before-restore" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"SQLite format 3")


def test_backup_and_export_refuse_bad_targets(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite"
    other = tmp_path / "other.sqlite"
    assert secdesk("--db", db, "init").returncode == 0
    assert secdesk("--db", other, "init").returncode == 0
    before = other.read_bytes()
    assert_one_clear_line(secdesk("--db", db, "backup", "-o", other))  # never overwrite
    assert other.read_bytes() == before
    assert_one_clear_line(secdesk("--db", db, "backup", "-o", tmp_path))
    assert_one_clear_line(secdesk("--db", db, "export", "--format", "json", "-o", tmp_path))
    assert not list(tmp_path.glob(".*.tmp"))


def test_backups_of_two_databases_in_one_folder_stay_apart(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    for db in (a, b):
        assert secdesk("--db", db, "init").returncode == 0
        assert secdesk("--db", db, "backup").returncode == 0
    listed = secdesk("--db", a, "backup", "--list").stdout.strip().splitlines()
    assert len(listed) == 1 and "/a-" in listed[0].replace("\\", "/")


def test_the_database_drivers_notes_never_reach_the_terminal(tmp_path: Path) -> None:
    """The PostgreSQL driver logs what it ignores while abandoning a refused bulk statement
    ("error ignored terminating <Pipeline>: pipeline aborted"); Python would print such a record
    on stderr beside the CLI's own one line. The CLI keeps the driver's log to itself."""
    program = (
        "import logging, sys\n"
        "from desktop import cli\n"
        f"code = cli.main(['--db', {str(tmp_path / 'missing.sqlite')!r}, 'batches'])\n"
        "logging.getLogger('psycopg').warning('error ignored terminating %r: %s', 'P', 'aborted')\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("secdesk: ") and "がありません" in lines[0]
