"""The notes of the 支援状況 sheet that set the published figures beside the records' own count.

A source may publish more than the office recorded (seed 001: 38 projects in support, while the
demo lists 20 of the 43 selected) and less (5 of the 14 FY2018 projects ended, not which). The
notes say both, and how many projects the list leaves out, so that no count contradicts the
source.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.japanese.wareki import format_fiscal_year, format_wareki
from desktop.ops.projects import ProjectRow
from desktop.ops.published import ENDED, IN_SUPPORT, SELECTED, Figure
from desktop.rules.support_terms import ENDING, EXTENDED, SUPPORTED, UNRECORDED

IN_SUPPORT_STATUSES = (SUPPORTED, EXTENDED, ENDING)


def _published_line(program: str, figures: Sequence[Figure]) -> str:
    parts = []
    selected = [f for f in figures if f.kind == SELECTED and f.fiscal_year is not None]
    if selected:
        years = "・".join(
            f"{format_fiscal_year(f.fiscal_year)}{f.count}件"
            for f in selected
            if f.fiscal_year is not None
        )
        parts.append(f"選定 {years}（計{sum(f.count for f in selected)}件）")
    parts.extend(f"支援中 {f.count}件" for f in figures if f.kind == IN_SUPPORT)
    parts.extend(
        f"{format_fiscal_year(f.fiscal_year)}選定のうち{f.count}件は"
        f"{format_fiscal_year(f.ended_after)}末で支援終了（どの事業かは公表なし）"
        for f in figures
        if f.kind == ENDED and f.fiscal_year is not None and f.ended_after is not None
    )
    day = format_wareki(figures[-1].published_on)
    return f"※公表値（{program}、{day}）: " + "、".join(parts) + "。"


def published_notes(projects: Sequence[ProjectRow], figures: Sequence[Figure]) -> list[str]:
    """Per programme with published figures: those figures, then what this list records."""
    notes = []
    for program in dict.fromkeys(f.program for f in figures):
        mine = [f for f in figures if f.program == program]
        recorded = [p for p in projects if p.program == program]
        supported = sum(1 for p in recorded if p.status in IN_SUPPORT_STATUSES)
        unknown = sum(1 for p in recorded if p.status == UNRECORDED)
        selected = sum(f.count for f in mine if f.kind == SELECTED)
        line = (
            f"※この一覧の記録: {len(recorded)}件（うち支援中{supported}件、"
            f"継続の記録なし{unknown}件）"
        )
        if selected > len(recorded):
            line += (
                f"。公表の選定数{selected}件のうち{selected - len(recorded)}件は記録がありません"
            )
        notes += [_published_line(program, mine), line + "。"]
        notes += sorted({f"※出典: {f.source}" for f in mine if f.source})
    return notes
