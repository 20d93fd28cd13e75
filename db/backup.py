"""Backups and restore: of an SQLite file through the online backup API, of a server database
(PostgreSQL) through the JSON dump of db.json_backup.

The backup API copies a consistent snapshot even while the app has the database open, which a
plain file copy of a WAL database does not. A file's backups live in a `backups` folder beside it,
a server database's in the `backups` folder of the per-user data folder, named after the database;
the newest `keep` of each database are kept (settings.json "backup_keep"). The user may choose
another folder (a USB drive, a share: settings.json "backup_folder"), so that one disk failure
does not take the database and its backups together; while that folder is gone or read-only,
backups go to the usual folder with a warning, and both folders are listed. Everything done to a
file works on the file itself, so that a damaged database can still be restored.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import secrets
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, Engine, create_engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import StaticPool

from db import changes, json_backup
from db.errors import BUSY, DatabaseUnavailable, UserError, is_about_a_lock
from db.migrate import known_revision
from desktop.catalogue import QT_TR_NOOP, Text

if TYPE_CHECKING:
    from db.database import Database

KEEP_BACKUPS = 20
SQLITE_HEADER = b"SQLite format 3\x00"
_STAMP = r"(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z-]+)(?:\.sqlite|\.json\.gz)$"
_keep = KEEP_BACKUPS
_chosen_folder: Path | None = None  # the user's backup folder (None: the usual one)
log = logging.getLogger(__name__)
PART = ".part"  # a copy being written
RESTORING = ".restoring"  # a damaged database's replacement being built, beside it
# A temporary copy untouched this long was left by a killed backup or restore (a finished
# copy waits only a moment before it takes its name; one being written keeps changing).
LEFTOVER_AGE = dt.timedelta(minutes=15)
JOURNAL_ENDINGS = ("-journal", "-wal", "-shm")
# A restore copies this many pages a step; the target's write transaction stays open across the
# steps (a kill between them leaves the old data), and between them a lock is checked.
COPY_STEP_PAGES = 1024


def configure(*, keep: int) -> None:
    """How many backups of each database to keep (the app sets it from the settings)."""
    global _keep
    _keep = max(1, keep)


def use_folder(folder: Path | None) -> None:
    """Put new backups into `folder` (the app sets it from the settings); None: the usual one."""
    global _chosen_folder
    _chosen_folder = folder


def chosen_folder() -> Path | None:
    return _chosen_folder


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


@dataclass(frozen=True)
class Place:
    """Where new backups of a database go, and why not into the chosen folder (one sentence,
    None when they do or when none was chosen)."""

    folder: Path
    problem: Text | None = None


def folder_problem(folder: Path) -> Text | None:
    """Why backups cannot go into `folder`, or None when they can. A folder without any write
    permission counts as read-only even for an administrator, who could write into it anyway."""
    if not folder.is_dir():
        return Text(
            QT_TR_NOOP(
                "バックアップの保存先「{folder}」がありません（ドライブが外れていませんか）"
            ),
            folder=folder,
        )
    try:
        no_write_bits = not folder.stat().st_mode & 0o222
    except OSError:
        no_write_bits = True
    if no_write_bits or not os.access(folder, os.W_OK | os.X_OK):
        return Text(
            QT_TR_NOOP("バックアップの保存先「{folder}」に書き込めません（読み取り専用）"),
            folder=folder,
        )
    return None


def backup_place(database: Database | Path) -> Place:
    """The chosen folder when backups can go there, otherwise the usual one and the reason."""
    usual = usual_backup_dir(database)
    if _chosen_folder is None:
        return Place(usual)
    problem = folder_problem(_chosen_folder)
    if problem is None:
        return Place(_chosen_folder)
    return Place(
        usual,
        Text(
            QT_TR_NOOP("{problem}。代わりにデータベースの横の「{usual}」に保存します。"),
            problem=problem,
            usual=usual,
        ),
    )


def backup_folders(database: Database | Path) -> list[Path]:
    """Every folder that may hold this database's backups: the chosen one and the usual one."""
    usual = usual_backup_dir(database)
    if _chosen_folder is None or _chosen_folder.absolute() == usual.absolute():
        return [usual]
    return [_chosen_folder, usual]


