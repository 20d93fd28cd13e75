"""印刷プレビュー: the pages of a summary sheet as they will print; save as PDF or Excel, or print.

What is shown is the PDF itself (rasterised off the GUI thread), so what the user sees is what
the printer and the saved file get.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.sheets.preview import PageImage, Preview, page_images
from desktop.sheets.xlsx import render_xlsx

PRINT_DPI_LIMIT = 300  # finer than office printers need, and pages stay a few MB each


def to_image(page: PageImage) -> QImage:
    image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: the bytes object may go away


def print_pages(pdf: bytes, printer: QPrinter) -> None:
    """Paint each PDF page onto the printer, scaled to its printable area."""
    dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("プリンターを開けません。")
    try:
        for number, page in enumerate(page_images(pdf, dpi)):
            if number:
                printer.newPage()
            image = to_image(page)
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(area.x(), area.y(), size.width(), size.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(area)
            painter.setWindow(area)
    finally:
        painter.end()


class SheetPreviewDialog(QDialog):
    def __init__(self, preview: Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(f"印刷プレビュー — {preview.sheet.title}")
        widest = max((page.width for page in preview.pages), default=800)
        self.resize(min(widest + 80, 1400), 820)  # a whole page across, landscape too
        pages = QWidget()
        pages_layout = QVBoxLayout(pages)
        pages_layout.setSpacing(12)
        self.page_labels: list[QLabel] = []
        for page in preview.pages:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(to_image(page)))
            label.setStyleSheet("border: 1px solid #999; background: white;")
            pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        scroll.setStyleSheet("QScrollArea { background: #e8e8e8; }")

        buttons = QDialogButtonBox()
        self.pdf_button = buttons.addButton("PDF で保存…", QDialogButtonBox.ButtonRole.ActionRole)
        self.xlsx_button = buttons.addButton(
            "Excel で保存…", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button = buttons.addButton("印刷…", QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton("閉じる", QDialogButtonBox.ButtonRole.RejectRole)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.xlsx_button.clicked.connect(self.save_xlsx)
        self.print_button.clicked.connect(self.print_sheet)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        count = QLabel(f"{len(preview.pages)}ページ（A4）")
        layout.addWidget(count)
        if preview.font_warning:
            warning = QLabel(preview.font_warning)
            warning.setWordWrap(True)
            warning.setStyleSheet("color: #a00;")
            layout.addWidget(warning)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def _target(self, caption: str, suffix: str, filter_text: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            self, caption, f"{self.preview.sheet.title}{suffix}", filter_text
        )
        return Path(path) if path else None

    def _write(self, target: Path, write: Callable[[Path], object]) -> None:
        try:
            write(target)
        except OSError as exc:
            QMessageBox.warning(
                self,
                "保存できません",
                f"「{target}」に保存できません（{exc.strerror or exc}）。"
                "ファイルを開いているアプリを閉じるか、別の場所を選んでください。",
            )

    def save_pdf(self) -> None:
        target = self._target("PDF で保存", ".pdf", "PDF (*.pdf)")
        if target is not None:
            self._write(target, lambda t: t.write_bytes(self.preview.pdf))

    def save_xlsx(self) -> None:
        target = self._target("Excel で保存", ".xlsx", "Excel ブック (*.xlsx)")
        if target is not None:
            self._write(target, lambda t: render_xlsx(self.preview.sheet, t))

    def print_sheet(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_pages(self.preview.pdf, printer)
        except OSError as exc:
            QMessageBox.warning(self, "印刷できません", str(exc))
