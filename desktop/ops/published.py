"""Published figures of a programme's projects (selected per year, in support on a date, ended),
read beside what the records compute: the records of an office rarely hold every project."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.models import PublishedFigure

SELECTED = "selected"
IN_SUPPORT = "in_support"
ENDED = "ended"


@dataclass(frozen=True)
class Figure:
    program: str
    published_on: dt.date
    kind: str  # selected / in_support / ended
    fiscal_year: int | None  # the year of selection (selected, ended)
    ended_after: int | None  # the last fiscal year of support (ended)
    count: int
    source: str


def published_figures(session: Session, as_of: dt.date) -> list[Figure]:
    """The figures published by `as_of` (a later publication was not known yet), oldest first."""
    rows = session.scalars(
        select(PublishedFigure)
        .where(PublishedFigure.published_on <= as_of)
        .options(selectinload(PublishedFigure.program))
        .order_by(PublishedFigure.published_on, PublishedFigure.id)
    ).all()
    return [
        Figure(
            f.program.name,
            f.published_on,
            f.kind,
            f.fiscal_year,
            f.ended_after,
            f.count,
            f.source or "",
        )
        for f in rows
    ]
