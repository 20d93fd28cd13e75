"""An open database: its engine, its sessions and transactions, SQLite's settings.

The layer below opening (db.engine), migrations (db.migrate) and backups (db.backup), which all
work on a `Database`; it imports none of them. A refusal of the database comes out of a
transaction as one Japanese sentence (db.errors), never as SQL.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import (
    ArgumentError,
    DisconnectionError,
    IntegrityError,
    NoSuchModuleError,
    OperationalError,
    ProgrammingError,
)
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from db import audit, changes, keys  # noqa: F401  (keys registers listeners)
from db.errors import (
    BUSY,
    ConflictError,
    DatabaseRestored,
    DatabaseUnavailable,
    ValidationError,
    is_about_a_lock,
)
from desktop.catalogue import QT_TR_NOOP, Text

SQLITE_BUSY_TIMEOUT_MS = 10_000
LOCK_WAIT_MS = SQLITE_BUSY_TIMEOUT_MS  # PostgreSQL's lock_timeout
INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL's SQLSTATE for a role refused an operation
# A role that cannot write these cannot save anything: the window is read-only for it.
WRITTEN_BY_EVERY_EDIT = ("organization", "registration", "audit_log")
REPLACED = -1  # the restore mark of a connection whose file was replaced by another file


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


# Rows ANALYZE reads per index at most: statistics good enough for the planner in milliseconds,
# however large the tables (SQLite's own advice for PRAGMA optimize).
ANALYSIS_LIMIT = 400


def _optimize_before_closing(dbapi_connection: Any, record: Any) -> None:
    """SQLite's advice: PRAGMA optimize before a connection is closed (the engine disposed, the
    program ending). It gathers statistics (sqlite_stat1) on the tables whose indexes this
    connection's queries had to choose between (a programme's registrations, a field's links),
    so that the planner later chooses from how the rows are spread rather than guessing.

    Only on a connection that wrote: one that only read leaves the file as it found it (a
    refused import, a look at the data). Nothing more than a hint: skipped on a file replaced
    meanwhile (it would write into the file moved aside), and refused quietly on a read-only
    file or while another program writes."""
    try:
        if not dbapi_connection.total_changes or _file_replaced(record.info):
            return
        dbapi_connection.execute("PRAGMA busy_timeout = 0")  # never make closing wait
        dbapi_connection.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
        dbapi_connection.execute("PRAGMA optimize")
    except sqlite3.Error:
        pass


def lock_for_writing(session: Session) -> None:
    """SQLite: take the file's write lock now (BEGIN IMMEDIATE), unless this transaction already
    holds it, so that what the operation reads next and decides on (places left, an application
    already there) cannot change before its decision is stored. PostgreSQL locks rows instead
    (SELECT … FOR UPDATE).

    Only operations that decide from what they read ask for it: pysqlite starts a transaction
    at the first write, so other transactions read without waiting for any writer, and their
    saves are kept safe by the version each UPDATE checks.
    """
    conn = session.connection()
    if conn.dialect.name == "sqlite" and not conn.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
        conn.exec_driver_sql("BEGIN IMMEDIATE")


@dataclass
class Database:
    """An open database: the engine and a factory of sessions with the audit hook."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    # The restore mark when this program loaded its data (None: not watched). A save made after
    # someone restored the database is refused once, so that nothing typed into a form loaded
    # before the restore lands silently in the restored data.
    restore_mark: int | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        return Path(self.url.database) if self.is_sqlite and self.url.database else None

    def display_name(self) -> str:
        """What the status bar and messages show: the file path, or the URL without password."""
        if self.path is not None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)

    def can_write(self) -> bool:
        """Whether this user may change records: the file (and its folder, for the journal) is
        writable, or the server role may insert, update and delete (a read-only role may not)."""
        if self.path is not None:
            return os.access(self.path, os.W_OK) and os.access(self.path.parent, os.W_OK)
        if self.url.get_backend_name() != "postgresql":
            return True
        query = text(
            "SELECT bool_and(has_table_privilege(current_user, t, p)) "
            "FROM unnest(CAST(:tables AS text[])) AS t, unnest(CAST(:privileges AS text[])) AS p"
        )
        with self.engine.connect() as conn:
            allowed = conn.execute(
                query,
                {
                    "tables": list(WRITTEN_BY_EVERY_EDIT),
                    "privileges": ["INSERT", "UPDATE", "DELETE"],
                },
            ).scalar()
        return bool(allowed)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any exception.

        Database refusals come out as UserErrors in Japanese, so that no SQL text reaches
        the user.
        """
        try:
            with self.sessions.begin() as session:
                changes = _changes_so_far(session)
                yield session
                self._refuse_if_restored(session, changes)
        except IntegrityError:
            raise ValidationError(
                QT_TR_NOOP(
                    "同じ内容のデータがすでにあるか、関連するデータが削除されています。"
                    "一覧を更新（F5）してからやり直してください。"
                )
            ) from None
        except StaleDataError:
            raise ConflictError(
                QT_TR_NOOP(
                    "このデータは読み込んだ後に別の操作で変更されています。"
                    "一覧を更新（F5）してからやり直してください。"
                )
            ) from None
        except OperationalError as exc:
            raise DatabaseUnavailable(self._explain(exc)) from None
        except ProgrammingError as exc:
            if getattr(exc.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
                raise  # a mistake in the program, not the user's: it reaches the crash log
            raise DatabaseUnavailable(self._explain(exc)) from None

    def _refuse_if_restored(self, session: Session, changes_before: int | None) -> None:
        """Checked after the writes, inside their transaction: a restore cannot slip in between
        (it waits for the write lock on SQLite, for the tables' locks on PostgreSQL)."""
        if self.restore_mark is None:
            return
        session.flush()
        conn = session.connection()
        if _changes_so_far(session) == changes_before:  # reads are never refused
            return
        mark = restore_mark(conn)
        if mark == REPLACED:  # it wrote into a file moved aside: refused, as after a restore
            mark = self.read_restore_mark()  # (of the new file: said once)
        if mark != self.restore_mark:
            self.restore_mark = mark  # said once: the window reloads, the next save is kept
            raise DatabaseRestored(
                QT_TR_NOOP(
                    "データベースは別の操作でバックアップから復元されました。この変更は保存していません。"
                    "一覧を更新（F5）して、内容を確かめてからやり直してください。"
                )
            )

    def read_restore_mark(self) -> int | None:
        with self.engine.connect() as conn:
            return restore_mark(conn)

    def _explain(self, exc: OperationalError | ProgrammingError) -> Text:
        detail = str(exc.orig).lower()
        if "readonly" in detail or "read-only" in detail or "permission denied" in detail:
            return Text(
                QT_TR_NOOP(
                    "データベース「{database}」に書き込めません（読み取り専用です）。"
                    "書き込めるデータベースを開くか、管理者に確認してください。"
                ),
                database=self.display_name(),
            )
        if is_about_a_lock(detail):
            return Text(BUSY)
        if is_about_the_disk(detail):
            return Text(QT_TR_NOOP("{problem}何も変更していません。"), problem=Text(DISK_PROBLEM))
        return Text(
            QT_TR_NOOP("データベースの操作に失敗しました（{detail}）。"),
            detail=str(exc.orig).splitlines()[0],
        )

    def close(self) -> None:
        self.engine.dispose()


def restore_mark(conn: Connection) -> int | None:
    """What changes each time the database is restored, wherever it is open: on SQLite the
    user_version (a restore sets a new random number), on PostgreSQL the identity of the table of
    the schema version (a restore creates the tables anew)."""
    if conn.dialect.name == "sqlite":
        if _file_replaced(conn.connection.info):
            return REPLACED
        mark: int | None = conn.exec_driver_sql("PRAGMA user_version").scalar()
        return mark
    if conn.dialect.name == "postgresql":
        return conn.execute(text("SELECT CAST(to_regclass('alembic_version') AS oid)")).scalar()
    return None


def _file_identity(path: str) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _note_the_file(dbapi_connection: Any, record: Any) -> None:
    """Which file a new SQLite connection has open (a restore of a damaged database, or another
    program, may later move a new file over that path)."""
    path = dbapi_connection.execute("PRAGMA database_list").fetchone()[2]
    record.info["file"] = (path, _file_identity(path))


def _file_replaced(info: dict[Any, Any]) -> bool:
    """Whether the path of a connection's file now names another file (or none)."""
    path, identity = info.get("file", (None, None))
    return bool(path) and _file_identity(path) != identity


def _refuse_a_replaced_file(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    """A pooled connection to a file that was replaced is dropped, never used again: it would
    show the old data and save into a deleted file. The pool opens the new file instead."""
    if _file_replaced(record.info):
        raise DisconnectionError("the database file was replaced")


def _changes_so_far(session: Session) -> int | None:
    """What tells whether a transaction has written: on SQLite the rows this connection has
    changed since it opened (its transaction may begin before any write), on PostgreSQL whether
    a transaction id was assigned (only a write gets one)."""
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        changes: int = conn.connection.dbapi_connection.total_changes  # type: ignore[union-attr]
        return changes
    if conn.dialect.name == "postgresql":
        return conn.execute(text("SELECT CAST(txid_current_if_assigned() AS bigint)")).scalar()
    return None


def make_engine(url: URL) -> Engine:
    try:
        if url.get_backend_name() == "sqlite":
            engine = create_engine(url)
            event.listen(engine, "connect", _set_sqlite_pragmas)
            event.listen(engine, "connect", _note_the_file)
            event.listen(engine, "checkout", _refuse_a_replaced_file)
            event.listen(engine, "close", _optimize_before_closing)
        else:
            # A lock held by another program is waited for as long as on SQLite, then the
            # statement gives up (the user is told the database is busy), never forever.
            waits = {} if "options" in url.query else {"options": f"-c lock_timeout={LOCK_WAIT_MS}"}
            engine = create_engine(url, pool_pre_ping=True, connect_args=waits)
    except (NoSuchModuleError, ImportError, ArgumentError) as exc:
        raise DatabaseUnavailable(
            QT_TR_NOOP(
                "データベース「{url}」には接続できません（{kind}: {detail}）。URL を確かめてください。"
            ),
            url=url.render_as_string(hide_password=True),
            kind=type(exc).__name__,
            detail=exc,
        ) from None
    return engine


def connect_database(url: URL) -> Database:
    """The database at `url` as it is, whatever its schema (for backup and restore)."""
    engine = make_engine(url)
    audit.install()
    changes.install()
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False))


DISK_PROBLEM = QT_TR_NOOP(
    "ディスクに書き込めませんでした（空き容量が足りないか、ディスクに問題があります）。"
    "空きを作ってからやり直してください。"
)


def is_about_the_disk(detail: str) -> bool:
    """SQLite's words for a full disk (SQLITE_FULL) or a failed write (SQLITE_IOERR)."""
    return "disk is full" in detail or "disk i/o error" in detail


def table_names(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())
