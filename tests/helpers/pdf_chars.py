"""The characters of a printed PDF with their boxes, angles and sizes, as pdfium reads them:
where each piece of a label, an envelope or a card actually lands on the paper, and how large."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
from reportlab.lib.units import mm


@dataclass(frozen=True)
class Char:
    text: str
    left: float  # in mm from the page's top left corner
    top: float
    right: float
    bottom: float
    angle: float  # degrees the character is turned, 0 upright
    size: float  # the font's size in points

    @property
    def centre(self) -> tuple[float, float]:
        return (self.left + self.right) / 2, (self.top + self.bottom) / 2

    def inside(self, box: tuple[float, float, float, float], slack: float = 0.1) -> bool:
        """Wholly inside (left, top, width, height) in mm."""
        left, top, width, height = box
        return (
            self.left >= left - slack
            and self.right <= left + width + slack
            and self.top >= top - slack
            and self.bottom <= top + height + slack
        )


def printed_chars(pdf: Path) -> list[list[Char]]:
    """Each page's visible characters (no spaces), in the order they were drawn."""
    document = pdfium.PdfDocument(str(pdf))
    pages = []
    for page in document:
        height = page.get_height()
        text = page.get_textpage()
        found = []
        for index in range(text.count_chars()):
            char = text.get_text_range(index, 1)
            if not char.strip():
                continue
            left, bottom, right, top = text.get_charbox(index)
            angle = math.degrees(pdfium_raw.FPDFText_GetCharAngle(text.raw, index))
            found.append(
                Char(
                    char,
                    left / mm,
                    (height - top) / mm,
                    right / mm,
                    (height - bottom) / mm,
                    round(angle) % 360,
                    pdfium_raw.FPDFText_GetFontSize(text.raw, index),
                )
            )
        pages.append(found)
    return pages


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    """Each page's (width, height) in mm."""
    return [(p.get_width() / mm, p.get_height() / mm) for p in pdfium.PdfDocument(str(pdf))]
