"""The English window says what went wrong in English: the refusals of the operations and the
database layer reach it as templates with parameters and are put into the window's language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from db.engine import open_database
from desktop.ops import registrations as registration_ops
from desktop.ui import i18n
from desktop.ui.dialogs.connect import ConnectDialog
from desktop.ui.dialogs.form import FormDialog
from desktop.ui.dialogs.import_batches import BatchesDialog
from desktop.ui.dialogs.import_review import ImportReviewDialog
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    answering_modal,
    click_row,
    escape,
    fill,
    open_window,
    pick_files,
    press,
    settle,
    shown_cells,
    shown_rows,
    type_into,
    visible,
)
from tests.helpers.import_files import filled_expert_form, write_list

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
NEW_NAME = "株式会社 消される商事"  # the user's own data: the only Japanese allowed


@pytest.fixture
def english_window(qapp: QApplication, qtbot: QtBot, demo_path: Path) -> Iterator[MainWindow]:
    installed = i18n.install(qapp, "en")
    try:
        with open_window(qtbot, str(demo_path)) as window:
            yield window
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        i18n.set_language("ja")


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the warning boxes shown (a modal box would wait for a click)."""
    shown: list[str] = []

    def warn(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warn)
    return shown


def the_form() -> FormDialog:
    (form,) = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, FormDialog) and w.isVisible()
    ]
    return form


def save(qtbot: QtBot, window: MainWindow, form: FormDialog) -> str:
    """Click 保存 (Save) and read what the form says."""
    save_button = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    return form.error_label.text()


def menu_action(window: MainWindow, text: str) -> QAction:
    for top in window.menuBar().actions():
        menu = top.menu()
        for action in menu.actions() if menu is not None else []:
            if action.text() == text:
                return action
    raise AssertionError(f"no menu item {text}")


def without_data(text: str) -> str:
    return text.replace(NEW_NAME, "")


def test_a_required_field_left_empty_is_said_in_english(
    english_window: MainWindow, qtbot: QtBot
) -> None:
    tab = english_window.registrations
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    form = the_form()
    try:
        said = save(qtbot, english_window, form)
        assert form.isVisible()
        assert said == "Enter the Organization.", said
    finally:
        escape(qtbot, form)  # Esc: closed, whatever it said


