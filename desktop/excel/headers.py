"""Finding the header row of a list and what each column means, whatever layout was sent.

Real lists put titles and notes above the header, order columns freely, write 団体名称 for 団体名
and 氏名（漢字） for 氏名. A header cell is compared after normalisation (width, spaces, bracketed
notes, ※ marks removed) against the synonyms of each field. As a person reads a sheet, a row
is a header only when several of its cells are headings of one list kind (one cell such as
都道府県名 in a data dictionary is not a list), and a label followed by a colon (「団体名:」 on a
form) is a field to fill in, not a heading. A header with a row under it that fits (something
in its columns, not only a printed row number) beats one without; of those, the row in the first
20 that matches the most fields is the header.

A heading may take two rows: a group heading over its sub-headings (連絡先 over 電話 and メール,
merged cells repeating a heading in both rows), or a row of headings split over two. The two
rows are read as one heading per column; a row under a header that is itself made of headings
is never taken for data. A group heading written once over several sub-headings (所属 over
機関名 and 役職, the cells beside it left blank) heads each of them, and a group heading with
its sub-heading is read as one heading (代表者 over 氏名 is 代表者氏名) but never as two
fields written in one cell: 所属 over 役職 is the post, not 所属・役職. A heading that ends in a known one (地域情報化の専門分野・技術,
関連ＵＲＬ) means it, when nothing matches it whole.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

HEADER_SCAN_ROWS = 20
# A heading that only ends in a known one is read as it from this length on: "専門分野・技術"
# and "URL" carry their meaning, two characters such as 氏名 or 技術 are too often a part of
# another heading (代表者氏名).
MIN_SUFFIX = 3
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
    row: int  # 0-based index of the (last) header row in SheetData.rows
    columns: dict[int, str]  # 0-based column → field
    category_columns: dict[int, str]  # 0-based column → category name (one ○ column per field)
    extra_columns: dict[int, str]  # 0-based column → header text not understood (reported)
    # The heading of each column as read (the two rows of a two-row heading joined), for the
    # review and the report; None for a column without one.
    headings: tuple[str | None, ...] = ()


def _field_of(keys: Sequence[str], lookup: dict[str, list[str]], taken: set[str]) -> str | None:
    """The first field the heading's readings name (whole first, then by its ending)."""
    for key in keys:
        fields = [f for f in lookup.get(key, []) if f not in taken]
        if fields:
            return fields[0]
    for key in keys:
        endings = [
            (len(known), field)
            for known, fields in lookup.items()
            if len(known) >= MIN_SUFFIX and len(key) > len(known) and key.endswith(known)
            for field in fields
            if field not in taken
        ]
        if endings:
            return max(endings, key=lambda pair: pair[0])[1]
    return None


def _match_row(
    cells: Sequence[object],
    kind: ListKind,
    lookup: dict[str, list[str]],
    category_names: dict[str, str],
    forced: bool = False,
    readings: Sequence[Sequence[str]] | None = None,
) -> HeaderMatch | None:
    """`readings`: each column's heading keys, most telling first (a two-row heading has the
    rows together, then the sub-heading, then the group heading); by default the cell's own."""
    columns: dict[int, str] = {}
    categories: dict[int, str] = {}
    extra: dict[int, str] = {}
    combined = _combined_headings(kind)
    for index, cell in enumerate(cells):
        if readings is not None:
            keys = [k for k in readings[index] if k]
        else:
            keys = [] if _form_label(cell) else [normalize_header(cell)]
        keys = [k for k in keys if k]
        if len(keys) == 3 and keys[0] in combined:
            keys = ["", *keys[1:]]  # kept in place: keys[1] is still the sub-heading
        if not any(keys):
            continue
        # A category under a group heading (提供可能な分野 over 教育, 医療 …) is that category's
        # ○ column, though the group heading alone would name the categories' column.
        sub_heading = keys[1] if readings is not None and len(keys) == 3 else None
        field = None
        if sub_heading not in category_names:
            field = _field_of([k for k in keys if k], lookup, set(columns.values()))
        if field is not None:
            columns[index] = field
        elif any(k in category_names for k in keys):
            categories[index] = category_names[next(k for k in keys if k in category_names)]
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


def _combined_headings(kind: ListKind) -> set[str]:
    """The kind's headings of two fields in one cell (所属・役職), as compared."""
    return {
        normalize_header(name)
        for heading in kind.headings
        for name in heading.synonyms
        if "・" in name or "及び" in name
    }


def _group_spans(
    top: Sequence[object], bottom: Sequence[object], lookup: dict[str, list[str]]
) -> dict[int, object]:
    """The group heading over each column of a span: a heading written once over several
    sub-headings, the top cells beside it blank (所属 over 機関名 and 役職). A span counts when
    one of its sub-headings is a known heading: a data row under a heading with a blank cell
    is no such span."""
    spans: dict[int, object] = {}
    column = 0
    width = min(len(top), len(bottom))
    while column < width:
        group = top[column]
        end = column + 1
        while end < width and _blank(top[end]) and not _blank(bottom[end]):
            end += 1
        members = range(column, end)
        if (
            not _blank(group)
            and end - column >= 2
            and all(not _blank(bottom[c]) and bottom[c] != group for c in members)
            and any(normalize_header(bottom[c]) in lookup for c in members)
        ):
            spans.update({c: group for c in members})
        column = end
    return spans


