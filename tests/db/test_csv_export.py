"""`secdesk export --format csv`: the tables as Excel opens them (UTF-8 with a BOM) and as older
systems read them (CP932), where a character CP932 lacks is written as 〓 and named."""

from __future__ import annotations

import csv
from pathlib import Path

from db.engine import open_database
from db.models import Council, Membership, Organization, Person
from tests.helpers.cli_support import assert_one_clear_line, secdesk

TABLES = ("団体", "担当者", "登録", "会議構成員", "行事参加者")


def _fill(url: str) -> None:
    database = open_database(url)
    try:
        with database.transaction() as session:
            shop = Organization(kind="company", name="株式会社𠮷野😀商店", name_key="𠮷野商店")
            city = Organization(
                kind="municipality", name="髙﨑市", name_key="髙﨑市", address="高崎町1−2〜3"
            )
            person = Person(
                name="髙橋 𠮷子", kana="たかはし よしこ", name_key="髙橋𠮷子", organization=city
            )
            council = Council(name="㈱テスト協議会", kind="council")
            council.memberships = [Membership(person=person, organization=city, post="市長")]
            session.add_all([shop, city, person, council])
    finally:
        database.close()


def _read(path: Path, encoding: str) -> list[list[str]]:
    with path.open(encoding=encoding, newline="") as fh:
        return list(csv.reader(fh))


def test_utf8_with_bom_keeps_every_character(any_new_url: str, tmp_path: Path) -> None:
    _fill(any_new_url)
    folder = tmp_path / "csv"
    folder.mkdir()
    result = secdesk("--db", any_new_url, "export", "--format", "csv", "-o", folder)
    assert result.returncode == 0, result.stderr
    assert sorted(p.stem for p in folder.iterdir()) == sorted(TABLES)
    assert (folder / "団体.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # Excel's UTF-8 mark
    organizations = _read(folder / "団体.csv", "utf-8-sig")
    assert organizations[0][:2] == ["ID", "団体名"]
    assert [row[1] for row in organizations[1:]] == ["株式会社𠮷野😀商店", "髙﨑市"]
    assert organizations[2][3] == "市区町村"  # a label, not a code
    people = _read(folder / "担当者.csv", "utf-8-sig")
    assert people[1][1:4] == ["髙橋 𠮷子", "たかはし よしこ", "髙﨑市"]
    members = _read(folder / "会議構成員.csv", "utf-8-sig")
    assert members[1][1] == "㈱テスト協議会" and members[1][5:7] == ["市長", "髙橋 𠮷子"]
    assert result.stderr == ""


def test_cp932_names_what_it_cannot_hold(any_new_url: str, tmp_path: Path) -> None:
    _fill(any_new_url)
    target = tmp_path / "団体.csv"
    result = secdesk(
        "--db",
        any_new_url,
        "export",
        "--format",
        "csv",
        "--encoding",
        "cp932",
        "--table",
        "organizations",
        "-o",
        target,
    )
    assert result.returncode == 0, result.stderr
    rows = _read(target, "cp932")
    # 髙, 﨑, ㈱ and the wave dash are CP932 characters; 𠮷 and emoji are not
    assert [row[1] for row in rows[1:]] == ["株式会社〓野〓商店", "髙﨑市"]
    assert rows[2][7] == "高崎町1－2～3"
    warnings = result.stderr.strip().splitlines()
    assert warnings == [
        "secdesk: 注意: 団体 id 1「株式会社𠮷野😀商店」: CP932 で書けない文字「𠮷😀」を「〓」にしました"
    ]


def test_cp932_every_table_one_warning_per_record(any_new_url: str, tmp_path: Path) -> None:
    _fill(any_new_url)
    folder = tmp_path / "out"
    folder.mkdir()
    db = any_new_url
    result = secdesk("--db", db, "export", "--format", "csv", "--encoding", "cp932", "-o", folder)
    assert result.returncode == 0, result.stderr
    people = _read(folder / "担当者.csv", "cp932")
    assert people[1][1] == "髙橋 〓子"
    members = _read(folder / "会議構成員.csv", "cp932")
    assert members[1][1] == "㈱テスト協議会" and members[1][6] == "髙橋 〓子"
    warned = result.stderr.strip().splitlines()
    assert len(warned) == 3  # the shop, the person, the person's seat on the council
    assert any("担当者 id 1「髙橋 𠮷子」" in line and "「𠮷」" in line for line in warned)
    assert any(line.startswith("secdesk: 注意: 会議構成員") for line in warned)


def test_one_file_needs_one_table(any_new_url: str, tmp_path: Path) -> None:
    target = tmp_path / "all.csv"
    result = secdesk("--db", any_new_url, "export", "--format", "csv", "-o", target)
    assert_one_clear_line(result)
    assert not target.exists()
