"""OpenDocument spreadsheets (.ods) and Excel 97-2003 workbooks (.xls), read safely.

Both are read by python-calamine, as .xlsx is, after the same kind of checks (see
desktop.excel.workbook):

- .ods is a zip: the declared sizes are checked before anything is decompressed, every XML part
  is parsed by expat refusing any DOCTYPE / ENTITY declaration, and content.xml is scanned for
  what the value reader does not give or must not be trusted with — the extent of the cells that
  hold something (repeated rows and columns counted, so that a few hundred bytes claiming a
  million filled rows are refused before any reader allocates them), error values (#DIV/0! …,
  which calamine hands back as empty), formula cells, hidden rows and merged ranges.
- .xls (BIFF8 inside an OLE2 container) cannot be larger than 65,536 rows x 256 columns, which
  bounds what calamine allocates for a sheet; desktop.excel.xls_scan reads the BIFF records first
  for each sheet's extent (checked against the row and cell limits before calamine opens the
  file), its error values (which calamine hands back as empty) and its formula cells.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

from desktop.catalogue import QT_TR_NOOP
from desktop.excel.sheets import ImportFileError, SheetData, WorkbookData
from desktop.excel.workbook import (
    _a1,
    _check_declared_sizes,
    _corrupt,
    _Limits,
    _new_parser,
    _parse_member,
    _sheet_rows,
    _SheetFacts,
)
from desktop.excel.xls_scan import scan_xls

ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
_T = _TABLE + "}"
_REPEATED_ROWS = _T + "number-rows-repeated"
_REPEATED_COLS = _T + "number-columns-repeated"
_CELLS = {_T + "table-cell", _T + "covered-table-cell"}
_ROW = _T + "table-row"
_SHEET = _T + "table"
_VALUE_TYPE = (_OFFICE + "}value-type", _CALCEXT + "}value-type")
_ERROR_TYPE = _CALCEXT + "}value-type"


def _count(attrs: dict[str, str], name: str) -> int:
    text = attrs.get(name, "1")
    return int(text) if text.isascii() and text.isdigit() and 0 < len(text) < 10 else 1


@dataclass
class _OdsSheet:
    name: str
    limits: _Limits
    facts: _SheetFacts = field(default_factory=lambda: _SheetFacts(has_cells=False))
    max_row: int = 0
    max_col: int = 0


class _ContentScan:
    """content.xml: each table's extent, error cells, formulas, hidden rows and merges."""

    def __init__(self, parser: expat.XMLParserType, limits: tuple[str, int, int]) -> None:
        self.parser = parser
        self.file_name, self.max_rows, self.max_cells = limits
        self.sheets: list[_OdsSheet] = []
        self.row = 0  # rows before the current one (repeats counted)
        self.row_repeat = 1
        self.col = 0
        self.error_at: tuple[int, int] | None = None
        self.error_text: list[str] = []
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.text

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == _SHEET:
            name = attrs.get(_T + "name", "")
            limits = _Limits(self.file_name, name, self.max_rows, self.max_cells)
            self.sheets.append(_OdsSheet(name, limits))
            self.row = 0
        elif not self.sheets:
            return
        elif tag == _ROW:
            self.row_repeat = _count(attrs, _REPEATED_ROWS)
            self.col = 0
            if attrs.get(_T + "visibility") in ("collapse", "filter"):
                sheet = self.sheets[-1]
                last = min(self.row + self.row_repeat, self.max_rows)
                sheet.facts.hidden_rows.extend(range(self.row + 1, last + 1))
        elif tag in _CELLS:
            repeat = _count(attrs, _REPEATED_COLS)
            if any(a in attrs for a in _VALUE_TYPE):
                self._filled(repeat)
                row, col = self.row + 1, self.col + 1
                facts = self.sheets[-1].facts
                if _T + "formula" in attrs:
                    facts.formulas.append(_a1(row, col))
                if attrs.get(_ERROR_TYPE) == "error":
                    self.error_at = (row, col)
                    self.error_text = []
                spans = (
                    _count(attrs, _T + "number-rows-spanned"),
                    _count(attrs, _T + "number-columns-spanned"),
                )
                if spans != (1, 1):
                    facts.merges.append((row, col, row + spans[0] - 1, col + spans[1] - 1))
            self.col += repeat

    def _filled(self, repeat: int) -> None:
        """The current cell holds a value (repeated `repeat` times, in every repeated row)."""
        sheet = self.sheets[-1]
        sheet.max_row = max(sheet.max_row, self.row + self.row_repeat)
        sheet.max_col = max(sheet.max_col, self.col + repeat)
        if sheet.max_row > self.max_rows:
            raise sheet.limits.too_many_rows()
        if sheet.max_row * sheet.max_col > self.max_cells:
            raise sheet.limits.too_many_cells(sheet.max_row, sheet.max_col)
        sheet.facts.has_cells = True

    def text(self, data: str) -> None:
        if self.error_at is not None and len(self.error_text) < 8:
            self.error_text.append(data)

    def end(self, tag: str) -> None:
        if tag == _ROW:
            self.row += self.row_repeat
            self.row_repeat = 1
        elif tag in _CELLS and self.error_at is not None:
            text = "".join(self.error_text).strip()[:32]
            self.sheets[-1].facts.errors.append((*self.error_at, text or "#N/A"))
            self.error_at = None


