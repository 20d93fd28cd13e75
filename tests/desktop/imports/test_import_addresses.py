"""郵便番号 and 住所 as offices write them — 〒 before the code, full-width digits, no hyphen, a
code whose leading 0 Excel dropped, a code written at the start of the address — stored apart:
the code as 100-8914 and the address alone, on the organization of a registration list, on the
person of a people list or a roster (on the organization of a seat known by its post)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from db.database import Database
from db.models import Membership, Organization, Person
from desktop.imports import pipeline
from tests.helpers.import_files import office_workbook, prepare, text_table

OPENLAB = "地域未来構想20 オープンラボ"


def imported(db: Database, path: Path, **options: Any) -> pipeline.ImportPreview:
    preview = prepare(db, path, **options)
    assert not [r.origin.describe() for r in preview.records if r.rejected]
    pipeline.commit(db, preview)
    return preview


def said(preview: pipeline.ImportPreview) -> list[str]:
    return [p.text() for p in preview.all_problems()]


def addresses_of_organizations(db: Database, *names: str) -> dict[str, tuple[Any, Any]]:
    with db.sessions() as session:
        found = session.scalars(select(Organization).where(Organization.name.in_(names)))
        return {o.name: (o.postal_code, o.address) for o in found}


def addresses_of_people(db: Database) -> dict[str, tuple[Any, Any]]:
    with db.sessions() as session:
        return {p.name: (p.postal_code, p.address) for p in session.scalars(select(Person))}


def test_a_registration_list_stores_the_code_apart_however_it_is_written(
    any_demo_db: Database, tmp_path: Path
) -> None:
    path = office_workbook(
        tmp_path / "団体台帳.xlsx",
        [
            ["団体台帳（令和3年4月1日現在）"],
            ["団体名", "郵便番号", "住所", "政策分野", "公表可否"],
            ["株式会社みらい交通", "〒100-8914", "東京都千代田区永田町1-6-1", "教育", "可"],
            ["一般社団法人まちづくり北", 600042, "北海道札幌市中央区大通西1", "教育", "可"],
            ["合同会社ひかり", "１０００００１", "東京都千代田区千代田1-1", "教育", "可"],
            ["株式会社そら", None, "〒１００－８９１８　東京都千代田区霞が関2-1-3", "教育", "可"],
        ],
    )
    preview = imported(any_demo_db, path, program=OPENLAB)
    assert not [t for t in said(preview) if "郵便番号" in t]
    assert addresses_of_organizations(
        any_demo_db,
        "株式会社みらい交通",
        "一般社団法人まちづくり北",
        "合同会社ひかり",
        "株式会社そら",
    ) == {
        "株式会社みらい交通": ("100-8914", "東京都千代田区永田町1-6-1"),
        "一般社団法人まちづくり北": ("060-0042", "北海道札幌市中央区大通西1"),
        "合同会社ひかり": ("100-0001", "東京都千代田区千代田1-1"),
        "株式会社そら": ("100-8918", "東京都千代田区霞が関2-1-3"),
    }


def test_a_wrong_code_is_one_warning_naming_its_cell_and_the_row_is_imported(
    demo_db: Database, tmp_path: Path
) -> None:
    path = text_table(
        tmp_path / "登録一覧.csv",
        [
            ["団体名", "〒", "所在地", "政策分野", "公表可否"],
            ["株式会社みらい交通", "100-891", "東京都千代田区永田町1-6-1", "教育", "可"],
        ],
        encoding="cp932",
    )
    preview = imported(demo_db, path, program=OPENLAB)
    wrong = [t for t in said(preview) if "郵便番号" in t]
    assert wrong == [
        "注意: 登録一覧.csv シート「登録一覧」 2行目 列「〒」: 郵便番号「100-891」は7桁の数字ではないため、"
        "取り込みませんでした。100-8914 のように入力してください。"
    ]
    assert addresses_of_organizations(demo_db, "株式会社みらい交通") == {
        "株式会社みらい交通": (None, "東京都千代田区永田町1-6-1")
    }


def test_a_new_address_replaces_the_old_with_its_code_on_update(
    demo_db: Database, tmp_path: Path
) -> None:
    header = ["団体名", "郵便番号", "住所", "政策分野", "公表可否"]
    first = office_workbook(
        tmp_path / "前回.xlsx",
        [header, ["株式会社みらい交通", "1008914", "東京都千代田区永田町1-6-1", "教育", "可"]],
    )
    imported(demo_db, first, program=OPENLAB)
    moved = office_workbook(
        tmp_path / "今回.xlsx",
        [header, ["株式会社みらい交通", None, "埼玉県秩父市熊木町8-15", "教育", "可"]],
    )
    imported(demo_db, moved, program=OPENLAB)  # fill: what is stored stays
    assert addresses_of_organizations(demo_db, "株式会社みらい交通") == {
        "株式会社みらい交通": ("100-8914", "東京都千代田区永田町1-6-1")
    }
    imported(demo_db, moved, program=OPENLAB, on_duplicate="update")
    assert addresses_of_organizations(demo_db, "株式会社みらい交通") == {
        "株式会社みらい交通": (None, "埼玉県秩父市熊木町8-15")
    }


def test_a_people_list_gives_each_person_their_own_address(
    database: Database, tmp_path: Path
) -> None:
    path = office_workbook(
        tmp_path / "アドバイザー名簿.xlsx",
        [
            ["地域アドバイザー名簿"],
            ["氏名", "所属", "役職", "郵便番号", "送付先住所"],
            ["山田 太郎", "株式会社みらい交通", "代表取締役", "368-0046", "埼玉県秩父市宮側町1-7"],
            ["佐藤 花子", "秩父大学", "教授", None, None],
        ],
    )
    imported(database, path, kind="people")
    assert addresses_of_people(database) == {
        "山田 太郎": ("368-0046", "埼玉県秩父市宮側町1-7"),
        "佐藤 花子": (None, None),
    }
    # The organization's own address is not the person's.
    assert addresses_of_organizations(database, "株式会社みらい交通") == {
        "株式会社みらい交通": (None, None)
    }


def test_a_roster_addresses_its_people_and_the_organizations_of_seats_by_post(
    database: Database, tmp_path: Path
) -> None:
    path = office_workbook(
        tmp_path / "委員名簿.xlsx",
        [
            ["秩父市地域公共交通会議 委員名簿"],
            ["役割", "所属", "役職", "氏名", "〒", "住所"],
            ["会長", "秩父大学", "教授", "山田 太郎", "〒368-0046", "埼玉県秩父市宮側町1-7"],
            [
                "委員",
                "関東運輸局",
                "交通政策部長",
                None,
                "231-8433",
                "神奈川県横浜市中区北仲通5-57",
            ],
        ],
    )
    imported(database, path, council="秩父市地域公共交通会議")
    with database.sessions() as session:
        members = session.scalars(
            select(Membership).options(
                selectinload(Membership.person), selectinload(Membership.organization)
            )
        ).all()
        seats = {
            (m.person.name if m.person else m.post): (
                (m.person.postal_code, m.person.address)
                if m.person
                else (m.organization.postal_code, m.organization.address)
                if m.organization
                else None
            )
            for m in members
        }
    assert seats == {
        "山田 太郎": ("368-0046", "埼玉県秩父市宮側町1-7"),
        "交通政策部長": ("231-8433", "神奈川県横浜市中区北仲通5-57"),
    }


def test_a_participant_list_gives_each_applicant_their_own_address(
    demo_db: Database, tmp_path: Path
) -> None:
    path = text_table(
        tmp_path / "参加申込一覧.csv",
        [
            ["行事名", "回", "氏名", "所属", "メールアドレス", "郵便番号", "住所"],
            [
                "令和3年度 未来技術実装ミニシンポジウム",
                "1",
                "渡辺 健",
                "秩父市",
                "watanabe@example.jp",
                "３６８８６８６",
                "埼玉県秩父市熊木町8-15",
            ],
        ],
        encoding="utf-8-sig",
    )
    imported(demo_db, path)
    assert addresses_of_people(demo_db)["渡辺 健"] == ("368-8686", "埼玉県秩父市熊木町8-15")
