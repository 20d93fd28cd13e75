"""What an operation changed, as the database work itself says it: tables and row ids."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update

from db import backup, bulk, changes
from db.database import Database
from db.errors import ValidationError
from db.models import Organization, Person, Registration
from desktop.ops import duplicates, registrations


def saved_organization(db: Database, data: registrations.OrganizationInput) -> int:
    with db.transaction() as session:
        return registrations.save_organization(session, data)


def test_an_edit_says_which_rows_it_inserted_updated_and_deleted(any_database: Database) -> None:
    with changes.recording() as changed:
        new_id = saved_organization(
            any_database, registrations.OrganizationInput(name="総務省", kind="ministry")
        )
    assert changed().inserted == {"organization": {new_id}}
    assert changed().tables == {"organization"}  # the audit log is not a change anyone views
    assert not changed().everything

    with changes.recording() as changed:
        saved_organization(
            any_database,
            registrations.OrganizationInput(
                id=new_id, version=1, name="総務省", kind="ministry", note="備考"
            ),
        )
    assert changed().updated == {"organization": {new_id}}
    assert not changed().inserted

    with changes.recording() as changed, any_database.transaction() as session:
        registrations.delete_organization(session, new_id, None)
    assert changed().deleted == {"organization": {new_id}}
    assert changed().touches(["organization", "person"])
    assert not changed().touches(["event_session"])


def test_work_rolled_back_changed_nothing(any_database: Database) -> None:
    with (
        changes.recording() as changed,
        pytest.raises(ValidationError),
        any_database.transaction() as session,
    ):
        registrations.save_organization(
            session, registrations.OrganizationInput(name="総務省", kind="ministry")
        )
        registrations.save_organization(  # refused: the first one is not kept either
            session, registrations.OrganizationInput(name="秩父市", kind="municipality")
        )
    assert not changed()


def test_bulk_inserts_and_plain_statements_are_noted(any_database: Database) -> None:
    with changes.recording() as changed, any_database.transaction() as session:
        ids = bulk.insert_new(
            session,
            Organization,
            [
                {"name": "株式会社いち", "kind": "company"},
                {"name": "株式会社に", "kind": "company"},
            ],
        )
    assert changed().inserted == {"organization": set(ids)}
    assert not changed().touched  # its rows are known: not also noted as "rows unknown"

    with changes.recording() as changed, any_database.transaction() as session:
        session.execute(
            update(Organization).where(Organization.id == ids[0]).values(note="一括で変更")
        )
    assert changed().touched == {"organization"}  # no operation can change a table unnoticed
    assert changed().touches(["organization"])


def test_reading_changes_nothing(any_demo_db: Database) -> None:
    with changes.recording() as changed, any_demo_db.transaction() as session:
        session.scalars(select(Organization)).all()
    assert not changed()


def test_a_merge_lists_the_merged_records(any_demo_db: Database) -> None:
    with any_demo_db.transaction() as session:
        first = Organization(kind="company", name="株式会社まなび")
        second = Organization(kind="company", name="㈱まなび")
        contact = Person(name="佐藤 花子", organization=second)
        session.add_all([first, second, contact])
        session.flush()
        first_id, second_id, contact_id = first.id, second.id, contact.id

    with changes.recording() as changed:
        duplicates.merge(any_demo_db, "organization", first_id, second_id, (1, 1))
    assert changed().deleted["organization"] == {second_id}
    assert changed().updated["person"] == {contact_id}  # the contact moved to the kept one
    assert Registration.__tablename__ not in changed().tables  # it had none


def test_a_restore_changed_everything(demo_db: Database, tmp_path: Path) -> None:
    copy = backup.take_backup(demo_db)
    with changes.recording() as changed:
        backup.restore(demo_db, copy)
    assert changed().everything
    assert changed().touches(["anything"])
