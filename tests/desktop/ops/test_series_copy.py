"""次年度へ複製: a series copied to a new fiscal year with its sessions, dates moved to the same
weekday, participants left behind."""

from __future__ import annotations

import datetime as dt

import pytest

from db.database import Database
from db.errors import ValidationError
from desktop.japanese.wareki import with_fiscal_year
from desktop.ops import events, participants, series_copy
from desktop.ops.history import history
from desktop.rules.scheduling import same_weekday_years_on

R3 = "令和3年度 未来技術実装ミニシンポジウム"
R4 = "令和4年度 未来技術実装ミニシンポジウム"


def series_named(db: Database, name: str) -> events.SeriesRow:
    with db.sessions() as session:
        return next(s for s in events.list_series(session) if s.name == name)


@pytest.mark.parametrize(
    ("day", "years", "moved"),
    [
        (dt.date(2021, 10, 1), 1, dt.date(2022, 9, 30)),  # Friday: the nearest Friday is before
        (dt.date(2021, 10, 26), 1, dt.date(2022, 10, 25)),  # Tuesday
        (dt.date(2023, 10, 6), 1, dt.date(2024, 10, 4)),  # over a 29 February
        (dt.date(2024, 2, 29), 1, dt.date(2025, 2, 27)),  # Thursday, from a day 2025 lacks
        (dt.date(2021, 10, 1), 2, dt.date(2023, 9, 29)),
    ],
)
def test_a_date_moves_to_the_same_weekday_nearest_a_year_on(
    day: dt.date, years: int, moved: dt.date
) -> None:
    assert same_weekday_years_on(day, years) == moved
    assert moved.weekday() == day.weekday() and abs((moved - day).days - 365 * years) <= 4


@pytest.mark.parametrize(
    ("name", "year", "renamed"),
    [
        (R3, 2022, R4),
        ("平成30年度 地方創生フォーラム", 2019, "令和元年度 地方創生フォーラム"),
        ("R3年度 勉強会", 2022, "R4年度 勉強会"),
        ("2021年度 勉強会（第2期）", 2022, "2022年度 勉強会（第2期）"),
        ("令和３年度 セミナー", 2022, "令和４年度 セミナー"),
        ("スマートシティ勉強会", 2022, None),
    ],
)
def test_the_year_a_name_states_is_changed_in_its_own_notation(
    name: str, year: int, renamed: str | None
) -> None:
    assert with_fiscal_year(name, year) == renamed


def test_a_series_is_copied_with_its_sessions_and_without_its_participants(
    any_demo_db: Database,
) -> None:
    r3 = series_named(any_demo_db, R3)
    with any_demo_db.sessions() as session:
        old = events.list_sessions(session, r3.id)
    with any_demo_db.transaction() as session:
        participants.add_participant(
            session, participants.ParticipantInput(old[0].id, "青木 一郎", organization="秩父市")
        )
        plan = series_copy.plan_copy(session, r3.id, "R4")
    assert plan.name == R4
    assert [(s.old_date, s.date) for s in plan.sessions] == [
        (dt.date(2021, 10, 1), dt.date(2022, 9, 30)),
        (dt.date(2021, 10, 26), dt.date(2022, 10, 25)),
        (dt.date(2021, 12, 16), dt.date(2022, 12, 15)),
        (dt.date(2022, 2, 17), dt.date(2023, 2, 16)),
    ]

    with any_demo_db.transaction() as session:
        new_id = series_copy.copy_series(
            session, series_copy.SeriesCopyInput(r3.id, "令和4年度", plan.name)
        )
    r4 = series_named(any_demo_db, R4)
    assert (r4.id, r4.fiscal_year, r4.session_count, r4.application_count) == (new_id, 2022, 4, 0)
    assert (r4.eligibility, r4.note) == (r3.eligibility, r3.note)
    with any_demo_db.sessions() as session:
        new = events.list_sessions(session, new_id)
        assert [s.date for s in new] == [s.date for s in plan.sessions]
        kept = ("number", "theme", "start_time", "end_time", "format", "venue", "capacity")
        assert [[getattr(s, k) for k in kept] for s in new] == [
            [getattr(s, k) for k in kept] for s in old
        ]
        assert all(s.participant_count == 0 for s in new)
        # last year's series is as it was, its participant with it
        assert [s.date for s in events.list_sessions(session, r3.id)] == [s.date for s in old]
        assert len(participants.list_participants(session, old[0].id)) == 1
        # the copy is in the history, as any record added by hand
        assert history(session, "event_series", new_id)[0].action == "insert"
        assert history(session, "event_session", new[0].id)[0].action == "insert"


def test_a_copied_date_on_a_holiday_is_marked_in_the_preview_and_the_list(
    any_database: Database,
) -> None:
    with any_database.transaction() as session:
        series_id = events.save_series(session, events.SeriesInput("令和3年度 勉強会", "R3"))
        # 令和3年11月24日（水） → 令和4年11月23日（水）, 勤労感謝の日
        for number, date in ((1, "R3.11.24"), (2, "R3.12.8")):
            events.save_session(
                session, events.SessionInput(series_id, str(number), date=date, time="14:00")
            )
    with any_database.transaction() as session:
        plan = series_copy.plan_copy(session, series_id, "2022")
        new_id = series_copy.copy_series(
            session, series_copy.SeriesCopyInput(series_id, "2022", plan.name)
        )
    assert [(s.date, s.warnings) for s in plan.sessions] == [
        (dt.date(2022, 11, 23), ("holiday",)),
        (dt.date(2022, 12, 7), ()),
    ]
    with any_database.sessions() as session:
        assert [s.warnings for s in events.list_sessions(session, new_id)] == [("holiday",), ()]


def test_a_name_already_taken_is_refused_and_nothing_is_written(any_demo_db: Database) -> None:
    r3 = series_named(any_demo_db, R3)
    with any_demo_db.sessions() as session:
        before = events.list_series(session)
    with pytest.raises(ValidationError) as refused, any_demo_db.transaction() as session:
        series_copy.copy_series(session, series_copy.SeriesCopyInput(r3.id, "R4", R3))
    assert refused.value.field == "name"
    with pytest.raises(ValidationError) as unreadable, any_demo_db.transaction() as session:
        series_copy.copy_series(session, series_copy.SeriesCopyInput(r3.id, "来年", R4))
    assert unreadable.value.field == "fiscal_year"
    with any_demo_db.sessions() as session:
        assert events.list_series(session) == before
