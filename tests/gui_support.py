"""Shared helpers of the GUI tests: the window on a fresh demo database, and waiting for it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from concurrent import futures
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow


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
