"""Importing support measures (支援策): a messy 支援策一覧, the 関係省庁用 form, re-imports, undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from db.database import Database
from desktop.excel.forms import write_template
from desktop.imports import pipeline
from desktop.imports.measures import MeasureRecord, build
from desktop.imports.model import BuildContext, Location, SourceRecord
from desktop.imports.templates import default_choices
from tests.helpers.import_files import exported, mark, prepare, type_into, write_list

OPENLAB = "地域未来構想20 オープンラボ"


def messy_measure_list(path: Path) -> Path:
    """A 支援策一覧 as a ministry sends it: title and note above the header, its own headings."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "支援策"
    ws.append(["令和8年度 関係府省庁の支援策一覧"])
    ws.append(["※予算額は当初予算（補正の場合はその旨を記載）"])
    ws.append([])
    ws.append(
        [
            "No.",
            "支援策名",
            "概要",
            "所管府省庁",
            "担当課",
            "政策分野",
            "予算",
            "年度",
            "問い合わせ先",
            "備考",
        ]
    )
    ws.append(
        [
            1,
            "スマート農業実証プロジェクト",
            "スマート農業技術を生産現場で実証",
            "農林水産省",
            "農林水産技術会議事務局",
            "強い農林水産、教育",
            "令和8年度当初 1,600億円",
            None,
            "03-3502-8111",
            None,
        ]
    )
    ws.append(
        [
            2,
            "ＧＸ地域実装支援事業",
            None,
            "経産省",
            "資源エネルギー庁",
            "脱炭素社会への移行",
            "数億円程度",
            "２０２６年度",
            None,
            "新規",
        ]
    )
    ws.append([])
    ws.append(
        [
            3,
            "地方創生テレワーク推進事業",
            "地方でのサテライトオフィス整備を支援",
            "内閣府",
            "地方創生推進室",
            "リビングシフト、宇宙開発",
            "補正 20億円",
            "R7",
            None,
            None,
        ]
    )
    ws.append([4, "ふるさと応援事業", None, "ふるさと省", None, "教育", "5億円", "R8", None, None])
    ws.append(
        [5, "防災DX推進事業", None, "デジタル庁", "国民向けサービスグループ", "防災IT化", "12億円"]
    )
    ws.append([6, "スマート農業実証プロジェクト", None, "農水省", None, "教育", None, None])
    wb.save(path)
    return path


def problems_of(records: list[Any]) -> list[str]:
    return [p.text() for r in records for p in r.problems]


def test_messy_list_gives_the_right_measures_and_problems(
    any_demo_db: Database, tmp_path: Path
) -> None:
    path = messy_measure_list(tmp_path / "支援策一覧.xlsx")
    preview = prepare(any_demo_db, path)
    records: list[MeasureRecord] = preview.records
    accepted = {r.measure_name: r for r in preview.accepted}
    assert list(accepted) == [
        "スマート農業実証プロジェクト",
        "ＧＸ地域実装支援事業",
        "地方創生テレワーク推進事業",
        "防災DX推進事業",
    ]
    farming = accepted["スマート農業実証プロジェクト"]
    assert (farming.ministry_name, farming.department) == ("農林水産省", "農林水産技術会議事務局")
    assert farming.program == OPENLAB and farming.categories == ("教育", "強い農林水産")
    assert farming.budget is not None
    assert (farming.budget.fiscal_year, farming.budget.kind, farming.budget.amount_yen) == (
        2026,
        "当初",
        160_000_000_000,
    )
    gx = accepted["ＧＸ地域実装支援事業"]
    assert gx.ministry_name == "経済産業省" and gx.ministry_id is not None  # 経産省, stored
    assert gx.budget is not None and (gx.budget.fiscal_year, gx.budget.amount_yen) == (2026, None)
    assert gx.budget.text == "数億円程度"
    telework = accepted["地方創生テレワーク推進事業"]
    assert telework.budget is not None
    assert (telework.budget.fiscal_year, telework.budget.kind) == (2025, "補正")
    assert telework.budget.amount_yen == 2_000_000_000
    assert telework.categories == ("リビングシフト",)
    digital = accepted["防災DX推進事業"]
    assert digital.ministry_name == "デジタル庁" and digital.ministry_id is None  # to be created
    assert digital.budget is None  # no fiscal year anywhere
    assert all(r.action == "create" for r in accepted.values())

    texts = problems_of(records)
    file = "支援策一覧.xlsx シート「支援策」"
    assert (
        f"注意: {file} 8行目 列「政策分野」: 分野「宇宙開発」は{OPENLAB}にありません（無視しました）。"
        in texts
    )
    assert any(
        t.startswith(f"エラー: {file} 9行目 列「所管府省庁」: 府省庁「ふるさと省」") for t in texts
    )
    assert any("9行目" in t and "正式な府省庁名" in t for t in texts)
    assert any(
        t.startswith(f"注意: {file} 10行目 列「所管府省庁」: 府省庁「デジタル庁」はまだ登録")
        for t in texts
    )
    assert any("10行目 列「予算」" in t and "「年度」欄に年度" in t for t in texts)
    assert any("11行目" in t and "5行目" in t for t in texts)  # the same measure twice
    assert [r.origin.row for r in records if r.rejected] == [9, 11]
    notes = [p.text() for p in preview.problems]
    assert any("「No.」" in t and "「備考」" in t and "4行目" in t for t in notes)


