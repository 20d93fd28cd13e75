"""Where the program keeps its data: light enough to import before anything else (the window's
settings are read before the database layer is loaded)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "SecretariatDesk"
DEFAULT_FILE_NAME = "secdesk.sqlite"
PORTABLE_MARKER = "secdesk-portable.txt"


def data_dir() -> Path:
    """The data folder: SECDESK_DATA_DIR when set; `data` beside the program in portable mode;
    otherwise the per-user data folder."""
    override = os.environ.get("SECDESK_DATA_DIR")
    if override:
        return Path(override)
    portable = portable_data_dir()
    if portable is not None:
        return portable
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def portable_data_dir() -> Path | None:
    """The built program with PORTABLE_MARKER beside it (a USB stick, one user's shared drive)
    keeps its database, settings and backups in a `data` folder next to it."""
    if not getattr(sys, "frozen", False):
        return None
    beside = Path(sys.executable).resolve().parent
    return beside / "data" if (beside / PORTABLE_MARKER).exists() else None


def default_database_path() -> Path:
    return data_dir() / DEFAULT_FILE_NAME
