"""スマートシティ関連事業の選定結果: regions × the programs that selected them, with the legend.

As in the government's table: one row per region (項番 order), the marks of the measures that
selected it this year and of those that did in past years, and the legend saying which mark is
which ministry's measure, with the measures' former names as notes.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.errors import UserError
from db.models import Measure, MeasureSelection
from desktop.catalogue import QT_TR_NOOP
from desktop.japanese.ministries import ministry_rank
from desktop.japanese.wareki import format_fiscal_year
from desktop.rules.budgets import budget_words
from desktop.sheets.model import Column, Section, Sheet
from desktop.sheets.words import as_of_line, tr

NAME = "smart-city-matrix"
# The order of the marks in the government's legend (☆ 内閣府, □ 総務省, ○ 経済産業省, ● ■ 国土交通省).
LEGEND_ORDER = "☆□○●■"


def _legend_key(measure: Measure) -> tuple[int, int, int]:
    mark = measure.mark or ""
    position = LEGEND_ORDER.index(mark) if mark in LEGEND_ORDER else len(LEGEND_ORDER)
    return (position, ministry_rank(measure.ministry.name if measure.ministry else ""), measure.id)


def _legend(measures: list[Measure]) -> list[str]:
    """The legend as the source prints it: its name for each measure, and its footnotes on the
    names (※1, ※2 … with their years); a measure without one shows its name and former names."""
    lines: list[str] = []
    footnotes: list[str] = []
    for m in measures:
        ministry = m.ministry.name if m.ministry else ""
        if m.legend_name:
            mark = ""
            if m.legend_note:
                footnotes.append(f"※{len(footnotes) + 1}{m.legend_note}")
                mark = f"※{len(footnotes)}"
            lines.append(f"{m.mark} {ministry}「{m.legend_name}」{mark}")
        else:
            former = f"（旧称: {'、'.join(m.aliases)}）" if m.aliases else ""
            lines.append(f"{m.mark} {ministry}「{m.name}」{former}")
    return [*lines, *footnotes]


def _budgets(measures: list[Measure], year: int | None) -> list[str]:
    """Each measure's budget of the year in the source's words; a share of a larger total (内数)
    stays a share, never added to the measure's own money."""
    words = [
        f"{m.mark} {budget_words(line.amount_yen, line.text, line.share_of)}"
        for m in measures
        for line in m.budget_lines
        if line.fiscal_year == year
    ]
    if not words or year is None:
        return []
    return [
        f"※{format_fiscal_year(year)}予算（資料の表記、「内数」は各事業の額ではありません）: "
        + "／".join(words)
    ]


def build(session: Session, *, as_of: dt.date | None = None) -> Sheet:
    measures = sorted(
        session.scalars(
            select(Measure)
            .where(Measure.mark.is_not(None))
            .options(
                selectinload(Measure.ministry),
                selectinload(Measure.selections),
                selectinload(Measure.budget_lines),
            )
        ).all(),
        key=_legend_key,
    )
    selections: list[tuple[MeasureSelection, Measure]] = [
        (s, m) for m in measures for s in m.selections
    ]
    if not selections:
        raise UserError(
            QT_TR_NOOP("スマートシティ関連事業の選定結果（支援策の選定地域）が登録されていません。")
        )
    years = [s.fiscal_year for s, _m in selections if s.fiscal_year is not None]
    year = max(years) if years else None
    regions: dict[tuple[int, str], tuple[list[str], list[str]]] = {}
    for selection, measure in selections:
        now, past = regions.setdefault((selection.item_no or 0, selection.area), ([], []))
        (past if selection.past else now).append(measure.mark or "")
    order = {m.mark: i for i, m in enumerate(measures)}
    rows = tuple(
        (
            str(number) if number else "",
            area,
            "".join(sorted(now, key=order.__getitem__)),
            "".join(sorted(past, key=order.__getitem__)),
        )
        for (number, area), (now, past) in sorted(regions.items())
    )
    year_label = format_fiscal_year(year) if year else ""
    return Sheet(
        name=NAME,
        title=tr("{year}のスマートシティ関連事業の選定結果").format(year=year_label),
        as_of=as_of_line(as_of or dt.date.today()) + tr("　{count}地域").format(count=len(rows)),
        columns=(
            Column(tr("項番"), 0.6, "right"),
            Column(tr("プロジェクト実施地域"), 4.0),
            Column(tr("選定事業"), 1.3, "center"),
            Column(tr("過年度選定"), 1.3, "center"),
        ),
        sections=(Section(None, rows),),
        notes=(*_legend(measures), *_budgets(measures, year)),
    )