def test_commit_stores_the_measures_and_undo_restores_the_database(
    any_demo_db: Database, tmp_path: Path
) -> None:
    before = exported(any_demo_db)
    path = messy_measure_list(tmp_path / "支援策一覧.xlsx")
    batch = pipeline.commit(any_demo_db, prepare(any_demo_db, path))
    after = exported(any_demo_db)
    measures = {m["name"]: m for m in after["measures"]}
    farming = measures["スマート農業実証プロジェクト"]
    assert (farming["ministry"], farming["program"]) == ("農林水産省", OPENLAB)
    assert farming["categories"] == ["教育", "強い農林水産"]
    assert farming["contact"] == "03-3502-8111"
    assert farming["budget_lines"] == [
        {
            "fiscal_year": 2026,
            "kind": "当初",
            "amount_yen": 160_000_000_000,
            "text": "令和8年度当初 1,600億円",
            "share_of": None,
        }
    ]
    assert measures["ＧＸ地域実装支援事業"]["ministry"] == "経済産業省"
    assert measures["防災DX推進事業"]["budget_lines"] == []
    digital = [o for o in after["organizations"] if o["name"] == "デジタル庁"]
    assert [o["kind"] for o in digital] == ["ministry"]
    assert "ふるさと応援事業" not in measures
    with any_demo_db.sessions() as session:
        counts = pipeline.list_batches(session)[0].counts
    assert (counts["施策（新規）"], counts["府省庁（新規）"], counts["取り込まなかった行"]) == (
        4,
        1,
        2,
    )
    pipeline.undo(any_demo_db, batch)
    assert exported(any_demo_db) == before


def filled_measure_form(path: Path) -> Path:
    write_template("measure", path, default_choices())
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    type_into(ws, "施策名", "地域交通DX推進事業")
    type_into(ws, "府省庁名", "国交省")
    type_into(ws, "担当部署", "総合政策局 モビリティサービス推進課")
    type_into(ws, "問合せ先", "03-5253-8111（内線 53-001）")
    type_into(ws, "年度", "令和８年度")
    type_into(ws, "予算額", "令和8年度当初 35億円")
    type_into(ws, "施策の概要", "地域交通のデジタル化を支援します。")
    mark(ws, "地域交通体系", "○")
    mark(ws, "物流の進化", "✓")
    wb.save(path)
    return path


