"""Reading the cells of one source row, every kind alike: each problem names its cell."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from desktop.catalogue import QT_TR_NOOP, Text
from desktop.imports import normalize
from desktop.imports.model import ERROR, WARNING, Location, Problem, SourceRecord
from desktop.imports.reasons import date_taken, reason
from desktop.japanese.postal import PostalCodeError, normalize_postal_code, split_postal_code
from desktop.japanese.wareki import WeekdayMismatch

WRONG_POSTAL_CODE = QT_TR_NOOP(
    "郵便番号「{code}」は7桁の数字ではないため、取り込みませんでした。"
    "100-8914 のように入力してください。"
)

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

    def postal_address(self) -> tuple[str | None, str | None]:
        """(postal code as 100-8914, the address without it) from the 郵便番号 and 住所 cells;
        a code written at the start of the address (〒100-8914 東京都…) is taken out of it. A
        code that is not one is left out with a warning naming its cell: the row and its address
        are imported."""
        address = self.text("address")
        code, place = split_postal_code(address) if address else (None, None)
        raw = self.raw("postal_code")
        if normalize.text(raw) is not None:
            try:
                code = normalize_postal_code(raw)
            except PostalCodeError:
                self.problem("postal_code", Text(WRONG_POSTAL_CODE, code=raw), WARNING)
        return code, place or None
