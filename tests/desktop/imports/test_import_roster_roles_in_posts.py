"""Rosters without a 役割 column write the role under 役職: 委員長, 座長, オブザーバー … are read
as the member's role, a real post (課長, 主査) stays the post, 委員長（○○大学教授） gives both."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.engine import open_database
from db.models import Council
from db.vocab import MEMBER_ROLES, label
from desktop.ops.councils import list_members
from tests.helpers.cli_support import secdesk
from tests.helpers.import_files import office_workbook, text_table


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "jimukyoku.sqlite"
    open_database(str(path)).close()
    return path


def imported(db_path: Path, *args: object) -> str:
    done = secdesk("--db", db_path, "import", *args)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


def members_of(db_path: Path, council: str) -> list[tuple[str, str, str, str]]:
    """Each member as the 協議会 tab lists them: role, name, 所属, 役職."""
    db = open_database(str(db_path), create=False)
    try:
        with db.sessions() as session:
            found = session.query(Council).filter_by(name=council).one()
            return [
                (label(MEMBER_ROLES, m.role), m.name, m.organization, m.post)
                for m in list_members(session, found.id)
            ]
    finally:
        db.close()


def test_a_city_roster_with_roles_under_yakushoku(db_path: Path, tmp_path: Path) -> None:
    """A city's 委員会 as its office keeps it: a title, no 役割 column; 役職 holds 委員長,
    副委員長 and 委員 for the outside members and 課長 / 主査 for the city's own staff."""
    path = office_workbook(
        tmp_path / "委員名簿.xlsx",
        [
            ["令和7年度 みどり市地域公共交通会議 委員名簿"],
            ["（敬称略）"],
            ["No.", "氏名", "所属", "役職"],
            [1, "佐々木 隆", "みどり市", "交通政策課長"],
            [2, "山本 陽子", "みどり大学", "委員長"],
            [3, "井上 聡", "みどり交通株式会社", "委員"],
            [4, "木村 純", "みどり市商工会", "副委員長"],
            [5, "松本 彩", "みどり市", "主査"],
            [6, "林 直人", "国土交通省関東運輸局", "オブザーバー"],
        ],
        merged=("A1:D1",),
    )
    imported(db_path, path, "--council", "みどり市地域公共交通会議")
    assert members_of(db_path, "みどり市地域公共交通会議") == [
        ("委員長", "山本 陽子", "みどり大学", ""),
        ("副委員長", "木村 純", "みどり市商工会", ""),
        ("委員", "井上 聡", "みどり交通株式会社", ""),
        ("構成員", "佐々木 隆", "みどり市", "交通政策課長"),
        ("構成員", "松本 彩", "みどり市", "主査"),
        ("オブザーバー", "林 直人", "国土交通省関東運輸局", ""),
    ]


def test_a_role_and_a_post_in_one_yakushoku_cell(db_path: Path, tmp_path: Path) -> None:
    """座長（ひばり大学教授） and ひばり町商工会長（座長代理）: the role in brackets before or
    after the post, in full- or half-width brackets, gives the role and the post; a role
    written with a space (委　員) is still the role; a post that only contains a role's word
    (委員会事務局長) stays the post."""
    path = text_table(
        tmp_path / "検討会構成員.csv",
        [
            ["ひばり町DX検討会 構成員名簿"],
            ["氏名", "役職"],
            ["岡田 修", "座長（ひばり大学教授）"],
            ["近藤 恵", "ひばり町商工会長(座長代理)"],
            ["石井 学", "委　員"],
            ["遠藤 実", "委員会事務局長"],
        ],
        encoding="cp932",
    )
    imported(db_path, path, "--council", "ひばり町DX検討会")
    assert members_of(db_path, "ひばり町DX検討会") == [
        ("座長", "岡田 修", "", "ひばり大学教授"),
        ("座長代理", "近藤 恵", "", "ひばり町商工会長"),
        ("委員", "石井 学", "", ""),
        ("構成員", "遠藤 実", "", "委員会事務局長"),
    ]


def test_with_a_role_column_yakushoku_stays_the_post(db_path: Path, tmp_path: Path) -> None:
    """A roster that has its 役割 column: the 会長 under 役職 is the post the member holds in
    their own organization (the 観光協会's 会長), not their role on the council."""
    path = text_table(
        tmp_path / "協議会名簿.csv",
        [
            ["役割", "氏名", "所属", "役職"],
            ["副会長", "田中 三郎", "さくら市観光協会", "会長"],
            ["", "山田 一郎", "さくら市商工会", "委員長"],
        ],
    )
    imported(db_path, path, "--council", "さくら市まちづくり協議会")
    assert members_of(db_path, "さくら市まちづくり協議会") == [
        ("副会長", "田中 三郎", "さくら市観光協会", "会長"),
        ("構成員", "山田 一郎", "さくら市商工会", "委員長"),
    ]


def test_a_seat_known_by_its_role_alone_keeps_it_as_its_post(db_path: Path, tmp_path: Path) -> None:
    """A ministry's list of seats without names: 座長 with no name is still a seat, printed
    with the word it was listed by."""
    path = text_table(
        tmp_path / "幹事会.csv",
        [["役職", "所属"], ["座長", "内閣府"], ["課長級", "総務省"]],
    )
    imported(db_path, path, "--council", "連絡会議幹事会")
    assert members_of(db_path, "連絡会議幹事会") == [
        ("座長", "", "内閣府", "座長"),
        ("構成員", "", "総務省", "課長級"),
    ]
