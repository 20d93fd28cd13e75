"""Council rosters over time: terms, the roster on a date, replacing a member, a new term."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from db.database import Database
from db.errors import ValidationError
from desktop.ops import councils
from desktop.sheets import council_members
from tests.helpers.cli_support import secdesk

LIAISON = "近未来技術実装関係省庁連絡会議"
POLICE = "警察庁長官官房技術審議官"


def liaison(db: Database) -> int:
    with db.sessions() as session:
        return next(c.id for c in councils.list_councils(session) if c.name == LIAISON)


def seat(db: Database, post: str, day: dt.date | None = None) -> councils.MemberRow:
    with db.sessions() as session:
        return next(m for m in councils.list_members(session, liaison(db), day) if m.post == post)


def test_replace_a_member_and_the_roster_before_and_after(any_demo_db: Database) -> None:
    old = seat(any_demo_db, POLICE)
    with any_demo_db.transaction() as session:
        councils.replace_member(
            session,
            councils.ReplacementInput(old.id, old.version, "令和4年4月1日", "新任 太郎"),
        )
    before = seat(any_demo_db, POLICE, dt.date(2022, 3, 31))
    after = seat(any_demo_db, POLICE, dt.date(2022, 4, 1))
    assert before.id == old.id and before.term_end == dt.date(2022, 3, 31)
    assert (after.name, after.role, after.order) == ("新任 太郎", old.role, old.order)
    assert (after.term_start, after.term_end) == (dt.date(2022, 4, 1), None)
    with any_demo_db.sessions() as session:
        everyone = [m.post for m in councils.list_members(session, liaison(any_demo_db))]
        then = council_members.build(session, LIAISON, as_of=dt.date(2022, 3, 31))
        now = council_members.build(session, LIAISON, as_of=dt.date(2022, 4, 1))
    assert everyone.count(POLICE) == 2  # the history is kept
    rows_then = [r for s in then.sections for r in s.rows if POLICE in r]
    rows_now = [r for s in now.sections for r in s.rows if POLICE in r]
    assert len(rows_then) == 1 and "新任 太郎" not in rows_then[0]
    assert len(rows_now) == 1 and "新任 太郎" in rows_now[0]
    place = [r for s in now.sections for r in s.rows].index(rows_now[0])
    assert [r for s in then.sections for r in s.rows].index(rows_then[0]) == place


@pytest.mark.parametrize(
    ("day", "name", "words"),
    [
        ("", "新任 太郎", "交代する日"),
        ("令和4年4月1日", "", "新しい委員の氏名"),
        ("R4.13.1", "新任", "13月"),
    ],
)
def test_a_replacement_needs_a_day_and_a_name(
    any_demo_db: Database, day: str, name: str, words: str
) -> None:
    old = seat(any_demo_db, POLICE)
    with pytest.raises(ValidationError, match=words), any_demo_db.transaction() as session:
        councils.replace_member(session, councils.ReplacementInput(old.id, old.version, day, name))


def test_copy_the_roster_to_a_new_term(demo_db: Database, demo_path: Path, tmp_path: Path) -> None:
    council_id = liaison(demo_db)
    with demo_db.sessions() as session:
        serving = len(councils.list_members(session, council_id, dt.date(2023, 3, 31)))
    data = councils.NewTermInput(council_id, "令和5年4月1日", "令和7年3月31日")
    with demo_db.transaction() as session:
        assert councils.copy_roster(session, data) == serving
    with demo_db.sessions() as session:
        new_term = councils.list_members(session, council_id, dt.date(2023, 4, 1))
        old_term = councils.list_members(session, council_id, dt.date(2023, 3, 31))
        after = councils.list_members(session, council_id, dt.date(2025, 4, 1))
    assert [m.post for m in new_term] == [m.post for m in old_term]  # same seats, same order
    assert {(m.term_start, m.term_end) for m in new_term} == {
        (dt.date(2023, 4, 1), dt.date(2025, 3, 31))
    }
    assert after == []
    with pytest.raises(ValidationError, match="すでにいます"), demo_db.transaction() as session:
        councils.copy_roster(session, data)
    demo_db.close()

    target = tmp_path / "roster.json"
    done = secdesk(
        "--db",
        demo_path,
        "report",
        "council-members",
        "--council",
        LIAISON,
        "--as-of",
        "2025-04-01",
        "--format",
        "json",
        "-o",
        target,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["sections"][0]["rows"] == []


def test_the_onsite_lead_shows_on_the_project(any_demo_db: Database) -> None:
    """現地支援責任者: a ministry official seconded to the secretariat, on the project's council."""
    from desktop.ops import projects

    with any_demo_db.sessions() as session:
        council = next(c for c in councils.list_councils(session) if c.project)
        project = next(p for p in projects.list_projects(session) if p.title == council.project)
    data = councils.MemberInput(
        council.id, "onsite_lead", post="国土交通省 関東地方整備局 企画部長", name="現地 一郎"
    )
    with any_demo_db.transaction() as session:
        councils.save_member(session, data)
    with any_demo_db.sessions() as session:
        detail = projects.get_project(session, project.id)
        members = councils.list_members(session, council.id)
    assert "国土交通省 関東地方整備局 企画部長 現地 一郎" in detail.onsite_leads
    assert "現地支援責任者" in detail.onsite_leads  # the demo council's seat, by post only
    assert "onsite_lead" in [m.role for m in members]


def test_moving_a_member_looks_at_one_term_and_a_seat_is_replaced_once(
    any_demo_db: Database,
) -> None:
    council_id = liaison(any_demo_db)
    start = dt.date.today() + dt.timedelta(days=1)
    data = councils.NewTermInput(council_id, start.isoformat())
    with any_demo_db.transaction() as session:
        councils.copy_roster(session, data)
    with any_demo_db.sessions() as session:
        new_term = councils.list_members(session, council_id, start)
    second, third = new_term[2], new_term[3]
    with any_demo_db.transaction() as session:
        councils.move_member(session, third.id, -1)  # one click is enough, in the new term
    with any_demo_db.sessions() as session:
        moved = [m.id for m in councils.list_members(session, council_id, start)]
        today = [m.post for m in councils.list_members(session, council_id, dt.date.today())]
    assert moved.index(third.id) == 2 and moved.index(second.id) == 3
    assert today == [m.post for m in new_term]  # the current term printed as before

    old = seat(any_demo_db, POLICE)
    with any_demo_db.transaction() as session:
        councils.replace_member(
            session, councils.ReplacementInput(old.id, old.version, "令和4年4月1日", "一人目")
        )
    again = seat(any_demo_db, POLICE, dt.date(2022, 3, 31))
    with pytest.raises(ValidationError, match="交代済み"), any_demo_db.transaction() as session:
        councils.replace_member(
            session, councils.ReplacementInput(again.id, again.version, "令和4年4月1日", "二人目")
        )
