"""A name the user picks from the stored ones or types anew (the series or the council of an
import whose file does not say it), with a button to act on it; Enter does the same and never
reaches the dialog's default button."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget


class NameChoice(QWidget):
    def __init__(
        self,
        label: str,
        names: Sequence[str],
        current: str | None,
        chosen: Callable[[str | None], None],
        *,
        placeholder: str,
        button: str,
        parent: QWidget | None = None,
    ) -> None:
        """`chosen` gets the name picked or typed (None when the field is left empty)."""
        super().__init__(parent)
        self._chosen = chosen
        self.combo = QComboBox()
        self.line = QLineEdit()
        self.line.setPlaceholderText(placeholder)
        self.line.installEventFilter(self)
        self.combo.setLineEdit(self.line)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumContentsLength(24)
        self.combo.addItems(list(names))
        self.combo.setEditText(current or "")
        self.combo.activated.connect(lambda _index: self.choose())
        self.button = QPushButton(button)
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(label))
        layout.addWidget(self.combo)
        layout.addWidget(self.button)

    def choose(self) -> None:
        self._chosen(self.combo.currentText().strip() or None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.line
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.choose()
            return True  # a dialog's default button (取り込む) must not get it
        return super().eventFilter(watched, event)
