"""One sheet, any format: the same rows as PDF, XLSX or JSON."""

from __future__ import annotations

from pathlib import Path

from db.export import write_json
from desktop.sheets.model import Letters, Sheet
from desktop.sheets.pdf import render_pdf
from desktop.sheets.xlsx import render_xlsx


def render(sheet: Sheet, fmt: str, target: Path) -> None:
    """Write the sheet as `fmt`; letters with the office's Word template are merged into it
    (a .docx) whatever the format, except as JSON."""
    layout = sheet.layout
    if isinstance(layout, Letters) and layout.template and fmt != "json":
        from desktop.sheets.docx_merge import write_merged

        merged = [dict(letter.merge) for letter in layout.letters]
        write_merged(Path(layout.template), merged, target)
    elif fmt == "pdf":
        render_pdf(sheet, target)
    elif fmt == "xlsx":
        render_xlsx(sheet, target)
    elif fmt == "json":
        write_json(sheet.as_json(), target)
    else:
        raise ValueError(f"unknown format: {fmt!r}")