def usual_backup_dir(database: Database | Path) -> Path:
    """The folder beside a database file; a server database's in the data folder."""
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


def _stop_when_busy(status: int, _remaining: int, _total: int) -> None:
    """The backup API's progress: SQLite has already waited the busy timeout for the lock, and
    would otherwise be asked again and again without end."""
    if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        raise UserError(BUSY)


def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A plain SQLite connection that waits for a lock as long as the program does, no longer."""
    from db.database import SQLITE_BUSY_TIMEOUT_MS

    where = f"{path.absolute().as_uri()}?mode=ro" if read_only else str(path)
    return sqlite3.connect(where, uri=read_only, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)


def _remove_with_journal(path: Path) -> None:
    """A temporary database file and the journal SQLite keeps beside it (a write that failed,
    on a full disk say, leaves one)."""
    for name in (path, *(Path(f"{path}{end}") for end in JOURNAL_ENDINGS)):
        with contextlib.suppress(OSError):
            name.unlink(missing_ok=True)


def _copy(source: Path, target: Path) -> None:
    """Copy through a temporary name: an interrupted copy never looks like a backup."""
    temp = target.with_name(f".{target.name}{PART}")
    _remove_with_journal(temp)
    try:
        src = _connect(source, read_only=True)
        dst = sqlite3.connect(temp)
        try:
            with dst:
                src.backup(dst, progress=_stop_when_busy)
            # One file, as a backup should be: in WAL mode (copied from the database) every
            # reader would leave its -wal and -shm files beside it.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
            src.close()
        os.replace(temp, target)
    finally:
        _remove_with_journal(temp)


def _in_use(path: Path) -> bool:
    """Whether a program is still writing this temporary database: it holds SQLite's lock."""
    try:
        probe = sqlite3.connect(path, timeout=0)
        try:
            probe.execute("BEGIN EXCLUSIVE")
            probe.rollback()
        finally:
            probe.close()
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc) or "busy" in str(exc)
    except sqlite3.DatabaseError:  # a half-written copy is not a database yet
        return False
    return False


def _left_for_a_while(path: Path) -> bool:
    """Untouched for LEFTOVER_AGE: a copy being written changes all the time, and one just
    finished waits a moment, unlocked, before it takes its name."""
    try:
        changed = path.stat().st_mtime
    except OSError:
        return False
    return dt.datetime.now().timestamp() - changed > LEFTOVER_AGE.total_seconds()


def _is_own_copy(path: Path) -> bool:
    """An SQLite file (or still empty): what this program writes under these names."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return head in (SQLITE_HEADER, b"")


def _leftover_candidates(database: Database | Path) -> list[Path]:
    """The names this program gives its temporary copies of this database: a backup's in the
    backups folder, a damaged database's replacement beside it, and their journals."""
    journal = rf"(?P<journal>{'|'.join(map(re.escape, JOURNAL_ENDINGS))})?$"
    stamp = _STAMP.removesuffix("$")
    backup_part = re.compile(
        rf"^\.{re.escape(_backup_stem(database))}-{stamp}{re.escape(PART)}{journal}"
    )
    found: list[Path] = []
    for folder in backup_folders(database):
        with contextlib.suppress(OSError):
            found += [p for p in folder.iterdir() if backup_part.match(p.name)]
    live = database if isinstance(database, Path) else database.path
    if live is not None:
        restoring = live.with_name(f".{live.name}{RESTORING}")
        found += [restoring, *(Path(f"{restoring}{end}") for end in JOURNAL_ENDINGS)]
    return found