def _heading_text(value: object) -> str | None:
    """A heading as shown: a heading broken over lines in its cell is one line again."""
    if _blank(value):
        return None
    text = str(value)
    if "\n" not in text and "\r" not in text:
        return text
    return "".join(line.strip() for line in text.splitlines())


def _two_rows(
    top: Sequence[object], bottom: Sequence[object], lookup: dict[str, list[str]]
) -> tuple[tuple[str | None, ...], list[list[str]]]:
    """The headings of a heading written on two rows, and each column's keys to match: the
    rows together, the sub-heading, the group heading (a merged cell repeats one heading in
    both rows: it counts once; a group heading written once heads its whole span)."""
    spans = _group_spans(top, bottom, lookup)
    top = [spans.get(c, v) for c, v in enumerate(top)]
    width = max(len(top), len(bottom))
    shown: list[str | None] = []
    keys: list[list[str]] = []
    for column in range(width):
        upper = _heading_text(top[column]) if column < len(top) else None
        lower = _heading_text(bottom[column]) if column < len(bottom) else None
        if upper is not None and _form_label(upper):
            upper = None
        if upper == lower or lower is None:
            shown.append(upper)
            keys.append([normalize_header(upper)] if upper else [])
        elif upper is None:
            shown.append(lower)
            keys.append([normalize_header(lower)])
        else:
            shown.append(f"{upper.strip()} {lower.strip()}")
            keys.append(
                [normalize_header(upper + lower), normalize_header(lower), normalize_header(upper)]
            )
    return tuple(shown), keys


def _data_like(value: object) -> bool:
    """A value no heading has: a number, a date, a flag (a row of them is data)."""
    if isinstance(value, bool | int | float):
        return True
    if isinstance(value, str):
        return unicodedata.normalize("NFKC", value).strip().replace(".", "").isdigit()
    return not isinstance(value, str) and value is not None


def _continues_heading(
    above: Sequence[object],
    below: Sequence[object],
    lookup: dict[str, list[str]],
    category_names: dict[str, str],
) -> bool:
    """Whether `below` is the second row of the heading `above` starts: headings only (known
    ones, or a merged heading repeated from above), nothing a data row would hold."""
    filled = [(i, v) for i, v in enumerate(below) if not _blank(v)]
    if len(filled) < MIN_HEADINGS or any(_data_like(v) for _i, v in filled):
        return False
    headingish = 0
    spans = _group_spans(above, below, lookup)
    for index, value in filled:
        key = normalize_header(value)
        repeated = index < len(above) and not _blank(above[index]) and above[index] == value
        if (
            repeated or key in lookup or index in spans
        ):  # a category (教育) is as often a data row's value
            headingish += 1
    return headingish * 2 > len(filled)


_Heading = tuple[int, Sequence[object], tuple[str | None, ...], list[list[str]] | None]


def _heading_at(
    rows: Sequence[Sequence[object]],
    index: int,
    lookup: dict[str, list[str]],
    category_names: dict[str, str],
) -> _Heading | None:
    """The heading starting at row `index`: (its last row, its cells, each column's heading as
    shown, each column's keys for a two-row heading); None when the row under it continues a
    heading that starts there with another row below (the heading then starts lower)."""
    cells = rows[index]
    below = rows[index + 1] if index + 1 < len(rows) else ()
    if not _continues_heading(cells, below, lookup, category_names):
        return index, cells, tuple(_heading_text(v) for v in cells), None
    after = rows[index + 2] if index + 2 < len(rows) else ()
    distinct = {v for v in cells if not _blank(v)}
    if len(distinct) < MIN_HEADINGS or _continues_heading(below, after, lookup, category_names):
        return None  # a title over the heading, or the first of three heading rows
    shown, keys = _two_rows(cells, below, lookup)
    return index + 1, shown, shown, keys


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
    for row_index in range(min(HEADER_SCAN_ROWS, len(rows))):
        for candidate, lookup in tried:
            heading = _heading_at(rows, row_index, lookup, names)
            if heading is None:
                continue
            last_row, heading_cells, shown, keys = heading
            match = _match_row(heading_cells, candidate, lookup, names, kind is not None, keys)
            if match is None:
                continue
            fits = _has_fitting_row(rows, last_row + 1, match.columns)
            score = (fits, len(match.columns) * 2 + len(match.category_columns))
            if score > best_score:
                best_score = score
                best = HeaderMatch(
                    candidate.name,
                    last_row,
                    match.columns,
                    match.category_columns,
                    match.extra_columns,
                    shown,
                )
    return best
