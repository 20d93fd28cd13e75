"""What the readers hand to the import pipeline: plain cell values, sheet by sheet."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from db.errors import UserError


class CellError(str):
    """A cell holding an Excel error value ("#DIV/0!", "#N/A" …): its text, marked as such so
    that an import reports the cell instead of taking the text as data."""


class ImportFileError(UserError):
    """A file that cannot be imported at all; the message names the file and says what to do."""


@dataclass(frozen=True)
class SheetData:
    """One worksheet as values.

    `rows[i][j]` is the value of row i+1, column j+1 (None for an empty cell): str, int, float,
    bool, datetime.datetime / date / time as the reader gives them. A merged range carries its
    value in every cell it covers. Formula cells hold the value Excel last calculated.
    """

    name: str
    rows: list[tuple[object, ...]]
    hidden_rows: frozenset[int] = frozenset()  # 1-based row numbers hidden in the sheet
    formula_cells: tuple[str, ...] = ()  # A1-style references of cells that held a formula
    hidden: bool = False  # the sheet itself is hidden

    def hand_over(self, start: int) -> Iterator[tuple[int, tuple[object, ...]]]:
        """The rows from index `start` on with their indexes, each let go as it is handed over:
        a list's rows are read once, and a long list is then never held whole beside the
        records made of it. The rows before `start` (the heading) stay."""
        rows = self.rows
        for index in range(start, len(rows)):
            row = rows[index]
            rows[index] = ()
            yield index, row


@dataclass(frozen=True)
class WorkbookData:
    path: Path
    sheets: list[SheetData] = field(default_factory=list)
    notes: tuple[str, ...] = ()  # marked texts, e.g. "マクロは実行していません" for an .xlsm
