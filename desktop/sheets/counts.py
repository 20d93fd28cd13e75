"""登録状況: registrations per programme and role (関心・提供・支援策・連携), in total and per field.

Withdrawn registrations (取下げ) do not count, nor those received after the as-of date. The
published counts recorded for a programme (196団体 / 729団体 / 61施策 as of 9/1) are noted below
its table, so that the two can be compared.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from db.demo_sample import MARK as SAMPLE_MARK
from db.models import Program, Registration, RegistrationCount
from db.vocab import REGISTRATION_ROLES
from desktop.japanese.wareki import format_wareki
from desktop.sheets.model import Column, Record, Section, Sheet
from desktop.sheets.words import as_of_line, tr

NAME = "counts"


def build(session: Session, *, as_of: dt.date | None = None) -> Sheet:
    day = as_of or dt.date.today()
    roles = list(REGISTRATION_ROLES)
    programs = session.scalars(
        select(Program).options(selectinload(Program.categories)).order_by(Program.id)
    ).all()
    registrations = session.scalars(
        select(Registration)
        .where(
            Registration.status != "withdrawn",
            or_(Registration.received_on.is_(None), Registration.received_on <= day),
        )
        .options(selectinload(Registration.categories), selectinload(Registration.organization))
    ).all()
    sections = []
    for program in programs:
        mine = [r for r in registrations if r.program_id == program.id]
        published = _published(session, program)
        if not mine and not published:
            continue
        total = Counter(r.role for r in mine)
        per_category: dict[int, Counter[str]] = {c.id: Counter() for c in program.categories}
        for registration in mine:
            for category in registration.categories:
                per_category.setdefault(category.id, Counter())[registration.role] += 1
        counted = [("合計（重複なし）", total)]
        counted += [(c.name, per_category[c.id]) for c in program.categories]
        # The published counts under the programme's own table.
        sections.append(
            Section(
                program.name,
                tuple(_row(name, counts, roles) for name, counts in counted),
                tuple(_record(counts, roles) for _name, counts in counted),
                notes=tuple(published) + _sample_note(mine),
            )
        )
    return Sheet(
        name=NAME,
        title=tr("登録状況"),
        as_of=as_of_line(day),
        columns=(
            Column(tr("分野"), 4.0),
            *(Column(tr(REGISTRATION_ROLES[r]), 1.0, "right") for r in roles),
            Column(tr("計"), 1.0, "right"),
        ),
        sections=tuple(sections),
    )


def _sample_note(registrations: list[Registration]) -> tuple[str, ...]:
    """The demo's fictitious registrations are counted like any other: said under the table,
    so that no one quotes the demo's totals as the programme's."""
    sample = sum(1 for r in registrations if SAMPLE_MARK in r.organization.name)
    if not sample:
        return ()
    return (
        tr("※うち{count}件は{mark}（デモ用の架空の登録）です。").format(
            count=sample, mark=SAMPLE_MARK
        ),
    )


def _row(name: str, counts: Counter[str], roles: list[str]) -> tuple[str, ...]:
    return (name, *(_count(counts[r]) for r in roles), _count(sum(counts[r] for r in roles)))


def _record(counts: Counter[str], roles: list[str]) -> Record:
    """The row's counts as numbers for scripts (0, where the sheet prints 「－」)."""
    return {**{r: counts[r] for r in roles}, "total": sum(counts[r] for r in roles)}


def _count(number: int) -> str:
    """A count as printed: 「－」 for none, as the ministry's tables write it."""
    return str(number) if number else "－"


def _published(session: Session, program: Program) -> list[str]:
    recorded = session.scalars(
        select(RegistrationCount)
        .where(RegistrationCount.program_id == program.id)
        .order_by(RegistrationCount.as_of.desc())
    ).all()
    if not recorded:
        return []
    latest = recorded[0].as_of
    parts = "、".join(
        f"{REGISTRATION_ROLES.get(c.role, c.role)} {c.count}{c.unit}"
        for c in recorded
        if c.as_of == latest
    )
    return [f"※{program.name}の公表値（{format_wareki(latest)}現在）: {parts}"]
