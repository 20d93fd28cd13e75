"""The one way the program puts values into a workbook and saves it (exports, reports, forms).

- Text is always a text cell, never a formula: openpyxl takes any string starting with "=" for
  a formula, so every cell value goes through `put` / `put_text`. Text that Excel would turn
  into a formula as soon as someone edits the cell (= + - @, a leading tab or CR) also gets
  Excel's quote prefix, as Excel itself does for text typed with a leading apostrophe.
- Characters a workbook cannot hold (C0 controls but tab, LF and CR; DEL; C1 controls; lone
  surrogates) are removed, and text is cut at Excel's 32,767 characters per cell.
- `save_workbook` builds the file in memory and hands it to db.output_files: the target is
  checked (never the database, its backups …) and replaced only once the file is complete. A
  zip written straight to a full disk would also leave openpyxl's half-closed archive behind,
  which prints an "Exception ignored" traceback when it is collected.
"""

from __future__ import annotations

import datetime as dt
import gc
import io
import re
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.worksheet.worksheet import Worksheet

from db.output_files import as_os_error, write_bytes_atomically, write_error

# Text that a spreadsheet would take for a formula (or that hides one behind a tab / CR).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_TEXT = 32767  # Excel refuses (and "repairs") longer cell text

UNWRITABLE: re.Pattern[str] = re.compile(
    ILLEGAL_CHARACTERS_RE.pattern + "|[\x7f-\x9f]|[\ud800-\udfff]"
)


def clean_text(text: str) -> str:
    """Text a workbook can hold: no control characters (tab, LF, CR stay), not too long."""
    return UNWRITABLE.sub("", text)[:MAX_CELL_TEXT]


def put_text(sheet: Worksheet, row: int, column: int, text: str | None) -> Cell:
    """Write text as a text cell (empty text leaves the cell empty); see the module doc."""
    cell = sheet.cell(row=row, column=column)
    text = clean_text(text) if text else ""
    if not text:
        cell.value = None
        return cell
    cell.value = text
    cell.data_type = "s"  # openpyxl takes "=…" for a formula and "#N/A" for an error value
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True  # Excel keeps it text even when the user edits the cell
    return cell


def put(sheet: Worksheet, row: int, column: int, value: object) -> Cell:
    """Write any value: numbers and dates as they are, True as ○, lists joined, text as text."""
    if isinstance(value, bool):
        return put_text(sheet, row, column, "○" if value else "")
    if isinstance(value, int | float | dt.date | dt.time | dt.timedelta) or value is None:
        cell = sheet.cell(row=row, column=column)
        cell.value = value
        return cell
    if isinstance(value, list | tuple):
        return put_text(sheet, row, column, "、".join(str(v) for v in value))
    return put_text(sheet, row, column, str(value))


def put_row(sheet: Worksheet, row: int, values: Sequence[object]) -> None:
    for column, value in enumerate(values, start=1):
        put(sheet, row, column, value)


def save_workbook(book: Workbook, target: Path) -> None:
    """Save the workbook to `target` safely (see the module doc)."""
    buffer = io.BytesIO()
    failure: OSError | None = None
    try:
        book.save(buffer)
    except Exception as exc:  # openpyxl's own temporary files are on the full disk too
        said = as_os_error(exc)
        if not isinstance(said, OSError):
            raise
        failure = OSError(said.errno, said.strerror)  # without the traceback holding its writers
    if failure is not None:  # out of the except block: its traceback no longer holds them
        _finalize_quietly()
        raise write_error(target, failure)
    write_bytes_atomically(target, buffer.getvalue())


_hook_lock = threading.Lock()  # the hook is the whole process's: one thread swaps it at a time


def _finalize_quietly() -> None:
    """Finalize openpyxl's half-closed writers now, without their 'Exception ignored' noise."""
    with _hook_lock:
        previous = sys.unraisablehook
        sys.unraisablehook = _quiet_about(previous)
        try:
            gc.collect()
        finally:
            sys.unraisablehook = previous


def _quiet_about(previous: Callable[[Any], object]) -> Callable[[Any], object]:
    """An unraisable-exception hook that drops the OSErrors of openpyxl's abandoned writers (the
    failure is reported once, as a UserError) and passes anything else on."""

    def hook(unraisable: Any) -> None:
        if not isinstance(as_os_error(unraisable.exc_value), OSError):
            previous(unraisable)

    return hook
