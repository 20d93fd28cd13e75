"""Shared helpers of the GUI tests: the window on a fresh demo database, waiting for it, the
dialogs it opens and what its tables show."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from concurrent import futures
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

import pytest
import shiboken6
from PySide6.QtCore import QMessageLogContext, QPoint, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QAction, QContextMenuEvent, QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from db.engine import open_database
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.database_search import DatabaseSearch

if TYPE_CHECKING:
    from desktop.ui.dialogs.form import FormDialog
    from desktop.ui.dialogs.shortcuts import ShortcutsDialog
    from desktop.ui.widgets.record_table import RecordTable

# The table model and the dialogs are imported when a helper is called, as the window imports
# them when it builds its tabs: loaded before any window exists, they make the interpreter abort
# at exit (a refcount error on False in a C extension) when test_gui_startup.py runs alone.


def fits_the_screen(widget: QWidget) -> bool:
    """The whole window, frame and buttons, fits its screen (tests run on a 1366×768 one), and
    could not be made smaller than that by its layout."""
    area = widget.screen().availableGeometry()
    frame, least = widget.frameGeometry(), widget.minimumSizeHint()
    return (
        frame.width() <= area.width()
        and frame.height() <= area.height()
        and least.width() <= area.width()
        and least.height() <= area.height()
    )


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the database worker has delivered everything asked of it."""
    qtbot.waitUntil(lambda: window.worker.idle, timeout=20_000)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: window.worker.idle, timeout=20_000)


@contextmanager
def open_window(qtbot: QtBot, db: str) -> Iterator[MainWindow]:
    """The window on `db`, shown with its database open and its tabs loaded; closed after."""
    win = MainWindow(db, offer_demo=False)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.database_opened, timeout=30_000):
        win.show()
    settle(qtbot, win)
    yield win
    win.close()


@pytest.fixture
def window(qtbot: QtBot, demo_path: Path) -> Iterator[MainWindow]:
    with open_window(qtbot, str(demo_path)) as win:
        yield win


@contextmanager
def database_thread_first() -> Iterator[None]:
    """The GUI thread held back right after handing work to a thread, until that work is done:
    what a loaded PC does now and then (the thread finishes a quick open before the GUI thread
    runs again), here every time."""

    def profile(frame: FrameType, event: str, _arg: object) -> None:
        if event == "call" and frame.f_code is Future.add_done_callback.__code__:
            futures.wait([frame.f_locals["self"]])

    sys.setprofile(profile)  # this thread only
    try:
        yield
    finally:
        sys.setprofile(None)


def visible(kind: type) -> list:  # type: ignore[type-arg]
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def shown_rows(table: RecordTable[Any]) -> list[Any]:
    from desktop.ui.widgets.table_model import ROW_ROLE

    proxy = table.proxy
    return [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())]


def shown_cells(table: RecordTable[Any], row: int) -> dict[str, str]:
    """What the user reads in a row of the table, by column title, as shown (sorted, filtered)."""
    proxy = table.proxy
    titles = [proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(proxy.columnCount())]
    return {title: proxy.index(row, c).data() for c, title in enumerate(titles)}


def shown_column(table: RecordTable[Any], title: str) -> list[str]:
    """What the user reads down a column of the table, by its title, as shown."""
    return [shown_cells(table, row)[title] for row in range(table.proxy.rowCount())]


def open_dialog(window: MainWindow) -> FormDialog:
    from desktop.ui.dialogs.form import FormDialog

    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, FormDialog)]
    visible = [d for d in dialogs if d.isVisible()]
    assert len(visible) == 1
    return visible[0]


def menu_action(window: MainWindow, *path: str) -> QAction:
    """The menu item a user clicks, found by the texts the menus show: the menu's title, any
    submenu's, then the item's own, e.g. ("ファイル(&F)", "新規追加(&N)…")."""
    actions = window.menuBar().actions()
    for depth, text in enumerate(path):
        matches = [a for a in actions if a.text() == text]
        assert len(matches) == 1, (text, [a.text() for a in actions])
        if depth == len(path) - 1:
            return matches[0]
        menu = matches[0].menu()
        assert menu is not None, text
        actions = menu.actions()
    raise AssertionError("no menu path given")


def progress_dialog(owner: QWidget) -> QProgressDialog:
    """The progress dialog of the long work `owner` started last (shown once the work has
    taken a moment)."""
    dialogs = owner.findChildren(QProgressDialog)
    assert dialogs, "no long work was started"
    return dialogs[-1]


def gone(widget: QWidget) -> bool:
    """Closed, or deleted already, as a progress dialog is once its work is done."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


def click_cancel(progress: QProgressDialog) -> None:
    """The user clicks the progress dialog's 中止."""
    (cancel,) = progress.findChildren(QPushButton)
    assert progress.isVisible() and cancel.isVisible(), "the progress is not on screen"
    cancel.click()


