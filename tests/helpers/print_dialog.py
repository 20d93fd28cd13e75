"""The print dialog as a user answers it: Qt's own file printer, a file name, 印刷."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from tests.helpers.gui_support import choose, press, type_into


def print_to(qtbot: QtBot, printed: Path) -> Callable[[QPrintDialog], None]:
    """What the user does in the print dialog: picks the file printer (Qt's own, listed after
    the PC's printers), types the file's name and clicks 印刷."""

    def answer(dialog: QPrintDialog) -> None:
        printers = dialog.findChild(QComboBox, "printers")
        assert printers is not None
        if printers.currentIndex() != printers.count() - 1:
            choose(qtbot, printers, printers.itemText(printers.count() - 1))
        file_name = dialog.findChild(QLineEdit, "filename")
        assert file_name is not None and file_name.isVisible()
        type_into(qtbot, file_name, str(printed))
        press(dialog, QDialogButtonBox.StandardButton.Ok)

    return answer
