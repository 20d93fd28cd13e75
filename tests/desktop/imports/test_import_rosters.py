"""Rosters as offices write them (会長・副会長・委員, 肩書, 氏名かな, 種別, a council not yet stored,
a role of their own), imported with `secdesk import` and printed with `secdesk report`."""

from __future__ import annotations

import datetime as dt
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
from tests.helpers.import_files import converted, office_workbook, text_table
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


# --- rosters as other offices write them ----------------------------------------------------


def members_of(db_path: Path, council: str) -> list[tuple[str, str, str, str]]:
    """Each member as the 協議会 tab lists them: role, name, 所属, 役職."""
    return [
        (label(MEMBER_ROLES, m.role), m.name, m.organization, m.post)
        for m in stored(db_path, council)
    ]


def test_a_prefecture_council_in_groups_with_its_term_in_wareki(
    db_path: Path, tmp_path: Path
) -> None:
    """A prefecture's 審議会: 区分 groups, 所属団体・役職 in one cell, 任期 in 令和 (the end
    written without its era); each member keeps the group, is split into 所属 and 役職 and
    serves from 令和6年4月1日 to 令和8年3月31日."""
    path = xlsx(
        tmp_path / "審議会委員名簿.xlsx",
        ["みどり県地域振興審議会 委員名簿"],
        ["区分", "役割", "氏名", "所属団体・役職", "任期"],
        ["学識経験者", "会長", "岡田 明", "みどり大学 教授", "令和6年4月1日～令和8年3月31日"],
        ["関係団体", "副会長", "松本 恵子", "株式会社みどり銀行 常務取締役", "令和6年4月1日～8年3月31日"],
        ["関係団体", "委員", "井上 隆", "みどり県商工会連合会 専務理事", "令和6年4月1日～令和8年3月31日"],
        ["公募委員", "委員", "木下 陽子", "公募委員", "令和6年4月1日～令和8年3月31日"],
    )  # fmt: skip
    said = imported(db_path, path, "--council", "みどり県地域振興審議会")
    assert members_of(db_path, "みどり県地域振興審議会") == [
        ("会長", "岡田 明", "みどり大学", "教授"),
        ("副会長", "松本 恵子", "株式会社みどり銀行", "常務取締役"),
        ("委員", "井上 隆", "みどり県商工会連合会", "専務理事"),
        ("委員", "木下 陽子", "公募委員", ""),
    ]
    members = stored(db_path, "みどり県地域振興審議会")
    assert {(m.term_start, m.term_end) for m in members} == {
        (dt.date(2024, 4, 1), dt.date(2026, 3, 31))
    }
    assert [m.group for m in members] == ["学識経験者", "関係団体", "関係団体", "公募委員"]
    assert "所属・役職「公募委員」は所属と役職に分けられないため" in said


def test_a_city_committee_in_cp932_csv_with_a_title_and_keisho_ryaku(
    db_path: Path, tmp_path: Path
) -> None:
    """A city's 委員会 saved by Excel on a Japanese PC: a title, 「（敬称略・順不同）」, a
    役名 column of 委員長 / 副委員長 / 委員; 任期 as R6.4.1～R8.3.31."""
    path = text_table(
        tmp_path / "委員会名簿.csv",
        [
            ["はなみ市公共交通活性化委員会 委員名簿"],
            ["（敬称略・順不同）"],
            ["番号", "役名", "氏名", "所属", "役職", "任期"],
            ["1", "委員長", "石川 浩二", "はなみ大学", "准教授", "R6.4.1～R8.3.31"],
            ["2", "副委員長", "前田 由美", "はなみ市自治会連合会", "会長", "R6.4.1～R8.3.31"],
            ["3", "委員", "藤田 剛", "はなみ交通株式会社", "運輸部長", "R6.4.1～R8.3.31"],
        ],
        encoding="cp932",
    )
    imported(db_path, path, "--council", "はなみ市公共交通活性化委員会")
    assert members_of(db_path, "はなみ市公共交通活性化委員会") == [
        ("委員長", "石川 浩二", "はなみ大学", "准教授"),
        ("副委員長", "前田 由美", "はなみ市自治会連合会", "会長"),
        ("委員", "藤田 剛", "はなみ交通株式会社", "運輸部長"),
    ]
    members = stored(db_path, "はなみ市公共交通活性化委員会")
    assert members[0].term_start == dt.date(2024, 4, 1)
    assert members[-1].term_end == dt.date(2026, 3, 31)


def test_an_xls_with_a_two_row_heading_keeps_the_post_under_shozoku(
    db_path: Path, tmp_path: Path
) -> None:
    """An .xls whose heading is two rows: 所属 merged over 機関名 and 役職, the other headings
    merged down both rows; 役職 is the post, 機関名 the organization."""
    source = office_workbook(
        tmp_path / "推進会議名簿.xlsx",
        [
            ["令和6年度 ひかり町DX推進会議 構成員名簿"],
            ["No.", "役割", "氏名", "所属", None],
            [None, None, None, "機関名", "役職"],
            [1, "座長", "小川 直樹", "ひかり工業大学", "学長"],
            [2, "座長代理", "村上 真理", "ひかり町商工会", "会長"],
            [3, "構成員", "長谷川 誠", "ひかり町", "総務課長"],
        ],
        merged=("A2:A3", "B2:B3", "C2:C3", "D2:E2"),
    )
    path = converted(source, "xls")
    imported(db_path, path, "--council", "ひかり町DX推進会議")
    assert members_of(db_path, "ひかり町DX推進会議") == [
        ("座長", "小川 直樹", "ひかり工業大学", "学長"),
        ("座長代理", "村上 真理", "ひかり町商工会", "会長"),
        ("構成員", "長谷川 誠", "ひかり町", "総務課長"),
    ]


