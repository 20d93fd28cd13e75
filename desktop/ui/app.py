"""Starting the GUI: the QApplication, the main window, and the --smoke-test switch."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop import settings
from desktop.ui.main_window import MainWindow

# In the repository and in the built bundle alike: resources/ beside the packages.
ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "secdesk.png"


def install_qt_translations(app: QApplication, lang: str) -> None:
    """Qt's own texts (はい / いいえ / キャンセル in message boxes, file dialogs) in the UI language."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(lang), "qtbase", "_", folder):
        app.installTranslator(translator)


def run(db: str | None = None, lang: str = "ja", smoke_test: bool = False) -> int:
    """Open the window; with smoke_test, quit by itself once the data is on screen."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("事務局デスク")
    app.setOrganizationName("SecretariatDesk")
    app.setWindowIcon(QIcon(str(ICON)))
    install_qt_translations(app, lang)
    if db is None:
        db = settings.server_url()  # the office's server, when the user chose to keep it
    window = MainWindow(db, offer_demo=not smoke_test)
    window.show()
    if smoke_test:
        # Quit once the database is open and the first tab's rows are in (or on failure).
        window.database_opened.connect(lambda _name: QTimer.singleShot(500, app.quit))
        QTimer.singleShot(30_000, lambda: app.exit(1))
    return app.exec()