def remove_leftovers(database: Database | Path) -> None:
    """What a backup or restore of this database killed midway left (its temporary copies and
    their journals). Nothing else is touched: only this program's names for this database, only
    SQLite files, only ones left alone for a while and not locked (another program may be
    finishing a backup); a user's own files in the folder are never the program's to delete."""
    for path in _leftover_candidates(database):
        if not _left_for_a_while(path):
            continue
        ending = next((end for end in JOURNAL_ENDINGS if path.name.endswith(end)), None)
        if ending is not None:
            if not Path(str(path).removesuffix(ending)).exists():  # a journal whose copy is gone
                with contextlib.suppress(OSError):
                    path.unlink(missing_ok=True)
        elif _is_own_copy(path) and not _in_use(path):
            _remove_with_journal(path)


def _own_backups(database: Database | Path) -> re.Pattern[str]:
    """The names of this database's backups (other databases may share the folder)."""
    return re.compile(rf"^{re.escape(_backup_stem(database))}-{_STAMP}")


def _new_backup_path(database: Database | Path, reason: str, suffix: str) -> Path:
    """A new name in the backups folder; several in one second are numbered after the last one
    made (a pruned name is never reused: it would sort as older than it is). While the chosen
    folder cannot take it, the usual folder does, and the reason is logged."""
    place = backup_place(database)
    if place.problem is not None:
        log.warning("%s", place.problem)
    folder = place.folder
    stem = _backup_stem(database)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    pattern = _own_backups(database)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        names = [path.name for path in folder.iterdir()]
    except OSError as exc:
        raise UserError(
            QT_TR_NOOP(
                "バックアップのフォルダ「{folder}」を使えません（{reason}）。"
                "フォルダの場所と書き込みの権限を確かめてください。"
            ),
            folder=folder,
            reason=exc.strerror or exc,
        ) from None
    for other in backup_folders(database):  # numbered after those of the other folder too
        if other != folder:
            with contextlib.suppress(OSError):
                names += [path.name for path in other.iterdir()]
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
    source = database if isinstance(database, Path) else database.path
    if source is not None and source.stat().st_size == 0:
        # Kept, its empty copy would count as the newest backup and push a real one out.
        raise UserError(
            QT_TR_NOOP(
                "「{source}」は空のファイルで、バックアップするデータがありません。"
                "データベースファイルのパスを確かめてください。"
            ),
            source=source,
        )
    as_json = not _is_file(database) or (target is not None and target.name.endswith(".json.gz"))
    if target is None:
        target = _new_backup_path(database, reason, json_backup.SUFFIX if as_json else ".sqlite")
    elif target.exists():
        raise UserError(
            QT_TR_NOOP("「{target}」はすでにあります。別のファイル名を指定してください。"),
            target=target,
        )
    elif not target.parent.is_dir():
        raise UserError(
            QT_TR_NOOP("フォルダ「{folder}」がありません。既存のフォルダを指定してください。"),
            folder=target.parent,
        )
    elif as_json and not target.name.endswith(json_backup.SUFFIX):
        raise UserError(
            QT_TR_NOOP(
                "サーバーのデータベースのバックアップは JSON です。「{name}」の代わりに"
                "名前が {suffix} で終わるファイルを指定してください。"
            ),
            name=target.name,
            suffix=json_backup.SUFFIX,
        )
    if as_json:
        if isinstance(database, Path):
            raise UserError(QT_TR_NOOP("JSON のバックアップには開けるデータベースが必要です。"))
        json_backup.dump(database, target)
    else:
        assert source is not None
        try:
            _copy(source, target)
        except (sqlite3.Error, OSError) as exc:
            target.unlink(missing_ok=True)
            raise UserError(
                QT_TR_NOOP("バックアップ「{target}」を作成できません（{reason}）。"),
                target=target,
                reason=exc,
            ) from None
    prune(database, spare=spare)
    return target


def before(database: Database, reason: str) -> Path:
    """The automatic backup before a change of many rows (import, undo, merge, restore)."""
    return take_backup(database, reason=reason)


