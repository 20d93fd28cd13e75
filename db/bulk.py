"""Inserting many new rows at once (imports): a statement per thousand rows, still audited.

The ORM's unit of work costs about a third of a millisecond per object; a list of 10,000
registrations makes 30,000 objects. New rows therefore go in as plain INSERTs, and this module
does what the ORM would have done for them: defaults, name, sort and search keys (an
organization's search key again once its registrations are in), and the audit log.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from db import audit, changes
from db.database import ANALYSIS_LIMIT
from db.keys import organization_search_text, refresh_search_keys, stored_name_key, stored_sort_key
from db.models import Base

CHUNK = 1000  # rows per statement: few statements, and little held in memory at a time
# An import of this many rows changes how the tables' rows are spread: their statistics are
# gathered again at once, so that the planner does not keep choosing from an empty table's.
ANALYZED_FROM = 10_000


def insert_new(
    session: Session,
    model: type[Base],
    rows: Sequence[dict[str, Any]],
    collections: Sequence[dict[str, list[int]]] = (),
) -> list[int]:
    """Insert `rows` (column → value) into the model's table; their ids, in the same order.

    `collections` gives, per row, the many-to-many ids the caller links afterwards
    (categories …), so that the audit row records them as the flush hook would.
    """
    table = model.__table__
    assert isinstance(table, Table)
    ids: list[int] = []
    for start in range(0, len(rows), CHUNK):
        ids += _insert_chunk(
            session,
            table,
            rows[start : start + CHUNK],
            collections[start : start + CHUNK] if collections else (),
        )
    if table.name == "registration":  # their summaries are searched with their organization
        refresh_search_keys(session.connection(), {row["organization_id"] for row in rows})
    return ids


def gather_statistics(session: Session) -> None:
    """ANALYZE the database: PostgreSQL samples a fixed number of rows per table, SQLite reads
    at most ANALYSIS_LIMIT per index; either way little beside a large import. In a transaction
    of its own after the import's: PostgreSQL keeps ANALYZE's lock until the transaction ends,
    and another PC's import would wait for it."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
    connection.exec_driver_sql("ANALYZE")


def _insert_chunk(
    session: Session,
    table: Table,
    rows: Sequence[dict[str, Any]],
    collections: Sequence[dict[str, list[int]]],
) -> list[int]:
    server_made = [c for c in table.columns if c.primary_key or c.server_default is not None]
    given = [c for c in table.columns if c not in server_made]
    params = []
    for row in rows:
        values = {}
        for column in given:
            if column.key in row:
                values[column.key] = row[column.key]
            elif column.key == "name_key":  # as db.keys fills it for ORM inserts
                values[column.key] = stored_name_key(row["name"], column)
            elif column.key == "sort_key":
                values[column.key] = stored_sort_key(
                    row["kind"], row["name"], row.get("kana"), row.get("lg_code")
                )
            elif column.key == "search_key":  # a new organization has no registrations yet
                values[column.key] = organization_search_text(
                    row["kind"], row["name"], row.get("kana"), row.get("lg_code"), ()
                )
            elif isinstance(column.default, ScalarElementColumnDefault):
                values[column.key] = column.default.arg
            else:
                values[column.key] = None
        params.append(values)
    # The ids come back in the order the rows were given: ids are handed out in the order of
    # the VALUES list. (Asking SQLAlchemy to sort them instead makes it send one statement
    # per row on SQLite.) One telling column comes back too and is compared, so that a
    # database that ever did otherwise stops the import loudly instead of linking rows wrongly.
    check = table.c.name if "name" in table.c else next(c for c in given if c.foreign_keys)
    statement = insert(table).returning(*server_made, check).execution_options(**changes.NOTED)
    made = sorted(session.connection().execute(statement, params).all(), key=lambda r: r.id)
    if [row[-1] for row in made] != [values[check.key] for values in params]:
        raise RuntimeError(f"{table.name}: inserted ids do not follow the order of the rows")
    made_keys = [c.key for c in server_made]
    logged = [
        {
            **values,
            **dict(zip(made_keys, made_row, strict=False)),  # the row ends with `check`
            **(collections[i] if collections else {}),
        }
        for i, (made_row, values) in enumerate(zip(made, params, strict=True))
    ]
    audit.log_inserts(session, table.name, logged)
    ids = [row.id for row in made]
    changes.note_rows(session, "inserted", table.name, ids)
    return ids
