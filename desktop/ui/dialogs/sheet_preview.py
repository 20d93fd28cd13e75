"""印刷プレビュー: the pages of a summary sheet as they will print; save as PDF or Excel, or print.

What is shown is the PDF itself (rasterised off the GUI thread), so what the user sees is what
the printer and the saved file get.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db.errors import UserError
from desktop import settings
from desktop.sheets.model import Sheet
from desktop.sheets.registry import OFFSET, SHEETS
from desktop.sheets.words import english_headings
from desktop.ui.dialogs.sheet_options import (
    ENGLISH,
    Offered,
    OptionControls,
    offered,
    offset_text,
    printer_names,
)
from desktop.ui.i18n import said, tr
from desktop.ui.long_work import LongWork, Report
from desktop.ui.widgets import file_places
from desktop.ui.widgets.window_memory import remember
from desktop.ui.worker import DbWorker

if TYPE_CHECKING:
    from desktop.sheets.preview import PageImage, Preview

# pdfium, reportlab and openpyxl are loaded when a sheet is first previewed, not at start-up.

PRINT_DPI_LIMIT = 300  # finer than office printers need, and pages stay a few MB each


def _make_preview(sheet: Sheet, report: Callable[[int, int, str], bool]) -> Preview:
    from desktop.sheets.preview import make_preview

    return make_preview(sheet, report)


def to_image(page: PageImage) -> QImage:
    image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: the bytes object may go away


def print_pages(pdf: bytes, printer: QPrinter) -> None:
    """Each PDF page printed at 100% on paper of the page's own size: the labels of a label
    sheet land on their labels and an envelope is 120×235 mm. Scaled to the printer's printable
    area, a page would shrink by the printer's margins and every label drift off its place."""
    from desktop.sheets.preview import page_images, page_sizes

    sizes = page_sizes(pdf)
    dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
    printer.setFullPage(True)  # drawn from the paper's corner, as the PDF's page is
    _set_paper(printer, sizes[0])
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(tr("プリンターを開けません。"))
    try:
        for number, (page, size) in enumerate(zip(page_images(pdf, dpi), sizes, strict=True)):
            if number:
                _set_paper(printer, size)  # taken by the page newPage() starts
                printer.newPage()
            # one point of the PDF is 1/72 inch on paper, whatever paper the printer holds
            scale = printer.resolution() / 72
            painter.drawImage(QRectF(0, 0, size[0] * scale, size[1] * scale), to_image(page))
    finally:
        painter.end()


