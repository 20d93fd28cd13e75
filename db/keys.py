"""Comparison keys kept beside names: filled on every insert and update, never typed.

`search_key` holds the normalised text the 登録 tab searches (organization_search_text): the
organization's own columns and its registrations' summaries. Besides the organization's own
writes, a flush that inserts, changes or deletes a registration works its organization's key
out again (refresh_search_keys), and so do bulk inserts (db.bulk).

`sort_key` follows the 五十音 rules of desktop.japanese.gojuon: a change of those rules (or of
`organization_sort_key`) must come with a migration that fills the column again for every
organization (refill_sort_keys, as migration 0009 does): tests/db/test_sort_keys.py pins the keys
the rules give (KEYS_REFILLED_BY) and fails until that migration is written.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    LargeBinary,
    Text,
    bindparam,
    column,
    event,
    inspect,
    select,
    update,
)
from sqlalchemy import table as table_clause
from sqlalchemy.orm import Session, UOWTransaction

from db.changes import NOTED
from db.models import Organization, Person, Registration
from db.vocab import LOCAL_GOVERNMENT_KINDS, ORGANIZATION_KINDS, label
from desktop.japanese.gojuon import name_order_key
from desktop.japanese.text import normalize_for_compare, search_key


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


def organization_search_text(
    kind: str, name: str, kana: str | None, code: str | None, summaries: Iterable[str | None]
) -> str:
    """What the 登録 tab finds an organization by, normalised as the search box's words are
    (desktop.japanese.text.search_key): its name, its kind as the Japanese window names it,
    its local-government code, its reading and the summaries of its registrations. The
    normalising drops spaces and line breaks, so a word may run from one part into the next,
    as it did when the window joined the row's texts itself."""
    parts = [name, label(ORGANIZATION_KINDS, kind), code or "", kana or ""]
    return search_key("\n".join([*parts, *(s or "" for s in summaries)]))


def _search_tables() -> tuple[Any, Any]:
    """The two tables as plain columns (migrations use these whatever the models say)."""
    organization = table_clause(
        "organization",
        *(column(name) for name in ("id", "kind", "name", "kana", "lg_code")),
        column("search_key", Text),
    )
    registration = table_clause(
        "registration", column("id"), column("organization_id"), column("summary")
    )
    return organization, registration


def expected_search_keys(conn: Connection, ids: Collection[int]) -> dict[int, str]:
    """The search key each of these organizations should hold, as its rows are now."""
    organization, registration = _search_tables()
    o, r = organization.c, registration.c
    summaries: dict[int, list[str | None]] = {}
    for org_id, summary in conn.execute(
        select(r.organization_id, r.summary)
        .where(r.organization_id.in_(ids))
        .order_by(r.organization_id, r.id)
    ):
        summaries.setdefault(org_id, []).append(summary)
    return {
        row.id: organization_search_text(
            row.kind, row.name, row.kana, row.lg_code, summaries.get(row.id, ())
        )
        for row in conn.execute(
            select(o.id, o.kind, o.name, o.kana, o.lg_code).where(o.id.in_(ids))
        )
    }


def refresh_search_keys(conn: Connection, ids: Iterable[int]) -> None:
    """Write these organizations' search keys again (after their registrations changed)."""
    organization, _registration = _search_tables()
    write = (
        update(organization)
        .where(organization.c.id == bindparam("b_id"))
        .values(search_key=bindparam("b_key"))
        # Not a change anyone is shown: the registration that caused it is noted already.
        .execution_options(**NOTED)
    )
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), REFILL_BATCH):
        keys = expected_search_keys(conn, wanted[start : start + REFILL_BATCH])
        if keys:
            conn.execute(write, [{"b_id": i, "b_key": k} for i, k in keys.items()])


def organization_id_batches(conn: Connection) -> Iterator[list[int]]:
    """Every organization's id, REFILL_BATCH at a time, in id order."""
    organization, _registration = _search_tables()
    last = 0
    while batch := list(
        conn.scalars(
            select(organization.c.id)
            .where(organization.c.id > last)
            .order_by(organization.c.id)
            .limit(REFILL_BATCH)
        )
    ):
        yield batch
        last = batch[-1]


def refill_search_keys(conn: Connection) -> None:
    """Work out every organization's search key again, a batch at a time (migrations)."""
    for batch in organization_id_batches(conn):
        refresh_search_keys(conn, batch)


def _touched_organizations(session: Session) -> set[int]:
    """Organizations whose search key a flush may have made stale: those written, and those
    of the registrations inserted, changed (moved: both) or deleted."""
    touched: set[int] = set()
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Organization) and obj.id is not None:
            touched.add(obj.id)
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Registration):
            history = inspect(obj).attrs.organization_id.history
            touched.update(i for i in (*history.sum(), obj.organization_id) if i is not None)
    return touched


def _refresh_after_flush(session: Session, _flush: UOWTransaction) -> None:
    touched = _touched_organizations(session)
    if touched:
        refresh_search_keys(session.connection(), touched)


def _fill_name_key(_mapper: Any, _connection: Any, target: Organization | Person) -> None:
    target.name_key = stored_name_key(target.name, type(target).__table__.c.name_key)


def _fill_sort_key(_mapper: Any, _connection: Any, target: Organization) -> None:
    target.sort_key = stored_sort_key(target.kind, target.name, target.kana, target.lg_code)


for _model in (Organization, Person):
    event.listen(_model, "before_insert", _fill_name_key)
    event.listen(_model, "before_update", _fill_name_key)
event.listen(Organization, "before_insert", _fill_sort_key)
event.listen(Organization, "before_update", _fill_sort_key)
event.listen(Session, "after_flush", _refresh_after_flush)
