"""Schedules as offices write them (titles over the header, notes and totals rows, wareki,
full-width digits, merged headings, CP932 CSV, .xls), and the series they go into: the one the
file names, or the one the user names (--series), with the fiscal year its name or its
sessions' dates give. Checked as a user would: the sessions stored, with date and venue, in
date order, the series and its fiscal year, the lines printed and the exit code."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from db.database import Database
from db.engine import open_database
from desktop.imports import pipeline
from desktop.ops import events
from tests.helpers.cli_support import secdesk
from tests.helpers.import_files import converted, office_workbook, prepare, text_table
from tests.helpers.paths import REALWORLD

R3 = "令和3年度 未来技術実装ミニシンポジウム"  # the demo's series: sessions 1-4, FY2021
SAPPORO = REALWORLD / "csv" / "sapporo_event_schedules.csv"

Session = tuple[int, dt.date | None, str, str]  # number, date, title, venue


def series_of(db: Database, name: str) -> tuple[int | None, list[Session]]:
    """The series' fiscal year and its sessions as the イベント tab lists them."""
    with db.sessions() as session:
        (found,) = [s for s in events.list_series(session) if s.name == name]
        rows = events.list_sessions(session, found.id)
    return found.fiscal_year, [(s.number, s.date, s.theme, s.venue) for s in rows]


def notes_of(db: Database, name: str) -> dict[int, str]:
    with db.sessions() as session:
        (found,) = [s for s in events.list_series(session) if s.name == name]
        return {s.number: s.note for s in events.list_sessions(session, found.id) if s.note}


def texts(preview: Any) -> list[str]:
    return [p.text() for p in preview.all_problems()]


def imported(db: Database, path: Path, **options: Any) -> Any:
    preview = prepare(db, path, **options)
    pipeline.commit(db, preview)
    return preview


def in_date_order(sessions: list[Session]) -> bool:
    dated = [s[1] for s in sorted(sessions) if s[1] is not None]
    return dated == sorted(dated)


# --- schedules from different offices -------------------------------------------------------


def test_city_seminar_in_wareki_with_a_title_and_a_totals_row(
    database: Database, tmp_path: Path
) -> None:
    # A city's DX office: a title and a note over the header, 令和 dates with weekdays, a
    # totals row under the list; the file names no series, the user does.
    path = office_workbook(
        tmp_path / "DXセミナー日程.xlsx",
        [
            ["令和８年度 地域ＤＸセミナー 開催予定"],
            ["※会場・時間は変更になる場合があります"],
            [],
            ["回", "開催日", "時間", "会場", "テーマ"],
            ["第１回", "令和8年11月22日（日）", "13:30～15:00", "市民会館 大ホール", "行政DX入門"],
            ["第２回", "令和8年12月13日（日）", "13:30～15:00", "市役所 本庁舎 7階", "データ活用"],
            ["第３回", "令和9年1月24日（日）", "10:00～11:30", "オンライン", "生成AIと自治体"],
            ["合計 3回"],
        ],
    )
    preview = imported(database, path, series="令和8年度 地域DXセミナー")
    assert any("合計の行" in t for t in texts(preview))
    assert any("年度は名前から令和8年度（2026年度）とします" in t for t in texts(preview))
    year, sessions = series_of(database, "令和8年度 地域DXセミナー")
    assert year == 2026
    assert sessions == [
        (1, dt.date(2026, 11, 22), "行政DX入門", "市民会館 大ホール"),
        (2, dt.date(2026, 12, 13), "データ活用", "市役所 本庁舎 7階"),
        (3, dt.date(2027, 1, 24), "生成AIと自治体", "オンライン"),
    ]


