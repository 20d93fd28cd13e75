"""The marks of a list's checklist columns (a column per category, ○ where it applies).

Offices mark with what their keyboard gives: ○, ●, ◎, ✓, レ, 1. Each of those is read as ○,
and the user is told once per column which marks were, so that no reading is silent. A mark
that is neither clearly yes nor blank (△, ?, x, which some write for 「いいえ」) is not taken:
the row says so (see sources._unclear_mark).
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.catalogue import QT_TR_NOOP, Listed, Spelled, Text
from desktop.imports.model import WARNING, Location, Problem
from desktop.imports.normalize import is_mark, mark_text

THE_MARK = "○"


class MarkReading:
    """The marks of one sheet's checklist columns: each cell read, the non-○ ones remembered."""

    def __init__(self, file: str, sheet: str) -> None:
        self.file, self.sheet = file, sheet
        self.other_marks: dict[str, dict[str, None]] = {}  # column → marks read as ○, in order

    def read(self, column: str, value: object) -> bool | None:
        """True: marked, False: blank or a no (×), None: unclear (see normalize.is_mark)."""
        marked = is_mark(value)
        if marked:
            written = mark_text(value)
            if written != THE_MARK:
                self.other_marks.setdefault(column, {})[written] = None
        return marked

    def notes(self) -> list[Problem]:
        """One line for the columns that had the same marks other than ○."""
        columns_of: dict[tuple[str, ...], list[str]] = {}
        for column, marks in self.other_marks.items():
            columns_of.setdefault(tuple(marks), []).append(column)
        return [
            Problem(
                Location(self.file, self.sheet),
                Text(
                    QT_TR_NOOP("列 {columns} の {marks} を○として読みました。"),
                    columns=_quoted(columns),
                    marks=_quoted(marks),
                ),
                WARNING,
            )
            for marks, columns in columns_of.items()
        ]


def _quoted(words: Sequence[str]) -> Listed:
    return Listed(tuple(Spelled(f"「{w}」", f"“{w}”") for w in words))
