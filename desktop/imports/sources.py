"""Source records from a workbook's sheets: one per list row, or per filled form (per roster row).

Nothing is interpreted here beyond finding the values and where they came from; the kind's own
module normalises and validates them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from db.errors import UserError
from desktop.catalogue import QT_TR_NOOP, Listed, Spelled, Text
from desktop.excel.forms import FormCell, read_form
from desktop.excel.headers import find_header
from desktop.excel.reading import BOOK_SUFFIXES
from desktop.excel.sheets import CellError, SheetData
from desktop.imports.cell_checks import error_value_problem
from desktop.imports.file_rows import FileRow, ListInFile
from desktop.imports.kinds import all_kinds
from desktop.imports.marks import MarkReading
from desktop.imports.model import WARNING, Location, Original, Problem, RowPlaces, SourceRecord
from desktop.imports.not_records import note, numbered_blank, totals

# In a folder, a .txt is more often a note than Excel's "Unicode text": it is read when named.
FOLDER_SUFFIXES = tuple(s for s in BOOK_SUFFIXES if s != ".txt")
# A form's field keys that a list calls otherwise (the kinds read the list's names).
FORM_FIELD_NAMES = {"name": "person_name", "kana": "person_kana", "role": "member_role"}


def gather(paths: Iterable[Path]) -> list[Path]:
    """The files named, and the spreadsheets and CSV files inside folders (recursively), in a
    stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p
                for p in path.rglob("*")
                if p.suffix.lower() in FOLDER_SUFFIXES
                and not p.name.startswith(("~$", "."))
                and p.is_file()  # a named pipe or device would be waited on forever
            )
        elif path.exists() and not path.is_file():
            raise UserError(
                QT_TR_NOOP(
                    "「{path}」は普通のファイルではありません（名前付きパイプや装置など）。"
                    "取り込む Excel ファイル（.xlsx など）か CSV ファイルを指定してください。"
                ),
                path=path,
            )
        else:
            found.append(path)
    if not found:
        raise UserError(
            QT_TR_NOOP(
                "取り込むファイル（.xlsx .xlsm .xls .ods .csv .tsv）が見つかりません。"
                "ファイルかフォルダを指定してください。"
            )
        )
    return found


def passed_over(paths: Iterable[Path]) -> dict[Path, list[Path]]:
    """The files inside the folders named that `gather` does not read (a note in .txt, a PDF, a
    picture …), by folder; Excel's lock files and hidden files are not counted."""
    found: dict[Path, list[Path]] = {}
    for folder in paths:
        if not folder.is_dir():
            continue
        others = sorted(
            p.relative_to(folder)
            for p in folder.rglob("*")
            if p.suffix.lower() not in FOLDER_SUFFIXES
            and not p.name.startswith(("~$", "."))
            and p.is_file()
        )
        if others:
            found[folder] = others
    return found


def form_sources(path: Path, sheet: SheetData) -> tuple[str, list[SourceRecord]] | None:
    """The form's kind and its record (one per filled row of a roster), or None: not a form."""
    form = read_form(sheet)
    if form is None:
        return None
    notes = tuple(
        _unclear_mark(Location(path.name, sheet.name, None, cell.ref), cell.value)
        for cell in form.unknown_marks
    )
    if form.kind != "roster":
        origin = Location(path.name, sheet.name)
        return form.kind, [_form_record(path, sheet, form.fields, origin, form.categories, notes)]
    sources = []
    for row in form.rows:
        first = next(iter(row.values()))
        origin = Location(path.name, sheet.name, int("".join(filter(str.isdigit, first.ref))))
        cells = {**form.fields, **row}
        sources.append(_form_record(path, sheet, cells, origin, (), notes))
    return form.kind, sources


def _form_record(
    path: Path,
    sheet: SheetData,
    cells: dict[str, FormCell],
    origin: Location,
    categories: Sequence[str],
    notes: tuple[Problem, ...],
) -> SourceRecord:
    named = {FORM_FIELD_NAMES.get(key, key): cell for key, cell in cells.items()}
    values = {key: cell.value for key, cell in named.items()}
    where = {key: Location(path.name, sheet.name, None, cell.ref) for key, cell in named.items()}
    original = Original(
        tuple(cell.label or key for key, cell in cells.items()),
        tuple(cell.value for cell in cells.values()),
    )
    return SourceRecord(values, where, origin, tuple(categories), original, notes)


