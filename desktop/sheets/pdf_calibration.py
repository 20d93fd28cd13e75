"""The calibration page of a label sheet: every label's outline and number where the printer
puts them (with the offset given), and a 100 mm rule each way. Printed on plain paper and held
against a label sheet to the light, it shows how far the printer shifts the page (→ --offset)
and whether it scales it (the rule is not 100 mm: print at 100 %, not "fit to page")."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.sheets.glyphs import Glyphs
from desktop.sheets.model import Card, Grid
from desktop.sheets.pdf_grid import Face, Rect

RULE = 100.0  # mm
TICK = 10.0  # mm between the rule's long ticks


def draw_text(canvas: Canvas, glyphs: Glyphs, text: str, x: float, y: float, size: float) -> None:
    """`text` from (x, y) on its baseline, each character in a font that has it."""
    for name, run in glyphs.runs(text):
        canvas.setFont(name, size)
        canvas.drawString(x, y, run)
        x += canvas.stringWidth(run, name, size)


def _outline(canvas: Canvas, card: Card, rect: Rect, glyphs: Glyphs, outlined: bool) -> None:
    left, bottom, width, height = rect
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.3)
    canvas.rect(left, bottom, width, height)
    text = card.blocks[0].text if card.blocks else ""
    size = min(14.0, height / 3)
    x = left + (width - glyphs.width(text, size)) / 2
    canvas.setFillColor(colors.black)
    draw_text(canvas, glyphs, text, x, bottom + (height - size) / 2 + size * 0.15, size)


def _rules(canvas: Canvas, grid: Grid, glyphs: Glyphs) -> None:
    paper_width, paper_height = (side * mm for side in grid.geometry.paper)
    centre_x, centre_y = paper_width / 2, paper_height / 2
    canvas.setStrokeColor(colors.Color(0.8, 0, 0))
    canvas.setFillColor(colors.Color(0.8, 0, 0))
    canvas.setLineWidth(0.4)
    across = centre_x - RULE / 2 * mm
    down = centre_y + RULE / 2 * mm
    canvas.line(across, centre_y, across + RULE * mm, centre_y)
    canvas.line(centre_x, down, centre_x, down - RULE * mm)
    for step in range(int(RULE) + 1):
        long = 3.0 if step % TICK == 0 else 1.5 if step % 5 == 0 else 0.8
        canvas.line(across + step * mm, centre_y, across + step * mm, centre_y + long * mm)
        canvas.line(centre_x, down - step * mm, centre_x + long * mm, down - step * mm)
    draw_text(canvas, glyphs, "100 mm", across + RULE * mm + 2 * mm, centre_y - 1 * mm, 9)
    draw_text(canvas, glyphs, "100 mm", centre_x + 2 * mm, down - RULE * mm - 4 * mm, 9)
    shift_x, shift_y = grid.offset
    note = (
        f"{grid.geometry.name}（{grid.geometry.description}）位置合わせ用"
        f"　補正 横 {shift_x:+g}mm 縦 {shift_y:+g}mm"
    )
    draw_text(canvas, glyphs, note, across, centre_y - 6 * mm, 9)
    canvas.setFillColor(colors.black)


CALIBRATION = Face(_outline, _rules)
