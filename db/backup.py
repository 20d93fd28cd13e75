"""Backups and restore of an SQLite database through the online backup API.

The backup API copies a consistent snapshot even while the app has the database open, which a
plain file copy of a WAL database does not. Backups live in a `backups` folder beside the
database file; the newest KEEP_BACKUPS are kept.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import DatabaseUnavailable, UserError

if TYPE_CHECKING:
    from db.engine import Database

KEEP_BACKUPS = 20
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}(?:-\d+)?)-(?P<reason>[a-z-]+)\.sqlite$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str
    size: int


def _require_sqlite(database: Database) -> Path:
    path = database.path
    if path is None:
        raise UserError(
            "このデータベース（サーバー）はファイルのバックアップに対応していません。"
            "secdesk export --format json で書き出してください。"
        )
    return path


def backup_dir(database: Database) -> Path:
    return _require_sqlite(database).parent / "backups"


def _copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst)
    finally:
        dst.close()
        src.close()


def take_backup(database: Database, *, reason: str = "manual", target: Path | None = None) -> Path:
    """Copy the database to `target` (default: a new file in the backups folder)."""
    source = _require_sqlite(database)
    if target is None:
        folder = backup_dir(database)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = folder / f"{source.stem}-{stamp}-{reason}.sqlite"
        n = 1
        while target.exists():
            n += 1
            target = folder / f"{source.stem}-{stamp}-{n}-{reason}.sqlite"
    elif not target.parent.exists():
        raise UserError(
            f"フォルダ「{target.parent}」がありません。既存のフォルダを指定してください。"
        )
    _copy(source, target)
    prune(database)
    return target


def list_backups(database: Database) -> list[BackupInfo]:
    folder = backup_dir(database)
    found: list[BackupInfo] = []
    if folder.is_dir():
        for path in folder.glob("*.sqlite"):
            match = _NAME.match(path.name)
            if not match:
                continue
            stamp = match["stamp"][:15]
            taken = dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S")
            found.append(BackupInfo(path, taken, match["reason"], path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def prune(database: Database, keep: int = KEEP_BACKUPS) -> None:
    for old in list_backups(database)[keep:]:
        old.path.unlink(missing_ok=True)


def restore(database: Database, source: Path) -> Path:
    """Replace the database's contents with `source`, after backing up the current state.

    Returns the path of the safety backup taken first.
    """
    target = _require_sqlite(database)
    if not source.is_file():
        raise UserError(f"バックアップファイル「{source}」がありません。パスを確かめてください。")
    with source.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise UserError(
                f"「{source}」はバックアップファイルではありません。"
                "secdesk backup で作ったファイルを指定してください。"
            )
    probe = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        ok = probe.execute("PRAGMA quick_check").fetchone()[0]
        has_schema = probe.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"
        ).fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnavailable(f"バックアップ「{source}」を読めません（{exc}）。") from None
    finally:
        probe.close()
    if ok != "ok" or not has_schema:
        raise UserError(
            f"「{source}」は事務局デスクのバックアップとして使えません（壊れているか別のファイルです）。"
        )
    safety = take_backup(database, reason="before-restore")
    database.engine.dispose()  # no pooled connection may hold the old pages
    _copy(source, target)
    return safety
