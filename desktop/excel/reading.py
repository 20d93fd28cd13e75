"""Every file an office sends, read as a workbook: .xlsx / .xlsm, .xls, .ods, CSV and TSV.

What a file is comes from its first bytes, not its name (an .xls saved as .xlsx is still read);
a text file is read as a table only when its name says so (.csv, .tsv, .txt), so that a list
renamed by mistake is refused with the reason rather than read as something else. The same
limits apply to every format; anything else goes to `read_workbook`, which refuses it with one
line saying what to do.
"""

from __future__ import annotations

from pathlib import Path

from desktop.catalogue import QT_TR_NOOP
from desktop.excel.ods_and_xls import is_ods, read_ods, read_xls
from desktop.excel.sheets import ImportFileError, WorkbookData
from desktop.excel.text_tables import TEXT_SUFFIXES, read_text_table
from desktop.excel.workbook import (
    _OLE2_MAGIC,
    _ZIP_MAGIC,
    MAX_CELL_CHARS,
    MAX_CELLS,
    MAX_RATIO,
    MAX_ROWS,
    MAX_UNCOMPRESSED_BYTES,
    _reason,
    _scan_file_for,
    read_workbook,
)

# What the import reads, by the names offices give their files.
BOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", *TEXT_SUFFIXES)

_XLS_STREAMS = ("Workbook\0".encode("utf-16-le"), "Book\0".encode("utf-16-le"))
_ENCRYPTED = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))


def _is_xls(path: Path) -> bool:
    found = _scan_file_for(path, _XLS_STREAMS + _ENCRYPTED)
    return bool(found & set(_XLS_STREAMS)) and not found & set(_ENCRYPTED)


def read_book(
    path: Path,
    *,
    max_rows: int = MAX_ROWS,
    max_cell_chars: int = MAX_CELL_CHARS,
    max_uncompressed_bytes: int = MAX_UNCOMPRESSED_BYTES,
    max_ratio: int = MAX_RATIO,
    max_cells: int = MAX_CELLS,
) -> WorkbookData:
    """The file's sheets as values, whatever its format, or ImportFileError (one line)."""
    path = Path(path)
    limits = {
        "max_rows": max_rows,
        "max_cell_chars": max_cell_chars,
        "max_uncompressed_bytes": max_uncompressed_bytes,
        "max_ratio": max_ratio,
        "max_cells": max_cells,
    }
    try:
        with path.open("rb") as fp:
            head = fp.read(8)
    except OSError:
        return read_workbook(path, **limits)  # it names what is wrong (missing, a folder …)
    name = path.name
    try:
        if head.startswith(_OLE2_MAGIC) and _is_xls(path):
            book = read_xls(path, **limits)
        elif head.startswith(_ZIP_MAGIC) and is_ods(path):
            book = read_ods(path, **limits)
        elif path.suffix.lower() in TEXT_SUFFIXES and not head.startswith((_OLE2_MAGIC, b"PK")):
            return read_text_table(
                path, max_rows=max_rows, max_cells=max_cells, max_cell_chars=max_cell_chars
            )
        else:
            return read_workbook(path, **limits)
    except ImportFileError:
        raise
    except MemoryError:
        raise ImportFileError(
            QT_TR_NOOP(
                "{file} はメモリが足りず読めなかったため、"
                "ほかのプログラムを閉じてからもう一度読み込んでください。"
            ),
            file=name,
        ) from None
    except BaseException as exc:
        # The Rust readers' panics (pyo3 PanicException) derive from BaseException.
        if not isinstance(exc, Exception) and type(exc).__name__ != "PanicException":
            raise
        raise ImportFileError(
            QT_TR_NOOP(
                "{file} を読めませんでした（{reason}）。"
                "表計算ソフトで開いて.xlsx 形式で保存し直してください。"
            ),
            file=name,
            reason=_reason(exc),
        ) from exc
    if not any(any(value is not None for value in row) for s in book.sheets for row in s.rows):
        raise ImportFileError(
            QT_TR_NOOP(
                "{file} には読み込むデータがない（どのシートにも値の入ったセルがない）ため、"
                "データの入ったファイルを選んでください。"
            ),
            file=name,
        )
    return book
