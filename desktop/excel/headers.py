"""Finding the header row of a list and what each column means, whatever layout was sent.

Real lists put titles and notes above the header, order columns freely, write 団体名称 for 団体名
and 氏名（漢字） for 氏名. A header cell is compared after normalisation (width, spaces, bracketed
notes, ※ marks removed) against the synonyms of each field. As a person reads a sheet, a row
is a header only when several of its cells are headings of one list kind (one cell such as
都道府県名 in a data dictionary is not a list), and a label followed by a colon (「団体名:」 on a
form) is a field to fill in, not a heading. A header with a row under it that fits (something
in its columns, not only a printed row number) beats one without; of those, the row in the first
20 that matches the most fields is the header.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

HEADER_SCAN_ROWS = 20
# One recognised cell is a word in a text, not a list's header; a programme's category
# columns (教育, 医療 … marked ○) count as headings.
MIN_HEADINGS = 2


@dataclass(frozen=True)
class Heading:
    """A field of a list and the headings people write for it (compared after normalize_header)."""

    field: str
    synonyms: tuple[str, ...]


class ListKind(Protocol):
    """What detection needs of a list kind (an import kind declares it)."""

    @property
    def name(self) -> str: ...

    @property
    def headings(self) -> tuple[Heading, ...]: ...

    @property
    def required(self) -> frozenset[str]: ...  # the fields whose headings identify the kind

    @property
    def required_any(self) -> tuple[frozenset[str], ...]: ...  # at least one of each group

    @property
    def told_apart_by(self) -> frozenset[str]: ...  # one of them, unless the user named the kind


_BRACKETED = re.compile(r"[（(【\[<＜〈［].*?[）)】\]>＞〉］]")
_NOISE = re.compile(r"[\s　※*＊:：・･\-－ー_＿/／]")


_KANA_NOTE = re.compile(r"[(（](フリガナ|ふりがな|カナ|かな|よみがな|読み)[)）]")
_KIND_NOTE = re.compile(r"^区分[(（]団体[)）]")


def normalize_header(text: object) -> str:
    """A header for comparison: NFKC, notes in brackets and ※ marks and spacing removed.

    A bracket that changes the meaning stays: 団体名（フリガナ） is the reading, not the name,
    and 区分（団体） is the kind of body, not the registration's 区分.
    """
    if text is None:
        return ""
    value = unicodedata.normalize("NFKC", str(text))
    value = _KANA_NOTE.sub("フリガナ", value)
    value = _KIND_NOTE.sub("団体区分", value)
    value = _BRACKETED.sub("", value)
    value = value.split("※")[0] or value  # "団体名 ※必須": the note after ※ is not the name
    return _NOISE.sub("", value).casefold()


def _form_label(cell: object) -> bool:
    """「団体名:」: a label with a colon asks for a value beside it; a heading has none."""
    return isinstance(cell, str) and unicodedata.normalize("NFKC", cell).strip().endswith(":")


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _row_number_only(cells: Sequence[object]) -> bool:
    """A row of a blank form: its printed number (1, 2, 3 …) and nothing else."""
    filled = [v for v in cells if not _blank(v)]
    return len(filled) == 1 and (
        (isinstance(filled[0], int) and not isinstance(filled[0], bool))
        or (isinstance(filled[0], str) and filled[0].strip().isdigit())
    )


def _has_fitting_row(rows: Sequence[Sequence[object]], start: int, columns: dict[int, str]) -> bool:
    """Whether a row below the header holds something in the header's columns."""
    for index in range(start, len(rows)):  # by index: a long sheet is not copied per candidate
        cells = rows[index]
        if _row_number_only(cells):
            continue
        if any(not _blank(cells[c]) for c in columns if c < len(cells)):
            return True
    return False


def _lookup(headings: Sequence[Heading]) -> dict[str, list[str]]:
    """Normalised heading → the fields it may mean, in the order the kind declares them."""
    table: dict[str, list[str]] = {}
    for heading in headings:
        for name in heading.synonyms:
            table.setdefault(normalize_header(name), []).append(heading.field)
    return table


@dataclass(frozen=True)
class HeaderMatch:
    kind: str
    row: int  # 0-based index of the header row in SheetData.rows
    columns: dict[int, str]  # 0-based column → field
    category_columns: dict[int, str]  # 0-based column → category name (one ○ column per field)
    extra_columns: dict[int, str]  # 0-based column → header text not understood (reported)


def _match_row(
    cells: Sequence[object],
    kind: ListKind,
    lookup: dict[str, list[str]],
    category_names: dict[str, str],
    forced: bool = False,
) -> HeaderMatch | None:
    columns: dict[int, str] = {}
    categories: dict[int, str] = {}
    extra: dict[int, str] = {}
    for index, cell in enumerate(cells):
        key = normalize_header(cell)
        if not key or _form_label(cell):
            continue
        fields = [f for f in lookup.get(key, []) if f not in columns.values()]
        if fields:
            columns[index] = fields[0]
        elif key in category_names:
            categories[index] = category_names[key]
        else:
            extra[index] = str(cell)
    found = set(columns.values())
    if len(found) + len(categories) < max(MIN_HEADINGS, len(kind.required)):
        return None
    if not kind.required <= found or not all(group & found for group in kind.required_any):
        return None
    if kind.told_apart_by and not forced and not kind.told_apart_by & found:
        return None
    return HeaderMatch(kind.name, -1, columns, categories, extra)


def find_header(
    rows: Sequence[Sequence[object]],
    kinds: Sequence[ListKind],
    category_names: Sequence[str] = (),
    kind: str | None = None,
) -> HeaderMatch | None:
    """The best header row in the first HEADER_SCAN_ROWS rows, or None when nothing fits.

    A header with no filled row under it is returned only when no row has one: the sheet is
    then an empty form, which the import says once ("no data rows").

    `kinds` are the list kinds to tell apart; with `kind` only that one is tried (the user
    forced it with --kind).
    """
    names = {normalize_header(n): n for n in category_names}
    tried = [(k, _lookup(k.headings)) for k in kinds if kind is None or k.name == kind]
    best: HeaderMatch | None = None
    best_score = (False, 0)
    for row_index, cells in enumerate(rows[:HEADER_SCAN_ROWS]):
        for candidate, lookup in tried:
            match = _match_row(cells, candidate, lookup, names, forced=kind is not None)
            if match is None:
                continue
            fits = _has_fitting_row(rows, row_index + 1, match.columns)
            score = (fits, len(match.columns) * 2 + len(match.category_columns))
            if score > best_score:
                best_score = score
                best = HeaderMatch(
                    candidate.name,
                    row_index,
                    match.columns,
                    match.category_columns,
                    match.extra_columns,
                )
    return best
