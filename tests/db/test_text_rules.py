"""What comes in: lengths, NUL and control characters, broken text and error values, checked
the same way on SQLite and PostgreSQL wherever data enters (forms, imports, JSON backups)."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db import text_rules
from db.database import Database
from db.engine import open_database
from db.errors import ValidationError
from db.models import Organization
from desktop.crash_log import write_crash_log
from desktop.japanese.wareki import DateParseError, parse_date
from desktop.ops.common import check_input
from desktop.ops.councils import CouncilInput, add_council
from desktop.ops.events import SeriesInput, save_series
from desktop.ops.registrations import OrganizationInput, save_organization
from desktop.ui.dialogs.form import FormDialog
from desktop.ui.main_window import MainWindow
from tests.helpers.cli_support import secdesk
from tests.helpers.gui_support import (
    escape,
    fill,
    open_dialog,
    open_window,
    save,
    settle,
    show_tab,
)


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


# --- a SQLite file holding what the server refuses ----------------------------------------


def make_too_long(demo_db: Database) -> int:
    """What an older version let in: SQLite keeps a name of any length."""
    with demo_db.engine.begin() as conn:
        org_id: int = conn.exec_driver_sql("SELECT min(id) FROM organization").scalar_one()
        conn.exec_driver_sql("UPDATE organization SET name = ? WHERE id = ?", ("長" * 231, org_id))
    return org_id


def test_check_reports_values_the_server_would_refuse(demo_db: Database, demo_path: Path) -> None:
    org_id = make_too_long(demo_db)
    with demo_db.engine.begin() as conn:
        other: int = conn.exec_driver_sql("SELECT max(id) FROM organization").scalar_one()
        conn.exec_driver_sql(
            "UPDATE organization SET phone = '03' || char(0) WHERE id = ?", (other,)
        )
    done = secdesk("--db", demo_path, "check")
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"表 organization の列 name に200 文字より長い値が 1 件あります（id {org_id}）" in (
        done.stdout
    )
    assert (
        f"表 organization の列 phone にNUL 文字を含む値が 1 件あります（id {other}）" in done.stdout
    )


def test_moving_an_over_long_value_to_the_server_names_the_record(
    demo_db: Database, demo_path: Path, postgres_url: str, tmp_path: Path
) -> None:
    org_id = make_too_long(demo_db)
    moved = tmp_path / "moving.json.gz"
    assert secdesk("--db", demo_path, "backup", "-o", moved).returncode == 0
    done = secdesk("--db", postgres_url, "restore", moved)
    assert done.returncode == 2
    line = one_line(done.stderr)
    assert "表 organization" in line and f"id {org_id}" in line and "列 name" in line, line
    assert "200文字以内" in line
    assert secdesk("--db", postgres_url, "check").returncode in (0, 1)  # still usable


def rewritten(saved: Path, target: Path, table: str, change: object) -> Path:
    """The backup with the first row of `table` changed by `change(row, columns)`."""
    lines = gzip.decompress(saved.read_bytes()).decode("utf-8").splitlines()
    current = None
    for index, line in enumerate(lines):
        value = json.loads(line)
        if isinstance(value, dict) and "table" in value:
            current = value
        elif current is not None and current["table"] == table:
            change(value, current["columns"])  # type: ignore[operator]
            lines[index] = json.dumps(value)
            break
    target.write_bytes(gzip.compress("\n".join(lines).encode()))
    return target


def test_a_broken_json_backup_row_is_one_line_and_nothing_is_restored(
    any_demo_url: str, tmp_path: Path
) -> None:
    saved = tmp_path / "saved.json.gz"
    assert secdesk("--db", any_demo_url, "backup", "-o", saved).returncode == 0
    before = tmp_path / "before.json"
    assert secdesk("--db", any_demo_url, "export", "--format", "json", "-o", before).returncode == 0

    def surrogate(row: list[object], columns: list[str]) -> None:
        row[columns.index("name")] = "株式会社\ud800"

    def missing(row: list[object], columns: list[str]) -> None:
        row.pop()

    def nul(row: list[object], columns: list[str]) -> None:
        row[columns.index("phone")] = "03\x001234"

    def not_a_number(row: list[object], columns: list[str]) -> None:
        row[columns.index("version")] = "abc"

    def too_big(row: list[object], columns: list[str]) -> None:
        row[columns.index("version")] = 10**30

    cases = {
        "surrogate": (surrogate, "壊れた文字"),
        "missing": (missing, "値が"),
        "nul": (nul, "NUL"),
        "not_a_number": (not_a_number, "列 version: 「abc」は整数ではありません）"),
        "too_big": (too_big, "列 version: 1000000000000000000000000000000 は大きすぎます）"),
    }
    for name, (change, said) in cases.items():
        broken = rewritten(saved, tmp_path / f"{name}.json.gz", "organization", change)
        done = secdesk("--db", any_demo_url, "restore", broken)
        assert done.returncode == 2, (name, done.stderr)
        line = one_line(done.stderr)
        assert "表 organization の1行目" in line and said in line, line
    after = tmp_path / "after.json"
    assert secdesk("--db", any_demo_url, "export", "--format", "json", "-o", after).returncode == 0
    unchanged = [json.loads(p.read_text(encoding="utf-8")) for p in (before, after)]
    for data in unchanged:
        data.pop("exported_at")
    assert unchanged[0] == unchanged[1]


# --- the user's own mistakes on the command line ----------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["undo", "99999999999999999999"],
        ["undo", "0"],
        ["undo", "-5"],
        ["report", "upcoming", "--as-of", "1800-01-01"],
        ["report", "upcoming", "--as-of", "9999-12-31"],
        ["report", "upcoming", "--as-of", "9999-12-01"],
        ["report", "audit-log", "--since", "1872-12-31"],
        ["report", "audit-log", "--since", "9999-12-31"],
        ["report", "audit-log", "--as-of", "9999-12-31"],
        ["report", "participants", "--series", "x", "--session", "99999999999999999999"],
    ],
)
def test_far_dates_and_huge_numbers_are_one_clear_line(
    demo_path: Path, tmp_path: Path, args: list[str]
) -> None:
    out = tmp_path / "out.json"
    extra = ["--format", "json", "-o", str(out)] if args[0] == "report" else []
    done = secdesk("--db", demo_path, *args, *extra)
    assert done.returncode == 2, done.stderr
    assert one_line(done.stderr).startswith("secdesk: ")
    assert not out.exists()


def test_the_first_day_the_calendar_knows_is_reported(demo_path: Path, tmp_path: Path) -> None:
    """The audit log's default period (30 days back) does not reach before 1873."""
    out = tmp_path / "log.pdf"
    done = secdesk("--db", demo_path, "report", "audit-log", "--as-of", "明治6年1月1日",
                   "--format", "pdf", "-o", out)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 0


