"""Every guess an import makes is said in the review: a kind taken from the name, marks other
than ○ read as ○, 否 assumed for a blank 公表可否."""

from __future__ import annotations

from pathlib import Path

from db.database import Database
from desktop.imports import pipeline
from tests.helpers.import_files import exported, prepare, write_list

PROGRAM = "地域未来構想20 オープンラボ"


def _kinds(db: Database) -> dict[str, str]:
    return {o["name"]: o["kind"] for o in exported(db)["organizations"]}


def test_a_blank_kind_is_taken_from_the_name_and_said(
    any_demo_db: Database, tmp_path: Path
) -> None:
    path = write_list(
        tmp_path / "kinds.xlsx",
        ["団体名", "団体区分", "政策分野", "公表可否"],
        ["国立大学法人東西大学", None, "教育", "可"],
        ["木更津南高専", None, "教育", "可"],
        ["合同会社あおぞら", None, "医療", "可"],
        ["架空北市", None, "医療", "可"],
        ["みらい工房", None, "医療", "可"],
        ["株式会社こだま", "団体・NPO", "医療", "可"],  # what the file says wins over the name
        ["秩父市", None, "教育", "可"],  # stored already: its kind is kept, nothing guessed
    )
    preview = prepare(any_demo_db, path, program=PROGRAM)
    said = {r.organization_name: [p.said() for p in r.problems] for r in preview.records}
    assert said["国立大学法人東西大学"] == [
        "団体区分が空欄のため、名称から「大学・研究機関」と判断しました。",
        # the rows guessed alike, said once for the sheet on the first of them
        "団体区分が空欄のため、名称から「大学・研究機関」と判断しました。（2行: 行 2, 3）",
    ]
    assert said["木更津南高専"] == [
        "団体区分が空欄のため、名称から「大学・研究機関」と判断しました。"
    ]
    assert said["合同会社あおぞら"] == [
        "団体区分が空欄のため、名称から「民間企業」と判断しました。"
    ]
    assert said["架空北市"] == ["団体区分が空欄のため、名称から「市区町村」と判断しました。"]
    assert "名称からも分からないため「その他」としました" in said["みらい工房"][0]
    assert said["株式会社こだま"] == [] and said["秩父市"] == []
    pipeline.commit(any_demo_db, preview)
    kinds = _kinds(any_demo_db)
    assert kinds["国立大学法人東西大学"] == "university"
    assert kinds["木更津南高専"] == "university"
    assert kinds["合同会社あおぞら"] == "company"
    assert kinds["架空北市"] == "municipality"
    assert kinds["みらい工房"] == "other"
    assert kinds["株式会社こだま"] == "association"
    assert kinds["秩父市"] == "municipality"


def test_marks_other_than_a_circle_are_said_once_per_column(
    demo_db: Database, tmp_path: Path
) -> None:
    path = write_list(
        tmp_path / "marks.xlsx",
        ["団体名", "教育", "医療", "防災IT化", "公表可否"],
        ["株式会社いち", "●", "1", None, "可"],
        ["株式会社に", "●", "○", "●", "可"],
        ["株式会社さん", "○", "x", "×", "可"],
        ["株式会社よん", "◎", None, "△", "可"],
    )
    preview = prepare(demo_db, path, program=PROGRAM)
    categories = {r.organization_name: r.categories for r in preview.records}
    assert categories == {
        "株式会社いち": ("教育", "医療"),
        "株式会社に": ("防災IT化", "教育", "医療"),
        "株式会社さん": ("教育",),
        "株式会社よん": ("教育",),
    }
    assert [p.text() for p in preview.problems if "を○として読みました" in p.said()] == [
        "注意: marks.xlsx シート「Sheet」: 列 「教育」 の 「●」、「◎」 を○として読みました。",
        "注意: marks.xlsx シート「Sheet」: 列 「医療」 の 「1」 を○として読みました。",
        "注意: marks.xlsx シート「Sheet」: 列 「防災IT化」 の 「●」 を○として読みました。",
    ]
    unclear = {
        r.organization_name: [p.said() for p in r.problems if "○印として読めません" in p.said()]
        for r in preview.records
    }
    assert len(unclear["株式会社さん"]) == 1 and "「x」" in unclear["株式会社さん"][0]
    assert len(unclear["株式会社よん"]) == 1 and "「△」" in unclear["株式会社よん"][0]
    assert unclear["株式会社いち"] == [] and unclear["株式会社に"] == []


