"""A table's search box whose words the database answers: the table keeps the rows it was
given and shows only the ids the answer names (its row filter), so no row's text is built here.

The first key after a pause asks at once; keys typed within PAUSE_MS of the one before wait for
the typing to stop, so that a word typed quickly sends one question for the whole word. An answer
for text no longer in the box is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import QElapsedTimer, QObject, QTimer
from PySide6.QtWidgets import QLineEdit

from desktop.ui.widgets.record_table import RecordTable

PAUSE_MS = 150  # keys closer than this are one burst of typing: asked once it stops
Answer = Callable[[Collection[int]], None]
Asker = Callable[[str, Answer], None]  # sends the text's question, then calls back with its ids


class DatabaseSearch(QObject):
    def __init__(self, box: QLineEdit, table: RecordTable[Any], ask: Asker) -> None:
        super().__init__(box)
        self.box, self.table, self._ask = box, table, ask
        self._asked = 0  # the number of the latest question: older answers are dropped
        self._waiting = False  # a question is out and its answer not shown yet
        self._since_key = QElapsedTimer()
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(PAUSE_MS)
        self._typing.timeout.connect(self.ask)
        box.textChanged.connect(self._typed)

    @property
    def pending(self) -> bool:
        """The view does not show the answer for the box's text yet."""
        return self._typing.isActive() or self._waiting

    def _typed(self, _text: str) -> None:
        in_burst = self._since_key.isValid() and self._since_key.elapsed() < PAUSE_MS
        self._since_key.start()
        if in_burst or self._waiting:
            self._typing.start()  # (again): asked when the typing stops
        else:
            self.ask()

    def ask(self) -> None:
        """Ask for the box's text now (after typing, and after the table's rows were loaded
        again: what the rows are may have changed what the words find)."""
        self._typing.stop()
        self._asked += 1
        asked = self._asked
        text = self.box.text()
        if not text.split():
            self._waiting = False
            self.table.proxy.set_row_filter(None)
            return
        self._waiting = True
        self._ask(text, lambda ids: self._answered(asked, text, ids))

    def _answered(self, asked: int, text: str, ids: Collection[int]) -> None:
        if asked != self._asked:
            return  # a newer question is out
        self._waiting = False
        if text != self.box.text():
            return  # typed over meanwhile: the timer running asks for the text now in the box
        found = set(ids)
        self.table.proxy.set_row_filter(lambda row: row.id in found)
