"""What a blank form offers: the programme's categories and the dropdown contents."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db import demo_facts
from db.errors import UserError
from db.models import Council, EventSeries, Program
from desktop.catalogue import QT_TR_NOOP, Listed
from desktop.excel.forms import FormChoices
from desktop.japanese.text import normalize_for_compare

DEFAULT_PROGRAM = "地域未来構想20 オープンラボ"


def default_choices() -> FormChoices:
    """Without a database: the オープンラボ and its 20 policy fields."""
    program = next(p for p in demo_facts.PROGRAMS if p["name"] == DEFAULT_PROGRAM)
    return FormChoices(
        program_name=program["name"],
        category_label=program["category_label"],
        categories=tuple(c["name"] for c in program["categories"]),
    )


def choices_from_database(session: Session, program_name: str | None) -> FormChoices:
    programs = session.scalars(
        select(Program).options(selectinload(Program.categories)).order_by(Program.id)
    ).all()
    if not programs:
        return default_choices()
    wanted = normalize_for_compare(program_name or DEFAULT_PROGRAM)
    program = next((p for p in programs if normalize_for_compare(p.name) == wanted), None)
    if program is None:
        if program_name:
            raise UserError(
                QT_TR_NOOP("事業「{program}」はありません。次から選んでください: {names}"),
                program=program_name,
                names=Listed(tuple(p.name for p in programs)),
            )
        program = programs[0]
    series = session.scalars(select(EventSeries).options(selectinload(EventSeries.sessions))).all()
    numbers = sorted({s.number for e in series for s in e.sessions})
    return FormChoices(
        program_name=program.name,
        category_label=program.category_label,
        categories=tuple(c.name for c in program.categories),
        event_names=tuple(e.name for e in series),
        session_numbers=tuple(numbers),
        council_names=tuple(session.scalars(select(Council.name).order_by(Council.id)).all()),
    )
