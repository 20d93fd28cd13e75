"""Backups and restore: of an SQLite file through the online backup API, of a server database
(PostgreSQL) through the JSON dump of db.json_backup.

The backup API copies a consistent snapshot even while the app has the database open, which a
plain file copy of a WAL database does not. A file's backups live in a `backups` folder beside it,
a server database's in the `backups` folder of the per-user data folder, named after the database;
the newest `keep` of each database are kept (settings.json "backup_keep"). Everything done to a
file works on the file itself, so that a damaged database can still be restored.
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

from sqlalchemy import URL
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from db import json_backup
from db.errors import DatabaseUnavailable, UserError
from db.migrate import known_revision

if TYPE_CHECKING:
    from db.engine import Database

KEEP_BACKUPS = 20
SQLITE_HEADER = b"SQLite format 3\x00"
_STAMP = r"(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z-]+)(?:\.sqlite|\.json\.gz)$"
_keep = KEEP_BACKUPS


def configure(*, keep: int) -> None:
    """How many backups of each database to keep (the app sets it from the settings)."""
    global _keep
    _keep = max(1, keep)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str
    size: int


def _server_name(database: Database) -> str:
    """A server database's backups are named after the database, its server and port."""
    url = database.url
    name = f"{url.database or 'db'}@{url.host or 'localhost'}-{url.port or 5432}"
    return re.sub(r"[^\w.@-]", "_", name)


def backup_dir(database: Database | Path) -> Path:
    if isinstance(database, Path):
        return database.parent / "backups"
    if database.path is None:
        from db.paths import data_dir

        return data_dir() / "backups"
    return database.path.parent / "backups"


def _backup_stem(database: Database | Path) -> str:
    if isinstance(database, Path):
        return database.stem
    return database.path.stem if database.path is not None else _server_name(database)


def _copy(source: Path, target: Path) -> None:
    """Copy through a temporary name: an interrupted copy never looks like a backup."""
    temp = target.with_name(f".{target.name}.part")
    temp.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
        dst = sqlite3.connect(temp)
        try:
            with dst:
                src.backup(dst)
        finally:
            dst.close()
            src.close()
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def _own_backups(database: Database | Path) -> re.Pattern[str]:
    """The names of this database's backups (other databases may share the folder)."""
    return re.compile(rf"^{re.escape(_backup_stem(database))}-{_STAMP}")


def _new_backup_path(database: Database | Path, reason: str, suffix: str) -> Path:
    """A new name in the backups folder; several in one second are numbered after the last one
    made (a pruned name is never reused: it would sort as older than it is)."""
    folder = backup_dir(database)
    stem = _backup_stem(database)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    pattern = _own_backups(database)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        names = [path.name for path in folder.iterdir()]
    except OSError as exc:
        raise UserError(
            f"バックアップのフォルダ「{folder}」を使えません（{exc.strerror or exc}）。"
            "フォルダの場所と書き込みの権限を確かめてください。"
        ) from None
    same_second = [
        int(match["n"] or 1)
        for name in names
        if (match := pattern.match(name)) and match["stamp"] == stamp
    ]
    n = max(same_second, default=0) + 1
    return (
        folder / f"{stem}-{stamp}-{n}-{reason}{suffix}"
        if n > 1
        else folder / f"{stem}-{stamp}-{reason}{suffix}"
    )


def _is_file(database: Database | Path) -> bool:
    return isinstance(database, Path) or database.path is not None


