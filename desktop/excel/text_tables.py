"""CSV and TSV files as a workbook of one sheet named after the file.

Offices send text tables in the encodings their programs write: UTF-8 with or without a BOM
(Excel's "CSV UTF-8", most web systems), Shift_JIS / CP932 (Excel's plain "CSV" on a Japanese
PC) and UTF-16 with a BOM (Excel's "Unicode text", tab-separated). The encoding is found by
strict decoding trials in that order, never by a guess that could be silently wrong: a byte that
does not decode rejects the candidate, and text that decodes as CP932 only by accident (EUC-JP,
which yields runs of half-width kana) is refused too. A file no candidate reads is refused with
one line naming it and saying how to save it.

The values are the texts as written (an empty field is None): a code keeps its leading zeros and
the importer's normalisers read dates, numbers and wareki from text as they do from cells. The
same limits as for a workbook apply: the file's size, the rows, the cells (rows x columns) and
the length of one cell.
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from desktop.catalogue import QT_TR_NOOP, Text
from desktop.excel.sheets import ImportFileError, SheetData, WorkbookData

TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
MAX_TEXT_BYTES = 200 * 1024 * 1024  # well above 200,000 rows of a real list

_SAVE_AS = QT_TR_NOOP(
    "Excel で開き「CSV UTF-8（コンマ区切り）」か「Excel ブック（.xlsx）」で保存し直してください"
)
_SAMPLE_LINES = 50  # lines looked at to choose the delimiter


def _refused(name: str, reason: Text) -> ImportFileError:
    """`reason` is a marked clause that begins with 、 (it follows the file's name)."""
    return ImportFileError(
        QT_TR_NOOP("{file} は{reason}ため、{save_as}。"),
        file=name,
        reason=reason,
        save_as=Text(_SAVE_AS),
    )


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The file's text and the encoding it was written in, or ImportFileError."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name), "UTF-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name), "UTF-16"
    if b"\x00" in data:
        raise _refused(
            name, Text(QT_TR_NOOP("、文字コードのわからないテキストか、テキストではないファイルの"))
        )
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp932")
    except UnicodeDecodeError:
        raise _refused(
            name, Text(QT_TR_NOOP("、文字コードが UTF-8 でも Shift_JIS でもなく正しく読めない"))
        ) from None
    if _looks_like_euc(data, text):
        raise _refused(
            name, Text(QT_TR_NOOP("、文字コードが EUC-JP など Shift_JIS 以外のものとみられる"))
        )
    return text, "Shift_JIS"


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise _refused(
            name,
            Text(
                QT_TR_NOOP("、{encoding} の印があるのに正しく読めない文字を含む"),
                encoding=encoding.upper(),
            ),
        ) from None


def _japanese_share(text: str) -> float:
    """How much of the text outside ASCII is ordinary Japanese: kana, kanji, full-width marks."""
    wide = [ch for ch in text if ord(ch) > 0x7F]
    if not wide:
        return 1.0
    ordinary = sum(
        1
        for ch in wide
        if "\u3000" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" or "\uff01" <= ch <= "\uff5e"
    )
    return ordinary / len(wide)


def _looks_like_euc(data: bytes, cp932_text: str) -> bool:
    """True when the bytes read as EUC-JP give ordinary Japanese where CP932 gives mostly
    half-width kana and odd characters: the file is EUC-JP, and the CP932 reading is garbage."""
    try:
        euc_text = data.decode("euc_jp")
    except UnicodeDecodeError:
        return False
    return _japanese_share(euc_text) > 0.9 and _japanese_share(cp932_text) < 0.5


def _delimiter(text: str, suffix: str) -> str:
    """A tab when more of the first lines hold tabs than commas; else a comma (a tie goes to
    the file's name: .tsv and Excel's "Unicode text" .txt are tab-separated)."""
    lines = [line for line in text.splitlines()[:_SAMPLE_LINES] if line.strip()]
    tabs = sum(1 for line in lines if "\t" in line)
    commas = sum(1 for line in lines if "," in line)
    if tabs == commas:
        return "\t" if suffix in (".tsv", ".txt") else ","
    return "\t" if tabs > commas else ","


def _controls(text: str) -> bool:
    """Mostly control characters: a binary file, not a table."""
    sample = text[:4096]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\r\n\f")
    return controls * 100 > max(len(sample), 1)


def read_text_table(
    path: Path,
    *,
    max_rows: int,
    max_cells: int,
    max_cell_chars: int,
    max_bytes: int = MAX_TEXT_BYTES,
) -> WorkbookData:
    """A CSV / TSV file as one sheet (named after the file), or ImportFileError."""
    name = path.name
    if path.stat().st_size > max_bytes:
        raise ImportFileError(
            QT_TR_NOOP(
                "{file} は上限の {megabytes:,} MB を超えているため、"
                "ファイルを分割してから読み込んでください。"
            ),
            file=name,
            megabytes=max_bytes // (1024 * 1024),
        )
    text, _encoding = decode(path.read_bytes(), name)
    if _controls(text):
        raise _refused(name, Text(QT_TR_NOOP("、テキストではない（制御文字が多い）")))
    sheet_name = path.stem or name
    delimiter = _delimiter(text, path.suffix.lower())
    rows: list[tuple[object, ...]] = []
    width = 0
    try:
        for number, fields in enumerate(
            csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), 1
        ):
            if number > max_rows:
                raise ImportFileError(
                    QT_TR_NOOP(
                        "{file} は上限の {max_rows:,} 行を超えているため、"
                        "ファイルを分割してから読み込んでください。"
                    ),
                    file=name,
                    max_rows=max_rows,
                )
            row: list[object] = []
            for column, value in enumerate(fields, 1):
                if len(value) > max_cell_chars:
                    raise ImportFileError(
                        QT_TR_NOOP(
                            "{file} の {number}行目 {column}列目は上限の {max_cell_chars:,} 文字を超えているため、"
                            "セルの内容を短くしてから読み込んでください。"
                        ),
                        file=name,
                        number=number,
                        column=column,
                        max_cell_chars=max_cell_chars,
                    )
                row.append(value or None)
            while row and row[-1] is None:
                row.pop()
            width = max(width, len(row))
            if number * width > max_cells:
                raise ImportFileError(
                    QT_TR_NOOP(
                        "{file} は {number:,} 行 × {width:,} 列で上限の {max_cells:,} セルを超えているため、"
                        "ファイルを分割してから読み込んでください。"
                    ),
                    file=name,
                    number=number,
                    width=width,
                    max_cells=max_cells,
                )
            rows.append(tuple(row))
    except csv.Error as exc:
        raise _refused(
            name, Text(QT_TR_NOOP("、CSV として読めない（{reason}）"), reason=exc)
        ) from None
    while rows and not rows[-1]:
        rows.pop()
    if not rows:
        raise ImportFileError(
            QT_TR_NOOP(
                "{file} には読み込むデータがないため、データの入ったファイルを選んでください。"
            ),
            file=name,
        )
    padded = [row + (None,) * (width - len(row)) for row in rows]
    return WorkbookData(path=path, sheets=[SheetData(sheet_name, padded)])
