"""Opening the database: where it lives, SQLite settings, schema creation and upgrades.

`open_database` is the one way in. It turns `--db` (a path or an SQLAlchemy URL) into an engine,
refuses with a clear Japanese sentence when the target is unusable, and brings the schema to
the current Alembic revision, taking a backup first when an existing database is upgraded.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    IntegrityError,
    NoSuchModuleError,
    OperationalError,
    ProgrammingError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from db import audit, keys, migrate  # noqa: F401  (keys registers listeners)
from db.errors import (
    BUSY,
    ConflictError,
    DatabaseRestored,
    DatabaseUnavailable,
    PasswordRequired,
    UserError,
    ValidationError,
    is_about_a_lock,
)
from db.paths import default_database_path

SQLITE_BUSY_TIMEOUT_MS = 10_000
LOCK_WAIT_MS = SQLITE_BUSY_TIMEOUT_MS  # PostgreSQL's lock_timeout
INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL's SQLSTATE for a role refused an operation
# A role that cannot write these cannot save anything: the window is read-only for it.
WRITTEN_BY_EVERY_EDIT = ("organization", "registration", "audit_log")
WRITE_LOCK = "secdesk_write_lock"  # execution option of Database.transaction's connection


def resolve_url(db: str | None) -> URL:
    """A path becomes an SQLite URL; anything with '://' is taken as an SQLAlchemy URL."""
    if not db:
        return URL.create("sqlite", database=str(default_database_path()))
    if "://" in db:
        try:
            return make_url(db)
        except (ArgumentError, ValueError):  # ValueError: a port that is not a number
            raise DatabaseUnavailable(
                f"データベースの指定「{db}」は URL として読めません。"
                "ファイルのパスか postgresql+psycopg://… の形で指定してください。"
            ) from None
    return URL.create("sqlite", database=str(Path(db).expanduser().absolute()))


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _begin_writing(conn: Connection) -> None:
    """SQLite: a transaction that will write takes the write lock first (BEGIN IMMEDIATE).

    pysqlite otherwise starts a transaction only at the first write, so what an operation read
    to decide (places left, an application already there) was read outside it, and two PCs
    could both decide on the same reading. Holding the lock from the start, the writers of one
    file take turns (each waits up to the busy timeout), while readers are never blocked.
    """
    if conn.get_execution_options().get(WRITE_LOCK):
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
                session.connection(execution_options={WRITE_LOCK: True})
                changes = _changes_so_far(session)
                yield session
                self._refuse_if_restored(session, changes)
        except IntegrityError:
            raise ValidationError(
                "同じ内容のデータがすでにあるか、関連するデータが削除されています。"
                "一覧を更新（F5）してからやり直してください。"
            ) from None
        except StaleDataError:
            raise ConflictError(
                "このデータは読み込んだ後に別の操作で変更されています。"
                "一覧を更新（F5）してからやり直してください。"
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
        if mark != self.restore_mark:
            self.restore_mark = mark  # said once: the window reloads, the next save is kept
            raise DatabaseRestored(
                "データベースは別の操作でバックアップから復元されました。この変更は保存していません。"
                "一覧を更新（F5）して、内容を確かめてからやり直してください。"
            )

    def read_restore_mark(self) -> int | None:
        with self.engine.connect() as conn:
            return restore_mark(conn)

    def _explain(self, exc: OperationalError | ProgrammingError) -> str:
        detail = str(exc.orig).lower()
        if "readonly" in detail or "read-only" in detail or "permission denied" in detail:
            return (
                f"データベース「{self.display_name()}」に書き込めません（読み取り専用です）。"
                "書き込めるデータベースを開くか、管理者に確認してください。"
            )
        if is_about_a_lock(detail):
            return BUSY
        if _is_about_the_disk(detail):
            return f"{DISK_PROBLEM}何も変更していません。"
        return f"データベースの操作に失敗しました（{str(exc.orig).splitlines()[0]}）。"

    def close(self) -> None:
        self.engine.dispose()


def restore_mark(conn: Connection) -> int | None:
    """What changes each time the database is restored, wherever it is open: on SQLite the
    user_version (a restore sets a new random number), on PostgreSQL the identity of the table of
    the schema version (a restore creates the tables anew)."""
    if conn.dialect.name == "sqlite":
        mark: int | None = conn.exec_driver_sql("PRAGMA user_version").scalar()
        return mark
    if conn.dialect.name == "postgresql":
        return conn.execute(text("SELECT CAST(to_regclass('alembic_version') AS oid)")).scalar()
    return None


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


def _check_sqlite_target(path: Path, *, create: bool) -> None:
    if path.exists():
        if path.is_dir():
            raise DatabaseUnavailable(
                f"「{path}」はフォルダです。データベースファイルのパスを指定してください。"
            )
        # Its size, not its first bytes: closing a file this program has open as a database
        # would drop SQLite's locks on it (POSIX drops a process's locks on any close).
        if path.stat().st_size == 0 and not create:  # opening it would write SQLite's header
            raise DatabaseUnavailable(
                f"「{path}」は空のファイルで、事務局デスクのデータベースではありません。"
                "secdesk --db … init で作成するか、正しいファイルを指定してください。"
            )
        return
    if not create:
        raise DatabaseUnavailable(
            f"データベース「{path}」がありません。パスを確かめるか、"
            "secdesk --db … init で作成してください。"
        )
    if not path.parent.exists():
        if path.parent == default_database_path().parent:
            path.parent.mkdir(parents=True, exist_ok=True)
        else:
            raise DatabaseUnavailable(
                f"フォルダ「{path.parent}」がありません。既存のフォルダにあるファイルを指定してください。"
            )


def make_engine(url: URL) -> Engine:
    try:
        if url.get_backend_name() == "sqlite":
            engine = create_engine(url)
            event.listen(engine, "connect", _set_sqlite_pragmas)
            event.listen(engine, "begin", _begin_writing)
        else:
            # A lock held by another program is waited for as long as on SQLite, then the
            # statement gives up (the user is told the database is busy), never forever.
            waits = {} if "options" in url.query else {"options": f"-c lock_timeout={LOCK_WAIT_MS}"}
            engine = create_engine(url, pool_pre_ping=True, connect_args=waits)
    except (NoSuchModuleError, ImportError, ArgumentError) as exc:
        raise DatabaseUnavailable(
            f"データベース「{url.render_as_string(hide_password=True)}」には接続できません"
            f"（{type(exc).__name__}: {exc}）。URL を確かめてください。"
        ) from None
    return engine


def connect_database(url: URL) -> Database:
    """The database at `url` as it is, whatever its schema (for backup and restore)."""
    engine = make_engine(url)
    audit.install()
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False))


def open_database(db: str | None = None, *, create: bool = True, upgrade: bool = True) -> Database:
    """Open (and if allowed create or upgrade) the database named by `--db`. Without `create`,
    neither a new file nor a schema in an empty file or server database is made.

    Raises DatabaseUnavailable with one clear sentence when it cannot be used.
    """
    url = resolve_url(db)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        _check_sqlite_target(Path(url.database), create=create)
        from db.backup import remove_leftovers  # what a restore killed midway left beside it

        remove_leftovers(Path(url.database).parent)
    database = connect_database(url)
    engine = database.engine
    try:
        with engine.connect() as conn:
            if database.is_sqlite:
                result = conn.execute(text("PRAGMA quick_check")).scalar()
                if result != "ok":
                    raise DatabaseUnavailable(
                        f"データベース「{database.display_name()}」が壊れています（{result}）。"
                        "バックアップから復元してください（secdesk restore FILE）。"
                    )
        if upgrade:
            migrate.bring_up_to_date(database, create=create)
        else:
            migrate.require_current(database)
        database.restore_mark = database.read_restore_mark()
    except UserError:  # refused, or the backup before an upgrade could not be made
        engine.dispose()
        raise
    except (DBAPIError, SQLAlchemyError, sqlite3.Error) as exc:
        engine.dispose()
        detail = str(getattr(exc, "orig", exc)).splitlines()[0]
        if _is_about_the_disk(detail.lower()):
            raise DatabaseUnavailable(
                f"データベース「{database.display_name()}」を開けません。{DISK_PROBLEM}"
            ) from None
        if "file is not a database" in detail:  # SQLite read its header: not SQLite's
            raise DatabaseUnavailable(
                f"「{database.display_name()}」はデータベースファイルではありません"
                "（壊れているか、別の種類のファイルです）。"
                "正しいファイルを指定するか、バックアップから復元してください。"
            ) from None
        if _is_about_the_password(exc):
            raise PasswordRequired(
                f"データベース「{database.display_name()}」に接続するにはパスワードが必要です"
                f"（{detail}）。正しいパスワードを入力してください。"
            ) from None
        raise DatabaseUnavailable(
            f"データベース「{database.display_name()}」を開けません（{detail}）。"
            "パスや接続先を確かめるか、バックアップから復元してください。"
        ) from None
    return database


DISK_PROBLEM = (
    "ディスクに書き込めませんでした（空き容量が足りないか、ディスクに問題があります）。"
    "空きを作ってからやり直してください。"
)


def _is_about_the_disk(detail: str) -> bool:
    """SQLite's words for a full disk (SQLITE_FULL) or a failed write (SQLITE_IOERR)."""
    return "disk is full" in detail or "disk i/o error" in detail


def _is_about_the_password(exc: Exception) -> bool:
    """The server refused the login for want of the right password (SQLSTATE 28P01, or libpq's
    own "no password supplied", which has none); a missing role or pg_hba entry is not that."""
    orig = getattr(exc, "orig", None)
    state = getattr(orig, "sqlstate", None) or ""
    return state == "28P01" or "password" in str(orig or exc).lower()


def is_empty(database: Database) -> bool:
    """True when the database holds no organizations, programs or projects yet."""
    from sqlalchemy import func, select

    from db.models import Organization, Program

    with database.sessions() as session:
        count = session.scalar(select(func.count()).select_from(Organization)) or 0
        count += session.scalar(select(func.count()).select_from(Program)) or 0
        return count == 0


def table_names(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())
