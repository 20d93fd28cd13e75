"""The JSON interchange format: a full, backup-independent dump of the database.

Documented in docs/interchange.md. Every object has a stable integer `id`; references are
`<thing>_id` keys, and for readability the referenced name is given beside it (`program`,
`parent`, `organization` …). Dates are ISO 8601, times "HH:MM", fiscal years Gregorian integers.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.audit import plain
from db.fields import interchange_fields, value
from db.models import (
    Base,
    BudgetLine,
    Category,
    Continuation,
    Council,
    EventSeries,
    EventSession,
    Invitation,
    Measure,
    MeasureSelection,
    Meeting,
    Membership,
    Milestone,
    Organization,
    Participant,
    Person,
    Program,
    Project,
    PublishedFigure,
    Registration,
    RegistrationCount,
)
from db.output_files import write_bytes_atomically

FORMAT_NAME = "secdesk-interchange"
FORMAT_VERSION = 1


def _row(model: type[Base], obj: Any, **values: Callable[[Any], Any]) -> dict[str, Any]:
    """One record as the interchange writes it: its declared fields (db.fields) in their order,
    `values` giving those that are lists (names of categories, rows of parts …)."""
    row: dict[str, Any] = {}
    for field in interchange_fields(model):
        key = field.interchange_key
        if key in values:
            row[key] = values[key](obj)
        elif field.name in model.__table__.columns or "." in field.name:
            row[key] = plain(value(obj, field.name))
        else:
            raise ValueError(f"{model.__name__}.{field.name}: the export gives it no value")
    if unknown := set(values) - set(row):
        raise ValueError(f"{model.__name__}: {sorted(unknown)} are not declared in db.fields")
    return row


def _names(categories: list[Category]) -> list[str]:
    return [c.name for c in sorted(categories, key=lambda c: c.order)]


def _organizations(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Organization).options(selectinload(Organization.parent)).order_by(Organization.id)
    )
    return [_row(Organization, o) for o in rows.all()]


def _people(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Person).options(selectinload(Person.organization)).order_by(Person.id)
    )
    return [_row(Person, p) for p in rows.all()]


def _programs(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Program).options(selectinload(Program.categories)).order_by(Program.id)
    )
    return [
        _row(Program, p, categories=lambda p: [_row(Category, c) for c in p.categories])
        for p in rows.all()
    ]


def _registrations(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Registration)
        .options(
            selectinload(Registration.organization),
            selectinload(Registration.program),
            selectinload(Registration.categories),
        )
        .order_by(Registration.id)
    )
    return [
        _row(
            Registration,
            r,
            categories=lambda r: _names(r.categories),
            category_ids=lambda r: sorted(c.id for c in r.categories),
        )
        for r in rows.all()
    ]


def _selection(s: MeasureSelection) -> dict[str, Any]:
    return _row(
        MeasureSelection,
        s,
        organization_ids=lambda s: [o.id for o in s.organizations],
        organizations=lambda s: [o.name for o in s.organizations],
    )


def _measures(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Measure)
        .options(
            selectinload(Measure.ministry),
            selectinload(Measure.program),
            selectinload(Measure.categories),
            selectinload(Measure.budget_lines),
            selectinload(Measure.selections),
        )
        .order_by(Measure.id)
    )
    return [
        _row(
            Measure,
            m,
            aliases=lambda m: list(m.aliases),
            categories=lambda m: [c.name for c in m.categories],
            budget_lines=lambda m: [_row(BudgetLine, b) for b in m.budget_lines],
            selections=lambda m: [
                _selection(s)
                for s in sorted(m.selections, key=lambda s: (s.item_no or 0, s.past, s.id))
            ],
        )
        for m in rows.all()
    ]


def _projects(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Project)
        .options(
            selectinload(Project.program),
            selectinload(Project.proposer_links),
            selectinload(Project.categories),
            selectinload(Project.continuations),
        )
        .order_by(Project.selected_fiscal_year, Project.number, Project.id)
    )
    return [
        _row(
            Project,
            p,
            proposers=lambda p: [o.name for o in p.proposers],
            proposer_ids=lambda p: [o.id for o in p.proposers],
            categories=lambda p: _names(p.categories),
            continuations=lambda p: [_row(Continuation, c) for c in p.continuations],
        )
        for p in rows.all()
    ]


def _councils(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Council)
        .options(
            selectinload(Council.parent),
            selectinload(Council.project),
            selectinload(Council.memberships).selectinload(Membership.person),
            selectinload(Council.memberships).selectinload(Membership.organization),
            selectinload(Council.meetings)
            .selectinload(Meeting.invitations)
            .selectinload(Invitation.person),
            selectinload(Council.meetings)
            .selectinload(Meeting.invitations)
            .selectinload(Invitation.organization),
        )
        .order_by(Council.id)
    )
    return [
        _row(
            Council,
            c,
            members=lambda c: [_row(Membership, m) for m in c.memberships],
            meetings=lambda c: [_meeting(m) for m in c.meetings],
        )
        for c in rows.all()
    ]


def _meeting(m: Meeting) -> dict[str, Any]:
    return _row(Meeting, m, invitations=lambda m: [_row(Invitation, i) for i in m.invitations])


def _session(s: EventSession) -> dict[str, Any]:
    return _row(
        EventSession,
        s,
        participants=lambda s: [_row(Participant, p) for p in s.participants],
    )


def _event_series(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(EventSeries)
        .options(
            selectinload(EventSeries.program),
            selectinload(EventSeries.sessions).selectinload(EventSession.participants),
        )
        .order_by(EventSeries.fiscal_year, EventSeries.id)
    )
    return [
        _row(EventSeries, e, sessions=lambda e: [_session(s) for s in e.sessions])
        for e in rows.all()
    ]


def _milestones(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Milestone).options(selectinload(Milestone.program)).order_by(Milestone.date)
    )
    return [_row(Milestone, m) for m in rows.all()]


def _registration_counts(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(select(RegistrationCount).order_by(RegistrationCount.id))
    return [_row(RegistrationCount, c) for c in rows.all()]


def _published_figures(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(select(PublishedFigure).order_by(PublishedFigure.id))
    return [_row(PublishedFigure, f) for f in rows.all()]


SECTIONS = {
    "organizations": _organizations,
    "people": _people,
    "programs": _programs,
    "registrations": _registrations,
    "measures": _measures,
    "projects": _projects,
    "councils": _councils,
    "event_series": _event_series,
    "milestones": _milestones,
    "registration_counts": _registration_counts,
    "published_figures": _published_figures,
}


def export_data(session: Session, app_version: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": app_version,
        "exported_at": dt.datetime.now().isoformat(timespec="seconds"),
    }
    for key, build in SECTIONS.items():
        data[key] = build(session)
    return data


# Personal contact details: never in a publication export, wherever they occur.
PERSONAL_FIELDS = ("phone", "email", "postal_code", "address", "contact_person_id")


def _publishable(registration: dict[str, Any]) -> bool:
    return bool(registration["publish_consent"]) and registration["status"] != "withdrawn"


def _without_personal(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in PERSONAL_FIELDS}


def export_publication(session: Session, app_version: str) -> dict[str, Any]:
    """The interchange data for publication (公表用), as docs/interchange.md describes it.

    Left out: every registration without publish consent or withdrawn; people entirely (the
    `people` list, the names and person ids of council members, the invitees of meetings, the
    participants of sessions); phone, email, postal code, address and contact_person_id
    everywhere; and an organization known only
    through a registration that is left out — listing it would tell that it registered.
    """
    data = export_data(session, app_version)
    data["publication"] = True
    del data["people"]

    kept = [r for r in data["registrations"] if _publishable(r)]
    hidden = {r["organization_id"] for r in data["registrations"]} - {
        r["organization_id"] for r in kept
    }
    referenced: set[int] = set()
    for m in data["measures"]:
        referenced.add(m["ministry_id"])
        for s in m["selections"]:
            referenced.update(s["organization_ids"])
    for p in data["projects"]:
        referenced.update(p["proposer_ids"])
    for c in data["councils"]:
        referenced.update(member["organization_id"] for member in c["members"])
    hidden -= referenced
    parents = {o["id"]: o["parent_id"] for o in data["organizations"]}
    for org_id, parent in parents.items():  # the parents of an organization that stays stay
        if org_id in hidden:
            continue
        while parent in hidden:
            hidden.discard(parent)
            parent = parents.get(parent)

    data["organizations"] = [
        _without_personal(o) for o in data["organizations"] if o["id"] not in hidden
    ]
    data["registrations"] = [_without_personal(r) for r in kept]
    # A measure's `contact` is kept on purpose: it is the ministry's public point of contact
    # (a section and its shared mailbox or switchboard number), printed in the published
    # measure lists the demo data is transcribed from — not a person's private details.
    data["measures"] = [_without_personal(m) for m in data["measures"]]
    for c in data["councils"]:
        c["members"] = [
            {k: v for k, v in _without_personal(member).items() if k not in ("name", "person_id")}
            for member in c["members"]
        ]
        for meeting in c["meetings"]:  # who was invited and who replied, like participants
            del meeting["invitations"]
    for series in data["event_series"]:
        for s in series["sessions"]:
            del s["participants"]
    return data


def write_json(data: dict[str, Any], target: Path) -> None:
    """Write the JSON through db.output_files: never over the database, never half a file."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    write_bytes_atomically(target, text.encode("utf-8"))
