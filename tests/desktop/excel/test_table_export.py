"""desktop.excel.table_export: what the table views export (xlsx and CSV), read back."""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from db.errors import UserError
from desktop.excel.table_export import TableColumn, write_csv, write_xlsx

COLUMNS = [
    TableColumn("名称"),
    TableColumn("件数", "int"),
    TableColumn("受付日", "date"),
    TableColumn("更新日時", "datetime"),
    TableColumn("備考"),
]
LONG_JAPANESE = "地域の課題解決に向けた先端技術の実装を支援する関係府省庁の取組"
ROWS: list[list[object]] = [
    ["秩父市", 12, dt.date(2021, 10, 1), dt.datetime(2021, 10, 1, 13, 30), LONG_JAPANESE],
    ["=1+1", -3, None, None, "@SUM(A1)"],
    ["+81-3-1234", 0, dt.date(2022, 4, 1), None, "制御\x00文字\x07あり\x1b"],
    ["-2", None, None, None, "\tタブ始まり"],
]


def load(path: Path) -> openpyxl.worksheet.worksheet.Worksheet:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    return sheet


def test_xlsx_header_freeze_filter_and_title(tmp_path: Path) -> None:
    target = tmp_path / "一覧.xlsx"
    write_xlsx(COLUMNS, ROWS, target, sheet_title="登録一覧", title="登録団体の一覧")
    sheet = load(target)
    assert sheet.title == "登録一覧"
    assert sheet["A1"].value == "登録団体の一覧"
    assert sheet["A1"].font.bold
    assert [c.value for c in sheet[2]] == [c.title for c in COLUMNS]
    for cell in sheet[2]:
        assert cell.font.bold
        assert cell.fill.fill_type == "solid"
    assert sheet.freeze_panes == "A3"
    assert sheet.auto_filter.ref == "A2:E6"
    assert not list(tmp_path.glob(".*.tmp"))


def test_xlsx_without_title_starts_with_the_header(tmp_path: Path) -> None:
    target = tmp_path / "plain.xlsx"
    write_xlsx(COLUMNS, ROWS, target)
    sheet = load(target)
    assert sheet.title == "一覧"
    assert sheet["A1"].value == "名称"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:E5"


def test_xlsx_dates_and_ints_are_real_values(tmp_path: Path) -> None:
    target = tmp_path / "t.xlsx"
    write_xlsx(COLUMNS, ROWS, target)
    sheet = load(target)
    date = sheet["C2"]
    assert date.is_date
    assert date.number_format == "yyyy/m/d"
    assert date.value.date() == dt.date(2021, 10, 1)
    stamp = sheet["D2"]
    assert stamp.is_date
    assert stamp.value == dt.datetime(2021, 10, 1, 13, 30)
    assert "h:mm" in stamp.number_format
    assert sheet["B2"].value == 12
    assert sheet["B2"].data_type == "n"
    assert sheet["B3"].value == -3
    assert sheet["B3"].data_type == "n"
    assert sheet["B5"].value is None
    assert sheet["C3"].value is None


def test_xlsx_never_writes_a_formula(tmp_path: Path) -> None:
    target = tmp_path / "t.xlsx"
    write_xlsx(COLUMNS, ROWS, target)
    sheet = load(target)
    for ref, text in [
        ("A3", "=1+1"),
        ("E3", "@SUM(A1)"),
        ("A4", "+81-3-1234"),
        ("A5", "-2"),
        ("E5", "\tタブ始まり"),
    ]:
        cell = sheet[ref]
        assert cell.value == text, ref
        assert cell.data_type == "s", ref
        assert cell.quotePrefix, ref
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert sheet["E4"].value == "制御文字あり"


def test_xlsx_column_widths_follow_the_contents(tmp_path: Path) -> None:
    target = tmp_path / "t.xlsx"
    rows = [*ROWS, ["x" * 500, 1, None, None, "短い"]]
    write_xlsx(COLUMNS, rows, target)
    sheet = load(target)
    default = 8.43
    long_text = sheet.column_dimensions["E"].width
    assert long_text > default
    # East Asian wide characters count double: wider than the character count alone.
    assert long_text >= min(60, 2 * len(LONG_JAPANESE))
    assert sheet.column_dimensions["A"].width == 60  # capped
    assert sheet.column_dimensions["B"].width < 20


def test_xlsx_refuses_rows_that_do_not_match_the_columns(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="row 1"):
        write_xlsx(COLUMNS, [["a", 1]], tmp_path / "t.xlsx")
    with pytest.raises(ValueError, match="kind"):
        TableColumn("x", "money")


def test_csv_bom_crlf_dates_and_formula_prefix(tmp_path: Path) -> None:
    target = tmp_path / "一覧.csv"
    write_csv(COLUMNS, ROWS, target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    assert raw.count(b"\n") == raw.count(b"\r\n")
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == [c.title for c in COLUMNS]
    assert rows[1] == ["秩父市", "12", "2021/10/01", "2021/10/01 13:30", LONG_JAPANESE]
    assert rows[2] == ["'=1+1", "-3", "", "", "'@SUM(A1)"]
    assert rows[3][0] == "'+81-3-1234"
    assert rows[3][4] == "制御文字あり"
    assert rows[4][0] == "'-2"
    assert rows[4][4] == "'\tタブ始まり"
    assert not list(tmp_path.glob(".*.tmp"))


def test_csv_keeps_line_breaks_inside_a_quoted_field(tmp_path: Path) -> None:
    target = tmp_path / "t.csv"
    write_csv([TableColumn("備考")], [["一行目\n二行目"], ['引用符"あり']], target)
    with target.open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh)) == [["備考"], ["一行目\n二行目"], ['引用符"あり']]


@pytest.mark.parametrize("write", [write_xlsx, write_csv])
def test_unwritable_targets_give_one_japanese_sentence(
    write: Callable[..., None], tmp_path: Path
) -> None:
    with pytest.raises(UserError, match="フォルダ"):
        write(COLUMNS, ROWS, tmp_path)
    missing = tmp_path / "ない" / "t.xlsx"
    with pytest.raises(UserError, match="ない"):
        write(COLUMNS, ROWS, missing)
    assert not missing.parent.exists()


def test_an_oserror_while_writing_becomes_a_user_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "開いている.xlsx"
    target.write_bytes(b"old")

    def refuse(source: object, target: object) -> None:  # Windows: the file is open in Excel
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(UserError, match=r"開いている\.xlsx") as caught:
        write_xlsx(COLUMNS, ROWS, target)
    assert "閉じて" in str(caught.value)
    assert target.read_bytes() == b"old"  # the old file is untouched
    assert not list(tmp_path.glob(".*.tmp"))  # and the temporary file is gone
