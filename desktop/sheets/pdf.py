"""A sheet as an A4 PDF: embedded Japanese font, header repeated on every page, n / N page numbers.

All text is broken into lines here, by the Japanese rules (no 。、」） at the start of a line, no
opening bracket at its end), so a long name wraps inside its cell instead of running over.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from db.output_files import write_bytes_atomically
from desktop.sheets.fonts import FontChoice, japanese_font
from desktop.sheets.linebreak import wrap
from desktop.sheets.model import Align, Sheet

MARGIN = 15 * mm
CELL_PADDING = 4
FRAME_PADDING = 6  # reportlab's default padding of a page frame
HEADER_FILL = colors.Color(0.88, 0.90, 0.93)
# reportlab draws by these numbers (its styles accept the words, but drawing then fails).
_ALIGNMENT: dict[Align, Literal[0, 1, 2]] = {
    "left": TA_LEFT,
    "center": TA_CENTER,
    "right": TA_RIGHT,
}


def _style(font: FontChoice, size: float, align: Align = "left", **extra: Any) -> ParagraphStyle:
    return ParagraphStyle(
        f"{size}-{align}",
        fontName=font.name,
        fontSize=size,
        leading=size * 1.4,
        alignment=_ALIGNMENT[align],
        **extra,
    )


def _paragraph(
    text: str, style: ParagraphStyle, width: float, kind: type[Paragraph] = Paragraph
) -> Paragraph:
    """A paragraph broken into lines here, by the Japanese rules (see linebreak.py)."""
    measure = functools.partial(_width, style.fontName, style.fontSize)
    lines = wrap(text, width - 1, measure)  # 1 pt to spare: reportlab must not wrap again
    return kind("<br/>".join(escape(line) for line in lines), style)


def _page_furniture(
    font: FontChoice,
    sheet: Sheet,
    pagesize: tuple[float, float],
    on_page: Callable[[int], None] | None,
) -> type[Canvas]:
    """A canvas that writes n / N under each page (N is known once all pages are laid out).

    `on_page(n)` is told each page as it is laid out (a long sheet shows progress)."""

    class FurnishedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Our font from the start: no page refers to a font that is not embedded.
            kwargs["initialFontName"] = font.name
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            # Keep the page and start the next one; it is drawn in save(), when N is known
            # (reportlab's own recipe for "page n of N").
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]
            if on_page is not None:
                on_page(len(self._pages))

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._furnish(number, total)
                super().showPage()
            super().save()

        def _furnish(self, number: int, total: int) -> None:
            width, height = pagesize
            self.setFont(font.name, 9)
            self.drawCentredString(width / 2, 10 * mm, f"{number} / {total}")
            if sheet.confidential:
                self.setFont(font.name, 10)
                self.setStrokeColor(colors.red)
                self.setFillColor(colors.red)
                stamp = sheet.confidential_label
                text_width = self.stringWidth(stamp, font.name, 10)
                x = width - MARGIN - text_width
                self.drawString(x, height - 10 * mm, stamp)
                self.rect(x - 2, height - 10 * mm - 3, text_width + 4, 14)

    return FurnishedCanvas


def _title_size(title: str, font: FontChoice, width: float) -> float:
    """15 pt, or smaller (down to 11 pt) so that a long title stays on one line."""
    natural = stringWidth(title, font.name, 15)
    return 15 if natural <= width else max(11, 15 * (width - 2) / natural)


CELL_SIZE = 9.5
CELL_LEADING = CELL_SIZE * 1.4


def _cell_text(text: str, font: FontChoice, width: float) -> str:
    """A cell's lines, joined by line breaks: the table draws them as they are.

    Plain strings rather than paragraphs: a table of a thousand members is drawn several times
    faster, and the lines are broken here by the Japanese rules either way.
    """
    if "\n" not in text and stringWidth(text, font.name, CELL_SIZE) <= width - 1:
        return text  # most cells fit on one line
    return "\n".join(wrap(text, width - 1, functools.partial(_width, font.name, CELL_SIZE)))


@functools.lru_cache(maxsize=1 << 16)
def _width(font_name: str, size: float, text: str) -> float:
    """Widths of the characters and words being wrapped: the same few thousand over and over."""
    return stringWidth(text, font_name, size)


class SectionHeading(Paragraph):
    """A section's heading; in a booklet, each one is an entry of the table of contents."""


