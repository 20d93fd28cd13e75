"""ダッシュボード: what is coming up in the next weeks, what is overdue, and the counts.

Coming up: programme milestones (the オープンラボ schedule of seed 000), event sessions, and the
deadlines of continuation applications (継続申請) for projects whose support ends this fiscal
year. Overdue: a deadline that has passed with no application.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from db.models import (
    EventSession,
    Milestone,
    Organization,
    Program,
    ProjectProposer,
    Registration,
)
from db.vocab import REGISTRATION_ROLES, label
from desktop.catalogue import QT_TR_NOOP, Listed, Spelled, Text, Translatable
from desktop.japanese.wareki import format_fiscal_year
from desktop.ops.projects import list_projects

DEFAULT_WEEKS = 6
UPCOMING_KINDS: dict[str, str] = {
    "milestone": QT_TR_NOOP("予定"),
    "session": QT_TR_NOOP("開催"),
    "continuation_deadline": QT_TR_NOOP("継続申請の期限"),
}


@dataclass(frozen=True)
class Upcoming:
    """Something coming up, as values: its kind a code of UPCOMING_KINDS, what it is a text
    spelled in the reader's language (names as they were entered)."""

    date: dt.date
    kind: str
    label: str | Translatable
    overdue: bool = False


def _session_label(series: str, number: int, theme: str | None) -> Text:
    if theme:
        return Text(
            QT_TR_NOOP("{series} 第{number}回 {theme}"), series=series, number=number, theme=theme
        )
    return Text(QT_TR_NOOP("{series} 第{number}回"), series=series, number=number)


def _fiscal_year(year: int) -> Spelled:
    return Spelled(format_fiscal_year(year), f"FY{year}")


def _sort_key(
    item: Upcoming, proposers: tuple[bytes, ...] = ()
) -> tuple[bool, dt.date, str, tuple[bytes, ...], str]:
    """The overdue first, then by date and kind as the Japanese reads them; a day's deadlines of
    one kind by their proposers in the customary order (local governments by code, others in
    五十音順), then by label."""
    return (
        not item.overdue,
        item.date,
        label(UPCOMING_KINDS, item.kind),
        proposers,
        str(item.label),
    )


def _proposers_in_order(session: Session, project_ids: list[int]) -> dict[int, tuple[bytes, ...]]:
    """Each project's proposers, in the project's own order, as their stored sort keys."""
    found: defaultdict[int, list[bytes]] = defaultdict(list)
    for project_id, key in session.execute(
        select(ProjectProposer.project_id, Organization.sort_key)
        .join(Organization, Organization.id == ProjectProposer.organization_id)
        .where(ProjectProposer.project_id.in_(project_ids))
        .order_by(ProjectProposer.project_id, ProjectProposer.order, Organization.sort_key)
    ):
        found[project_id].append(key)
    return {project: tuple(keys) for project, keys in found.items()}


@dataclass(frozen=True)
class ProgramCounts:
    program: str
    counts: tuple[tuple[str, int], ...]  # (role label, registrations) for the roles it has


@dataclass(frozen=True)
class Dashboard:
    as_of: dt.date
    until: dt.date
    upcoming: tuple[Upcoming, ...]  # overdue first, then by date
    counts: tuple[ProgramCounts, ...]


def upcoming(session: Session, as_of: dt.date, weeks: int = DEFAULT_WEEKS) -> list[Upcoming]:
    until = as_of + dt.timedelta(weeks=weeks)
    items = [
        Upcoming(m.date, "milestone", f"{m.program.name if m.program else ''} {m.label}".strip())
        for m in session.scalars(
            select(Milestone)
            .where(Milestone.date >= as_of, Milestone.date <= until)
            .options(selectinload(Milestone.program))
        )
    ]
    items += [
        Upcoming(e.date, "session", _session_label(e.series.name, e.number, e.theme))
        for e in session.scalars(
            select(EventSession)
            .where(EventSession.date >= as_of, EventSession.date <= until)
            .options(selectinload(EventSession.series))
        )
        if e.date is not None
    ]
    keyed: list[tuple[Upcoming, tuple[bytes, ...]]] = [(item, ()) for item in items]
    due = [
        (p, p.continuation_deadline)
        for p in list_projects(session, as_of)
        if p.continuation_deadline is not None and p.continuation_deadline <= until
    ]
    proposers = _proposers_in_order(session, [p.id for p, _day in due])
    keyed += [
        (
            Upcoming(
                deadline,
                "continuation_deadline",
                Text(
                    QT_TR_NOOP("{proposers}「{title}」（{year}末で支援終了）"),
                    proposers=Listed(project.proposers),
                    title=project.title,
                    year=_fiscal_year(project.term_end_fiscal_year),
                ),
                overdue=deadline < as_of,
            ),
            proposers.get(project.id, ()),
        )
        for project, deadline in due
    ]
    return [item for item, _key in sorted(keyed, key=lambda k: _sort_key(*k))]


def registration_counts(session: Session, as_of: dt.date) -> list[ProgramCounts]:
    """Registrations received by the date and not withdrawn, per programme and role."""
    counted = Counter(
        (program_id, role)
        for program_id, role in session.execute(
            select(Registration.program_id, Registration.role).where(
                Registration.status != "withdrawn",
                or_(Registration.received_on.is_(None), Registration.received_on <= as_of),
            )
        )
    )
    found = []
    for program in session.scalars(select(Program).order_by(Program.id)):
        roles = tuple(
            (text, counted[(program.id, role)])
            for role, text in REGISTRATION_ROLES.items()
            if counted[(program.id, role)]
        )
        if roles:
            found.append(ProgramCounts(program.name, roles))
    return found


def dashboard(session: Session, as_of: dt.date, weeks: int = DEFAULT_WEEKS) -> Dashboard:
    return Dashboard(
        as_of,
        as_of + dt.timedelta(weeks=weeks),
        tuple(upcoming(session, as_of, weeks)),
        tuple(registration_counts(session, as_of)),
    )
