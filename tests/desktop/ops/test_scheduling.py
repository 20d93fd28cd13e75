"""Scheduling checks: overlaps, shared venues, weekends and holidays, the series' fiscal year."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from db.database import Database
from db.engine import open_database
from db.errors import NeedsConfirmation
from desktop.ops import events
from desktop.rules.scheduling import Slot, check, day_off
from tests.helpers.cli_support import secdesk

R3 = "令和3年度 未来技術実装ミニシンポジウム"
T = dt.time


def slot(number: int, day: dt.date, start: T | None, end: T | None = None, **kw: object) -> Slot:
    return Slot(str(kw.get("series", R3)), number, day, start, end, kw.get("venue"))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2021, 10, 1), None),  # a Friday
        (dt.date(2021, 10, 2), ("weekend", "土曜日")),
        (dt.date(2021, 11, 3), ("holiday", "祝日（文化の日）")),
        (dt.date(2021, 9, 20), ("holiday", "祝日（敬老の日）")),
        (
            dt.date(2025, 11, 24),
            ("holiday", "祝日（勤労感謝の日 振替休日）"),
        ),  # a substitute holiday
        (dt.date(2021, 12, 28), None),  # the last working day of the year
        (dt.date(2021, 12, 29), ("holiday", "年末年始の休日")),
        (dt.date(2022, 1, 3), ("holiday", "年末年始の休日")),
    ],
)
def test_days_off(day: dt.date, expected: tuple[str, str] | None) -> None:
    assert day_off(day) == expected


def test_the_warnings_are_said_in_the_reader_s_language() -> None:
    day = dt.date(2021, 10, 2)  # a Saturday, in fiscal year 2021
    first = slot(1, day, T(13, 30), T(15, 0), series="S")
    warnings = check(slot(2, day, T(14, 30), T(16, 0), series="S"), [first], 2020)
    assert [w.message for w in warnings] == [
        "S 第2回の開催日は土曜日です。",
        "S 第2回の開催日は行事の年度（令和2年度）の外です（令和3年度）。",
        "S 第2回は第1回と時間が重なっています（14:30～16:00 と 13:30～15:00）。",
    ]
    assert [w.said.text("en") for w in warnings] == [
        "S, session 2 falls on a Saturday.",
        "S, session 2 falls outside the series’ fiscal year FY2020 (in FY2021).",
        "S, session 2 overlaps with session 1 (14:30～16:00 and 13:30～15:00).",
    ]


def test_overlaps_within_a_series_and_in_one_venue() -> None:
    day = dt.date(2021, 10, 8)  # a Friday
    first = slot(1, day, T(13, 30), T(15, 0))
    kinds = [w.kind for w in check(slot(2, day, T(14, 30), T(16, 0)), [first], 2021)]
    assert kinds == ["overlap"]
    assert check(slot(2, day, T(15, 0), T(16, 0)), [first], 2021) == []  # back to back is fine
    # no end time: taken to last an hour
    assert [w.kind for w in check(slot(2, day, T(14, 0)), [first], 2021)] == ["overlap"]
    unknown = check(slot(2, day, None), [first], 2021)
    assert "時刻が決まっていません" in unknown[0].message

    hall = slot(1, day, T(13, 0), T(14, 0), series="別の行事", venue="中央合同庁舎８号館　講堂")
    mine = slot(3, day, T(13, 30), T(15, 0), venue="中央合同庁舎8号館 講堂")
    (warning,) = check(mine, [hall], 2021)
    assert warning.kind == "venue" and "別の行事 第1回" in warning.message
    assert check(slot(3, day, T(13, 30), T(15, 0)), [hall], 2021) == []  # on the web


def test_a_date_outside_the_series_fiscal_year() -> None:
    (warning,) = check(slot(5, dt.date(2022, 4, 8), T(13, 0)), [], 2021)
    assert warning.kind == "fiscal_year" and "令和3年度" in warning.message


def add_clash(demo_path: Path) -> None:
    """第5回 on 文化の日, and 第6回 at the time of 第1回 (R3.10.1 13:30～15:00)."""
    db = open_database(str(demo_path))
    try:
        with db.transaction() as session:
            series_id = next(s.id for s in events.list_series(session) if s.name == R3)
        for number, day, time in (
            ("5", "R3.11.3", "10:00～11:00"),
            ("6", "R3.10.1", "14:00～15:00"),
        ):
            data = events.SessionInput(series_id, number, date=day, time=time, confirmed=True)
            with db.transaction() as session:
                events.save_session(session, data)
    finally:
        db.close()


def test_saving_asks_first_and_the_report_lists_what_was_kept(
    demo_db: Database, demo_path: Path, tmp_path: Path
) -> None:
    with demo_db.sessions() as session:
        series_id = next(s.id for s in events.list_series(session) if s.name == R3)
    before = events.SessionInput(series_id, "5", date="令和3年11月3日")
    with pytest.raises(NeedsConfirmation) as asked, demo_db.transaction() as session:
        events.save_session(session, before)
    assert asked.value.warnings == [
        "令和3年度 未来技術実装ミニシンポジウム 第5回の開催日は祝日（文化の日）です。"
    ]
    with demo_db.sessions() as session:
        assert [s.number for s in events.list_sessions(session, series_id)] == [1, 2, 3, 4]
    demo_db.close()

    add_clash(demo_path)
    target = tmp_path / "conflicts.json"
    done = secdesk(
        "--db",
        demo_path,
        "report",
        "schedule-conflicts",
        "--series",
        R3,
        "--format",
        "json",
        "-o",
        target,
    )
    assert done.returncode == 0, done.stderr
    rows = json.loads(target.read_text(encoding="utf-8"))["sections"][0]["rows"]
    found = [(r["number"], r["kind"], r["other_number"]) for r in rows]
    assert sorted(found, key=str) == sorted([(1, "overlap", 6), (5, "holiday", None)], key=str)
    assert rows[0]["開催日時"].startswith("令和3年10月1日（金）")
