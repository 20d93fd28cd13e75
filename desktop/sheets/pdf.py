"""A sheet as an A4 PDF: embedded Japanese font, header repeated on every page, n / N page numbers.

All text is broken into lines here, by the Japanese rules (no 。、」） at the start of a line, no
opening bracket at its end), so a long name wraps inside its cell instead of running over.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, NamedTuple

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
from reportlab.platypus.tables import CellStyle

from db.output_files import write_bytes_atomically
from desktop.sheets.column_widths import SMALLEST, WORD_EMS, column_widths, needs, tightened
from desktop.sheets.fonts import FontChoice, japanese_font
from desktop.sheets.glyphs import Glyphs, printable, printable_sheet
from desktop.sheets.linebreak import broken_word, wrap
from desktop.sheets.model import Align, Grid, Letters, Section, Sheet
from desktop.sheets.pdf_faces import FACES
from desktop.sheets.pdf_grid import grid_pdf
from desktop.sheets.pdf_letters import letters_pdf
from desktop.sheets.pdf_sections import SectionBlock
from desktop.sheets.pdf_table import CellAlign, CellStyles, CellVAlign, SheetTable

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

_CELL_ALIGN: dict[Align, CellAlign] = {"left": "LEFT", "center": "CENTER", "right": "RIGHT"}


def _style(font: FontChoice, size: float, align: Align = "left", **extra: Any) -> ParagraphStyle:
    return ParagraphStyle(
        f"{size}-{align}",
        fontName=font.name,
        fontSize=size,
        alignment=_ALIGNMENT[align],
        **{"leading": size * 1.4, **extra},
    )


def _markup(text: str, style: ParagraphStyle, width: float, glyphs: Glyphs) -> str:
    """Paragraph markup for `text`, broken into lines here by the Japanese rules (see
    linebreak.py), with 1 pt to spare: reportlab must not wrap again."""
    lines = wrap(text, width - 1, glyphs.measure(style.fontSize))
    return "<br/>".join(glyphs.markup(line) for line in lines)


def _paragraph(text: str, style: ParagraphStyle, width: float, glyphs: Glyphs) -> Paragraph:
    return Paragraph(_markup(text, style, width, glyphs), style)


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
TOP_PADDING = 3.5
BOTTOM_PADDING = 2.5
ROW_EXTRA = TOP_PADDING + BOTTOM_PADDING + 1  # a row's padding and rule around its lines
# A record longer than this many lines is printed in pieces of PIECE_LINES lines, which may go
# on different pages (a page break costs at most one piece's height of empty paper); no record
# is too long to print.
WHOLE_LINES = 24
PIECE_LINES = 8
SCALES = (1.0, 0.95, 0.9, SMALLEST)
CellLines = tuple[tuple[str, ...], float]  # a cell's lines and their size


class LaidCell(NamedTuple):
    lines: tuple[str, ...]
    size: float
    used: float  # the width of its widest line, spaces at the end left out
    wrapped: bool  # broken into more lines than the text has


CellLayout = Callable[[str, float, bool], LaidCell]  # (text, width, names)


def _cell_lines(text: str, glyphs: Glyphs, width: float, names: bool) -> CellLines:
    """A cell's lines, broken by the Japanese rules, and their size: the text is made a little
    smaller (down to SMALLEST) when that keeps a short word or a name from breaking."""
    if "\n" not in text and glyphs.width(text, CELL_SIZE) <= width - 1:
        return (text,), CELL_SIZE  # most cells fit on one line
    for scale in SCALES:
        size = CELL_SIZE * scale
        measure = glyphs.measure(size)
        whole = WORD_EMS * size
        if not broken_word(text, width - 1, measure, whole=whole, names=names):
            return tuple(wrap(text, width - 1, measure, whole=whole, names=names)), size
    measure = glyphs.measure(CELL_SIZE)
    return tuple(wrap(text, width - 1, measure, whole=WORD_EMS * CELL_SIZE, names=names)), CELL_SIZE


def _cell_layout(glyphs: Glyphs) -> CellLayout:
    """`_cell_lines` remembered for the sheet: the column widths try each cell at a few widths,
    and the table then lays it out again at the width chosen; each is broken into lines once."""

    @functools.cache
    def laid(text: str, width: float, names: bool) -> LaidCell:
        lines, size = _cell_lines(text, glyphs, width, names)
        measure = glyphs.measure(size)
        used = max(measure(line.rstrip()) for line in lines)
        return LaidCell(lines, size, used, len(lines) > text.count("\n") + 1)

    return laid


def _pieces(cells: list[tuple[str, ...]]) -> list[list[tuple[str, ...]]]:
    """A row's cells (as lines) as one table row, or several when it is too tall for a page."""
    tallest = max(len(lines) for lines in cells)
    if tallest <= WHOLE_LINES:
        return [cells]
    return [
        [lines[start : start + PIECE_LINES] for lines in cells]
        for start in range(0, tallest, PIECE_LINES)
    ]


