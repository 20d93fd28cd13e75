"""Schema versions through Alembic: create a new database, upgrade an older one after a backup.

Alembic itself is loaded only when a schema is created or upgraded: opening a database that is
already current (every start but the first after an update) reads its version with one query.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from db.errors import DatabaseUnavailable
from desktop.catalogue import QT_TR_NOOP

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

    from db.database import Database

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions (tests/db/test_db.py keeps the two the same).
HEAD_REVISION = "0010"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return HEAD_REVISION


def _version_of(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalars().first()


def current_revision(database: Database, conn: Connection | None = None) -> str | None:
    if conn is not None:
        return _version_of(conn)
    with database.engine.connect() as fresh:
        return _version_of(fresh)


def known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return any(rev.revision == revision for rev in script.walk_revisions())


def not_ours(database: Database) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        QT_TR_NOOP(
            "「{database}」は事務局デスクのデータベースではありません"
            "（空か、別のアプリのデータベースです）。secdesk --db … init で作成してください。"
        ),
        database=database.display_name(),
    )


def require_current(database: Database) -> None:
    """For read-only use: the schema must already be the one this version writes."""
    current = current_revision(database)
    if current is None:
        raise not_ours(database)
    if current != head_revision():
        refuse_unknown(database, current)
        raise DatabaseUnavailable(
            QT_TR_NOOP(
                "データベース「{database}」は古い形式です。"
                "アプリを通常どおり起動すると、バックアップを取ってから更新します。"
            ),
            database=database.display_name(),
        )


def refuse_unknown(database: Database, current: str) -> None:
    if not known_revision(current):
        raise DatabaseUnavailable(
            QT_TR_NOOP(
                "データベース「{database}」は新しい版の事務局デスクで作られています"
                "（形式 {revision}）。事務局デスクを更新してから開いてください。"
            ),
            database=database.display_name(),
            revision=current,
        )


def upgrade(database: Database, revision: str = "head") -> None:
    with database.engine.begin() as conn:
        upgrade_connection(conn, revision)


def upgrade_connection(conn: Connection, revision: str = "head") -> None:
    """Upgrade within the caller's transaction on `conn`."""
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = conn
    command.upgrade(config, revision)