def test_dates_outside_the_supported_range_are_refused() -> None:
    for text in ("1872-12-31", "2201-01-01", "9999-12-31", "明治5年12月2日"):
        with pytest.raises(DateParseError, match="扱えません"):
            parse_date(text)
    with pytest.raises(DateParseError, match="扱えません"):
        parse_date(dt.date(9999, 12, 31))  # a date cell of a workbook
    with pytest.raises(DateParseError):
        parse_date(2958465)  # Excel's last serial, 9999-12-31
    assert parse_date("明治6年1月1日") == dt.date(1873, 1, 1)
    assert parse_date("2200-12-31") == dt.date(2200, 12, 31)


# --- the crash handler itself -------------------------------------------------------------------


def test_the_crash_log_never_raises_when_no_folder_takes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("SECDESK_DATA_DIR", str(blocked / "data"))
    monkeypatch.setattr(tempfile, "tempdir", str(blocked / "tmp"))
    try:
        raise ZeroDivisionError("a bug")
    except ZeroDivisionError:
        assert write_crash_log() is None
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    try:
        raise ZeroDivisionError("a bug")
    except ZeroDivisionError:
        log = write_crash_log()
    assert log == tmp_path / "secdesk-error.log"
    assert "ZeroDivisionError: a bug" in log.read_text(encoding="utf-8")


