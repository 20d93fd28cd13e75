"""A table model over plain row objects, and the proxy that searches and sorts it.

Columns say how to show and how to sort a row; the search compares normalised text (width,
kana/katakana and spacing differences ignored), so 「ﾁﾁﾌﾞ」 finds ちちぶし.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.japanese.text import normalize_for_compare

Row = TypeVar("Row")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    value: Callable[[Row], object]
    sort_key: Callable[[Row], str | int] | None = None
    align_right: bool = False
    # For exports: the value as data (a date, a number) and its kind (text / int / date).
    raw: Callable[[Row], object] | None = None
    kind: str = "text"


class RowTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(
        self,
        columns: Sequence[Column[Row]],
        parent: QObject | None = None,
        tint: Callable[[Row], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.tint = tint  # a row's background colour (e.g. rows with errors), or None
        self._rows: list[Row] = []
        self._search: list[str] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        # A row may carry text that is searched but not shown (search_text: summaries …).
        self._search = [
            normalize_for_compare(
                " ".join([*(self._text(r, c) for c in self.columns), getattr(r, "search_text", "")])
            )
            for r in self._rows
        ]
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    @staticmethod
    def _text(row: Row, column: Column[Row]) -> str:
        value = column.value(row)
        return "" if value is None else str(value)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._text(row, column)
            return text if len(text) > 20 else None
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key else self._text(row, column)
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.tint is not None:
            colour = self.tint(row)
            return QColor(colour) if colour else None
        return None

    def refresh_row(self, row: int) -> None:
        """Repaint one row after its object changed (e.g. a decision in the review)."""
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


class SearchProxy(QSortFilterProxyModel):
    """Sorts by each column's sort key and keeps rows whose text holds every search word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._keep: Callable[[Any], bool] | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = [normalize_for_compare(w) for w in text.split() if w.strip()]
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_row_filter(self, keep: Callable[[Any], bool] | None) -> None:
        """Show only the rows whose object `keep` accepts (None: all), besides the search."""
        self.beginFilterChange()
        self._keep = keep
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self._keep is not None and not self._keep(self.sourceModel().data(index, ROW_ROLE)):
            return False
        if not self._words:
            return True
        haystack = self.sourceModel().data(index, SEARCH_ROLE) or ""
        return all(word in haystack for word in self._words)
