"""`export --format xlsx`: the interchange data as a workbook people can read and filter.

Each top-level list becomes a sheet; nested lists of objects (council members, sessions, budget
lines …) become sheets of their own with the parent's id and name in front, so that every sheet
is a plain table. Headers are Japanese; the English key stays in a hidden second row so that the
workbook can be read back by tools.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from db.fields import interchange_headings
from desktop.excel.writing import put, put_row, save_workbook

SHEET_TITLES = {
    "organizations": "団体",
    "people": "担当者",
    "programs": "事業",
    "programs.categories": "分野",
    "registrations": "登録",
    "measures": "支援策",
    "measures.budget_lines": "予算",
    "measures.selections": "選定",
    "projects": "選定事業",
    "projects.continuations": "継続申請",
    "councils": "会議",
    "councils.members": "委員",
    "event_series": "行事",
    "event_series.sessions": "開催回",
    "event_series.sessions.participants": "参加者",
    "milestones": "日程",
    "registration_counts": "登録数",
    "published_figures": "公表値",
}

# Japanese headings of the interchange keys, declared with each entity's fields.
HEADERS = interchange_headings()

_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


def _cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "○" if value else ""
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    return value


def _tables(key: str, rows: list[dict[str, Any]], out: dict[str, list[dict[str, Any]]]) -> None:
    flat_rows: list[dict[str, Any]] = []
    for row in rows:
        flat: dict[str, Any] = {}
        for name, value in row.items():
            if isinstance(value, list) and value and isinstance(value[0], dict):
                children = [
                    {"parent_id": row.get("id"), "parent": row.get("name") or row.get("title"), **c}
                    for c in value
                ]
                _tables(f"{key}.{name}", children, out)
            elif isinstance(value, list) and not value and f"{key}.{name}" in SHEET_TITLES:
                continue  # an empty child list: nothing to add to the child sheet
            else:
                flat[name] = _cell(value)
        flat_rows.append(flat)
    out.setdefault(key, []).extend(flat_rows)


def write_workbook(data: dict[str, Any], target: Path) -> None:
    tables: dict[str, list[dict[str, Any]]] = {}
    for key, value in data.items():
        if isinstance(value, list):
            _tables(key, value, tables)
    book = Workbook()
    book.remove(book.active)
    for key, rows in tables.items():
        sheet = book.create_sheet(SHEET_TITLES.get(key, key)[:31])
        columns: list[str] = []
        for row in rows:
            columns.extend(c for c in row if c not in columns)
        put_row(sheet, 1, [HEADERS.get(c, c) for c in columns])
        put_row(sheet, 2, columns)
        sheet.row_dimensions[2].hidden = True
        for row_number, row in enumerate(rows, start=3):
            for column_number, column in enumerate(columns, start=1):
                put(sheet, row_number, column_number, row.get(column))
        for index, column in enumerate(columns, start=1):
            sheet.cell(row=1, column=index).font = Font(bold=True)
            sheet.cell(row=1, column=index).fill = _HEADER_FILL
            width = max(
                [len(str(HEADERS.get(column, column)))]
                + [len(str(r.get(column) or "")) for r in rows[:200]]
            )
            sheet.column_dimensions[get_column_letter(index)].width = min(60, 4 + width * 1.6)
        sheet.freeze_panes = "A3"
    save_workbook(book, target)
