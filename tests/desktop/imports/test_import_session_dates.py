"""開催日 cells naming several days, as offices write them: a period 「令和4年10月26日（水）～27日（木）」
or days that follow one another 「10月26日・27日」 are one session (a session holds one date: the
first day, the period in its note and said in the review); separate days 「2022/10/26、2022/11/2」
are one session per day, numbered as the list numbers them (by its 回 when it names one per
day, else in date order), each said in the review. Days written without their year are read in
the fiscal year the series' name states, never against a weekday written beside them. Checked
in .xlsx and CP932 CSV, through the sessions stored and the lines the command line prints."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from db.database import Database
from db.engine import open_database
from desktop.imports import pipeline
from desktop.ops import events
from tests.helpers.cli_support import secdesk
from tests.helpers.import_files import office_workbook, prepare, text_table

SERIES = "令和4年度 地域DXセミナー"

Stored = tuple[int, dt.date | None, str, str]  # number, date, theme, note


def sessions_of(db: Database, name: str = SERIES) -> list[Stored]:
    with db.sessions() as session:
        (found,) = [s for s in events.list_series(session) if s.name == name]
        rows = events.list_sessions(session, found.id)
    return [(s.number, s.date, s.theme, s.note) for s in rows]


def test_a_city_list_without_numbers(database: Database, tmp_path: Path) -> None:
    path = office_workbook(
        tmp_path / "イベント一覧.xlsx",
        [
            ["令和4年度 地域DXセミナー 開催予定"],
            ["開催日", "イベント等名", "会場"],
            ["令和4年10月26日（水）～27日（木）", "DX展示会", "市民会館"],
            ["2022/10/12、2022/11/2", "出張相談会", "支所"],
            ["令和4年12月7日・8日", "データ活用講座", "市役所"],
            ["令和4年9月14日", "開講式", "市役所"],
        ],
    )
    preview = prepare(database, path, series=SERIES)
    said = [p.text() for p in preview.all_problems()]
    assert not [r.origin.describe() for r in preview.records if r.rejected], said
    # the period: one session, and the review says so on its row
    (period,) = [r for r in preview.records if r.theme == "DX展示会"]
    assert any("令和4年10月27日まで続く催しです" in p.said() for p in period.problems)
    # the separate days: one row each in the review, each saying why
    visits = [r for r in preview.records if r.theme == "出張相談会"]
    assert [r.date for r in visits] == [dt.date(2022, 10, 12), dt.date(2022, 11, 2)]
    for record in visits:
        assert any("別々の日が2日あるため、日ごとに別の回" in p.said() for p in record.problems)
    pipeline.commit(database, preview)
    assert sessions_of(database) == [
        (1, dt.date(2022, 9, 14), "開講式", ""),
        (2, dt.date(2022, 10, 12), "出張相談会", ""),
        (3, dt.date(2022, 10, 26), "DX展示会", "期間: 令和4年10月26日～令和4年10月27日"),
        (4, dt.date(2022, 11, 2), "出張相談会", ""),
        (5, dt.date(2022, 12, 7), "データ活用講座", "期間: 令和4年12月7日～令和4年12月8日"),
    ]


def test_numbered_rows_keep_the_list_numbers(database: Database, tmp_path: Path) -> None:
    path = office_workbook(
        tmp_path / "日程.xlsx",
        [
            ["行事名", "回", "開催日", "テーマ"],
            [SERIES, "第1回", "令和4年10月5日", "入門"],
            [SERIES, "第2回・第3回", "令和4年10月26日、11月2日", "演習（2日制の各日）"],
            [SERIES, "第4回", "R4.12.14・R4.12.21", "発表会"],
        ],
    )
    preview = prepare(database, path)
    (two_days,) = [r for r in preview.records if r.number == 4]
    assert any(
        "回は一つ（第4回）のため、最初の日の回として取り込み" in p.said() for p in two_days.problems
    )
    pipeline.commit(database, preview)
    assert sessions_of(database) == [
        (1, dt.date(2022, 10, 5), "入門", ""),
        (2, dt.date(2022, 10, 26), "演習（2日制の各日）", ""),
        (3, dt.date(2022, 11, 2), "演習（2日制の各日）", ""),
        (4, dt.date(2022, 12, 14), "発表会", "開催日: R4.12.14・R4.12.21"),
    ]


def test_a_shift_jis_csv_through_the_command_line(demo_path: Path, tmp_path: Path) -> None:
    path = text_table(
        tmp_path / "開催日程.csv",
        [
            ["回", "開催日", "会場", "テーマ"],
            ["1", "令和4年10月26日（水）～27日（木）", "市民会館", "展示"],
            ["2・3", "2022/11/9、2022/11/16", "オンライン", "連続講座"],
        ],
        encoding="cp932",
    )
    result = secdesk("--db", demo_path, "import", path, "--series", SERIES)
    assert result.returncode == 0, result.stdout + result.stderr
    notes = [line for line in result.stdout.splitlines() if line.startswith("注意")]
    assert any("2行目" in n and "令和4年10月27日まで続く催しです" in n for n in notes), notes
    assert len([n for n in notes if "3行目" in n and "日ごとに別の回" in n]) == 2, notes
    database = open_database(str(demo_path))
    try:
        assert sessions_of(database) == [
            (1, dt.date(2022, 10, 26), "展示", "期間: 令和4年10月26日～令和4年10月27日"),
            (2, dt.date(2022, 11, 9), "連続講座", ""),
            (3, dt.date(2022, 11, 16), "連続講座", ""),
        ]
    finally:
        database.close()


def test_separate_days_with_an_end_date_are_the_turns_of_one_event(
    database: Database, tmp_path: Path
) -> None:
    # A city's open data: the 開催日 column lists when the status changed (中止, then 開催).
    path = text_table(
        tmp_path / "event-schedules.csv",
        [
            ["開催日", "終了日", "イベント等名", "開催等状況"],
            ["2021/8/27,2021/10/1", "2021-09-30", "住民健診", "中止,開催"],
        ],
    )
    preview = prepare(database, path, series=SERIES)
    (record,) = preview.records
    assert any("終了日もあるため、最初の日の回として取り込み" in p.said() for p in record.problems)
    pipeline.commit(database, preview)
    assert sessions_of(database) == [
        (
            1,
            dt.date(2021, 8, 27),
            "住民健診",
            "開催日: 2021/8/27,2021/10/1\n期間: 令和3年8月27日～令和3年9月30日\n状況: 中止,開催",
        )
    ]


def test_days_without_a_year_are_read_in_the_year_the_series_names(
    database: Database, tmp_path: Path
) -> None:
    # The series' name says 令和4年度: 10月 is 2022, 2月 is 2023; the review says so on each row.
    path = office_workbook(
        tmp_path / "日程.xlsx",
        [
            ["行事名", "開催日", "テーマ"],
            [SERIES, "10月26日・27日", "展示会"],
            [SERIES, "11月9日（水）、11月16日（水）", "連続講座"],
            [SERIES, "2月3日", "報告会"],
        ],
    )
    preview = prepare(database, path)
    assert not [r.origin.describe() for r in preview.records if r.rejected]
    for record in preview.records:
        assert any("行事名の年度（令和4年度" in p.said() for p in record.problems), record.title()
    pipeline.commit(database, preview)
    assert [(n, d) for n, d, _t, _note in sessions_of(database)] == [
        (1, dt.date(2022, 10, 26)),
        (2, dt.date(2022, 11, 9)),
        (3, dt.date(2022, 11, 16)),
        (4, dt.date(2023, 2, 3)),
    ]


def test_a_day_without_a_year_is_not_guessed_against_its_weekday(
    database: Database, tmp_path: Path
) -> None:
    # 10月26日 of 令和4年度 is a Wednesday: 「（木）」 says another year was meant.
    path = text_table(
        tmp_path / "日程.csv", [["回", "開催日", "テーマ"], ["1", "10月26日（木）", "展示会"]]
    )
    preview = prepare(database, path, series=SERIES)
    (record,) = preview.records
    assert record.rejected
    assert any("日付として読めません" in p.said() for p in record.problems)


def test_a_day_without_a_year_in_a_series_naming_none_is_refused(
    database: Database, tmp_path: Path
) -> None:
    path = text_table(
        tmp_path / "日程.csv", [["回", "開催日", "テーマ"], ["1", "10月26日・27日", "展示会"]]
    )
    (record,) = prepare(database, path, series="地域DXセミナー").records
    assert record.rejected