def _cell(lines: tuple[str, ...], glyphs: Glyphs, style: ParagraphStyle) -> str | Paragraph:
    """What the table draws in a cell: its lines as plain text when the print font has every
    character (a table of a thousand members is drawn several times faster than with
    paragraphs), else a paragraph that draws the others with a font that has them."""
    if all(map(glyphs.plain, lines)):
        return "\n".join(lines)
    return Paragraph("<br/>".join(glyphs.markup(line) for line in lines), style)


class SectionHeading(Paragraph):
    """A section's heading; in a booklet, each one is an entry of the table of contents."""

    toc_entry: str | None = None  # markup; only on the heading's first part when it is split

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # reportlab's names
        parts = super().split(availWidth, availHeight)
        for number, part in enumerate(parts):  # a heading longer than the page's rest
            if isinstance(part, SectionHeading):
                part.toc_entry = self.toc_entry if number == 0 else None
        return parts


TOC_LENGTH = 60  # a longer heading is shortened in the contents (it is printed whole)


class _Booklet(SimpleDocTemplate):
    def afterFlowable(self, flowable: Any) -> None:  # reportlab calls it by this name
        # A heading, or a section that starts with its heading (a continuation has none).
        entry = getattr(flowable, "toc_entry", None)
        if isinstance(flowable, SectionHeading | SectionBlock) and entry is not None:
            self.notify("TOCEntry", (0, entry, self.page))


def _cover(sheet: Sheet, glyphs: Glyphs, frame_width: float) -> list[Any]:
    """The first page of a booklet: the title, the date, and the contents with page numbers."""
    font = glyphs.font
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
        _paragraph(sheet.title, _style(font, 22, "center", spaceAfter=8 * mm), frame_width, glyphs),
        _paragraph(
            sheet.as_of, _style(font, 12, "center", spaceAfter=20 * mm), frame_width, glyphs
        ),
        _paragraph("目次", _style(font, 14, spaceAfter=4 * mm), frame_width, glyphs),
        contents,
        PageBreak(),
    ]


def _heading(text: str, sheet: Sheet, glyphs: Glyphs, frame_width: float) -> SectionHeading:
    style = _style(glyphs.font, 13 if sheet.booklet else 11.5, spaceBefore=3 * mm)
    heading = SectionHeading(_markup(text, style, frame_width, glyphs), style)
    entry = text.replace("\n", " ")
    heading.toc_entry = glyphs.markup(
        entry if len(entry) <= TOC_LENGTH else entry[:TOC_LENGTH] + "…"
    )
    return heading


def _rules(starts: list[bool]) -> list[tuple[Any, ...]]:
    """The table's rules: a box, a line between columns, and a line above each record (not
    between the pieces of a record printed in pieces). The column headings are ruled off, and
    a table that goes on over a page is closed at the foot of each page, also where a record
    goes on: a record's part never looks cut off, nor runs into the headings."""
    rules: list[tuple[Any, ...]] = [
        ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
        ("LINEAFTER", (0, 0), (-2, -1), 0.5, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 0.5, colors.black),
    ]
    first: int | None = None  # of a run of rows that begin records: one rule for the run
    for row, start in enumerate([*starts, False]):
        if start and row and first is None:
            first = row
        elif not start and first is not None:
            rules.append(("LINEABOVE", (0, first), (-1, row - 1), 0.5, colors.black))
            first = None
    return rules


