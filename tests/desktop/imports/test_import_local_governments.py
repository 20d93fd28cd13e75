"""The official list of local governments (総務省「都道府県コード及び市区町村コード」) as reference
data: imported without a programme, on an empty database too, each body once by its code."""

from __future__ import annotations

import time
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from db.database import Database
from db.engine import open_database
from db.models import Organization
from desktop.imports import pipeline
from desktop.japanese.lgcode import lg_check_digit
from tests.helpers.cli_support import secdesk
from tests.helpers.paths import REALWORLD

REAL_LIST = REALWORLD / "lgcode" / "000925835.xlsx"

# The official headings: line breaks inside, half-width kana in the second sheet's.
FIRST_HEADINGS = (
    "団体コード",
    "都道府県名\n（漢字）",
    "市区町村名\n（漢字）",
    "都道府県名\n（カナ）",
    "市区町村名\n（カナ）",
)
CITY_HEADINGS = (
    "団体コード",
    "都道府県名\n（漢字）",
    "市区町村名\n（漢字）",
    "都道府県名\n（ｶﾅ）",
    "市区町村名\n（ｶﾅ）",
)


def code(body: str) -> str:
    return body + str(lg_check_digit(body))


BODIES = [  # sheet 1: prefectures (no 市区町村名) and their municipalities
    (code("01000"), "北海道", None, "ﾎｯｶｲﾄﾞｳ", None),
    (code("01100"), "北海道", "札幌市", "ﾎｯｶｲﾄﾞｳ", "ｻｯﾎﾟﾛｼ"),
    (code("01202"), "北海道", "函館市", "ﾎｯｶｲﾄﾞｳ", "ﾊｺﾀﾞﾃｼ"),
    (code("13000"), "東京都", None, "ﾄｳｷｮｳﾄ", None),
    (code("13101"), "東京都", "千代田区", "ﾄｳｷｮｳﾄ", "ﾁﾖﾀﾞｸ"),
    (code("13117"), "東京都", "北区", "ﾄｳｷｮｳﾄ", "ｷﾀｸ"),
    (code("43000"), "熊本県", None, "ｸﾏﾓﾄｹﾝ", None),
    (code("43100"), "熊本県", "熊本市", "ｸﾏﾓﾄｹﾝ", "ｸﾏﾓﾄｼ"),
    (code("43202"), "熊本県", "八代市", "ｸﾏﾓﾄｹﾝ", "ﾔﾂｼﾛｼ"),
]
CITIES = [  # sheet 2: the designated cities again, each followed by its wards
    (code("01100"), "北海道", "札幌市", "ﾎｯｶｲﾄﾞｳ", "ｻｯﾎﾟﾛｼ"),
    (code("01101"), "北海道", "札幌市中央区", "ﾎｯｶｲﾄﾞｳ", "ｻｯﾎﾟﾛｼﾁｭｳｵｳｸ"),
    (code("01102"), "北海道", "札幌市北区", "ﾎｯｶｲﾄﾞｳ", "ｻｯﾎﾟﾛｼｷﾀｸ"),
    (int(code("43100")), "熊本県", "熊本市", "ｸﾏﾓﾄｹﾝ", "ｸﾏﾓﾄｼ"),  # a code typed as a number
    (int(code("43101")), "熊本県", "熊本市中央区", "ｸﾏﾓﾄｹﾝ", "ｸﾏﾓﾄｼﾁｭｳｵｳｸ"),
    (int(code("43105")), "熊本県", "熊本市北区", "ｸﾏﾓﾄｹﾝ", "ｸﾏﾓﾄｼｷﾀｸ"),
]
WARDS = 4
ALL_BODIES = len(BODIES) + WARDS