def test_filled_form_becomes_a_measure_with_categories_and_budget(
    any_demo_db: Database, tmp_path: Path
) -> None:
    before = exported(any_demo_db)
    preview = prepare(any_demo_db, filled_measure_form(tmp_path / "支援策登録票.xlsx"))
    assert [p.text() for p in preview.all_problems()] == []
    batch = pipeline.commit(any_demo_db, preview)
    (measure,) = [m for m in exported(any_demo_db)["measures"] if m["name"] == "地域交通DX推進事業"]
    assert measure["ministry"] == "国土交通省"
    assert measure["department"] == "総合政策局 モビリティサービス推進課"
    assert measure["contact"] == "03-5253-8111（内線 53-001）"
    assert measure["summary"] == "地域交通のデジタル化を支援します。"
    assert (measure["program"], measure["categories"]) == (OPENLAB, ["地域交通体系", "物流の進化"])
    assert measure["budget_lines"] == [
        {
            "fiscal_year": 2026,
            "kind": "当初",
            "amount_yen": 3_500_000_000,
            "text": "令和8年度当初 35億円",
            "share_of": None,
        }
    ]
    pipeline.undo(any_demo_db, batch)
    assert exported(any_demo_db) == before


def test_a_bad_ministry_in_the_form_names_its_cell(any_demo_db: Database, tmp_path: Path) -> None:
    path = filled_measure_form(tmp_path / "form.xlsx")
    wb = openpyxl.load_workbook(path)
    type_into(wb.worksheets[0], "府省庁名", "地方創生省")
    wb.save(path)
    (record,) = prepare(any_demo_db, path).records
    assert record.rejected
    (error,) = [p for p in record.problems if p.severity == "error"]
    assert error.where.column is not None and error.where.column[0] == "C"  # the input cell
    assert "正式な府省庁名" in error.said() and "担当部署" in error.said()


def test_a_bureau_after_the_ministry_in_the_form_goes_to_the_department(
    any_demo_db: Database, tmp_path: Path
) -> None:
    path = filled_measure_form(tmp_path / "form.xlsx")
    wb = openpyxl.load_workbook(path)
    type_into(wb.worksheets[0], "府省庁名", "国土交通省 総合政策局")
    wb.save(path)
    (record,) = prepare(any_demo_db, path).records
    assert not record.rejected and record.ministry_name == "国土交通省"
    assert record.department is not None and record.department.startswith("総合政策局")
    (note,) = [p for p in record.problems if "に分けました" in p.said()]
    assert note.where.column is not None and note.where.column[0] == "C"  # the input cell


SOCIETY5 = "地方創生推進交付金「Society5.0タイプ」"  # demo: 内閣府, no department, program mirai
HEADER = ["施策名", "府省庁", "担当部署", "政策分野", "概要", "年度", "予算額"]


def society5(exported_data: dict[str, Any]) -> list[dict[str, Any]]:
    return [m for m in exported_data["measures"] if m["name"] == SOCIETY5]


def test_reimport_fills_or_updates_exactly_what_it_should(
    any_demo_db: Database, tmp_path: Path
) -> None:
    before = exported(any_demo_db)
    (stored,) = society5(before)
    first = write_list(
        tmp_path / "first.xlsx",
        HEADER,
        [SOCIETY5, "内閣府", "地方創生推進事務局", "AI", None, "令和8年度", "10億円"],
    )
    batch_first = pipeline.commit(any_demo_db, prepare(any_demo_db, first))
    (filled,) = society5(exported(any_demo_db))
    assert filled["department"] == "地方創生推進事務局"  # was empty
    assert filled["summary"] == stored["summary"] and filled["contact"] is None
    assert filled["categories"] == ["AI"]
    assert filled["budget_lines"] == [
        {
            "fiscal_year": 2026,
            "kind": "当初",
            "amount_yen": 1_000_000_000,
            "text": "10億円",
            "share_of": None,
        },
        *stored["budget_lines"],
    ]
    snapshot = exported(any_demo_db)

    second = write_list(
        tmp_path / "second.xlsx",
        HEADER,
        [SOCIETY5, "内閣府", "地方創生推進室", "自動運転", "新しい概要", "令和8年度", "12億円"],
    )
    preview = prepare(any_demo_db, second, on_duplicate="fill")
    (record,) = preview.records
    assert record.action == "fill" and [c.id for c in record.candidates] == [stored["id"]]
    batch_fill = pipeline.commit(any_demo_db, preview)
    (kept,) = society5(exported(any_demo_db))
    assert {**kept, "categories": filled["categories"]} == filled  # only the categories moved
    assert kept["categories"] == ["AI", "自動運転"]
    pipeline.undo(any_demo_db, batch_fill)
    assert exported(any_demo_db) == snapshot

    batch_update = pipeline.commit(any_demo_db, prepare(any_demo_db, second, on_duplicate="update"))
    (updated,) = society5(exported(any_demo_db))
    assert (updated["department"], updated["summary"]) == ("地方創生推進室", "新しい概要")
    assert updated["categories"] == ["自動運転"]
    assert updated["budget_lines"] == [
        {
            "fiscal_year": 2026,
            "kind": "当初",
            "amount_yen": 1_200_000_000,
            "text": "12億円",
            "share_of": None,
        },
        *stored["budget_lines"],  # another year's line is left alone
    ]
    with any_demo_db.sessions() as session:
        counts = pipeline.list_batches(session)[0].counts
    assert counts == {"施策（更新）": 1, "取り込まなかった行": 0}
    pipeline.undo(any_demo_db, batch_update)
    assert exported(any_demo_db) == snapshot
    pipeline.undo(any_demo_db, batch_first)
    assert exported(any_demo_db) == before


