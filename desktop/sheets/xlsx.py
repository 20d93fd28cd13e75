"""A sheet as an Excel workbook: the same title, rows and sections as the PDF, ready to print."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.excel.writing import put, save_workbook
from desktop.sheets.glyphs import printable_sheet
from desktop.sheets.model import Sheet

_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="E0E6ED")
_ALIGN = {"left": "left", "center": "center", "right": "right"}


EXCEL_CELL_LIMIT = 32_767  # characters a cell holds; Excel repairs away a longer one
CUT = "…（以下略）"
CUT_NOTE = (
    f"※{EXCEL_CELL_LIMIT:,}文字を超える値は、Excel のセルに入る長さで「{CUT}」としました"
    "（PDF にはすべて印刷されます）。"
)


def _fit(text: str) -> str:
    if len(text) <= EXCEL_CELL_LIMIT:
        return text
    return text[: EXCEL_CELL_LIMIT - len(CUT)] + CUT


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def render_xlsx(sheet: Sheet, target: Path) -> None:
    """Write the sheet to `target`, replacing it only once the whole workbook is written."""
    sheet = printable_sheet(sheet)  # NFC, no control characters: as the PDF prints it
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = sheet.title[:31].translate(str.maketrans("", "", "[]:*?/\\")) or "一覧"
    last = max(len(sheet.columns), len(_field_names(sheet)), 1)
    put(ws, 1, 1, _fit(sheet.title))
    ws.cell(1, 1).font = Font(size=14, bold=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    put(ws, 2, 1, _fit(sheet.as_of))
    ws.cell(2, 1).alignment = Alignment(horizontal="right")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last)
    if sheet.confidential:
        put(ws, 1, last + 1, sheet.confidential_label)
        ws.cell(1, last + 1).font = Font(bold=True, color="C00000")
    if sheet.layout is not None:
        _records(ws, sheet)
        save_workbook(book, target)
        return
    row = 4
    widths = [_width(c.title) for c in sheet.columns]
    header_rows: list[int] = []
    cut = False
    for section in sheet.sections:
        if section.heading:
            put(ws, row, 1, _fit(section.heading))
            ws.cell(row, 1).font = Font(bold=True, size=12)
            row += 1
        header_rows.append(row)
        for index, column in enumerate(sheet.columns, start=1):
            put(ws, row, index, column.title)
            cell = ws.cell(row, index)
            cell.font = Font(bold=True)
            cell.fill = _HEADER_FILL
            cell.border = _BORDER
            cell.alignment = Alignment(horizontal="center", vertical="center")
        row += 1
        for values in section.rows:
            for index, (column, text) in enumerate(zip(sheet.columns, values, strict=True), 1):
                cut |= len(text) > EXCEL_CELL_LIMIT
                put(ws, row, index, _fit(text))
                cell = ws.cell(row, index)
                cell.border = _BORDER
                cell.alignment = Alignment(
                    horizontal=_ALIGN[column.align], vertical="center", wrap_text=True
                )
                widths[index - 1] = max(widths[index - 1], min(_width(text), 60))
            row += 1
        for note in section.notes:
            put(ws, row, 1, _fit(note))
            row += 1
        row += 1
    for note in (*sheet.notes, CUT_NOTE) if cut else sheet.notes:
        put(ws, row, 1, _fit(note))
        row += 1
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width + 2
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if sheet.landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if len(header_rows) == 1:  # one table: its header is printed again on every page
        ws.print_title_rows = f"{header_rows[0]}:{header_rows[0]}"
    ws.oddFooter.center.text = "&P / &N"
    save_workbook(book, target)


def _field_names(sheet: Sheet) -> list[str]:
    """The fields of a grid's cards or of the letters, in their order, each once."""
    return list(dict.fromkeys(field for fields in sheet.records() for field, _text in fields))


def _records(ws: Worksheet, sheet: Sheet) -> None:
    """One row per card or letter, one column per field: the text the PDF prints, to merge
    into a form letter or a label program of one's own."""
    names = _field_names(sheet)
    for index, name in enumerate(names, start=1):
        put(ws, 4, index, name)
        cell = ws.cell(4, index)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.border = _BORDER
    widths = [_width(name) for name in names]
    for row, fields in enumerate(sheet.records(), start=5):
        values = dict(fields)
        for index, name in enumerate(names, start=1):
            text = values.get(name, "")
            put(ws, row, index, _fit(text))
            cell = ws.cell(row, index)
            cell.border = _BORDER
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            widths[index - 1] = max(widths[index - 1], min(_width(text), 60))
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width + 2
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "4:4"
