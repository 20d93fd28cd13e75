"""`secdesk export --format ics`: sessions, meetings and deadlines as a calendar that a standard
parser reads, with UIDs that stay the same from one export to the next."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar

from db.engine import open_database
from db.models import Council, EventSeries, EventSession, Meeting, Milestone
from tests.helpers.cli_support import assert_one_clear_line, secdesk

TODAY = dt.date.today()
NEXT_MONTH = TODAY + dt.timedelta(days=30)
LAST_YEAR = TODAY - dt.timedelta(days=365)


def _fill(url: str) -> None:
    database = open_database(url)
    try:
        with database.transaction() as session:
            series = EventSeries(name="未来技術ミニシンポジウム")
            series.sessions = [
                EventSession(
                    number=1,
                    theme="ドローン物流",
                    date=LAST_YEAR,
                    start_time=dt.time(14),
                    end_time=dt.time(16),
                    format="web",
                    url="https://example.jp/webinar/1",
                ),
                EventSession(
                    number=2,
                    theme="自動運転",
                    date=NEXT_MONTH,
                    start_time=dt.time(13, 30),
                    end_time=dt.time(15),
                    format="venue",
                    venue="中央合同庁舎8号館 1階講堂",
                ),
            ]
            council = Council(name="地方創生テスト協議会", kind="council")
            council.meetings = [
                Meeting(
                    number=3,
                    date=NEXT_MONTH + dt.timedelta(days=7),
                    start_time=dt.time(10),
                    end_time=dt.time(12),
                    format="hybrid",
                    venue="永田町合同庁舎 第1会議室",
                    url="https://example.jp/meet/3",
                    agenda="開会\n令和8年度の取組について\n閉会",
                    reply_by=NEXT_MONTH,
                )
            ]
            session.add_all(
                [
                    series,
                    council,
                    Milestone(date=TODAY + dt.timedelta(days=3), label="継続申請締切"),
                ]
            )
    finally:
        database.close()


def _export(db_path: Path, target: Path, *choice: str) -> Calendar:
    result = secdesk("--db", db_path, "export", "--format", "ics", "-o", target, *choice)
    assert result.returncode == 0, result.stderr
    assert "予定表を書き出しました" in result.stdout
    return Calendar.from_ical(target.read_bytes())


def _by_uid(calendar: Calendar) -> dict[str, object]:
    return {str(e["uid"]): e for e in calendar.events}


def test_everything_ahead_opens_in_a_parser_with_tokyo_times(
    any_new_url: str, tmp_path: Path
) -> None:
    _fill(any_new_url)
    target = tmp_path / "予定表.ics"
    calendar = _export(any_new_url, target)

    raw = target.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Tokyo"]
    events = _by_uid(calendar)
    session_id, meeting_id = 2, 1
    assert set(events) == {
        f"session-{session_id}@secdesk",
        f"meeting-{meeting_id}@secdesk",
        f"reply-by-{meeting_id}@secdesk",
        "milestone-1@secdesk",
    }  # the past session is not ahead
    session = events[f"session-{session_id}@secdesk"]
    assert str(session["summary"]) == "未来技術ミニシンポジウム 第2回「自動運転」"
    start = session.decoded("dtstart")
    assert start == dt.datetime.combine(NEXT_MONTH, dt.time(13, 30), start.tzinfo)
    assert start.utcoffset() == dt.timedelta(hours=9)
    assert str(session["dtstart"].params["TZID"]) == "Asia/Tokyo"
    assert str(session["location"]) == "中央合同庁舎8号館 1階講堂"
    assert "dtstamp" in session

    meeting = events[f"meeting-{meeting_id}@secdesk"]
    assert str(meeting["summary"]) == "地方創生テスト協議会 第3回"
    assert str(meeting["location"]) == "永田町合同庁舎 第1会議室"
    assert str(meeting["url"]) == "https://example.jp/meet/3"
    assert "令和8年度の取組について" in str(meeting["description"])

    deadline = events[f"reply-by-{meeting_id}@secdesk"]
    assert str(deadline["summary"]) == "回答期限：地方創生テスト協議会 第3回"
    assert deadline.decoded("dtstart") == NEXT_MONTH  # an all-day event
    assert deadline.decoded("dtend") == NEXT_MONTH + dt.timedelta(days=1)


def test_uids_are_the_same_on_every_export(any_new_url: str, tmp_path: Path) -> None:
    _fill(any_new_url)
    db_path = any_new_url
    first = _by_uid(_export(db_path, tmp_path / "1.ics"))
    database = open_database(any_new_url)
    try:
        with database.transaction() as session:
            event = session.get(EventSession, 2)
            assert event is not None
            event.venue = "中央合同庁舎4号館"
    finally:
        database.close()
    second = _by_uid(_export(db_path, tmp_path / "2.ics"))
    assert set(first) == set(second)
    changed = "session-2@secdesk"
    assert str(second[changed]["location"]) == "中央合同庁舎4号館"
    assert second[changed]["sequence"] > first[changed]["sequence"]  # the newer one wins


def test_a_series_or_a_council_alone(any_new_url: str, tmp_path: Path) -> None:
    _fill(any_new_url)
    db_path = any_new_url
    series = _export(db_path, tmp_path / "s.ics", "--series", "未来技術ミニシンポジウム")
    assert sorted(_by_uid(series)) == ["session-1@secdesk", "session-2@secdesk"]
    web = _by_uid(series)["session-1@secdesk"]
    assert str(web["location"]) == "https://example.jp/webinar/1"  # a web session's place

    council = _export(db_path, tmp_path / "c.ics", "--council", "地方創生テスト協議会")
    assert sorted(_by_uid(council)) == ["meeting-1@secdesk", "reply-by-1@secdesk"]

    result = secdesk(
        "--db",
        db_path,
        "export",
        "--format",
        "ics",
        "-o",
        tmp_path / "x.ics",
        "--council",
        "無い会議",
    )
    assert_one_clear_line(result)
    assert "無い会議" in result.stderr
    assert not (tmp_path / "x.ics").exists()
