"""ダッシュボード: what is coming up in the next weeks, what is overdue, and the counts.

Coming up: programme milestones (the オープンラボ schedule of seed 000), event sessions, and the
deadlines of continuation applications (継続申請) for projects whose support ends this fiscal
year. Overdue: a deadline that has passed with no application.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from db.models import EventSession, Milestone, Program, Registration
from db.vocab import REGISTRATION_ROLES
from desktop.ops.projects import list_projects

DEFAULT_WEEKS = 6


@dataclass(frozen=True)
class Upcoming:
    date: dt.date
    kind: str  # 予定 (milestone), 開催 (session), 継続申請の期限
    label: str
    overdue: bool = False


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
        Upcoming(m.date, "予定", f"{m.program.name if m.program else ''} {m.label}".strip())
        for m in session.scalars(
            select(Milestone)
            .where(Milestone.date >= as_of, Milestone.date <= until)
            .options(selectinload(Milestone.program))
        )
    ]
    items += [
        Upcoming(e.date, "開催", f"{e.series.name} 第{e.number}回 {e.theme or ''}".strip())
        for e in session.scalars(
            select(EventSession)
            .where(EventSession.date >= as_of, EventSession.date <= until)
            .options(selectinload(EventSession.series))
        )
        if e.date is not None
    ]
    for project in list_projects(session, as_of):
        deadline = project.continuation_deadline
        if deadline is not None and deadline <= until:
            items.append(
                Upcoming(
                    deadline,
                    "継続申請の期限",
                    f"{project.proposers}「{project.title}」（{project.term_end_label}末で支援終了）",
                    overdue=deadline < as_of,
                )
            )
    return sorted(items, key=lambda i: (not i.overdue, i.date, i.kind, i.label))


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