def test_prefecture_course_list_in_cp932_without_numbers_is_numbered_by_date(
    any_database: Database, tmp_path: Path
) -> None:
    # A prefecture's agriculture office saves "CSV" on a Japanese PC (CP932): no 回, rows in
    # the order they were planned, not held; the fiscal year comes from the dates.
    path = text_table(
        tmp_path / "スマート農業講座.csv",
        [
            ["開催日", "講座名", "開催場所", "定員"],
            ["2026/2/1", "ドローン防除の実際", "県農業大学校", "30"],
            ["2025/5/10", "スマート農業入門", "県農業技術センター", "40"],
            ["2025/7/5", "自動操舵トラクター実演", "試験ほ場（東区）", "20"],
        ],
        encoding="cp932",
    )
    preview = imported(any_database, path, series="スマート農業講座")
    assert any("年度は開催日から令和7年度（2025年度）とします" in t for t in texts(preview))
    year, sessions = series_of(any_database, "スマート農業講座")
    assert year == 2025
    assert sessions == [
        (1, dt.date(2025, 5, 10), "スマート農業入門", "県農業技術センター"),
        (2, dt.date(2025, 7, 5), "自動操舵トラクター実演", "試験ほ場（東区）"),
        (3, dt.date(2026, 2, 1), "ドローン防除の実際", "県農業大学校"),
    ]


def test_open_data_event_list_with_end_dates_keeps_the_period(
    database: Database, tmp_path: Path
) -> None:
    # A city's open data (UTF-8 with BOM): 終了日 is a date, the same day, or 「当面の間」.
    path = text_table(
        tmp_path / "event-schedules.csv",
        [
            ["番号", "開催日", "終了日", "イベント等名", "会場", "開催等状況", "ホームページURL"],
            ["1", "2025-04-14", "当面の間", "法律相談", "市民相談室", "電話のみ", ""],
            ["2", "2025-06-01", "2025-06-30", "環境パネル展", "区民センター ロビー", "開催", ""],
            [
                "3",
                "2025-06-14",
                "2025-06-14",
                "親子工作教室",
                "青少年科学館",
                "中止",
                "https://example.jp/kosaku",
            ],
        ],
        encoding="utf-8-sig",
    )
    preview = imported(database, path, series="市の催し 令和7年度")
    assert any("列「終了日」" in t and "当面の間" in t for t in texts(preview))
    year, sessions = series_of(database, "市の催し 令和7年度")
    assert year == 2025
    assert [s[1:] for s in sessions] == [
        (dt.date(2025, 4, 14), "法律相談", "市民相談室"),
        (dt.date(2025, 6, 1), "環境パネル展", "区民センター ロビー"),
        (dt.date(2025, 6, 14), "親子工作教室", "青少年科学館"),
    ]
    # the period and the status, which have no field of their own, are in the note
    assert notes_of(database, "市の催し 令和7年度") == {
        1: "終了日: 当面の間\n状況: 電話のみ",
        2: "期間: 令和7年6月1日～令和7年6月30日\n状況: 開催",
        3: "状況: 中止",
    }


def test_xls_with_merged_headings_names_its_series_in_full_width(
    database: Database, tmp_path: Path
) -> None:
    # An office on LibreOffice sends .xls: a merged title, 行事名 in the list, 回 in full width.
    source = office_workbook(
        tmp_path / "ミニシンポ日程.xlsx",
        [
            ["Ｒ７年度 ミニシンポジウム 開催日程", None, None, None, None],
            ["行事名", "回", "開催日", "テーマ", "会場"],
            ["Ｒ７年度　ミニシンポジウム", "第１回", "令和7年9月20日（土）", "防災", "県庁講堂"],
            ["Ｒ７年度　ミニシンポジウム", "第２回", "令和7年10月4日", "観光", "オンライン"],
        ],
        merged=("A1:E1",),
    )
    path = converted(source, "xls")
    source.unlink()
    preview = imported(database, path)
    (name,) = {r.series_name for r in preview.records}
    year, sessions = series_of(database, name)
    assert year == 2025
    assert sessions == [
        (1, dt.date(2025, 9, 20), "防災", "県庁講堂"),
        (2, dt.date(2025, 10, 4), "観光", "オンライン"),
    ]


