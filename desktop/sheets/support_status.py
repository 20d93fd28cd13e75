"""支援状況一覧: every selected project's support term and continuation on a date.

The printed sheet groups the projects by fiscal year of selection; the JSON gives each project
as data as well (title, selected_fiscal_year, term_end_fiscal_year, status …) for scripts.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.japanese.wareki import format_fiscal_year_range
from desktop.ops.projects import ProjectRow, list_projects
from desktop.ops.published import published_figures
from desktop.rules.support_terms import UNRECORDED
from desktop.sheets.model import Column, Record, Sheet
from desktop.sheets.projects import by_selection_year
from desktop.sheets.published_notes import published_notes
from desktop.sheets.words import as_of_line, tr

NAME = "support-status"


def _record(p: ProjectRow) -> Record:
    return {
        "title": p.title,
        "proposers": "、".join(p.proposers),
        "program": p.program,
        "selected_fiscal_year": p.selected_fiscal_year,
        "term_end_fiscal_year": p.term_end_fiscal_year,
        "status": p.status,
        "continuation": p.continuation or None,
        "continuation_deadline": (
            p.continuation_deadline.isoformat() if p.continuation_deadline else None
        ),
    }


def build(session: Session, *, as_of: dt.date | None = None) -> Sheet:
    day = as_of or dt.date.today()
    projects = list_projects(session, day)  # by fiscal year selected, then number
    sections = by_selection_year(
        projects,
        lambda p: (
            str(p.number) if p.number is not None else "",
            "、".join(p.proposers),
            p.title,
            format_fiscal_year_range(p.selected_fiscal_year, p.term_end_fiscal_year),
            str(p.continuation_note),
            p.status,
        ),
        _record,
    )
    due = [p for p in projects if p.continuation_deadline is not None]
    notes = ["※支援期間は選定から3年度。継続申請が認められると2年度延長（最長5年度）。"]
    if due:
        notes.append(
            f"※今年度末で支援期間が終わり、継続申請がまだない事業: {len(due)}件"
            "（継続申請欄の期限までに申請がなければ、支援は自動的に終了します）。"
        )
        if any(p.deadline_is_default for p in due):
            notes.append(
                "※〔既定値〕の期限は本アプリの既定（11月30日）で、資料に定めはありません"
                "（設定の「継続申請の期限」で変えられます）。"
            )
    if any(p.status == UNRECORDED for p in projects):
        notes.append(
            "※継続の記録なし: 継続申請をしたか、支援が終わったかを示す資料がない事業"
            "（終了とはしていません）。"
        )
    notes += published_notes(projects, published_figures(session, day))
    return Sheet(
        name=NAME,
        title=tr("選定事業の支援状況"),
        as_of=as_of_line(day),
        columns=(
            Column(tr("No."), 0.5, "right"),
            Column(tr("提案者"), 2.2),
            Column(tr("提案タイトル"), 4.1),
            Column(tr("支援期間"), 1.3),
            Column(tr("継続申請"), 2.3),
            Column(tr("状況"), 1.5),
        ),
        sections=sections,
        notes=tuple(notes),
        landscape=True,
    )
