"""Projects whose 継続申請 falls due on one day, proposed by local governments and companies
entered in an order that is neither their code order nor their reading order."""

from __future__ import annotations

import datetime as dt

from db.database import Database
from desktop.ops import projects, registrations

SELECTED = 2023  # the term ends with FY2025: the application is due on 令和7年11月30日
AS_OF = dt.date(2025, 11, 1)
COMPANIES = (
    ("未来技研", ""),
    ("みらいテック株式会社", "みらいてっく"),
    ("あおば商事", "アオバショウジ"),
)
PROPOSERS = ("未来技研", "大分県", "みらいテック株式会社", "神戸市", "あおば商事", "秩父市、北海道")
# Local governments by code (a joint proposal by its first proposer: 秩父市 112071), then the
# others in 五十音順, the one without a reading last.
IN_ORDER = ("秩父市、北海道", "神戸市", "大分県", "あおば商事", "みらいテック株式会社", "未来技研")


def title(proposers: str) -> str:
    return f"同日期限テスト（{proposers}）"


def due_on_one_day(db: Database) -> None:
    with db.transaction() as session:
        for name, kana in COMPANIES:
            registrations.save_organization(
                session, registrations.OrganizationInput(name, "company", kana=kana)
            )
        program_id = registrations.list_programs(session)[0].id
        for proposers in PROPOSERS:
            projects.save_project(
                session,
                projects.ProjectInput(
                    program_id=program_id,
                    title=title(proposers),
                    proposers=proposers,
                    selected_fiscal_year=str(SELECTED),
                ),
            )
