"""A bug's traceback, kept for the team in logs/secdesk-error.log of the data folder (the user
sees one line naming the file)."""

from __future__ import annotations

import contextlib
import tempfile
import traceback
from pathlib import Path

from db.paths import data_dir

LOG_NAME = "secdesk-error.log"


def write_crash_log() -> Path | None:
    """Append the exception being handled to the log; the log's path, or None when no folder
    can take it (a read-only or full disk). Never raises: it runs while a bug is reported."""
    for folder in _folders():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            log = folder / LOG_NAME
            with log.open("a", encoding="utf-8", errors="backslashreplace") as fh:
                traceback.print_exc(file=fh)
            return log
        except Exception:  # the next folder, else no log at all
            continue
    return None


def _folders() -> list[Path]:
    """The data folder's logs, else the system's temporary folder (a broken setting or a
    missing folder only leaves fewer places to try)."""
    found = []
    with contextlib.suppress(Exception):
        found.append(data_dir() / "logs")
    with contextlib.suppress(Exception):
        found.append(Path(tempfile.gettempdir()))
    return found
