"""卓上名札 (tent cards): each card of the sheet folded along its middle into two faces; the
upper face is drawn turned half round, so that both read upright once the card stands on the
table. A light line marks the cut between the cards and a dashed one the fold."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from desktop.sheets.glyphs import Glyphs
from desktop.sheets.model import Card
from desktop.sheets.pdf_grid import Face, Rect, draw_card

GUIDE = colors.Color(0.7, 0.7, 0.7)


def draw_tent_card(canvas: Canvas, card: Card, rect: Rect, glyphs: Glyphs, outlined: bool) -> None:
    left, bottom, width, height = rect
    face = height / 2
    canvas.setStrokeColor(GUIDE)
    canvas.setLineWidth(0.3)
    canvas.line(left, bottom + height, left + width, bottom + height)  # the cut
    canvas.setDash(3, 3)
    canvas.line(left, bottom + face, left + width, bottom + face)  # the fold
    canvas.setDash()
    canvas.setFillColor(colors.black)
    draw_card(canvas, card, (left, bottom, width, face), glyphs, False)
    canvas.saveState()
    # Half round about the upper face's centre: it reads upright from the other side.
    canvas.translate(left + width / 2, bottom + face * 1.5)
    canvas.rotate(180)
    canvas.translate(-(left + width / 2), -(bottom + face * 1.5))
    draw_card(canvas, card, (left, bottom + face, width, face), glyphs, False)
    canvas.restoreState()


TENT = Face(draw_tent_card)
