"""A record edited in the window as the user does it, for the tests of what follows the edit
(元に戻す / やり直す, 「この変更を元に戻す」 in its history)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QTableView, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.tabs.registrations import RegistrationsTab
from tests.helpers.gui_support import click_row, fill, open_dialog, press, settle, show_tab


def click_first_row(qtbot: QtBot, window: MainWindow, tab: QWidget, table: QTableView) -> None:
    """The tab shown, the first row of its table clicked."""
    show_tab(qtbot, window, tab)
    click_row(qtbot, table, 0)
    settle(qtbot, window)


def first_organization(qtbot: QtBot, window: MainWindow) -> RegistrationsTab:
    """The 登録 tab shown, its first organization clicked; the tab."""
    click_first_row(qtbot, window, window.registrations, window.registrations.table)
    return window.registrations


def save_form(qtbot: QtBot, window: MainWindow, **values: str) -> None:
    """The open form filled in and saved with 保存; it closes (else its error is shown)."""
    form = open_dialog(window)
    fill(qtbot, form, **values)
    press(form, QDialogButtonBox.StandardButton.Save)
    settle(qtbot, window)
    assert not form.isVisible(), form.error_label.text()


def rename_selected_organization(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """団体を編集, a new name typed, 保存."""
    window.registrations.edit_button.click()
    save_form(qtbot, window, name=name)
