"""What every tab shares: a searchable, sortable table, a detail pane, and add/edit/delete."""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QItemSelection, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTextBrowser,
    QWidget,
)

from db.errors import ConflictError, NeedsConfirmation, UserError, ValidationError
from desktop.ops.common import check_input
from desktop.ops.history import HistoryRow, history
from desktop.sheets.model import Sheet
from desktop.ui.form_dialog import Field, FormDialog
from desktop.ui.i18n import tr
from desktop.ui.sheet_preview import PreviewMaker, SheetPreviewDialog
from desktop.ui.table_model import ROW_ROLE, Column, RowTableModel, SearchProxy
from desktop.ui.worker import DbWorker

if TYPE_CHECKING:
    from desktop.ui.history_dialog import HistoryDialog

Row = TypeVar("Row")
MAX_COLUMN_CHARS = 22  # a long title wraps into the tooltip rather than pushing columns away


class RecordTable(QTableView, Generic[Row]):
    """A read-only table view over a RowTableModel behind a SearchProxy."""

    current_row_changed = Signal(object)  # the plain row object, or None

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        parent: QWidget | None = None,
        tint: Callable[[Row], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.source: RowTableModel[Row] = RowTableModel(columns, self, tint)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.source)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the operation's own order
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._sized = False
        self.export_title = ""  # the title row of an exported workbook
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.selectionModel().selectionChanged.connect(self._selection_changed)
        # A search or row filter resets the rows: the selected one stays selected if still shown.
        self._kept: Row | None = None
        self._quiet = False
        self.proxy.filter_about_to_change.connect(self._remember_current)
        self.proxy.filter_changed.connect(self._restore_current)

    def set_rows(self, rows: Sequence[Row], keep_id: int | None = None) -> None:
        """Replace the rows; reselect the row with id `keep_id` (or the first row)."""
        self.source.set_rows(rows)
        if rows and not self._sized:
            self._fit_columns()
        target = 0
        if keep_id is not None:
            for row_number in range(self.proxy.rowCount()):
                row = self.proxy.index(row_number, 0).data(ROW_ROLE)
                if getattr(row, "id", None) == keep_id:
                    target = row_number
                    break
        if self.proxy.rowCount():
            self.selectRow(target)
        else:
            self.current_row_changed.emit(None)

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(tr("表示中の表を Excel に書き出す…"), lambda: self.export("xlsx"))
        menu.addAction(tr("表示中の表を CSV に書き出す…"), lambda: self.export("csv"))
        menu.exec(self.viewport().mapToGlobal(position))

    def shown_rows(self) -> list[Row]:
        """The rows as the user sees them: filtered and in the current sort order."""
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    def export(self, fmt: str, target: Path | None = None) -> Path | None:
        """Write what the table shows to xlsx or CSV; returns the file written."""
        if target is None:
            suffix = tr("Excel ブック (*.xlsx)") if fmt == "xlsx" else "CSV (*.csv)"
            title = self.export_title or tr("一覧")
            name = f"{title}.{fmt}"
            chosen, _filter = QFileDialog.getSaveFileName(self, tr("表を書き出す"), name, suffix)
            if not chosen:
                return None
            target = Path(chosen)
        from desktop.excel import table_export  # on use: openpyxl loads only now

        columns = [table_export.TableColumn(c.title, c.kind) for c in self.source.columns]
        rows = [
            [c.raw(row) if c.raw else c.value(row) for c in self.source.columns]
            for row in self.shown_rows()
        ]
        try:
            if fmt == "xlsx":
                table_export.write_xlsx(columns, rows, target, title=self.export_title or None)
            else:
                table_export.write_csv(columns, rows, target)
        except UserError as exc:
            QMessageBox.warning(self, tr("表を書き出す"), str(exc))
            return None
        return target

    def _fit_columns(self) -> None:
        """Size columns to their contents once, so later reloads keep the user's widths."""
        self._sized = True
        self.resizeColumnsToContents()
        widest = self.fontMetrics().horizontalAdvance("あ") * MAX_COLUMN_CHARS
        for index in range(self.source.columnCount()):
            self.setColumnWidth(index, min(self.columnWidth(index), widest))

    def current(self) -> Row | None:
        indexes = self.selectionModel().selectedRows()
        if not indexes:
            return None
        row: Row = indexes[0].data(ROW_ROLE)
        return row

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if not self._quiet:
            self.current_row_changed.emit(self.current())

    def _remember_current(self) -> None:
        self._kept = self.current()

    def _restore_current(self) -> None:
        kept, self._kept = self._kept, None
        if kept is None:
            return
        place = self.source.position_of(kept)
        if place is None:
            self.current_row_changed.emit(None)  # the selected row was filtered out
            return
        self._quiet = True  # the same row as before: nothing to reload
        try:
            self.selectRow(place)
        finally:
            self._quiet = False


