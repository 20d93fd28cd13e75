"""The folders a user last opened files from and saved files into, remembered between runs
(in window.ini, with the window's layout): the import dialog opens where the office's mail
attachments were last time, a PDF is offered where the last sheet went.

Four places, because they are different folders in an office: what is imported (a mail
folder, the share), the databases, and what the program writes for people (sheets, exports,
reports, blank forms), and the office's Word letters. A remembered folder that is gone (a USB drive pulled out) is forgotten
quietly: the dialog opens where Qt would open it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.ui.widgets.window_memory import store

IMPORTS = "imports"  # files and folders to import
DATABASES = "databases"  # database files opened or made
OUTPUTS = "outputs"  # sheets, exports, import reports and forms saved
TEMPLATES = "templates"  # the office's Word letters merged into (開催通知)


def start_in(place: str, name: str = "") -> str:
    """Where a dialog for `place` opens: the folder used last (with `name` in it), or `name`."""
    folder = store().value(f"folders/{place}")
    if isinstance(folder, str) and folder and Path(folder).is_dir():
        return str(Path(folder) / name) if name else folder
    return name


def keep(place: str, folder: Path) -> None:
    settings = store()
    settings.setValue(f"folders/{place}", str(folder))
    settings.sync()


def open_file(parent: QWidget, caption: str, filters: str, place: str = IMPORTS) -> Path | None:
    path, _filter = QFileDialog.getOpenFileName(parent, caption, start_in(place), filters)
    if not path:
        return None
    keep(place, Path(path).parent)
    return Path(path)


def open_files(parent: QWidget, caption: str, filters: str, place: str = IMPORTS) -> list[Path]:
    paths, _filter = QFileDialog.getOpenFileNames(parent, caption, start_in(place), filters)
    if paths:
        keep(place, Path(paths[0]).parent)
    return [Path(p) for p in paths]


def open_folder(parent: QWidget, caption: str, place: str = IMPORTS) -> Path | None:
    folder = QFileDialog.getExistingDirectory(parent, caption, start_in(place))
    if not folder:
        return None
    keep(place, Path(folder).parent)  # the folder of folders: the next one is beside it
    return Path(folder)


def save_file(
    parent: QWidget, caption: str, name: str, filters: str, place: str = OUTPUTS
) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(parent, caption, start_in(place, name), filters)
    if not path:
        return None
    keep(place, Path(path).parent)
    return Path(path)
