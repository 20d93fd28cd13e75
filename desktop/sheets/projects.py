"""選定事業一覧: selected projects by fiscal year, with proposers, support term and status on a date."""

from __future__ import annotations

import datetime as dt
from itertools import groupby

from sqlalchemy.orm import Session

from desktop.japanese.wareki import format_wareki
from desktop.ops.projects import list_projects
from desktop.sheets.model import Column, Section, Sheet

NAME = "projects"


def build(session: Session, *, as_of: dt.date | None = None) -> Sheet:
    """The support status is the one on `as_of` (default today), as the 協議会 tab shows it."""
    day = as_of or dt.date.today()
    rows = list_projects(session, day)  # ordered by fiscal year selected, then number
    sections = tuple(
        Section(
            f"{label}選定",
            tuple(
                (
                    str(p.number) if p.number is not None else "",
                    p.proposers,
                    p.title,
                    p.technologies,
                    f"{p.term_end_label}まで",
                    p.status,
                )
                for p in group
            ),
        )
        for label, group in groupby(rows, key=lambda p: p.selected_label)
    )
    return Sheet(
        name=NAME,
        title="選定事業一覧",
        as_of=f"{format_wareki(day)}現在",
        columns=(
            Column("No.", 0.5, "right"),
            Column("提案者", 2.2),
            Column("提案タイトル", 4.2),
            Column("技術", 2.2),
            Column("支援期間", 1.3),
            Column("状況", 1.4),
        ),
        sections=sections,
        notes=("※支援期間は選定から3年度、継続が認められた場合は最長5年度まで。",),
        landscape=True,
    ).without_empty("技術")
