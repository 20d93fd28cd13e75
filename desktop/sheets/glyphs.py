"""What of a sheet's text can be drawn, and with which font.

Stored text may hold what a printed page cannot show: control characters (old data, pasted
text), a kana followed by a combining voiced mark (drawn as two marks), characters the print
font lacks (𠮷 of 𠮷田, emoji). For printing, text is normalised to NFC and control
characters are left out; a character the print font lacks is drawn with another font of the PC
that has it, and when none has it, 〓 is printed instead and the record is named to the user.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.sheets import fonts
from desktop.sheets.fonts import FontChoice
from desktop.sheets.model import Card, Grid, Layout, Letters, Sheet

MISSING_MARK = "〓"  # げた: the printer's mark for a character it has no type for
# Combining voiced marks NFC cannot join to the kana before them (half-width kana, ん …):
# printed as the spacing marks, which every Japanese font has (half-width after half-width).
_SPACING_MARKS = str.maketrans({"\u3099": "\u309b", "\u309a": "\u309c"})
_AFTER_HALF_WIDTH = re.compile("(?<=[\uff66-\uff9d])[\u3099\u309a]")
_HALF_WIDTH_MARKS = {"\u3099": "\uff9e", "\u309a": "\uff9f"}
# Symbols Japanese print fonts may lack (IPAex Gothic has no ▸): printed as the nearest one
# they have (JIS X 0213), not as a box or 〓 on a PC without a font that draws them.
_SYMBOLS = str.maketrans(
    {
        "\u25b8": "\u25b6",  # ▸ (a menu path: ファイル ▸ 印刷) as ▶
        "\u25ba": "\u25b6",  # ►
        "\u2023": "\u25b6",  # ‣
        "\u25b9": "\u25b7",  # ▹ as ▷
        "\u25bb": "\u25b7",  # ▻
        "\u2714": "\u2713",  # ✔ as ✓
        "\u2715": "\u00d7",  # ✕ as ×
        "\u2716": "\u00d7",  # ✖
        "\u2717": "\u00d7",  # ✗
        "\u2718": "\u00d7",  # ✘
        "\u3030": "\uff5e",  # 〰 as ～
    }
)
# Line and paragraph separators and the old DOS/Mac line ends: one line break.
_LINE_BREAKS = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n", "\t": " "})
# All three at once: no replacement is replaced again.
_REPLACEMENTS = {**_LINE_BREAKS, **_SPACING_MARKS, **_SYMBOLS}
_REPLACED = re.compile("[" + "".join(re.escape(chr(c)) for c in _REPLACEMENTS) + "]")


def _invisible(char: str) -> bool:
    """Control and format characters, and variation selectors: no font draws them as a mark,
    and a PDF would show them as boxes."""
    category = unicodedata.category(char)
    if char == "\n":
        return False
    if category in ("Cc", "Cf", "Cs"):
        return True
    return "\ufe00" <= char <= "\ufe0f" or "\U000e0100" <= char <= "\U000e01ef"


def printable(text: str) -> str:
    """`text` as it is printed: NFC, one kind of line break, no control characters, symbols the
    print fonts lack as their nearest equivalent."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    text = _AFTER_HALF_WIDTH.sub(lambda mark: _HALF_WIDTH_MARKS[mark[0]], text)
    if _REPLACED.search(text):  # (most text has none of them: no need to copy it)
        text = text.translate(_REPLACEMENTS)
    if text.isprintable():  # the usual case: nothing to leave out
        return text
    return "".join(c for c in text if not _invisible(c))


def printable_sheet(sheet: Sheet) -> Sheet:
    """The sheet with every text as it is printed (see `printable`)."""
    return replace(
        sheet,
        title=printable(sheet.title),
        as_of=printable(sheet.as_of),
        sections=tuple(
            replace(
                s,
                heading=printable(s.heading) if s.heading is not None else None,
                rows=tuple(tuple(printable(v) for v in row) for row in s.rows),
                notes=tuple(printable(n) for n in s.notes),
            )
            for s in sheet.sections
        ),
        notes=tuple(printable(n) for n in sheet.notes),
        layout=_printable_layout(sheet.layout),
    )


