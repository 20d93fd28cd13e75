"""Comparison keys kept beside names: filled on every insert and update, never typed."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, event

from db.models import Organization, Person
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


def _fill_name_key(_mapper: Any, _connection: Any, target: Organization | Person) -> None:
    target.name_key = stored_name_key(target.name, type(target).__table__.c.name_key)


for _model in (Organization, Person):
    event.listen(_model, "before_insert", _fill_name_key)
    event.listen(_model, "before_update", _fill_name_key)
