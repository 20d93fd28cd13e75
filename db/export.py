"""The JSON interchange format: a full, backup-independent dump of the database.

Documented in docs/interchange.md. Every object has a stable integer `id`; references are
`<thing>_id` keys, and for readability the referenced name is given beside it (`program`,
`parent`, `organization` …). Dates are ISO 8601, times "HH:MM", fiscal years Gregorian integers.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.audit import plain
from db.models import (
    Council,
    EventSeries,
    EventSession,
    Measure,
    Membership,
    Milestone,
    Organization,
    Person,
    Program,
    Project,
    Registration,
    RegistrationCount,
)
from db.output_files import write_bytes_atomically

FORMAT_NAME = "secdesk-interchange"
FORMAT_VERSION = 1


def _name(obj: Any, attr: str = "name") -> Any:
    return getattr(obj, attr) if obj is not None else None


def _organizations(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Organization).options(selectinload(Organization.parent)).order_by(Organization.id)
    )
    return [
        {
            "id": o.id,
            "kind": o.kind,
            "name": o.name,
            "kana": o.kana,
            "lg_code": o.lg_code,
            "parent_id": o.parent_id,
            "parent": _name(o.parent),
            "address": o.address,
            "phone": o.phone,
            "email": o.email,
            "note": o.note,
        }
        for o in rows.all()
    ]


def _people(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Person).options(selectinload(Person.organization)).order_by(Person.id)
    )
    return [
        {
            "id": p.id,
            "name": p.name,
            "kana": p.kana,
            "organization_id": p.organization_id,
            "organization": _name(p.organization),
            "post": p.post,
            "email": p.email,
            "phone": p.phone,
        }
        for p in rows.all()
    ]


def _programs(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Program).options(selectinload(Program.categories)).order_by(Program.id)
    )
    return [
        {
            "id": p.id,
            "name": p.name,
            "category_label": p.category_label,
            "description": p.description,
            "categories": [
                {"id": c.id, "name": c.name, "group": c.group, "order": c.order}
                for c in p.categories
            ],
        }
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
        {
            "id": r.id,
            "organization_id": r.organization_id,
            "organization": r.organization.name,
            "program_id": r.program_id,
            "program": r.program.name,
            "role": r.role,
            "categories": [c.name for c in sorted(r.categories, key=lambda c: c.order)],
            "category_ids": sorted(c.id for c in r.categories),
            "summary": r.summary,
            "department": r.department,
            "contact_person_id": r.contact_person_id,
            "received_on": plain(r.received_on),
            "status": r.status,
            "publish_consent": r.publish_consent,
        }
        for r in rows.all()
    ]


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
        {
            "id": m.id,
            "name": m.name,
            "ministry_id": m.ministry_id,
            "ministry": _name(m.ministry),
            "department": m.department,
            "program_id": m.program_id,
            "program": _name(m.program),
            "summary": m.summary,
            "support": m.support,
            "contact": m.contact,
            "mark": m.mark,
            "aliases": list(m.aliases),
            "past_selections": m.past_selections,
            "categories": [c.name for c in m.categories],
            "budget_lines": [
                {
                    "fiscal_year": b.fiscal_year,
                    "kind": b.kind,
                    "amount_yen": b.amount_yen,
                    "text": b.text,
                }
                for b in m.budget_lines
            ],
            "selections": [
                {
                    "item_no": s.item_no,
                    "area": s.area,
                    "fiscal_year": s.fiscal_year,
                    "past": s.past,
                    "organization_ids": [o.id for o in s.organizations],
                    "organizations": [o.name for o in s.organizations],
                }
                for s in sorted(m.selections, key=lambda s: (s.item_no or 0, s.past, s.id))
            ],
        }
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
        {
            "id": p.id,
            "program_id": p.program_id,
            "program": p.program.name,
            "number": p.number,
            "title": p.title,
            "proposers": [o.name for o in p.proposers],
            "proposer_ids": [o.id for o in p.proposers],
            "selected_fiscal_year": p.selected_fiscal_year,
            "categories": [c.name for c in sorted(p.categories, key=lambda c: c.order)],
            "summary": p.summary,
            "continuations": [
                {
                    "submitted_on": plain(c.submitted_on),
                    "decided_on": plain(c.decided_on),
                    "result": c.result,
                }
                for c in p.continuations
            ],
        }
        for p in rows.all()
    ]


def _member(m: Membership) -> dict[str, Any]:
    return {
        "id": m.id,
        "order": m.order,
        "role": m.role,
        "group": m.group_name,
        "post": m.post,
        "name": _name(m.person),
        "person_id": m.person_id,
        "organization": _name(m.organization),
        "organization_id": m.organization_id,
        "term_start": plain(m.term_start),
        "term_end": plain(m.term_end),
        "note": m.note,
    }


def _councils(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Council)
        .options(
            selectinload(Council.parent),
            selectinload(Council.project),
            selectinload(Council.memberships).selectinload(Membership.person),
            selectinload(Council.memberships).selectinload(Membership.organization),
        )
        .order_by(Council.id)
    )
    return [
        {
            "id": c.id,
            "name": c.name,
            "kind": c.kind,
            "parent_id": c.parent_id,
            "parent": _name(c.parent),
            "project_id": c.project_id,
            "project": _name(c.project, "title"),
            "established_on": plain(c.established_on),
            "note": c.note,
            "members": [_member(m) for m in c.memberships],
        }
        for c in rows.all()
    ]


def _session(s: EventSession) -> dict[str, Any]:
    return {
        "id": s.id,
        "number": s.number,
        "theme": s.theme,
        "date": plain(s.date),
        "start": plain(s.start_time),
        "end": plain(s.end_time),
        "format": s.format,
        "venue": s.venue,
        "url": s.url,
        "eligibility": s.eligibility,
        "capacity": s.capacity,
        "note": s.note,
        "participants": [
            {
                "id": p.id,
                "person_id": p.person_id,
                "name": p.person.name,
                "organization": _name(p.person.organization),
                "status": p.status,
                "attendance": p.attendance,
            }
            for p in s.participants
        ],
    }


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
        {
            "id": e.id,
            "name": e.name,
            "fiscal_year": e.fiscal_year,
            "program_id": e.program_id,
            "program": _name(e.program),
            "eligibility": e.eligibility,
            "note": e.note,
            "sessions": [_session(s) for s in e.sessions],
        }
        for e in rows.all()
    ]


def _milestones(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Milestone).options(selectinload(Milestone.program)).order_by(Milestone.date)
    )
    return [
        {
            "id": m.id,
            "program_id": m.program_id,
            "program": _name(m.program),
            "date": plain(m.date),
            "label": m.label,
            "note": m.note,
        }
        for m in rows.all()
    ]


def _registration_counts(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(select(RegistrationCount).order_by(RegistrationCount.id))
    return [
        {
            "id": c.id,
            "program_id": c.program_id,
            "as_of": plain(c.as_of),
            "role": c.role,
            "count": c.count,
            "unit": c.unit,
        }
        for c in rows.all()
    ]


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
PERSONAL_FIELDS = ("phone", "email", "address", "contact_person_id")


def _publishable(registration: dict[str, Any]) -> bool:
    return bool(registration["publish_consent"]) and registration["status"] != "withdrawn"


def _without_personal(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in PERSONAL_FIELDS}


def export_publication(session: Session, app_version: str) -> dict[str, Any]:
    """The interchange data for publication (公表用), as docs/interchange.md describes it.

    Left out: every registration without publish consent or withdrawn; people entirely (the
    `people` list, the names and person ids of council members, the participants of sessions);
    phone, email, address and contact_person_id everywhere; and an organization known only
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
    for series in data["event_series"]:
        for s in series["sessions"]:
            del s["participants"]
    return data


def write_json(data: dict[str, Any], target: Path) -> None:
    """Write the JSON through db.output_files: never over the database, never half a file."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    write_bytes_atomically(target, text.encode("utf-8"))
