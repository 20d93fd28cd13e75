"""Two rows for one organization in one list: one registration with what both rows say."""

from __future__ import annotations

from pathlib import Path

from db.database import Database
from desktop.imports import pipeline
from tests.helpers.import_files import exported, prepare, write_list

PROGRAM = "地域未来構想20 オープンラボ"
HEADER = ["団体名", "団体区分", "政策分野", "概要", "担当者", "電話番号", "公表可否"]


def _registrations_of(db: Database, organization: str) -> list[dict[str, object]]:
    return [r for r in exported(db)["registrations"] if r["organization"] == organization]


def test_a_company_listed_twice_becomes_one_registration(
    any_demo_db: Database, tmp_path: Path
) -> None:
    path = write_list(
        tmp_path / "offers.xlsx",
        HEADER,
        ["株式会社みらい工房", "民間企業", "教育", "遠隔授業の配信", "山田 太郎", None, "可"],
        ["合同会社ほかの会社", "民間企業", "医療", "別の会社", None, None, "可"],
        ["株式会社みらい工房", None, "医療、教育", "オンライン診療", None, "03-1234-5678", None],
    )
    before = exported(any_demo_db)
    preview = prepare(any_demo_db, path, program=PROGRAM)
    first, _other, second = preview.records
    assert not first.rejected and not second.rejected
    assert first.categories == ("教育", "医療")
    assert first.summary == "遠隔授業の配信\nオンライン診療"
    assert first.phone == "03-1234-5678"  # a blank filled from the other row
    assert first.publish_consent is True  # the second row's blank 公表可否 assumes nothing
    for record in (first, second):
        assert "2行を1件にまとめました: 行 2, 4" in [p.said() for p in record.problems]
    assert not any(p.severity == "error" for p in preview.all_problems())

    batch = pipeline.commit(any_demo_db, preview)
    (registration,) = _registrations_of(any_demo_db, "株式会社みらい工房")
    assert registration["categories"] == ["教育", "医療"]
    assert registration["summary"] == "遠隔授業の配信\nオンライン診療"
    assert registration["publish_consent"] is True
    with any_demo_db.sessions() as session:
        (summary,) = [b for b in pipeline.list_batches(session) if b.id == batch]
    assert summary.counts["登録（新規）"] == 2  # みらい工房 once, and the other company
    assert "取り込まなかった行" not in summary.counts or summary.counts["取り込まなかった行"] == 0

    pipeline.undo(any_demo_db, batch)
    assert exported(any_demo_db) == before


def test_rows_that_disagree_keep_the_first_value_and_say_both(
    any_demo_db: Database, tmp_path: Path
) -> None:
    path = write_list(
        tmp_path / "twice.xlsx",
        HEADER,
        ["株式会社みらい工房", "民間企業", "教育", None, "山田 太郎", "03-1111-1111", "可"],
        ["株式会社 みらい工房", "団体・NPO", "医療", None, "佐藤 花子", "03-2222-2222", "否"],
    )
    preview = prepare(any_demo_db, path, program=PROGRAM)
    first, second = preview.records
    assert (first.contact_name, first.phone) == ("山田 太郎", "03-1111-1111")
    assert first.organization_kind == "company"
    assert first.publish_consent is False  # 可 against 否 is no clear yes
    said = [p.said() for p in first.problems]
    assert (
        "担当者が行ごとに違うため、「佐藤 花子」もこの団体の担当者として登録します"
        "（登録の担当者は最初の行の「山田 太郎」）。"
    ) in said
    assert not any("電話番号" in s for s in said)  # the second phone is 佐藤 花子's
    assert "ほかの担当者: 佐藤 花子（この団体の担当者として登録します）" in first.details()
    assert any("団体区分" in s and "民間企業" in s and "団体・NPO" in s for s in said)
    assert any("公表可否が行ごとに違います" in s for s in said)
    assert all(p.severity == "warning" for p in first.problems + second.problems)
    pipeline.commit(any_demo_db, preview)
    (registration,) = _registrations_of(any_demo_db, "株式会社みらい工房")
    assert registration["categories"] == ["教育", "医療"]
    assert registration["publish_consent"] is False
    people = {
        p["name"]: (p["phone"], p["id"])
        for p in exported(any_demo_db)["people"]
        if p["organization"] == "株式会社みらい工房"
    }
    assert {name: phone for name, (phone, _id) in people.items()} == {
        "山田 太郎": "03-1111-1111",
        "佐藤 花子": "03-2222-2222",
    }
    assert registration["contact_person_id"] == people["山田 太郎"][1]


def test_a_second_contact_of_a_stored_organization_is_added_to_it(
    any_demo_db: Database, tmp_path: Path
) -> None:
    path = write_list(
        tmp_path / "contacts.xlsx",
        ["自治体名", "地方公共団体コード", "政策分野", "担当者", "メールアドレス"],
        ["秩父市", "112071", "教育", "山田 太郎", "yamada@example.lg.jp"],
        ["秩父市", "112071", "医療", "佐藤 花子", "sato@example.lg.jp"],
    )
    before = exported(any_demo_db)
    preview = prepare(any_demo_db, path, program=PROGRAM)
    batch = pipeline.commit(any_demo_db, preview)
    people = {
        p["name"]: p["email"]
        for p in exported(any_demo_db)["people"]
        if p["organization"] == "秩父市"
    }
    assert people == {"山田 太郎": "yamada@example.lg.jp", "佐藤 花子": "sato@example.lg.jp"}
    pipeline.undo(any_demo_db, batch)
    assert exported(any_demo_db) == before


def test_a_stored_organization_listed_twice_is_filled_once(
    any_demo_db: Database, tmp_path: Path
) -> None:
    path = write_list(
        tmp_path / "cities.xlsx",
        ["自治体名", "地方公共団体コード", "政策分野", "概要"],
        ["秩父市", "112071", "教育", "ICT教育の実証"],
        ["秩父市", "112071", "医療", "遠隔医療の実証"],
    )
    preview = prepare(any_demo_db, path, program=PROGRAM, on_duplicate="fill")
    first, second = preview.records
    assert first.action == "fill" and second.merged_into == first.origin
    before = _registrations_of(any_demo_db, "秩父市")
    batch = pipeline.commit(any_demo_db, preview)
    after = _registrations_of(any_demo_db, "秩父市")
    assert len(after) == max(len(before), 1)
    (interest,) = [r for r in after if r["program"] == PROGRAM and r["role"] == "interest"]
    assert {"教育", "医療"} <= set(interest["categories"])  # type: ignore[arg-type]
    pipeline.undo(any_demo_db, batch)
    assert _registrations_of(any_demo_db, "秩父市") == before


def test_a_value_one_row_gives_replaces_the_other_rows_guess(
    demo_db: Database, tmp_path: Path
) -> None:
    path = write_list(
        tmp_path / "guesses.xlsx",
        HEADER,
        ["みらい工房", None, "教育", None, None, None, None],  # kind and consent left blank
        ["みらい工房", "民間企業", "医療", None, None, None, None],
    )
    preview = prepare(demo_db, path, program=PROGRAM)
    first, second = preview.records
    assert (first.organization_kind, first.kind_given) == ("company", True)
    said = [p.said() for p in first.problems]
    assert not any("団体区分" in s for s in said)  # the second row said it
    assert any("公表可否が空欄" in s for s in said)  # neither row said this: still 否
    assert first.publish_consent is False
    assert [p.said() for p in second.problems] == ["2行を1件にまとめました: 行 2, 3"]
