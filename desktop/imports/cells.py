"""Reading the cells of one source row, every kind alike: each problem names its cell."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from desktop.catalogue import Text
from desktop.imports import normalize
from desktop.imports.model import ERROR, WARNING, Location, Problem, SourceRecord
from desktop.imports.reasons import date_taken, reason
from desktop.japanese.wareki import WeekdayMismatch

T = TypeVar("T")


class Cells:
    """The cells of one source record and the problems found in them, each naming its cell."""

    def __init__(self, source: SourceRecord, problems: list[Problem] | None = None) -> None:
        self.source = source
        # The row's values; a value corrected while reading (a phone number's lost 0) replaces
        # the cell's in a copy, made then only: most rows of a long list correct nothing.
        self.values = source.values
        self.problems: list[Problem] = list(source.notes) if problems is None else problems

    def at(self, field: str | None) -> Location:
        """The cell of `field`; the row itself for None or a field the row does not have."""
        return self.source.where.get(field, self.source.origin) if field else self.source.origin

    def raw(self, field: str) -> object:
        return self.values.get(field)

    def text(self, field: str) -> str | None:
        return normalize.text(self.raw(field))

    def has(self, field: str) -> bool:
        """Whether the row has a column for `field` (blank or not)."""
        return field in self.values

    def override(self, field: str, value: object) -> None:
        """Read `value` for `field` from now on, as the record will store it."""
        self.values = {**self.values, field: value}

    def problem(self, field: str | None, message: Text | str, severity: str = ERROR) -> None:
        self.problems.append(Problem(self.at(field), message, severity))

    def parsed(self, field: str, parse: Callable[[object], T]) -> T | None:
        """The cell read by `parse`; blank gives None, an unreadable cell an error."""
        raw = self.raw(field)
        if normalize.text(raw) is None:
            return None
        try:
            return parse(raw)
        except ValueError as exc:
            self.problem(field, reason(exc))
            return None

    def date(self, field: str) -> dt.date | None:
        """A date; a weekday beside it that is another day's is noted, not fatal."""
        raw = self.raw(field)
        if normalize.text(raw) is None:
            return None
        try:
            return normalize.date(raw)
        except WeekdayMismatch as exc:
            self.problem(field, date_taken(exc), WARNING)
            return exc.day
        except ValueError as exc:
            self.problem(field, reason(exc))
            return None

    def phone_restored(self, field: str = "phone") -> object:
        """The phone cell, with the leading 0 a number cell lost put back (and said so)."""
        value, restored_zero = normalize.phone_cell(self.raw(field))
        if restored_zero:
            self.override(field, value)
            self.problem(field, restored_zero, WARNING)
        return value
