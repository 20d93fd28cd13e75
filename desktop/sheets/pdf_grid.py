"""A grid of labels or cards as a PDF: each card's text drawn inside its label of the sheet's
geometry, broken into lines by the Japanese rules, and made smaller when it does not fit, so
that no text ever runs into the next label.

A label sheet has no title, page number or stamp: anything printed outside the labels would be
lost, and anything inside one would be stuck on an envelope.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.sheets.fonts import FontChoice
from desktop.sheets.glyphs import Glyphs
from desktop.sheets.linebreak import CANNOT_START, wrap
from desktop.sheets.model import Block, Card, Grid, Sheet

PADDING = 4 * mm  # printers place a page within a millimetre or two: text keeps off the edges
SMALL_PADDING = 2.5 * mm  # a small label's (44面): what still clears a printer's play
LEADING = 1.25
SMALLEST = 0.45  # the text is made smaller down to this share of its size, then cut with …
# An addressee (氏名 様, 会社名 御中) or a name is made up to this much smaller before it
# takes two lines.
ADDRESSEE_SHRINK = 0.8
# Points a block of these roles keeps while the rest of its label shrinks (the name is what
# the postman and the reader look for), unless the label cannot hold it at all.
LEAST = {"addressee": 8.0, "name": 8.0, "event": 8.0}
# A legal form before the name (公益財団法人埼玉県…): where a long organization's name breaks best.
_LEGAL_FORM = re.compile(
    r"^(?:(?:公益|一般)?(?:社団|財団)法人|特定非営利活動法人|(?:株式|有限|合同|合資|合名)会社"
    r"|(?:国立大学|学校|医療|社会福祉)法人)"
)


@dataclass(frozen=True)
class _Line:
    text: str
    size: float
    align: str


def _lines(
    blocks: tuple[Block, ...], scale: float, width: float, glyphs: Glyphs, floors: bool
) -> list[_Line]:
    """The blocks' lines at `scale`; with `floors`, a block of a LEAST role no smaller than
    its least size."""
    found = []
    for block in blocks:
        least = min(block.size, LEAST.get(block.role, 0.0)) if floors else 0.0
        size = max(block.size * scale, least)
        if block.role in ("addressee", "name"):
            found += _kept_whole(block, size, width, glyphs, least)
            continue
        measure = glyphs.measure(size)
        # Broken between words where it can (before 「（」, after a space): 「…センター／（架空の
        # サンプル）」, not 「…センター（架空のサン／プル）」.
        lines = _no_widow(wrap(block.text, width, measure, whole=width))
        found += [_Line(line.lstrip(" \u3000"), size, block.align) for line in lines]
    return found


def _kept_whole(
    block: Block, size: float, width: float, glyphs: Glyphs, least: float = 0.0
) -> list[_Line]:
    """An addressee (or a badge's or tent card's name) on one line, a little smaller if need
    be (not below `least`); else broken only between words — after the legal form, before the
    honorific, between family and given name — never inside a name, and never an honorific
    alone at the start of a line with a space before it."""
    text = block.text
    shares = tuple(
        share
        for share in (1.0, 0.95, 0.9, 0.85, ADDRESSEE_SHRINK)
        if share == 1.0 or size * share >= least
    )
    for share in shares:
        if glyphs.width(text, size * share) <= width:
            return [_Line(text, size * share, block.align)]
    # Two lines at the largest size that makes two, else as few as the smallest makes.
    for share in shares:
        found = _broken(block, size * share, width, glyphs)
        if len(found) <= 2:
            break
    return found


def _broken(block: Block, size: float, width: float, glyphs: Glyphs) -> list[_Line]:
    name, _, honorific = block.text.rpartition(" ")
    if not name or block.role != "addressee":
        name, honorific = block.text, ""
    measure = glyphs.measure(size)
    form = _LEGAL_FORM.match(name)
    if form and measure(form[0]) <= width:
        lines = [form[0], *wrap(name[form.end() :], width, measure)]
    else:
        lines = wrap(name, width, measure, names=True)
    if honorific and measure(f"{lines[-1]} {honorific}") <= width:
        lines[-1] = f"{lines[-1]} {honorific}"
        honorific = ""
    found = [_Line(line, size, block.align) for line in lines]
    if honorific:
        found.append(_Line(honorific, size, "right"))  # under the name's end, as written by hand
    return found


def _no_widow(lines: list[str]) -> list[str]:
    """The lines with no last line of a character or two alone (様 under a long post): it
    takes the end of the line before along, not starting with a closing mark."""
    if len(lines) < 2 or len(lines[-1].strip()) > 2 or len(lines[-2]) < 4:
        return lines
    before, last = lines[-2], lines[-1]
    cut = len(before) - 1
    while cut > 1 and before[cut] in CANNOT_START:
        cut -= 1
    return [*lines[:-2], before[:cut], before[cut:] + last]


def _height(lines: list[_Line]) -> float:
    return sum(line.size * LEADING for line in lines)


def _shrunk(
    blocks: tuple[Block, ...], width: float, height: float, glyphs: Glyphs, floors: bool
) -> list[_Line]:
    """The blocks' lines at the largest size (in steps of 5 %) at which they fit, or at the
    smallest."""
    scale = 1.0
    while True:
        lines = _lines(blocks, scale, width - 1, glyphs, floors)
        if _height(lines) <= height or scale <= SMALLEST:
            return lines
        scale -= 0.05


def _fitted(card: Card, width: float, height: float, glyphs: Glyphs) -> list[_Line]:
    """The card's lines at the largest size at which they fit the label, its name kept at
    its LEAST size. Nothing is left out while it fits: on a small label (44面) a department or
    post in small print still takes the letter to its desk, and a label without it does not.
    When nothing fits: every line smaller, down to the smallest, and there the lines that
    fit, the last one ending in …."""
    blocks = tuple(b for b in card.blocks if b.text)
    lines = _shrunk(blocks, width, height, glyphs, floors=True)
    if _height(lines) <= height:
        return lines
    lines = _shrunk(blocks, width, height, glyphs, floors=False)
    while lines and _height(lines) > height:
        lines.pop()
        if lines:
            last = lines[-1]
            text = last.text
            while text and glyphs.width(text + "…", last.size) > width - 1:
                text = text[:-1]
            lines[-1] = _Line(text + "…", last.size, last.align)
    return lines


def _line_start(line: _Line, x: float, width: float, glyphs: Glyphs) -> float:
    """Where `line` starts in a box from `x`, `width` wide, by its alignment."""
    text_width = glyphs.width(line.text, line.size)
    if line.align == "center":
        x += (width - text_width) / 2
    elif line.align == "right":
        x += width - text_width
    return x


def draw_card(
    canvas: Canvas,
    card: Card,
    rect: tuple[float, float, float, float],
    glyphs: Glyphs,
    outlined: bool,
) -> None:
    left, bottom, width, height = rect
    if outlined:
        canvas.setStrokeColor(colors.Color(0.6, 0.6, 0.6))
        canvas.setLineWidth(0.3)
        canvas.rect(left, bottom, width, height)
    padding = max(SMALL_PADDING, min(PADDING, height * 0.1))
    inner_width = width - 2 * padding
    inner_height = height - 2 * padding
    lines = _fitted(card, inner_width, inner_height, glyphs)
    # The text in the middle of the label, top to bottom.
    baseline = bottom + height - padding - (inner_height - _height(lines)) / 2
    for line in lines:
        baseline -= line.size * LEADING
        x = _line_start(line, left + padding, inner_width, glyphs)
        descent = line.size * (LEADING - 1) / 2 + line.size * 0.12
        for name, run in glyphs.runs(line.text):
            canvas.setFont(name, line.size)
            canvas.drawString(x, baseline + descent, run)
            x += canvas.stringWidth(run, name, line.size)


Rect = tuple[float, float, float, float]  # left, bottom, width, height in points


@dataclass(frozen=True)
class Face:
    """How a grid's cards are drawn: each card in its rect, and what each page carries besides
    (the calibration page's rule)."""

    card: Callable[[Canvas, Card, Rect, Glyphs, bool], None]
    page: Callable[[Canvas, Grid, Glyphs], None] | None = None


LABEL = Face(draw_card)


def grid_pdf(
    sheet: Sheet,
    grid: Grid,
    font: FontChoice,
    on_page: Callable[[int], None] | None = None,
    face: Face = LABEL,
) -> bytes:
    """The cards on as many sheets of the geometry as they take, from label `grid.start`,
    shifted by the printer's offset, each drawn by `face`."""
    geometry = grid.geometry
    paper_width, paper_height = geometry.paper[0] * mm, geometry.paper[1] * mm
    buffer = io.BytesIO()
    # Our font from the start: no page refers to a font that is not embedded. (The type stub
    # says a number; reportlab takes the font's name.)
    canvas = Canvas(
        buffer,
        pagesize=(paper_width, paper_height),
        initialFontName=font.name,  # type: ignore[arg-type]
    )
    canvas.setTitle(sheet.title)
    canvas.setAuthor("事務局デスク")
    glyphs = Glyphs(font)
    shift_x, shift_y = grid.offset
    page = 0
    if face.page is not None:
        face.page(canvas, grid, glyphs)
    for index, card in enumerate(grid.cards):
        sheet_number, position = divmod(grid.start - 1 + index, geometry.per_page)
        while page < sheet_number:
            canvas.showPage()
            page += 1
            if on_page is not None:
                on_page(page)
            if face.page is not None:
                face.page(canvas, grid, glyphs)
        left, top, width, height = geometry.rect(position + 1)
        left, top = left + shift_x, top + shift_y
        rect = (left * mm, paper_height - (top + height) * mm, width * mm, height * mm)
        face.card(canvas, card, rect, glyphs, grid.outlined)
    canvas.showPage()
    if on_page is not None:
        on_page(page + 1)
    canvas.save()
    return buffer.getvalue()
