"""What the window remembers for its user between runs, and how it fits the screen it opens on.

Every window and dialog opens at a size that fits the screen (a 1366×768 office laptop shows
every button), then where and how large the user left it, if that still fits. Its splitters
and the column widths, order and hidden columns its tables were given by hand come back too.
Kept with QSettings in an ini file beside settings.json (the data folder is the user's), so
that nothing of it reaches the registry or the settings the command line reads.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QTableView, QWidget

from db.paths import data_dir

FILE_NAME = "window.ini"
# What a window's frame and title bar take beyond the size it is given.
FRAME = 40


def store() -> QSettings:
    return QSettings(str(data_dir() / FILE_NAME), QSettings.Format.IniFormat)


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Give the widget this size, or less where its screen is smaller."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    widget.resize(min(width, area.width()), min(height, area.height() - FRAME))


def _fits(widget: QWidget) -> bool:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    frame = widget.frameGeometry()
    return frame.width() <= area.width() and frame.height() <= area.height()


class Remembered(QObject):
    """Restores a widget's geometry and layout when asked, and saves them when it is hidden."""

    def __init__(self, widget: QWidget, key: str) -> None:
        super().__init__(widget)
        self.widget = widget
        self.key = key
        widget.installEventFilter(self)

    def restore_geometry(self) -> None:
        saved = store().value(f"{self.key}/geometry")
        restored = isinstance(saved, QByteArray) and self.widget.restoreGeometry(saved)
        if restored and not _fits(self.widget):  # saved on a larger screen: made to fit this one
            size = self.widget.size()
            fit_to_screen(self.widget, size.width(), size.height())

    def restore_layout(self) -> None:
        """The splitters and tables, once they are built (a tab is built after the window)."""
        settings = store()
        for number, splitter in enumerate(self.widget.findChildren(QSplitter)):
            saved = settings.value(f"{self.key}/splitter{number}")
            if isinstance(saved, QByteArray):
                splitter.restoreState(saved)
        for table in self._tables():
            saved = settings.value(f"{self.key}/table/{table.objectName()}")
            restore = getattr(table, "restore_header", None)
            if isinstance(saved, QByteArray) and restore is not None:
                restore(saved)

    def save(self) -> None:
        settings = store()
        settings.setValue(f"{self.key}/geometry", self.widget.saveGeometry())
        for number, splitter in enumerate(self.widget.findChildren(QSplitter)):
            settings.setValue(f"{self.key}/splitter{number}", splitter.saveState())
        for table in self._tables():
            if getattr(table, "arranged_by_hand", False):
                settings.setValue(
                    f"{self.key}/table/{table.objectName()}",
                    table.horizontalHeader().saveState(),
                )
        settings.sync()

    def _tables(self) -> list[QTableView]:
        return [t for t in self.widget.findChildren(QTableView) if t.objectName()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() in (QEvent.Type.Hide, QEvent.Type.Close):
            self.save()
        return False


def remember(widget: QWidget, key: str, width: int, height: int) -> Remembered:
    """Open `widget` at `width`×`height` (or what fits the screen), or as its user left it."""
    fit_to_screen(widget, width, height)
    memory = Remembered(widget, key)
    memory.restore_geometry()
    memory.restore_layout()
    return memory
