"""Putting changes back: 「この変更を元に戻す」 in a record's history, and 元に戻す / やり直す
(Ctrl+Z / Ctrl+Y) in the window, which put back what one piece of the user's work changed.

A change is put back by a new change, audited like any other: the old values of the fields an
update changed, a deleted record made again (with its id, so that its history goes on), a created
record deleted. It is refused, with one sentence saying why, when later work depends on it: a later
change of the same field (of the same record, for an undo), the record deleted since, a record it
refers to gone, a record that refers to one it would delete, a name another record now uses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, UniqueConstraint, func, inspect, select
from sqlalchemy.orm import Session

from db import audit
from db.database import lock_for_writing
from db.errors import ConflictError, UserError
from db.models import AuditEntry, Base
from desktop.catalogue import QT_TR_NOOP, Listed, Spelled, Text, Translatable
from desktop.japanese.wareki import format_wareki
from desktop.ops.history import FIELD_LABELS, TABLE_LABELS, changed_columns, changes_in
from desktop.ops.history_values import ValueWords, field_label

_MODELS: dict[str, type[Base]] = {m.class_.__tablename__: m.class_ for m in Base.registry.mappers}
# Kept by the database itself: never put back.
_KEPT = {"version", "updated_at"}
# What an undo calls the work it puts back, by the action of its main entry.
_WORK = {"insert": QT_TR_NOOP("追加"), "update": QT_TR_NOOP("編集"), "delete": QT_TR_NOOP("削除")}
# Columns that name a record better than its id, for a record without a name of its own.
_NAMING = ("person_id", "organization_id", "council_id", "series_id", "session_id", "program_id")

Key = tuple[str, int]  # (table, id)


@dataclass(frozen=True)
class Reverting:
    """What putting the changes back will do, one line per change, in the user's words."""

    lines: tuple[Translatable, ...]

    def words(self, lang: str) -> str:
        return "\n".join(line.text(lang) for line in self.lines)


def plan(
    session: Session, entry_ids: Sequence[int], versions: dict[Key, int] | None = None
) -> Reverting:
    """What `revert` would change, or its refusal (a UserError) when later work depends on it.

    `versions` (an undo): the version each record had after the work; any later change of the
    same record refuses it. Without (one change from a history): only a later change of the same
    field does."""
    entries = _entries(session, entry_ids)
    words = ValueWords(session)
    _refuse_if_depended_on(session, entries, words, versions)
    return Reverting(tuple(_line(session, e, words) for e in reversed(entries)))


def revert(
    session: Session, entry_ids: Sequence[int], versions: dict[Key, int] | None = None
) -> int:
    """Put back what the entries changed, newest first, as one new audited change; returns
    how many records it changed. Refused as `plan` says."""
    lock_for_writing(session)  # nothing checked below may change before the change is stored
    entries = _entries(session, entry_ids)
    _refuse_if_depended_on(session, entries, ValueWords(session), versions)
    with session.no_autoflush:
        for entry in reversed(entries):
            _put_back(session, entry)
    session.flush()  # the unit of work orders the rows: parents made before their children
    return len({(e.table_name, _key(e)) for e in entries})


def describe(session: Session, entry_ids: Sequence[int]) -> Translatable:
    """What the user calls the work: 「参加者「鈴木 一郎」の編集」."""
    entries = _entries(session, entry_ids)
    main = _main_entry(entries)
    return Text(
        QT_TR_NOOP("{record}の{work}"),
        record=_record(session, main, ValueWords(session)),
        work=Text(_WORK.get(main.action, main.action)),
    )


# --- reading the log -------------------------------------------------------------------------


def _entries(session: Session, entry_ids: Sequence[int]) -> list[AuditEntry]:
    entries = list(
        session.scalars(
            select(AuditEntry).where(AuditEntry.id.in_(list(entry_ids))).order_by(AuditEntry.id)
        )
    )
    if not entries or len(entries) != len(set(entry_ids)):
        raise UserError(QT_TR_NOOP("この変更は変更履歴にありません。一覧を更新してください。"))
    unknown = next((e for e in entries if e.table_name not in _MODELS), None)
    if unknown is not None:
        raise UserError(
            QT_TR_NOOP("この変更（{table}）は元に戻せません。"), table=unknown.table_name
        )
    return entries


