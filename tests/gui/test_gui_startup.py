"""The program's start: the window is painted first, and its tabs and the database come right
after (benchmarks/startup_bench.py measures how fast)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.worker import DbWorker
from tests.helpers.gui_support import database_thread_first, settle


def test_the_window_is_painted_before_its_tabs_are_built(qtbot: QtBot, demo_path: Path) -> None:
    window = MainWindow(str(demo_path), offer_demo=False, defer=True)
    qtbot.addWidget(window)
    assert window.tabs.count() == 0  # nothing built yet: only the frame, menus and status bar
    assert not window.new_record_action.isEnabled()
    with qtbot.waitSignal(window.database_opened, timeout=30_000):
        window.show()  # the first paint builds the tabs, which open the database
    settle(qtbot, window)
    try:
        assert window.tabs.count() == 4 and window.new_record_action.isEnabled()
        assert window.registrations.table.source.rowCount() > 0
    finally:
        window.close()


def test_the_window_module_loads_no_database_layer() -> None:
    """What the first paint waits for: Qt and the window's frame, not SQLAlchemy or the tabs."""
    probe = (
        "import sys; import desktop.ui.main_window; "
        "print(sorted(m for m in ('sqlalchemy', 'openpyxl', 'reportlab', 'desktop.ui.tabs.registrations')"
        " if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_window_hears_of_its_database_when_the_thread_opens_it_first(
    qtbot: QtBot, demo_path: Path
) -> None:
    """The database opens in a few milliseconds: on a busy PC the thread is done before the
    window has finished asking. The news must still come through the event loop, once the window
    is listening, not inside its constructor where nobody hears it."""
    with database_thread_first():
        window = MainWindow(str(demo_path), offer_demo=False)
    qtbot.addWidget(window)
    assert window.database_name == ""  # not yet: the answer waits for the event loop
    with qtbot.waitSignal(window.database_opened, timeout=30_000):
        window.show()
    settle(qtbot, window)
    try:
        assert window.tabs.count() == 4 and window.database_name.endswith("demo.sqlite")
        assert window.registrations.table.source.rowCount() > 0
    finally:
        window.close()


def test_an_answer_from_the_worker_always_comes_through_the_event_loop(qtbot: QtBot) -> None:
    """A reply is never handled inside the call that asked for it (the caller may not be ready
    for it yet), and replies come in the order they were asked for."""
    worker = DbWorker()
    answers: list[str] = []
    with database_thread_first():
        worker.off_thread(lambda: "first", on_result=answers.append)
        worker.off_thread(lambda: "second", on_result=answers.append)
        assert answers == [] and not worker.idle
    qtbot.waitUntil(lambda: worker.idle)
    assert answers == ["first", "second"]
    worker.shutdown()
