"""Pictures of a sheet's PDF pages, for the preview and the printer (no Qt here).

The preview shows the very PDF the user saves or prints: its pages are rasterised with PDFium,
and the pixels travel to the window as plain bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium

from desktop.sheets.fonts import japanese_font
from desktop.sheets.model import Sheet
from desktop.sheets.pdf import pdf_bytes

PREVIEW_DPI = 96


@dataclass(frozen=True)
class PageImage:
    """One page as 8-bit RGB pixels, rows `stride` bytes apart."""

    width: int
    height: int
    stride: int
    pixels: bytes


@dataclass(frozen=True)
class Preview:
    sheet: Sheet
    pdf: bytes
    pages: tuple[PageImage, ...]
    font_warning: str | None


def page_images(pdf: bytes, dpi: float) -> list[PageImage]:
    document = pdfium.PdfDocument(pdf)
    try:
        images = []
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # RGB, white paper
            images.append(
                PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
            )
            bitmap.close()
            page.close()
        return images
    finally:
        document.close()


def build_preview(session: Any, build: Callable[..., Sheet], *args: Any) -> Preview:
    """On the database worker: build the sheet from the database and picture it."""
    return make_preview(build(session, *args))


def make_preview(sheet: Sheet) -> Preview:
    pdf = pdf_bytes(sheet)
    return Preview(sheet, pdf, tuple(page_images(pdf, PREVIEW_DPI)), japanese_font().warning())