def _table(
    sheet: Sheet,
    rows: tuple[tuple[str, ...], ...],
    glyphs: Glyphs,
    layout: CellLayout,
    widths: list[float],
    spanned: bool = False,
) -> Table:
    """The table of `rows`; `spanned`: its one row (該当なし) is one cell across the table."""
    inner = [w - 2 * CELL_PADDING for w in widths]
    data: list[list[str | Paragraph]] = []
    styles: list[list[CellStyle]] = []
    heights: list[float] = []
    starts: list[bool] = []  # True: the row begins a record (False: it continues one)
    paragraph_style = functools.cache(
        lambda size, align: _style(glyphs.font, size, align, leading=CELL_LEADING)
    )
    looks = CellStyles(glyphs.font.name, CELL_LEADING, CELL_PADDING)
    across = [sum(widths) - 2 * CELL_PADDING, *inner[1:]]  # a spanned row: one cell
    for number, values in enumerate(((c.title for c in sheet.columns), *rows)):
        laid = [
            layout(text, w, c.names)
            for text, w, c in zip(
                values, across if spanned and number else inner, sheet.columns, strict=True
            )
        ]
        sizes = [cell.size for cell in laid]
        # The column headings centred, each column's cells as it is aligned; 該当なし on the left.
        aligns: list[CellAlign] = [
            "CENTER" if not number else "LEFT" if spanned else _CELL_ALIGN[c.align]
            for c in sheet.columns
        ]
        pieces = _pieces([cell.lines for cell in laid])
        for piece_number, piece in enumerate(pieces):
            # The pieces of a record read as one text: from the top, and no padding where one
            # piece goes on in the next.
            valign: CellVAlign = "TOP" if len(pieces) > 1 else "MIDDLE"
            top = 0 if piece_number > 0 else TOP_PADDING
            bottom = 0 if piece_number < len(pieces) - 1 else BOTTOM_PADDING
            data.append(
                [
                    _cell(lines, glyphs, paragraph_style(size, c.align))
                    for lines, size, c in zip(piece, sizes, sheet.columns, strict=True)
                ]
            )
            styles.append(
                [
                    looks.get(size, align, valign, top, bottom)
                    for size, align in zip(sizes, aligns, strict=True)
                ]
            )
            # Heights known from the line counts spare the table from measuring every cell.
            height = max(len(lines) for lines in piece) * CELL_LEADING + ROW_EXTRA
            if piece_number > 0:
                height -= TOP_PADDING
            if piece_number < len(pieces) - 1:
                height -= BOTTOM_PADDING
            heights.append(height)
            starts.append(piece_number == 0)
    table = SheetTable(
        data,
        colWidths=widths,
        rowHeights=heights,
        repeatRows=1,
        cellStyles=styles,
        normalizedData=1,  # strings and paragraphs already
    )
    across_table: list[tuple[Any, ...]] = [("SPAN", (0, 1), (-1, 1))] if spanned else []
    # Only rules, the headings' fill and spans: the cells' looks are set above, shared.
    table.setStyle(
        TableStyle([*_rules(starts), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL), *across_table])
    )
    return table


def _spanned(section: Section) -> bool:
    """A section of one row saying 該当なし alone, printed as one cell across the table."""
    return section.none_found and not any(section.rows[0][1:])


