"""The demo's fictitious sample set: it makes every feature show something, is dated from the
day the demo is made, and says 架空のサンプル wherever it appears."""

from __future__ import annotations

import datetime as dt

from db.database import Database
from db.demo import load_demo
from db.export import export_data
from desktop.ops import councils, meetings
from desktop.ops.dashboard import upcoming
from desktop.sheets import counts, expert_catalog, matching, participants

SAMPLE = "架空のサンプル"
SERIES = f"【{SAMPLE}】地域DX勉強会"


def test_every_sample_record_says_it_is_fictitious(any_database: Database) -> None:
    load_demo(any_database)  # on each backend
    with any_database.sessions() as session:
        data = export_data(session, "test")
    openlab = [r for r in data["registrations"] if r["program"] == "地域未来構想20 オープンラボ"]
    assert {r["role"] for r in openlab} == {"interest", "offer"}
    assert all(SAMPLE in r["organization"] and SAMPLE in r["summary"] for r in openlab)
    samples = [o for o in data["organizations"] if SAMPLE in o["name"]]
    assert len(samples) == 6 and all(SAMPLE in o["note"] for o in samples)
    people = [p for p in data["people"] if SAMPLE in (p["organization"] or "")]
    assert {p["kana"] for p in people} >= {"こうの はなこ", "ごとう けん", "こばやし まこと"}
    assert len(people) == len(data["people"])  # the seeds name no one: every person is sample
    series = data["event_series"]
    marked = [s for s in series if SAMPLE in s["name"]]
    assert len(marked) == 1 and SAMPLE in marked[0]["note"]
    assert all(SAMPLE in m["label"] for m in data["milestones"] if m["date"] > "2022-12-31")


def test_matching_and_the_catalogue_have_content(sample_db: Database) -> None:
    with sample_db.sessions() as session:
        sheet = matching.build(session, "医療", program="地域未来構想20 オープンラボ")
        catalogue = expert_catalog.build(session, program="地域未来構想20 オープンラボ")
    (section,) = sheet.sections
    interested = [row[0] for row in section.rows if row[0]]
    offering = [row[1] for row in section.rows if row[1]]
    assert "あおば市（架空のサンプル）" in interested and "みなと町（架空のサンプル）" in interested
    assert offering == ["サンプル医療データ株式会社（架空のサンプル）"]
    headings = [s.heading for s in catalogue.sections]
    assert "医療（1団体）" in headings and "地域交通体系（1団体）" in headings


def test_the_dashboard_and_the_rosters_show_the_sample_from_today(sample_db: Database) -> None:
    today = dt.date.today()
    with sample_db.sessions() as session:
        coming = upcoming(session, today)
        roster = participants.build(session, SERIES, 1)
    labels = [str(item.label) for item in coming]
    assert any("関心分野の追加登録〆切" in label for label in labels)
    assert any(SAMPLE in label and "第2回" in label for label in labels), labels
    names = [row for section in roster.sections for row in section.rows]
    assert len(names) == 7
    assert SAMPLE in roster.title


def test_the_counts_say_how_many_registrations_are_the_sample(sample_db: Database) -> None:
    """登録状況 counts the sample like any registration, and says under the programme's table
    how many of them are fictitious."""
    with sample_db.sessions() as session:
        (openlab, *_others) = counts.build(session).sections
    assert openlab.heading == "地域未来構想20 オープンラボ"
    assert openlab.notes[-1] == "※うち6件は架空のサンプル（デモ用の架空の登録）です。"


def test_the_seed_facts_alone_get_no_sample_note(demo_db: Database) -> None:
    with demo_db.sessions() as session:
        assert not any("架空" in n for s in counts.build(session).sections for n in s.notes)


def test_the_sample_council_has_a_meeting_held_and_one_ahead(sample_db: Database) -> None:
    today = dt.date.today()
    with sample_db.sessions() as session:
        council = next(c for c in councils.list_councils(session) if SAMPLE in c.name)
        members = councils.list_members(session, council.id, today)
        held, ahead = meetings.list_meetings(session, council.id)
        waiting = meetings.not_replied(session, ahead.id)
        past_invitees = meetings.list_invitees(session, held.id)
    assert SAMPLE in council.note and members[0].role == "chair"
    assert {m.group for m in members} == {"学識経験者", "地方公共団体", "民間事業者"}
    assert held.date is not None and held.date < today
    assert (held.invited, held.unanswered, held.absent, held.attended) == (6, 0, 1, 4)
    assert any(i.reply == "deputy" and i.deputy_name for i in past_invitees)
    assert ahead.date is not None and ahead.date > today and ahead.reply_by is not None
    assert ahead.unanswered == len(waiting) == 3 and ahead.attended == 0