def _key(entry: AuditEntry) -> tuple[object, ...] | None:
    """The primary key of the entry's row: its id, or a link row's key columns."""
    if entry.row_id is not None:
        return (entry.row_id,)
    values = entry.after or entry.before or {}
    key = tuple(values.get(c.name) for c in inspect(_MODELS[entry.table_name]).primary_key)
    return None if None in key else key


def _current(session: Session, entry: AuditEntry) -> Base | None:
    key = _key(entry)
    return session.get(_MODELS[entry.table_name], key) if key is not None else None


def _later(session: Session, entry: AuditEntry, unit: set[int]) -> list[AuditEntry]:
    """The changes of the same record made after the entry, not by the work being put back."""
    query = select(AuditEntry).where(
        AuditEntry.table_name == entry.table_name, AuditEntry.id > entry.id
    )
    if entry.row_id is not None:
        query = query.where(AuditEntry.row_id == entry.row_id)
    key = _key(entry)
    return [
        e
        for e in session.scalars(query.order_by(AuditEntry.id))
        if e.id not in unit and _key(e) == key
    ]


def _main_entry(entries: Sequence[AuditEntry]) -> AuditEntry:
    """The entry the work is named after: not a record made on the way for it (the organization
    a new registration names), nor a part deleted with its record (a series' sessions)."""
    made = {(e.table_name, e.row_id) for e in entries if e.action == "insert"}
    removed = {(e.table_name, e.row_id) for e in entries if e.action == "delete"}
    named_by_made = {k for e in entries if e.action == "insert" for k in _refers(e)}
    for entry in entries:
        if entry.action == "insert" and (entry.table_name, entry.row_id) in named_by_made & made:
            continue
        if entry.action == "delete" and set(_refers(entry)) & removed:
            continue
        return entry
    return entries[0]


def _refers(entry: AuditEntry) -> list[tuple[str, int | None]]:
    return list(_references(entry.table_name, entry.after or entry.before or {}))


def _references(table: str, values: dict[str, Any]) -> list[Key]:
    """The records a row's values refer to (its foreign keys)."""
    found: list[Key] = []
    model = _MODELS.get(table)
    if model is None:
        return found
    for column in model.__table__.columns:
        value = values.get(column.key)
        for fk in column.foreign_keys:
            if isinstance(value, int):
                found.append((fk.column.table.name, value))
    return found


# --- saying it --------------------------------------------------------------------------------


def _moment(at: dt.datetime) -> Spelled:
    return Spelled(f"{format_wareki(at.date())} {at:%H:%M}", f"{at:%Y-%m-%d %H:%M}")


def _record(session: Session, entry: AuditEntry, words: ValueWords) -> Text:
    """「参加者「鈴木 一郎」」: the record's kind and name, from the record or, once deleted,
    from what the log kept of it."""
    table = entry.table_name
    obj = _current(session, entry)
    values: dict[str, Any] = {**(entry.before or {}), **(entry.after or {})}
    if obj is not None:
        values = {c.key: getattr(obj, c.key) for c in inspect(type(obj)).column_attrs}
    label = TABLE_LABELS.get(table)
    return Text(
        QT_TR_NOOP("{table}「{name}」"),
        table=Text(label) if label else table,
        name=_name(table, values, words, entry.row_id),
    )


def _name(
    table: str, values: dict[str, Any], words: ValueWords, row_id: int | None
) -> str | Translatable:
    for column in ("name", "title", "theme"):
        if isinstance(values.get(column), str) and values[column]:
            return str(values[column])
    if table == "event_session" and values.get("series_id") is not None:
        return Text(
            QT_TR_NOOP("{series} 第{number}回"),
            series=words.shown("event_session", "series_id", values["series_id"]),
            number=values.get("number"),
        )
    for column in _NAMING:
        if values.get(column) is not None:
            return words.shown(table, column, values[column])
    return f"ID {row_id}"