def test_a_date_that_cannot_be_read_is_said_in_english(
    english_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The refusals of the Japanese conventions (dates, times, codes) speak the window's
    language too; only the examples of what to type stay as they are typed."""
    tab = english_window.registrations
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    form = the_form()
    fill(qtbot, form, name=NEW_NAME, lg_code="112079")
    said = save(qtbot, english_window, form)
    assert form.isVisible() and "check digit" in said and "112071" in said, said
    assert not JAPANESE.search(without_data(said)), said
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kwargs: QMessageBox.StandardButton.Discard
    )
    escape(qtbot, form)


def test_a_record_deleted_meanwhile_is_said_in_english(
    english_window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    other_pc = open_database(str(demo_path))  # a colleague adds an organization
    try:
        with other_pc.transaction() as session:
            new_id = registration_ops.save_organization(
                session, registration_ops.OrganizationInput(name=NEW_NAME, kind="company")
            )
    finally:
        other_pc.close()
    tab = english_window.registrations
    menu_action(english_window, "&Refresh").trigger()  # the user refreshes, finds it, opens it
    settle(qtbot, english_window)
    type_into(qtbot, tab.search, NEW_NAME)
    settle(qtbot, english_window)
    click_row(qtbot, tab.table, 0)
    settle(qtbot, english_window)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    form = the_form()
    try:
        assert form.values()["name"] == NEW_NAME
        other_pc = open_database(str(demo_path))  # …which the colleague deletes meanwhile
        try:
            with other_pc.transaction() as session:
                registration_ops.delete_organization(session, new_id, None)
        finally:
            other_pc.close()
        said = save(qtbot, english_window, form)
        assert form.isVisible()
        assert said == "This record has been deleted. Refresh the list.", said
        assert not JAPANESE.search(without_data(said))
    finally:
        escape(qtbot, form)  # Esc: closed, whatever it said


def test_saving_over_the_database_is_refused_in_english(
    english_window: MainWindow,
    qtbot: QtBot,
    demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(demo_path), ""))
    menu_action(english_window, "Export (JSON)…").trigger()  # File ▸ Export (JSON)…
    settle(qtbot, english_window)
    assert len(warnings) == 1, warnings
    (said,) = warnings
    assert said.startswith(f"Cannot write to “{demo_path}”: it is the open database."), said
    assert not JAPANESE.search(said.replace(str(demo_path), "")), said


def test_a_server_connection_typed_wrong_is_said_in_english(
    english_window: MainWindow, qtbot: QtBot
) -> None:
    said: list[str] = []

    def type_it_wrong(dialog: ConnectDialog) -> None:
        type_into(qtbot, dialog.host, "db-server")
        type_into(qtbot, dialog.database, "secdesk")
        type_into(qtbot, dialog.user, "jimukyoku")
        type_into(qtbot, dialog.port, "99999")
        press(dialog, "Connect")
        said.append(dialog.error.text())
        type_into(qtbot, dialog.user, "jimu kyoku")
        type_into(qtbot, dialog.port, "5432")
        press(dialog, "Connect")
        said.append(dialog.error.text())
        press(dialog, "Cancel")

    with answering_modal(ConnectDialog, type_it_wrong):
        menu_action(english_window, "Connect to a &server database…").trigger()
    assert said == [
        "Enter the port as a number from 1 to 65535 (usually 5432).",
        "The User name “jimu kyoku” holds characters that cannot be used"
        " (spaces or / ? # @ : and the like).",
    ]


def test_a_sheet_that_cannot_be_made_says_why_in_english(
    english_window: MainWindow, qtbot: QtBot, warnings: list[str]
) -> None:
    """The demo has no expert offering yet: the catalogue chosen from the print menu says so in
    English (the sheets' refusals are marked templates too)."""
    (action,) = [a for a in english_window.findChildren(QAction) if a.text() == "Expert catalogue…"]
    action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=60_000)
    settle(qtbot, english_window)
    assert warnings == ["No expert has registered an offer yet."]


def test_the_import_review_says_the_problems_in_english(
    english_window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A registration list with a column the program does not know and a row without its
    organization: the review's problems, file notes and row details are English, and only
    the user's own values (the file's headings, names, sheet) stay as written."""
    program = "地域未来構想20 オープンラボ"
    extra_column = "独自の集計欄"
    data = ["団体名", "事業", "担当者", extra_column, "Sheet", "みどり商事", "鈴木一郎"]
    path = write_list(
        tmp_path / "registrations.xlsx",
        ["団体名", "事業", "担当者", extra_column],
        ["みどり商事", program, "鈴木一郎", "A"],
        [None, program, "鈴木一郎", "B"],
    )
    pick_files(monkeypatch, path)
    menu_action(english_window, "&Import Excel…").trigger()  # File ▸ Import Excel…
    settle(qtbot, english_window)
    (review,) = visible(ImportReviewDialog)
    try:
        proxy = review.table.proxy
        problem_column = proxy.columnCount() - 1
        assert proxy.headerData(problem_column, Qt.Orientation.Horizontal) == "Problems"
        problems = [proxy.index(r, problem_column).data() for r in range(proxy.rowCount())]
        notes = review.file_notes.toPlainText()
        nameless = [i for i, r in enumerate(shown_rows(review.table)) if not r.organization_name]
        click_row(qtbot, review.table, nameless[0])
        said_of_row = review.detail.toPlainText().splitlines()
    finally:
        escape(qtbot, review)  # Esc: closed, whatever it showed

    assert any("The organization name is empty." in p for p in problems), problems
    assert f"The columns “{extra_column}” are not used." in notes, notes
    assert said_of_row[0] == f"{path.name} sheet “Sheet” row 3", said_of_row
    assert "Contact: 鈴木一郎 (registered as a new person)" in said_of_row
    assert any("Error:" in line and "organization name is empty" in line for line in said_of_row)
    for text in [*problems, notes, *said_of_row]:
        assert not JAPANESE.search(without(text, program, *data)), text


def without(text: str, *values: str) -> str:
    """The text with the user's own values taken out (they stay as the user wrote them)."""
    for value in sorted(values, key=len, reverse=True):
        text = text.replace(value, "")
    return text


def test_the_import_history_counts_in_english(
    english_window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a batch made is stored with it in Japanese (団体（新規） 1): the window's import
    history says it in English."""
    pick_files(monkeypatch, filled_expert_form(tmp_path, 1))  # an expert's filled-in form
    menu_action(english_window, "&Import Excel…").trigger()
    settle(qtbot, english_window)
    (review,) = visible(ImportReviewDialog)
    review.commit_button.click()
    settle(qtbot, english_window)
    menu_action(english_window, "Import history and undo…").trigger()
    settle(qtbot, english_window)
    (history,) = visible(BatchesDialog)
    try:
        contents = shown_cells(history.table, 0)["Details"]
    finally:
        escape(qtbot, history)
    assert "organizations (new) 1" in contents and "registrations (new) 1" in contents, contents
    assert not JAPANESE.search(contents), contents
