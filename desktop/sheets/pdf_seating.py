"""座席表 on A4 landscape: the title and date, which side ranks higher, the chair's seat at the
head of the table (the top of the page), the members' seats down both sides in rank order, the
事務局 at the foot. Every seat is a box with the organization small, the post, the name larger.

The chair faces down the table: the chair's left is the page's right, and the page says so."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.sheets.glyphs import Glyphs
from desktop.sheets.model import Block, Card
from desktop.sheets.pdf_calibration import draw_text
from desktop.sheets.pdf_grid import Face, Rect, draw_card

MARGIN = 10 * mm
TABLE_WIDTH = 56 * mm
GAP = 6 * mm  # between the table and the seats
SEAT_WIDTH = 95 * mm
SEAT_HEIGHT = 17 * mm  # the usual seat; less when many sit on a side
ROOMY_SEAT_HEIGHT = 22 * mm  # a seat when few sit on a side: the post gets its own line
ROOMY_SIZE = 12.5  # and the text is as large as a seat across the table is read
HEAD_HEIGHT = ROOMY_SEAT_HEIGHT
TABLE_FILL = colors.Color(0.92, 0.92, 0.92)


def _seat(canvas: Canvas, text: str, rect: Rect, glyphs: Glyphs, size: float) -> None:
    """A seat's box; organization small, post, name large (a seat's text is those three lines)."""
    organization, post, name = ([*text.split("\n"), "", ""])[:3]
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.8)
    canvas.rect(*rect)
    if rect[3] >= ROOMY_SEAT_HEIGHT - 0.1:
        # Room for three lines: the organization no longer shrinks the name with it.
        blocks: tuple[Block, ...] = (
            Block("", organization, size * 0.75, "center"),
            Block("", post, size * 0.85, "center"),
            Block("", name, size * 1.3, "center", "name"),
        )
    else:
        line = f"{organization}　{post}".strip("　")
        blocks = (
            Block("", line, size * 0.75, "center"),
            Block("", name, size * 1.3, "center", "name"),
        )
    card = Card(blocks)
    draw_card(canvas, card, rect, glyphs, False)


def _centred(canvas: Canvas, glyphs: Glyphs, text: str, x: float, y: float, size: float) -> None:
    draw_text(canvas, glyphs, text, x - glyphs.width(text, size) / 2, y, size)


def draw_seating(canvas: Canvas, card: Card, rect: Rect, glyphs: Glyphs, _outlined: bool) -> None:
    left, bottom, width, height = rect
    texts = {b.role: b.text for b in card.blocks}
    sides = {
        side: [b.text for b in card.blocks if b.role == f"chair_{side}"]
        for side in ("left", "right")
    }
    top = bottom + height - MARGIN
    middle = left + width / 2
    canvas.setFillColor(colors.black)
    _centred(canvas, glyphs, f"{texts.get('title', '')}　座席表", middle, top - 14, 16)
    draw_text(canvas, glyphs, texts.get("when", ""), left + MARGIN, top - 30, 10)
    rule = texts.get("rule", "")
    side = "左" if rule == "左上位" else "右"
    note = f"{rule}（1番目の席は議長から見て{side}、図の{'右' if side == '左' else '左'}側）"
    draw_text(canvas, glyphs, note, left + width - MARGIN - glyphs.width(note, 10), top - 30, 10)
    # The head: the chair's seat above the table.
    head_top = top - 38
    head = (middle - SEAT_WIDTH / 2, head_top - HEAD_HEIGHT, SEAT_WIDTH, HEAD_HEIGHT)
    if texts.get("chair"):
        _seat(canvas, texts["chair"], head, glyphs, ROOMY_SIZE)
    foot_bottom = bottom + MARGIN
    table_top = head_top - HEAD_HEIGHT - GAP
    table_bottom = foot_bottom + HEAD_HEIGHT + GAP
    canvas.setFillColor(TABLE_FILL)
    canvas.setStrokeColor(colors.Color(0.5, 0.5, 0.5))
    canvas.rect(
        middle - TABLE_WIDTH / 2, table_bottom, TABLE_WIDTH, table_top - table_bottom, fill=1
    )
    canvas.setFillColor(colors.black)
    rows = max(len(sides["left"]), len(sides["right"]), 1)
    pitch = (table_top - table_bottom) / rows
    seat_height = min(ROOMY_SEAT_HEIGHT, pitch - 1.5 * mm)
    size = 11.0 if seat_height >= SEAT_HEIGHT else max(6.0, 11.0 * seat_height / SEAT_HEIGHT)
    if seat_height >= ROOMY_SEAT_HEIGHT - 0.1:
        size = ROOMY_SIZE
    # The chair faces the foot: the chair's left is the page's right.
    for chair_side, x in (
        ("left", middle + TABLE_WIDTH / 2 + GAP),
        ("right", middle - TABLE_WIDTH / 2 - GAP - SEAT_WIDTH),
    ):
        for row, text in enumerate(sides[chair_side]):
            y = table_top - row * pitch - seat_height
            _seat(canvas, text, (x, y, SEAT_WIDTH, seat_height), glyphs, size)
    foot = (middle - SEAT_WIDTH / 2, foot_bottom, SEAT_WIDTH, HEAD_HEIGHT)
    canvas.setStrokeColor(colors.black)
    canvas.rect(*foot)
    draw_card(
        canvas,
        Card((Block("", "事務局", 9, "center"), Block("", texts.get("foot", ""), 12, "center"))),
        foot,
        glyphs,
        False,
    )


SEATING = Face(draw_seating)
