"""What every table view exports: the rows it shows, as an Excel workbook or a CSV file.

Qt-free: a view hands over its column titles and kinds and the displayed rows as plain values
(str, int, float, bool, datetime.date, datetime.datetime or None).

- xlsx: an optional title row, then a bold, filled header row that stays in view (frozen panes)
  and carries an autofilter over the whole table; column widths follow the contents, counting
  East Asian wide characters double, up to a cap. Dates are real date cells (yyyy/m/d), ints
  real numbers. No cell is ever a formula: text is always written as a string cell, and text
  Excel would treat as a formula on editing (= + - @ and a leading tab or CR) also gets Excel's
  quote prefix. Characters a workbook cannot hold are removed.
- csv: UTF-8 with a BOM (so Excel reads Japanese correctly), CRLF, quoted as the csv module
  needs; dates as YYYY/MM/DD; text starting with = + - @ tab or CR gets a leading ' so that a
  spreadsheet opening the file does not run it as a formula.

Both are written beside the target and then renamed into place, so a failed export never leaves
half a file; an OSError becomes a `UserError` with one Japanese sentence naming the file.
"""

from __future__ import annotations

import csv
import datetime as dt
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from db.errors import UserError
from db.output_files import write_atomically
from desktop.catalogue import QT_TR_NOOP
from desktop.excel.writing import FORMULA_STARTS, UNWRITABLE, put, put_text, save_workbook

KINDS = ("text", "int", "date", "datetime")

DATE_FORMAT = "yyyy/m/d"
DATETIME_FORMAT = "yyyy/m/d h:mm"

MAX_WIDTH = 60  # characters; longer text is cut off in view, never in the cell
MIN_WIDTH = 8
WIDTH_SAMPLE = 1000  # rows measured for the column widths
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_HEADER_BORDER = Border(bottom=Side(style="thin", color="808080"))
_TITLE_FONT = Font(bold=True, size=14)
_UNWRITABLE = UNWRITABLE  # what a workbook cannot hold (see desktop.excel.writing)
_SHEET_TITLE_FORBIDDEN = str.maketrans({c: "_" for c in "[]:*?/\\"})


@dataclass(frozen=True)
class TableColumn:
    """One exported column: its header and how its values are written."""

    title: str
    kind: str = "text"  # text | int | date | datetime

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r} (expected one of {KINDS})")


def write_xlsx(
    columns: Sequence[TableColumn],
    rows: Sequence[Sequence[object]],
    target: Path,
    *,
    sheet_title: str = "一覧",
    title: str | None = None,
) -> None:
    """Write the table as one worksheet (see the module docstring for what it looks like)."""
    _check_shape(columns, rows)
    header_row = 2 if title else 1
    if header_row + len(rows) > MAX_ROWS or len(columns) > MAX_COLUMNS:
        raise UserError(
            QT_TR_NOOP(
                "{rows}行・{columns}列は Excel の1シートに収まりません。"
                "絞り込んで件数を減らすか、CSV で書き出してください。"
            ),
            rows=len(rows),
            columns=len(columns),
        )
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = _sheet_title(sheet_title)

    if title:
        _put_text(sheet, 1, 1, title)
        sheet.cell(row=1, column=1).font = _TITLE_FONT
    for index, column in enumerate(columns, start=1):
        _put_text(sheet, header_row, index, column.title)
        cell = sheet.cell(row=header_row, column=index)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.border = _HEADER_BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center")
    for row_number, row in enumerate(rows, start=header_row + 1):
        for index, (column, value) in enumerate(zip(columns, row, strict=True), start=1):
            _put_value(sheet, row_number, index, column, value)

    for index, column in enumerate(columns, start=1):
        widest = max(
            [_display_width(column.title) + 2]  # room for the filter button
            + [_display_width(_shown(column, row[index - 1])) for row in rows[:WIDTH_SAMPLE]]
        )
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = min(MAX_WIDTH, max(MIN_WIDTH, widest + 2))

    if columns:
        last = f"{get_column_letter(len(columns))}{header_row + len(rows)}"
        sheet.auto_filter.ref = f"A{header_row}:{last}"
        sheet.freeze_panes = f"A{header_row + 1}"
    save_workbook(book, target)


def write_csv(
    columns: Sequence[TableColumn], rows: Sequence[Sequence[object]], target: Path
) -> None:
    """Write the table as CSV for Excel: UTF-8 with BOM, CRLF, formula text neutralised."""
    _check_shape(columns, rows)

    def write(temp: Path) -> None:
        with temp.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\r\n")
            writer.writerow([_csv_text(c.title) for c in columns])
            for row in rows:
                writer.writerow([_csv_field(c, v) for c, v in zip(columns, row, strict=True)])

    write_atomically(target, write)


# --- values ---------------------------------------------------------------------------------


def _check_shape(columns: Sequence[TableColumn], rows: Sequence[Sequence[object]]) -> None:
    for number, row in enumerate(rows, start=1):
        if len(row) != len(columns):
            raise ValueError(f"row {number} has {len(row)} values for {len(columns)} columns")


def _text_of(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "○" if value else ""
    if isinstance(value, list | tuple):
        return "、".join(_text_of(v) for v in value)
    if isinstance(value, dt.datetime):
        return _datetime_text(value)
    if isinstance(value, dt.date):
        return f"{value:%Y/%m/%d}"
    return str(value)


def _datetime_text(value: dt.datetime) -> str:
    value = _naive(value)
    return f"{value:%Y/%m/%d %H:%M}" if value.second == 0 else f"{value:%Y/%m/%d %H:%M:%S}"


def _naive(value: dt.datetime) -> dt.datetime:
    """Excel has no time zones: an aware datetime is shown in the local time of this PC."""
    return value.astimezone().replace(tzinfo=None) if value.tzinfo else value


def _put_text(sheet: Worksheet, row: int, column: int, text: str) -> None:
    put_text(sheet, row, column, text)


def _put_value(sheet: Worksheet, row: int, index: int, column: TableColumn, value: object) -> None:
    value = _typed(column, value)
    if value is None:
        return
    if isinstance(value, dt.datetime):
        put(sheet, row, index, _naive(value)).number_format = DATETIME_FORMAT
    elif isinstance(value, dt.date):
        put(sheet, row, index, value).number_format = DATE_FORMAT
    elif isinstance(value, int | float) and not isinstance(value, bool):
        put(sheet, row, index, value)
    else:
        _put_text(sheet, row, index, _text_of(value))


def _typed(column: TableColumn, value: object) -> object:
    """A datetime in a date column is its date: what the column shows is what the cell holds."""
    if column.kind == "date" and isinstance(value, dt.datetime):
        return _naive(value).date()
    return value


def _shown(column: TableColumn, value: object) -> str:
    """Roughly what Excel shows in the cell, for the column width."""
    value = _typed(column, value)
    if isinstance(value, dt.datetime):
        return f"{value:%Y/%m/%d %H:%M}"
    if isinstance(value, dt.date):
        return f"{value.year}/{value.month}/{value.day}"
    text = _text_of(value)
    return max(text.splitlines() or [""], key=_display_width)


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _sheet_title(title: str) -> str:
    cleaned = _UNWRITABLE.sub("", title).translate(_SHEET_TITLE_FORBIDDEN)
    cleaned = cleaned.strip().strip("'")[:31]
    return cleaned or "一覧"


def _csv_text(text: str) -> str:
    text = _UNWRITABLE.sub("", text)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv_field(column: TableColumn, value: object) -> str | int | float:
    value = _typed(column, value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return _csv_text(_text_of(value))
