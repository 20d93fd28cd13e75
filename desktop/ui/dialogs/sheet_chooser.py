"""Asks for what a sheet needs when nothing is selected on the tabs: a council, an event and its
session, a field, a programme — one list to choose from, read from the database."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.sheets.registry import Selection
from desktop.ui.i18n import tr

Choice = tuple[str, dict[Selection, object]]  # as listed, and what it selects


class SheetChooser(QDialog):
    def __init__(
        self,
        title: str,
        prompt: str,
        choices: list[Choice],
        selected: dict[Selection, object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.choices = choices
        self.box = QComboBox()
        self.box.setMinimumContentsLength(30)
        for text, _values in choices:
            self.box.addItem(text)
        # What the tabs have partly selected (the event, not yet its session) comes first.
        self.box.setCurrentIndex(next((i for i, c in enumerate(choices) if _fits(c, selected)), 0))
        buttons = QDialogButtonBox()
        buttons.addButton(tr("印刷プレビュー"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("キャンセル"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        layout.addWidget(self.box)
        layout.addWidget(buttons)

    def chosen(self) -> dict[Selection, object]:
        return self.choices[self.box.currentIndex()][1]


def _fits(choice: Choice, selected: dict[Selection, object]) -> bool:
    values = choice[1]
    return any(what in values for what in selected) and all(
        values.get(what, value) == value for what, value in selected.items()
    )