def pick_files(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    """What the user picks in the next file dialog that opens a file or files."""
    chosen = [str(path) for path in paths]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: (chosen, ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (chosen[0], ""))


def import_files(window: MainWindow, monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    """ファイル ▸ Excel を取り込み… (Ctrl+I), the files picked in the file dialog."""
    pick_files(monkeypatch, *paths)
    menu_action(window, "ファイル(&F)", "Excel を取り込み(&I)…").trigger()


@contextmanager
def answering_modal(kind: type, answer: Callable[[Any], object]) -> Iterator[None]:
    """The modal dialog of `kind` that the block opens (and waits on, as exec() does) is given
    to `answer`, which reads it and clicks what the user clicks. Should `answer` fail, the
    dialog is closed all the same and the failure raised after the block: no test hangs on it.
    No reference to the dialog is kept: it is the window's, to delete with it."""
    answered: list[str] = []
    failures: list[BaseException] = []
    waiting = [True]

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind):
            if waiting[0]:
                QTimer.singleShot(10, poll)
            return
        answered.append(type(widget).__name__)
        try:
            answer(widget)
        except BaseException as exc:  # raised in the test, not in Qt's event loop
            failures.append(exc.with_traceback(None))
        finally:
            if widget.isVisible():
                widget.reject()

    QTimer.singleShot(0, poll)
    try:
        yield
    finally:
        waiting[0] = False
    if failures:
        raise failures[0]
    assert answered, f"no {kind.__name__} was opened"


def answering_questions(
    monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
) -> list[str]:
    """The questions the window asks from now on (QMessageBox.question), each answered with
    `answer`; the list fills with their texts."""
    asked: list[str] = []

    def question(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def press_f1(qtbot: QtBot, window: MainWindow) -> ShortcutsDialog:
    """ヘルプ ▸ キーボード操作 (F1): the list of keys, once shown."""
    from desktop.ui.dialogs.shortcuts import ShortcutsDialog

    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(visible(ShortcutsDialog)))
    (dialog,) = visible(ShortcutsDialog)
    return dialog


def import_folder(window: MainWindow, monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """ファイル ▸ フォルダを取り込み… (Ctrl+Shift+I), the folder picked in the folder dialog."""
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    menu_action(window, "ファイル(&F)", "フォルダを取り込み…").trigger()


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Open the drop-down list, go to the item and press Enter: what a user does to pick it
    (the list then says `activated`, as it does for a user only)."""
    index = combo.findText(text)
    assert index >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    active = combo.window()
    with popups_offscreen():
        combo.showPopup()
        view = combo.view()
        qtbot.waitUntil(view.isVisible)
        view.setCurrentIndex(combo.model().index(index, combo.modelColumn()))
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert combo.currentIndex() == index and not view.isVisible()
    # The offscreen platform does not give the combo's window back by itself (unless the
    # choice closed it, as a review read again does).
    if active.isVisible():
        active.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is active or not active.isVisible())


# What the offscreen platform says of any popup it shows: it has no window to raise and no
# keyboard to grab. Not the program's warnings, so not the tests' failures.
OFFSCREEN_POPUP_NOISE = {
    "This plugin does not support raise()",
    "This plugin does not support grabbing the keyboard",
}


@contextmanager
def popups_offscreen() -> Iterator[None]:
    """Qt's messages passed on as usual, all but the offscreen platform's about popups."""

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message not in OFFSCREEN_POPUP_NOISE and previous is not None:
            previous(kind, context, message)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def context_menu_item(qtbot: QtBot, view: QAbstractScrollArea, text: str) -> None:
    """Right-click the middle of the view and choose `text` in the menu that opens (Enter on
    it); the menu is closed all the same should the item not be there."""
    chosen: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, pick)
            return
        found = [a for a in menu.actions() if a.text() == text]
        if len(found) != 1:
            menu.close()
            return
        chosen.append(text)
        menu.setActiveAction(found[0])
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    viewport = view.viewport()
    middle = viewport.rect().center()
    with popups_offscreen():
        QTimer.singleShot(0, pick)
        QApplication.sendEvent(
            viewport,
            QContextMenuEvent(QContextMenuEvent.Reason.Mouse, middle, viewport.mapToGlobal(middle)),
        )
    assert chosen == [text], f"no menu item {text}"


def click_heading(qtbot: QtBot, table: QTableView, column: int) -> None:
    """Click the column's heading (the table sorts by it, or turns its order round)."""
    if table.model().rowCount():
        table.scrollTo(table.model().index(0, column))
    header = table.horizontalHeader()
    middle = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    assert 0 <= middle < header.viewport().width(), (column, middle)
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(middle, header.height() // 2)
    )


def show_tab(qtbot: QtBot, window: MainWindow, tab: QWidget) -> None:
    """Click the tab's name in the window's tab bar."""
    index = window.tabs.indexOf(tab)
    assert index >= 0, tab
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.tabs.currentWidget() is tab


def click_row(
    qtbot: QtBot,
    table: QTableView,
    row: int,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Click the row as the table shows it (sorted, filtered), scrolled to first; the table is
    on screen (its tab shown)."""
    assert table.isVisible(), "the table is not on screen"
    header = table.horizontalHeader()
    column = next(c for c in range(header.count()) if not header.isSectionHidden(c))
    index = table.model().index(row, column)
    assert index.isValid(), (row, table.model().rowCount())
    table.scrollTo(index)
    cell = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, cell.center())


def unselect(qtbot: QtBot, table: QTableView) -> None:
    """Ctrl+click the selected row: the table has no row selected any more."""
    (selected,) = table.selectionModel().selectedRows()
    click_row(qtbot, table, selected.row(), Qt.KeyboardModifier.ControlModifier)
    assert not table.selectionModel().selectedRows()


def choose_council(qtbot: QtBot, window: MainWindow, name: str | None = None) -> None:
    """On the 会議・協議会 tab's list of councils, click the council of that name (or the
    first)."""
    tab = window.councils
    show_tab(qtbot, window, tab)
    choose(qtbot, tab.view_box, "会議・協議会")
    settle(qtbot, window)
    names = [council.name for council in shown_rows(tab.councils)]
    click_row(qtbot, tab.councils, names.index(name) if name else 0)
    settle(qtbot, window)


def refresh(window: MainWindow) -> None:
    """編集 ▸ 最新の情報に更新 (F5)."""
    menu_action(window, "編集(&E)", "最新の情報に更新(&R)").trigger()


def press(dialog: QWidget, button: QDialogButtonBox.StandardButton | str) -> None:
    """Click the dialog's button of that role (保存, キャンセル…) or with that text (閉じる), as
    a user does."""
    found = [
        b
        for box in dialog.findChildren(QDialogButtonBox)
        for b in box.buttons()
        if (b.text() == button if isinstance(button, str) else box.standardButton(b) == button)
    ]
    assert len(found) == 1, (dialog.windowTitle(), button)
    assert found[0].isVisible() and found[0].isEnabled(), found[0].text()
    found[0].click()


def save(dialog: QWidget) -> None:
    press(dialog, QDialogButtonBox.StandardButton.Save)


def escape(qtbot: QtBot, dialog: QWidget) -> None:
    """Esc: the user closes the dialog without saving."""
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def type_into(qtbot: QtBot, editor: QWidget, text: str) -> None:
    """Select what the field holds (Ctrl+A) and type over it; an empty text deletes it.

    ASCII is typed key by key; Japanese arrives as a Japanese keyboard gives it, committed by
    the input method a run at a time (the key-by-key test helper takes ASCII only)."""
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if not text:
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
    for run in re.findall(r"[ -~]+|[^ -~]+", text):
        if run.isascii():
            qtbot.keyClicks(editor, run)
        else:
            committed = QInputMethodEvent()
            committed.setCommitString(run)
            QApplication.sendEvent(editor, committed)
    searcher = editor.findChild(DatabaseSearch)
    if searcher is not None:  # the database answers the search: the user sees it shortly
        qtbot.waitUntil(lambda: not searcher.pending)


def enter(qtbot: QtBot, editor: QWidget, text: str) -> None:
    """Type over the field and press Enter."""
    type_into(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def tick(qtbot: QtBot, check_list: QListWidget, row: int) -> None:
    """Click the item of the check list and press Space: its box is ticked, or unticked."""
    item = check_list.item(row)
    before = item.checkState()
    check_list.scrollToItem(item)
    middle = check_list.visualItemRect(item).center()
    qtbot.mouseClick(check_list.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert check_list.currentRow() == row
    qtbot.keyClick(check_list, Qt.Key.Key_Space)
    assert item.checkState() != before, item.text()


def fill(qtbot: QtBot, dialog: FormDialog, **values: str) -> None:
    """Enter the form's fields as a user does: typed into text fields, picked from lists,
    ticked in check lists and check boxes."""
    for key, value in values.items():
        editor = dialog.editor(key)
        if isinstance(editor, QListWidget):
            chosen = set(value.split(","))
            for i in range(editor.count()):
                item = editor.item(i)
                on = str(item.data(Qt.ItemDataRole.UserRole)) in chosen
                if (item.checkState() == Qt.CheckState.Checked) != on:
                    tick(qtbot, editor, i)
        elif isinstance(editor, QCheckBox):
            if editor.isChecked() != (value == "1"):
                editor.click()
        elif isinstance(editor, QComboBox):
            found = editor.findData(value)
            assert found >= 0, (key, value)
            choose(qtbot, editor, editor.itemText(found))
        else:
            assert isinstance(editor, QLineEdit | QPlainTextEdit), key
            type_into(qtbot, editor, value)
            assert dialog.values()[key] == value, (key, dialog.values()[key], value)


def read(demo_path: Path, operation, *args):  # type: ignore[no-untyped-def]
    db = open_database(str(demo_path))
    try:
        with db.sessions() as session:
            return operation(session, *args)
    finally:
        db.close()
