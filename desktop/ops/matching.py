"""One-stop matching (the point of the オープンラボ): for a policy field, who is interested, who
can help and which support measures apply; and, for one organization, its fields and how many
matches each has on the other sides.

Local governments are listed in code order, experts in 五十音順, measures in the government's
ministry order (内閣府, then the ministries as the government lists them). Withdrawn registrations (取下げ) take no part.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from db.models import Category, Measure, Organization, Registration, measure_categories
from db.models import registration_categories as links
from db.vocab import REGISTRATION_ROLES, label
from desktop.japanese.ministries import ministry_rank
from desktop.ops.common import fetch
from desktop.rules.organizations import organization_sort_key

# What each side of a registration is matched with.
OTHER_SIDE = {"interest": "offer", "offer": "interest"}


@dataclass(frozen=True)
class MatchRow:
    id: int  # the organization (or the measure)
    name: str
    detail: str  # the registration's summary, or the measure's ministry


@dataclass(frozen=True)
class Matching:
    category_id: int
    category: str
    program: str
    interested: tuple[MatchRow, ...]  # local governments interested in the field
    offering: tuple[MatchRow, ...]  # experts offering in it
    measures: tuple[MatchRow, ...]  # support measures that apply


def matching_for(session: Session, category_id: int) -> Matching:
    field = fetch(session, Category, category_id)
    # Plain columns through Core: a popular field has thousands of registrations.
    found = (
        session.connection()
        .execute(
            select(
                Registration.role,
                Organization.id,
                Organization.kind,
                Organization.name,
                Organization.kana,
                Organization.lg_code,
                Registration.summary,
            )
            .join(Organization, Organization.id == Registration.organization_id)
            .join(links, links.c.registration_id == Registration.id)
            .where(
                links.c.category_id == field.id,
                Registration.program_id == field.program_id,
                Registration.status != "withdrawn",
            )
        )
        .all()
    )

    def side(role: str) -> tuple[MatchRow, ...]:
        mine = [r for r in found if r.role == role]
        mine.sort(key=lambda r: organization_sort_key(r.kind, r.name, r.kana, r.lg_code))
        return tuple(MatchRow(r.id, r.name, r.summary or "") for r in mine)

    measures = sorted(
        session.scalars(
            select(Measure)
            .where(Measure.categories.any(Category.id == field.id))
            .options(selectinload(Measure.ministry))
        ).all(),
        key=lambda m: (ministry_rank(m.ministry.name if m.ministry else ""), m.name),
    )
    return Matching(
        field.id,
        field.name,
        field.program.name,
        side("interest"),
        side("offer"),
        tuple(MatchRow(m.id, m.name, m.ministry.name if m.ministry else "") for m in measures),
    )


@dataclass(frozen=True)
class FieldMatches:
    """One field an organization registered in, and how many it can be matched with there."""

    category_id: int
    category: str
    program: str
    role_label: str
    counterparts: int  # experts for an interested body, interested bodies for an expert
    counterpart_label: str
    measures: int


def fields_of(session: Session, organization_id: int) -> list[FieldMatches]:
    """Every field the organization registered in (not withdrawn), with its matches."""
    registrations = session.scalars(
        select(Registration)
        .where(
            Registration.organization_id == organization_id,
            Registration.status != "withdrawn",
            Registration.role.in_(OTHER_SIDE),
        )
        .options(selectinload(Registration.categories), selectinload(Registration.program))
        .order_by(Registration.program_id, Registration.id)
    ).all()
    category_ids = sorted({c.id for r in registrations for c in r.categories})
    if not category_ids:
        return []
    per_role = Counter(
        {
            (category_id, role): n
            for category_id, role, n in session.execute(
                select(links.c.category_id, Registration.role, func.count())
                .join(Registration, Registration.id == links.c.registration_id)
                .where(links.c.category_id.in_(category_ids), Registration.status != "withdrawn")
                .group_by(links.c.category_id, Registration.role)
            )
        }
    )
    measures = Counter(
        {
            category_id: n
            for category_id, n in session.execute(
                select(measure_categories.c.category_id, func.count())
                .where(measure_categories.c.category_id.in_(category_ids))
                .group_by(measure_categories.c.category_id)
            )
        }
    )
    found = []
    for registration in registrations:
        other = OTHER_SIDE[registration.role]
        for category in sorted(registration.categories, key=lambda c: c.order):
            found.append(
                FieldMatches(
                    category.id,
                    category.name,
                    registration.program.name,
                    label(REGISTRATION_ROLES, registration.role),
                    per_role[(category.id, other)],
                    "専門家" if other == "offer" else "関心のある団体",
                    measures[category.id],
                )
            )
    return found
