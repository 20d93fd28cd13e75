"""Databases as earlier releases left them, generated from the migrations.

`demo_at_revision` builds the schema of an older revision and fills it with the demo's rows,
each table and column that existed then; `ADDED_SINCE` names what later revisions added, which
such a database cannot have.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import MetaData, create_engine, make_url, select
from sqlalchemy.orm import sessionmaker

from db.database import Database, make_engine
from db.engine import resolve_url
from db.json_backup import reset_sequences
from db.migrate import alembic_config, upgrade

# Export keys that a revision's successors added: a database made at that revision has none.
ADDED_SINCE: dict[str, set[str]] = {
    "0001": {"attendance"},
    "0002": set(),
    "0003": set(),
    "0004": {"secretariat", "published_figures", "share_of", "legend_name", "legend_note"},
    "0005": {"published_figures", "share_of", "legend_name", "legend_note"},
    "0006": {"meetings", "postal_code"},
    "0007": set(),
    "0008": set(),  # 0009 added organization.sort_key, which no export carries
    "0009": set(),  # 0010 added organization.search_key, which no export carries either
}


def earlier_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return sorted(rev.revision for rev in script.walk_revisions())[:-1]


def database_at_revision(url: str, revision: str) -> Database:
    """A database with the migrations up to `revision` only."""
    parsed = resolve_url(url)
    engine = make_engine(parsed)
    database = Database(parsed, engine, sessionmaker(engine))
    upgrade(database, revision)
    return database


def demo_at_revision(url: str, revision: str, demo_file: Path) -> None:
    """The demo's rows, in the schema of `revision`, at `url` (an empty database)."""
    database = database_at_revision(url, revision)
    demo = create_engine(make_url(f"sqlite:///{demo_file}"))
    try:
        source, target = MetaData(), MetaData()
        with demo.connect() as read, database.engine.begin() as write:
            source.reflect(read)
            target.reflect(write)
            for table in target.sorted_tables:
                if table.name == "alembic_version" or table.name not in source.tables:
                    continue
                old = source.tables[table.name]
                shared = [c.name for c in table.columns if c.name in old.columns]
                query = select(*(old.columns[c] for c in shared)).order_by(*old.primary_key)
                rows = [dict(row._mapping) for row in read.execute(query)]
                if rows:
                    write.execute(table.insert(), rows)
            reset_sequences(write)  # PostgreSQL: new rows get ids after the copied ones
    finally:
        demo.dispose()
        database.close()