def _line(session: Session, entry: AuditEntry, words: ValueWords) -> Translatable:
    record = _record(session, entry, words)
    if entry.action == "insert":
        return Text(QT_TR_NOOP("{record}を削除します。"), record=record)
    if entry.action == "delete":
        return Text(QT_TR_NOOP("削除された{record}を元どおりに作ります。"), record=record)
    backwards = tuple(
        Text(
            QT_TR_NOOP("{field}: {before} → {after}"),
            field=c.field,
            before=c.after,
            after=c.before,
        )
        for c in changes_in(entry, words)
    )
    return Text(
        QT_TR_NOOP("{record}を戻します（{changes}）。"), record=record, changes=Listed(backwards)
    )


def _field(table: str, column: str) -> str | Translatable:
    return field_label(table, column, FIELD_LABELS.get(column, column))


# --- refusing ---------------------------------------------------------------------------------


def _refuse_if_depended_on(
    session: Session,
    entries: Sequence[AuditEntry],
    words: ValueWords,
    versions: dict[Key, int] | None,
) -> None:
    unit = {e.id for e in entries}
    made = {(e.table_name, e.row_id) for e in entries if e.action == "insert"}
    remade = {(e.table_name, e.row_id) for e in entries if e.action == "delete"}
    for entry in entries:
        record = _record(session, entry, words)
        later = _later(session, entry, unit)
        gone = next((e for e in later if e.action == "delete"), None)
        if gone is not None:
            raise ConflictError(
                QT_TR_NOOP("{record}は {when} に {user} さんが削除したため、元に戻せません。"),
                record=record,
                when=_moment(gone.at),
                user=gone.user,
            )
        obj = _current(session, entry)
        if entry.action == "delete":
            if obj is not None:
                raise ConflictError(
                    QT_TR_NOOP("{record}はすでに元どおりに作られています。"), record=record
                )
        elif obj is None:
            raise ConflictError(QT_TR_NOOP("{record}はもうありません。"), record=record)
        _refuse_later_changes(entry, later, record, whole_record=versions is not None)
        if versions is not None and obj is not None and entry.row_id is not None:
            expected = versions.get((entry.table_name, entry.row_id))
            if expected is not None and getattr(obj, "version", expected) != expected:
                raise ConflictError(
                    QT_TR_NOOP(
                        "{record}はその後ほかの人（別の PC など）が変更したため、元に戻せません。"
                    ),
                    record=record,
                )
        if entry.action == "insert":
            _refuse_if_referred_to(session, entry, record, made)
        else:
            _refuse_if_refers_to_gone(session, entry, record, remade)
            _refuse_if_taken(session, entry, words)


def _refuse_later_changes(
    entry: AuditEntry, later: list[AuditEntry], record: Text, *, whole_record: bool
) -> None:
    for change in later:
        if whole_record or entry.action == "insert":
            raise ConflictError(
                QT_TR_NOOP(
                    "{record}はその後 {when} に {user} さんが変更したため、元に戻せません。"
                ),
                record=record,
                when=_moment(change.at),
                user=change.user,
            )
        if entry.action != "update":
            continue
        same = set(changed_columns(entry)) & set(changed_columns(change))
        if same:
            raise ConflictError(
                QT_TR_NOOP(
                    "{record}の{field}はその後 {when} に {user} さんが変更したため、"
                    "元に戻せません（新しい変更から順に戻してください）。"
                ),
                record=record,
                field=_field(entry.table_name, sorted(same)[0]),
                when=_moment(change.at),
                user=change.user,
            )


def _refuse_if_referred_to(
    session: Session, entry: AuditEntry, record: Text, deleted_too: set[tuple[str, int | None]]
) -> None:
    """A record made by the change is deleted to put it back: not while another refers to it
    (link rows without an id of their own, such as a project's proposers, go with it)."""
    if entry.row_id is None:
        return
    for model in _MODELS.values():
        table = model.__table__
        if "id" not in table.c:
            continue
        for column in table.columns:
            if not any(fk.column.table.name == entry.table_name for fk in column.foreign_keys):
                continue
            ids = session.scalars(select(table.c.id).where(column == entry.row_id))
            if any((model.__tablename__, i) not in deleted_too for i in ids):
                label = TABLE_LABELS.get(model.__tablename__)
                raise ConflictError(
                    QT_TR_NOOP(
                        "{record}を参照している{other}があるため、削除して元に戻すことはできません。"
                    ),
                    record=record,
                    other=Text(label) if label else model.__tablename__,
                )


