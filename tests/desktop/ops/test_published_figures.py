"""The support-status sheet beside the figures a source published (seed 001, 令和4年2月9日):
on no day of FY2021 does it contradict the 38 projects in support, nor say that more than 5 of
the 14 FY2018 projects ended."""

from __future__ import annotations

import datetime as dt

import pytest

from db.database import Database
from desktop import settings
from desktop.ops.projects import list_projects
from desktop.sheets import support_status

PUBLISHED_IN_SUPPORT = 38  # 「現在38事業に対して支援を実施中」
PUBLISHED_SELECTED = 14 + 8 + 12 + 9  # H30, R1, R2, R3
PUBLISHED_FY2018_ENDED = 5  # 「H30年度選定の5事業はR2年度末をもって支援を終了」
IN_SUPPORT = {"支援中", "延長中", "今年度末で終了予定"}


def _days_of_fy2021() -> list[dt.date]:
    firsts = [dt.date(2021 + (m < 4), m, 1) for m in (*range(4, 13), 1, 2, 3)]
    return [*firsts, dt.date(2021, 12, 16), dt.date(2022, 2, 9), dt.date(2022, 3, 31)]


@pytest.mark.parametrize("day", _days_of_fy2021(), ids=str)
def test_the_support_status_of_fy2021_agrees_with_the_published_38(
    any_demo_db: Database, day: dt.date
) -> None:
    with any_demo_db.sessions() as session:
        rows = list_projects(session, day)
        sheet = support_status.build(session, as_of=day)
    supported = sum(1 for r in rows if r.status in IN_SUPPORT)
    unknown = sum(1 for r in rows if r.status == "継続の記録なし")
    not_listed = PUBLISHED_SELECTED - len(rows)
    assert supported <= PUBLISHED_IN_SUPPORT <= supported + unknown + not_listed
    fy2018_ended = [r for r in rows if r.selected_fiscal_year == 2018 and r.status == "終了"]
    assert len(fy2018_ended) <= PUBLISHED_FY2018_ENDED
    notes = "\n".join(sheet.notes)
    if day >= dt.date(2022, 2, 9):  # published then: printed beside the records
        recorded = f"{len(rows)}件（うち支援中{supported}件、継続の記録なし{unknown}件）"
        assert f"この一覧の記録: {recorded}" in notes
        assert "支援中 38件" in notes
        assert "平成30年度選定のうち5件は令和2年度末で支援終了" in notes
        assert "選定 平成30年度14件・令和元年度8件・令和2年度12件・令和3年度9件（計43件）" in notes
    else:  # not known yet on that day
        assert "38件" not in notes


def test_a_deadline_no_source_gives_is_printed_as_the_apps_default(demo_db: Database) -> None:
    day = dt.date(2022, 12, 10)  # the FY2020 秩父市 project: due 2022-11-30, none applied for
    with demo_db.sessions() as session:
        sheet = support_status.build(session, as_of=day)
    cells = [cell for section in sheet.sections for row in section.rows for cell in row]
    assert "未申請（期限 令和4年11月30日〔既定値〕・期限超過）" in cells
    assert any("資料に定めはありません" in note for note in sheet.notes)

    settings.save({settings.CONTINUATION_DEADLINE: (12, 20)})  # the office's own deadline
    with demo_db.sessions() as session:
        sheet = support_status.build(session, as_of=day)
    cells = [cell for section in sheet.sections for row in section.rows for cell in row]
    assert "未申請（期限 令和4年12月20日）" in cells
    assert not any("資料に定めはありません" in note for note in sheet.notes)
