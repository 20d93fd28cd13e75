"""People lists as offices write them (advisers, specialists, staff: titles, notes, totals,
two-row merged headings, line breaks and half-width kana in headings, full-width digits, CP932
CSV, .xls), imported as people, and as experts of a programme when the user names one."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from db.database import Database
from db.engine import open_database
from db.models import Membership, Person, Registration
from desktop.imports import pipeline
from tests.helpers.cli_support import secdesk
from tests.helpers.import_files import converted, office_workbook, prepare, text_table
from tests.helpers.paths import REALWORLD

ADVISERS = REALWORLD / "people" / "ictadvisors_21_ad_opendata.xlsx"
PROGRAM = "地域未来構想20 オープンラボ"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "jimukyoku.sqlite"
    open_database(str(path)).close()
    return path


@pytest.fixture
def db(database: Database) -> Database:
    return database


def imported(db: Database, *paths: Path, **options: object) -> pipeline.ImportPreview:
    preview = prepare(db, *paths, **options)
    assert not [r.origin.describe() for r in preview.records if r.rejected]
    pipeline.commit(db, preview)
    return preview


def people(db: Database) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Each stored person: reading, organization, post."""
    with db.sessions() as session:
        found = session.scalars(select(Person).options(selectinload(Person.organization)))
        return {
            p.name: (p.kana, p.organization.name if p.organization else None, p.post) for p in found
        }


def contacts(db: Database) -> dict[str, tuple[str | None, str | None]]:
    with db.sessions() as session:
        return {p.name: (p.phone, p.email) for p in session.scalars(select(Person))}


def experts(db: Database) -> dict[str, tuple[str, str, str | None, list[str]]]:
    """Each expert (提供 registration's contact): organization, programme, summary, fields."""
    with db.sessions() as session:
        found = session.scalars(
            select(Registration)
            .where(Registration.role == "offer", Registration.contact_person_id.is_not(None))
            .options(
                selectinload(Registration.contact_person),
                selectinload(Registration.organization),
                selectinload(Registration.program),
                selectinload(Registration.categories),
            )
        )
        return {
            r.contact_person.name: (
                r.organization.name,
                r.program.name,
                r.summary,
                [c.name for c in r.categories],
            )
            for r in found
            if r.contact_person is not None
        }


