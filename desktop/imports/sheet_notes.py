"""A note that several rows of a sheet share, said once for the sheet with its rows listed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from desktop.catalogue import QT_TR_NOOP, Text
from desktop.imports.model import ImportRecord, Location, Problem

ROWS_NOTED = QT_TR_NOOP("{message}（{count}行: 行 {rows}）")


def say_once_per_sheet(records: Sequence[ImportRecord], is_note: Callable[[Problem], bool]) -> None:
    """The notes `is_note` picks (a 団体区分 guessed 民間企業 on some rows and その他 on others)
    become one line per sheet and note, naming its rows; each row keeps its note, marked as
    shared, so that the review still says it on the row. A note on every row of a file is left
    to the pipeline, which says it once for the file."""
    in_file: dict[str, int] = {}
    groups: dict[tuple[str, str, str], list[tuple[ImportRecord, Problem]]] = {}
    for record in records:
        in_file[record.origin.file] = in_file.get(record.origin.file, 0) + 1
        for problem in record.problems:
            if is_note(problem):
                key = (record.origin.file, record.origin.sheet, problem.said())
                groups.setdefault(key, []).append((record, problem))
    for (file_name, sheet, _), noted in groups.items():
        if len(noted) < 2 or len(noted) == in_file[file_name]:
            continue
        for record, _problem in noted:
            record.problems = [
                replace(p, shared=True) if is_note(p) else p for p in record.problems
            ]
        first_record, first = noted[0]
        first_record.problems.append(
            Problem(
                Location(file_name, sheet, None, first.where.column),
                Text(
                    ROWS_NOTED,
                    message=first.message,
                    count=len(noted),
                    rows=", ".join(str(record.origin.row or "") for record, _ in noted),
                ),
                first.severity,
            )
        )
