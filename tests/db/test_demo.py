"""The demo dataset, checked through the JSON interchange export against the seed facts."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from db.database import Database
from db.export import export_data
from desktop.ops.projects import list_projects
from tests.helpers import demo_seed


@pytest.fixture
def exported(demo_db: Database) -> dict[str, Any]:
    with demo_db.sessions() as session:
        return export_data(session, "test")


def by_name(rows: list[dict[str, Any]], name: str) -> dict[str, Any]:
    found = [r for r in rows if r["name"] == name]
    assert len(found) == 1, f"{name}: {len(found)} found"
    return found[0]


def test_programs_and_policy_fields(exported: dict[str, Any]) -> None:
    openlab = by_name(exported["programs"], "地域未来構想20 オープンラボ")
    assert [c["name"] for c in openlab["categories"]] == demo_seed.OPENLAB_FIELDS
    assert [c["order"] for c in openlab["categories"]] == list(range(1, 21))
    keidanren = by_name(exported["programs"], "経団連 地域協創アクションプログラム")
    assert len(keidanren["categories"]) == 10
    milestones = [(m["date"], m["program"]) for m in exported["milestones"]]
    assert ("2020-07-08", "地域未来構想20 オープンラボ") in milestones
    assert [m["date"] for m in exported["milestones"]] == [
        "2020-07-08",
        "2020-07-31",
        "2020-08-07",
        "2020-08-19",
    ]
    counts = {(c["role"], c["count"]) for c in exported["registration_counts"]}
    assert counts == {("interest", 196), ("offer", 729), ("measure", 61)}


def test_projects_fy2018_and_continuations(exported: dict[str, Any]) -> None:
    fy2018 = [p for p in exported["projects"] if p["selected_fiscal_year"] == 2018]
    assert [p["title"] for p in sorted(fy2018, key=lambda p: p["number"])] == [
        title for _number, _proposers, title in demo_seed.FY2018_PROJECTS
    ]
    assert fy2018[0]["proposers"] == ["北海道", "岩見沢市", "更別村"]
    fy2019 = [p for p in exported["projects"] if p["selected_fiscal_year"] == 2019]
    assert [p["proposers"] for p in fy2019] == [
        proposers for _number, proposers, _title in demo_seed.FY2019_PROJECTS
    ]
    for project in fy2019:
        assert project["continuations"] == demo_seed.DECIDED_2021_12_17


def test_chichibu_project_and_its_council(exported: dict[str, Any]) -> None:
    chichibu = by_name(exported["organizations"], "秩父市")
    assert chichibu["lg_code"] == "112071"
    assert chichibu["kind"] == "municipality"
    assert chichibu["parent"] == "埼玉県"
    project = next(p for p in exported["projects"] if p["proposers"] == ["秩父市"])
    assert project["selected_fiscal_year"] == 2020
    assert {"IoT", "自動運転", "ドローン"} <= set(project["categories"])
    council = next(c for c in exported["councils"] if c["project_id"] == project["id"])
    groups = {m["group"] for m in council["members"]}
    assert {"地方公共団体等", "民間事業者", "大学等"} <= groups
    organizations = [m["organization"] for m in council["members"]]
    assert organizations[:2] == ["秩父市", "埼玉県"]
    assert "早稲田大学" in organizations and "農林水産省" in organizations
    lead = [m for m in council["members"] if m["role"] == "onsite_lead"]
    assert len(lead) == 1 and lead[0]["organization"] == "内閣府"


def test_liaison_council_in_the_seed_order(exported: dict[str, Any]) -> None:
    council = by_name(exported["councils"], "近未来技術実装関係省庁連絡会議")
    members = council["members"]
    assert members[0]["role"] == "chair" and members[0]["post"] == "地方創生推進事務局長"
    posts = [m["post"] for m in members if m["role"] == "member"]
    assert len(posts) == 11
    assert posts[0] == "内閣府政策統括官（科学技術・イノベーション担当）"
    assert posts[1] == "警察庁長官官房技術審議官"
    assert posts[-2] == "環境省総合環境政策統括官"
    assert "次長" in posts[-1]  # the host office's own 次長 comes last
    assert all(m["name"] is None for m in members)  # only posts are known
    board = next(c for c in exported["councils"] if c["parent"] == council["name"])
    assert board["members"][0]["role"] == "convener"
    assert board["members"][0]["post"] == "内閣府地方創生推進事務局参事官"


def test_symposium_series(exported: dict[str, Any]) -> None:
    fy2021 = next(s for s in exported["event_series"] if s["fiscal_year"] == 2021)
    sessions = fy2021["sessions"]
    assert [
        (s["number"], s["theme"], s["date"], s["start"], s["end"]) for s in sessions
    ] == demo_seed.FY2021_SESSIONS
    assert all(s["format"] == "web" for s in sessions)
    assert "地方公共団体" in sessions[3]["eligibility"]
    fy2020 = next(s for s in exported["event_series"] if s["fiscal_year"] == 2020)
    assert [s["theme"] for s in fy2020["sessions"]] == [
        theme for _number, theme, *_times in demo_seed.FY2020_SESSIONS
    ]
    assert fy2020["sessions"][1]["end"] == "11:45"


def test_smart_city_measures_and_selections(exported: dict[str, Any]) -> None:
    marks = {m["mark"]: m for m in exported["measures"] if m["mark"]}
    assert set(marks) == {"☆", "□", "○", "●", "■"}
    assert marks["☆"]["ministry"] == "内閣府"
    assert marks["☆"]["budget_lines"][0]["amount_yen"] == 80_000_000
    assert marks["□"]["ministry"] == "総務省"
    current = {s["item_no"] for m in marks.values() for s in m["selections"] if not s["past"]}
    assert current == set(range(1, 63))
    sapporo = [
        (m["mark"], s["past"]) for m in marks.values() for s in m["selections"] if s["item_no"] == 1
    ]
    assert sorted(sapporo) == sorted([("■", False), ("□", True), ("●", True)])


def test_grants_with_budget_lines(exported: dict[str, Any]) -> None:
    grant = by_name(exported["measures"], "地域未来交付金")
    lines = {(b["fiscal_year"], b["kind"]): b["amount_yen"] for b in grant["budget_lines"]}
    assert lines[(2026, "当初")] == 160_000_000_000
    assert lines[(2025, "補正")] == 100_000_000_000


def test_keidanren_partners(exported: dict[str, Any]) -> None:
    partners = [r for r in exported["registrations"] if r["role"] == "partner"]
    items = {c for r in partners for c in r["categories"]}
    assert len(items) == 10
    assert any(r["organization"] == "全国知事会" for r in partners)


def test_support_status_as_of_april_2022(demo_db: Database) -> None:
    with demo_db.sessions() as session:
        rows = list_projects(session, as_of=dt.date(2022, 4, 1))
    fy2019 = [r for r in rows if r.selected_fiscal_year == 2019]
    assert len(fy2019) == 5
    assert {r.status for r in fy2019} == {"延長中"}
    assert {r.term_end_fiscal_year for r in fy2019} == {2023}
    fy2018 = [r for r in rows if r.selected_fiscal_year == 2018]
    # Seed 001: 5 of the 14 ended after R2, not which; none is shown as ended.
    assert {r.status for r in fy2018} == {"継続の記録なし"}
    assert {r.continuation for r in fy2018} == {"記録なし"}
    assert {r.term_end_fiscal_year for r in fy2018} == {2020}