def official_list(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    first = workbook.active
    assert first is not None
    first.title = "R6.1.1現在の団体"
    first.append(FIRST_HEADINGS)
    for row in BODIES:
        first.append(row)
    second = workbook.create_sheet("R6.1.1政令指定都市")
    second.append(CITY_HEADINGS)
    for row in CITIES:
        second.append(row)
    workbook.save(path)
    return path


def stored(database: Database) -> dict[str, tuple[str, str | None, str, str | None]]:
    """Each stored body by code: (name, reading, kind, its parent's name)."""
    with database.sessions() as session:
        orgs = session.scalars(select(Organization)).all()
        return {
            org.lg_code or f"id {org.id}": (
                org.name,
                org.kana,
                org.kind,
                org.parent.name if org.parent else None,
            )
            for org in orgs
        }


def organization_count(database: Database) -> int:
    with database.sessions() as session:
        return len(session.scalars(select(Organization.id)).all())


def import_list(database: Database, path: Path) -> pipeline.ImportPreview:
    with database.sessions() as session:
        preview = pipeline.prepare(session, [path])
    pipeline.commit(database, preview)
    return preview


def assert_the_official_bodies(bodies: dict[str, tuple[str, str | None, str, str | None]]) -> None:
    assert len(bodies) == ALL_BODIES
    assert bodies[code("01000")] == ("北海道", "ほっかいどう", "prefecture", None)
    assert bodies[code("01202")] == ("函館市", "はこだてし", "municipality", "北海道")
    assert bodies[code("01100")] == ("札幌市", "さっぽろし", "municipality", "北海道")
    assert bodies[code("01101")] == (
        "札幌市中央区",
        "さっぽろしちゅうおうく",
        "municipality",
        "札幌市",
    )
    assert bodies[code("01102")] == ("札幌市北区", "さっぽろしきたく", "municipality", "札幌市")
    assert bodies[code("13101")] == ("千代田区", "ちよだく", "special_ward", "東京都")
    assert bodies[code("13117")] == ("北区", "きたく", "special_ward", "東京都")
    assert bodies[code("43100")] == ("熊本市", "くまもとし", "municipality", "熊本県")
    assert bodies[code("43101")] == (
        "熊本市中央区",
        "くまもとしちゅうおうく",
        "municipality",
        "熊本市",
    )
    assert bodies[code("43105")] == ("熊本市北区", "くまもとしきたく", "municipality", "熊本市")
    assert bodies[code("43202")] == ("八代市", "やつしろし", "municipality", "熊本県")


def test_the_list_imports_on_an_empty_database_from_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite"
    assert secdesk("--db", db, "init").returncode == 0
    result = secdesk("--db", db, "import", official_list(tmp_path / "000925835.xlsx"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "事業" not in result.stdout + result.stderr
    assert f"取り込み {len(BODIES) + len(CITIES)}件、エラー 0件" in result.stdout
    database = open_database(str(db), create=False)
    try:
        assert_the_official_bodies(stored(database))
    finally:
        database.close()


def test_the_window_pipeline_reads_it_as_the_code_list_without_a_programme(
    database: Database, tmp_path: Path
) -> None:
    path = official_list(tmp_path / "code list.xlsx")
    with database.sessions() as session:
        preview = pipeline.prepare(session, [path])
    assert preview.files[0].kind == "local_governments"
    assert preview.all_problems() == []
    assert len(preview.accepted) == len(BODIES) + len(CITIES)
    shown = {(r.title(), r.context()) for r in preview.records}
    assert ("函館市", "北海道") in shown and ("札幌市中央区", "札幌市") in shown
    pipeline.commit(database, preview)
    assert_the_official_bodies(stored(database))


def test_importing_the_list_twice_duplicates_nothing(
    any_database: Database, tmp_path: Path
) -> None:
    path = official_list(tmp_path / "code list.xlsx")
    import_list(any_database, path)
    first = stored(any_database)
    preview = import_list(any_database, path)
    assert all(r.action == "fill" and len(r.candidates) == 1 for r in preview.records)
    assert stored(any_database) == first
    assert organization_count(any_database) == ALL_BODIES
    with any_database.sessions() as session:
        assert "団体（新規）" not in pipeline.list_batches(session)[0].counts


def test_a_stored_body_with_the_code_is_completed_not_duplicated(
    any_database: Database, tmp_path: Path
) -> None:
    with any_database.transaction() as session:
        session.add(
            Organization(
                kind="municipality", name="函館市", lg_code=code("01202"), phone="0138-21-3111"
            )
        )
        session.add(Organization(kind="municipality", name="八代市"))  # stored without its code
    import_list(any_database, official_list(tmp_path / "code list.xlsx"))
    assert organization_count(any_database) == ALL_BODIES
    assert_the_official_bodies(stored(any_database))
    with any_database.sessions() as session:
        hakodate = session.scalars(select(Organization).where(Organization.name == "函館市")).one()
        assert hakodate.phone == "0138-21-3111"  # what was stored stays


def test_a_stored_body_under_another_name_is_reported_and_keeps_its_name(
    any_database: Database, tmp_path: Path
) -> None:
    with any_database.transaction() as session:
        session.add(Organization(kind="municipality", name="箱館市", lg_code=code("01202")))
    preview = import_list(any_database, official_list(tmp_path / "code list.xlsx"))
    warnings = [p.text() for p in preview.all_problems()]
    assert len(warnings) == 1
    assert "注意" in warnings[0] and "箱館市" in warnings[0] and "函館市" in warnings[0]
    assert "4行目" in warnings[0]
    bodies = stored(any_database)
    assert bodies[code("01202")] == ("箱館市", "はこだてし", "municipality", "北海道")
    assert len(bodies) == ALL_BODIES


def test_undo_removes_the_imported_list(any_database: Database, tmp_path: Path) -> None:
    import_list(any_database, official_list(tmp_path / "code list.xlsx"))
    with any_database.sessions() as session:
        batch = pipeline.list_batches(session)[0].id
    pipeline.undo(any_database, batch)
    assert organization_count(any_database) == 0


@pytest.mark.skipif(
    not REAL_LIST.exists(), reason=f"the official list is not here ({REAL_LIST.parent})"
)
def test_the_real_official_list(database: Database) -> None:
    started = time.perf_counter()
    import_list(database, REAL_LIST)
    print(f"\n総務省 code list imported in {time.perf_counter() - started:.2f} s")
    workbook = openpyxl.load_workbook(REAL_LIST, read_only=True)
    first, cities = workbook.worksheets[:2]
    municipalities = sum(1 for row in first.iter_rows(min_row=2, values_only=True) if row[0])
    wards = sum(
        1
        for row in cities.iter_rows(min_row=2, values_only=True)
        if row[0] and str(row[2]).endswith("区")
    )
    workbook.close()
    assert municipalities == 1794
    bodies = stored(database)
    assert len(bodies) == municipalities + wards  # each code once: the cities of sheet 2 too
    assert bodies["012025"] == ("函館市", "はこだてし", "municipality", "北海道")
    assert bodies["011011"][3] == "札幌市"
    assert sum(1 for b in bodies.values() if b[2] == "prefecture") == 47