def _refuse_if_refers_to_gone(
    session: Session, entry: AuditEntry, record: Text, made_again: set[tuple[str, int | None]]
) -> None:
    """The values put back may name only records that are still there (or made again with
    them)."""
    values = entry.before or {}
    model = _MODELS[entry.table_name]
    mapper = inspect(model)
    for column in model.__table__.columns:
        value = values.get(column.key)
        for fk in column.foreign_keys:
            target = fk.column.table.name
            if (
                isinstance(value, int)
                and (target, value) not in made_again
                and target in _MODELS
                and session.get(_MODELS[target], value) is None
            ):
                raise ConflictError(
                    QT_TR_NOOP(
                        "{record}の{field}だった{target}（ID {id}）が削除されているため、"
                        "元に戻せません。"
                    ),
                    record=record,
                    field=_field(entry.table_name, column.key),
                    target=Text(TABLE_LABELS.get(target, target)),
                    id=value,
                )
    for key, value in values.items():
        if key in mapper.relationships and isinstance(value, list):
            target_model = mapper.relationships[key].mapper.class_
            missing = [i for i in value if session.get(target_model, i) is None]
            if missing:
                raise ConflictError(
                    QT_TR_NOOP(
                        "{record}の{field}だった{target}（ID {id}）が削除されているため、"
                        "元に戻せません。"
                    ),
                    record=record,
                    field=_field(entry.table_name, key),
                    target=Text(TABLE_LABELS.get(target_model.__tablename__, key)),
                    id=missing[0],
                )


def _refuse_if_taken(session: Session, entry: AuditEntry, words: ValueWords) -> None:
    """A name (or another value only one record may have) put back must not be another's now."""
    model = _MODELS[entry.table_name]
    table: Table = model.__table__  # type: ignore[assignment]
    restored = {k: audit.logged_value(model, k, v) for k, v in (entry.before or {}).items()}
    obj = _current(session, entry)
    unique_sets: list[tuple[str, ...]] = [(c.key,) for c in table.columns if c.unique] + [
        tuple(c.key for c in constraint.columns)
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    ]
    for columns in unique_sets:
        if not any(c in restored for c in columns):
            continue
        values = {c: restored[c] if c in restored else getattr(obj, c, None) for c in columns}
        if any(v is None for v in values.values()):
            continue
        query = (
            select(func.count())
            .select_from(model)
            .where(*(table.c[c] == v for c, v in values.items()))
        )
        if entry.row_id is not None and "id" in table.c:
            query = query.where(table.c.id != entry.row_id)
        if session.scalar(query):
            column = next(c for c in columns if c in restored)
            raise ConflictError(
                QT_TR_NOOP("{field}「{value}」はほかの{table}が使っているため、元に戻せません。"),
                field=_field(entry.table_name, column),
                value=words.shown(entry.table_name, column, (entry.before or {})[column]),
                table=Text(TABLE_LABELS.get(entry.table_name, entry.table_name)),
            )


# --- putting back -----------------------------------------------------------------------------


def _put_back(session: Session, entry: AuditEntry) -> None:
    model = _MODELS[entry.table_name]
    obj = _current(session, entry)
    if entry.action == "insert" and obj is not None:
        session.delete(obj)
    elif entry.action == "update" and obj is not None:
        audit.put_logged_values(session, obj, _put_back_values(entry))
    elif entry.action == "delete" and obj is None:
        made = model()
        audit.put_logged_values(session, made, _put_back_values(entry))
        session.add(made)


def _put_back_values(entry: AuditEntry) -> dict[str, Any]:
    """The logged values to put back: all but those the database keeps itself."""
    return {k: v for k, v in (entry.before or {}).items() if k not in _KEPT}