def test_two_row_heading_with_merged_cells(database: Database, tmp_path: Path) -> None:
    # A town hall's outreach lectures: 開催日時 merged over 日付 and 時間, 回 and 会場 merged
    # down over both heading rows.
    path = office_workbook(
        tmp_path / "出前講座.xlsx",
        [
            ["令和8年度 出前講座 日程"],
            ["回", "開催日時", None, "会場"],
            [None, "日付", "時間", None],
            ["第1回", "令和8年6月1日", "10:00～12:00", "北公民館"],
            ["第2回", "令和8年7月6日", "13:30～15:30", "南公民館"],
        ],
        merged=("B2:C2", "A2:A3", "D2:D3"),
    )
    preview = imported(database, path, series="令和8年度 出前講座")
    assert [(r.start, r.end) for r in preview.records] == [
        (dt.time(10), dt.time(12)),
        (dt.time(13, 30), dt.time(15, 30)),
    ]
    assert series_of(database, "令和8年度 出前講座") == (
        2026,
        [
            (1, dt.date(2026, 6, 1), "", "北公民館"),
            (2, dt.date(2026, 7, 6), "", "南公民館"),
        ],
    )


def test_schedule_spanning_fiscal_years_leaves_the_year_blank_and_says_why(
    database: Database, tmp_path: Path
) -> None:
    path = office_workbook(
        tmp_path / "連続講座.xlsx",
        [
            ["連続講座 日程表（事務局控え）"],
            ["開催年月日", "演題", "会場名"],
            ["R6.10.5", "地域交通の今", "公民館"],
            ["R7.6.14", "地域交通のこれから", "公民館"],
        ],
    )
    preview = imported(database, path, series="地域交通 連続講座")
    assert any("複数の年度（令和6年度、令和7年度）" in t for t in texts(preview))
    year, sessions = series_of(database, "地域交通 連続講座")
    assert year is None
    assert [s[:2] for s in sessions] == [(1, dt.date(2024, 10, 5)), (2, dt.date(2025, 6, 14))]


def test_new_sessions_follow_the_stored_ones_and_a_stored_one_is_matched(
    any_demo_db: Database, tmp_path: Path
) -> None:
    # A plain UTF-8 CSV from a web form system: the demo series already has 第1回–第4回;
    # 第2回 is listed again (same date and theme) and must not be stored twice.
    path = text_table(
        tmp_path / "追加日程.csv",
        [
            ["開催日", "テーマ", "会場", "開始時刻", "終了時刻"],
            ["2022/3/17", "観光DX", "オンライン", "13:30", "15:00"],
            ["2021/10/26", "MaaS・自動運転", "オンライン", "14:00", "15:30"],
            ["2022/3/3", "教育", "オンライン", "13:30", "15:00"],
        ],
    )
    preview = imported(any_demo_db, path, series=R3)
    assert not any("新しい行事" in t for t in texts(preview))
    year, sessions = series_of(any_demo_db, R3)
    assert year == 2021
    assert [s[:3] for s in sessions] == [
        (1, dt.date(2021, 10, 1), "物流・農業"),
        (2, dt.date(2021, 10, 26), "MaaS・自動運転"),
        (3, dt.date(2021, 12, 16), "ヘルスケア"),
        (4, dt.date(2022, 2, 17), "共通の課題"),
        (5, dt.date(2022, 3, 3), "教育"),
        (6, dt.date(2022, 3, 17), "観光DX"),
    ]
    assert in_date_order(sessions)
    assert sessions[1][3] == "オンライン"  # the stored 第2回's empty venue was filled


def test_end_date_before_the_start_is_an_error_on_that_cell(
    database: Database, tmp_path: Path
) -> None:
    path = text_table(
        tmp_path / "イベント.csv",
        [
            ["イベント等名", "開催日", "終了日", "会場"],
            ["秋まつり", "令和7年10月11日", "令和7年10月12日", "中央公園"],
            ["冬のあかり展", "令和7年12月20日", "令和7年12月1日", "駅前広場"],
        ],
        encoding="cp932",
    )
    preview = prepare(database, path, series="令和7年度 市のイベント")
    (wrong,) = [r for r in preview.records if r.rejected]
    assert wrong.origin.row == 3
    assert any(
        p.where.column == "終了日" and "開催日" in p.said() and "より前" in p.said()
        for p in wrong.problems
    )
    pipeline.commit(database, preview)
    _year, sessions = series_of(database, "令和7年度 市のイベント")
    assert sessions == [(1, dt.date(2025, 10, 11), "秋まつり", "中央公園")]


