"""The 時点 field: a date typed in wareki or Gregorian, blank for today."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.japanese.wareki import DateParseError, parse_date
from desktop.ui.i18n import said, tr


class AsOfEdit(QLineEdit):
    def __init__(self, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(tr("今日"))
        self.setToolTip(tooltip)
        self.setMaximumWidth(180)

    def day(self, complain: Callable[[str], object]) -> dt.date | None:
        """The date typed (today when blank); None when unreadable, said through `complain`."""
        text = self.text().strip()
        if not text:
            return dt.date.today()
        try:
            return parse_date(text)
        except DateParseError as exc:
            complain(tr("時点: {exc}").format(exc=said(exc)))
            return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter applies the date typed, and nothing else: in a dialog it would also press
        the default button (印刷… in the print preview)."""
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
