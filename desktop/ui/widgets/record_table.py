"""The record table every tab and dialog shows (searchable, sortable, read-only), and the small
widgets beside it: search box, buttons, detail pane, the conflict question."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QItemSelection, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTextBrowser,
    QWidget,
)

from db.errors import UserError
from desktop.ui.i18n import said, tr
from desktop.ui.widgets import file_places
from desktop.ui.widgets.column_fit import ColumnFitter
from desktop.ui.widgets.table_model import ROW_ROLE, Column, RowTableModel, SearchProxy

Row = TypeVar("Row")
KEYPAD = Qt.KeyboardModifier.KeypadModifier  # the keypad's Enter is Enter all the same


class RecordTable(QTableView, Generic[Row]):
    """A read-only table view over a RowTableModel behind a SearchProxy."""

    current_row_changed = Signal(object)  # the plain row object, or None
    open_requested = Signal()  # double-click, Enter or F2 on the selected row
    delete_requested = Signal()  # Delete on the selected row

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        parent: QWidget | None = None,
        tint: Callable[[Row], str | None] | None = None,
        searched_here: bool = True,
    ) -> None:
        super().__init__(parent)
        self.source: RowTableModel[Row] = RowTableModel(columns, self, tint, searched_here)
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
        self.horizontalHeader().setHighlightSections(False)
        self.columns = ColumnFitter(self)
        self.columns.long_text = {i for i, c in enumerate(columns) if c.long_text}
        # Its name among the window's tables, for the arrangement remembered between runs: the
        # titles as written in the code, the same in every language.
        self.setObjectName("|".join(c.title for c in columns))
        self.export_title = ""  # the title row of an exported workbook
        # Said in the empty table, so that a blank never looks like a failure to load.
        self.empty_text = tr("データはまだありません。")
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.selectionModel().selectionChanged.connect(self._selection_changed)
        # A search or row filter resets the rows: the selected one stays selected if still shown.
        self._kept: Row | None = None
        self._keys: dict[str, Callable[[], None]] = {}  # see on_key
        self._quiet = False
        self.proxy.filter_about_to_change.connect(self._remember_current)
        self.proxy.filter_changed.connect(self._restore_current)

    def set_rows(self, rows: Sequence[Row], keep_id: int | None = None) -> None:
        """Replace the rows; reselect the row with id `keep_id` (or the first row)."""
        self.source.set_rows(rows)
        self.columns.fit()
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
        if self.actions():  # the table's own (メールアドレスをコピー …), first
            menu.addActions(self.actions())
            menu.addSeparator()
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
            target = file_places.save_file(self, tr("表を書き出す"), name, suffix)
            if target is None:
                return None
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
            QMessageBox.warning(self, tr("表を書き出す"), said(exc))
            return None
        return target

    def edit_with(self, edit: Callable[[], None], delete: Callable[[], None] | None = None) -> None:
        """Double-click, Enter and F2 edit the selected record; Delete deletes it (the handler
        asks first), as in a spreadsheet or a file manager."""
        self.open_requested.connect(edit)
        self.doubleClicked.connect(lambda _index: edit())
        if delete is not None:
            self.delete_requested.connect(delete)

    def on_key(self, keys: str, slot: Callable[[], None]) -> None:
        """A key of the table's own (e.g. "Space" for 出席 on the participants), taken before
        the view's default use of it; listed in ヘルプ ▸ キーボード操作 by whoever adds it."""
        self._keys[QKeySequence(keys).toString()] = slot

    def keyPressEvent(self, event: QKeyEvent) -> None:
        own = self._keys.get(QKeySequence(event.keyCombination()).toString())
        if own is not None and self.current() is not None:
            own()
            return
        key = event.key()
        if self.current() is not None and not event.modifiers() & ~KEYPAD:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
                self.open_requested.emit()
                return
            if key == Qt.Key.Key_Delete:
                self.delete_requested.emit()
                return
        super().keyPressEvent(event)

    @property
    def arranged_by_hand(self) -> bool:
        return self.columns.by_hand

    def restore_header(self, state: QByteArray) -> None:
        self.columns.restore(state)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.proxy.rowCount():
            return
        text = (
            self.empty_text
            if not self.source.total()
            else tr("検索や絞り込みに当てはまる行はありません。")
        )
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(12, 12, -12, -12)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.columns.share_width()

    def current(self) -> Row | None:
        indexes = self.selectionModel().selectedRows()
        if not indexes:
            return None
        row: Row = indexes[0].data(ROW_ROLE)
        return row

    def selected_rows(self) -> list[Row]:
        """Every selected row (a table allowing several: Shift / Ctrl+click, Ctrl+A), in the
        order shown."""
        indexes = sorted(self.selectionModel().selectedRows(), key=lambda i: i.row())
        return [i.data(ROW_ROLE) for i in indexes]

    def select_id(self, row_id: int) -> bool:
        """Select the shown row with that id (a record opened from elsewhere); False when no
        row shown has it."""
        for row_number in range(self.proxy.rowCount()):
            if getattr(self.proxy.index(row_number, 0).data(ROW_ROLE), "id", None) == row_id:
                self.selectRow(row_number)
                return True
        return False

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


def search_box(placeholder: str, table: RecordTable[Any] | None = None) -> QLineEdit:
    """A search box; typing in it searches `table`'s rows (None: the caller searches, e.g. a
    DatabaseSearch)."""
    box = QLineEdit()
    box.setPlaceholderText(placeholder)
    box.setClearButtonEnabled(True)
    if table is not None:
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
