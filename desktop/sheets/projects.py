"""選定事業一覧: selected projects by fiscal year, with proposers, support term and status on a date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from itertools import groupby

from sqlalchemy.orm import Session

from desktop.japanese.wareki import format_fiscal_year, format_fiscal_year_range
from desktop.ops.projects import ProjectRow, list_projects
from desktop.sheets.model import Column, Record, Section, Sheet
from desktop.sheets.words import as_of_line, tr

NAME = "projects"


def by_selection_year(
    projects: Sequence[ProjectRow],
    row: Callable[[ProjectRow], tuple[str, ...]],
    record: Callable[[ProjectRow], Record] | None = None,
) -> tuple[Section, ...]:
    """One section per fiscal year of selection (平成30年度選定 …), the projects in the order
    given; with `record`, each row's data for the JSON too."""
    sections = []
    for year, group in groupby(projects, key=lambda p: p.selected_fiscal_year):
        mine = list(group)
        records = tuple(record(p) for p in mine) if record else ()
        sections.append(
            Section(f"{format_fiscal_year(year)}選定", tuple(row(p) for p in mine), records)
        )
    return tuple(sections)


def build(session: Session, *, as_of: dt.date | None = None) -> Sheet:
    """The support status is the one on `as_of` (default today), as the 協議会 tab shows it."""
    day = as_of or dt.date.today()
    rows = list_projects(session, day)  # ordered by fiscal year selected, then number
    sections = by_selection_year(
        rows,
        lambda p: (
            str(p.number) if p.number is not None else "",
            "、".join(p.proposers),
            p.title,
            "、".join(p.technologies),
            format_fiscal_year_range(p.selected_fiscal_year, p.term_end_fiscal_year),
            p.status,
        ),
    )
    return Sheet(
        name=NAME,
        title=tr("選定事業一覧"),
        as_of=as_of_line(day),
        columns=(
            Column(tr("No."), 0.5, "right"),
            Column(tr("提案者"), 2.2),
            Column(tr("提案タイトル"), 4.2),
            Column(tr("技術"), 2.2),
            Column(tr("支援期間"), 1.3),
            Column(tr("状況"), 1.4),
        ),
        sections=sections,
        notes=("※支援期間は選定から3年度、継続が認められた場合は最長5年度まで。",),
        landscape=True,
    ).without_empty(tr("技術"))  # as the column was titled
