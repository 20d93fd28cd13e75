"""The printed table's cells: styles shared by the cells that look alike, and text drawn in one
pass per page.

reportlab's Table gives every cell a style of its own and applies each style command to every
cell it covers, then draws each line of text as a PDF text object of its own. A sheet's cells
come in a few looks only (the column headings, each column's alignment, a smaller size, a record
printed in pieces), so a look is one style shared by its cells, and the plain-text cells of a
page are written as one text object: the same letters at the same places, a fraction of the work
for a list of a thousand members.
"""

from __future__ import annotations

from typing import Any, Literal

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Table
from reportlab.platypus.tables import CellStyle

CellAlign = Literal["LEFT", "CENTER", "RIGHT"]
CellVAlign = Literal["TOP", "MIDDLE"]


class CellStyles:
    """One reportlab cell style per look; a table's cells share them (a cell's style is only
    read once the table is made: no style command may change one afterwards)."""

    def __init__(self, font_name: str, leading: float, padding: float) -> None:
        self.font_name = font_name
        self.leading = leading
        self.padding = padding
        self._made: dict[tuple[Any, ...], CellStyle] = {}

    def get(
        self, size: float, align: CellAlign, valign: CellVAlign, top: float, bottom: float
    ) -> CellStyle:
        key = (size, align, valign, top, bottom)
        style = self._made.get(key)
        if style is None:
            style = CellStyle(repr(key))
            style.fontname = self.font_name
            style.fontsize = size
            style.leading = self.leading
            style.alignment = align
            style.valign = valign
            style.topPadding = top
            style.bottomPadding = bottom
            style.leftPadding = style.rightPadding = self.padding
            self._made[key] = style
        return style


def _drawn_by_table(style: CellStyle) -> bool:
    """A cell that is a link, right-to-left or shaped text, or aligned on its decimal point:
    reportlab draws it (the sheets have none)."""
    return bool(style.href or style.destination or style.direction or style.shaping) or (
        style.alignment == "DECIMAL"
    )


class SheetTable(Table):
    """A Table whose plain-text cells are written into one text object per drawing (a page's
    part of the table); other cells (paragraphs in other fonts) are drawn as Table draws them."""

    _text: PDFTextObject | None = None
    _text_font: tuple[str, float, float] | None = None
    _laid_out_for: float | None = None
    _curcellstyle: CellStyle | None  # Table's: the style whose colour and font are set

    def _calc(self, availWidth: float, availHeight: float) -> None:  # reportlab's names
        # Every row's height and column's width is given: the table's geometry does not depend
        # on the room left on the page, and splitting it over pages need not work it out again.
        if self._laid_out_for != availWidth or None in self._argH:  # type: ignore[attr-defined]
            super()._calc(availWidth, availHeight)  # type: ignore[misc]
            self._laid_out_for = availWidth

    def _drawCell(self, cellval: Any, cellstyle: CellStyle, pos: Any, size: Any) -> None:
        if not isinstance(cellval, str) or _drawn_by_table(cellstyle):
            self._flush_text()
            super()._drawCell(cellval, cellstyle, pos, size)  # type: ignore[misc]
            return
        if self._curcellstyle is None or cellstyle.color != self._curcellstyle.color:
            self._flush_text()
            self.canv.setFillColor(cellstyle.color)  # type: ignore[arg-type]
            self._curcellstyle = cellstyle
        colpos, rowpos = pos
        colwidth, rowheight = size
        lines = cellval.split("\n")
        leading, fontsize = cellstyle.leading, cellstyle.fontsize
        # Where Table._drawCell puts each line, to the same arithmetic.
        valign = cellstyle.valign
        if valign == "BOTTOM":
            y = rowpos + cellstyle.bottomPadding + len(lines) * leading - fontsize
        elif valign == "TOP":
            y = rowpos + rowheight - cellstyle.topPadding - fontsize
        else:
            y = (
                rowpos
                + (
                    cellstyle.bottomPadding
                    + rowheight
                    - cellstyle.topPadding
                    + len(lines) * leading
                )
                / 2.0
                - fontsize
            )
        just = cellstyle.alignment
        if just == "LEFT":
            x = colpos + cellstyle.leftPadding
        elif just in ("CENTRE", "CENTER"):
            x = colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding) * 0.5
        else:
            x = colpos + colwidth - cellstyle.rightPadding
        text = self._text_object(cellstyle.fontname, fontsize, leading)
        for line in lines:
            if line:
                start = x
                if just in ("CENTRE", "CENTER"):
                    start = x - 0.5 * stringWidth(line, cellstyle.fontname, fontsize)
                elif just != "LEFT":
                    start = x - stringWidth(line, cellstyle.fontname, fontsize)
                text.setTextOrigin(start, y)
                text.textLine(line)
            y -= leading

    def _text_object(self, font_name: str, size: float, leading: float) -> PDFTextObject:
        if self._text is None:
            self._text = self.canv.beginText()
            self._text_font = None
        if self._text_font != (font_name, size, leading):
            self._text.setFont(font_name, size, leading)
            self._text_font = (font_name, size, leading)
        return self._text

    def _flush_text(self) -> None:
        if self._text is not None:
            self.canv.drawText(self._text)
            self._text = None

    def _drawLines(self) -> None:
        # The cells' text goes on the page before the rules, as Table draws it.
        self._flush_text()
        super()._drawLines()  # type: ignore[misc]