def test_create_makes_a_second_measure_and_another_ministry_is_another_measure(
    any_demo_db: Database, tmp_path: Path
) -> None:
    path = write_list(
        tmp_path / "again.xlsx",
        HEADER,
        [SOCIETY5, "内閣府", None, None, None, None, None],
        [SOCIETY5, "総務省", None, None, None, None, None],
    )
    same_ministry, other_ministry = prepare(any_demo_db, path, on_duplicate="create").records
    assert len(same_ministry.candidates) == 1 and same_ministry.action == "create"
    assert other_ministry.candidates == []
    pipeline.commit(any_demo_db, prepare(any_demo_db, path, on_duplicate="create"))
    ministries = sorted(m["ministry"] for m in society5(exported(any_demo_db)))
    assert ministries == ["内閣府", "内閣府", "総務省"]


def source(**values: object) -> SourceRecord:
    where = {f: Location("一覧.xlsx", "支援策", 2, f) for f in values}
    return SourceRecord(
        {"measure_name": "施策", **values}, where, Location("一覧.xlsx", "支援策", 2)
    )


@pytest.mark.parametrize(
    ("year", "budget", "expected"),
    [
        ("令和8年度", "1,600億円", (2026, "当初", 160_000_000_000)),
        (None, "令和8年度当初 1,600億円", (2026, "当初", 160_000_000_000)),
        (None, "Ｒ８ 1,600億円", (2026, "当初", 160_000_000_000)),
        (None, "2026年度当初予算（案） 3億5千万円", (2026, "当初", 350_000_000)),
        ("R7", "補正 20億円", (2025, "補正", 2_000_000_000)),
        (None, "令和7年度第1次補正予算 305億円", (2025, "補正", 30_500_000_000)),
        ("2026", "数億円程度", (2026, "当初", None)),
        ("R3", "1億円（ほか、R2年度第3次補正予算305億円の内数）", (2021, "当初", 100_000_000)),
        ("R3", "1,000億円の内数", (2021, "当初", None)),
    ],
)
def test_budget_cells_as_written_in_budget_documents(
    year: str | None, budget: str, expected: tuple[int, str, int | None]
) -> None:
    record = build(source(fiscal_year=year, budget=budget), BuildContext(programs=()))
    assert record.budget is not None and not record.problems
    assert (record.budget.fiscal_year, record.budget.kind, record.budget.amount_yen) == expected
    assert record.budget.text == budget


def test_budget_year_and_bad_year_cells() -> None:
    context = BuildContext(programs=())
    differing = build(source(fiscal_year="令和8年度", budget="R7補正 20億円"), context)
    assert differing.budget is not None and differing.budget.fiscal_year == 2025
    (note,) = differing.problems
    assert note.severity == "warning" and "令和7年度" in note.said() and "令和8年度" in note.said()
    bad = build(source(fiscal_year="来年度", budget="5億円"), context)
    assert bad.rejected and bad.problems[0].where.column == "fiscal_year"
    nameless = build(source(measure_name=None), context)
    assert nameless.rejected and "施策名が空です" in nameless.problems[0].said()