def _widths(sheet: Sheet, glyphs: Glyphs, layout: CellLayout, frame_width: float) -> list[float]:
    """The columns' widths from the strings they hold (see column_widths.py); a row across the
    table (該当なし) widens none of them."""
    measure = glyphs.measure(CELL_SIZE)
    texts = [
        (column.title, *(r[i] for s in sheet.sections if not _spanned(s) for r in s.rows))
        for i, column in enumerate(sheet.columns)
    ]
    padding = 2 * CELL_PADDING
    rows = sum(len(s.rows) for s in sheet.sections if not s.none_found)

    def filled(index: int) -> float:
        """The share of the rows with text in column `index` (1 for a table of no rows)."""
        if not rows:
            return 1.0
        return sum(1 for text in texts[index][1:] if text) / rows

    distinct = [tuple(dict.fromkeys(column_texts)) for column_texts in texts]

    def laid(index: int, width: float) -> tuple[float, bool]:
        used, wraps = 0.0, False
        names = sheet.columns[index].names
        for text in distinct[index]:
            cell = layout(text, width - padding, names)
            used = max(used, cell.used)
            wraps |= cell.wrapped
        return used + padding + 1, wraps

    columns = [
        needs(
            column_texts,
            measure,
            CELL_SIZE,
            weight=column.width,
            names=column.names,
            padding=padding + 1,
            filled=filled(index),
        )
        for index, (column_texts, column) in enumerate(zip(texts, sheet.columns, strict=True))
    ]
    return tightened(column_widths(columns, frame_width), columns, laid, CELL_SIZE)


def build_story(sheet: Sheet, font: FontChoice, frame_width: float) -> list[Any]:
    """The sheet's flowables; its text as printed (see glyphs.py), each record whole or in
    pieces that fit a page."""
    sheet = printable_sheet(sheet)
    # An empty column takes no room on paper (unless it is there to be filled in by hand); a
    # table of no rows, or only of rows saying 該当なし, keeps its headings.
    if any(s.rows for s in sheet.sections if not s.none_found):
        sheet = sheet.without_empty(*(c.title for c in sheet.columns if not c.keep))
    glyphs = Glyphs(font)
    if sheet.booklet:
        story = _cover(sheet, glyphs, frame_width)
    else:
        title_size = _title_size(sheet.title, font, frame_width)
        story = [
            _paragraph(
                sheet.title,
                _style(font, title_size, "center", spaceAfter=2 * mm),
                frame_width,
                glyphs,
            ),
            _paragraph(
                sheet.as_of, _style(font, 10, "right", spaceAfter=3 * mm), frame_width, glyphs
            ),
        ]
    layout = _cell_layout(glyphs)
    widths = _widths(sheet, glyphs, layout, frame_width)

    def notes(texts: tuple[str, ...]) -> list[Paragraph]:
        style = _style(font, 9.5, spaceBefore=2 * mm)
        return [_paragraph(text, style, frame_width, glyphs) for text in texts]

    for number, section in enumerate(sheet.sections):
        if sheet.booklet and number and section.new_page:
            story.append(PageBreak())
        heading: list[Any] = []
        continued: list[Any] = []
        if section.heading:
            heading = [_heading(section.heading, sheet, glyphs, frame_width), Spacer(1, 1.5 * mm)]
            again = _heading(
                sheet.continued.format(heading=section.heading), sheet, glyphs, frame_width
            )
            again.toc_entry = None  # the contents name a section once
            continued = [again, Spacer(1, 1.5 * mm)]
        # The sheet's own notes (a legend, ※…) go under its last table.
        last = number == len(sheet.sections) - 1
        below = notes(section.notes + (sheet.notes if last else ()))
        table = _table(sheet, section.rows, glyphs, layout, widths, _spanned(section))
        story.append(SectionBlock(heading, table, below, continued))
    if not sheet.sections:
        story += notes(sheet.notes)
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
    if isinstance(sheet.layout, Grid | Letters):  # text as printed (see glyphs.py)
        printed = printable_sheet(sheet)
        if isinstance(printed.layout, Grid):
            layout = printed.layout
            return grid_pdf(printed, layout, font, on_page, FACES[layout.face])
        assert isinstance(printed.layout, Letters)
        return letters_pdf(printed, printed.layout, font, on_page)
    pagesize = landscape(A4) if sheet.landscape else A4
    buffer = io.BytesIO()
    doc = (_Booklet if sheet.booklet else SimpleDocTemplate)(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=printable(sheet.title),
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
