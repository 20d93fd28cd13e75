"""Rows under a list's heading that are not records: a totals row, a note, a blank form's
numbered empty row. Each is told by what a person sees in it, whatever the kind of list."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

# The first cell of a totals row under a list (合計 3件, 計：12 …), not a record.
TOTALS_ROW = re.compile(r"(合計|総計|小計|累計|計)([\s:：].*|[0-9０-９].*)?")
# How a note under (or between) a list's rows begins, once its width and spaces are evened out:
# ※…, *…, （注）…, 注1 …, 注：…, 注記, 備考：…, 注意：…, 【注】…, and 以上 closing a list.
NOTE_START = re.compile(r"※|\*|\(注[0-9]*\)|注[0-9]+|注[:).、]|注記|備考:|注意:|【注|\[注|以上$")
# A line written across the row in one merged cell carries its text in this many cells at least.
MERGED_ACROSS = 3


def blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _evened(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace(" ", "").strip()


def _first_filled(cells: Sequence[object]) -> object:
    return next((v for v in cells if not blank(v)), None)


def numbered_blank(cells: Sequence[object], used_columns: set[int]) -> bool:
    """A row of a blank form: nothing in the columns the import reads, and nothing elsewhere
    but its number (1, 2, 3 … printed down the side for the rows to be filled in)."""
    if any(not blank(cells[c]) for c in used_columns if c < len(cells)):
        return False
    others = [v for c, v in enumerate(cells) if c not in used_columns and not blank(v)]
    return all(
        (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, str) and v.isdigit())
        for v in others
    )


def totals(cells: Sequence[object]) -> bool:
    """A totals row: its first filled cell says 合計 (or 計, 総計, 小計 …)."""
    first = _first_filled(cells)
    if not isinstance(first, str):
        return False
    return TOTALS_ROW.fullmatch(_evened(first)) is not None


def note(cells: Sequence[object]) -> str | None:
    """The text of a note row (「※雨天の場合は…」, 「（注）…」, 「以上」, or one line merged
    across the row), None for any other row. A row with a second value is a record, whatever
    its first cell says."""
    filled = [(column, v) for column, v in enumerate(cells) if not blank(v)]
    if not filled or not isinstance(filled[0][1], str):
        return None
    text = filled[0][1]
    if any(v != text for _c, v in filled):
        return None
    if NOTE_START.match(_evened(text)):
        return text.strip()
    columns = [c for c, _v in filled]
    across = len(columns) >= MERGED_ACROSS and columns == list(
        range(columns[0], columns[0] + len(columns))
    )
    return text.strip() if across else None