def list_backups(database: Database | Path) -> list[BackupInfo]:
    """This database's backups, newest first (other databases in the folder are not listed)."""
    pattern = _own_backups(database)
    found: list[tuple[dt.datetime, int, BackupInfo]] = []
    for folder in backup_folders(database):
        try:
            paths = list(folder.iterdir())
        except OSError:  # a drive that is gone: its backups are not there to list
            continue
        for path in paths:
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
    remove_leftovers(database)
    seen: dict[str, int] = {}
    for old in list_backups(database):
        seen[old.reason] = seen.get(old.reason, 0) + 1
        if seen[old.reason] > (keep or _keep) and old.path != spare:
            with contextlib.suppress(OSError):  # another PC may be pruning the same folder
                old.path.unlink(missing_ok=True)


def _check_sqlite_backup(source: Path) -> None:
    try:
        probe = _backup_in_memory(source)
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
        raise DatabaseUnavailable(
            QT_TR_NOOP("バックアップ「{source}」を読めません（{reason}）。"),
            source=source,
            reason=exc,
        ) from None
    if ok != "ok" or not revision:
        raise UserError(
            QT_TR_NOOP(
                "「{source}」は事務局デスクのバックアップとして使えません"
                "（壊れているか別のファイルです）。"
            ),
            source=source,
        )
    if not known_revision(revision[0]):
        raise UserError(
            QT_TR_NOOP(
                "「{source}」は新しい版の事務局デスクのバックアップです（形式 {revision}）。"
                "事務局デスクを更新してから復元してください。"
            ),
            source=source,
            revision=revision[0],
        )


def _staged(source: Path, kind: str, revision: str, page_size: int | None) -> Engine:
    """The backup as a database of the current schema, built in memory (so that a kill leaves
    nothing behind), with a new restore mark (db.engine.restore_mark), in pages of `page_size`
    (the live file's: the backup API copies only between databases of one page size)."""
    from db.database import Database
    from db.migrate import upgrade

    if kind == "json":
        memory = sqlite3.connect(":memory:", check_same_thread=False)
        if page_size:  # an in-memory database's page size is set before its first table
            memory.execute(f"PRAGMA page_size = {page_size}")
    else:
        memory = _in_page_size(_backup_in_memory(source), page_size)
    staging = create_engine("sqlite://", creator=lambda: memory, poolclass=StaticPool)
    try:
        if kind == "json":
            json_backup.load_into_sqlite(source, revision, staging)
        else:
            url = URL.create("sqlite")
            upgrade(Database(url, staging, sessionmaker(staging)))
        memory.execute(f"PRAGMA user_version = {secrets.randbelow(2**31 - 1) + 1}")
    except BaseException:
        staging.dispose()
        raise
    return staging


def _backup_in_memory(source: Path) -> sqlite3.Connection:
    """The backup file copied into memory, read without leaving anything beside it: a plain
    copy of a WAL database keeps the WAL header, and SQLite reading it in place would create
    -wal and -shm files that stay. Without a -wal beside it the file is read as unchanging
    (no journal, no lock file); with one, only the companions this read created are removed."""
    companions = [Path(f"{source}{end}") for end in ("-wal", "-shm")]
    there = [companion.exists() for companion in companions]
    how = "mode=ro" if there[0] else "immutable=1"
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        src = sqlite3.connect(f"{source.absolute().as_uri()}?{how}", uri=True)
        try:  # a copy into memory keeps the page size it was given
            memory.execute(f"PRAGMA page_size = {src.execute('PRAGMA page_size').fetchone()[0]}")
            src.backup(memory, progress=_stop_when_busy)
        finally:
            src.close()
            for companion, was_there in zip(companions, there, strict=True):
                if not was_there:
                    companion.unlink(missing_ok=True)
    except BaseException:
        memory.close()
        raise
    return memory


def _in_page_size(memory: sqlite3.Connection, page_size: int | None) -> sqlite3.Connection:
    """The database in pages of `page_size`: an in-memory database cannot change its own (nor
    VACUUM it), so one of that size is filled from the SQL text of this one."""
    if not page_size or memory.execute("PRAGMA page_size").fetchone()[0] == page_size:
        return memory
    resized = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        resized.execute(f"PRAGMA page_size = {page_size}")
        resized.executescript("\n".join(memory.iterdump()))
    except BaseException:
        resized.close()
        raise
    finally:
        memory.close()
    return resized


