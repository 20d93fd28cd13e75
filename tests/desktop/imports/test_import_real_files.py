"""Every real file other offices and programs wrote gives what the real files' README says.

The lists the program knows (the code list, the advisers, the 幹部名簿, the Sapporo schedule, the
blank form, the data dictionary) are tested in depth beside their kind; this module holds the
rest and checks that no real file is left without an expectation.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.excel.reading import read_book
from desktop.excel.sheets import CellError
from tests.helpers.cli_support import secdesk
from tests.helpers.paths import REALWORLD

# The files whose import is tested with their kind, and the module that tests them.
TESTED_WITH_THEIR_KIND = {
    "lgcode/000925835.xlsx": "test_import_local_governments.py",
    "people/ictadvisors_21_ad_opendata.xlsx": "test_import_people.py",
    "csv/digital_agency_kanbu_meibo.csv": "test_import_rosters.py",
    "csv/sapporo_event_schedules.csv": "test_import_schedules.py",
    "forms/extract_leaders_buin_meibo_template.xlsx": "test_import_not_a_list.py",
    "unrelated/yaizu_smartmap_translation.xlsx": "test_import_not_a_list.py",
}

NO_HEADING = "見出しの行が読み取れません"

# Files that hold no list the program knows: refused in one line saying why, nothing written.
REFUSED = {
    "unrelated/yaizu_traffic_dashboard.xlsx": NO_HEADING,
    "producers/Ekaterinburg_IP_9.xlsx": NO_HEADING,
    "producers/any_sheets.ods": NO_HEADING,
    "producers/any_sheets.xlsb": "Excel バイナリブック（.xlsb）",
    "producers/datasets.xlsx": NO_HEADING,
    "producers/date_1904.xlsx": NO_HEADING,
    "producers/dates-1900-LibreOffice.xlsx": NO_HEADING,
    "producers/embedded-chartsheet.xlsx": NO_HEADING,
    "producers/empty-sheets.xlsx": NO_HEADING,
    "producers/empty_shared_string.xlsx": NO_HEADING,
    "producers/errors.xlsx": NO_HEADING,
    "producers/has_x000D_.xlsx": NO_HEADING,
    "producers/header-row.xlsx": NO_HEADING,
    "producers/inlineStr.xlsx": NO_HEADING,
    "producers/inlineStr_cdata.xlsx": NO_HEADING,
    "producers/iris-google-doc.xlsx": NO_HEADING,
    "producers/issue_594_dos.ods": "上限の 200,000 行を超えている",
    "producers/missing-v-node-xlsx.xlsx": NO_HEADING,
    "producers/mtcars.xls": NO_HEADING,
    "producers/no-styles-or-sharedStrings-parts.xlsx": NO_HEADING,
    "producers/non_monotonic_si.xlsx": NO_HEADING,
    "producers/pass_protected.xlsx": "パスワードで保護されている",
    "producers/picture_richdata.xlsx": NO_HEADING,
    "producers/pivots.xlsx": NO_HEADING,
    "producers/readings.xlsx": NO_HEADING,
    "producers/rph.xlsx": NO_HEADING,
    "producers/strict_iso_paths.xlsx": NO_HEADING,
    "producers/too_small.xls": "CSV などのテキストファイル",
    "producers/unnamed-duplicated-columns.xlsx": NO_HEADING,
    "producers/utf8-sheet-names.xlsx": NO_HEADING,
    "producers/vba.xlsm": "読み込むデータがない",
}

needs_the_real_files = pytest.mark.skipif(
    not REALWORLD.is_dir(), reason=f"the real files folder is absent ({REALWORLD}): nothing to read"
)


@needs_the_real_files
def test_every_real_file_has_an_expectation() -> None:
    on_disk = {
        path.relative_to(REALWORLD).as_posix()
        for path in REALWORLD.rglob("*")
        if path.is_file() and path.name != "README.md"
    }
    assert on_disk == set(TESTED_WITH_THEIR_KIND) | set(REFUSED)


@needs_the_real_files
@pytest.mark.parametrize("relative", sorted(REFUSED))
def test_a_real_file_without_a_known_list_is_refused_in_one_line(
    demo_path: Path, relative: str
) -> None:
    path = REALWORLD / relative
    before = demo_path.read_bytes()
    result = secdesk("--db", demo_path, "import", path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert path.name in line and REFUSED[relative] in line
    assert demo_path.read_bytes() == before


def first_sheet_rows(relative: str) -> list[tuple[object, ...]]:
    return list(read_book(REALWORLD / relative).sheets[0].rows)


@needs_the_real_files
def test_phonetic_runs_are_read_as_the_cell_value_only() -> None:
    # The furigana Excel keeps beside a cell's text is not part of the value.
    assert first_sheet_rows("producers/rph.xlsx") == [("課きく\u3000毛こ",)]


@needs_the_real_files
def test_an_escaped_carriage_return_is_read_as_a_line_break() -> None:
    assert first_sheet_rows("producers/has_x000D_.xlsx") == [("ABC\r\nDEF",)]


@needs_the_real_files
def test_error_values_are_marked_as_errors_never_read_as_text() -> None:
    rows = first_sheet_rows("producers/errors.xlsx")
    values = [row[0] for row in rows]
    assert "#DIV/0!" in values and "#N/A" in values
    assert all(isinstance(value, CellError) for value in values)


@needs_the_real_files
def test_a_heading_below_blank_rows_and_notes_is_read_where_it_is() -> None:
    rows = first_sheet_rows("producers/header-row.xlsx")
    assert rows[2][2] == "Note 1"
    assert rows[8:] == [("Columns", "Column A", "Column B", "Column C"), ("put data here", 1, 2, 3)]