def test_one_sheet_with_two_series_makes_both_with_their_years(
    database: Database, tmp_path: Path
) -> None:
    path = office_workbook(
        tmp_path / "年間行事.xlsx",
        [
            ["年間行事予定（総務課）"],
            ["行事名", "回", "日付", "時間帯", "開催形式", "場所"],
            ["2025年度 防災講座", 1, dt.date(2025, 6, 14), "10:00～12:00", "会場", "消防署"],
            ["2025年度 防災講座", 2, dt.date(2025, 9, 20), "10:00～12:00", "会場", "消防署"],
            ["令和7年度 子育て相談会", 1, dt.date(2025, 5, 10), "13:00～", "対面", "保健センター"],
        ],
    )
    imported(database, path)
    assert series_of(database, "2025年度 防災講座") == (
        2025,
        [
            (1, dt.date(2025, 6, 14), "", "消防署"),
            (2, dt.date(2025, 9, 20), "", "消防署"),
        ],
    )
    assert series_of(database, "令和7年度 子育て相談会") == (
        2025,
        [(1, dt.date(2025, 5, 10), "", "保健センター")],
    )


def test_xls_course_list_in_full_width_digits(database: Database, tmp_path: Path) -> None:
    source = office_workbook(
        tmp_path / "市民講座.xlsx",
        [
            ["市民講座のご案内"],
            ["講座名", "開催日", "時間", "会場"],
            ["スマホ教室", "２０２６年６月１日", "１０：００～１２：００", "中央図書館"],
            ["ＳＮＳ安全教室", "２０２６年７月６日", "１０：００～１２：００", "中央図書館"],
        ],
    )
    path = converted(source, "xls")
    source.unlink()
    preview = imported(database, path, series="令和８年度 市民講座")
    assert any("令和8年度（2026年度）" in t for t in texts(preview))
    year, sessions = series_of(database, "令和８年度 市民講座")
    assert year == 2026
    assert sessions == [
        (1, dt.date(2026, 6, 1), "スマホ教室", "中央図書館"),
        (2, dt.date(2026, 7, 6), "ＳＮＳ安全教室", "中央図書館"),
    ]


def test_the_same_list_imported_again_does_not_duplicate_sessions(
    any_database: Database, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        ["開催日", "イベント等名", "会場"],
        ["2025-10-05", "科学館の工作室", "青少年科学館"],
        ["2025-10-12", "科学館の工作室", "青少年科学館"],
    ]
    imported(any_database, text_table(tmp_path / "催し.csv", rows), series="科学館の催し")
    # a later edition of the list adds a day before the others' end: numbered after them
    later = [*rows, ["2025-10-08", "日曜実験室", "青少年科学館"]]
    preview = imported(
        any_database, text_table(tmp_path / "催し2.csv", later), series="科学館の催し"
    )
    assert [r.action for r in preview.records] == ["fill", "fill", "create"]
    assert any("回の番号は登録済みの回の後に続けます" in t for t in texts(preview))
    _year, sessions = series_of(any_database, "科学館の催し")
    assert sorted(s[:3] for s in sessions) == [
        (1, dt.date(2025, 10, 5), "科学館の工作室"),
        (2, dt.date(2025, 10, 12), "科学館の工作室"),
        (3, dt.date(2025, 10, 8), "日曜実験室"),
    ]


def test_participants_without_a_series_column_go_into_the_named_series(
    demo_db: Database, tmp_path: Path
) -> None:
    path = text_table(
        tmp_path / "参加者.csv",
        [
            ["回", "氏名", "フリガナ", "所属"],
            ["2", "高橋 花子", "タカハシ ハナコ", "株式会社ミライ技研"],
        ],
        encoding="cp932",
    )
    (record,) = prepare(demo_db, path, series=R3).records
    assert not record.rejected
    assert (record.series_name, record.number) == (R3, 2)


# --- the command line: --series, and without it one line -----------------------------------


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "jimukyoku.sqlite"
    open_database(str(path)).close()
    return path


