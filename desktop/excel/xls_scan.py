"""What an Excel 97-2003 workbook (.xls) holds, found before any reader allocates it.

calamine reads every sheet of an .xls when the file is opened, and hands error values back as
empty cells. This scan reads the BIFF records of the workbook stream itself (inside the OLE2
container: header, FAT, directory, mini stream) and finds, for each sheet, the extent of the
cells that hold a value and the extent the sheet declares (both checked against the row and cell
limits: calamine sizes its memory by the declared one), the error values (#DIV/0! …, from
BOOLERR and FORMULA records), the formula cells and the hidden rows. A chain that loops or
points outside the file, or a record that runs past its stream, is a damaged file.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop.catalogue import QT_TR_NOOP
from desktop.excel.sheets import ImportFileError
from desktop.excel.workbook import _a1, _corrupt, _Limits, _SheetFacts

_END_OF_CHAIN = 0xFFFFFFFE
_FREE = 0xFFFFFFFF
_STREAMS = ("Workbook", "Book")

_BOF, _EOF, _BOUNDSHEET, _FILEPASS = 0x0809, 0x000A, 0x0085, 0x002F
# Counts a reader sizes its memory by: a sheet's declared used range, the shared strings.
_DIMENSIONS, _SST = 0x0200, 0x00FC
_ROW = 0x0208  # a row's height and options: bit 0x20 of its flags hides it
_FORMULA, _BOOLERR, _MULRK = 0x0006, 0x0205, 0x00BD
_VALUE_CELLS = {0x0203, 0x027E, 0x00FD, 0x0204, 0x00D6, _BOOLERR, _FORMULA}
_ERROR_CODES = {
    0x00: "#NULL!",
    0x07: "#DIV/0!",
    0x0F: "#VALUE!",
    0x17: "#REF!",
    0x1D: "#NAME?",
    0x24: "#NUM!",
    0x2A: "#N/A",
}


class _Container:
    """The streams of an OLE2 compound file, read by following the allocation chains."""

    def __init__(self, data: bytes, name: str) -> None:
        self.data = data
        self.name = name
        if len(data) < 512:
            raise _corrupt(name)
        self.sector: int = 1 << int(struct.unpack_from("<H", data, 0x1E)[0])
        self.mini_sector: int = 1 << int(struct.unpack_from("<H", data, 0x20)[0])
        if self.sector not in (512, 4096) or self.mini_sector != 64:
            raise _corrupt(name)
        self.cutoff = struct.unpack_from("<I", data, 0x38)[0]
        fat_sectors = list(struct.unpack_from("<109I", data, 0x4C))
        difat, difat_count = struct.unpack_from("<II", data, 0x44)
        per_sector = self.sector // 4
        for sector in self._walk(difat, lambda s: self._difat_next(s, per_sector), difat_count):
            fat_sectors += struct.unpack_from(f"<{per_sector - 1}I", data, self._offset(sector))
        self.fat: list[int] = []
        for sector in fat_sectors:
            if sector in (_FREE, _END_OF_CHAIN):
                continue
            self.fat += struct.unpack_from(f"<{per_sector}I", data, self._offset(sector))
        directory = self._chain_bytes(struct.unpack_from("<I", data, 0x30)[0])
        self.entries = [directory[i : i + 128] for i in range(0, len(directory) - 127, 128)]
        mini_fat_start = struct.unpack_from("<I", data, 0x3C)[0]
        mini_fat = self._chain_bytes(mini_fat_start) if mini_fat_start < _END_OF_CHAIN else b""
        self.mini_fat: list[int] = list(struct.unpack(f"<{len(mini_fat) // 4}I", mini_fat))
        root_start = struct.unpack_from("<I", self.entries[0], 0x74)[0] if self.entries else 0
        self.mini_stream = self._chain_bytes(root_start) if self.mini_fat else b""

    def _offset(self, sector: int) -> int:
        offset = (sector + 1) * self.sector
        if offset + self.sector > len(self.data):
            raise _corrupt(self.name)
        return offset

    def _difat_next(self, sector: int, per_sector: int) -> int:
        offset = self._offset(sector) + (per_sector - 1) * 4
        return int(struct.unpack_from("<I", self.data, offset)[0])

    def _walk(self, start: int, following: Callable[[int], int], limit: int) -> Iterator[int]:
        seen = 0
        sector = start
        while sector < _END_OF_CHAIN:
            seen += 1
            if seen > limit:  # a loop: no real chain is longer than the file
                raise _corrupt(self.name)
            yield sector
            sector = following(sector)

    def _next(self, sector: int) -> int:
        if sector >= len(self.fat):
            raise _corrupt(self.name)
        return self.fat[sector]

    def _chain_bytes(self, start: int) -> bytes:
        limit = len(self.data) // self.sector + 1
        return b"".join(
            self.data[self._offset(s) : self._offset(s) + self.sector]
            for s in self._walk(start, self._next, limit)
        )

    def stream(self, wanted: tuple[str, ...]) -> bytes | None:
        for entry in self.entries:
            length = min(struct.unpack_from("<H", entry, 0x40)[0], 64)
            name = entry[: max(length - 2, 0)].decode("utf-16-le", "replace")
            if entry[0x42] != 2 or name not in wanted:
                continue
            start, size = struct.unpack_from("<II", entry, 0x74)
            if size >= self.cutoff:
                found = self._chain_bytes(start)
            else:
                chunks = []
                limit = len(self.mini_stream) // self.mini_sector + 1
                for mini in self._walk(start, self._mini_next, limit):
                    offset = mini * self.mini_sector
                    if offset + self.mini_sector > len(self.mini_stream):
                        raise _corrupt(self.name)
                    chunks.append(self.mini_stream[offset : offset + self.mini_sector])
                found = b"".join(chunks)
            if len(found) < size:  # a chain shorter than its stream: cut off
                raise _corrupt(self.name)
            return found[:size]
        return None

    def _mini_next(self, sector: int) -> int:
        if sector >= len(self.mini_fat):
            raise _corrupt(self.name)
        return self.mini_fat[sector]


def _records(stream: bytes, name: str) -> Iterator[tuple[int, int, bytes]]:
    """(offset, type, data) of each BIFF record."""
    offset = 0
    while offset + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, offset)
        end = offset + 4 + length
        if end > len(stream):
            raise _corrupt(name)
        yield offset, kind, stream[offset + 4 : end]
        offset = end


def scan_xls(path: Path, limits: dict[str, int]) -> dict[str, _SheetFacts]:
    """Each sheet's facts by its name; ImportFileError when over a limit or damaged."""
    name = path.name
    try:
        container = _Container(path.read_bytes(), name)
        stream = container.stream(_STREAMS)
    except struct.error:
        raise _corrupt(name) from None
    if stream is None:
        raise _corrupt(name)
    sheet_names: dict[int, str] = {}  # the offset of a sheet's BOF → its name
    facts: dict[str, _SheetFacts] = {}
    current: tuple[_SheetFacts, _Limits, list[int]] | None = None
    try:
        for offset, kind, data in _records(stream, name):
            if kind == _FILEPASS and not facts and current is None:
                raise ImportFileError(
                    QT_TR_NOOP(
                        "{file} はパスワードで保護されているため、Excel で開き、"
                        "パスワードを解除して保存し直してから読み込んでください。"
                    ),
                    file=name,
                )
            if kind == _SST and struct.unpack_from("<I", data, 4)[0] * 3 > len(stream):
                raise _corrupt(name)  # more strings than the stream has room for
            if kind == _DIMENSIONS and current is not None:
                _declared_extent(data, current[1])
            if kind == _BOUNDSHEET:
                sheet_names[struct.unpack_from("<I", data)[0]] = _sheet_name(data)
            elif kind == _BOF and offset in sheet_names:
                sheet_limits = _Limits(
                    name, sheet_names[offset], limits["max_rows"], limits["max_cells"]
                )
                current = (_SheetFacts(has_cells=False), sheet_limits, [0, 0])
                facts[sheet_names[offset]] = current[0]
            elif kind == _EOF:
                current = None
            elif kind == _ROW and current is not None and len(data) >= 14 and data[12] & 0x20:
                row = struct.unpack_from("<H", data)[0] + 1
                if row <= limits["max_rows"]:
                    current[0].hidden_rows.append(row)
            elif current is not None and (kind in _VALUE_CELLS or kind == _MULRK):
                _cell(kind, data, *current)
    except struct.error:
        raise _corrupt(name) from None
    return facts


