"""Starting the GUI: the QApplication, the main window, and the --smoke-test switch."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop import settings
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow

# In the repository and in the built bundle alike: resources/ beside the packages.
ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "secdesk.png"


def run(db: str | None = None, lang: str | None = None, smoke_test: bool = False) -> int:
    """Open the window; with smoke_test, quit by itself once the data is on screen."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("事務局デスク")  # a name, not a text: the same in every language
    app.setOrganizationName("SecretariatDesk")
    app.setWindowIcon(QIcon(str(ICON)))
    i18n.install(app, lang or settings.get(settings.LANGUAGE))
    if db is None:
        # the office's server, when the user chose to keep it
        db = settings.get(settings.SERVER_URL)
    window = MainWindow(db, offer_demo=not smoke_test, defer=True)  # painted before the tabs load
    window.show()
    if smoke_test:
        QuitOnceShown(app, window)  # kept alive by the window, its parent
        QTimer.singleShot(30_000, lambda: app.exit(1))  # never shown: a failure
    return app.exec()


class QuitOnceShown(QObject):
    """--smoke-test: quit at the first paint of the window after the database is open and the
    first tab's rows are in (the worker has delivered everything). With SECDESK_SMOKE_TIMES set,
    the moment of the window's very first paint is printed too (benchmarks/startup_bench.py)."""

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        super().__init__(window)
        self.app, self.window = app, window
        self.ready = False
        self.painted = False
        window.database_opened.connect(lambda _name: QTimer.singleShot(0, self._wait_for_rows))
        window.installEventFilter(self)

    def _wait_for_rows(self) -> None:
        if self.window.worker.idle:
            self.ready = True
            self.window.update()  # paint with the rows in
        else:
            QTimer.singleShot(5, self._wait_for_rows)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if not self.painted and os.environ.get("SECDESK_SMOKE_TIMES"):
                print(f"first-paint {time.time():.6f}", flush=True)
            self.painted = True
            if self.ready:
                QTimer.singleShot(0, self._quit)
        return False

    def _quit(self) -> None:
        shot = os.environ.get("SECDESK_SMOKE_SCREENSHOT")  # what the window looked like (PNG)
        if shot:
            self.window.grab().save(shot)
        self.app.quit()
