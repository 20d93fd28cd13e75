"""Rosters as offices write them (会長・副会長・委員, 肩書, 氏名かな, 種別, a council not yet stored,
a role of their own), imported with `secdesk import` and printed with `secdesk report`."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from db.database import Database
from db.engine import open_database
from db.models import Council, Membership
from db.vocab import MEMBER_ROLES, label
from desktop.ops.councils import MemberRow, list_members
from tests.helpers.cli_support import secdesk
from tests.helpers.paths import REALWORLD

KANBU_MEIBO = REALWORLD / "csv" / "digital_agency_kanbu_meibo.csv"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "jimukyoku.sqlite"
    open_database(str(path)).close()
    return path


def xlsx(path: Path, *rows: list[object]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def csv(path: Path, *rows: list[str], encoding: str = "utf-8") -> Path:
    path.write_text("\r\n".join(",".join(row) for row in rows) + "\r\n", encoding=encoding)
    return path


def imported(db_path: Path, *args: object) -> str:
    done = secdesk("--db", db_path, "import", *args)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout + done.stderr


def printed(db_path: Path, council: str, tmp_path: Path) -> list[tuple[str, str, str]]:
    """The roster as `secdesk report council-members` prints it: role, post, name (a council of
    groups prints a section per group)."""
    target = tmp_path / "roster.json"
    done = secdesk(
        "--db", db_path, "report", "council-members", "--council", council, "--format", "json",
        "-o", target,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    sections = json.loads(target.read_text(encoding="utf-8"))["sections"]
    rows = [row for section in sections for row in section["rows"]]
    return [(r["役割"], r["役職"], r["氏名"]) for r in rows]


def stored(db_path: Path, council: str) -> list[MemberRow]:
    db: Database = open_database(str(db_path), create=False)
    try:
        with db.sessions() as session:
            found = session.query(Council).filter_by(name=council).one()
            return list_members(session, found.id)
    finally:
        db.close()


def kana_of(db_path: Path) -> dict[str, str | None]:
    db = open_database(str(db_path), create=False)
    try:
        with db.sessions() as session:
            return {m.person.name: m.person.kana for m in session.query(Membership) if m.person}
    finally:
        db.close()


def test_a_kaicho_roster_for_a_new_council_prints_its_roles_as_written(
    db_path: Path, tmp_path: Path
) -> None:
    """会長・副会長・委員 in the file's own order; the council is not stored yet: it is created,
    and the roster prints the chair first, as the file called them."""
    path = xlsx(
        tmp_path / "まちづくり協議会委員名簿.xlsx",
        ["令和6年度 さくら市まちづくり協議会 委員名簿"],
        ["令和6年4月1日現在"],
        ["会議名", "役割", "氏名", "所属", "役職"],
        ["さくら市まちづくり協議会", "委員", "山田 一郎", "さくら市商工会", "事務局長"],
        ["さくら市まちづくり協議会", "会長", "佐藤 花子", "さくら大学", "教授"],
        ["さくら市まちづくり協議会", "委員", "鈴木 次郎", "さくら農業協同組合", "組合長"],
        ["さくら市まちづくり協議会", "副会長", "田中 三郎", "さくら市観光協会", "会長"],
    )
    said = imported(db_path, path)
    assert (
        "会議「さくら市まちづくり協議会」は登録されていないため、新しい会議として作ります" in said
    )
    assert printed(db_path, "さくら市まちづくり協議会", tmp_path) == [
        ("会長", "教授", "佐藤 花子"),
        ("副会長", "会長", "田中 三郎"),
        ("委員", "事務局長", "山田 一郎"),
        ("委員", "組合長", "鈴木 次郎"),
    ]
    assert [m.role for m in stored(db_path, "さくら市まちづくり協議会")] == [
        "president",
        "vice_president",
        "committee_member",
        "committee_member",
    ]


def test_a_shift_jis_csv_with_katagaki_and_yomi_for_the_council_the_user_names(
    db_path: Path, tmp_path: Path
) -> None:
    """肩書 is the post, 氏名かな the reading (stored in hiragana), 種別 the group; no 会議名
    column: the council is the one named with --council."""
    path = csv(
        tmp_path / "委員一覧.csv",
        ["No.", "種別", "役割", "肩書", "氏名", "氏名かな"],
        ["1", "学識経験者", "委員長", "東西大学 教授", "高橋 誠", "タカハシ マコト"],
        ["2", "学識経験者", "副委員長", "南北大学 准教授", "伊藤 恵", "いとう めぐみ"],
        ["3", "関係団体", "委員", "商工会議所 専務理事", "渡辺 健", "ワタナベ ケン"],
        ["4", "行政", "専門委員", "県 企画課長", "中村 望", "なかむら のぞみ"],
        encoding="cp932",
    )
    imported(db_path, path, "--council", "地域公共交通会議")
    members = stored(db_path, "地域公共交通会議")
    assert [(label(MEMBER_ROLES, m.role), m.post, m.name, m.group) for m in members] == [
        ("委員長", "東西大学 教授", "高橋 誠", "学識経験者"),
        ("副委員長", "南北大学 准教授", "伊藤 恵", "学識経験者"),
        ("委員", "商工会議所 専務理事", "渡辺 健", "関係団体"),
        ("専門委員", "県 企画課長", "中村 望", "行政"),
    ]
    assert kana_of(db_path)["高橋 誠"] == "たかはし まこと"
    assert kana_of(db_path)["中村 望"] == "なかむら のぞみ"


def test_a_role_of_their_own_is_kept_with_a_warning_and_listed_last(
    db_path: Path, tmp_path: Path
) -> None:
    path = csv(
        tmp_path / "名簿.csv",
        ["会議名", "氏名", "役割"],
        ["川辺町観光推進会議", "木村 修", "相談役"],
        ["川辺町観光推進会議", "林 美紀", "顧問"],
        ["川辺町観光推進会議", "森 大介", "会長"],
        ["川辺町観光推進会議", "池田 彩", "事務局"],
    )
    said = imported(db_path, path)
    assert "役割「相談役」" in said and "書かれたとおりに取り込み" in said
    assert printed(db_path, "川辺町観光推進会議", tmp_path) == [
        ("会長", "", "森 大介"),
        ("顧問", "", "林 美紀"),
        ("事務局", "", "池田 彩"),
        ("相談役", "", "木村 修"),
    ]


def test_a_roster_of_names_alone_needs_no_post_column(db_path: Path, tmp_path: Path) -> None:
    """A name or a post is enough: neither a 役割 nor a 役職 column is needed."""
    path = xlsx(
        tmp_path / "幹事名簿.xlsx",
        ["会議名", "氏名", "所属"],
        ["広域連携幹事会", "小林 亮", "東町"],
        ["広域連携幹事会", "加藤 舞", "西村"],
    )
    imported(db_path, path)
    assert printed(db_path, "広域連携幹事会", tmp_path) == [
        ("構成員", "", "小林 亮"),
        ("構成員", "", "加藤 舞"),
    ]


@pytest.mark.skipif(not KANBU_MEIBO.exists(), reason=f"the real files are not at {REALWORLD}")
def test_the_digital_agency_executives_as_the_roster_of_a_named_council(
    db_path: Path, tmp_path: Path
) -> None:
    """デジタル庁幹部名簿 (氏名, 氏名かな, 種別, 肩書; UTF-8 with BOM): 26 people with reading
    and post in the file's order, grouped by 種別."""
    said = imported(db_path, KANBU_MEIBO, "--council", "デジタル庁幹部会議")
    assert "取り込み 26件" in said
    members = stored(db_path, "デジタル庁幹部会議")
    assert len(members) == 26
    assert (members[0].name, members[0].post, members[0].group) == (
        "平井 卓也",
        "デジタル大臣",
        "大臣・副大臣・政務官",
    )
    assert (members[5].name, members[5].post, members[5].group) == (
        "江崎 浩",
        "Chief Architect",
        "CxO",
    )
    assert (members[-1].name, members[-1].post) == ("早瀬 千善", "省庁業務サービスグループ 次長")
    names = [m.name for m in members]
    assert names.index("石倉 洋子") < names.index("赤石 浩一") < names.index("江崎 浩")
    assert kana_of(db_path)["平井 卓也"] == "ひらい たくや"
    assert all(kana_of(db_path).values())
    assert [row[2] for row in printed(db_path, "デジタル庁幹部会議", tmp_path)] == names


def test_a_list_of_people_is_a_roster_only_when_the_user_names_its_council(
    db_path: Path, tmp_path: Path
) -> None:
    """Names and posts alone do not say which council: unasked, such a list is not taken for
    a roster (it is a list of people: no council is made); with --council it is that
    council's."""
    path = csv(tmp_path / "職員一覧.csv", ["氏名", "肩書"], ["青木 智", "企画課長"])
    unasked = tmp_path / "unasked.sqlite"
    open_database(str(unasked)).close()
    imported(unasked, path)
    assert stored_councils(unasked) == []
    imported(db_path, path, "--council", "庁内連絡会議")
    assert [(m.name, m.post) for m in stored(db_path, "庁内連絡会議")] == [("青木 智", "企画課長")]


def stored_councils(db_path: Path) -> list[str]:
    db = open_database(str(db_path), create=False)
    try:
        with db.sessions() as session:
            return [c.name for c in session.query(Council)]
    finally:
        db.close()
