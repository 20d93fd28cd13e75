"""Letters as a PDF, each on pages of its own: the date and the sender at the right, the
addressee at the top left (where a 長形3号 window envelope shows it), the title, the body, the
closing word, and the 記 … 以上 of the particulars.

A letter has no page number or stamp; its text is broken by the Japanese rules like a table's.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any, Literal

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.sheets.fonts import FontChoice
from desktop.sheets.glyphs import Glyphs
from desktop.sheets.linebreak import wrap
from desktop.sheets.model import Letter, Letters, Sheet

MARGIN = 25 * mm
TEXT_SIZE = 10.5
PIECE_LINES = 8  # a long particular (a theme of a page) goes on over the page in such pieces
_ALIGNMENT: dict[str, Literal[0, 1, 2]] = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


class _Writer:
    """Paragraphs in the letter's font, broken into lines here (reportlab must not wrap again)."""

    def __init__(self, glyphs: Glyphs, width: float) -> None:
        self.glyphs = glyphs
        self.width = width

    def style(self, size: float, align: str = "left", **extra: Any) -> ParagraphStyle:
        return ParagraphStyle(
            f"letter-{size}-{align}",
            fontName=self.glyphs.font.name,
            fontSize=size,
            alignment=_ALIGNMENT[align],
            **{"leading": size * 1.6, **extra},
        )

    def paragraph(self, text: str, style: ParagraphStyle, width: float | None = None) -> Paragraph:
        measure = self.glyphs.measure(style.fontSize)
        lines = wrap(text, (width or self.width) - 1, measure)
        if text.startswith("　"):  # an indented paragraph: reportlab would drop the space
            style = ParagraphStyle(f"{style.name}-indented", style, firstLineIndent=style.fontSize)
            lines[0] = lines[0][1:]
        return Paragraph("<br/>".join(self.glyphs.markup(line) for line in lines), style)


def _details(letter: Letter, writer: _Writer) -> list[Any]:
    """記, the particulars as a two-column list, 以上. A long value is cut into rows of a few
    lines, so that it can go on over the page."""
    if not letter.details:
        return []
    text = writer.style(TEXT_SIZE)
    label_width = 22 * mm
    value_width = writer.width - label_width - 20 * mm
    measure = writer.glyphs.measure(TEXT_SIZE)
    rows = []
    for name, value in letter.details:
        lines = wrap(value, value_width - 1, measure)
        for start in range(0, len(lines), PIECE_LINES):
            piece = "<br/>".join(
                writer.glyphs.markup(line) for line in lines[start : start + PIECE_LINES]
            )
            label = writer.paragraph(name, text, label_width) if start == 0 else ""
            rows.append([label, Paragraph(piece, text)])
    table = Table(rows, colWidths=[label_width, value_width])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("FONTNAME", (0, 0), (-1, -1), writer.glyphs.font.name),
            ]
        )
    )
    return [
        writer.paragraph("記", writer.style(TEXT_SIZE, "center", spaceBefore=4 * mm)),
        Spacer(1, 2 * mm),
        table,
        writer.paragraph("以上", writer.style(TEXT_SIZE, "right", spaceBefore=2 * mm)),
    ]


def _letter(letter: Letter, writer: _Writer) -> list[Any]:
    right = writer.style(TEXT_SIZE, "right")
    addressee = [
        writer.paragraph(line, writer.style(12 if number == len(letter.addressee) else TEXT_SIZE))
        for number, line in enumerate(letter.addressee, start=1)
    ]
    return [
        writer.paragraph(letter.date, right),
        Spacer(1, 4 * mm),
        *addressee,
        Spacer(1, 6 * mm),
        *(writer.paragraph(line, right) for line in letter.sender),
        Spacer(1, 10 * mm),
        writer.paragraph(letter.title, writer.style(14, "center", spaceAfter=6 * mm)),
        *(
            writer.paragraph(text, writer.style(TEXT_SIZE, spaceAfter=1 * mm))
            for text in letter.body
        ),
        writer.paragraph(letter.closing, writer.style(TEXT_SIZE, "right", spaceBefore=2 * mm)),
        *_details(letter, writer),
    ]


def letters_pdf(
    sheet: Sheet, letters: Letters, font: FontChoice, on_page: Callable[[int], None] | None = None
) -> bytes:
    """Each letter from the top of a new page."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=sheet.title,
        author="事務局デスク",
        initialFontName=font.name,
    )
    writer = _Writer(Glyphs(font), doc.width - 12)  # the frame's padding on both sides
    story: list[Any] = []
    for number, letter in enumerate(letters.letters):
        if number:
            story.append(PageBreak())
        story += _letter(letter, writer)
    if not story:
        # No one to write to: a page that says so, not a blank one that looks like a misprint.
        story.append(
            writer.paragraph(f"{sheet.title}：宛先なし（該当なし）", writer.style(TEXT_SIZE))
        )

    def tell(canvas: Any, _doc: Any) -> None:
        if on_page is not None:
            on_page(canvas.getPageNumber())

    doc.build(story, onFirstPage=tell, onLaterPages=tell)
    return buffer.getvalue()
