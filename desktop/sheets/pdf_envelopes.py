"""長形3号 envelopes printed directly, in vertical writing (縦書き): the postal code's digits in
the envelope's printed frame, the address down the right, the organization and the post beside
it, and the name large down the middle with its honorific."""

from __future__ import annotations

import math

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.sheets.glyphs import Glyphs
from desktop.sheets.model import Card
from desktop.sheets.pdf_grid import Face, Rect
from desktop.sheets.tategaki import TURNED, UPPER_RIGHT, address_line, columns, upright

# The printed postal-code frame of a Japanese envelope: 12 mm from the top, its right end 8 mm
# from the right edge; seven boxes 5.7 × 8 mm, the first three 7.0 mm apart, the last four
# 6.8 mm, 47.7 mm in all (Japan Post's figures for the frame).
FRAME_TOP = 12.0
FRAME_RIGHT = 8.0
FRAME_WIDTH = 47.7
BOX_LEFTS = (0.0, 7.0, 14.0, 21.6, 28.4, 35.2, 42.0)  # from the frame's left end
BOX_SIZE = (5.7, 8.0)
DIGIT_SIZE = 13.0

STEP = 1.08  # a character's square and the space under it, in sizes
ADDRESS_SIZE = 14.0
ADDRESS_TOP = 28.0  # mm: under the postal code's frame
COMPANY_SIZE = 12.0
NAME_SIZE = 28.0
NAME_TOP = 45.0
BOTTOM = 20.0  # mm kept clear at the foot (the envelope's flap side is the back)
SMALLEST = 0.5


def postal_boxes(rect: Rect) -> list[tuple[float, float, float, float]]:
    """The seven boxes of the frame as (left, bottom, width, height) in points."""
    left, bottom, width, height = rect
    frame_left = left + width - (FRAME_RIGHT + FRAME_WIDTH) * mm
    box_bottom = bottom + height - (FRAME_TOP + BOX_SIZE[1]) * mm
    return [
        (frame_left + box * mm, box_bottom, BOX_SIZE[0] * mm, BOX_SIZE[1] * mm) for box in BOX_LEFTS
    ]


def _char(canvas: Canvas, glyphs: Glyphs, char: str, x: float, top: float, size: float) -> None:
    """One character in its square, `x` its centre and `top` its top: turned a quarter for a
    long mark or a bracket, to the upper right for a small kana or a comma."""
    ((name, drawn),) = list(glyphs.runs(char))
    canvas.setFont(name, size)
    width = canvas.stringWidth(drawn, name, size)
    if char in TURNED:
        canvas.saveState()
        canvas.translate(x, top - size / 2)
        canvas.rotate(-90)
        canvas.drawString(-width / 2, -size * 0.35, drawn)
        canvas.restoreState()
        return
    shift_x, shift_y = (size * 0.6, size * 0.55) if char in UPPER_RIGHT else (0.0, 0.0)
    canvas.drawString(x - width / 2 + shift_x, top - size * 0.88 + shift_y, drawn)


def _column(canvas: Canvas, glyphs: Glyphs, text: str, x: float, top: float, size: float) -> float:
    """`text` down a column centred on `x` from `top`; where it ends."""
    for char in text:
        if not char.isspace():
            _char(canvas, glyphs, char, x, top, size)
        top -= size * STEP * (0.5 if char.isspace() else 1)
    return top


def _digits(canvas: Canvas, glyphs: Glyphs, postal_code: str, rect: Rect) -> None:
    digits = [c for c in postal_code if c.isdigit()]
    if len(digits) != len(BOX_LEFTS):
        return  # no code, or not a Japanese one: the frame is left for the pen
    canvas.setFont(glyphs.font.name, DIGIT_SIZE)
    for digit, (left, bottom, width, height) in zip(digits, postal_boxes(rect), strict=True):
        drawn = canvas.stringWidth(digit, glyphs.font.name, DIGIT_SIZE)
        canvas.drawString(
            left + (width - drawn) / 2, bottom + (height - DIGIT_SIZE * 0.72) / 2, digit
        )


def _fits(length: float, size: float) -> int:
    return max(1, math.floor(length / (size * STEP)))


def _laid(
    texts: list[tuple[str, float, float]], start_x: float, rect: Rect, scale: float
) -> list[tuple[str, float, float, float]]:
    """(column text, x, top, size) of the address and company columns, right to left, at
    `scale` of their sizes; a piece that does not fit one column goes on in the next."""
    _left, bottom, _width, height = rect
    laid = []
    x = start_x
    for text, size, top_mm in texts:
        size *= scale
        top = bottom + height - top_mm * mm
        for number, column in enumerate(columns(text, _fits(top - bottom - BOTTOM * mm, size))):
            # The rest of a piece goes on a little lower, as a pen would go on.
            laid.append((column, x, top - (size * 2 if number else 0), size))
            x -= size * 1.5
    return laid


def draw_envelope(canvas: Canvas, card: Card, rect: Rect, glyphs: Glyphs, outlined: bool) -> None:
    left, bottom, width, height = rect
    text = {block.role: block.text for block in card.blocks}
    canvas.setFillColor(colors.black)
    _digits(canvas, glyphs, text.get("postal_code", ""), rect)
    centre = left + width / 2
    name = upright(text.get("addressee", ""))
    name_size = NAME_SIZE
    name_room = height - (NAME_TOP + BOTTOM) * mm
    while len(name) * name_size * STEP > name_room and name_size > NAME_SIZE * SMALLEST:
        name_size *= 0.95
    room = _fits(name_room, name_size)
    if len(name) > room:  # what fits, then …: the name never runs off the envelope
        name = name[: room - 1] + "…"
    # The address, its building on a column of its own (二字下げ), then the organization and
    # the post: as many columns as they take, right to left, made smaller until they keep
    # clear of the name.
    street, _space, building = address_line(text.get("address", "")).partition(" ")
    pieces = [(street, ADDRESS_SIZE, ADDRESS_TOP)]
    if building:
        pieces.append((building, ADDRESS_SIZE, ADDRESS_TOP + 10))
    for role in ("organization", "post"):
        if text.get(role):
            pieces.append((upright(text[role]), COMPANY_SIZE, NAME_TOP + 5))
    pieces = [piece for piece in pieces if piece[0]]
    clear = centre + name_size / 2 + 4 * mm
    scale = 1.0
    while True:
        first = left + width - 14 * mm
        laid = _laid(pieces, first, rect, scale)
        leftmost = min((x - size / 2 for _t, x, _top, size in laid), default=clear)
        if leftmost >= clear or scale <= SMALLEST:
            break
        scale -= 0.05
    kept = [column for column in laid if column[1] - column[3] / 2 >= clear]
    if len(kept) < len(laid) and kept:  # at the smallest, what keeps clear of the name, then …
        column, x, top, size = kept[-1]
        kept[-1] = (column[:-1] + "…", x, top, size)
    for column, x, top, size in kept:
        _column(canvas, glyphs, column, x, top, size)
    _column(canvas, glyphs, name, centre, bottom + height - NAME_TOP * mm, name_size)


ENVELOPE = Face(draw_envelope)
