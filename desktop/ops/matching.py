"""One-stop matching (the point of the オープンラボ): for a policy field, who is interested, who
can help and which support measures apply; and, for one organization, its fields and how many
matches each has on the other sides.

Local governments are listed in code order, experts in 五十音順, measures in the government's
ministry order (内閣府, then the ministries as the government lists them). Withdrawn registrations (取下げ) take no part.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, selectinload

from db.models import Category, Measure, Organization, Registration, measure_categories
from db.models import registration_categories as links
from db.vocab import REGISTRATION_ROLES, label
from desktop.japanese.ministries import ministry_rank
from desktop.ops.common import fetch

# What each side of a registration is matched with.
OTHER_SIDE = {"interest": "offer", "offer": "interest"}


class MatchRow(NamedTuple):
    """A named tuple rather than a frozen dataclass: a popular field has thousands of rows, and
    a tuple is made two to three times faster."""

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
    registered = _registered(session, field)
    return Matching(
        field.id,
        field.name,
        field.program.name,
        registered["interest"],
        registered["offer"],
        _measures(session, field.id),
    )


def _registered(session: Session, field: Category) -> dict[str, tuple[MatchRow, ...]]:
    """The organizations registered in the field, per role (関心 / 提供), in list order (their
    stored sort key: the database sorts).

    The field's links are read from their index and each registration and organization by its
    key, so a popular field costs its own rows, not the programme's. The programme is checked
    here rather than in the query: with a condition on registration.program_id there, SQLite
    without statistics (see db.database, ANALYSIS_LIMIT) walks every registration of
    the programme by that column's index.
    """
    found = (
        session.connection()
        .execute(
            select(
                Registration.role,
                Registration.program_id,
                Registration.summary,
                Organization.id,
                Organization.name,
            )
            .select_from(links)
            .join(Registration, Registration.id == links.c.registration_id)
            .join(Organization, Organization.id == Registration.organization_id)
            .where(
                links.c.category_id == field.id,
                Registration.role.in_(OTHER_SIDE),
                Registration.status != "withdrawn",
            )
            .order_by(Organization.sort_key, Registration.id)
        )
        .all()
    )
    sides: dict[str, list[MatchRow]] = {role: [] for role in OTHER_SIDE}
    for role, program_id, summary, org_id, name in found:
        if program_id == field.program_id:
            sides[role].append(MatchRow(org_id, name, summary or ""))
    return {role: tuple(side) for role, side in sides.items()}


def _measures(session: Session, category_id: int) -> tuple[MatchRow, ...]:
    """The support measures of the field, in the government's ministry order, then by name."""
    ministry = aliased(Organization)
    found = session.connection().execute(
        select(Measure.id, Measure.name, ministry.name.label("ministry"))
        .select_from(measure_categories)
        .join(Measure, Measure.id == measure_categories.c.measure_id)
        .outerjoin(ministry, ministry.id == Measure.ministry_id)
        .where(measure_categories.c.category_id == category_id)
    )
    ordered = sorted(found, key=lambda m: (ministry_rank(m.ministry or ""), m.name, m.id))
    return tuple(MatchRow(m.id, m.name, m.ministry or "") for m in ordered)


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
