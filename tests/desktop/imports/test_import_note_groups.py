"""A kind of note found on many rows of a list (a new organization for each expert's
affiliation) is said in one line with its count and its first rows, on the command line and in
the import report — never once per row, 200 lines long."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from db.engine import open_database
from desktop.catalogue import QT_TR_NOOP, Text
from desktop.imports.model import ERROR, WARNING, Location, Problem
from desktop.imports.note_groups import said_once_per_kind
from tests.helpers.cli_support import secdesk
from tests.helpers.import_files import write_list
from tests.helpers.paths import REALWORLD

ADVISERS = REALWORLD / "people" / "ictadvisors_21_ad_opendata.xlsx"
NEW_ORGANIZATION = "は団体として登録されていないため、新しい団体"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "jimukyoku.sqlite"
    open_database(str(path)).close()
    return path


def report_notes(report: Path) -> list[str]:
    sheet = openpyxl.load_workbook(report)["ファイルの注意"]
    return [str(row[1]) for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_many_rows_with_one_kind_of_note_are_said_once(db_path: Path, tmp_path: Path) -> None:
    companies = [f"株式会社テスト{n}" for n in range(1, 9)]
    people = write_list(
        tmp_path / "専門家一覧.xlsx",
        ["氏名", "ふりがな", "所属"],
        *([f"試験 {n}郎", f"しけん {n}ろう", c] for n, c in enumerate(companies, start=1)),
        ["見本 花子", "みほん はなこ", "株式会社テスト1"],
    )
    report = tmp_path / "結果.xlsx"
    done = secdesk("--db", db_path, "import", people, "--dry-run", "--report", report)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = [line for line in done.stdout.splitlines() if NEW_ORGANIZATION in line]
    assert len(lines) == 1, done.stdout
    (line,) = lines
    assert "同じ種類の注意が 9行にあります（2、3、4行目ほか）" in line
    assert "例（2行目）: 所属「株式会社テスト1」" in line
    (noted,) = [note for note in report_notes(report) if NEW_ORGANIZATION in note]
    assert noted.startswith("同じ種類の注意が 9行にあります")
    # Each row of the report still says its own note.
    rows = openpyxl.load_workbook(report)["取り込み結果"]
    said = [str(row[4] or "") for row in rows.iter_rows(min_row=2, values_only=True)]
    assert sum(NEW_ORGANIZATION in s for s in said) == 9


def test_a_note_on_a_few_rows_is_said_on_each(db_path: Path, tmp_path: Path) -> None:
    people = write_list(
        tmp_path / "専門家一覧.xlsx",
        ["氏名", "ふりがな", "所属"],
        ["試験 一郎", "しけん いちろう", "株式会社テスト1"],
        ["試験 二郎", "しけん じろう", "株式会社テスト2"],
    )
    done = secdesk("--db", db_path, "import", people, "--dry-run")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = [line for line in done.stdout.splitlines() if NEW_ORGANIZATION in line]
    assert [line.split("所属")[1][:10] for line in lines] == [
        "「株式会社テスト1」",
        "「株式会社テスト2」",
    ]
    assert "同じ種類の注意" not in done.stdout


def test_the_ministrys_adviser_list_is_noted_in_a_few_lines(db_path: Path, tmp_path: Path) -> None:
    if not ADVISERS.exists():
        pytest.skip(f"the real files are not here ({ADVISERS.parent}): the test needs them")
    report = tmp_path / "結果.xlsx"
    done = secdesk("--db", db_path, "import", ADVISERS, "--dry-run", "--report", report)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) < 15, done.stdout  # not one line per adviser's organization
    (new,) = [line for line in lines if NEW_ORGANIZATION in line]
    count = int(new.split("同じ種類の注意が ")[1].split("行")[0])
    assert count > 150 and "例（4行目）: 所属「筑波大学」" in new
    notes = report_notes(report)
    assert sum(NEW_ORGANIZATION in note for note in notes) == 1 and len(notes) < 15


def test_each_row_not_imported_is_still_named() -> None:
    def on_row(row: int, severity: str) -> Problem:
        message = Text(QT_TR_NOOP("「{value}」は日付として読めません。"), value=f"通年{row}")
        return Problem(Location("日程.csv", "日程", row, "開催日"), message, severity)

    errors = [on_row(row, ERROR) for row in range(2, 8)]
    notes = [on_row(row, WARNING) for row in range(8, 14)]
    said = said_once_per_kind([*errors, *notes])
    assert said[: len(errors)] == errors  # each refused row by its number
    (grouped,) = said[len(errors) :]
    assert grouped.text() == (
        "注意: 日程.csv シート「日程」 列「開催日」: 同じ種類の注意が 6行にあります"
        "（8、9、10行目ほか）。例（8行目）: 「通年8」は日付として読めません。"
    )
    assert "rows 8, 9, 10 and others" in grouped.text("en")
