"""名札 (badges): the event's name at the top, the organization and the post, the reading small
above the name, the name large, and a band along the foot whose colour tells the kind of attendee (委員,
事務局, 講師, 一般) at a glance across the room."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.sheets.glyphs import Glyphs
from desktop.sheets.model import Block, Card
from desktop.sheets.pdf_calibration import draw_text
from desktop.sheets.pdf_grid import SMALL_PADDING, Face, Rect, draw_card
from desktop.sheets.recipients import GENERAL, MEMBER, SECRETARIAT, SPEAKER

# Colours that stay apart in grey print and for the common colour blindnesses (blue, orange,
# green, grey, as the usual reception badges).
BANDS = {
    MEMBER: colors.Color(0.0, 0.3, 0.6),
    SECRETARIAT: colors.Color(0.0, 0.5, 0.35),
    SPEAKER: colors.Color(0.85, 0.4, 0.0),
    GENERAL: colors.Color(0.45, 0.45, 0.45),
}
BAND_SHARE = 0.16  # of the badge's height
EVENT_SHARE = 0.17  # the event's name, two lines of it


def draw_badge(canvas: Canvas, card: Card, rect: Rect, glyphs: Glyphs, outlined: bool) -> None:
    left, bottom, width, height = rect
    if outlined:
        canvas.setStrokeColor(colors.Color(0.6, 0.6, 0.6))
        canvas.setLineWidth(0.3)
        canvas.rect(left, bottom, width, height)
    roles = {block.role: block for block in card.blocks}
    band = height * BAND_SHARE
    inset = 2 * mm  # the band keeps off the cut edges (a card's perforation wanders)
    kind = roles.get("kind")
    if kind is not None and kind.text:
        canvas.setFillColor(BANDS.get(kind.text, BANDS[GENERAL]))
        canvas.rect(left + inset, bottom + inset, width - 2 * inset, band, stroke=0, fill=1)
        size = band * 0.55  # read across the room: as large as the band holds
        canvas.setFillColor(colors.white)
        x = left + (width - glyphs.width(kind.text, size)) / 2
        draw_text(canvas, glyphs, kind.text, x, bottom + inset + (band - size * 0.7) / 2, size)
    canvas.setFillColor(colors.black)
    event = roles.get("event")
    top_share = height * EVENT_SHARE
    if event is not None and event.text:
        # Its text from `inset` below the top edge down to the body's top (draw_card pads
        # the box by SMALL_PADDING): room for two lines of 8 pt on a business card.
        box_height = top_share + 2 * SMALL_PADDING - inset
        box_bottom = bottom + height - top_share - SMALL_PADDING
        draw_card(canvas, Card((event,)), (left, box_bottom, width, box_height), glyphs, False)
    body = tuple(
        Block(b.field, b.text, b.size, "center", b.role)
        for b in card.blocks
        if b.role in ("organization", "post", "kana", "name")
    )
    draw_card(
        canvas,
        Card(body),
        (left, bottom + inset + band, width, height - inset - band - top_share),
        glyphs,
        False,
    )


BADGE = Face(draw_badge)
