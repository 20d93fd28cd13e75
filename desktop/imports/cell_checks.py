"""What no kind of import takes from a cell: an Excel error value, a broken character, control
characters, a text longer than the column it goes to (the same limit on SQLite and PostgreSQL).

Each is a problem on that cell (file, sheet, row, column), so that one bad cell rejects its row
only and the rest of the file is imported — never an error value stored as a name, never a
whole import failing inside the database.
"""

from __future__ import annotations

from dataclasses import replace

from db import text_rules
from db.models import Base
from desktop.excel.sheets import CellError
from desktop.imports.model import ERROR, WARNING, ImportRecord, Location, Problem, SourceRecord

# For each kind: (the record's attribute, the source field it was read from, the column it is
# stored in). Text columns without a limit (summaries, notes, titles) need no entry.
_STORED_IN: dict[str, tuple[tuple[str, str, str], ...]] = {
    "registrations": (
        ("organization_name", "organization_name", "organization.name"),
        ("organization_kana", "organization_kana", "organization.kana"),
        ("phone", "phone", "organization.phone"),
        ("email", "email", "organization.email"),
        ("department", "department", "registration.department"),
        ("contact_name", "contact_name", "person.name"),
        ("contact_kana", "contact_kana", "person.kana"),
    ),
    "measures": (
        ("measure_name", "measure_name", "measure.name"),
        ("ministry_written", "ministry", "organization.name"),
        ("department", "department", "measure.department"),
    ),
    "projects": (("proposers", "proposers", "organization.name"),),
    "roster": (
        ("council_name", "council_name", "council.name"),
        ("post", "post", "membership.post"),
        ("person_name", "person_name", "person.name"),
        ("person_kana", "person_kana", "person.kana"),
        ("organization", "organization", "organization.name"),
    ),
    "sessions": (
        ("event_name", "event_name", "event_series.name"),
        ("theme", "theme", "event_session.theme"),
    ),
    "participants": (
        ("event_name", "event_name", "event_series.name"),
        ("person_name", "person_name", "person.name"),
        ("person_kana", "person_kana", "person.kana"),
        ("organization_name", "organization", "organization.name"),
        ("post", "post", "person.post"),
        ("email", "email", "person.email"),
        ("phone", "phone", "person.phone"),
    ),
}


def error_value_problem(where: Location, value: CellError) -> Problem:
    return Problem(
        where,
        f"セルがエラー値「{value}」です（数式の結果がエラー）。"
        "Excel でセルの値を直してから取り込んでください。",
    )


def checked_source(source: SourceRecord) -> SourceRecord:
    """The row's cells with error values and broken characters taken out (each an error on
    its cell) and control characters removed (a note on its cell)."""
    values: dict[str, object] = {}
    notes: list[Problem] = []
    for field, value in source.values.items():
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
                notes.append(Problem(where, "見えない制御文字を取り除きました。", WARNING))
        values[field] = value
    if not notes:
        return source
    return replace(source, values=values, notes=(*source.notes, *notes))


def check_lengths(record: ImportRecord, source: SourceRecord) -> ImportRecord:
    """A value longer than its column rejects the row, naming the cell."""
    for attribute, field, column in _STORED_IN.get(record.KIND, ()):
        value = getattr(record, attribute, None)
        for text in value if isinstance(value, tuple) else (value,):
            if not isinstance(text, str):
                continue
            problem = text_rules.length_problem(text, _limit(column))
            if problem is not None:
                where = source.where.get(field, source.origin)
                record.problems.append(Problem(where, f"長すぎます。{problem}", ERROR))
    return record


def _limit(column: str) -> int | None:
    """The length limit of "table.column", read from the model (String(200) → 200)."""
    table, name = column.split(".")
    return text_rules.max_length(Base.metadata.tables[table].c[name])