def _live_page_size(target: Path) -> int | None:
    """The page size of the database being restored, or None when it cannot be read (damaged)."""
    try:
        probe = _connect(target)
        try:
            probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
            size: int = probe.execute("PRAGMA page_size").fetchone()[0]
            return size
        finally:
            probe.close()
    except sqlite3.OperationalError as exc:
        if is_about_a_lock(str(exc)):
            raise UserError(BUSY) from None
        raise
    except sqlite3.DatabaseError:
        return None


def _copy_into(staging: Engine, target: Path, before_replacing: Callable[[], None]) -> None:
    """Put the staged database in place of the target's content.

    Through SQLite's backup API into the open file: one transaction of the target's own
    journal, under its write lock, so that every connection of every program sees the restored
    data (none keeps writing to a replaced file), and a kill midway leaves the old data. Only a
    file too damaged for SQLite to read is replaced whole: a new file moved over it, after
    `before_replacing` (this program closes its connections to the old file; other programs
    drop theirs when they next use them, db.database._refuse_a_replaced_file).
    """
    with staging.connect() as conn:
        memory = conn.connection.dbapi_connection
        assert isinstance(memory, sqlite3.Connection)
        if target.exists() and _live_page_size(target) is not None:
            live = _connect(target)
            try:
                memory.backup(live, pages=COPY_STEP_PAGES, progress=_stop_when_busy)
            finally:
                live.close()
            return
        built = target.with_name(f".{target.name}{RESTORING}")
        _remove_with_journal(built)
        try:
            _copy_connection(memory, built)
            before_replacing()
            os.replace(built, target)
        finally:
            _remove_with_journal(built)
        for leftover in (Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)  # the old file's journal must not touch the new one


def _copy_connection(memory: sqlite3.Connection, target: Path) -> None:
    out = sqlite3.connect(target)
    try:
        memory.backup(out)
    finally:
        out.close()


def _kind_of_backup(source: Path) -> str:
    """ "sqlite" or "json", after checking that `source` is a whole, usable backup."""
    if not source.is_file():
        raise UserError(
            QT_TR_NOOP("バックアップファイル「{source}」がありません。パスを確かめてください。"),
            source=source,
        )
    with source.open("rb") as fh:
        head = fh.read(16)
    if head == SQLITE_HEADER:
        _check_sqlite_backup(source)
        return "sqlite"
    if head.startswith(json_backup.GZIP_MAGIC):
        return "json"
    raise UserError(
        QT_TR_NOOP(
            "「{source}」はバックアップファイルではありません。"
            "secdesk backup で作ったファイルを指定してください。"
        ),
        source=source,
    )


def _safety_copy(target: Path) -> Path:
    """Keep the current state before it is replaced, even when it is damaged."""
    safety = _new_backup_path(target, "before-restore", ".sqlite")
    temp = safety.with_name(f".{safety.name}{PART}")
    try:
        try:
            _copy(target, safety)
        except sqlite3.OperationalError as exc:  # a full disk, a lock: not the database's fault
            raise OSError(str(exc)) from None
        except sqlite3.DatabaseError:
            # Damaged: the bytes as they are, with the time of copying (not the file's), so that
            # no other program takes the copy for a leftover while it is written (LEFTOVER_AGE).
            shutil.copyfile(target, temp)
            os.replace(temp, safety)
    except OSError as exc:
        raise UserError(
            QT_TR_NOOP(
                "復元の前のバックアップ「{safety}」を作成できないため、復元しません（{reason}）。"
            ),
            safety=safety,
            reason=exc.strerror or exc,
        ) from None
    finally:
        _remove_with_journal(temp)
    return safety