def printed_to(printer: QPrinter) -> str | None:
    """The printer picked in the print dialog; None for a file (Qt's PDF printer)."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return None
    return printer.printerName()


def _set_paper(printer: QPrinter, size: tuple[float, float]) -> None:
    """The printer's paper: the PDF page's size, landscape when the page is wider than high."""
    width, height = size
    landscape = width > height
    if landscape:
        width, height = height, width
    printer.setPageSize(QPageSize(QSizeF(width, height), QPageSize.Unit.Point))
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )


class PreviewMaker(QObject):
    """Ctrl+P's work, as any long work (LongWork): the sheet built from the database on the
    worker, then laid out and drawn beside it, with a progress dialog (and 中止) when it takes
    more than a moment."""

    status = Signal(str)

    def __init__(self, worker: DbWorker, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.worker = worker
        # The printer the shift is remembered for: asked of the system when a sheet first
        # needs it (listing printers can take seconds where the network has many).
        self._printer: str | None = None
        self.dialog: SheetPreviewDialog | None = None
        self._sheet: tuple[str, dict[str, object]] | None = None  # the registered sheet shown
        self._english = False  # the headings' language of the sheet shown
        self.making = LongWork(
            worker,
            parent,
            tr("印刷プレビュー"),
            tr("集計表のデータを集めています…"),
            can_cancel=True,
        )
        self.making.then_beside(_make_preview).success(self._made).failure(self._failed)

    def start(self, build: Callable[..., Sheet], *args: Any) -> None:
        if self.making.running:
            return  # one preview at a time
        self._sheet = None
        self.status.emit(tr("印刷プレビューを作成しています…"))
        english = settings.get(settings.ENGLISH_HEADINGS)

        def build_in_the_chosen_words(session: Any, _report: Report) -> Sheet:
            with english_headings(english):
                return build(session, *args)

        self.making.run_in_transaction(build_in_the_chosen_words)

    def start_sheet(
        self, name: str, values: Mapping[str, object], *, english: bool | None = None
    ) -> None:
        """The registered sheet `name` with the options in `values` (desktop.sheets.registry),
        its headings in English when `english` (by default, as the setting 英語の見出し says)."""
        from desktop.sheets.registry import build_sheet

        if english is None:
            english = settings.get(settings.ENGLISH_HEADINGS)
        if SHEETS[name].option(OFFSET.name) is not None and OFFSET.name not in values:
            shift = offset_text(settings.printer_offset(self.printer()))
            values = {**values, OFFSET.name: shift} if shift else values
        self.start(lambda session: build_sheet(session, name, values, english=english))
        self._sheet = name, dict(values)
        self._english = english

    def _made(self, preview: Preview) -> None:
        self.status.emit("")
        shown = Offered()  # a sheet made by hand (not registered) takes no options
        merge = False
        if self._sheet is not None:
            name, values = self._sheet
            kind = SHEETS[name]
            printer = self.printer() if kind.option(OFFSET.name) else ""
            shown = offered(kind, values, self._english, printer)
            merge = kind.option("template") is not None
        self.dialog = SheetPreviewDialog(preview, self.parent_widget, shown, merge=merge)
        self.dialog.controls.switched.connect(self._switched)
        self.dialog.controls.printer_chosen.connect(self._printer_chosen)
        self.dialog.controls.calibrate.connect(self._calibrate)
        self.dialog.merge_requested.connect(self._merge)
        self.dialog.open()

    def _switched(self, option: str, value: object) -> None:
        """An option of the sheet changed in its preview (ticked, a date typed, a choice
        made): the sheet made again."""
        if self._sheet is None:
            return
        name, values = self._sheet
        if self.dialog is not None:
            self.dialog.done(0)
        if option == ENGLISH:
            self.start_sheet(name, values, english=bool(value))
        else:
            self.start_sheet(name, {**values, option: value}, english=self._english)

    def printer(self) -> str:
        if self._printer is None:
            self._printer = printer_names()[0]
        return self._printer

    def _printer_chosen(self, printer: str) -> None:
        """Another printer: the sheet made again with the shift remembered for it."""
        self._printer = printer
        self._switched(OFFSET.name, offset_text(settings.printer_offset(printer)))

    def _calibrate(self) -> None:
        """The alignment page of the label paper shown, with the printer's shift."""
        if self._sheet is None:
            return
        _name, values = self._sheet
        if self.dialog is not None:
            self.dialog.done(0)
        page = {o: values[o] for o in ("layout", "offset") if values.get(o) is not None}
        self.start_sheet("label-calibration", page, english=self._english)

    def _merge(self) -> None:
        """The letters merged into the office's Word document (開催通知 with --template)."""
        if self._sheet is not None and self.dialog is not None:
            from desktop.ui.dialogs.invitation_merge import merge_into_word

            name, values = self._sheet
            merge_into_word(self.dialog, self.worker, name, values, self.status.emit)

    def _failed(self, error: Exception) -> None:
        from desktop.sheets.preview import PreviewCancelled

        if isinstance(error, PreviewCancelled):
            self.status.emit(said(error))
            return
        self.status.emit("")
        QMessageBox.warning(self.parent_widget, tr("印刷プレビュー"), said(error))


def _paper(preview: Preview) -> str:
    """The paper the sheet prints on, as the preview names it: A4, A4横, 120×235mm …"""
    from desktop.sheets.preview import page_sizes, paper_name

    names = list(dict.fromkeys(paper_name(size) for size in page_sizes(preview.pdf)))
    return "・".join(names) or "A4"