def cli_schedule(tmp_path: Path) -> Path:
    return text_table(
        tmp_path / "講演会.csv",
        [
            ["開催日", "演題", "会場"],
            ["令和7年11月8日", "まちづくりとデータ", "市民ホール"],
            ["令和7年11月9日", "交通と観光", "市民ホール"],
        ],
        encoding="cp932",
    )


def test_cli_without_series_says_what_is_missing_once_and_exits_2(
    db_path: Path, tmp_path: Path
) -> None:
    before = db_path.read_bytes()
    done = secdesk("--db", db_path, "import", cli_schedule(tmp_path))
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stdout.splitlines() if line.startswith("エラー")]
    assert len(errors) == 1 and "--series" in errors[0] and "講演会.csv" in errors[0]
    assert db_path.read_bytes() == before


def test_cli_series_option_creates_the_series_with_its_year(db_path: Path, tmp_path: Path) -> None:
    done = secdesk(
        "--db", db_path, "import", cli_schedule(tmp_path), "--series", "令和7年度 講演会"
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "新しい行事として作ります" in done.stdout and "令和7年度（2025年度）" in done.stdout
    db = open_database(str(db_path), create=False)
    try:
        assert series_of(db, "令和7年度 講演会") == (
            2025,
            [
                (1, dt.date(2025, 11, 8), "まちづくりとデータ", "市民ホール"),
                (2, dt.date(2025, 11, 9), "交通と観光", "市民ホール"),
            ],
        )
    finally:
        db.close()


def test_import_help_lists_series() -> None:
    done = secdesk("import", "--help")
    assert "--series" in done.stdout


# --- the real file ------------------------------------------------------------------------


def real_sapporo() -> Path:
    if not SAPPORO.exists():
        pytest.skip(f"the real files folder is absent ({REALWORLD}): nothing to read")
    return SAPPORO


def test_real_sapporo_event_list_without_series_is_one_line_and_exit_2(db_path: Path) -> None:
    path = real_sapporo()
    before = db_path.read_bytes()
    done = secdesk("--db", db_path, "import", path)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    (error,) = [line for line in done.stdout.splitlines() if line.startswith("エラー")]
    assert "--series" in error and "全108行" in error
    assert db_path.read_bytes() == before


def test_real_sapporo_event_list_gives_the_sessions_of_the_named_series(
    db_path: Path,
) -> None:
    path = real_sapporo()
    done = secdesk("--db", db_path, "import", path, "--series", "札幌市のイベント")
    assert "Traceback" not in done.stderr
    # imported, with the rows whose 開催日 is no date (通年, 2021年度 …) refused by name
    assert done.returncode == 1, done.stdout + done.stderr
    assert "「通年」は日付として読めません" in done.stdout
    assert "複数の年度" in done.stdout  # the dates span 令和元年度 to 令和3年度: no year
    db = open_database(str(db_path), create=False)
    try:
        year, sessions = series_of(db, "札幌市のイベント")
        notes = notes_of(db, "札幌市のイベント")
    finally:
        db.close()
    assert year is None
    assert len(sessions) == 98
    # 「2021/8/27,2021/10/1」 with a 終了日 and 「中止,開催」: the event's turns, one session on
    # its first day with all of it kept in the note (three such rows)
    turns = "開催日: 2021/8/27,2021/10/1\n期間: 令和3年8月27日～令和3年9月30日\n状況: 中止,開催"
    assert list(notes.values()).count(turns) == 3
    assert in_date_order(sessions)
    assert sessions[0] == (1, dt.date(2020, 3, 3), "家庭生活相談", "市民の声を聞く課・各区役所")
    assert notes[1] == "終了日: 当面の間\n状況: 電話相談のみ受付,（面談相談休止中）"
    assert sum("状況: 中止" in note for note in notes.values()) >= 10
    dx = [s for s in sessions if s[2].startswith("DX実践セミナー")]
    assert [(s[1], s[3]) for s in dx] == [
        (dt.date(2021, 10, 13), "京王プラザホテル\u3000２階\u3000エミネンスＢ")
    ]
