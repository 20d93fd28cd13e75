"""One sheet, any format: the same rows as PDF, XLSX or JSON."""

from __future__ import annotations

from pathlib import Path

from db.export import write_json
from desktop.sheets.model import Sheet
from desktop.sheets.pdf import render_pdf
from desktop.sheets.xlsx import render_xlsx


def render(sheet: Sheet, fmt: str, target: Path) -> None:
    if fmt == "pdf":
        render_pdf(sheet, target)
    elif fmt == "xlsx":
        render_xlsx(sheet, target)
    elif fmt == "json":
        write_json(sheet.as_json(), target)
    else:
        raise ValueError(f"unknown format: {fmt!r}")
