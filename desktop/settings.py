"""The user's settings, one small JSON file in the data folder, read by the CLI and the window.

Only what must be the same for both lives here (the font the sheets are printed with); what is
purely about the window (its size, the last folder) is Qt's business.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from db.errors import UserError
from db.paths import data_dir

FILE_NAME = "settings.json"
DEFAULT_BACKUP_EVERY_HOURS = 24


def settings_path() -> Path:
    return data_dir() / FILE_NAME


def load() -> dict[str, Any]:
    """The settings; a missing or unreadable file means the defaults (it is never fatal)."""
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save(changes: dict[str, Any]) -> None:
    """Merge `changes` into the settings and write them (atomically: never half a file)."""
    data = {**load(), **changes}
    target = settings_path()
    temp = target.with_name(f".{target.name}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise UserError(f"設定を保存できません（{exc.strerror or exc}）: {target}") from None


def print_font() -> Path | None:
    """The font file chosen for printing, if any (see desktop.sheets.fonts)."""
    chosen = load().get("print_font")
    return Path(chosen) if isinstance(chosen, str) and chosen else None


def continuation_deadline() -> tuple[int, int]:
    """(month, day) a 継続申請 is due in a term's last fiscal year: "continuation_deadline":
    "11-30" in the settings; the default (support_terms.DEFAULT_DEADLINE) when unset or unreadable."""
    from desktop.rules.support_terms import DEFAULT_DEADLINE

    text = load().get("continuation_deadline")
    try:
        month, day = (int(part) for part in str(text).split("-"))
        dt.date(2001, month, day)  # a real day of the year (not 2-29: every year must have it)
    except (TypeError, ValueError):
        return DEFAULT_DEADLINE
    return month, day


def _whole_number(key: str, default: int, lowest: int) -> int:
    value = load().get(key)
    if isinstance(value, int) and not isinstance(value, bool) and value >= lowest:
        return value
    return default


def backup_keep() -> int:
    """How many backups of each database are kept: "backup_keep" (default 20)."""
    from db.backup import KEEP_BACKUPS

    return _whole_number("backup_keep", KEEP_BACKUPS, 1)


def backup_every_hours() -> int:
    """Hours between scheduled backups while the window is open: "backup_every_hours"
    (default 24; 0 turns them off)."""
    return _whole_number("backup_every_hours", DEFAULT_BACKUP_EVERY_HOURS, 0)


def server_url() -> str | None:
    """The shared server the window opens when no --db is given ("server_url": a PostgreSQL
    URL without the password, kept by the connection dialog)."""
    url = load().get("server_url")
    return url if isinstance(url, str) and url else None


def language() -> str:
    """The window's language: "lang" in the settings ("ja" or "en"; default Japanese)."""
    chosen = load().get("lang")
    return chosen if chosen in ("ja", "en") else "ja"


def english_headings() -> bool:
    """Summary sheets printed from the window with English titles and column headings
    ("english_headings": true); Japanese otherwise."""
    return load().get("english_headings") is True