def _declared_extent(data: bytes, limits: _Limits) -> None:
    """The used range a sheet declares (readers allocate by it), within the limits."""
    if len(data) >= 14:  # BIFF8: 32-bit rows
        first_row, rows, first_col, cols = struct.unpack_from("<IIHH", data)
    else:
        first_row, rows, first_col, cols = struct.unpack_from("<HHHH", data)
    if first_row > rows or first_col > cols:  # a reader subtracting them would wrap around
        raise _corrupt(limits.file_name)
    if rows > limits.max_rows:
        raise limits.too_many_rows()
    if rows * cols > limits.max_cells:
        raise limits.too_many_cells(rows, cols)


def _sheet_name(data: bytes) -> str:
    length, flags = data[6], data[7]
    if flags & 1:
        return data[8 : 8 + 2 * length].decode("utf-16-le", "replace")
    return data[8 : 8 + length].decode("latin-1")


def _cell(kind: int, data: bytes, facts: _SheetFacts, limits: _Limits, extent: list[int]) -> None:
    row, col = struct.unpack_from("<HH", data)
    row, col = row + 1, col + 1
    last = col
    if kind == _MULRK:
        last = struct.unpack_from("<H", data, len(data) - 2)[0] + 1
    if row > extent[0] or last > extent[1]:
        extent[0], extent[1] = max(extent[0], row), max(extent[1], last)
        if extent[0] > limits.max_rows:
            raise limits.too_many_rows()
        if extent[0] * extent[1] > limits.max_cells:
            raise limits.too_many_cells(extent[0], extent[1])
    facts.has_cells = True
    if kind == _BOOLERR and data[7] == 1:
        facts.errors.append((row, col, _ERROR_CODES.get(data[6], "#N/A")))
    elif kind == _FORMULA:
        facts.formulas.append(_a1(row, col))
        if data[6] == 0x02 and data[12:14] == b"\xff\xff":
            facts.errors.append((row, col, _ERROR_CODES.get(data[8], "#N/A")))
