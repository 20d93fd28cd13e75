"""The demo dataset, checked through the JSON interchange export against the seed facts."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from db.database import Database
from db.export import export_data
from desktop.ops.projects import list_projects

FY2018_TITLES = [
    "世界トップレベルの「スマート一次産業」の実現に向けた実証フィールド形成による地域創生",
    "防災・減災分野におけるドローン活用仙台モデル構築事業",
    "高齢社会の課題を解決する近未来技術（Society5.0）社会",
    "先端技術体験がもたらす地域振興と人材育成および公共交通不便地域の解消",
    "幕張新都心の中核とした近未来技術等社会実装によるユニバーサル未来社会の実現",
    "「産業首都あいち」が生み出す近未来技術集積・社会実装プロジェクト",
    "近未来技術等を活用した「AIケアシティ」形成事業",
    "高蔵寺ニューモビリティタウン構想事業",
    "様々な生活シーンに対応し、社会インフラと協調する、先進モビリティ活用事業",
    "亀岡アクティブライフに向けた近未来技術実装事業",
    "少子高齢化社会における自動運転技術を活用した新たな移動サービスの創出と健康寿命の延伸"
    "～社会保障費等の抑制による持続的なまちの発展をめざして～",
    "地域に活力を与える地域交通IoTモデル構築事業 - 神戸市における自動運転技術を活用した"
    "住み継がれるまちの実現 -",
    "インフラ情報・管理技術を活用した地域安全マネジメントの展開",
    "遠隔ロボットアバターを通じた世界最先端地方創生モデルの実現",
]
OPENLAB_FIELDS = [
    "三密対策",
    "発熱外来",
    "キャッシュレス",
    "行政IT化",
    "防災IT化",
    "脱炭素社会への移行",
    "スーパーシティ",
    "地域経済の可視化",
    "教育",
    "医療",
    "地域交通体系",
    "文化芸術・スポーツ・コンテンツビジネス",
    "リビングシフト",
    "ハートフル",
    "強い農林水産",
    "地域商社・DMO",
    "物流の進化",
    "新たな観光",
    "商品券・旅行券",
    "事業構造改革",
]


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
    assert [c["name"] for c in openlab["categories"]] == OPENLAB_FIELDS
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
    assert [p["title"] for p in sorted(fy2018, key=lambda p: p["number"])] == FY2018_TITLES
    assert fy2018[0]["proposers"] == ["北海道", "岩見沢市", "更別村"]
    fy2019 = [p for p in exported["projects"] if p["selected_fiscal_year"] == 2019]
    assert [p["proposers"] for p in fy2019] == [
        ["仙北市"],
        ["富山市"],
        ["岐阜市"],
        ["静岡県"],
        ["福山市"],
    ]
    for project in fy2019:
        assert project["continuations"] == [
            {"submitted_on": None, "decided_on": "2021-12-17", "result": "approved"}
        ]


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
    assert [(s["number"], s["theme"], s["date"], s["start"], s["end"]) for s in sessions] == [
        (1, "物流・農業", "2021-10-01", "13:30", "15:00"),
        (2, "MaaS・自動運転", "2021-10-26", "14:00", "15:30"),
        (3, "ヘルスケア", "2021-12-16", "13:30", "15:00"),
        (4, "共通の課題", "2022-02-17", "13:30", "15:00"),
    ]
    assert all(s["format"] == "web" for s in sessions)
    assert "地方公共団体" in sessions[3]["eligibility"]
    fy2020 = next(s for s in exported["event_series"] if s["fiscal_year"] == 2020)
    assert [s["theme"] for s in fy2020["sessions"]] == ["ドローン", "自動運転", "スマート農業"]
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