# --- the window's forms ---------------------------------------------------------------------------


@pytest.fixture
def any_window(qtbot: QtBot, any_demo_url: str) -> Iterator[MainWindow]:
    with open_window(qtbot, any_demo_url) as win:
        yield win


def organization_names(url: str) -> list[str]:
    db = open_database(url, create=False)
    try:
        with db.sessions() as session:
            return list(session.scalars(select(Organization.name)))
    finally:
        db.close()


def test_the_organization_form_refuses_what_the_database_would(
    any_window: MainWindow, any_demo_url: str, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = any_window.registrations
    show_tab(qtbot, any_window, tab)
    before = organization_names(any_demo_url)

    def add(**values: str) -> FormDialog:
        tab.add_button.click()
        dialog = open_dialog(any_window)
        fill(qtbot, dialog, **values)
        save(dialog)
        settle(qtbot, any_window)
        return dialog

    # Each refused form is closed with Esc, throwing what was typed away when asked.
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kwargs: QMessageBox.StandardButton.Discard
    )
    dialog = add(name="長" * 201, kind="company")
    assert dialog.isVisible()
    assert "団体の名称: 200文字以内にしてください（今は 201 文字です）" in dialog.error_label.text()
    escape(qtbot, dialog)
    dialog = add(name="架空電話商事", kind="company", phone="0" * 51)
    assert dialog.isVisible() and "電話番号: 50文字以内" in dialog.error_label.text()
    escape(qtbot, dialog)
    assert organization_names(any_demo_url) == before  # nothing half saved

    dialog = add(name="架空\x00商事\x1f", kind="company", note="一行目\n二行目\x07")
    assert not dialog.isVisible(), dialog.error_label.text()
    assert set(organization_names(any_demo_url)) - set(before) == {"架空商事"}

    dialog = add(name="㍿" * 200, kind="company")  # its comparison key: 株式会社 × 200
    assert not dialog.isVisible(), dialog.error_label.text()
    assert "㍿" * 200 in organization_names(any_demo_url)


def test_a_broken_character_in_any_form_is_refused_naming_the_field(
    any_database: Database,
) -> None:
    """Half a character (a lone surrogate) cannot reach the window through Qt's own editors,
    but can through a paste from a damaged source: every form's values are checked before the
    operation looks anything up with them, and the operations refuse it themselves too."""
    broken = "架空\ud800商事"
    forms = [
        (save_organization, OrganizationInput(id=None, version=None, name=broken, kind="company")),
        (add_council, CouncilInput(name=broken)),
        (save_series, SeriesInput(id=None, version=None, name=broken)),
    ]
    for operation, data in forms:
        with pytest.raises(ValidationError, match="「名称」に壊れた文字") as refused:
            check_input(data)
        assert refused.value.field == "name"
        with pytest.raises(ValidationError, match="壊れた文字"), any_database.transaction() as s:
            operation(s, data)  # type: ignore[operator]
    with any_database.sessions() as session:
        assert session.scalars(select(Organization.name)).all() == []


# --- imports ----------------------------------------------------------------------------------


