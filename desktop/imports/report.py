"""`import --report OUT.xlsx`: the original rows with what the import made of each."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from desktop.excel.writing import put, put_row, save_workbook
from desktop.imports import file_rows
from desktop.imports.model import DUPLICATE_ACTIONS, ImportPreview
from desktop.imports.note_groups import said_once_per_kind

_ERROR_FILL = PatternFill("solid", fgColor="F8D7DA")
_WARNING_FILL = PatternFill("solid", fgColor="FFF3CD")


def _verdict(rejected: bool, action: str) -> str:
    if rejected:
        return "取り込まない（エラー）"
    if action == "create":
        return "新規に取り込む"
    return DUPLICATE_ACTIONS.get(action, action)


def write_report(preview: ImportPreview, target: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "取り込み結果"
    headers: list[str] = []
    for record in preview.records:
        headers.extend(h for h, _v in record.original if h not in headers)
    columns = ["ファイル", "シート", "行", "判定", "問題", *headers]
    put_row(sheet, 1, columns)  # the headers come from the user's files: text, never formulas
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, record in enumerate(preview.records, start=2):
        values = dict(record.original)
        problems = "\n".join(p.text() for p in record.problems)
        row = [
            record.origin.file,
            record.origin.sheet,
            record.origin.row,
            _verdict(record.rejected, record.action),
            problems,
            *(values.get(h) for h in headers),
        ]
        for column, value in enumerate(row, start=1):
            put(sheet, number, column, value)
        if record.problems:
            fill = _ERROR_FILL if record.rejected else _WARNING_FILL
            for cell in sheet[number]:
                cell.fill = fill
    file_rows.let_go(r.original for r in preview.records)
    sheet.freeze_panes = "F2"
    sheet.auto_filter.ref = sheet.dimensions
    sheet.column_dimensions["E"].width = 60
    notes = book.create_sheet("ファイルの注意")
    put_row(notes, 1, ["場所", "内容"])
    file_notes = [*preview.refusals(), *preview.problems]  # the files not read come first
    # Then a kind of note found on many rows, once with its count (each row says it above).
    on_rows = [p for r in preview.records for p in r.problems if not p.shared]
    file_notes += [p for p in said_once_per_kind(on_rows) if p.where.row is None]
    for number, problem in enumerate(file_notes, start=2):
        put(notes, number, 1, problem.where.describe())
        put(notes, number, 2, problem.said())
    save_workbook(book, target)
