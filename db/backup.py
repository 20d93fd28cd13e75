"""Backups and restore of an SQLite database through the online backup API.

The backup API copies a consistent snapshot even while the app has the database open, which a
plain file copy of a WAL database does not. Backups live in a `backups` folder beside the
database file, named after it; the newest KEEP_BACKUPS of each database are kept. Everything
here works on the database file itself, so that a damaged database can still be restored.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import DatabaseUnavailable, UserError

if TYPE_CHECKING:
    from db.engine import Database

KEEP_BACKUPS = 20
SQLITE_HEADER = b"SQLite format 3\x00"
_STAMP = r"(?P<stamp>\d{8}-\d{6})(?:-\d+)?-(?P<reason>[a-z-]+)\.sqlite$"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str
    size: int


def database_file(database: Database | Path) -> Path:
    """The SQLite file behind a database (a server database has none)."""
    if isinstance(database, Path):
        return database
    if database.path is None:
        raise UserError(
            "このデータベース（サーバー）はファイルのバックアップに対応していません。"
            "secdesk export --format json で書き出してください。"
        )
    return database.path


def backup_dir(database: Database | Path) -> Path:
    return database_file(database).parent / "backups"


def _copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst)
    finally:
        dst.close()
        src.close()


def _new_backup_path(source: Path, reason: str) -> Path:
    folder = source.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{source.stem}-{stamp}-{reason}.sqlite"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{source.stem}-{stamp}-{n}-{reason}.sqlite"
    return target


def take_backup(
    database: Database | Path, *, reason: str = "manual", target: Path | None = None
) -> Path:
    """Copy the database to `target` (default: a new file in the backups folder)."""
    source = database_file(database)
    if target is None:
        target = _new_backup_path(source, reason)
    elif target.exists():
        raise UserError(f"「{target}」はすでにあります。別のファイル名を指定してください。")
    elif not target.parent.is_dir():
        raise UserError(
            f"フォルダ「{target.parent}」がありません。既存のフォルダを指定してください。"
        )
    try:
        _copy(source, target)
    except (sqlite3.Error, OSError) as exc:
        target.unlink(missing_ok=True)
        raise UserError(f"バックアップ「{target}」を作成できません（{exc}）。") from None
    prune(source)
    return target


def before(database: Database, reason: str) -> Path | None:
    """The automatic backup before a change of many rows (import, undo, merge): a copy of the
    SQLite file; a server database has no file (None)."""
    if database.path is None:
        return None
    return take_backup(database, reason=reason)


def list_backups(database: Database | Path) -> list[BackupInfo]:
    """This database's backups, newest first (other databases in the folder are not listed)."""
    source = database_file(database)
    pattern = re.compile(rf"^{re.escape(source.stem)}-{_STAMP}")
    found: list[BackupInfo] = []
    folder = source.parent / "backups"
    if folder.is_dir():
        for path in folder.glob("*.sqlite"):
            match = pattern.match(path.name)
            if match:
                taken = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
                found.append(BackupInfo(path, taken, match["reason"], path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def prune(database: Database | Path, keep: int = KEEP_BACKUPS) -> None:
    for old in list_backups(database)[keep:]:
        old.path.unlink(missing_ok=True)


def _check_backup_file(source: Path) -> None:
    if not source.is_file():
        raise UserError(f"バックアップファイル「{source}」がありません。パスを確かめてください。")
    with source.open("rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            raise UserError(
                f"「{source}」はバックアップファイルではありません。"
                "secdesk backup で作ったファイルを指定してください。"
            )
    try:
        probe = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
        try:
            ok = probe.execute("PRAGMA quick_check").fetchone()[0]
            has_schema = probe.execute(
                "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"
            ).fetchone()[0]
        finally:
            probe.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnavailable(f"バックアップ「{source}」を読めません（{exc}）。") from None
    if ok != "ok" or not has_schema:
        raise UserError(
            f"「{source}」は事務局デスクのバックアップとして使えません（壊れているか別のファイルです）。"
        )


def _safety_copy(target: Path) -> Path:
    """Keep the current state before it is replaced, even when it is damaged."""
    safety = _new_backup_path(target, "before-restore")
    try:
        _copy(target, safety)
    except sqlite3.Error:
        safety.unlink(missing_ok=True)
        shutil.copy2(target, safety)  # damaged: keep the bytes as they are
    return safety


def restore(database: Database | Path, source: Path) -> Path | None:
    """Replace the database with `source`, after keeping a copy of the current state.

    Returns the path of that safety copy (None when there was no database file yet). The new
    contents are written beside the database and then moved over it, so that an interruption
    leaves either the old or the new database, never a mixture.
    """
    target = database_file(database)
    _check_backup_file(source)
    if source.resolve() == target.resolve():
        raise UserError("開いているデータベースそのものは復元元にできません。")
    if not target.parent.is_dir():
        raise UserError(f"フォルダ「{target.parent}」がありません。")
    if not isinstance(database, Path):
        database.engine.dispose()  # no pooled connection may keep the old file open
    safety = _safety_copy(target) if target.exists() else None
    staging = target.with_name(f".{target.name}.restoring")
    staging.unlink(missing_ok=True)
    try:
        _copy(source, staging)
        os.replace(staging, target)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            staging.unlink(missing_ok=True)
        raise UserError(
            f"復元できませんでした（{exc}）。元のデータベースはそのままです。"
        ) from None
    for leftover in (Path(f"{target}-wal"), Path(f"{target}-shm")):
        leftover.unlink(missing_ok=True)  # the old file's journal must not touch the new one
    prune(target)
    return safety