def take_backup(
    database: Database | Path,
    *,
    reason: str = "manual",
    target: Path | None = None,
    spare: Path | None = None,
) -> Path:
    """Back the database up to `target` (default: a new file in its backups folder).

    A file database is copied as an SQLite file, unless `target` ends in .json.gz; a server
    database is always dumped as JSON. Older backups beyond the kept number go, except `spare`
    (the backup a restore is about to read).
    """
    as_json = not _is_file(database) or (target is not None and target.name.endswith(".json.gz"))
    if target is None:
        target = _new_backup_path(database, reason, json_backup.SUFFIX if as_json else ".sqlite")
    elif target.exists():
        raise UserError(f"「{target}」はすでにあります。別のファイル名を指定してください。")
    elif not target.parent.is_dir():
        raise UserError(
            f"フォルダ「{target.parent}」がありません。既存のフォルダを指定してください。"
        )
    elif as_json and not target.name.endswith(json_backup.SUFFIX):
        raise UserError(
            f"サーバーのデータベースのバックアップは JSON です。「{target.name}」の代わりに"
            f"名前が {json_backup.SUFFIX} で終わるファイルを指定してください。"
        )
    if as_json:
        if isinstance(database, Path):
            raise UserError("JSON のバックアップには開けるデータベースが必要です。")
        json_backup.dump(database, target)
    else:
        source = database if isinstance(database, Path) else database.path
        assert source is not None
        try:
            _copy(source, target)
        except (sqlite3.Error, OSError) as exc:
            target.unlink(missing_ok=True)
            raise UserError(f"バックアップ「{target}」を作成できません（{exc}）。") from None
    prune(database, spare=spare)
    return target


def before(database: Database, reason: str) -> Path:
    """The automatic backup before a change of many rows (import, undo, merge, restore)."""
    return take_backup(database, reason=reason)


def list_backups(database: Database | Path) -> list[BackupInfo]:
    """This database's backups, newest first (other databases in the folder are not listed)."""
    pattern = _own_backups(database)
    found: list[tuple[dt.datetime, int, BackupInfo]] = []
    folder = backup_dir(database)
    if folder.is_dir():
        for path in folder.iterdir():
            match = pattern.match(path.name)
            if match:
                try:
                    size = path.stat().st_size
                except OSError:  # pruned by another PC a moment ago
                    continue
                taken = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
                info = BackupInfo(path, taken, match["reason"], size)
                found.append((taken, int(match["n"] or 1), info))
    return [info for *_order, info in sorted(found, key=lambda f: f[:2], reverse=True)]


def take_if_due(database: Database | Path, every: dt.timedelta) -> Path | None:
    """The scheduled backup: taken when the newest backup of any kind is older than `every`."""
    found = list_backups(database)
    if found and dt.datetime.now() - found[0].taken_at < every:
        return None
    return take_backup(database, reason="scheduled")


def prune(database: Database | Path, keep: int | None = None, spare: Path | None = None) -> None:
    """Keep the newest `keep` of each kind: routine backups (manual, scheduled) never push out
    the ones taken before an import, an undo, a merge, a restore or an upgrade."""
    seen: dict[str, int] = {}
    for old in list_backups(database):
        seen[old.reason] = seen.get(old.reason, 0) + 1
        if seen[old.reason] > (keep or _keep) and old.path != spare:
            with contextlib.suppress(OSError):  # another PC may be pruning the same folder
                old.path.unlink(missing_ok=True)


def _check_sqlite_backup(source: Path) -> None:
    try:
        probe = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
        try:
            ok = probe.execute("PRAGMA quick_check").fetchone()[0]
            has_schema = probe.execute(
                "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"
            ).fetchone()[0]
            revision = (
                has_schema and probe.execute("SELECT version_num FROM alembic_version").fetchone()
            )
        finally:
            probe.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnavailable(f"バックアップ「{source}」を読めません（{exc}）。") from None
    if ok != "ok" or not revision:
        raise UserError(
            f"「{source}」は事務局デスクのバックアップとして使えません（壊れているか別のファイルです）。"
        )
    if not known_revision(revision[0]):
        raise UserError(
            f"「{source}」は新しい版の事務局デスクのバックアップです（形式 {revision[0]}）。"
            "事務局デスクを更新してから復元してください。"
        )


def _copy_and_upgrade(source: Path, staging: Path) -> None:
    """The backup, brought to the current schema (a backup taken before an upgrade is older)."""
    from db.engine import Database, make_engine
    from db.migrate import upgrade

    _copy(source, staging)
    url = URL.create("sqlite", database=str(staging))
    engine = make_engine(url)
    try:
        upgrade(Database(url, engine, sessionmaker(engine)))
    finally:
        engine.dispose()


