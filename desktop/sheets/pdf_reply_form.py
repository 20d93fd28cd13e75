"""出欠回答票 on an A4 page: where to send it (事務局 行, FAX, mail), the title, the meeting, the
deadline, then a ruled form — 所属, 役職, 氏名 printed; ご出欠 with □出席 □欠席 □代理出席; the
deputy's 氏名 and 役職; 随行者 lines; 備考 — to fill in by hand."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.sheets.glyphs import Glyphs
from desktop.sheets.linebreak import wrap
from desktop.sheets.model import Block, Card
from desktop.sheets.pdf_calibration import draw_text
from desktop.sheets.pdf_grid import LEADING, SMALL_PADDING, Face, Rect, draw_card

MARGIN = 20 * mm
LABEL_WIDTH = 32 * mm
COMPANION_LINES = 2
PLACE_SIZE = 10.5  # 日時 and 会場


def _row(
    canvas: Canvas, glyphs: Glyphs, top: float, height: float, label: str, rect: Rect
) -> float:
    """A row of the form from `top` down: its label in the left column; the row's bottom."""
    left, _bottom, width, _height = rect
    bottom = top - height
    canvas.rect(left, bottom, width, height)
    canvas.line(left + LABEL_WIDTH, bottom, left + LABEL_WIDTH, top)
    size = 11.0
    x = left + (LABEL_WIDTH - glyphs.width(label, size)) / 2
    draw_text(canvas, glyphs, label, x, bottom + (height - size * 0.7) / 2, size)
    return bottom


def _value(
    canvas: Canvas, glyphs: Glyphs, text: str, bottom: float, height: float, rect: Rect
) -> None:
    left, _b, width, _h = rect
    draw_card(
        canvas,
        Card((Block("", text, 13),)),
        (left + LABEL_WIDTH, bottom, width - LABEL_WIDTH, height),
        glyphs,
        False,
    )


def draw_reply_form(
    canvas: Canvas, card: Card, rect: Rect, glyphs: Glyphs, _outlined: bool
) -> None:
    roles = {block.role: block.text for block in card.blocks}
    page_left, page_bottom, page_width, page_height = rect
    left, width = page_left + MARGIN, page_width - 2 * MARGIN
    y = page_bottom + page_height - MARGIN
    canvas.setFillColor(colors.black)
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.6)
    # Where it goes: the secretariat, its FAX and mail (lines to fill in when not known).
    draw_text(canvas, glyphs, f"{roles.get('to', '')}　行", left, y - 12, 12)
    y -= 22
    for label in ("FAX", "メール"):
        value = roles.get("fax" if label == "FAX" else "mail", "")
        draw_text(canvas, glyphs, f"{label}：{value}", left, y - 10, 10.5)
        if not value:
            start = left + glyphs.width(f"{label}：", 10.5)
            canvas.line(start, y - 12, left + 90 * mm, y - 12)
        y -= 18
    y -= 10
    title = "出欠回答票"
    draw_text(canvas, glyphs, title, left + (width - glyphs.width(title, 20)) / 2, y - 20, 20)
    y -= 34
    head = roles.get("meeting", "")
    size = min(14.0, 14.0 * width / max(glyphs.width(head, 14.0), 1.0))
    draw_text(canvas, glyphs, head, left + (width - glyphs.width(head, size)) / 2, y - 14, size)
    y -= 26
    for label, role in (("日時", "when"), ("会場", "place")):
        if roles.get(role):
            # A long venue (a hybrid meeting's URL after the hall) takes a second line at the
            # same size, rather than shrinking to a size no one reads.
            text = f"{label}：{roles[role]}"
            measure = glyphs.measure(PLACE_SIZE)
            inner = width - 10 * mm - 2 * SMALL_PADDING - 1  # as draw_card wraps it
            lines = wrap(text, inner, measure, whole=inner)
            height = min(len(lines), 2) * PLACE_SIZE * LEADING + 2 * SMALL_PADDING + 0.5
            box = (left + 10 * mm, y - height, width - 10 * mm, height)
            block = Block("", text, PLACE_SIZE)
            draw_card(canvas, Card((block,)), box, glyphs, False)
            y -= max(height, 30)
    y -= 6
    deadline = roles.get("deadline", "")
    if deadline:
        notice = f"回答期限：{deadline}までにご回答くださいますようお願いいたします。"
        draw_text(canvas, glyphs, notice, left, y - 11, 11)
        y -= 24
    form = (left, 0.0, width, 0.0)
    canvas.setLineWidth(0.8)
    for label, role, height in (
        ("所属", "organization", 14 * mm),
        ("役職", "post", 14 * mm),
        ("氏名", "name", 14 * mm),
    ):
        bottom = _row(canvas, glyphs, y, height, label, form)
        _value(canvas, glyphs, roles.get(role, ""), bottom, height, form)
        y = bottom
    # The choices: one box each, to tick.
    bottom = _row(canvas, glyphs, y, 18 * mm, "ご出欠", form)
    x = left + LABEL_WIDTH + 8 * mm
    for choice in ("出席", "欠席", "代理出席"):
        canvas.rect(x, bottom + 6.5 * mm, 5 * mm, 5 * mm)
        draw_text(canvas, glyphs, choice, x + 7 * mm, bottom + 7.3 * mm, 13)
        x += 7 * mm + glyphs.width(choice, 13) + 12 * mm
    y = bottom
    bottom = _row(canvas, glyphs, y, 24 * mm, "代理出席の方", form)
    for number, label in enumerate(("氏名：", "役職：")):
        line_y = bottom + (15 - number * 10) * mm
        draw_text(canvas, glyphs, label, left + LABEL_WIDTH + 4 * mm, line_y + 1.5, 11)
        start = left + LABEL_WIDTH + 4 * mm + glyphs.width(label, 11)
        canvas.line(start, line_y, left + width - 6 * mm, line_y)
    y = bottom
    bottom = _row(canvas, glyphs, y, (8 + 10 * COMPANION_LINES) * mm, "随行者", form)
    for number in range(COMPANION_LINES):
        line_y = bottom + (4 + 10 * (COMPANION_LINES - 1 - number)) * mm
        text = "氏名：　　　　　　　　　　　役職："
        draw_text(canvas, glyphs, text, left + LABEL_WIDTH + 4 * mm, line_y + 1.5, 11)
        canvas.line(left + LABEL_WIDTH + 14 * mm, line_y, left + width - 6 * mm, line_y)
    y = bottom
    _row(canvas, glyphs, y, 28 * mm, "備考", form)


REPLY_FORM = Face(draw_reply_form)
