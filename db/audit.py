"""The audit log: every insert, update and delete made through an ORM session is recorded.

The hook runs inside the flush, on the same connection, so an audit row is written in the same
transaction as the change it describes: a rolled-back change leaves no audit row behind.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import functools
import getpass
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Time, event, insert, inspect
from sqlalchemy.orm import Session, UOWTransaction

from db.models import AuditEntry, Base
from desktop.catalogue import QT_TR_NOOP

# Who the change history names for the records of the demo data (db.demo), in any language.
DEMO_USER = QT_TR_NOOP("デモデータ")
# Who is making changes; the CLI and the GUI leave the OS user name, tests may set another.
current_user: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "current_user", default=None
)
# The import batch a change belongs to, so that a batch can be listed and undone.
current_batch: contextvars.ContextVar[int | None] = contextvars.ContextVar(
    "current_batch", default=None
)


class Written:
    """The audit entries a piece of work wrote (its ids), so that the window can undo exactly
    that work; `imported` when some came from an import batch (undone by the batch's own undo)."""

    def __init__(self) -> None:
        self.ids: list[int] = []
        self.imported = False
        # The version each changed record has after the work: an undo is refused when the
        # record's version differs by then (someone else saved it meanwhile).
        self.versions: dict[tuple[str, int], int] = {}


_written: contextvars.ContextVar[Written | None] = contextvars.ContextVar(
    "audit_written", default=None
)


@contextlib.contextmanager
def noting_entries() -> Iterator[Written]:
    """Note the ids of the audit entries written inside the block (those of a transaction that
    is rolled back are noted too: the caller keeps them only when the work succeeded)."""
    written = Written()
    token = _written.set(written)
    try:
        yield written
    finally:
        _written.reset(token)


def _user(session: Session | None = None) -> str:
    """Who made the change: the OS user, and on a server the database role they connected as
    ("tanaka（DB: secdesk）"), since several people may share one PC account or one role."""
    person = current_user.get() or _login_name()
    bind = session.get_bind() if session is not None else None
    url = getattr(bind, "url", None)
    if url is not None and url.get_backend_name() != "sqlite" and url.username:
        person = f"{person}（DB: {url.username}）"
    return person[:100]  # the column's width


@functools.cache
def _login_name() -> str:
    """The OS user, asked once: the lookup is slow and the answer does not change."""
    try:
        return getpass.getuser()
    except Exception:  # no login name (service account, container): still record the change
        return "unknown"


def plain(value: Any) -> Any:
    """A JSON-safe form of a column value."""
    if value is None or isinstance(value, str | int | float):  # most values: nothing to do
        return value
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return value


_JSON_READY = frozenset({str, int, float, bool, type(None)})


def logged_value(model: type[Base], key: str, value: Any) -> Any:
    """A value as the log keeps it (see `plain`), back in the type of the model's column `key`:
    dates, times and moments from their ISO text, a yes/no from 0 or 1. Numbers and text come
    back from JSON as they went in; a key that is not a column (a collection's ids) is left."""
    column = inspect(model).columns.get(key)
    if column is None or value is None:
        return value
    kind = column.type
    if isinstance(value, str):
        if isinstance(kind, DateTime):
            return dt.datetime.fromisoformat(value)
        if isinstance(kind, Date):
            return dt.date.fromisoformat(value)
        if isinstance(kind, Time):
            return dt.time.fromisoformat(value)
    if isinstance(kind, Boolean) and isinstance(value, int):
        return bool(value)
    return value


def put_logged_values(session: Session, obj: Base, values: dict[str, Any]) -> None:
    """Set on a record the values an entry logged (its `before` or `after`): each column in its
    own type, each many-to-many collection, logged as ids, as the records with those ids."""
    model = type(obj)
    mapper = inspect(model)
    for key, value in values.items():
        if key in mapper.relationships:
            target = mapper.relationships[key].mapper.class_
            ids = value if isinstance(value, list) else []
            setattr(obj, key, [session.get_one(target, i) for i in ids])
        elif key in mapper.columns:
            setattr(obj, key, logged_value(model, key, value))


@functools.cache
def _unaudited(table: str) -> frozenset[str]:
    """The columns of a table the log leaves out (info={"audited": False}): keys worked out
    from other columns, which an undo of those brings back by itself."""
    columns = Base.metadata.tables[table].columns
    return frozenset(c.key for c in columns if c.info.get("audited", True) is False)


def _row(obj: Base) -> dict[str, Any]:
    """All columns, and the ids in many-to-many collections (categories …)."""
    mapper = inspect(obj).mapper
    skipped = _unaudited(obj.__tablename__)
    row = {c.key: plain(getattr(obj, c.key)) for c in mapper.column_attrs if c.key not in skipped}
    for rel in mapper.relationships:
        if rel.secondary is not None:
            row[rel.key] = sorted(o.id for o in getattr(obj, rel.key))
    return row


def _changes(obj: Base) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    skipped = _unaudited(obj.__tablename__)
    for attr in state.mapper.column_attrs:
        if attr.key in ("version", "updated_at") or attr.key in skipped:
            continue
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            before[attr.key] = plain(hist.deleted[0]) if hist.deleted else None
            after[attr.key] = plain(hist.added[0]) if hist.added else None
    for rel in state.mapper.relationships:
        if rel.secondary is None:
            continue  # many-to-one / one-to-many changes show up on the owning row itself
        hist = state.attrs[rel.key].history
        if hist.has_changes():
            before[rel.key] = sorted(o.id for o in [*hist.unchanged, *hist.deleted])
            after[rel.key] = sorted(o.id for o in [*hist.unchanged, *hist.added])
    return before, after


def _entry_maker(
    session: Session | None = None,
) -> Callable[[str, str, int | None, Any, Any], dict[str, Any]]:
    """Builds audit rows that share one time stamp, user and import batch."""
    now = dt.datetime.now().replace(microsecond=0)
    user = _user(session)
    batch = current_batch.get()

    def entry(
        action: str, table: str, row_id: int | None, before: Any, after: Any
    ) -> dict[str, Any]:
        return {
            "at": now,
            "user": user,
            "action": action,
            "table_name": table,
            "row_id": row_id,
            "before": before,
            "after": after,
            "import_batch_id": batch,
        }

    return entry


def log_inserts(session: Session, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """Audit rows for records inserted without the unit of work (bulk imports).

    Each row holds every column (and many-to-many ids), as the flush hook would record it.
    """
    entry = _entry_maker(session)
    skipped = _unaudited(table)
    # `plain` asked only for values that need it: a long import logs hundreds of thousands.
    entries = [
        entry(
            "insert",
            table,
            row["id"],
            None,
            {
                k: v if type(v) in _JSON_READY else plain(v)
                for k, v in row.items()
                if k not in skipped
            },
        )
        for row in rows
    ]
    if entries:
        _write(session, entries)


def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    entry = _entry_maker(session)
    rows: list[dict[str, Any]] = []

    def add(action: str, obj: Base, before: Any, after: Any) -> None:
        rows.append(entry(action, obj.__tablename__, getattr(obj, "id", None), before, after))

    for obj in session.new:
        if isinstance(obj, Base) and not isinstance(obj, AuditEntry):
            add("insert", obj, None, _row(obj))
    for obj in session.dirty:
        if isinstance(obj, Base) and not isinstance(obj, AuditEntry):
            before, after = _changes(obj)
            if after or before:
                add("update", obj, before, after)
    # Every row the flush deleted: those deleted by name, and those deleted because they were
    # removed from a delete-orphan collection (project.proposer_links.clear()), which only the
    # flush itself knows about.
    for state, (is_delete, list_only) in flush_context.states.items():
        obj = state.obj()
        if (
            is_delete
            and not list_only
            and isinstance(obj, Base)
            and not isinstance(obj, AuditEntry)
        ):
            add("delete", obj, _row(obj), None)
    if rows:
        _write(session, rows)
        _note_versions(session, flush_context)


def _note_versions(session: Session, flush_context: UOWTransaction) -> None:
    written = _written.get()
    if written is None:
        return
    for obj in (*session.new, *session.dirty):
        version, row_id = getattr(obj, "version", None), getattr(obj, "id", None)
        if isinstance(version, int) and isinstance(row_id, int):
            written.versions[(obj.__tablename__, row_id)] = version
    for state, (is_delete, _list_only) in flush_context.states.items():
        obj = state.obj()
        row_id = getattr(obj, "id", None)
        if is_delete and isinstance(obj, Base) and isinstance(row_id, int):
            written.versions.pop((obj.__tablename__, row_id), None)


def _write(session: Session, rows: list[dict[str, Any]]) -> None:
    written = _written.get()
    if written is None or current_batch.get() is not None:
        # Nobody asks which entries (or an import, which the window does not undo entry by
        # entry): the plain insert, without reading the ids back.
        if written is not None:
            written.imported = True
        session.connection().execute(insert(AuditEntry), rows)
        return
    result = session.connection().execute(insert(AuditEntry).returning(AuditEntry.id), rows)
    written.ids.extend(result.scalars())


def _before_flush(session: Session, _context: UOWTransaction, _instances: object) -> None:
    # A record deleted after an earlier flush of the same transaction has columns expired (the
    # time stamps the database set); read them while the row is still there, for the entry the
    # after-flush hook writes of the delete.
    for obj in session.deleted:
        state = inspect(obj)
        if isinstance(obj, Base) and state.expired_attributes:
            session.refresh(obj, attribute_names=list(state.expired_attributes))


def install(session_class: type[Session] = Session) -> None:
    """Attach the audit hooks to every session of the given class (idempotent)."""
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)
    if not event.contains(session_class, "after_flush", _after_flush):
        event.listen(session_class, "after_flush", _after_flush)
