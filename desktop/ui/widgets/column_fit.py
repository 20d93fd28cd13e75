"""How a table's columns share its width: each as wide as what it shows (up to a limit), again
whenever what it shows changes; the width left over goes to the columns whose text was cut,
not to an empty last column. Once the user widens, moves or hides a column by hand, their
arrangement stays (and is remembered, see window_memory). The header's context menu shows and
hides columns."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QPoint, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from desktop.ui.i18n import tr

MAX_COLUMN_CHARS = 22  # a long title wraps into the tooltip rather than pushing columns away
MIN_LONG_TEXT_CHARS = 8  # what a long text keeps when it gives way to the short columns beside it


class ColumnFitter(QObject):
    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.by_hand = False  # the user arranged the columns: leave them as they are
        self._fitting = False
        self._natural: list[int] = []  # each column's width for its content (capped)
        self._cut: set[int] = set()  # the columns whose content is wider than the cap
        self.long_text: set[int] = set()  # the columns to widen first when none is cut
        self._blank: set[int] = set()  # the columns with nothing in them (their first rows)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._resized)
        header.sectionMoved.connect(self._arranged)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu)

    def fit(self) -> None:
        """Size every column to what it shows now, then share out the width left over."""
        if self.by_hand:
            return
        self._fitting = True
        try:
            self.table.resizeColumnsToContents()
            widest = self.table.fontMetrics().horizontalAdvance("あ") * MAX_COLUMN_CHARS
            count = self.table.model().columnCount()
            content = [self.table.columnWidth(c) for c in range(count)]
            self._natural = [min(width, widest) for width in content]
            self._cut = {c for c in range(count) if content[c] > widest}
            self._blank = {c for c in range(count) if self._blank_column(c)}
            self.share_width()
        finally:
            self._fitting = False

    def share_width(self) -> None:
        """The width the columns leave free goes to the cut ones (else to the widest of the
        long-text ones, or the widest one; to all of them in an empty table)."""
        if self.by_hand:
            return
        if not self._natural:  # never filled yet: its headings are what it shows
            if self.table.model().columnCount():
                self.fit()
            return
        header = self.table.horizontalHeader()
        shown = [c for c in range(len(self._natural)) if not header.isSectionHidden(c)]
        if not shown:
            return
        free = self.table.viewport().width() - sum(self._natural[c] for c in shown)
        if not self.table.model().rowCount():  # nothing to show yet: the headings spread evenly
            takers = shown
        else:
            long_text = [c for c in shown if c in self.long_text]
            widest_of = [c for c in long_text if c not in self._blank] or long_text or shown
            takers = [c for c in shown if c in self._cut] or [
                max(widest_of, key=self._natural.__getitem__)
            ]
        widths = {
            c: self._natural[c] + (free // len(takers) if free > 0 and c in takers else 0)
            for c in shown
        }
        if free < 0:  # too narrow: the widest long text gives way (elided) before a short one
            givers = [c for c in shown if c in self.long_text]
            if givers:
                giver = max(givers, key=self._natural.__getitem__)
                floor = self.table.fontMetrics().horizontalAdvance("あ") * MIN_LONG_TEXT_CHARS
                widths[giver] = max(min(floor, widths[giver]), widths[giver] + free)
        self._fitting = True
        try:
            for column, width in widths.items():
                self.table.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def _blank_column(self, column: int) -> bool:
        """Nothing shown in the column's first rows (enough to tell, quick on a long list)."""
        model = self.table.model()
        rows = min(model.rowCount(), 200)
        return not any(model.index(row, column).data() for row in range(rows))

    def restore(self, state: QByteArray) -> None:
        """The user's own arrangement, saved by an earlier run."""
        if self.table.horizontalHeader().restoreState(state):
            self.by_hand = True

    def _resized(self, _column: int, _old: int, _new: int) -> None:
        if not self._fitting:
            self._arranged()

    def _arranged(self) -> None:
        self.by_hand = True

    def _menu(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        model = self.table.model()
        menu = QMenu(self.table)
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: self._show(c, on))
        menu.addSeparator()
        menu.addAction(tr("列の幅と並びを元に戻す"), self._reset)
        menu.exec(header.viewport().mapToGlobal(position))

    def _show(self, column: int, on: bool) -> None:
        header = self.table.horizontalHeader()
        if not on and header.count() - header.hiddenSectionCount() <= 1:
            return  # the last column shown stays
        header.setSectionHidden(column, not on)
        self.by_hand = True

    def _reset(self) -> None:
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            header.setSectionHidden(column, False)
            header.moveSection(header.visualIndex(column), column)
        self.by_hand = False
        self.fit()
