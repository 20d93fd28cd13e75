"""The import's notes as a reader takes them in: a kind of note found on many rows of a sheet
(a new organization made for the affiliation of each of 200 experts) is said in one line, with
its count, the first rows and one of them as an example, instead of once per row. Errors are
said on each row: each names a row that is not imported."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.catalogue import QT_TR_NOOP, Listed, Text
from desktop.imports.model import WARNING, Location, Problem

GROUP_FROM = 4  # this many rows with a note of one kind are said in one line
SHOWN_ROWS = 3  # the rows that line names

ROWS_OF_A_KIND = QT_TR_NOOP(
    "同じ種類の注意が {count}行にあります（{rows}行目ほか）。例（{row}行目）: {message}"
)

Kind = tuple[str, str, str, str | None, str]


def _kind(problem: Problem) -> Kind:
    """What makes two rows' notes one kind: their place but the row, severity and wording (a
    marked template, whatever its values; the user's own words as they are)."""
    where = problem.where
    message = problem.message
    wording = message if isinstance(message, str) else message.template
    return (where.file, where.sheet, problem.severity, where.column, wording)


def _on_a_row(problem: Problem) -> bool:
    """A note (not an error) about one row."""
    return problem.where.row is not None and problem.severity == WARNING


def said_once_per_kind(problems: Sequence[Problem]) -> list[Problem]:
    """The problems in order, the notes of a kind found on GROUP_FROM rows or more of a sheet
    as one note where the first of them was."""
    kinds: dict[Kind, list[Problem]] = {}
    for problem in problems:
        if _on_a_row(problem):
            kinds.setdefault(_kind(problem), []).append(problem)
    said: list[Problem] = []
    for problem in problems:
        if not _on_a_row(problem):
            said.append(problem)
            continue
        same = kinds[_kind(problem)]
        if len(same) < GROUP_FROM:
            said.append(problem)
        elif problem is same[0]:
            said.append(_grouped(same))
    return said


def _grouped(same: Sequence[Problem]) -> Problem:
    first = same[0]
    rows = list(dict.fromkeys(p.where.row for p in same))
    where = first.where
    return Problem(
        Location(where.file, where.sheet, None, where.column),
        Text(
            ROWS_OF_A_KIND,
            count=len(rows),
            rows=Listed(tuple(str(row) for row in rows[:SHOWN_ROWS])),
            row=where.row,
            message=first.message,
        ),
        first.severity,
    )
