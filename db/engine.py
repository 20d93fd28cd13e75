"""Opening the database: where it lives, schema creation and upgrades (db.database holds the
open database itself).

`open_database` is the one way in. It turns `--db` (a path or an SQLAlchemy URL) into an engine,
refuses with a clear Japanese sentence when the target is unusable, and brings the schema to
the current Alembic revision, taking a backup first when an existing database is upgraded.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from db import backup, migrate
from db.database import DISK_PROBLEM, Database, connect_database, is_about_the_disk, table_names
from db.errors import DatabaseMissing, DatabaseUnavailable, PasswordRequired, UserError
from db.paths import default_database_path
from desktop.catalogue import QT_TR_NOOP, Text


def resolve_url(db: str | None) -> URL:
    """A path becomes an SQLite URL; anything with '://' is taken as an SQLAlchemy URL."""
    if not db:
        return URL.create("sqlite", database=str(default_database_path()))
    if "://" in db:
        try:
            url = make_url(db)
        except (ArgumentError, ValueError):  # ValueError: a port that is not a number
            raise DatabaseUnavailable(
                QT_TR_NOOP(
                    "データベースの指定「{db}」は URL として読めません。"
                    "ファイルのパスか postgresql+psycopg://… の形で指定してください。"
                ),
                db=db,
            ) from None
        if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
            # SQLite's in-memory database: everything saved would be gone at the end.
            raise DatabaseUnavailable(
                QT_TR_NOOP(
                    "データベースの指定「{db}」にはファイルがありません（保存した内容は終了時に"
                    "消えます）。データベースファイルのパスを指定してください。"
                ),
                db=db,
            )
        return url
    return URL.create("sqlite", database=str(Path(db).expanduser().absolute()))


def _check_sqlite_target(path: Path, *, create: bool) -> None:
    if path.exists():
        if path.is_dir():
            raise DatabaseUnavailable(
                QT_TR_NOOP(
                    "「{path}」はフォルダです。データベースファイルのパスを指定してください。"
                ),
                path=path,
            )
        # Its size, not its first bytes: closing a file this program has open as a database
        # would drop SQLite's locks on it (POSIX drops a process's locks on any close).
        if path.stat().st_size == 0 and not create:  # opening it would write SQLite's header
            raise DatabaseMissing(
                QT_TR_NOOP(
                    "「{path}」は空のファイルで、事務局デスクのデータベースではありません。"
                    "secdesk --db … init で作成するか、正しいファイルを指定してください。"
                ),
                path=path,
            )
        return
    if not create:
        raise DatabaseMissing(
            QT_TR_NOOP(
                "データベース「{path}」がありません。パスを確かめるか、"
                "secdesk --db … init で作成してください。"
            ),
            path=path,
        )
    if not path.parent.exists():
        if path.parent == default_database_path().parent:
            path.parent.mkdir(parents=True, exist_ok=True)
        else:
            raise DatabaseUnavailable(
                QT_TR_NOOP(
                    "フォルダ「{folder}」がありません。既存のフォルダにあるファイルを指定してください。"
                ),
                folder=path.parent,
            )


def open_database(db: str | None = None, *, create: bool = True, upgrade: bool = True) -> Database:
    """Open (and if allowed create or upgrade) the database named by `--db`. Without `create`,
    neither a new file nor a schema in an empty file or server database is made.

    Raises DatabaseUnavailable with one clear sentence when it cannot be used.
    """
    url = resolve_url(db)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        _check_sqlite_target(Path(url.database), create=create)
        backup.remove_leftovers(Path(url.database))  # what a killed backup or restore left
    database = connect_database(url)
    engine = database.engine
    try:
        with engine.connect() as conn:
            if database.is_sqlite:
                result = conn.execute(text("PRAGMA quick_check")).scalar()
                if result != "ok":
                    raise DatabaseUnavailable(
                        QT_TR_NOOP(
                            "データベース「{database}」が壊れています（{result}）。"
                            "バックアップから復元してください（secdesk restore FILE）。"
                        ),
                        database=database.display_name(),
                        result=result,
                    )
        if upgrade:
            bring_up_to_date(database, create=create)
        else:
            migrate.require_current(database)
        database.restore_mark = database.read_restore_mark()
    except UserError:  # refused, or the backup before an upgrade could not be made
        engine.dispose()
        raise
    except (DBAPIError, SQLAlchemyError, sqlite3.Error) as exc:
        engine.dispose()
        detail = str(getattr(exc, "orig", exc)).splitlines()[0]
        if is_about_the_disk(detail.lower()):
            raise DatabaseUnavailable(
                QT_TR_NOOP("データベース「{database}」を開けません。{problem}"),
                database=database.display_name(),
                problem=Text(DISK_PROBLEM),
            ) from None
        if "file is not a database" in detail:  # SQLite read its header: not SQLite's
            raise DatabaseUnavailable(
                QT_TR_NOOP(
                    "「{database}」はデータベースファイルではありません"
                    "（壊れているか、別の種類のファイルです）。"
                    "正しいファイルを指定するか、バックアップから復元してください。"
                ),
                database=database.display_name(),
            ) from None
        if _is_about_the_password(exc):
            raise PasswordRequired(
                QT_TR_NOOP(
                    "データベース「{database}」に接続するにはパスワードが必要です"
                    "（{detail}）。正しいパスワードを入力してください。"
                ),
                database=database.display_name(),
                detail=detail,
            ) from None
        raise DatabaseUnavailable(
            QT_TR_NOOP(
                "データベース「{database}」を開けません（{detail}）。"
                "パスや接続先を確かめるか、バックアップから復元してください。"
            ),
            database=database.display_name(),
            detail=detail,
        ) from None
    return database


def bring_up_to_date(database: Database, *, create: bool = True) -> None:
    """Create the schema on an empty database (when allowed to `create`); upgrade an older one
    after taking a backup."""
    current = migrate.current_revision(database)
    if current == migrate.head_revision():
        return
    if current is None:
        foreign = table_names(database.engine)
        if foreign:
            raise DatabaseUnavailable(
                QT_TR_NOOP(
                    "「{database}」には事務局デスクのものではない表があります"
                    "（{tables} …）。別のファイルを指定してください。"
                ),
                database=database.display_name(),
                tables=", ".join(sorted(foreign)[:3]),
            )
        if not create:
            raise DatabaseMissing(
                QT_TR_NOOP(
                    "「{database}」は空で、事務局デスクのデータベースがまだありません。"
                    "secdesk --db … init で作成してください。"
                ),
                database=database.display_name(),
            )
    else:
        migrate.refuse_unknown(database, current)
        backup.take_backup(database, reason="before-upgrade")
    migrate.upgrade(database)


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
