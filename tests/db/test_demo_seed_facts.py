"""Every seed fact the demo holds, listed with the seed document it comes from.

The demo is meant to be true to its sources: each entry below is one fact as a reader of the
seed would check it (see db/demo_facts.py for the seed files). A fact that goes missing or
changes in the demo fails its own test, named by seed and fact.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from db.database import Database
from db.export import export_data
from tests.helpers import demo_seed

Export = dict[str, Any]
SAMPLE = "架空のサンプル"  # the fictitious sample set, kept apart from the seed facts


def _projects(fiscal_year: int) -> Callable[[Export], Any]:
    def view(data: Export) -> Any:
        rows = [p for p in data["projects"] if p["selected_fiscal_year"] == fiscal_year]
        return [(p["number"], p["proposers"], p["title"]) for p in rows]

    return view


def _members(council: str) -> Callable[[Export], Any]:
    def view(data: Export) -> Any:
        found = next(c for c in data["councils"] if c["name"] == council)
        return [(m["role"], m["group"], m["organization"], m["post"]) for m in found["members"]]

    return view


def _council(council: str, key: str) -> Callable[[Export], Any]:
    return lambda data: next(c for c in data["councils"] if c["name"] == council)[key]


def _sessions(fiscal_year: int) -> Callable[[Export], Any]:
    def view(data: Export) -> Any:
        series = next(s for s in data["event_series"] if s["fiscal_year"] == fiscal_year)
        return [
            (s["number"], s["theme"], s["date"], s["start"], s["end"]) for s in series["sessions"]
        ]

    return view


def _measure(name: str, *keys: str) -> Callable[[Export], Any]:
    def view(data: Export) -> Any:
        found = next(m for m in data["measures"] if m["name"] == name)
        return tuple(found[k] for k in keys)

    return view


def _budget(name: str) -> Callable[[Export], Any]:
    def view(data: Export) -> Any:
        found = next(m for m in data["measures"] if m["name"] == name)
        return [
            (b["fiscal_year"], b["kind"], b["amount_yen"], b["text"])
            + ((b["share_of"],) if b["share_of"] else ())
            for b in found["budget_lines"]
        ]

    return view


def _fields(program: str) -> Callable[[Export], Any]:
    def view(data: Export) -> Any:
        found = next(p for p in data["programs"] if p["name"] == program)
        return [c["name"] for c in found["categories"]]

    return view


def _selected_areas(mark: str) -> Callable[[Export], Any]:
    def view(data: Export) -> Any:
        found = next(m for m in data["measures"] if m["mark"] == mark)
        return sorted((s["item_no"], s["area"]) for s in found["selections"] if not s["past"])

    return view


def _continuations(fiscal_year: int) -> Callable[[Export], Any]:
    def view(data: Export) -> Any:
        rows = [p for p in data["projects"] if p["selected_fiscal_year"] == fiscal_year]
        return [p["continuations"] for p in rows]

    return view


def _milestones(data: Export) -> Any:
    return [(m["date"], m["label"]) for m in data["milestones"] if SAMPLE not in m["label"]]


def _registration_counts(data: Export) -> Any:
    return sorted(
        (c["as_of"], c["role"], c["count"], c["unit"]) for c in data["registration_counts"]
    )


LIAISON = "近未来技術実装関係省庁連絡会議"
CHICHIBU = "秩父市 未来技術社会実装協議会"

# (seed, the fact in words, how to read it from the demo, what the seed says)
FACTS: list[tuple[str, str, Callable[[Export], Any], Any]] = [
    (
        "000",
        "オープンラボの20の政策分野（名称と順序）",
        _fields("地域未来構想20 オープンラボ"),
        demo_seed.OPENLAB_FIELDS,
    ),
    (
        "000",
        "20の政策分野の名称は資料の外の情報であることを事業の説明に明記",
        lambda d: next(p for p in d["programs"] if p["name"] == "地域未来構想20 オープンラボ")[
            "description"
        ].endswith("の分野名によります（資料の外の情報）。"),
        True,
    ),
    (
        "000",
        "オープンラボの日程",
        _milestones,
        [
            ("2020-07-08", "「地域未来構想20 オープンラボ」の立ち上げ"),
            ("2020-07-31", "①各分野の専門家、②地方公共団体の関心分野、③国の関連施策の登録〆切"),
            (
                "2020-08-07",
                "内閣府HPで①各分野の専門家、②地方公共団体の関心分野、③国の関連施策一覧を公表",
            ),
            ("2020-08-19", "各分野の専門家の紹介冊子を地方公共団体に送付"),
        ],
    ),
    (
        "000",
        "オープンラボの登録数（令和2年9月1日時点）",
        _registration_counts,
        [
            ("2020-09-01", "interest", 196, "団体"),
            ("2020-09-01", "measure", 61, "施策"),
            ("2020-09-01", "offer", 729, "団体"),
        ],
    ),
    (
        "004",
        "平成30年度選定事業 14件（No.・提案者・提案タイトル）",
        _projects(2018),
        demo_seed.FY2018_PROJECTS,
    ),
    (
        "001",
        "継続事業一覧（令和元年度選定事業）5件",
        _projects(2019),
        demo_seed.FY2019_PROJECTS,
    ),
    (
        "001",
        "継続事業は令和3年12月17日付",
        _continuations(2019),
        [demo_seed.DECIDED_2021_12_17] * 5,
    ),
    (
        "001",
        "令和2年度選定 秩父市の事業",
        _projects(2020),
        [(None, ["秩父市"], "山間地域におけるスマートモビリティによる生活交通・物流融合事業")],
    ),
    (
        "004",
        "関係省庁連絡会議の設置（H30.2.15）",
        _council(LIAISON, "established_on"),
        "2018-02-15",
    ),
    ("004", "関係省庁連絡会議の注記", _council(LIAISON, "note"), "※必要に応じて構成員追加"),
    (
        "004",
        "関係省庁連絡会議の構成員（資料の省庁順）",
        _members(LIAISON),
        [
            ("chair", None, "内閣府", "地方創生推進事務局長"),
            ("member", None, "内閣府", "内閣府政策統括官（科学技術・イノベーション担当）"),
            ("member", None, "警察庁", "警察庁長官官房技術審議官"),
            ("member", None, "金融庁", "金融庁総括審議官"),
            ("member", None, "総務省", "総務省大臣官房総括審議官（情報通信担当）"),
            ("member", None, "文部科学省", "文部科学省科学技術・学術政策局長"),
            (
                "member",
                None,
                "厚生労働省",
                "厚生労働省大臣官房審議官（科学技術・イノベーション等担当）",
            ),
            ("member", None, "農林水産省", "農林水産省農村振興局長"),
            ("member", None, "経済産業省", "経済産業省地域経済産業グループ長"),
            ("member", None, "国土交通省", "国土交通省総合政策局長"),
            ("member", None, "環境省", "環境省総合環境政策統括官"),
            ("member", None, "内閣府", "内閣府地方創生推進事務局長次長"),
        ],
    ),
    (
        "004",
        "幹事会の構成",
        _members(LIAISON + " 幹事会"),
        [
            ("convener", None, "内閣府", "内閣府地方創生推進事務局参事官"),
            ("member", None, None, "各省庁課長級"),
        ],
    ),
    (
        "001",
        "秩父市 未来技術社会実装協議会の推進体制（資料の順）",
        _members(CHICHIBU),
        [
            ("member", "地方公共団体等", "秩父市", None),
            ("member", "地方公共団体等", "埼玉県", None),
            ("member", "地方公共団体等", "(公財)埼玉県産業振興公社", None),
            ("member", "地方公共団体等", "秩父商工会議所", None),
            ("member", "地方公共団体等", "FIND Chichibu", None),
            ("member", "民間事業者", "(株)センリック", None),
            ("member", "民間事業者", "(株)西武ホールディングス", None),
            ("member", "民間事業者", "(株)西武百貨店", None),
            ("member", "民間事業者", "(株)西武鉄道", None),
            ("member", "民間事業者", "(株)ファミリーマート", None),
            ("member", "民間事業者", "(株)アスコデータセキュティア", None),
            ("member", "民間事業者", "(株)三菱総合研究所", None),
            ("member", "大学等", "早稲田大学", None),
            ("member", "大学等", "(公財)本庄早稲田国際リサーチパーク", None),
            ("member", "関係府省庁", "内閣府", None),
            ("member", "関係府省庁", "農林水産省", None),
            ("member", "関係府省庁", "経済産業省", None),
            ("member", "関係府省庁", "厚生労働省", None),
            ("member", "関係府省庁", "国土交通省", None),
            ("onsite_lead", "現地支援責任者", "内閣府", "現地支援責任者"),
        ],
    ),
    (
        "001",
        # on the seat, so that the roster shows it, and on the organization where it has a
        # record of its own (not on the 農林水産省 every council shares)
        "資料の誤記は訂正し、資料の表記を備考に残す（名簿の構成員と、その団体）",
        lambda d: (
            [
                (m["organization"], m["note"])
                for m in next(c for c in d["councils"] if c["name"] == CHICHIBU)["members"]
                if m["note"] and "資料の表記" in m["note"]
            ],
            sorted(
                (o["name"], o["note"])
                for o in d["organizations"]
                if o["note"] and "資料の表記" in o["note"]
            ),
        ),
        (
            [
                ("(株)西武百貨店", "資料の表記は「(株)西武百貨」（誤記として訂正）"),
                ("(株)西武鉄道", "資料の表記は「(株)西武鉄道(株)」（誤記として訂正）"),
                (
                    "(株)アスコデータセキュティア",
                    "資料の表記は「(株)アスコデータセキユティア」（誤記として訂正）",
                ),
                ("農林水産省", "資料の表記は「農林庁」（誤記として訂正）"),
            ],
            sorted(
                [
                    ("(株)西武百貨店", "資料の表記は「(株)西武百貨」（誤記として訂正）"),
                    ("(株)西武鉄道", "資料の表記は「(株)西武鉄道(株)」（誤記として訂正）"),
                    (
                        "(株)アスコデータセキュティア",
                        "資料の表記は「(株)アスコデータセキユティア」（誤記として訂正）",
                    ),
                ]
            ),
        ),
    ),
    (
        "001",
        "令和2年度 未来技術実装ミニシンポジウム（開催実績）",
        _sessions(2020),
        demo_seed.FY2020_SESSIONS,
    ),
    (
        "001",
        "令和3年度 未来技術実装ミニシンポジウム",
        _sessions(2021),
        demo_seed.FY2021_SESSIONS,
    ),
    (
        "001",
        "未来技術社会実装事業（☆）の府省・R3年度予算・過去の選定数",
        _measure("未来技術社会実装事業", "mark", "ministry", "past_selections"),
        ("☆", "内閣府", "H30:14事業、R1:8事業、R2:12事業、R3:9事業"),
    ),
    (
        "001",
        "☆ R3年度予算",
        _budget("未来技術社会実装事業"),
        [
            (
                2021,
                "当初",
                80_000_000,
                "0.8億円（シンポジウム等、普及啓発を目的とした取組に係る費用）",
            )
        ],
    ),
    (
        "001",
        "□ 総務省の事業と予算",
        _measure(
            "地域課題解決のためのスマートシティ推進事業", "mark", "ministry", "past_selections"
        ),
        ("□", "総務省", "H29:6事業、H30:3事業、R1:5事業、R2:5事業、R3:9事業"),
    ),
    (
        "001",
        "□ R3年度予算",
        _budget("地域課題解決のためのスマートシティ推進事業"),
        [(2021, "当初", 690_000_000, "6.9億円")],
    ),
    (
        "001",
        "■ 国土交通省 スマートシティモデルプロジェクト",
        _measure("スマートシティモデルプロジェクト", "mark", "ministry", "past_selections"),
        ("■", "国土交通省", "R1:15事業、R2:7事業、R3:5事業 ※先行モデルプロジェクト選定数を記載"),
    ),
    (
        "001",
        "■ R3年度予算",
        _budget("スマートシティモデルプロジェクト"),
        [(2021, "当初", 220_000_000, "2.2億円")],
    ),
    (
        "001",
        "○ 経済産業省 地域新MaaS創出推進事業",
        _measure("地域新MaaS創出推進事業", "mark", "ministry", "past_selections"),
        ("○", "経済産業省", "R1:13事業、R2:16事業、R3:14事業"),
    ),
    (
        "001",
        "○ R3年度予算",
        _budget("地域新MaaS創出推進事業"),
        [(2021, "当初", None, "数億円程度")],
    ),
    (
        "001",
        "● 国土交通省 日本版MaaS推進・支援事業",
        _measure("日本版MaaS推進・支援事業", "mark", "ministry", "past_selections"),
        ("●", "国土交通省", "R1:19事業、R2:36事業、R3:12事業"),
    ),
    (
        "001",
        "● R3年度予算: 1億円（ほか、R2年度第3次補正予算305億円の内数）— 305億円は事業の額ではない",
        _budget("日本版MaaS推進・支援事業"),
        [
            (2021, "当初", 100_000_000, "1億円（ほか、R2年度第3次補正予算305億円の内数）"),
            (
                2020,
                "補正",
                None,
                "R2年度第3次補正予算305億円の内数",
                "R2年度第3次補正予算305億円",
            ),
        ],
    ),
    (
        "001",
        "凡例での名称と注記（□ ※1、● ※2）",
        lambda d: sorted(
            (m["mark"], m["legend_name"], m["legend_note"]) for m in d["measures"] if m["mark"]
        ),
        sorted(
            [
                ("☆", "未来技術社会実装事業", None),
                (
                    "□",
                    "データ連携促進型スマートシティ推進事業",
                    "令和2年度までの施策名は「データ利活用型スマートシティ推進事業」",
                ),
                ("○", "地域新MaaS創出推進事業", None),
                (
                    "●",
                    "日本版MaaS 推進・支援事業",
                    "令和元年度の施策名は「新モビリティサービス推進事業」",
                ),
                ("■", "スマートシティモデルプロジェクト", None),
            ]
        ),
    ),
    (
        "001",
        "公表値（令和4年2月9日）: 選定数・支援中38事業・H30年度選定の5事業はR2年度末で終了",
        lambda d: [
            (f["published_on"], f["kind"], f["fiscal_year"], f["ended_after"], f["count"])
            for f in d["published_figures"]
        ],
        [
            ("2022-02-09", "selected", 2018, None, 14),
            ("2022-02-09", "selected", 2019, None, 8),
            ("2022-02-09", "selected", 2020, None, 12),
            ("2022-02-09", "selected", 2021, None, 9),
            ("2022-02-09", "in_support", None, None, 38),
            ("2022-02-09", "ended", 2018, 2020, 5),
        ],
    ),
    (
        "001",
        "平成30年度選定事業の継続: どの事業が終了したか資料にない（記録なし）",
        _continuations(2018),
        [[{"submitted_on": None, "decided_on": None, "result": "unknown"}]] * 14,
    ),
    ("001", "☆ 令和3年度の選定地域の数", lambda d: len(_selected_areas("☆")(d)), 9),
    (
        "001",
        "スマートシティ関連事業の選定結果: 62地域",
        lambda d: len(
            {s["item_no"] for m in d["measures"] for s in m["selections"] if not s["past"]}
        ),
        62,
    ),
    (
        "001",
        "Society5.0タイプ（令和3年度予算 1,000億円の内数）",
        _budget("地方創生推進交付金「Society5.0タイプ」"),
        [(2021, "当初", None, "1,000億円の内数", "令和3年度予算 1,000億円")],
    ),
    (
        "002",
        "地域未来交付金の予算",
        _budget("地域未来交付金"),
        [
            (2026, "当初", 160_000_000_000, "1,600.0億円（令和8年度概算決定額）"),
            (2025, "当初", 200_000_000_000, "2,000.0億円"),
            (2025, "補正", 100_000_000_000, "1,000.0億円"),
            (2024, "補正", 100_000_000_000, "1,000.0億円"),
        ],
    ),
    (
        "002",
        "地方大学・地域産業創生交付金の予算",
        _budget("地方大学・地域産業創生交付金"),
        [
            (2025, "当初", 500_000_000, "5.0億円"),
            (2025, "補正", 1_200_000_000, "12.0億円"),
            (2024, "補正", 1_200_000_000, "12.0億円"),
        ],
    ),
    (
        "003",
        "地域協創アクションプログラムの10のアクション",
        lambda d: len(_fields("経団連 地域協創アクションプログラム")(d)),
        10,
    ),
]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Export:
    from db.demo import load_demo
    from db.engine import open_database

    database: Database = open_database(str(tmp_path_factory.mktemp("seed") / "demo.sqlite"))
    try:
        load_demo(database)
        with database.sessions() as session:
            return export_data(session, "test")
    finally:
        database.close()


@pytest.mark.parametrize(
    ("seed", "fact", "view", "expected"),
    FACTS,
    ids=[f"seed{seed}-{fact}" for seed, fact, _view, _expected in FACTS],
)
def test_the_demo_holds_the_seed_fact(
    exported: Export, seed: str, fact: str, view: Callable[[Export], Any], expected: Any
) -> None:
    assert view(exported) == expected, f"seed {seed}: {fact}"
