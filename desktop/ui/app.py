"""Starting the GUI: the QApplication, the main window, and the --smoke-test switch."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.ui.main_window import MainWindow


def run(db: str | None = None, lang: str = "ja", smoke_test: bool = False) -> int:
    """Open the window; with smoke_test, quit by itself once the data is on screen."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("事務局デスク")
    app.setOrganizationName("SecretariatDesk")
    window = MainWindow(db, offer_demo=not smoke_test)
    window.show()
    if smoke_test:
        # Quit once the database is open and the first tab's rows are in (or on failure).
        window.database_opened.connect(lambda _name: QTimer.singleShot(500, app.quit))
        QTimer.singleShot(30_000, lambda: app.exit(1))
    return app.exec()