def _printable_layout(layout: Layout) -> Layout:
    """A grid's cards or the letters with every text as it is printed."""
    if isinstance(layout, Grid):
        return replace(
            layout,
            cards=tuple(
                Card(tuple(replace(b, text=printable(b.text)) for b in card.blocks))
                for card in layout.cards
            ),
        )
    if isinstance(layout, Letters):
        return Letters(
            tuple(
                replace(
                    letter,
                    addressee=tuple(map(printable, letter.addressee)),
                    date=printable(letter.date),
                    sender=tuple(map(printable, letter.sender)),
                    title=printable(letter.title),
                    body=tuple(map(printable, letter.body)),
                    closing=printable(letter.closing),
                    details=tuple((printable(k), printable(v)) for k, v in letter.details),
                )
                for letter in layout.letters
            )
        )
    return layout


@functools.cache
def _drawn_characters(font: FontChoice) -> frozenset[str] | None:
    """The characters a TrueType print font draws, as a set of strings: whether a text is all
    in it is asked of every cell, and a set of strings answers without a loop in Python."""
    covered = fonts.characters(font)
    return frozenset(map(chr, covered)) if isinstance(covered, dict) else None


class Glyphs:
    """Which font draws each character: the print font, else a font of the PC that has it."""

    def __init__(self, font: FontChoice) -> None:
        self.font = font
        self._covered = fonts.characters(font)
        self._drawn = _drawn_characters(font)
        self._fallbacks: dict[str, str | None] = {}
        self._measures: dict[float, Callable[[str], float]] = {}

    def font_of(self, char: str) -> str | None:
        """The font that draws `char` (None: no font of this PC has it)."""
        if ord(char) in self._covered:
            return self.font.name
        if char not in self._fallbacks:
            self._fallbacks[char] = fonts.fallback_font(self.font, char)
        return self._fallbacks[char]

    def plain(self, text: str) -> bool:
        """True when the print font draws all of `text` (the usual case)."""
        if self._drawn is not None:
            return self._drawn.issuperset(text)
        return all(map(self._covered.__contains__, map(ord, text)))

    def missing(self, text: str) -> str:
        """The characters of `text` that no font of this PC draws, each once."""
        if self.plain(text):
            return ""
        return "".join(dict.fromkeys(c for c in text if c != "\n" and self.font_of(c) is None))

    def runs(self, text: str) -> Iterator[tuple[str, str]]:
        """(font name, text) pieces; a character no font draws becomes 〓 in the print font."""
        name, run = self.font.name, ""
        for char in text:
            font = self.font_of(char)
            if font is None:
                font, char = self.font.name, MISSING_MARK
            if font != name and run:
                yield name, run
                run = ""
            name = font
            run += char
        if run:
            yield name, run

    def width(self, text: str, size: float) -> float:
        """The width `text` is printed at."""
        return self.measure(size)(text)

    def measure(self, size: float) -> Callable[[str], float]:
        """The width of a text at `size`; the same characters and words are measured over and
        over while lines are broken, so each is measured once."""
        found = self._measures.get(size)
        if found is None:
            widths: dict[str, float] = {}

            def found(text: str) -> float:
                width = widths.get(text)
                if width is None:
                    width = widths[text] = self._measured(text, size)
                return width

            self._measures[size] = found
        return found

    def _measured(self, text: str, size: float) -> float:
        if self.plain(text):
            return stringWidth(text, self.font.name, size)
        return sum(stringWidth(run, name, size) for name, run in self.runs(text))

    def markup(self, text: str) -> str:
        """`text` as paragraph markup, each run in its font."""
        if self.plain(text):
            return escape(text)
        return "".join(
            escape(run) if name == self.font.name else f'<font name="{name}">{escape(run)}</font>'
            for name, run in self.runs(text)
        )