class _Booklet(SimpleDocTemplate):
    def afterFlowable(self, flowable: Any) -> None:  # reportlab calls it by this name
        if isinstance(flowable, SectionHeading):
            self.notify("TOCEntry", (0, flowable.getPlainText(), self.page))


def _cover(sheet: Sheet, font: FontChoice, frame_width: float) -> list[Any]:
    """The first page of a booklet: the title, the date, and the contents with page numbers."""
    contents = TableOfContents()
    contents.levelStyles = [
        _style(font, 11, leftIndent=8 * mm, firstLineIndent=-8 * mm, spaceBefore=1.5 * mm)
    ]
    contents.dotsMinLevel = 0
    contents.tableStyle = TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("FONTNAME", (0, 0), (-1, -1), font.name),  # else the contents name Helvetica
        ]
    )
    return [
        Spacer(1, 40 * mm),
        _paragraph(sheet.title, _style(font, 22, "center", spaceAfter=8 * mm), frame_width),
        _paragraph(sheet.as_of, _style(font, 12, "center", spaceAfter=20 * mm), frame_width),
        _paragraph("目次", _style(font, 14, spaceAfter=4 * mm), frame_width),
        contents,
        PageBreak(),
    ]


def build_story(sheet: Sheet, font: FontChoice, frame_width: float) -> list[Any]:
    if sheet.booklet:
        story = _cover(sheet, font, frame_width)
    else:
        story = [
            _paragraph(
                sheet.title,
                _style(
                    font, _title_size(sheet.title, font, frame_width), "center", spaceAfter=2 * mm
                ),
                frame_width,
            ),
            _paragraph(sheet.as_of, _style(font, 10, "right", spaceAfter=3 * mm), frame_width),
        ]
    total = sum(c.width for c in sheet.columns)
    widths = [frame_width * c.width / total for c in sheet.columns]
    inner = [w - 2 * CELL_PADDING for w in widths]
    alignment = [("ALIGN", (i, 1), (i, -1), c.align.upper()) for i, c in enumerate(sheet.columns)]
    for number, section in enumerate(sheet.sections):
        if sheet.booklet and number:
            story.append(PageBreak())
        if section.heading:
            heading_style = _style(font, 13 if sheet.booklet else 11.5, spaceBefore=3 * mm)
            story.append(_paragraph(section.heading, heading_style, frame_width, SectionHeading))
            story.append(Spacer(1, 1.5 * mm))
        data = [[_cell_text(c.title, font, w) for c, w in zip(sheet.columns, inner, strict=True)]]
        data += [
            [_cell_text(text, font, w) for text, w in zip(row, inner, strict=True)]
            for row in section.rows
        ]
        # Heights known from the line counts spare the table from measuring every cell again.
        heights = [
            max(cell.count("\n") for cell in row) * CELL_LEADING + CELL_LEADING + 7 for row in data
        ]
        table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("FONTNAME", (0, 0), (-1, -1), font.name),  # else the table names Helvetica
                    ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
                    ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
                    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                    ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                    *alignment,
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ]
            )
        )
        story.append(table)
    for note in sheet.notes:
        story.append(_paragraph(note, _style(font, 9.5, spaceBefore=2 * mm), frame_width))
    return story


def render_pdf(sheet: Sheet, target: Path, font: FontChoice | None = None) -> None:
    """Write the sheet to `target`, replacing it only once the whole PDF is written."""
    write_bytes_atomically(target, pdf_bytes(sheet, font))


def pdf_bytes(
    sheet: Sheet,
    font: FontChoice | None = None,
    on_page: Callable[[int], None] | None = None,
) -> bytes:
    """The sheet as a PDF in memory (what the preview shows and the printer gets).

    `on_page(n)` is called as page n is laid out; it may raise to stop the work."""
    font = font or japanese_font()
    pagesize = landscape(A4) if sheet.landscape else A4
    buffer = io.BytesIO()
    doc = (_Booklet if sheet.booklet else SimpleDocTemplate)(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=sheet.title,
        author="事務局デスク",
        initialFontName=font.name,
    )
    # The page frame keeps reportlab's 6 pt padding on each side inside the margins.
    story = build_story(sheet, font, doc.width - 2 * FRAME_PADDING)
    canvas = _page_furniture(font, sheet, pagesize, on_page)
    if sheet.booklet:  # the contents need the page numbers: a second pass fills them in
        doc.multiBuild(story, canvasmaker=canvas)
    else:
        doc.build(story, canvasmaker=canvas)
    return buffer.getvalue()
