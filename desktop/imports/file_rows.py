"""A list's rows as they were in the file, read back from the file when a report asks for them.

A list of 100,000 rows would otherwise keep every original cell beside the record made of it
for a report that is seldom written. The report reads the file once more instead; a file
changed or moved since it was read is refused with one sentence, never reported with other
values than those imported.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from db.errors import UserError
from desktop.catalogue import QT_TR_NOOP
from desktop.excel.reading import read_book


class ListInFile:
    """One sheet of a list, shared by its rows: where it is, and its report columns."""

    def __init__(
        self, path: Path, sheet: str, headers: tuple[str, ...], columns: tuple[int, ...]
    ) -> None:
        self.path = path
        self.sheet = sheet
        self.headers = headers  # the report's headings, one per column in `columns`
        self.columns = columns
        self._stamp = _stamp(path)
        self._rows: list[tuple[object, ...]] | None = None

    def values(self, index: int) -> tuple[object, ...]:
        """The report columns of the sheet's row `index` (0-based), as the file holds them."""
        if self._rows is None:
            self._rows = self._read_back()
        row = self._rows[index] if index < len(self._rows) else ()
        width = len(row)
        return tuple(row[c] if c < width else None for c in self.columns)

    def let_go(self) -> None:
        """Forget the rows read back (a report is written): the review may stay open long."""
        self._rows = None

    def _read_back(self) -> list[tuple[object, ...]]:
        if _stamp(self.path) != self._stamp:
            raise UserError(
                QT_TR_NOOP(
                    "{file} は読み込んだ後で変更されたか移動されたため、元の行を書き出せません。"
                    "もう一度読み込んでから書き出してください。"
                ),
                file=self.path.name,
            )
        book = read_book(self.path)
        return next((s.rows for s in book.sheets if s.name == self.sheet), [])


def _stamp(path: Path) -> tuple[int, int] | None:
    """What tells that the file is still the one read: its size and time of change."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


@dataclass(frozen=True, slots=True)
class FileRow:
    """A list row as it was in the file, for reports: (header, value) pairs, like Original,
    but the values are read back from the file when asked for (see the module doc)."""

    sheet: ListInFile
    index: int  # 0-based, in the sheet's rows

    @property
    def headers(self) -> tuple[str, ...]:
        return self.sheet.headers

    @property
    def values(self) -> tuple[object, ...]:
        return self.sheet.values(self.index)

    def __iter__(self) -> Iterator[tuple[str, object]]:
        return zip(self.sheet.headers, self.values, strict=True)


def let_go(originals: Iterable[object]) -> None:
    """Forget the rows read back for these records' originals (see ListInFile.let_go)."""
    for sheet in {o.sheet for o in originals if isinstance(o, FileRow)}:
        sheet.let_go()
