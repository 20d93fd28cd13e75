"""Shared helpers of the GUI tests: the window on a fresh demo database, and waiting for it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the database worker has delivered everything asked of it."""
    qtbot.waitUntil(lambda: window.worker.idle, timeout=20_000)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: window.worker.idle, timeout=20_000)


@pytest.fixture
def window(qtbot: QtBot, demo_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(str(demo_path), offer_demo=False)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.database_opened, timeout=30_000):
        win.show()
    settle(qtbot, win)
    yield win
    win.close()