@dataclass(frozen=True)
class Unprintable:
    """A record (or a heading or note) holding characters no font of this PC draws."""

    where: str
    characters: str

    def message(self) -> str:
        codes = "、".join(f"{c}（U+{ord(c):04X}）" for c in self.characters)
        return f"注意: {self.where}に印刷できない文字があります: {codes}。「{MISSING_MARK}」と印刷されます。"


def unprintable(sheet: Sheet, font: FontChoice | None = None) -> list[Unprintable]:
    """Where the printed sheet holds characters no font of this PC draws: one entry per row
    (named by its section, number and first words), heading or note."""
    glyphs = Glyphs(font or fonts.japanese_font())
    sheet = printable_sheet(sheet)
    found: list[Unprintable] = []

    def missing(*texts: str) -> str:
        return "".join(dict.fromkeys("".join(glyphs.missing(t) for t in texts)))

    if lacking := missing(sheet.title, sheet.as_of):
        found.append(Unprintable("表題", lacking))
    for section in sheet.sections:
        heading = section.heading or ""
        if lacking := missing(heading):
            found.append(Unprintable(f"見出し「{_short(heading)}」", lacking))
        place = f"「{_short(heading)}」の" if heading else ""
        for number, row in enumerate(section.rows, start=1):
            if lacking := missing(*row):
                where = _row_name(sheet, row, f"{place}{number}行目", glyphs)
                found.append(Unprintable(where, lacking))
    for note in sheet.notes:
        if lacking := missing(note):
            found.append(Unprintable(f"注記「{_short(note)}」", lacking))
    for number, fields in enumerate(sheet.records(), start=1):
        if lacking := missing(*(text for _field, text in fields)):
            found.append(Unprintable(_record_name(fields, number, glyphs), lacking))
    return found


def _record_name(fields: tuple[tuple[str, str], ...], number: int, glyphs: Glyphs) -> str:
    """A card or letter by its number, its last field that names someone (the addressee), and
    the field where a character is missing: 3枚目（山田 様）の所属「…」."""
    field, text = next(((f, t) for f, t in fields if glyphs.missing(t)), ("", ""))
    who = next((t for f, t in reversed(fields) if f in NAMING_FIELDS and t), "")
    who = who.splitlines()[-1] if who else ""
    named = f"（{_short(who)}）" if who and who != text else ""
    return f"{number}枚目{named}の{field}「{_short(text)}」"


NAMING_FIELDS = ("宛名", "氏名", "宛先", "Addressee", "Name")


def _row_name(sheet: Sheet, row: tuple[str, ...], place: str, glyphs: Glyphs) -> str:
    """The row by its place, its first words, and the column where a character is missing:
    2行目（議長）の役職「内閣府…」."""
    column, cell = next(
        ((c.title, v) for c, v in zip(sheet.columns, row, strict=True) if glyphs.missing(v)),
        ("", ""),
    )
    label = _label(row)
    if label == cell:
        return f"{place}の{column}「{_short(cell)}」"
    return f"{place}（{_short(label)}）の{column}「{_short(cell)}」"


def _label(row: tuple[str, ...]) -> str:
    """The first words of a row that are not a number (its name, most often)."""
    return next((v for v in row if v and not v.isdigit()), "")


def _short(text: str, limit: int = 20) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[:limit] + "…"


def warning_text(found: list[Unprintable], limit: int = 10) -> str | None:
    """The warning shown above the print preview (the first `limit` records, then a count)."""
    if not found:
        return None
    lines = [f.message() for f in found[:limit]]
    if len(found) > limit:
        lines.append(f"ほか {len(found) - limit} 件にも印刷できない文字があります。")
    lines.append(HINT)
    return "\n".join(lines)


HINT = "その文字を含むフォントを PC に入れると印刷できます（例: IPAmj明朝、花園明朝）。"


def after_printing(found: list[Unprintable]) -> str | None:
    """The line said once the sheet is written (the records were named before)."""
    if not found:
        return None
    return (
        f"注意: {len(found)}か所に印刷できない文字があり、「{MISSING_MARK}」と印刷しました。{HINT}"
    )