class SheetPreviewDialog(QDialog):
    merge_requested = Signal()  # Word の文書に差し込む…

    def __init__(
        self,
        preview: Preview,
        parent: QWidget | None = None,
        shown: Offered | None = None,  # the sheet's options offered to change
        *,
        merge: bool = False,  # letters the office's Word document can take
    ) -> None:
        super().__init__(parent)
        self.preview = preview
        self.shown = shown or Offered()
        self.controls = OptionControls(self.shown)
        self.switches = self.controls.switches
        self.dates = self.controls.dates
        self.setWindowTitle(tr("印刷プレビュー — {title}").format(title=preview.sheet.title))
        widest = max((page.width for page in preview.pages), default=800)
        # a whole page across, landscape too, where the screen is wide enough
        self.memory = remember(self, "sheet_preview", min(widest + 80, 1400), 820)
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
        self.pdf_button = buttons.addButton(
            tr("PDF で保存…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.xlsx_button = buttons.addButton(
            tr("Excel で保存…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.merge_button = self.sample_button = None
        if merge:
            self.merge_button = buttons.addButton(
                tr("Word の文書に差し込む…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.merge_button.setToolTip(
                tr("事務局の Word の文書（.docx）に宛先ごとに差し込み、1つの .docx に保存します")
            )
            self.sample_button = buttons.addButton(
                tr("見本の差し込み文書を保存…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.merge_button.clicked.connect(self.merge_requested)
            self.sample_button.clicked.connect(self.save_sample)
        self.print_button = buttons.addButton(tr("印刷…"), QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(tr("閉じる"), QDialogButtonBox.ButtonRole.RejectRole)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.xlsx_button.clicked.connect(self.save_xlsx)
        self.print_button.clicked.connect(self.print_sheet)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        count = QLabel(
            tr("{count}ページ（{paper}）").format(count=len(preview.pages), paper=_paper(preview))
        )
        top = QHBoxLayout()
        top.addWidget(count)
        top.addWidget(self.controls, 1)
        layout.addLayout(top)
        if preview.font_warning:
            warning = QLabel(preview.font_warning)
            warning.setWordWrap(True)
            warning.setStyleSheet("color: #a00;")
            layout.addWidget(warning)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def _target(self, caption: str, suffix: str, filter_text: str) -> Path | None:
        return file_places.save_file(
            self, caption, f"{self.preview.file_stem}{suffix}", filter_text
        )

    def _write(self, target: Path, write: Callable[[Path], object]) -> None:
        try:
            write(target)
        except UserError as exc:  # the database, a folder, a full disk …: one sentence
            QMessageBox.warning(self, tr("保存できません"), said(exc))

    def save_pdf(self) -> None:
        target = self._target(tr("PDF で保存"), ".pdf", "PDF (*.pdf)")
        if target is not None:
            from db.output_files import write_bytes_atomically

            self._write(target, lambda t: write_bytes_atomically(t, self.preview.pdf))

    def save_xlsx(self) -> None:
        target = self._target(tr("Excel で保存"), ".xlsx", tr("Excel ブック (*.xlsx)"))
        if target is not None:
            from desktop.sheets.xlsx import render_xlsx

            self._write(target, lambda t: render_xlsx(self.preview.sheet, t))

    def save_sample(self) -> None:
        from desktop.ui.dialogs.invitation_merge import save_sample_template

        save_sample_template(self)

    def print_sheet(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.shown.offset and self.shown.printer:
            printer.setPrinterName(self.shown.printer)  # the one the shift is set for
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_pages(self._pdf_for(printer), printer)
        except OSError as exc:
            QMessageBox.warning(self, tr("印刷できません"), said(exc))

    def _pdf_for(self, printer: QPrinter) -> bytes:
        """The PDF as the printer picked in the print dialog takes it: the preview's, or made
        again with the shift remembered for that printer when it is another than the one the
        preview shows (a file: with none, as no printer's feed moves it)."""
        if not self.shown.offset:
            return self.preview.pdf
        picked = printed_to(printer)
        if picked == self.shown.printer:
            return self.preview.pdf  # the preview's shift, set for this printer
        shift = settings.printer_offset(picked) if picked is not None else (0.0, 0.0)
        sheet = self.preview.sheet.shifted(shift)
        if sheet is self.preview.sheet:
            return self.preview.pdf
        from desktop.sheets.pdf import pdf_bytes

        return pdf_bytes(sheet)