def is_ods(path: Path) -> bool:
    """A zip holding content.xml and no Excel workbook: an OpenDocument file of some kind."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except Exception:
        return False
    return "content.xml" in names and "xl/workbook.xml" not in names


def _scan_ods(path: Path, limits: dict[str, int]) -> dict[str, _SheetFacts]:
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except Exception:
        raise _corrupt(name) from None
    with archive:
        infos = archive.infolist()
        members = {info.filename: info for info in infos}
        if len(members) != len(infos):
            raise _corrupt(name)
        _check_declared_sizes(infos, name, limits["max_uncompressed_bytes"], limits["max_ratio"])
        mimetype = members.get("mimetype")
        if mimetype is not None and archive.read(mimetype)[:100].strip() != ODS_MIMETYPE:
            raise ImportFileError(
                QT_TR_NOOP(
                    "{file} は表計算ではない OpenDocument 文書（文書や図形など）のため、"
                    "表計算ソフトで作った一覧（.ods / .xlsx / CSV）を選んでください。"
                ),
                file=name,
            )
    with path.open("rb") as fp:
        parser = _new_parser(name)
        scan = _ContentScan(parser, (name, limits["max_rows"], limits["max_cells"]))
        _parse_member(fp, members["content.xml"], name, parser)
        for info in infos:
            if info.filename != "content.xml" and info.filename.lower().endswith((".xml", ".rdf")):
                _parse_member(fp, info, name, _new_parser(name, namespaces=False))
    return {sheet.name: sheet.facts for sheet in scan.sheets}


def read_ods(path: Path, **limits: int) -> WorkbookData:
    try:
        facts = _scan_ods(path, limits)
    except (zlib.error, zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise _corrupt(path.name) from None  # a damaged member: the zip's own checks failed
    return _read_with_calamine(path, facts, limits)


def read_xls(path: Path, **limits: int) -> WorkbookData:
    if path.stat().st_size > limits["max_uncompressed_bytes"]:
        mib = limits["max_uncompressed_bytes"] // (1024 * 1024)
        raise ImportFileError(
            QT_TR_NOOP(
                "{file} は上限の {megabytes:,} MB を超えているため、"
                "ファイルを分割してから読み込んでください。"
            ),
            file=path.name,
            megabytes=mib,
        )
    return _read_with_calamine(path, scan_xls(path, limits), limits)


def _read_with_calamine(
    path: Path, scanned: dict[str, _SheetFacts], limits: dict[str, int]
) -> WorkbookData:
    name = path.name
    sheets: list[SheetData] = []
    with CalamineWorkbook.from_path(str(path)) as book:
        for meta in book.sheets_metadata:
            if meta.typ != SheetTypeEnum.WorkSheet:
                continue  # a chart or macro sheet holds no cells to import
            facts = scanned.get(meta.name)
            sheet_limits = _Limits(name, meta.name, limits["max_rows"], limits["max_cells"])
            rows: list[tuple[object, ...]] = []
            if facts is None or facts.has_cells:
                sheet = book.get_sheet_by_name(meta.name)
                end = sheet.end
                if end is not None:
                    height, width = end[0] + 1, end[1] + 1
                    if height > sheet_limits.max_rows:
                        raise sheet_limits.too_many_rows()
                    if height * width > sheet_limits.max_cells:
                        raise sheet_limits.too_many_cells(height, width)
                if facts is None:  # a name the scan read otherwise: calamine's extent only
                    facts = _SheetFacts(has_cells=end is not None)
                if not facts.merges:  # an .xls: its merged ranges come from calamine
                    for (r1, c1), (r2, c2) in sheet.merged_cell_ranges or ():
                        facts.merges.append((r1 + 1, c1 + 1, r2 + 1, c2 + 1))
                raw_rows = sheet.to_python()
                start = sheet.start
                del sheet
                rows = _sheet_rows(
                    raw_rows,
                    start,
                    facts,
                    sheet_name=meta.name,
                    file_name=name,
                    max_rows=limits["max_rows"],
                    max_cells=limits["max_cells"],
                    max_cell_chars=limits["max_cell_chars"],
                )
            sheets.append(
                SheetData(
                    name=meta.name,
                    rows=rows,
                    hidden_rows=frozenset(facts.hidden_rows) if facts else frozenset(),
                    formula_cells=tuple(facts.formulas) if facts else (),
                    hidden=meta.visible != SheetVisibleEnum.Visible,
                )
            )
    return WorkbookData(path=path, sheets=sheets)
