"""Writing imported registrations: the organization (new or matched), contact, registration."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from db.models import Organization, Person, Program, Registration
from desktop.imports.model import RegistrationRecord
from desktop.japanese.text import normalize_for_compare


def write(session: Session, records: list[RegistrationRecord], counts: dict[str, int]) -> None:
    """Add or update what the accepted rows say (the caller's transaction, no autoflush)."""
    programs = {
        p.name: p
        for p in session.scalars(select(Program).options(selectinload(Program.categories)))
    }
    created: dict[str, Organization] = {}
    people: dict[tuple[int, str], Person] = {}
    for record in records:
        _apply(session, record, programs, counts, created, people)


def _organization(
    session: Session,
    record: RegistrationRecord,
    counts: dict[str, int],
    created: dict[str, Organization],
) -> Organization:
    fields: dict[str, object] = {
        "kana": record.organization_kana,
        "lg_code": record.lg_code,
        "phone": record.phone,
        "email": record.email,
        "address": record.address,
    }
    if record.kind_given:
        fields["kind"] = record.organization_kind
    if record.action == "create" or record.chosen_id is None:
        # The same new organization on several rows of one import is created once.
        key = record.lg_code or normalize_for_compare(record.organization_name)
        if key in created:
            return created[key]
        org = Organization(
            name=record.organization_name, **{**fields, "kind": record.organization_kind}
        )
        session.add(org)
        created[key] = org
        counts["団体（新規）"] = counts.get("団体（新規）", 0) + 1
        return org
    org = session.get_one(Organization, record.chosen_id)
    changed = False
    for name, value in fields.items():
        if value is None:
            continue
        current = getattr(org, name)
        if (record.action == "update" or current is None) and current != value:
            setattr(org, name, value)
            changed = True
    if changed:
        counts["団体（更新）"] = counts.get("団体（更新）", 0) + 1
    return org


def _contact(
    session: Session,
    org: Organization,
    record: RegistrationRecord,
    people: dict[tuple[int, str], Person],
) -> Person | None:
    """The contact person of a row: one already known for that organization, or a new one."""
    if not record.contact_name:
        return None
    key = (id(org), normalize_for_compare(record.contact_name))
    if key in people:
        return people[key]
    existing = None
    if org.id is not None:  # an organization created in this batch has nobody stored yet
        # The same person may be written 鈴木 once and 鈴木一郎 the next time: the e-mail
        # address then tells that it is one person.
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
    created: dict[str, Organization],
    people: dict[tuple[int, str], Person],
) -> None:
    org = _organization(session, record, counts, created)
    program = programs[record.program or ""]
    wanted = [c for c in program.categories if c.name in record.categories]
    person = _contact(session, org, record, people)
    existing = None
    if org.id is not None:  # a new organization has no registration yet (and duplicates
        # within one import were rejected when it was prepared)
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
            )
        )
        counts["登録（新規）"] = counts.get("登録（新規）", 0) + 1
        return
    overwrite = record.action == "update"
    merged = {c.id: c for c in existing.categories}
    merged.update({c.id: c for c in wanted})
    existing.categories = wanted if overwrite else list(merged.values())
    for name, value in (
        ("summary", record.summary),
        ("department", record.department),
        ("received_on", record.received_on),
    ):
        if value is not None and (overwrite or getattr(existing, name) is None):
            setattr(existing, name, value)
    if person is not None and (overwrite or existing.contact_person is None):
        existing.contact_person = person
    counts["登録（更新）"] = counts.get("登録（更新）", 0) + 1
