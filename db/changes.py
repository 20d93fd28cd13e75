"""What a piece of database work changed: which tables, which row ids — said by the work itself.

A recording is opened around a piece of work (the window's worker opens one around every job).
While it is open, every ORM flush notes the rows it inserted, updated and deleted; bulk
statements note their rows themselves (note_rows); any other INSERT, UPDATE or DELETE notes its
table, its rows unknown; a restore notes "everything". What a transaction that is rolled back
did is forgotten. The result is plain data (table names and ints), safe to hand to another
thread: no operation has to remember to say what it changed.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import Connection, Delete, Engine, Insert, Update, event
from sqlalchemy.orm import Mapper, Session, UOWTransaction

from db.change_set import EVERYTHING, ChangeSet
from db.models import AuditEntry, Base

Action = Literal["inserted", "updated", "deleted"]
# The record of changes is not itself a change anyone is shown.
NOT_A_CHANGE = frozenset({AuditEntry.__tablename__})
# Given to a statement whose rows were noted by hand (note_rows), so that it is not noted twice.
NOTED = {"changes_noted": True}


@dataclass
class _Rows:
    """Changes noted on one connection, or committed."""

    ids: dict[Action, dict[str, set[int]]] = field(
        default_factory=lambda: {"inserted": {}, "updated": {}, "deleted": {}}
    )
    touched: set[str] = field(default_factory=set)

    def add(self, action: Action, table: str, ids: Iterable[int]) -> None:
        if table not in NOT_A_CHANGE:
            self.ids[action].setdefault(table, set()).update(ids)

    def take(self, other: _Rows) -> None:
        for action, tables in other.ids.items():
            for table, ids in tables.items():
                self.add(action, table, ids)
        self.touched |= other.touched


class _Recording:
    def __init__(self) -> None:
        self.committed = _Rows()
        self.pending: dict[Connection, _Rows] = {}
        self.flushing: set[Connection] = set()  # their statements are noted by the flush
        self.everything = False

    def on(self, connection: Connection) -> _Rows:
        return self.pending.setdefault(connection, _Rows())

    def result(self) -> ChangeSet:
        if self.everything:
            return EVERYTHING

        def frozen(action: Action) -> dict[str, frozenset[int]]:
            return {t: frozenset(ids) for t, ids in self.committed.ids[action].items()}

        return ChangeSet(
            frozen("inserted"),
            frozen("updated"),
            frozen("deleted"),
            frozenset(self.committed.touched),
        )


_current: contextvars.ContextVar[_Recording | None] = contextvars.ContextVar(
    "changes_recording", default=None
)


@contextlib.contextmanager
def recording() -> Iterator[Callable[[], ChangeSet]]:
    """Note what the work done inside the block commits; the function yielded says what."""
    install()
    recorder = _Recording()
    token = _current.set(recorder)
    try:
        yield recorder.result
    finally:
        _current.reset(token)


def note_rows(session: Session, action: Action, table: str, ids: Iterable[int]) -> None:
    """Rows changed by a statement sent past the ORM (bulk inserts), to be noted with it."""
    recorder = _current.get()
    if recorder is not None:
        recorder.on(session.connection()).add(action, table, ids)


def note_everything() -> None:
    """The whole database was replaced (a restore): whatever shows any of it reloads."""
    recorder = _current.get()
    if recorder is not None:
        recorder.everything = True


def _flush_begins(_mapper: Mapper[Any], connection: Connection, _target: Any) -> None:
    recorder = _current.get()
    if recorder is not None:
        recorder.flushing.add(connection)


def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    recorder = _current.get()
    if recorder is None:
        return
    rows = recorder.on(session.connection())
    for obj in session.new:
        if isinstance(obj, Base):
            rows.add("inserted", obj.__tablename__, _id(obj))
    for obj in session.dirty:
        if isinstance(obj, Base) and session.is_modified(obj):
            rows.add("updated", obj.__tablename__, _id(obj))
    # Those deleted by name and those removed from a delete-orphan collection (as db.audit).
    for state, (is_delete, list_only) in flush_context.states.items():
        obj = state.obj()
        if is_delete and not list_only and isinstance(obj, Base):
            rows.add("deleted", obj.__tablename__, _id(obj))


def _id(obj: Base) -> list[int]:
    row_id = getattr(obj, "id", None)
    return [row_id] if isinstance(row_id, int) else []


def _flush_ends(session: Session, _flush_context: UOWTransaction) -> None:
    recorder = _current.get()
    if recorder is not None:
        recorder.flushing.discard(session.connection())


def _after_execute(
    connection: Connection,
    statement: Any,
    _multiparams: Any,
    _params: Any,
    execution_options: Mapping[str, Any],
    _result: Any,
) -> None:
    """A statement that changes a table outside a flush: its table is noted, rows unknown."""
    recorder = _current.get()
    if (
        recorder is None
        or not isinstance(statement, Insert | Update | Delete)
        or connection in recorder.flushing
        or statement.get_execution_options().get("changes_noted")
        or execution_options.get("changes_noted")
    ):
        return
    table = getattr(statement.table, "name", None)
    if table and table not in NOT_A_CHANGE:
        recorder.on(connection).touched.add(table)


def _committed(connection: Connection) -> None:
    recorder = _current.get()
    if recorder is not None and connection in recorder.pending:
        recorder.committed.take(recorder.pending.pop(connection))
        recorder.flushing.discard(connection)


def _rolled_back(connection: Connection) -> None:
    recorder = _current.get()
    if recorder is not None:
        recorder.pending.pop(connection, None)
        recorder.flushing.discard(connection)


def install() -> None:
    """Listen to every session and engine (idempotent)."""
    if event.contains(Session, "after_flush", _after_flush):
        return
    for moment in ("before_insert", "before_update", "before_delete"):
        event.listen(Base, moment, _flush_begins, propagate=True)
    event.listen(Session, "after_flush", _after_flush)
    event.listen(Session, "after_flush_postexec", _flush_ends)
    event.listen(Engine, "after_execute", _after_execute)
    event.listen(Engine, "commit", _committed)
    event.listen(Engine, "rollback", _rolled_back)
