"""A bug's traceback, kept for the team in logs/secdesk-error.log of the data folder (the user
sees one line naming the file)."""

from __future__ import annotations

import tempfile
import traceback
from pathlib import Path

from db.paths import data_dir


def write_crash_log() -> Path:
    """Append the exception being handled to the log; the log's path."""
    try:
        folder = data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        folder = Path(tempfile.gettempdir())
    log = folder / "secdesk-error.log"
    with log.open("a", encoding="utf-8") as fh:
        traceback.print_exc(file=fh)
    return log
