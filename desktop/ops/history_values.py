"""How the change history says a value: the label of a code (waiting → キャンセル待ち), the name
of the record an id refers to (人: 4 → 鈴木 一郎), a date in the reader's calendar. The log keeps
what the database stored; the history says what the user sees everywhere else.

Everything here is read on the database worker, while the history is made; what it returns is
plain text or a Translatable (desktop.catalogue) that the window and the sheets put into words.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import Date, DateTime, inspect
from sqlalchemy.orm import Session

from db import fields as declared
from db import vocab
from db.models import Base, EventSession
from desktop.catalogue import QT_TR_NOOP, Listed, Spelled, Text, Translatable
from desktop.japanese.wareki import format_wareki

# The codes a column holds, by (table, column), and the words the window shows for them.
VOCABULARIES: dict[tuple[str, str], dict[str, str]] = {
    ("organization", "kind"): vocab.ORGANIZATION_KINDS,
    ("registration", "role"): vocab.REGISTRATION_ROLES,
    ("registration", "status"): vocab.REGISTRATION_STATUSES,
    ("continuation", "result"): vocab.CONTINUATION_RESULTS,
    ("council", "kind"): vocab.COUNCIL_KINDS,
    ("membership", "role"): vocab.MEMBER_ROLES,
    ("event_session", "format"): vocab.SESSION_FORMATS,
    ("participant", "status"): vocab.PARTICIPANT_STATUSES,
    ("participant", "attendance"): vocab.PARTICIPANT_ATTENDANCE,
    ("meeting", "format"): vocab.SESSION_FORMATS,
    ("invitation", "role"): vocab.MEMBER_ROLES,
    ("invitation", "reply"): vocab.REPLIES,
}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MODELS: dict[str, type[Base]] = {
    mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers
}


def field_label(table: str, column: str, fallback: str) -> str | Translatable:
    """What the forms call a column (上位会議 for parent_id): its declared label, or `fallback`
    (a marked label) for a column declared nowhere."""
    model = _MODELS.get(table)
    entity = declared.FIELDS.get(model, ()) if model is not None else ()
    found = next((f for f in entity if f.name == column), None)
    if found is None:
        return Text(fallback)
    if column.endswith("_id"):  # the record it refers to, which the history names
        return Spelled(found.label.removesuffix("ID"), found.english.removesuffix(" ID"))
    return Spelled(found.label, found.english)


class ValueWords:
    """Turns the logged values of one table's columns into what the user reads, looking each
    referenced record up once."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._names: dict[tuple[type[Base], int], str | Translatable] = {}

    def shown(self, table: str, column: str, value: Any) -> str | Translatable:
        if value is None or value == "" or value == []:
            return Text(QT_TR_NOOP("（空欄）") if value != [] else QT_TR_NOOP("（なし）"))
        if isinstance(value, bool):
            return Text(QT_TR_NOOP("はい") if value else QT_TR_NOOP("いいえ"))
        codes = VOCABULARIES.get((table, column))
        if codes is not None and isinstance(value, str):
            return Text(codes[value]) if value in codes else value
        target = self._referred(table, column)
        if target is not None:
            ids = value if isinstance(value, list) else [value]
            names = tuple(self._name(target, i) for i in ids if isinstance(i, int))
            return names[0] if len(names) == 1 and not isinstance(value, list) else Listed(names)
        if isinstance(value, list):
            return Listed(tuple(str(v) for v in value))
        if isinstance(value, str) and self._is_date(table, column) and _ISO_DATE.match(value):
            day = dt.date.fromisoformat(value[:10])
            return Spelled(
                format_wareki(day) + value[10:].replace("T", " "), value.replace("T", " ")
            )
        return str(value)

    def _referred(self, table: str, column: str) -> type[Base] | None:
        """The model an id column (or a list of ids, such as categories) refers to."""
        model = _MODELS.get(table)
        if model is None:
            return None
        mapper = inspect(model)
        if column in mapper.relationships:
            return mapper.relationships[column].mapper.class_
        if column not in model.__table__.columns:
            return None
        for key in model.__table__.columns[column].foreign_keys:
            return _MODELS.get(key.column.table.name)
        return None

    def _is_date(self, table: str, column: str) -> bool:
        model = _MODELS.get(table)
        if model is None or column not in model.__table__.columns:
            return False
        return isinstance(model.__table__.columns[column].type, Date | DateTime)

    def _name(self, model: type[Base], row_id: int) -> str | Translatable:
        key = (model, row_id)
        if key not in self._names:
            self._names[key] = self._look_up(model, row_id)
        return self._names[key]

    def _look_up(self, model: type[Base], row_id: int) -> str | Translatable:
        record = self.session.get(model, row_id)
        if record is None:
            return Text(QT_TR_NOOP("（削除済み ID {id}）"), id=row_id)
        if isinstance(record, EventSession):
            return Text(
                QT_TR_NOOP("{series} 第{number}回"), series=record.series.name, number=record.number
            )
        for attribute in ("name", "title"):
            named = getattr(record, attribute, None)
            if isinstance(named, str) and named:
                return named
        return f"ID {row_id}"
