"""A summary sheet as plain data: what every renderer (PDF, XLSX, JSON, preview) draws.

A sheet has a layout: a table of columns and sections (most sheets; a booklet adds a cover with
the contents), a grid of cards or labels on a page of declared geometry, or letters, one a page.
Whatever the layout, every output carries the same data: the PDF draws it, the JSON gives it as
objects, the XLSX as one row per card or letter.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

from desktop.sheets.geometry import PageGeometry
from desktop.sheets.words import tr

Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class Column:
    title: str
    width: float = 1.0  # its share among the columns of long text (see column_widths.py)
    align: Align = "left"
    names: bool = False  # people's names: a name is never broken across lines
    keep: bool = False  # printed even when empty (a column to fill in by hand), narrow


# A row's values as data for scripts (JSON only): English keys, numbers as numbers, dates ISO;
# the audit log's before / after are objects.
Record = Mapping[str, object]


@dataclass(frozen=True)
class Section:
    heading: str | None  # e.g. the 幹事会 under its 連絡会議; None for a sheet of one table
    rows: tuple[tuple[str, ...], ...]
    records: tuple[Record, ...] = ()  # none, or one per row (see as_json)
    notes: tuple[str, ...] = ()  # printed under this table (its published figures …)
    # Its one row only says that there is nothing (該当なし): printed, but no row in the JSON.
    none_found: bool = False
    # In a booklet: starts on a new page (a short section goes on under the one before).
    new_page: bool = True


def none_found(heading: str | None, columns: int, text: str) -> Section:
    """A section with nothing in it, printed as one row saying `text` (該当なし) rather than as
    a table of headings alone."""
    return Section(heading, ((text,) + ("",) * (columns - 1),), none_found=True)


@dataclass(frozen=True)
class Block:
    """One piece of a card's text: drawn at `size` pt (smaller when the card is too small for
    it), and titled `field` in the JSON and the XLSX."""

    field: str
    text: str
    size: float = 10.0
    align: Align = "left"
    role: str = ""  # what the drawing of an envelope, a tent card or a badge looks for


@dataclass(frozen=True)
class Card:
    """A label or a card: its blocks drawn top to bottom, each wrapped inside the card."""

    blocks: tuple[Block, ...]

    def fields(self) -> tuple[tuple[str, str], ...]:
        return tuple((b.field, b.text) for b in self.blocks)


@dataclass(frozen=True)
class Grid:
    """Cards or labels on sheets of `geometry`, in order from label `start` (1-based, left to
    right, then down): the labels before it on the first sheet were used already."""

    geometry: PageGeometry
    cards: tuple[Card, ...]
    start: int = 1
    outlined: bool = False  # cards cut out by hand get their outline; pre-cut labels none
    # The printer's shift in mm (right, down), measured on the calibration page.
    offset: tuple[float, float] = (0.0, 0.0)
    # How a card is drawn: "label" (lines top to bottom), "envelope" (縦書き), "tent" (two
    # faces, the upper one upside down), "badge" (a colour band by kind of attendee), or
    # "calibration" (every label's outline and number, and a 100 mm rule).
    face: str = "label"


@dataclass(frozen=True)
class Letter:
    """One letter, on a page of its own: addressee at the top left, date and sender at the
    right, the title, the body's paragraphs, the closing word, and the 記 items under it."""

    addressee: tuple[str, ...]  # lines: 〒, address, organization, 役職 name 様
    date: str  # in wareki: 令和8年11月22日
    sender: tuple[str, ...]  # lines
    title: str
    body: tuple[str, ...]  # paragraphs
    closing: str = "敬具"
    details: tuple[tuple[str, str], ...] = ()  # 記: (日時, 令和…), (会場, …); then 以上
    # The values an office's own Word letter is filled with (see docx_merge.py): 宛名 …
    merge: tuple[tuple[str, str], ...] = ()

    def fields(self) -> tuple[tuple[str, str], ...]:
        return (
            ("宛先", "\n".join(self.addressee)),
            ("日付", self.date),
            ("差出人", "\n".join(self.sender)),
            ("件名", self.title),
            ("本文", "\n".join(self.body)),
            ("結語", self.closing),
            *self.details,
        )


