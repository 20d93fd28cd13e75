"""Schema versions through Alembic: create a new database, upgrade an older one after a backup."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from db.errors import DatabaseUnavailable

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from db.engine import Database

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


def current_revision(database: Database, conn: Connection | None = None) -> str | None:
    if conn is not None:
        return MigrationContext.configure(conn).get_current_revision()
    with database.engine.connect() as fresh:
        return MigrationContext.configure(fresh).get_current_revision()


def known_revision(revision: str) -> bool:
    script = ScriptDirectory.from_config(alembic_config())
    return any(rev.revision == revision for rev in script.walk_revisions())


def require_current(database: Database) -> None:
    """For read-only use: the schema must already be the one this version writes."""
    current = current_revision(database)
    if current is None:
        raise DatabaseUnavailable(
            f"「{database.display_name()}」は事務局デスクのデータベースではありません"
            "（空か、別のアプリのデータベースです）。secdesk --db … init で作成してください。"
        )
    if current != head_revision():
        _refuse_unknown(database, current)
        raise DatabaseUnavailable(
            f"データベース「{database.display_name()}」は古い形式です。"
            "アプリを通常どおり起動すると、バックアップを取ってから更新します。"
        )


def _refuse_unknown(database: Database, current: str) -> None:
    if not known_revision(current):
        raise DatabaseUnavailable(
            f"データベース「{database.display_name()}」は新しい版の事務局デスクで作られています"
            f"（形式 {current}）。事務局デスクを更新してから開いてください。"
        )


def upgrade(database: Database, revision: str = "head") -> None:
    with database.engine.begin() as conn:
        upgrade_connection(conn, revision)


def upgrade_connection(conn: Connection, revision: str = "head") -> None:
    """Upgrade within the caller's transaction on `conn`."""
    config = alembic_config()
    config.attributes["connection"] = conn
    command.upgrade(config, revision)


def bring_up_to_date(database: Database) -> None:
    """Create the schema on an empty database; upgrade an older one after taking a backup."""
    from db import backup  # late import: backup needs an open Database

    current = current_revision(database)
    if current == head_revision():
        return
    if current is None:
        from db.engine import table_names

        foreign = table_names(database.engine)
        if foreign:
            raise DatabaseUnavailable(
                f"「{database.display_name()}」には事務局デスクのものではない表があります"
                f"（{', '.join(sorted(foreign)[:3])} …）。別のファイルを指定してください。"
            )
    else:
        _refuse_unknown(database, current)
        backup.take_backup(database, reason="before-upgrade")
    upgrade(database)
