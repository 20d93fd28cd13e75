"""Writing imported registrations: the organization (new or matched), contact, registration.

Rows whose organization is new (usually nearly all of a large list) are written in bulk; rows
matched to a stored organization go through the ORM, which merges them into what is there.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, or_, select
from sqlalchemy.orm import Session, selectinload

from db import audit
from db.bulk import CHUNK, insert_new
from db.keys import fitted_name_key
from db.models import Organization, Person, Program, Registration, registration_categories
from desktop.imports.matching import count, merge_postal_address, merge_values
from desktop.imports.model import Contact, RegistrationRecord
from desktop.japanese.text import normalize_for_compare


def write(session: Session, records: list[RegistrationRecord], counts: dict[str, int]) -> None:
    """Add or update what the accepted rows say (the caller's transaction, no autoflush).

    A row merged into another (two rows for one organization) is written with that row.
    """
    records = [r for r in records if r.merged_into is None]
    programs = {
        p.name: p
        for p in session.scalars(select(Program).options(selectinload(Program.categories)))
    }
    fresh = [r for r in records if _is_new(r)]
    _create(session, fresh, programs, counts)
    people: dict[tuple[int, str], Person] = {}
    for record in records:
        if not _is_new(record):
            _apply(session, record, programs, counts, people)


def _is_new(record: RegistrationRecord) -> bool:
    return record.action == "create" or record.chosen_id is None


def _create(
    session: Session,
    records: list[RegistrationRecord],
    programs: dict[str, Program],
    counts: dict[str, int],
) -> None:
    """New organizations with their contacts and registrations, a few statements per table.

    The rows go in chunks (a thousand at a time), so that the statements' parameters of a long
    list are never all in memory at once. The same new organization on several rows (other
    programmes or roles) is created once, from its first row; so is the same contact person of
    one organization.
    """
    org_ids: dict[str, int] = {}  # organization key → id of the organization made for it
    person_ids: dict[tuple[str, str], int] = {}  # (organization key, name key) → id
    for start in range(0, len(records), CHUNK):
        chunk = records[start : start + CHUNK]
        _create_organizations(session, chunk, org_ids)
        contacts = _create_contacts(session, chunk, org_ids, person_ids)
        _create_registrations(session, chunk, programs, org_ids, contacts)
    count(counts, "団体（新規）", len(org_ids))
    count(counts, "登録（新規）", len(records))


def _create_organizations(
    session: Session, records: list[RegistrationRecord], org_ids: dict[str, int]
) -> None:
    new: dict[str, dict[str, Any]] = {}
    key_column = Organization.__table__.c.name_key
    for record in records:
        key = record.organization_key
        if key not in org_ids and key not in new:
            new[key] = {
                "name": record.organization_name,
                "name_key": fitted_name_key(record.name_key, key_column),
                "kind": record.organization_kind,
                "kana": record.organization_kana,
                "lg_code": record.lg_code,
                "phone": record.phone,
                "email": record.email,
                "postal_code": record.postal_code,
                "address": record.address,
            }
    ids = insert_new(session, Organization, list(new.values()))
    org_ids.update(zip(new, ids, strict=True))


def _create_contacts(
    session: Session,
    records: list[RegistrationRecord],
    org_ids: dict[str, int],
    person_ids: dict[tuple[str, str], int],
) -> list[int | None]:
    """Each record's contact person's id (None: the row names none), making the new ones."""
    keys: list[tuple[str, str] | None] = []
    new: dict[tuple[str, str], dict[str, Any]] = {}
    key_column = Person.__table__.c.name_key
    for record in records:
        if not record.contact_name:
            keys.append(None)
            continue
        organization = record.organization_key
        key = (organization, normalize_for_compare(record.contact_name))
        keys.append(key)
        given: list[RegistrationRecord | Contact] = [record, *record.other_contacts]
        for contact in given:
            assert contact.contact_name is not None
            # The row's own contact is the key just made: it is not normalised twice.
            name_key = key[1] if contact is record else normalize_for_compare(contact.contact_name)
            person = (organization, name_key)
            if person not in person_ids and person not in new:
                new[person] = {
                    "name": contact.contact_name,
                    "name_key": fitted_name_key(name_key, key_column),
                    "kana": contact.contact_kana,
                    "organization_id": org_ids[record.organization_key],
                    "post": contact.department,
                    "email": contact.email,
                    "phone": contact.phone,
                }
    ids = insert_new(session, Person, list(new.values()))
    person_ids.update(zip(new, ids, strict=True))
    return [person_ids[key] if key is not None else None for key in keys]


def _create_registrations(
    session: Session,
    records: list[RegistrationRecord],
    programs: dict[str, Program],
    org_ids: dict[str, int],
    contacts: list[int | None],
) -> None:
    rows: list[dict[str, Any]] = []
    category_ids: list[list[int]] = []
    # Each programme's categories by name, read off the ORM objects once, not once per row.
    ids_by_name = {
        name: {c.name: c.id for c in program.categories} for name, program in programs.items()
    }
    for record, contact in zip(records, contacts, strict=True):
        program = programs[record.program or ""]
        named = ids_by_name[record.program or ""]
        category_ids.append(sorted(named[c] for c in set(record.categories) if c in named))
        rows.append(
            {
                "organization_id": org_ids[record.organization_key],
                "program_id": program.id,
                "role": record.role or "offer",
                "summary": record.summary,
                "department": record.department,
                "contact_person_id": contact,
                "received_on": record.received_on,
                "status": "received",
                "publish_consent": record.publish_consent,
                "import_batch_id": audit.current_batch.get(),
            }
        )
    ids = insert_new(session, Registration, rows, [{"categories": c} for c in category_ids])
    links = [
        {"registration_id": registration_id, "category_id": category_id}
        for registration_id, chosen in zip(ids, category_ids, strict=True)
        for category_id in chosen
    ]
    if links:
        session.connection().execute(insert(registration_categories), links)


def _organization(
    session: Session, record: RegistrationRecord, counts: dict[str, int]
) -> Organization:
    """The stored organization the row was matched to, filled or updated from the row."""
    fields: dict[str, object] = {
        "kana": record.organization_kana,
        "lg_code": record.lg_code,
        "phone": record.phone,
        "email": record.email,
    }
    if record.kind_given:
        fields["kind"] = record.organization_kind
    assert record.chosen_id is not None
    org = session.get_one(Organization, record.chosen_id)
    overwrite = record.action == "update"
    changed = merge_values(org, fields, overwrite)
    if merge_postal_address(org, record.postal_code, record.address, overwrite) or changed:
        count(counts, "団体（更新）")
    return org


def _contact(
    session: Session,
    org: Organization,
    record: RegistrationRecord | Contact,
    people: dict[tuple[int, str], Person],
) -> Person | None:
    """The contact person of a row: one already known for that organization, or a new one."""
    if not record.contact_name:
        return None
    key = (id(org), normalize_for_compare(record.contact_name))
    if key in people:
        return people[key]
    # The same person may be written 鈴木 once and 鈴木一郎 the next time: the e-mail address
    # then tells that it is one person.
    same = Person.name_key == key[1]
    if record.email:
        same = or_(same, Person.email == record.email)
    existing = session.scalars(
        select(Person).where(Person.organization_id == org.id, same).order_by(Person.id)
    ).first()
    person = existing or Person(
        name=record.contact_name,
        kana=record.contact_kana,
        organization=org,
        post=record.department,
        email=record.email,
        phone=record.phone,
    )
    if existing is None:
        session.add(person)
    people[key] = person
    return person


def _apply(
    session: Session,
    record: RegistrationRecord,
    programs: dict[str, Program],
    counts: dict[str, int],
    people: dict[tuple[int, str], Person],
) -> None:
    org = _organization(session, record, counts)
    program = programs[record.program or ""]
    wanted = [c for c in program.categories if c.name in record.categories]
    person = _contact(session, org, record, people)
    for other in record.other_contacts:  # people of the organization, not of the registration
        _contact(session, org, other, people)
    existing = session.scalars(
        select(Registration).where(
            Registration.organization_id == org.id,
            Registration.program_id == program.id,
            Registration.role == record.role,
        )
    ).first()
    if existing is None:
        session.add(
            Registration(
                organization=org,
                program=program,
                role=record.role or "offer",
                categories=wanted,
                summary=record.summary,
                department=record.department,
                contact_person=person,
                received_on=record.received_on,
                status="received",
                publish_consent=record.publish_consent,
                import_batch_id=audit.current_batch.get(),
            )
        )
        count(counts, "登録（新規）")
        return
    overwrite = record.action == "update"
    merged = {c.id: c for c in existing.categories}
    merged.update({c.id: c for c in wanted})
    existing.categories = wanted if overwrite else list(merged.values())
    merge_values(
        existing,
        {
            "summary": record.summary,
            "department": record.department,
            "received_on": record.received_on,
        },
        overwrite,
    )
    if person is not None and (overwrite or existing.contact_person is None):
        existing.contact_person = person
    count(counts, "登録（更新）")
