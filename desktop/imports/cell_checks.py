"""What no kind of import takes from a cell: an Excel error value, a broken character, control
characters, a text longer than the column it goes to (the same limit on SQLite and PostgreSQL).

Each is a problem on that cell (file, sheet, row, column), so that one bad cell rejects its row
only and the rest of the file is imported — never an error value stored as a name, never a
whole import failing inside the database.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace

from db import text_rules
from db.models import Base
from desktop.catalogue import QT_TR_NOOP, Text
from desktop.excel.sheets import CellError
from desktop.imports.model import ERROR, WARNING, ImportRecord, Location, Problem, SourceRecord

# (the record's attribute, the source field it was read from, the "table.column" it is stored in)
StoredText = tuple[str, str, str]


def error_value_problem(where: Location, value: CellError) -> Problem:
    return Problem(
        where,
        Text(
            QT_TR_NOOP(
                "セルがエラー値「{value}」です（数式の結果がエラー）。"
                "Excel でセルの値を直してから取り込んでください。"
            ),
            value=value,
        ),
    )


def checked_source(source: SourceRecord) -> SourceRecord:
    """The row's cells with error values and broken characters taken out (each an error on
    its cell) and control characters removed (a note on its cell)."""
    values: dict[str, object] = {}
    notes: list[Problem] = []
    for field, value in source.values.items():
        if not isinstance(value, str) or (type(value) is str and text_rules.is_clean(value)):
            values[field] = value  # nearly every cell: nothing to take out, nowhere to point
            continue
        where = source.where.get(field, source.origin)
        if isinstance(value, CellError):
            notes.append(error_value_problem(where, value))
            value = None
        elif isinstance(value, str):
            if problem := text_rules.unreadable_problem(value):
                notes.append(Problem(where, problem))
                value = None
            elif text_rules.has_controls(value):
                value = text_rules.strip_controls(value)
                notes.append(
                    Problem(where, Text(QT_TR_NOOP("見えない制御文字を取り除きました。")), WARNING)
                )
        values[field] = value
    if not notes:
        return source
    return replace(source, values=values, notes=(*source.notes, *notes))


def check_lengths(
    record: ImportRecord, source: SourceRecord, stored_in: Sequence[StoredText]
) -> ImportRecord:
    """A value longer than its column rejects the row, naming the cell; `stored_in` is what the
    record's kind stores where (ImportKind.stored_in)."""
    for attribute, field, column in stored_in:
        value = getattr(record, attribute, None)
        for text in value if isinstance(value, tuple) else (value,):
            if not isinstance(text, str):
                continue
            problem = text_rules.length_problem(text, _limit(column))
            if problem is not None:
                where = source.where.get(field, source.origin)
                record.problems.append(
                    Problem(where, Text(QT_TR_NOOP("長すぎます。{reason}"), reason=problem), ERROR)
                )
    return record


@functools.cache  # asked for every text of every row, with a handful of columns
def _limit(column: str) -> int | None:
    """The length limit of "table.column", read from the model (String(200) → 200)."""
    table, name = column.split(".")
    return text_rules.max_length(Base.metadata.tables[table].c[name])
