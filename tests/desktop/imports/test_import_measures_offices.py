"""Support-measure lists as ministries and offices write them: titles and notes over the
heading, totals under it, a ministry's own column names, the ministry and its bureau in one
cell, budgets in wareki years, full-width digits, units in the heading, two-row and merged
headings, CSV in CP932 / UTF-8 with BOM / UTF-16, .xls. Checked as a user would: the measures
stored, with ministry, department and budget, and the notes the review gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from db.database import Database
from desktop.imports import pipeline
from tests.helpers.import_files import converted, exported, office_workbook, prepare, text_table

OPENLAB = "地域未来構想20 オープンラボ"
OKU = 100_000_000  # 1億円

Budget = tuple[int, str, int | None]  # fiscal year, 当初/補正, yen


def imported(db: Database, path: Path, **options: Any) -> Any:
    preview = prepare(db, path, **options)
    pipeline.commit(db, preview)
    return preview


def measures(db: Database, *names: str) -> dict[str, dict[str, Any]]:
    """The named measures as stored: ministry, department, budget lines, categories."""
    found = {m["name"]: m for m in exported(db)["measures"] if m["name"] in names}
    assert set(found) == set(names), set(found)
    return {
        name: {
            "ministry": m["ministry"],
            "department": m["department"],
            "budget": [(b["fiscal_year"], b["kind"], b["amount_yen"]) for b in m["budget_lines"]],
            "categories": m["categories"],
            "summary": m["summary"],
        }
        for name, m in found.items()
    }


def said(preview: Any) -> list[str]:
    return [p.text() for p in preview.all_problems()]


def accepted_names(preview: Any) -> list[str]:
    return [r.measure_name for r in preview.accepted]


def test_cabinet_office_list_in_cp932_with_its_own_headings_and_a_totals_row(
    demo_db: Database, tmp_path: Path
) -> None:
    # 内閣府's list: 事業名-like headings of its own (所管, 担当部局, 事業概要), the year in the
    # budget's heading, full-width digits, a totals row and a note under it.
    path = text_table(
        tmp_path / "地方創生関連施策.csv",
        [
            ["令和８年度 地方創生関連施策一覧（内閣府）"],
            [],
            ["No", "施策名", "所管", "担当部局", "事業概要", "令和８年度予算額", "問合せ先"],
            [
                "１",
                "地方創生推進交付金",
                "内閣府",
                "地方創生推進事務局",
                "自主的な取組を支援",
                "１，０００億円",
                "03-5510-2151",
            ],
            [
                "２",
                "デジタル実装交付金",
                "内閣府",
                "デジタル田園都市国家構想実現会議事務局",
                "デジタル実装を支援",
                "８００億円（補正）",
                "",
            ],
            ["合計", "", "", "", "", "１，８００億円", ""],
        ],
        encoding="cp932",
    )
    preview = imported(demo_db, path)
    assert accepted_names(preview) == ["地方創生推進交付金", "デジタル実装交付金"]
    stored = measures(demo_db, "地方創生推進交付金", "デジタル実装交付金")
    assert stored["地方創生推進交付金"] == {
        "ministry": "内閣府",
        "department": "地方創生推進事務局",
        "budget": [(2026, "当初", 1000 * OKU)],
        "categories": [],
        "summary": "自主的な取組を支援",
    }
    assert stored["デジタル実装交付金"]["budget"] == [(2026, "補正", 800 * OKU)]
    assert any("合計の行" in t for t in said(preview))


def test_ministry_and_bureau_in_one_cell_are_told_apart(demo_db: Database, tmp_path: Path) -> None:
    # A prefecture's summary of national measures, UTF-8 with BOM: the bureau written after the
    # ministry (and abbreviated: 国交省), years in three spellings.
    path = text_table(
        tmp_path / "国の支援策.csv",
        [
            ["施策名", "所管府省庁", "概要", "予算額", "年度"],
            ["地域DX推進事業", "総務省自治行政局", "自治体DXの推進", "10億円", "R8"],
            ["まちづくりDX", "国交省 都市局", "都市のデジタル化", "20億円", "令和8年度"],
            ["中小企業DX", "経産省", "中小企業のDX", "5億円", "2026年度"],
        ],
        encoding="utf-8-sig",
    )
    preview = imported(demo_db, path)
    stored = measures(demo_db, "地域DX推進事業", "まちづくりDX", "中小企業DX")
    assert [(m["ministry"], m["department"], m["budget"]) for m in stored.values()] == [
        ("総務省", "自治行政局", [(2026, "当初", 10 * OKU)]),
        ("国土交通省", "都市局", [(2026, "当初", 20 * OKU)]),
        ("経済産業省", None, [(2026, "当初", 5 * OKU)]),
    ]
    notes = said(preview)
    assert any(
        "「国交省 都市局」を府省庁「国土交通省」と担当部署「都市局」に分けました" in t
        for t in notes
    )
    assert not any(t.startswith("エラー") for t in notes)


def test_two_row_heading_with_line_breaks_and_merged_cells(
    demo_db: Database, tmp_path: Path
) -> None:
    # A ministry's Excel list: headings broken over lines, 予算 merged over 年度 and 金額.
    path = office_workbook(
        tmp_path / "関係省庁支援策.xlsx",
        [
            ["関係省庁 支援策一覧"],
            ["施策\n名称", "所管\n府省庁", "予算", None, "概要"],
            [None, None, "年度", "金額", None],
            ["観光DX推進", "観光庁", "令和8年度", "3億円", "観光地のDX"],
            ["地域交通再構築", "国土交通省", "令和8年度", "12億5千万円", "地域交通のリ・デザイン"],
        ],
        merged=("A2:A3", "B2:B3", "C2:D2", "E2:E3"),
    )
    imported(demo_db, path)
    stored = measures(demo_db, "観光DX推進", "地域交通再構築")
    assert stored["観光DX推進"]["ministry"] == "観光庁"
    assert stored["観光DX推進"]["budget"] == [(2026, "当初", 3 * OKU)]
    assert stored["地域交通再構築"]["budget"] == [(2026, "当初", 1_250_000_000)]


def test_amounts_in_the_unit_the_heading_gives(demo_db: Database, tmp_path: Path) -> None:
    # A budget table in CP932: bare numbers under 予算額（百万円）, the year in its own column.
    path = text_table(
        tmp_path / "予算一覧.csv",
        [
            ["施策名", "府省庁", "年度", "予算額（百万円）", "概要"],
            ["農山漁村振興交付金", "農林水産省", "令和8年度", "8,000", "農山漁村の活性化"],
            ["GIGAスクール構想", "文部科学省", "令和8年度", "1,500", "端末の整備"],
        ],
        encoding="cp932",
    )
    imported(demo_db, path)
    stored = measures(demo_db, "農山漁村振興交付金", "GIGAスクール構想")
    assert stored["農山漁村振興交付金"]["budget"] == [(2026, "当初", 8000 * 1_000_000)]
    assert stored["GIGAスクール構想"]["budget"] == [(2026, "当初", 1500 * 1_000_000)]


def test_categories_marked_with_black_circles_and_a_wareki_title(
    demo_db: Database, tmp_path: Path
) -> None:
    # The secretariat's own collection sheet: one column per field, marked ● by one ministry
    # and ○ by another, a title and a note above the heading.
    path = office_workbook(
        tmp_path / "支援策照会.xlsx",
        [
            ["令和8年度 オープンラボ 関係省庁支援策 照会様式"],
            ["※該当する分野に○を付けてください"],
            ["施策名", "府省庁", "教育", "医療", "予算額"],
            ["遠隔教育推進事業", "文部科学省", "●", None, "R8当初 2億円"],
            ["オンライン診療推進", "厚生労働省", None, "○", "令和8年度補正 5億円"],
        ],
    )
    preview = imported(demo_db, path, program=OPENLAB)
    stored = measures(demo_db, "遠隔教育推進事業", "オンライン診療推進")
    assert stored["遠隔教育推進事業"]["categories"] == ["教育"]
    assert stored["オンライン診療推進"]["categories"] == ["医療"]
    assert stored["オンライン診療推進"]["budget"] == [(2026, "補正", 5 * OKU)]
    assert any("列 「教育」 の 「●」 を○として読みました" in t for t in said(preview))


def test_full_width_digits_and_a_supplementary_budget_heading(
    demo_db: Database, tmp_path: Path
) -> None:
    # A regional bureau's summary: the heading says the budget is supplementary, digits are
    # full-width, the ministry column has another name (担当府省).
    path = office_workbook(
        tmp_path / "補正予算事業.xlsx",
        [
            ["令和７年度補正予算 関連事業"],
            ["施策名", "担当府省", "令和７年度補正予算額", "お問い合わせ先"],
            ["物流効率化支援", "国土交通省", "２５億円", "物流政策課 ０３－５２５３－８１１１"],
            ["省エネ設備導入支援", "経済産業省", "１２０億円", "省エネルギー課"],
        ],
    )
    imported(demo_db, path)
    stored = measures(demo_db, "物流効率化支援", "省エネ設備導入支援")
    assert stored["物流効率化支援"]["budget"] == [(2025, "補正", 25 * OKU)]
    assert stored["省エネ設備導入支援"]["budget"] == [(2025, "補正", 120 * OKU)]
    assert stored["物流効率化支援"]["ministry"] == "国土交通省"


def test_utf16_text_from_excel_with_a_hedged_amount(demo_db: Database, tmp_path: Path) -> None:
    # Excel's "Unicode text": UTF-16, tab-separated; an amount written as 数億円程度.
    path = text_table(
        tmp_path / "施策.txt",
        [
            ["施策名", "省庁", "予算", "年度"],
            ["脱炭素先行地域づくり", "環境省", "数億円程度", "令和8年度"],
            ["スマート農業実証", "農林水産省", "令和8年度当初 16億円", ""],
        ],
        encoding="utf-16",
        delimiter="\t",
    )
    imported(demo_db, path)
    stored = measures(demo_db, "脱炭素先行地域づくり", "スマート農業実証")
    assert stored["脱炭素先行地域づくり"]["budget"] == [(2026, "当初", None)]
    assert stored["スマート農業実証"]["budget"] == [(2026, "当初", 16 * OKU)]


def test_ministry_list_with_department_and_bureau_columns(
    demo_db: Database, tmp_path: Path
) -> None:
    # A list where the bureau is in the ministry cell and the division in its own column: both
    # are kept in the department, bureau first.
    path = office_workbook(
        tmp_path / "支援策_総務省.xlsx",
        [
            ["施策・事業名", "担当府省庁", "担当課室", "施策概要", "予算額（億円）", "予算年度"],
            [
                "地域おこし協力隊",
                "総務省 地域力創造グループ",
                "地域自立応援課",
                "隊員の活動支援",
                "200",
                "R8",
            ],
        ],
    )
    preview = imported(demo_db, path)
    stored = measures(demo_db, "地域おこし協力隊")["地域おこし協力隊"]
    assert (stored["ministry"], stored["department"]) == (
        "総務省",
        "地域力創造グループ 地域自立応援課",
    )
    assert stored["budget"] == [(2026, "当初", 200 * OKU)]
    assert stored["summary"] == "隊員の活動支援"
    assert accepted_names(preview) == ["地域おこし協力隊"]


def test_xls_from_an_older_office_with_a_ministry_not_yet_stored(
    demo_db: Database, tmp_path: Path
) -> None:
    # An .xls saved by an older office suite: a ministry the database does not hold yet is
    # created once, however many rows name it, and said.
    source = office_workbook(
        tmp_path / "こども施策.xlsx",
        [
            ["こども関連施策一覧（令和8年度）"],
            ["施策名", "府省庁名", "予算額"],
            ["こども誰でも通園制度", "こども家庭庁", "令和8年度 100億円"],
            ["放課後児童対策", "こども家庭庁", "令和8年度 50億円"],
        ],
    )
    path = converted(source, "xls")
    before = [o for o in exported(demo_db)["organizations"] if o["name"] == "こども家庭庁"]
    preview = imported(demo_db, path)
    stored = measures(demo_db, "こども誰でも通園制度", "放課後児童対策")
    assert {m["ministry"] for m in stored.values()} == {"こども家庭庁"}
    after = [o for o in exported(demo_db)["organizations"] if o["name"] == "こども家庭庁"]
    assert len(after) == 1
    if not before:
        assert any("こども家庭庁" in t and "新しく登録します" in t for t in said(preview))


def test_xls_list_imported_again_updates_the_budget_and_adds_nothing(
    any_demo_db: Database, tmp_path: Path
) -> None:
    # The same ministry sends its list again with a corrected amount: the measure is matched,
    # not duplicated, and "上書き" puts the new amount on the stored line.
    rows: list[list[object]] = [
        ["施策名", "府省庁", "予算額"],
        ["地域公共交通確保維持改善事業", "国土交通省", "令和8年度当初 200億円"],
    ]
    first = converted(office_workbook(tmp_path / "交通.xlsx", rows), "xls")
    imported(any_demo_db, first)
    rows[1][2] = "令和8年度当初 207億円"
    (tmp_path / "again").mkdir()
    second = converted(office_workbook(tmp_path / "again" / "交通.xlsx", rows), "xls")
    preview = imported(any_demo_db, second, on_duplicate="update")
    (record,) = preview.records
    assert record.action == "update" and record.chosen_id is not None
    stored = measures(any_demo_db, "地域公共交通確保維持改善事業")
    assert stored["地域公共交通確保維持改善事業"]["budget"] == [(2026, "当初", 207 * OKU)]


def test_initial_and_supplementary_budgets_on_two_rows_are_one_measure(
    any_demo_db: Database, tmp_path: Path
) -> None:
    # A ministry lists a measure once per budget: 当初 on one row, 補正 on the next. One
    # measure with both budget lines; a row repeating a line already given is refused.
    path = text_table(
        tmp_path / "予算内訳.csv",
        [
            ["施策名", "府省庁", "担当課", "予算額"],
            ["デジタル実装支援", "内閣府", None, "令和8年度当初 100億円"],
            ["デジタル実装支援", "内閣府", "地方創生推進室", "令和7年度補正 30億円"],
            ["デジタル実装支援", "内閣府", None, "令和8年度当初 100億円"],
        ],
        encoding="cp932",
    )
    before = exported(any_demo_db)
    preview = prepare(any_demo_db, path)
    first, second, third = preview.records
    assert second.merged_into == first.origin and not second.rejected
    assert third.rejected  # the same budget line twice: not silently merged
    assert "2行を1件にまとめました: 行 2, 3" in [p.said() for p in first.problems]
    batch = pipeline.commit(any_demo_db, preview)
    stored = measures(any_demo_db, "デジタル実装支援")["デジタル実装支援"]
    assert sorted(stored["budget"]) == [(2025, "補正", 30 * OKU), (2026, "当初", 100 * OKU)]
    assert stored["department"] == "地方創生推進室"
    pipeline.undo(any_demo_db, batch)
    assert exported(any_demo_db) == before