def _unclear_mark(where: Location, value: object) -> Problem:
    if isinstance(value, CellError):  # a broken formula: which choice was meant is unknown
        return error_value_problem(where, value)
    return Problem(
        where,
        Text(
            QT_TR_NOOP(
                "「{value}」は○印として読めません（選ばなかったものとしました）。"
                "○ ● ✓ 1 レ のどれかを使ってください。"
            ),
            value=value,
        ),
        WARNING,
    )


def list_sources(
    path: Path, sheet: SheetData, category_names: Sequence[str], kind: str | None
) -> tuple[str, Iterator[SourceRecord], list[Problem]] | None:
    """The list's kind, its rows (read one at a time, so that a long list is never held twice
    in memory: the sheet's rows under the heading are handed over, and gone from `sheet` once
    read), and notes about the sheet (its header, rows passed over: they are complete once
    the rows are read); None when the sheet has no header row."""
    header = find_header(sheet.rows, all_kinds(), category_names, kind)
    if header is None:
        return None
    problems: list[Problem] = []
    heading = header.headings  # a two-row heading read as one per column
    if header.extra_columns:
        names = Listed(tuple(Spelled(f"「{h}」", f"“{h}”") for h in header.extra_columns.values()))
        problems.append(
            Problem(
                Location(path.name, sheet.name, header.row + 1),
                Text(QT_TR_NOOP("列 {names} は使わずに取り込みます。"), names=names),
                WARNING,
            )
        )

    # Shared by every row of the sheet: which header each field and report column comes from.
    field_headers = {field: str(heading[column]) for column, field in header.columns.items()}
    report_columns = tuple(c for c in range(len(heading)) if heading[c] is not None)
    report_headers = tuple(str(heading[c]) for c in report_columns)
    # The rows as they were are read back from the file if a report asks for them.
    in_file = ListInFile(path, sheet.name, report_headers, report_columns)

    used_columns = {*header.columns, *header.category_columns}

    def rows() -> Iterator[SourceRecord]:
        marks = MarkReading(path.name, sheet.name)
        yield from _rows(marks)
        problems.extend(marks.notes())

    def _rows(marks: MarkReading) -> Iterator[SourceRecord]:
        notes_taken: list[tuple[int, str]] = []  # (row number, text): said once for the sheet
        for index, cells in sheet.hand_over(header.row + 1):
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in cells):
                continue
            if numbered_blank(cells, used_columns):
                continue
            if totals(cells):
                problems.append(
                    Problem(
                        Location(path.name, sheet.name, index + 1),
                        Text(QT_TR_NOOP("合計の行なので取り込みませんでした。")),
                        WARNING,
                    )
                )
                continue
            written = note(cells)
            if written is not None:
                notes_taken.append((index + 1, written))
                continue
            row_number = index + 1
            origin = Location(path.name, sheet.name, row_number)
            width = len(cells)
            values = {
                field: cells[column] if column < width else None
                for column, field in header.columns.items()
            }
            marked: list[str] = []
            notes: list[Problem] = []
            for column, category in header.category_columns.items():
                value = cells[column] if column < width else None
                mark = marks.read(category, value)
                if mark:
                    marked.append(category)
                elif mark is None:
                    notes.append(
                        _unclear_mark(Location(path.name, sheet.name, row_number, category), value)
                    )
            if row_number in sheet.hidden_rows:
                notes.append(
                    Problem(
                        origin,
                        Text(QT_TR_NOOP("非表示の行です（取り込み対象にしました）。")),
                        WARNING,
                    )
                )
            original = FileRow(in_file, index)
            yield SourceRecord(
                values,
                RowPlaces(origin, field_headers),
                origin,
                tuple(marked),
                original,
                tuple(notes),
            )
        if notes_taken:
            problems.append(_notes_passed_over(path, sheet, notes_taken))

    return header.kind, rows(), problems


def _notes_passed_over(path: Path, sheet: SheetData, taken: list[tuple[int, str]]) -> Problem:
    first = taken[0][1]
    return Problem(
        Location(path.name, sheet.name),
        Text(
            QT_TR_NOOP("{rows}行目は一覧の注記（「{first}」など）とみて、取り込みませんでした。"),
            rows=Listed(tuple(str(row) for row, _text in taken)),
            first=first if len(first) <= 20 else f"{first[:20]}…",
        ),
        WARNING,
    )
