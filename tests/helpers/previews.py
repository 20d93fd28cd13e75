"""The print preview as a user meets it: opened from ファイル ▸ 印刷する集計表, made again when
an option changes, and where the words of its PDF lie on the paper."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from desktop.ui.dialogs.sheet_preview import SheetPreviewDialog
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import settle

MM = 72 / 25.4  # PDF points in a millimetre


def sheet_action(window: MainWindow, label: str) -> QAction:
    """ファイル ▸ 印刷する集計表 ▸ `label`…"""
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    (menu,) = [a.menu() for a in file_menu.actions() if a.text() == "印刷する集計表(&T)"]
    assert isinstance(menu, QMenu)
    (action,) = [a for a in menu.actions() if a.text() == f"{label}…"]
    return action


def shown_previews() -> list[SheetPreviewDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, SheetPreviewDialog) and w.isVisible()
    ]


def preview_of(window: MainWindow, qtbot: QtBot, label: str) -> SheetPreviewDialog:
    """ファイル ▸ 印刷する集計表 ▸ `label`…, its preview once shown."""
    return preview_from(window, qtbot, sheet_action(window, label))


def preview_from(window: MainWindow, qtbot: QtBot, action: QAction) -> SheetPreviewDialog:
    action.trigger()
    qtbot.waitUntil(lambda: bool(shown_previews()), timeout=60_000)
    settle(qtbot, window)
    (preview,) = shown_previews()
    return preview


def remade(qtbot: QtBot, window: MainWindow, before: SheetPreviewDialog) -> SheetPreviewDialog:
    qtbot.waitUntil(
        lambda: bool(shown_previews()) and shown_previews()[0] is not before, timeout=60_000
    )
    settle(qtbot, window)
    (again,) = shown_previews()
    return again


def text_box_mm(pdf: bytes, page_number: int = 0) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) in mm from the paper's top left corner of all the text on the
    page."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        page = document[page_number]
        height = page.get_height()
        text = page.get_textpage()
        boxes = [
            text.get_charbox(i)
            for i in range(text.count_chars())
            if not text.get_text_range(i, 1).isspace()
        ]
    finally:
        document.close()
    left = min(b[0] for b in boxes)
    right = max(b[2] for b in boxes)
    top = height - max(b[3] for b in boxes)
    bottom = height - min(b[1] for b in boxes)
    return left / MM, top / MM, right / MM, bottom / MM


def page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def pdf_text(pdf: bytes) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def keep_picture(widget: object, name: str) -> None:
    """With SECDESK_TEST_PICTURES set to a folder, the widget as the user sees it saved there as
    `name`.png (and a preview's first page as `name`-page.png), to be looked at by a person."""
    import os

    folder = os.environ.get("SECDESK_TEST_PICTURES")
    if not folder:
        return
    from pathlib import Path

    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    Path(folder).mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(Path(folder) / f"{name}.png"))
    if isinstance(widget, SheetPreviewDialog) and widget.page_labels:
        page = widget.page_labels[0].pixmap()
        page.save(str(Path(folder) / f"{name}-page.png"))