def list_with_bad_cells(path: Path) -> Path:
    """A registrations list as offices send them: a name too long for its column, Excel error
    values where names and phone numbers should be, control characters pasted into a name."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["団体名", "団体区分", "政策分野", "電話番号", "担当者", "医療"])
    ws.append(["長" * 201, "民間企業", "教育", None, None])  # row 2
    ws.append(["普通株式会社", "民間企業", "教育", None, None])  # row 3
    ws.append(["#DIV/0!", "民間企業", "教育", None, None])  # row 4: openpyxl writes an error cell
    ws.append(["電話エラー商事", "民間企業", "教育", "#N/A", None])  # row 5
    ws.append(["CONTROLS株式会社", "民間企業", "教育", None, None])  # row 6
    ws.append(["担当者長い商事", "民間企業", "教育", None, "人" * 101])  # row 7
    ws.append(["印エラー商事", "民間企業", "教育", None, None, "#N/A"])  # row 8: a ○ column
    # Row 9: names within their limits whose comparison keys are longer (㍿ → 株式会社).
    ws.append(["㍿" * 200, "民間企業", "教育", None, "㌔" * 100])
    plain = path.with_suffix(".tmp.xlsx")
    wb.save(plain)
    # openpyxl refuses control characters; Excel writes them escaped as _xHHHH_.
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item.filename).replace(b"CONTROLS", b"A_x0000_B_x0007_C")
            out.writestr(item, data)
    plain.unlink()
    return path


def test_bad_cells_reject_their_rows_only_on_both_backends(
    any_demo_url: str, tmp_path: Path
) -> None:
    before = set(organization_names(any_demo_url))
    source = list_with_bad_cells(tmp_path / "list.xlsx")
    done = secdesk("--db", any_demo_url, "import", source)
    assert done.returncode == 1, done.stdout + done.stderr  # rows were rejected
    assert done.stderr == ""
    out = done.stdout
    assert "2行目 列「団体名」: 長すぎます。200文字以内にしてください（今は 201 文字です）。" in out
    assert "4行目 列「団体名」: セルがエラー値「#DIV/0!」です" in out
    assert "5行目 列「電話番号」: セルがエラー値「#N/A」です" in out
    assert "6行目 列「団体名」: 見えない制御文字を取り除きました。" in out
    assert "7行目 列「担当者」: 長すぎます。100文字以内" in out
    assert "8行目 列「医療」: セルがエラー値「#N/A」です" in out
    added = set(organization_names(any_demo_url)) - before
    assert added == {"普通株式会社", "ABC株式会社", "㍿" * 200}


def test_a_named_pipe_is_refused_instead_of_waited_on(demo_path: Path, tmp_path: Path) -> None:
    pipe = tmp_path / "list.xlsx"
    os.mkfifo(pipe)
    done = secdesk("--db", demo_path, "import", pipe)
    assert done.returncode == 2
    assert "普通のファイルではありません" in one_line(done.stderr)
    folder = tmp_path / "folder"
    folder.mkdir()
    os.mkfifo(folder / "other.xlsx")
    list_with_bad_cells(folder / "real.xlsx")
    done = secdesk("--db", demo_path, "import", folder)  # the pipe inside is passed over
    assert done.returncode == 1 and "real.xlsx" in done.stdout, done.stderr


def test_a_budget_too_large_for_the_database_rejects_its_row_only(
    any_demo_url: str, tmp_path: Path
) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["施策名", "府省庁", "年度", "予算額"])
    ws.append(["大きすぎる施策", "内閣府", 2021, "１０" + "０" * 20 + "円"])
    ws.append(["普通の施策", "内閣府", 2021, "1,600億円"])
    wb.save(tmp_path / "measures.xlsx")
    done = secdesk("--db", any_demo_url, "import", tmp_path / "measures.xlsx")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "2行目 列「予算額」" in done.stdout and "大きすぎて扱えません" in done.stdout
    assert "取り込み 1件、エラー 1件" in done.stdout


def test_one_rule_for_text_read_from_the_models_columns() -> None:
    name = Organization.__table__.c.name
    note = Organization.__table__.c.note
    assert text_rules.max_length(name) == 200 and text_rules.max_length(note) is None
    assert text_rules.check("架空\x00商事\x1b\x85", name) == "架空商事"
    assert text_rules.check("一行目\r\n\t二行目", note) == "一行目\r\n\t二行目"
    assert text_rules.check("長" * 200, name) == "長" * 200
    with pytest.raises(text_rules.TextProblem, match="今は 201 文字"):
        text_rules.check("長" * 201, name)
    with pytest.raises(text_rules.TextProblem, match="壊れた文字"):
        text_rules.check("架空\udc80", note)