def workbook(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "名簿"
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


# --- the real list ----------------------------------------------------------------------------


def test_the_ministrys_adviser_profiles_give_212_experts(demo_db: Database) -> None:
    if not ADVISERS.exists():
        pytest.skip(f"the real files are not here ({ADVISERS.parent}): the test needs them")
    before = people(demo_db), experts(demo_db)
    preview = prepare(demo_db, ADVISERS, program=PROGRAM)
    assert not [r.origin.describe() for r in preview.records if r.rejected]
    batch = pipeline.commit(demo_db, preview)
    assert len(preview.records) == 212
    found = people(demo_db)
    assert found["川島 宏一"] == ("かわしま ひろいち", "筑波大学", "システム情報系教授")
    _kana, organization, post = found["会田 和子"]
    assert organization == "株式会社いわきテレワークセンター"
    assert post is not None and post.startswith("代表取締役社長")
    assert found["淺野 隆夫"][1:] == (
        "札幌市",
        "中央図書館 利用サービス課長\n（中央図書館、図書・情報館所管）",
    )
    offered = experts(demo_db)
    assert len(offered) == len(before[1]) + 212
    organization, program, summary, _fields = offered["川島 宏一"]
    assert (organization, program) == ("筑波大学", PROGRAM)
    assert summary is not None and "オープンデータ政策" in summary
    assert "https://trios.tsukuba.ac.jp/researcher/0000003719" in summary
    # The two-row heading is one heading per column: the two 実績 columns are told apart.
    notes = "\n".join(p.text() for p in preview.problems)
    assert "地域情報化に関する実績 これまでの経験業務・研究活動" in notes
    # Undone, the batch leaves the database as it was.
    pipeline.undo(demo_db, batch)
    assert (people(demo_db), experts(demo_db)) == before


def test_the_adviser_profiles_without_a_programme_are_people(db_path: Path) -> None:
    if not ADVISERS.exists():
        pytest.skip(f"the real files are not here ({ADVISERS.parent}): the test needs them")
    done = secdesk("--db", db_path, "import", ADVISERS)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "212件: 取り込み 212件、エラー 0件" in done.stdout
    said = [line for line in done.stdout.splitlines() if "事業が指定されていない" in line]
    assert len(said) == 1 and "全212行" in said[0]
    db = open_database(str(db_path))
    try:
        assert len(people(db)) == 212
        assert experts(db) == {}
    finally:
        db.close()


# --- lists as offices write them ------------------------------------------------------------


def test_a_city_staff_list_under_a_title_with_a_note_and_a_total(
    tmp_path: Path, db: Database
) -> None:
    path = workbook(
        tmp_path / "職員名簿.xlsx",
        [
            ["令和6年度 デジタル推進課 職員名簿"],
            ["※令和6年4月1日現在（敬称略）"],
            [],
            ["No.", "氏名", "ふりがな", "所属", "役職", "電話番号", "メールアドレス"],
            [1, "山田 太郎", "やまだ たろう", "秩父市", "課長", "０４９４－２２－２２１１", "yamada@example.jp"],
            [2, "佐藤 花子", "さとう はなこ", "秩父市", "主査", "0494-22-2212", None],
            [3, "鈴木 一郎", "すずき いちろう", "秩父市", "主事", None, None],
            ["計 3名"],
        ],
    )  # fmt: skip
    preview = imported(db, path)
    assert len(preview.records) == 3
    assert people(db) == {
        "山田 太郎": ("やまだ たろう", "秩父市", "課長"),
        "佐藤 花子": ("さとう はなこ", "秩父市", "主査"),
        "鈴木 一郎": ("すずき いちろう", "秩父市", "主事"),
    }
    assert contacts(db)["山田 太郎"] == ("0494-22-2211", "yamada@example.jp")
    assert any("合計の行" in p.said() for p in preview.problems)


def test_a_cp932_csv_of_specialists_becomes_experts_of_the_programme_named(
    tmp_path: Path, demo_path: Path
) -> None:
    path = text_table(
        tmp_path / "専門家リスト.csv",
        [
            ["氏名", "ﾌﾘｶﾞﾅ", "所属・役職", "専門分野", "URL"],
            ["高橋 誠", "ﾀｶﾊｼ ﾏｺﾄ", "東北大学 大学院工学研究科 教授", "教育、医療のICT活用", "https://example.ac.jp/takahashi"],
            ["中村 恵", "ﾅｶﾑﾗ ﾒｸﾞﾐ", "株式会社ミライ技研 代表取締役", "遠隔医療", ""],
        ],
        encoding="cp932",
    )  # fmt: skip
    done = secdesk("--db", demo_path, "import", path, "--program", PROGRAM)
    assert done.returncode == 0, done.stdout + done.stderr
    db = open_database(str(demo_path))
    try:
        found = people(db)
        assert found["高橋 誠"] == ("たかはし まこと", "東北大学", "大学院工学研究科 教授")
        assert found["中村 恵"] == ("なかむら めぐみ", "株式会社ミライ技研", "代表取締役")
        offered = experts(db)
        organization, program, summary, fields = offered["高橋 誠"]
        assert (organization, program) == ("東北大学", PROGRAM)
        assert summary is not None and summary.startswith("教育、医療のICT活用")
        assert "https://example.ac.jp/takahashi" in summary
        assert "教育" in fields and "医療" in fields
        assert offered["中村 恵"][0] == "株式会社ミライ技研"
    finally:
        db.close()


def test_a_two_row_merged_heading_with_contacts_under_one_group(
    tmp_path: Path, db: Database
) -> None:
    path = office_workbook(
        tmp_path / "アドバイザー一覧.xlsx",
        [
            ["地域DXアドバイザー一覧"],
            ["氏名", "ふりがな", "所属", "役職", "連絡先", None],
            [None, None, None, None, "電話", "メール"],
            ["小林 健", "こばやし けん", "一般社団法人データ協会", "理事", "03-1234-5678", "k@example.org"],
            ["加藤 舞", "かとう まい", "県立大学", "准教授", "０２２－１１１－２２２２", None],
        ],
        merged=("A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2"),
    )  # fmt: skip
    preview = imported(db, path)
    assert [r.title() for r in preview.records] == ["小林 健", "加藤 舞"]
    assert people(db)["小林 健"] == ("こばやし けん", "一般社団法人データ協会", "理事")
    assert contacts(db) == {
        "小林 健": ("03-1234-5678", "k@example.org"),
        "加藤 舞": ("022-111-2222", None),
    }


def test_a_utf8_csv_with_line_breaks_in_its_headings(tmp_path: Path, db: Database) -> None:
    path = text_table(
        tmp_path / "講師名簿.csv",
        [
            ["氏名\n（漢字）", "ふりがな\n（ひらがな）", "所属・\n役職", "メール\nアドレス"],
            ["伊藤 学", "いとう まなぶ", "札幌市 総務局 情報システム課長", "ito@example.jp"],
        ],
        encoding="utf-8-sig",
    )
    imported(db, path)
    assert people(db) == {"伊藤 学": ("いとう まなぶ", "札幌市", "総務局 情報システム課長")}
    assert contacts(db)["伊藤 学"] == (None, "ito@example.jp")


def test_an_xls_list_whose_rows_name_no_organization_takes_the_one_named(
    tmp_path: Path, db_path: Path
) -> None:
    source = workbook(
        tmp_path / "委嘱者名簿.xlsx",
        [
            ["氏名", "よみがな", "所属", "職名"],
            ["渡辺 智子", "わたなべ ともこ", None, "参事"],
            ["山本 剛", "やまもと つよし", "株式会社北斗", "部長"],
        ],
    )
    path = converted(source, "xls")
    done = secdesk("--db", db_path, "import", path, "--organization", "デジタル庁")
    assert done.returncode == 0, done.stdout + done.stderr
    db = open_database(str(db_path))
    try:
        assert people(db) == {
            "渡辺 智子": ("わたなべ ともこ", "デジタル庁", "参事"),
            "山本 剛": ("やまもと つよし", "株式会社北斗", "部長"),
        }
    finally:
        db.close()


def test_a_cp932_csv_with_half_width_kana_headings(tmp_path: Path, db: Database) -> None:
    path = text_table(
        tmp_path / "ｽﾀｯﾌ.csv",
        [
            ["ｼﾒｲ", "氏名", "ﾌﾘｶﾞﾅ", "所属", "ﾔｸｼｮｸ", "ﾒｰﾙｱﾄﾞﾚｽ"],
            ["1", "松本 陽子", "ﾏﾂﾓﾄ ﾖｳｺ", "小鹿野町", "係長", "matsumoto@example.lg.jp"],
        ],
        encoding="cp932",
    )
    imported(db, path)
    kana, organization, _post = people(db)["松本 陽子"]
    assert (kana, organization) == ("まつもと ようこ", "小鹿野町")
    assert contacts(db)["松本 陽子"] == (None, "matsumoto@example.lg.jp")


def test_a_heading_split_over_two_rows_without_merged_cells(tmp_path: Path, db: Database) -> None:
    path = text_table(
        tmp_path / "有識者.csv",
        [
            ["有識者名簿（五十音順）", "", "", "", ""],
            ["氏名", "ふりがな", "所属", "連絡先", ""],
            ["", "", "", "電話番号", "メールアドレス"],
            ["井上 直樹", "いのうえ なおき", "国立研究開発法人 防災科学技術研究所", "029-000-0000", "inoue@example.go.jp"],
        ],
        encoding="utf-8",
    )  # fmt: skip
    preview = imported(db, path)
    assert len(preview.records) == 1
    assert people(db)["井上 直樹"][1] == "国立研究開発法人 防災科学技術研究所"
    assert contacts(db)["井上 直樹"] == ("029-000-0000", "inoue@example.go.jp")


def test_an_xls_lecturer_list_as_experts_chosen_for_a_programme(
    tmp_path: Path, demo_db: Database
) -> None:
    source = workbook(
        tmp_path / "講師一覧.xlsx",
        [
            ["講師一覧", None, None, None],
            ["講師名", "よみがな", "所属・肩書", "得意分野"],
            ["清水 亮", "しみず りょう", "合同会社シミズラボ 代表社員", "教育データの活用"],
        ],
    )
    path = converted(source, "xls")
    imported(demo_db, path, program=PROGRAM)
    assert people(demo_db)["清水 亮"] == ("しみず りょう", "合同会社シミズラボ", "代表社員")
    organization, program, summary, fields = experts(demo_db)["清水 亮"]
    assert (organization, program, summary) == ("合同会社シミズラボ", PROGRAM, "教育データの活用")
    assert fields == ["教育"]


def test_an_affiliation_that_cannot_be_split_is_kept_whole_with_a_note(
    tmp_path: Path, db: Database
) -> None:
    path = workbook(
        tmp_path / "伝道師.xlsx",
        [
            ["氏名", "ふりがな", "所属・役職"],
            ["森 大輔", "もり だいすけ", "オープンデータ伝道師"],
            ["池田 桜", "いけだ さくら", "なし"],
        ],
    )
    preview = imported(db, path)
    assert people(db) == {
        "森 大輔": ("もり だいすけ", "オープンデータ伝道師", None),
        "池田 桜": ("いけだ さくら", None, None),
    }
    (note,) = [p for r in preview.records for p in r.problems if "分けられない" in p.said()]
    assert note.severity == "warning" and note.where.row == 2


def test_the_same_list_imported_again_adds_no_one_twice(tmp_path: Path, db: Database) -> None:
    rows = [
        ["お名前", "フリガナ", "所属団体", "役職", "E-mail"],
        ["岡田 涼", "オカダ リョウ", "株式会社サンプル", "取締役", "okada@example.com"],
        ["岡田 涼", "オカダ リョウ", "株式会社サンプル", "取締役", "okada@example.com"],
        ["木村 唯", "キムラ ユイ", None, "研究員", None],
    ]
    path = text_table(tmp_path / "名簿.csv", rows, encoding="utf-8")
    preview = prepare(db, path)
    (repeat,) = [r for r in preview.records if r.rejected]
    assert repeat.origin.row == 3 and "同じ人" in repeat.problems[-1].said()
    pipeline.commit(db, preview)
    again = prepare(db, path)
    assert [r.action for r in again.records if not r.rejected] == ["fill", "fill"]
    pipeline.commit(db, again)
    assert sorted(people(db)) == ["岡田 涼", "木村 唯"]


KANBU_MEIBO = REALWORLD / "csv" / "digital_agency_kanbu_meibo.csv"


def test_the_digital_agency_directory_is_its_people_when_the_organization_is_named(
    db_path: Path,
) -> None:
    if not KANBU_MEIBO.exists():
        pytest.skip(f"the real files are not here ({KANBU_MEIBO.parent}): the test needs them")
    done = secdesk("--db", db_path, "import", KANBU_MEIBO, "--organization", "デジタル庁")
    assert done.returncode == 0, done.stdout + done.stderr
    db = open_database(str(db_path))
    try:
        found = people(db)
        assert len(found) == 26
        assert found["平井 卓也"] == ("ひらい たくや", "デジタル庁", "デジタル大臣")
        assert {organization for _kana, organization, _post in found.values()} == {"デジタル庁"}
    finally:
        db.close()


def test_a_roster_whose_rows_name_no_organization_takes_the_one_named(
    db_path: Path, tmp_path: Path
) -> None:
    path = text_table(
        tmp_path / "幹部名簿.csv",
        [["氏名", "氏名かな", "種別", "肩書"], ["青木 智", "あおき さとし", "幹部", "統括官"]],
        encoding="utf-8-sig",
    )
    done = secdesk(
        "--db", db_path, "import", path, "--council", "庁内連絡会議", "--organization", "デジタル庁"
    )
    assert done.returncode == 0, done.stdout + done.stderr
    db = open_database(str(db_path))
    try:
        with db.sessions() as session:
            (member,) = session.scalars(
                select(Membership).options(
                    selectinload(Membership.organization), selectinload(Membership.person)
                )
            )
            assert member.organization is not None and member.person is not None
            assert (member.person.name, member.post, member.organization.name) == (
                "青木 智",
                "統括官",
                "デジタル庁",
            )
    finally:
        db.close()
