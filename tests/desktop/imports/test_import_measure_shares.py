"""内数 in a measures list: a budget cell that says its amount is a share of a larger total
(「R2年度第3次補正予算305億円の内数」) stores a line that is a share of that total, never the
total as the measure's own amount; the measure's own money beside such a note stays its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from db.database import Database
from desktop.imports import pipeline
from tests.helpers.import_files import exported, office_workbook, prepare, text_table

OKU = 100_000_000  # 1億円

Line = tuple[int, str, int | None, str | None]  # fiscal year, 当初/補正, own yen, share of


def budget_lines(db: Database, *names: str) -> dict[str, list[Line]]:
    """Each named measure's budget lines as stored, by fiscal year and kind."""
    found = {m["name"]: m for m in exported(db)["measures"] if m["name"] in names}
    assert set(found) == set(names), set(found)
    return {
        name: sorted(
            (b["fiscal_year"], b["kind"], b["amount_yen"], b["share_of"]) for b in m["budget_lines"]
        )
        for name, m in found.items()
    }


def imported(db: Database, path: Path) -> Any:
    preview = prepare(db, path)
    assert not [p.text() for p in preview.all_problems() if p.severity == "error"]
    return pipeline.commit(db, preview)


def test_a_ministrys_list_with_shares_of_larger_budgets(
    any_demo_db: Database, tmp_path: Path
) -> None:
    """The smart-city table as a ministry retypes it: a title, the year in its own column, a
    measure's own 1億円 with a 内数 of the R2 third supplementary budget in brackets, lines that
    are only a share (…の内数, （内数）, 内数：…) and one plain amount."""
    path = office_workbook(
        tmp_path / "スマートシティ関連事業.xlsx",
        [
            ["政府のスマートシティ関連事業（令和3年度）"],
            ["施策名", "府省庁", "年度", "予算額"],
            ["地域MaaS実装支援事業", "国土交通省", "R3", "1億円（ほか、R2年度第3次補正予算305億円の内数）"],
            ["地域交通DX推進事業", "国土交通省", None, "R2年度第3次補正予算305億円の内数"],
            ["地方創生推進交付金（Society5.0タイプ）", "内閣府", "令和３年度", "1,000億円の内数"],
            ["データ連携基盤整備事業", "内閣府", "令和３年度", "３０５億円（内数）"],
            ["スマートシティ実装化支援事業", "国土交通省", "令和３年度", "内数：20,000百万円"],
            ["地域課題解決型データ活用推進事業", "総務省", "令和３年度", "6.9億円"],
        ],
        merged=("A1:D1",),
    )  # fmt: skip
    batch = imported(any_demo_db, path)
    assert budget_lines(
        any_demo_db,
        "地域MaaS実装支援事業",
        "地域交通DX推進事業",
        "地方創生推進交付金（Society5.0タイプ）",
        "データ連携基盤整備事業",
        "スマートシティ実装化支援事業",
        "地域課題解決型データ活用推進事業",
    ) == {
        "地域MaaS実装支援事業": [
            (2020, "補正", None, "R2年度第3次補正予算305億円"),
            (2021, "当初", 1 * OKU, None),
        ],
        "地域交通DX推進事業": [(2020, "補正", None, "R2年度第3次補正予算305億円")],
        "地方創生推進交付金（Society5.0タイプ）": [(2021, "当初", None, "1,000億円")],
        "データ連携基盤整備事業": [(2021, "当初", None, "305億円")],
        "スマートシティ実装化支援事業": [(2021, "当初", None, "20,000百万円")],
        "地域課題解決型データ活用推進事業": [(2021, "当初", 690_000_000, None)],
    }
    measure = next(
        m for m in exported(any_demo_db)["measures"] if m["name"] == "地域MaaS実装支援事業"
    )
    assert sorted(b["text"] for b in measure["budget_lines"]) == [
        "1億円（ほか、R2年度第3次補正予算305億円の内数）",  # the cell as written
        "R2年度第3次補正予算305億円の内数",  # the note, a line of its own
    ]
    pipeline.undo(any_demo_db, batch)
    assert "地域MaaS実装支援事業" not in [m["name"] for m in exported(any_demo_db)["measures"]]


def test_a_share_imported_again_replaces_an_own_amount_stored_by_mistake(
    any_demo_db: Database, tmp_path: Path
) -> None:
    """A list first read as the measure's own 305億円, corrected to say it is a 内数 and
    imported again as an update: the line becomes a share and loses the amount."""
    first = text_table(
        tmp_path / "支援策_第1版.csv",
        [["施策名", "府省庁", "予算額"], ["地域交通DX推進事業", "国土交通省", "R2年度第3次補正予算 305億円"]],
        encoding="cp932",
    )  # fmt: skip
    imported(any_demo_db, first)
    assert budget_lines(any_demo_db, "地域交通DX推進事業")["地域交通DX推進事業"] == [
        (2020, "補正", 305 * OKU, None)
    ]
    corrected = text_table(
        tmp_path / "支援策_第2版.csv",
        [["施策名", "府省庁", "予算額"], ["地域交通DX推進事業", "国土交通省", "R2年度第3次補正予算305億円の内数"]],
        encoding="cp932",
    )  # fmt: skip
    pipeline.commit(any_demo_db, prepare(any_demo_db, corrected, on_duplicate="update"))
    assert budget_lines(any_demo_db, "地域交通DX推進事業")["地域交通DX推進事業"] == [
        (2020, "補正", None, "R2年度第3次補正予算305億円")
    ]
