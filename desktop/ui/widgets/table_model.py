"""A table model over plain row objects, and the proxy that searches and sorts it.

Columns say how to show and how to sort a row; the search compares normalised text (width,
kana/katakana and spacing differences ignored), so 「ﾁﾁﾌﾞ」 finds ちちぶし. A table whose rows the
database searches (searched_here=False; see database_search.py) builds no text: only its row
filter applies.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from desktop.japanese.gojuon import name_order_key
from desktop.japanese.text import search_key
from desktop.ui.i18n import tr

Row = TypeVar("Row")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3

AnyIndex = QModelIndex | QPersistentModelIndex
WARNING_TINT = "#fff3cd"  # the background of a row with something to look at


class Named(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def kana(self) -> str | None: ...


def by_reading(row: Named) -> str:
    """Sort key of a name or reading column: 五十音順 of the reading, as the printed sheets
    order people; rows without a reading after the others, by name."""
    return name_order_key(row.kana, row.name)


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    value: Callable[[Row], object]
    sort_key: Callable[[Row], str | int] | None = None
    align_right: bool = False
    # For exports: the value as data (a date, a number) and its kind (text / int / date).
    raw: Callable[[Row], object] | None = None
    kind: str = "text"
    # A column of names or sentences: when no column's text is cut, the width left over goes
    # to the widest of these rather than to a column of short codes or file names; when the
    # table is too narrow, the widest of these gives way (elided) so the short ones stay seen.
    long_text: bool = False


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Plain row objects as a table. The model itself filters (search words, a row filter) and
    sorts (by each column's sort key): a list comprehension over 100,000 rows takes a few tens
    of milliseconds, where a proxy calling Python once per row and comparison took seconds."""

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        parent: QObject | None = None,
        tint: Callable[[Row], str | None] | None = None,
        searched_here: bool = True,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.tint = tint  # a row's background colour (e.g. rows with errors), or None
        self.searched_here = searched_here
        self._rows: list[Row] = []  # every row set
        self._search: list[str] = []  # each row's normalised text
        self._shown: list[int] = []  # the rows shown, as positions in _rows, in display order
        self._position: dict[int, int] = {}  # position in _rows → place in _shown
        self._words: list[str] = []
        self._keep: Callable[[Any], bool] | None = None
        self._sort: tuple[int, bool] | None = None  # (column, descending)
        self._sort_keys: dict[int, list[Any]] = {}

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = (
            [search_key(" ".join(self._text(r, c) for c in self.columns)) for r in self._rows]
            if self.searched_here
            else []
        )
        self._sort_keys = {}
        self._set_shown(self._select())
        self.endResetModel()

    def set_filter(self, words: list[str], keep: Callable[[Any], bool] | None) -> None:
        """Show only rows whose text holds every word and that `keep` accepts (None: all)."""
        self.beginResetModel()
        self._words, self._keep = words, keep
        self._set_shown(self._select())
        self.endResetModel()

    def sort_rows(self, column: int, descending: bool) -> None:
        """Reorder the rows shown; the selection (persistent indexes) follows its rows."""
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, descending) if 0 <= column < len(self.columns) else None
        before = self._shown
        self._set_shown(self._select())
        moved_from, moved_to = [], []
        for index in self.persistentIndexList():
            if 0 <= index.row() < len(before):
                place = self._position.get(before[index.row()])
                moved_from.append(index)
                moved_to.append(
                    self.index(place, index.column()) if place is not None else QModelIndex()
                )
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

    def _set_shown(self, shown: list[int]) -> None:
        self._shown = shown
        self._position = {row: place for place, row in enumerate(shown)}

    def position_of(self, row: object) -> int | None:
        """Where that row object is shown (None: filtered out)."""
        return next((p for p, i in enumerate(self._shown) if self._rows[i] is row), None)

    def _select(self) -> list[int]:
        words, keep, rows = self._words, self._keep, self._rows
        if not self.searched_here:
            shown = [i for i, row in enumerate(rows) if keep is None or keep(row)]
        else:
            shown = [
                i
                for i, text in enumerate(self._search)
                if all(word in text for word in words) and (keep is None or keep(rows[i]))
            ]
        if self._sort is not None:
            column, descending = self._sort
            keys = self._keys(column)
            shown.sort(key=keys.__getitem__, reverse=descending)
        return shown

    def _keys(self, column: int) -> list[Any]:
        if column not in self._sort_keys:
            spec = self.columns[column]
            self._sort_keys[column] = [
                spec.sort_key(r) if spec.sort_key else self._text(r, spec) for r in self._rows
            ]
        return self._sort_keys[column]

    def rows(self) -> list[Row]:
        """Every row set, shown or not."""
        return list(self._rows)

    def total(self) -> int:
        return len(self._rows)

    def row_at(self, row: int) -> Row:
        """The row shown at that position."""
        return self._rows[self._shown[row]]

    @staticmethod
    def _text(row: Row, column: Column[Row]) -> str:
        value = column.value(row)
        return "" if value is None else str(value)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        row = self._rows[self._shown[index.row()]]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._text(row, column)
            return text if len(text) > 20 else None
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key else self._text(row, column)
        if role == SEARCH_ROLE and self.searched_here:
            return self._search[self._shown[index.row()]]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.tint is not None:
            colour = self.tint(row)
            return QColor(colour) if colour else None
        return None

    def refresh_row(self, row: int) -> None:
        """Repaint one row (its position among all rows) after its object changed (e.g. a
        decision in the review); a row not shown needs no paint."""
        self._sort_keys = {}  # what the row shows may have changed
        place = self._position.get(row)
        if place is not None:
            self.dataChanged.emit(self.index(place, 0), self.index(place, len(self.columns) - 1))

    def refresh_all_rows(self) -> None:
        """Repaint every row after many of their objects changed (one signal, not one per row)."""
        self._sort_keys = {}
        if self._shown:
            last = self.index(len(self._shown) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return tr(self.columns[section].title)  # marked with QT_TR_NOOP where defined
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


class SearchProxy(QSortFilterProxyModel):
    """The view's model: searching and sorting are passed to the RowTableModel under it (which
    does both in one pass over its rows), so this proxy maps rows one to one."""

    filter_about_to_change = Signal()
    filter_changed = Signal()  # the view reselects the row it had, if it is still shown

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._keep: Callable[[Any], bool] | None = None

    def _rows(self) -> RowTableModel[Any]:
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        return model

    def set_search(self, text: str) -> None:
        self._words = [search_key(w) for w in text.split() if w.strip()]
        self._refilter()

    def set_row_filter(self, keep: Callable[[Any], bool] | None) -> None:
        """Show only the rows whose object `keep` accepts (None: all), besides the search."""
        self._keep = keep
        self._refilter()

    def _refilter(self) -> None:
        self.filter_about_to_change.emit()
        self._rows().set_filter(self._words, self._keep)
        self.filter_changed.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: the rows sort by the column's sort key, in the model."""
        self._rows().sort_rows(column, order == Qt.SortOrder.DescendingOrder)