def test_a_two_row_heading_in_csv_heads_both_columns_under_shozoku(
    db_path: Path, tmp_path: Path
) -> None:
    """The same heading in a CSV: 所属 written once, the cell beside it blank."""
    path = text_table(
        tmp_path / "名簿.csv",
        [
            ["氏名", "所属", "", "役割"],
            ["", "機関名", "役職", ""],
            ["西田 聡", "かぜ市", "企画部長", "委員"],
        ],
    )
    imported(db_path, path, "--council", "かぜ市広域連携会議")
    assert members_of(db_path, "かぜ市広域連携会議") == [("委員", "西田 聡", "かぜ市", "企画部長")]


def test_a_ministry_kanjikai_lists_posts_only(db_path: Path, tmp_path: Path) -> None:
    """A ministry's 幹事会: posts and 幹事 / 幹事長 only, no names; every seat is kept by its
    post, the 幹事長 (an unknown role) after the known ones with a warning."""
    path = xlsx(
        tmp_path / "幹事会構成.xlsx",
        ["地方創生推進連絡会議幹事会 構成員"],
        ["役割", "官職"],
        ["幹事長", "内閣府地方創生推進事務局長"],
        ["幹事", "総務省自治行政局長"],
        ["幹事", "国土交通省国土政策局長"],
        ["事務局", "内閣府地方創生推進事務局参事官"],
    )
    said = imported(db_path, path, "--council", "地方創生推進連絡会議幹事会")
    assert "役割「幹事長」" in said
    assert [
        (label(MEMBER_ROLES, m.role), m.post, m.name)
        for m in stored(db_path, "地方創生推進連絡会議幹事会")
    ] == [
        ("幹事", "総務省自治行政局長", ""),
        ("幹事", "国土交通省国土政策局長", ""),
        ("事務局", "内閣府地方創生推進事務局参事官", ""),
        ("幹事長", "内閣府地方創生推進事務局長", ""),
    ]


def test_observers_and_a_note_row_at_the_end(db_path: Path, tmp_path: Path) -> None:
    """会長 / 副会長 / 委員 / オブザーバー out of order, and a ※ note under the list: the roles
    print in rank order and the note is no member."""
    path = xlsx(
        tmp_path / "協議会名簿.xlsx",
        ["会議名", "役割", "氏名", "所属"],
        ["うみべ地域協議会", "オブザーバー", "原田 健", "うみべ県"],
        ["うみべ地域協議会", "委員", "山口 里美", "うみべ漁業協同組合"],
        ["うみべ地域協議会", "会長", "中島 修", "うみべ市"],
        ["うみべ地域協議会", "副会長", "坂本 愛", "うみべ観光協会"],
        [],
        ["※オブザーバーは議決に加わらない。"],
    )
    said = imported(db_path, path)
    assert [role for role, _post, _name in printed(db_path, "うみべ地域協議会", tmp_path)] == [
        "会長",
        "副会長",
        "委員",
        "オブザーバー",
    ]
    assert len(stored(db_path, "うみべ地域協議会")) == 4
    assert "※オブザーバーは議決に加わらない" not in [
        m.name for m in stored(db_path, "うみべ地域協議会")
    ]
    assert "取り込み 4件" in said


def test_a_utf8_bom_tsv_with_full_width_digits_and_wareki(db_path: Path, tmp_path: Path) -> None:
    """A TSV saved as UTF-8 with BOM: full-width 順 (１, ２ …), 任期開始 and 任期終了 in
    wareki with full-width digits."""
    path = text_table(
        tmp_path / "委員名簿.tsv",
        [
            ["順", "役割", "氏名", "フリガナ", "所属・役職", "任期開始", "任期終了"],
            ["２", "委員", "上田 学", "ウエダ マナブ", "つばさ大学 教授", "令和６年４月１日", "令和８年３月３１日"],
            ["１", "議長", "森田 光", "モリタ ヒカル", "つばさ市長", "令和６年４月１日", "令和８年３月３１日"],
        ],
        encoding="utf-8-sig",
        delimiter="\t",
    )  # fmt: skip
    imported(db_path, path, "--council", "つばさ市総合計画審議会")
    members = stored(db_path, "つばさ市総合計画審議会")
    assert [(label(MEMBER_ROLES, m.role), m.name, m.organization, m.post) for m in members] == [
        ("議長", "森田 光", "つばさ市", "市長"),
        ("委員", "上田 学", "つばさ大学", "教授"),
    ]
    assert (members[1].term_start, members[1].term_end) == (
        dt.date(2024, 4, 1),
        dt.date(2026, 3, 31),
    )
    assert kana_of(db_path)["上田 学"] == "うえだ まなぶ"


def test_a_term_that_ends_before_it_starts_is_refused_on_its_row(
    db_path: Path, tmp_path: Path
) -> None:
    """A 任期 whose end is before its start is a mistake in that row: the row is refused,
    naming the term; the other rows are imported."""
    path = csv(
        tmp_path / "名簿.csv",
        ["会議名", "氏名", "任期"],
        ["しずく町振興会議", "谷口 聡", "R8.4.1～R6.3.31"],
        ["しずく町振興会議", "安藤 妙", "R6.4.1～R8.3.31"],
    )
    done = secdesk("--db", db_path, "import", path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "任期「R8.4.1～R6.3.31」は終わりが始まりより前です" in done.stdout + done.stderr
    assert [(m.name, m.term_start) for m in stored(db_path, "しずく町振興会議")] == [
        ("安藤 妙", dt.date(2024, 4, 1))
    ]
