"""Organizations made and saved from code as the 団体 form saves them: for the tests of what
follows such a save (its history, putting it back, another PC saving meanwhile)."""

from __future__ import annotations

import dataclasses

from db.database import Database
from desktop.ops import registrations


def new_organization(db: Database, name: str) -> int:
    """A company of that name; its id."""
    with db.transaction() as session:
        return registrations.save_organization(
            session, registrations.OrganizationInput(name=name, kind="company")
        )


def edit_organization(db: Database, org_id: int, **changes: str) -> None:
    """Read the organization, then save it with the changes and every other field as read
    (with the version read: the save is refused when it has been saved since)."""
    with db.sessions() as session:
        detail = registrations.get_organization(session, org_id)
    as_read = registrations.OrganizationInput(
        **{
            field.name: getattr(detail, field.name)
            for field in dataclasses.fields(registrations.OrganizationInput)
        }
    )
    with db.transaction() as session:
        registrations.save_organization(session, dataclasses.replace(as_read, **changes))
