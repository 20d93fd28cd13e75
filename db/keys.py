"""Comparison keys kept beside names: filled on every insert and update, never typed.

`sort_key` follows the 五十音 rules of desktop.japanese.gojuon: a change of those rules (or of
`organization_sort_key`) must come with a migration that fills the column again for every
organization (refill_sort_keys, as migration 0009 does): tests/db/test_sort_keys.py pins the keys
the rules give (KEYS_REFILLED_BY) and fails until that migration is written.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    LargeBinary,
    bindparam,
    column,
    event,
    select,
    update,
)
from sqlalchemy import table as table_clause

from db.models import Organization, Person
from db.vocab import LOCAL_GOVERNMENT_KINDS
from desktop.japanese.gojuon import name_order_key
from desktop.japanese.text import normalize_for_compare


def stored_name_key(name: str | None, key_column: ColumnElement[Any]) -> str:
    """The comparison key of `name` as its column holds it. Normalising can make it longer
    than the name (200 ㌔ become 400 キロ): it is cut to the column, the same on SQLite and
    PostgreSQL, so that a name the rules accept is always stored."""
    return fitted_name_key(normalize_for_compare(name or ""), key_column)


def fitted_name_key(key: str, key_column: ColumnElement[Any]) -> str:
    """A key already worked out (an import compares by it) cut to its column, as stored."""
    length = getattr(key_column.type, "length", None)
    return key[:length] if length else key


def organization_sort_key(kind: str, name: str, kana: str | None, code: str | None) -> str:
    """Local governments by their code (都道府県・市区町村コード順: each prefecture before its
    municipalities), then others in 五十音順 by reading, then those whose reading is not
    registered, by name."""
    if kind in LOCAL_GOVERNMENT_KINDS and code:
        return f"0{code}"
    return f"1{name_order_key(kana, name)}"


def stored_sort_key(kind: str, name: str, kana: str | None, code: str | None) -> bytes:
    """`organization_sort_key` as the column holds it: its UTF-8 bytes. Bytes compare the same
    on SQLite and on PostgreSQL whatever the database's collation, and in the same order as
    Python compares the text (UTF-8 keeps the order of code points); a text column could not
    hold the key's NUL separators on PostgreSQL."""
    return organization_sort_key(kind, name, kana, code).encode()


REFILL_BATCH = 2000  # organizations read and written back at a time


def refill_sort_keys(conn: Connection) -> None:
    """Work out every organization's sort key again, a batch at a time (for migrations: plain
    table columns, whatever the models say by then)."""
    organization = table_clause(
        "organization",
        *(column(name) for name in ("id", "kind", "name", "kana", "lg_code")),
        column("sort_key", LargeBinary),
    )
    c = organization.c
    write = (
        update(organization)
        .where(c.id == bindparam("b_id"))
        .values(sort_key=bindparam("b_key", type_=LargeBinary))
    )
    last = 0
    while batch := conn.execute(
        select(c.id, c.kind, c.name, c.kana, c.lg_code)
        .where(c.id > last)
        .order_by(c.id)
        .limit(REFILL_BATCH)
    ).all():
        conn.execute(
            write,
            [
                {
                    "b_id": row.id,
                    "b_key": stored_sort_key(row.kind, row.name, row.kana, row.lg_code),
                }
                for row in batch
            ],
        )
        last = batch[-1].id


def _fill_name_key(_mapper: Any, _connection: Any, target: Organization | Person) -> None:
    target.name_key = stored_name_key(target.name, type(target).__table__.c.name_key)


def _fill_sort_key(_mapper: Any, _connection: Any, target: Organization) -> None:
    target.sort_key = stored_sort_key(target.kind, target.name, target.kana, target.lg_code)


for _model in (Organization, Person):
    event.listen(_model, "before_insert", _fill_name_key)
    event.listen(_model, "before_update", _fill_name_key)
event.listen(Organization, "before_insert", _fill_sort_key)
event.listen(Organization, "before_update", _fill_sort_key)