def _kind_of_backup(source: Path) -> str:
    """ "sqlite" or "json", after checking that `source` is a whole, usable backup."""
    if not source.is_file():
        raise UserError(f"バックアップファイル「{source}」がありません。パスを確かめてください。")
    with source.open("rb") as fh:
        head = fh.read(16)
    if head == SQLITE_HEADER:
        _check_sqlite_backup(source)
        return "sqlite"
    if head.startswith(json_backup.GZIP_MAGIC):
        return "json"
    raise UserError(
        f"「{source}」はバックアップファイルではありません。"
        "secdesk backup で作ったファイルを指定してください。"
    )


def _safety_copy(target: Path) -> Path:
    """Keep the current state before it is replaced, even when it is damaged."""
    safety = _new_backup_path(target, "before-restore", ".sqlite")
    try:
        try:
            _copy(target, safety)
        except sqlite3.Error:
            temp = safety.with_name(f".{safety.name}.part")
            shutil.copy2(target, temp)  # damaged: keep the bytes as they are
            os.replace(temp, safety)
    except OSError as exc:
        raise UserError(
            f"復元の前のバックアップ「{safety}」を作成できないため、復元しません"
            f"（{exc.strerror or exc}）。"
        ) from None
    return safety


def _server_safety_backup(database: Database, source: Path) -> Path | None:
    """Keep the server database's current state; an empty database (a new server) has none."""
    from db.engine import table_names
    from db.migrate import current_revision

    try:
        revision = current_revision(database)
        tables = table_names(database.engine)
    except SQLAlchemyError as exc:
        detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise DatabaseUnavailable(
            f"データベース「{database.display_name()}」に接続できません（{detail}）。"
        ) from None
    if revision is not None:
        return take_backup(database, reason="before-restore", spare=source)
    if tables:
        raise UserError(
            f"「{database.display_name()}」には事務局デスクのものではない表があります"
            f"（{', '.join(sorted(tables)[:3])} …）。空のデータベースに復元してください。"
        )
    return None


def restore(database: Database | Path, source: Path) -> Path | None:
    """Replace the database with `source`, after keeping a backup of the current state.

    Returns the path of that safety backup (None when there was no database file yet). A file
    database is rebuilt beside itself and then moved over it; a server database is replaced in
    one transaction: an interruption leaves either the old or the new database, never a mixture.
    """
    kind = _kind_of_backup(source)
    revision = json_backup.check_file(source) if kind == "json" else ""
    if not _is_file(database):
        assert not isinstance(database, Path)
        if kind != "json":
            raise UserError(
                f"「{source.name}」はファイルのデータベースのバックアップです。サーバーのデータベースには"
                f"{json_backup.SUFFIX} のバックアップを復元してください"
                "（ファイルのデータベースで secdesk backup -o 名前.json.gz として作れます）。"
            )
        kept = _server_safety_backup(database, source)
        json_backup.restore_into_server(database, source, revision)
        return kept
    target = database if isinstance(database, Path) else database.path
    assert target is not None
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
        if kind == "json":
            json_backup.load_into_file(source, revision, staging)
        else:
            _copy_and_upgrade(source, staging)
        os.replace(staging, target)
    except (sqlite3.Error, OSError, SQLAlchemyError) as exc:
        with contextlib.suppress(OSError):
            staging.unlink(missing_ok=True)
        detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise UserError(
            f"復元できませんでした（{detail}）。元のデータベースはそのままです。"
        ) from None
    except UserError:
        with contextlib.suppress(OSError):
            staging.unlink(missing_ok=True)
        raise
    for leftover in (Path(f"{target}-wal"), Path(f"{target}-shm")):
        leftover.unlink(missing_ok=True)  # the old file's journal must not touch the new one
    prune(target, spare=source)
    return safety
