"""印刷… prints a sheet at 100% on paper of its own size: an envelope on 120×235 mm, a label
sheet's text where the PDF puts it, not shrunk into the printer's printable area."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.ui.dialogs.sheet_preview import SheetPreviewDialog
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    answering_modal,
    choose_council,
    enter,
    menu_action,
    open_window,
    popups_offscreen,
    press,
    settle,
)
from tests.helpers.pdf_chars import page_sizes
from tests.helpers.previews import MM, remade
from tests.helpers.print_dialog import print_to

DPI = 72  # one pixel a point: positions compared in points


def _preview_of(qtbot: QtBot, window: MainWindow, sheet: str) -> SheetPreviewDialog:
    menu_action(window, "ファイル(&F)", "印刷する集計表(&T)", f"{sheet}…").trigger()

    def shown() -> list[SheetPreviewDialog]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, SheetPreviewDialog) and w.isVisible()
        ]

    qtbot.waitUntil(lambda: bool(shown()), timeout=60_000)
    settle(qtbot, window)
    (preview,) = shown()
    return preview


def _inked_box(pdf: Path | bytes, page: int = 0) -> tuple[int, int, int, int]:
    """The box (left, top, right, bottom, in points from the page's corner) of what is printed."""
    document = pdfium.PdfDocument(pdf)
    image = document[page].render(scale=DPI / 72, grayscale=True).to_pil()
    inverted = image.point(lambda v: 255 if v < 160 else 0)
    box = inverted.getbbox()
    assert box is not None
    return box


def _print(qtbot: QtBot, preview: SheetPreviewDialog, printed: Path) -> None:
    with popups_offscreen(), answering_modal(QPrintDialog, print_to(qtbot, printed)):
        preview.print_button.click()  # 印刷…


def _caption(preview: SheetPreviewDialog) -> str:
    return " ".join(
        label.text() for label in preview.findChildren(QLabel) if "ページ" in label.text()
    )


def test_envelopes_print_on_their_own_paper_at_full_size(
    qtbot: QtBot, demo_path: Path, tmp_path: Path
) -> None:
    with open_window(qtbot, str(demo_path)) as window:
        choose_council(qtbot, window)
        preview = _preview_of(qtbot, window, "封筒（長形3号・縦書き）")
        assert "（120×235mm）" in _caption(preview)
        printed = tmp_path / "printed.pdf"
        _print(qtbot, preview, printed)
        sheet = tmp_path / "sheet.pdf"
        sheet.write_bytes(preview.preview.pdf)
        press(preview, "閉じる")

    sizes = page_sizes(printed)
    assert len(sizes) == len(page_sizes(sheet))
    for width, height in sizes:
        assert abs(width - 120) < 0.5 and abs(height - 235) < 0.5
    for page in range(len(sizes)):  # the postal code and the address where the PDF has them
        ink, want = _inked_box(printed, page), _inked_box(sheet, page)
        assert all(abs(a - b) <= 2 for a, b in zip(ink, want, strict=True)), (ink, want)


def test_address_labels_land_on_their_labels(qtbot: QtBot, demo_path: Path, tmp_path: Path) -> None:
    with open_window(qtbot, str(demo_path)) as window:
        choose_council(qtbot, window)
        preview = _preview_of(qtbot, window, "宛名ラベル（会議の構成員）")
        assert "（A4）" in _caption(preview)
        printed = tmp_path / "labels.pdf"
        _print(qtbot, preview, printed)
        sheet = preview.preview.pdf
        press(preview, "閉じる")

    (width, height), *_ = page_sizes(printed)
    assert abs(width - 210) < 0.5 and abs(height - 297) < 0.5
    # the first label's first line starts where the PDF starts it: not moved by a margin
    # nor shrunk towards the middle of the page
    ink, want = _inked_box(printed), _inked_box(sheet)
    assert all(abs(a - b) <= 2 for a, b in zip(ink, want, strict=True)), (ink, want)


def test_labels_take_the_shift_of_the_printer_picked_in_the_print_dialog(
    qtbot: QtBot, demo_path: Path, tmp_path: Path
) -> None:
    """The preview shows the labels moved by the shift set for its printer; picked in the
    print dialog, another printer prints them with its own shift — a file (Qt's PDF printer,
    the only one here) with none, where the maker's sheet has them."""
    with open_window(qtbot, str(demo_path)) as window:
        choose_council(qtbot, window)
        preview = _preview_of(qtbot, window, "宛名ラベル（会議の構成員）")
        unshifted = preview.preview.pdf
        assert preview.controls.offset_x is not None
        enter(qtbot, preview.controls.offset_x, "1.5")  # for the preview's printer
        preview = remade(qtbot, window, preview)
        shifted = preview.preview.pdf
        printed = tmp_path / "labels.pdf"
        _print(qtbot, preview, printed)
        press(preview, "閉じる")

    moved = _inked_box(shifted)[0] - _inked_box(unshifted)[0]
    assert abs(moved - 1.5 * MM) <= 1  # the preview: moved right by the printer's 1.5 mm
    ink, want = _inked_box(printed), _inked_box(unshifted)
    assert all(abs(a - b) <= 2 for a, b in zip(ink, want, strict=True)), (ink, want)


def test_each_page_prints_on_its_own_paper_landscape_included(qtbot: QtBot, tmp_path: Path) -> None:
    """A sheet whose pages differ (an A4 landscape page, then an envelope): each printed page
    takes the size and the orientation of its own PDF page, its mark where the PDF has it."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from desktop.ui.dialogs.sheet_preview import print_pages

    sheet = tmp_path / "mixed.pdf"
    canvas = Canvas(str(sheet), pagesize=landscape(A4))
    canvas.rect(20 * mm, 30 * mm, 40 * mm, 10 * mm, fill=1)  # a mark 20 mm from the left
    canvas.showPage()
    canvas.setPageSize((120 * mm, 235 * mm))
    canvas.rect(100 * mm, 215 * mm, 10 * mm, 10 * mm, fill=1)  # the postal code's corner
    canvas.showPage()
    canvas.save()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    print_pages(sheet.read_bytes(), printer)

    sizes = page_sizes(printed)
    assert [(round(w), round(h)) for w, h in sizes] == [(297, 210), (120, 235)]
    for page in range(2):
        ink, want = _inked_box(printed, page), _inked_box(sheet, page)
        assert all(abs(a - b) <= 2 for a, b in zip(ink, want, strict=True)), (page, ink, want)