def conflict_choice(parent: QWidget, text: str) -> str:
    """Ask what to do about another user's change: "overwrite", "reload" or "cancel"."""
    box = QMessageBox(parent)
    box.setWindowTitle(tr("ほかの変更があります"))
    box.setIcon(QMessageBox.Icon.Warning)
    box.setText(text)
    box.setInformativeText(
        tr(
            "入力した内容で上書きしますか？ 読み込み直すと、入力した内容は破棄して最新の内容を"
            "表示します。"
        )
    )
    keep = box.addButton(tr("上書きして保存"), QMessageBox.ButtonRole.AcceptRole)
    reload = box.addButton(tr("読み込み直す"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(tr("キャンセル"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is keep:
        return "overwrite"
    return "reload" if box.clickedButton() is reload else "cancel"


def search_box(placeholder: str, table: RecordTable[Any]) -> QLineEdit:
    box = QLineEdit()
    box.setPlaceholderText(placeholder)
    box.setClearButtonEnabled(True)
    box.textChanged.connect(table.proxy.set_search)
    return box


def button(text: str, slot: Callable[[], None], tooltip: str = "") -> QPushButton:
    widget = QPushButton(text)
    widget.clicked.connect(lambda _checked=False: slot())
    if tooltip:
        widget.setToolTip(tooltip)
    return widget


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    layout = QHBoxLayout()
    for widget in buttons:
        layout.addWidget(widget)
    layout.addStretch(1)
    return layout


def detail_html(title: str, pairs: Sequence[tuple[str, str]]) -> str:
    """A small definition table for the detail pane (values escaped, blanks shown as －)."""
    rows = "".join(
        f"<tr><th align='left' style='padding-right:12px;color:#555;white-space:nowrap'>"
        f"{html.escape(k)}</th><td>{html.escape(v) if v else '－'}</td></tr>"
        for k, v in pairs
    )
    return f"<h3>{html.escape(title)}</h3><table cellspacing='2'>{rows}</table>"


def detail_browser() -> QTextBrowser:
    browser = QTextBrowser()
    browser.setOpenExternalLinks(False)
    browser.setMinimumWidth(280)
    return browser


class TabBase(QWidget):
    """A tab that talks to the database only through the worker."""

    status_message = Signal(str)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.read_only = False
        self.history_dialog: HistoryDialog | None = None
        self.previews = PreviewMaker(worker, self)
        self.previews.status.connect(self.status_message)

    def refresh(self) -> None:  # pragma: no cover - every tab overrides it
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        """A database this user may only read: viewing, searching, exporting and printing."""
        self.read_only = read_only
        self.update_buttons()

    def update_buttons(self) -> None:
        """Enable what the selection and the user's rights allow (tabs with buttons override)."""

    def focus_search(self) -> None:  # pragma: no cover - every tab overrides it
        raise NotImplementedError

    def edit_form(
        self,
        title: str,
        fields: Sequence[Field],
        values: dict[str, str],
        save: Callable[[dict[str, str]], tuple[Callable[..., Any], Any]],
        on_saved: Callable[[Any], None],
    ) -> FormDialog:
        """Open a form; on 保存, run the operation `save(values)` gives and report back."""

        def submit(entered: dict[str, str]) -> None:
            try:
                operation, payload = save(entered)
                check_input(payload)  # a broken character is refused before any lookup
            except ValidationError as exc:
                dialog.show_error(str(exc), exc.field)
                return
            except Exception as exc:  # a bug must not leave the form stuck with 保存 disabled
                dialog.show_error(tr("入力内容を処理できませんでした（{exc}）。").format(exc=exc))
                return

            def saved(result: Any) -> None:
                dialog.succeeded()
                on_saved(result)

            def failed(error: Exception) -> None:
                if isinstance(error, NeedsConfirmation):
                    if self.confirm_warnings(error.warnings):
                        self.worker.call(
                            operation,
                            dataclasses.replace(payload, confirmed=True),
                            on_result=saved,
                            on_error=failed,
                        )
                    else:
                        dialog.show_error(
                            tr("保存していません。内容を直すか、もう一度保存してください。")
                        )
                elif isinstance(error, ValidationError):
                    dialog.show_error(str(error), error.field)
                elif isinstance(error, ConflictError) and error.row_id is not None:
                    self._resolve_conflict(error, dialog, overwrite)
                elif isinstance(error, ConflictError):
                    dialog.show_error(str(error))
                else:
                    dialog.show_error(tr("保存できませんでした（{error}）。").format(error=error))

            def overwrite() -> None:
                """The user saw the other change and keeps theirs: saved over it."""
                self.worker.call(
                    operation,
                    dataclasses.replace(payload, version=None),
                    on_result=saved,
                    on_error=failed,
                )

            self.worker.call(operation, payload, on_result=saved, on_error=failed)

        dialog = FormDialog(title, fields, values, submit, self)
        dialog.open()
        return dialog

    def load_table(
        self,
        table: RecordTable[Any],
        operation: Callable[..., Any],
        *args: Any,
        keep_id: int | None = None,
    ) -> None:
        """Reload a table from an operation, keeping (or moving to) the selected row."""
        if keep_id is None:
            current = table.current()
            keep_id = getattr(current, "id", None)
        keep = keep_id
        self.worker.call(operation, *args, on_result=lambda rows: table.set_rows(rows, keep))

    def delete_record(
        self,
        what: str,
        operation: Callable[..., Any],
        *args: Any,
        then: Callable[[], None],
    ) -> None:
        """Ask first; then run the delete operation and refresh with `then`."""
        if not self.confirm_delete(what):
            return
        self.worker.call(operation, *args, on_result=lambda _r: then(), on_error=self.report_error)

    def _resolve_conflict(
        self, error: ConflictError, dialog: FormDialog, overwrite: Callable[[], None]
    ) -> None:
        """Someone saved the record after it was loaded: show their change (from the audit
        log) and let the user overwrite it, or reload and start again."""
        assert error.table is not None and error.row_id is not None

        def ask(rows: list[HistoryRow]) -> None:
            latest = rows[0] if rows else None
            change = (
                tr("{at:%Y-%m-%d %H:%M} に {user} さんが変更しました（{action}）。").format(
                    at=latest.at, user=latest.user, action=latest.changes or latest.action
                )
                if latest
                else tr("別の操作で変更されています。")
            )
            choice = conflict_choice(
                self, tr("このデータは読み込んだ後に、{change}").format(change=change)
            )
            if choice == "overwrite":
                overwrite()
            elif choice == "reload":
                dialog.reject()
                self.refresh()
            else:
                dialog.show_error(str(error))

        self.worker.call(history, error.table, error.row_id, on_result=ask)

    def confirm_warnings(self, warnings: Sequence[str]) -> bool:
        """The scheduling (or other) warnings of a save: go on, or go back to the form."""
        answer = QMessageBox.question(
            self,
            tr("確認してください"),
            "\n".join(tr("・{w}").format(w=w) for w in warnings) + tr("\n\nこのまま保存しますか？"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def confirm_delete(self, what: str) -> bool:
        answer = QMessageBox.question(
            self,
            tr("削除の確認"),
            tr("{what}を削除します。よろしいですか？\n（削除は変更履歴に記録されます）").format(
                what=what
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def report_error(self, error: Exception) -> None:
        QMessageBox.warning(self, tr("事務局デスク"), str(error))

    def show_history(self, table: str, row_id: int, title: str) -> None:
        """The record's 変更履歴 from the audit log, in a dialog."""
        from desktop.ui.history_dialog import HistoryDialog  # it imports this module

        def loaded(rows: list[HistoryRow]) -> None:
            self.history_dialog = HistoryDialog(title, rows, self)
            self.history_dialog.open()

        self.worker.call(history, table, row_id, on_result=loaded, on_error=self.report_error)

    def preview_sheet(self) -> None:
        """Ctrl+P: the summary sheet of what is selected (tabs that have one override this)."""
        self.status_message.emit(tr("この画面で印刷できる集計表はまだありません。"))

    def show_sheet_preview(self, build: Callable[..., Sheet], *args: Any) -> None:
        """Build the sheet on the worker and draw it beside it, then open the preview."""
        self.previews.start(build, *args)

    @property
    def sheet_preview(self) -> SheetPreviewDialog | None:
        """The preview last opened from this tab."""
        return self.previews.dialog