@dataclass(frozen=True)
class Letters:
    letters: tuple[Letter, ...]
    # The office's Word letter (.docx) to fill in instead of printing these (see render.py).
    template: str | None = None


Layout = Grid | Letters | None  # None: the table of the sheet's columns and sections


@dataclass(frozen=True)
class Sheet:
    name: str  # the CLI name (council-members …)
    title: str
    as_of: str  # e.g. 令和8年11月22日現在
    columns: tuple[Column, ...]
    sections: tuple[Section, ...]
    notes: tuple[str, ...] = ()  # printed under the table (※第4回は …)
    landscape: bool = False
    confidential: bool = False  # shows personal contact data: marked 取扱注意
    confidential_label: str = "取扱注意"  # "Confidential" with English headings
    booklet: bool = False  # a cover with the contents, and sections on new pages (new_page)
    layout: Layout = None
    # A section's heading where its table goes on over a page: 見出し（続き）, or "… (continued)"
    # in a sheet built with English headings (the language is the builder's).
    continued: str = field(default_factory=lambda: tr("{heading}（続き）"))

    def records(self) -> tuple[tuple[tuple[str, str], ...], ...]:
        """A grid's cards or the letters, each as its (field, text) pairs."""
        if isinstance(self.layout, Grid):
            return tuple(card.fields() for card in self.layout.cards)
        if isinstance(self.layout, Letters):
            return tuple(letter.fields() for letter in self.layout.letters)
        return ()

    def without_empty(self, *titles: str) -> Sheet:
        """The sheet without those of the named columns that are empty in every row.

        (A council listed by post alone has no names: an empty 氏名 column would only take room.)
        """
        drop = {
            i
            for i, c in enumerate(self.columns)
            if c.title in titles and not any(r[i] for s in self.sections for r in s.rows)
        }

        def keep(values: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(v for i, v in enumerate(values) if i not in drop)

        return replace(
            self,
            columns=tuple(c for i, c in enumerate(self.columns) if i not in drop),
            sections=tuple(replace(s, rows=tuple(keep(r) for r in s.rows)) for s in self.sections),
        )

    def shifted(self, offset: tuple[float, float]) -> Sheet:
        """The sheet for a printer of another shift: its cards moved by `offset` (mm right,
        down) in place of the shift it was built with; a sheet of no cards as it is."""
        if not isinstance(self.layout, Grid) or self.layout.offset == offset:
            return self
        return replace(self, layout=replace(self.layout, offset=offset))

    def as_json(self) -> dict[str, object]:
        """The same rows as the printed sheet, one object per row keyed by column title; a
        sheet made for scripts adds each row's record (support-status: title,
        selected_fiscal_year … as numbers) to the same object."""
        if self.layout is not None:
            return self._layout_json()
        titles = [c.title for c in self.columns]
        return {
            "sheet": self.name,
            "title": self.title,
            "as_of": self.as_of,
            "confidential": self.confidential,
            "columns": titles,
            "sections": [
                {
                    "heading": s.heading,
                    "notes": list(s.notes),
                    "rows": [
                        {**dict(zip(titles, row, strict=True)), **record}
                        for row, record in zip(
                            s.rows, s.records or ({},) * len(s.rows), strict=True
                        )
                        if not s.none_found
                    ],
                }
                for s in self.sections
            ],
            "notes": list(self.notes),
        }

    def _layout_json(self) -> dict[str, object]:
        """A grid's cards or the letters, each an object of its fields, as the PDF prints them."""
        found: dict[str, object] = {
            "sheet": self.name,
            "title": self.title,
            "as_of": self.as_of,
            "confidential": self.confidential,
        }
        if isinstance(self.layout, Grid):
            found["layout"] = "grid"
            found["geometry"] = self.layout.geometry.as_json()
            found["start"] = self.layout.start
            found["offset_mm"] = list(self.layout.offset)
            found["cards"] = [dict(fields) for fields in self.records()]
        else:
            found["layout"] = "letters"
            found["letters"] = [dict(fields) for fields in self.records()]
        return found
