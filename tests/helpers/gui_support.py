"""Shared helpers of the GUI tests: the window on a fresh demo database, waiting for it, the
dialogs it opens and what its tables show."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from concurrent import futures
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from db.engine import open_database
from desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from desktop.ui.dialogs.form import FormDialog
    from desktop.ui.widgets.record_table import RecordTable

# The table model and the dialogs are imported when a helper is called, as the window imports
# them when it builds its tabs: loaded before any window exists, they make the interpreter abort
# at exit (a refcount error on False in a C extension) when test_gui_startup.py runs alone.


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


def open_dialog(window: MainWindow) -> FormDialog:
    from desktop.ui.dialogs.form import FormDialog

    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, FormDialog)]
    visible = [d for d in dialogs if d.isVisible()]
    assert len(visible) == 1
    return visible[0]


def fill(dialog: FormDialog, **values: str) -> None:
    for key, value in values.items():
        dialog.set_value(key, value)


def read(demo_path: Path, operation, *args):  # type: ignore[no-untyped-def]
    db = open_database(str(demo_path))
    try:
        with db.sessions() as session:
            return operation(session, *args)
    finally:
        db.close()
