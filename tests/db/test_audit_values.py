"""What the audit log kept of a record, put back on a record: every column in its own type
(dates, times, moments, yes/no, numbers, text) and the many-to-many collections by their ids, as
an undo or a revert puts it back."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from db import audit
from db.database import Database
from db.models import AuditEntry, Base, EventSession, MeasureSelection, Registration


@pytest.mark.parametrize("model", [EventSession, Registration, MeasureSelection])
def test_a_logged_record_comes_back_as_it_was_stored(
    any_demo_db: Database, model: type[Base]
) -> None:
    with any_demo_db.sessions() as session:
        made = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.table_name == model.__tablename__, AuditEntry.action == "insert")
            .order_by(AuditEntry.id)
        ).first()
        assert made is not None and made.after is not None
        stored = session.get_one(model, made.row_id)
        again = model()
        audit.put_logged_values(session, again, made.after)

        def value(record: Base, key: str) -> Any:
            found = getattr(record, key)
            if isinstance(found, dt.datetime):
                return found.replace(microsecond=0)  # the log keeps moments to the second
            return sorted(r.id for r in found) if isinstance(found, list) else found

        for key in made.after:
            assert value(again, key) == value(stored, key), key
            assert type(value(again, key)) is type(value(stored, key)), key
