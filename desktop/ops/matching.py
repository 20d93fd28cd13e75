"""One-stop matching (the point of the オープンラボ): for a policy field, who is interested, who
can help and which support measures apply; and, for one organization, its fields and how many
matches each has on the other sides.

Local governments are listed in code order, experts in 五十音順, measures in the government's
ministry order (DESIGN.md §5). Withdrawn registrations (取下げ) take no part.
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
from desktop.japanese.text import kana_sort_key
from desktop.ops.common import fetch

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


def _organization_order(org: Organization) -> tuple[str, str]:
    return (org.lg_code or "999999", kana_sort_key(org.kana or org.name))


def matching_for(session: Session, category_id: int) -> Matching:
    field = fetch(session, Category, category_id)
    registrations = session.scalars(
        select(Registration)
        .where(
            Registration.program_id == field.program_id,
            Registration.status != "withdrawn",
            Registration.categories.any(Category.id == field.id),
        )
        .options(selectinload(Registration.organization))
    ).all()

    def side(role: str) -> tuple[MatchRow, ...]:
        regs = [r for r in registrations if r.role == role]
        if role == "interest":
            regs.sort(key=lambda r: _organization_order(r.organization))
        else:
            regs.sort(key=lambda r: kana_sort_key(r.organization.kana or r.organization.name))
        return tuple(
            MatchRow(r.organization.id, r.organization.name, r.summary or "") for r in regs
        )

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
