"""Comparison keys kept beside names: filled on every insert and update, never typed."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from db.models import Organization, Person
from desktop.japanese.text import normalize_for_compare


def _fill_name_key(_mapper: Any, _connection: Any, target: Organization | Person) -> None:
    target.name_key = normalize_for_compare(target.name or "")


for _model in (Organization, Person):
    event.listen(_model, "before_insert", _fill_name_key)
    event.listen(_model, "before_update", _fill_name_key)