def _refuse_read_only(target: Path) -> None:
    """A restore writes the database: a read-only one is refused as by every other change."""
    if target.exists() and not (os.access(target, os.W_OK) and os.access(target.parent, os.W_OK)):
        raise UserError(
            QT_TR_NOOP(
                "データベース「{target}」に書き込めません（読み取り専用です）。復元していません。"
                "書き込めるデータベースを指定するか、管理者に確認してください。"
            ),
            target=target,
        )


def _server_safety_backup(database: Database, source: Path) -> Path | None:
    """Keep the server database's current state; an empty database (a new server) has none."""
    from db.database import table_names
    from db.migrate import current_revision

    try:
        revision = current_revision(database)
        tables = table_names(database.engine)
    except SQLAlchemyError as exc:
        detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise DatabaseUnavailable(
            QT_TR_NOOP("データベース「{database}」に接続できません（{detail}）。"),
            database=database.display_name(),
            detail=detail,
        ) from None
    if revision is not None:
        if not database.can_write():  # a read-only role: refused before anything is done
            raise UserError(
                QT_TR_NOOP(
                    "データベース「{database}」に書き込めません（読み取り専用です）。"
                    "復元していません。書き込める接続で開くか、管理者に確認してください。"
                ),
                database=database.display_name(),
            )
        return take_backup(database, reason="before-restore", spare=source)
    if tables:
        raise UserError(
            QT_TR_NOOP(
                "「{database}」には事務局デスクのものではない表があります"
                "（{tables} …）。空のデータベースに復元してください。"
            ),
            database=database.display_name(),
            tables=", ".join(sorted(tables)[:3]),
        )
    return None


def restore(database: Database | Path, source: Path) -> Path | None:
    """Replace the database with `source`, after keeping a backup of the current state.

    Returns the path of that safety backup (None when there was no database file yet). A file
    database gets the backup's content in one transaction of its own (see _copy_into), a server
    database is replaced in one transaction: an interruption leaves either the old or the new
    database, never a mixture, and every program that has it open sees the restored one.
    """
    if _is_file(database):  # checked first: reading it would drop this program's locks on it
        live = database if isinstance(database, Path) else database.path
        assert live is not None
        if source.resolve() == live.resolve():
            raise UserError(QT_TR_NOOP("開いているデータベースそのものは復元元にできません。"))
    kind = _kind_of_backup(source)
    revision = json_backup.check_file(source) if kind == "json" else ""
    if not _is_file(database):
        assert not isinstance(database, Path)
        if kind != "json":
            raise UserError(
                QT_TR_NOOP(
                    "「{name}」はファイルのデータベースのバックアップです。サーバーのデータベースには"
                    "{suffix} のバックアップを復元してください"
                    "（ファイルのデータベースで secdesk backup -o 名前.json.gz として作れます）。"
                ),
                name=source.name,
                suffix=json_backup.SUFFIX,
            )
        kept = _server_safety_backup(database, source)
        json_backup.restore_into_server(database, source, revision)
        changes.note_everything()
        database.restore_mark = database.read_restore_mark()  # its own restore: no surprise
        return kept
    target = database if isinstance(database, Path) else database.path
    assert target is not None
    if not target.parent.is_dir():
        raise UserError(QT_TR_NOOP("フォルダ「{folder}」がありません。"), folder=target.parent)
    _refuse_read_only(target)
    remove_leftovers(target)
    safety = _safety_copy(target) if target.exists() else None
    close = (lambda: None) if isinstance(database, Path) else database.close
    try:
        staging = _staged(source, kind, revision, _live_page_size(target) if safety else None)
        try:
            _copy_into(staging, target, before_replacing=close)
        finally:
            staging.dispose()
    except (sqlite3.Error, OSError, SQLAlchemyError) as exc:
        detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        if is_about_a_lock(detail.lower()):
            raise UserError(BUSY) from None
        raise UserError(
            QT_TR_NOOP("復元できませんでした（{detail}）。元のデータベースはそのままです。"),
            detail=detail,
        ) from None
    changes.note_everything()
    if not isinstance(database, Path):
        database.restore_mark = database.read_restore_mark()  # its own restore: no surprise
    prune(target, spare=source)
    return safety