def test_a_blank_consent_is_no_and_said_once_for_the_file(
    any_demo_db: Database, tmp_path: Path
) -> None:
    path = write_list(
        tmp_path / "consent.xlsx",
        ["団体名", "団体区分", "政策分野", "公表可否"],
        ["株式会社いち", "民間企業", "教育", "可"],
        ["株式会社に", "民間企業", "教育", None],
        ["株式会社さん", "民間企業", "教育", "否"],
        ["株式会社よん", "民間企業", "教育", None],
    )
    preview = prepare(any_demo_db, path, program=PROGRAM)
    lines = [p.text() for p in preview.all_problems()]
    assert lines == [
        "注意: consent.xlsx シート「Sheet」 列「公表可否」: "
        "公表可否が空欄の2行（行 3, 5）は「否」（公表しない）として取り込みます。"
    ]
    second = preview.records[1]
    assert any("公表可否が空欄" in p.said() for p in second.problems)  # still on the row
    pipeline.commit(any_demo_db, preview)
    consent = {
        r["organization"]: r["publish_consent"] for r in exported(any_demo_db)["registrations"]
    }
    assert [consent[f"株式会社{n}"] for n in ("いち", "に", "さん", "よん")] == [
        True,
        False,
        False,
        False,
    ]


def test_a_list_without_a_consent_column_publishes_nothing_and_says_so_once(
    demo_db: Database, tmp_path: Path
) -> None:
    path = write_list(
        tmp_path / "plain.xlsx",
        ["団体名", "団体区分", "政策分野"],
        ["株式会社いち", "民間企業", "教育"],
        ["株式会社に", "民間企業", "医療"],
    )
    preview = prepare(demo_db, path, program=PROGRAM)
    lines = [p.text() for p in preview.all_problems()]
    assert len(lines) == 1 and "公表可否の欄がないため「否」" in lines[0] and "全2行" in lines[0]
    assert all(r.publish_consent is False for r in preview.records)


def test_kinds_guessed_differently_are_said_once_per_kind_with_their_rows(
    demo_db: Database, tmp_path: Path
) -> None:
    path = write_list(
        tmp_path / "guesses.xlsx",
        ["団体名", "団体区分", "政策分野", "公表可否"],
        ["合同会社あおぞら", None, "医療", "可"],
        ["みらい工房", None, "医療", "可"],
        ["株式会社こだま", None, "教育", "可"],
        ["株式会社やまびこ", "団体・NPO", "教育", "可"],
        ["ひかり舎", None, "医療", "可"],
        ["株式会社せせらぎ", None, "医療", "可"],
    )
    preview = prepare(demo_db, path, program=PROGRAM)
    guesses = [p.text() for p in preview.all_problems() if "団体区分が空欄" in p.said()]
    assert guesses == [
        "注意: guesses.xlsx シート「Sheet」 列「団体区分」: 団体区分が空欄のため、名称から"
        "「民間企業」と判断しました。（3行: 行 2, 4, 7）",
        "注意: guesses.xlsx シート「Sheet」 列「団体区分」: 団体区分が空欄で名称からも分からない"
        "ため「その他」としました。違う場合は団体区分を入力してください。（2行: 行 3, 6）",
    ]
    # The review still says on each row what was guessed for it.
    said = {r.organization_name: [p.said() for p in r.problems] for r in preview.records}
    assert any("名称から「民間企業」" in t for t in said["株式会社せせらぎ"])
    assert any("「その他」としました" in t for t in said["ひかり舎"])
