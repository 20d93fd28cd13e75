"""Pictures of a sheet's PDF pages, for the preview and the printer (no Qt here).

The preview shows the very PDF the user saves or prints: its pages are rasterised with PDFium,
and the pixels travel to the window as plain bytes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import pypdfium2 as pdfium

from db.errors import UserError
from desktop.sheets.fonts import japanese_font
from desktop.sheets.glyphs import printable, unprintable, warning_text
from desktop.sheets.model import Sheet
from desktop.sheets.pdf import pdf_bytes

PREVIEW_DPI = 96

# (done, total — 0 while not known yet —, what is being done) → False to stop
Progress = Callable[[int, int, str], bool]


class PreviewCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("印刷プレビューの作成を中止しました。")


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

    @property
    def file_stem(self) -> str:
        """The name offered when the sheet is saved: its title, without the characters a file
        name cannot hold, and short enough for any folder (a title may hold a long name)."""
        stem = _NOT_IN_FILE_NAMES.sub("_", printable(self.sheet.title)).strip(" .")
        return stem[:FILE_STEM_LENGTH].rstrip(" .") or "集計表"


FILE_STEM_LENGTH = 80
_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\n]')


def page_images(
    pdf: bytes, dpi: float, on_page: Callable[[int, int], None] | None = None
) -> list[PageImage]:
    """Each page as pixels; `on_page(n, total)` before page n (it may raise to stop)."""
    document = pdfium.PdfDocument(pdf)
    try:
        images = []
        for index in range(len(document)):
            if on_page is not None:
                on_page(index + 1, len(document))
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


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Each page's width and height in points (1/72 inch), as the PDF sets them."""
    document = pdfium.PdfDocument(pdf)
    try:
        return [document.get_page_size(index) for index in range(len(document))]
    finally:
        document.close()


def paper_name(size: tuple[float, float]) -> str:
    """A page size as an office names it: A4, A4横, or its width × height in mm."""
    width, height = (round(points * MM_PER_POINT) for points in size)
    if (width, height) == (210, 297):
        return "A4"
    if (width, height) == (297, 210):
        return "A4横"
    return f"{width}×{height}mm"


MM_PER_POINT = 25.4 / 72


def make_preview(sheet: Sheet, progress: Progress | None = None) -> Preview:
    """The sheet's PDF and its pages as pictures, telling `progress` page by page."""

    def tell(done: int, total: int, what: str) -> None:
        if progress is not None and not progress(done, total, what):
            raise PreviewCancelled()

    pdf = pdf_bytes(sheet, on_page=lambda n: tell(n, 0, f"ページを組んでいます（{n}ページ目）…"))
    pages = page_images(
        pdf, PREVIEW_DPI, lambda n, total: tell(n - 1, total, f"表示しています（{n}/{total}）…")
    )
    return Preview(sheet, pdf, tuple(pages), _warning(sheet))


def _warning(sheet: Sheet) -> str | None:
    """What the preview says above the pages: a font that is not embedded, and the records
    with characters no font of this PC draws."""
    font = japanese_font()
    found = [font.warning(), warning_text(unprintable(sheet, font))]
    return "\n".join(w for w in found if w) or None
