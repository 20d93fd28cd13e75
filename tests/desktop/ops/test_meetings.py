"""A council's meetings: set up with the members serving that day as invitees, replies recorded,
受付 ticked in bulk, a stale save refused, every change in the history."""

from __future__ import annotations

import datetime as dt

import pytest

from db.database import Database
from db.errors import ConflictError, ValidationError
from db.models import Council, Membership
from desktop.ops import councils, meetings, people
from desktop.ops.councils import CouncilInput, MemberInput, save_council, save_member
from desktop.ops.history import history

DAY = dt.date(2026, 6, 10)


def council_with_members(db: Database) -> int:
    """A council whose roster lists a member before the chair, and one whose term is over."""
    with db.transaction() as session:
        council_id = save_council(session, CouncilInput("スマート農業検討会", "other"))
        for role, name, org, term_end in (
            ("member", "佐藤 一郎", "〇〇市", ""),
            ("chair", "鈴木 花子", "△△大学", ""),
            ("member", "高橋 次郎", "□□農協", "2026年3月31日"),
            ("member", "", "国土交通省", ""),
        ):
            save_member(
                session,
                MemberInput(
                    council_id,
                    role,
                    post="委員" if name else "都市局長",
                    name=name,
                    organization=org,
                    term_end=term_end,
                ),
            )
    return council_id


def set_up(db: Database, council_id: int, **values: str) -> int:
    with db.transaction() as session:
        number = str(meetings.next_number(session, council_id))
        data = meetings.MeetingInput(council_id, values.pop("number", number), **values)
        return meetings.save_meeting(session, data)


def invitees(db: Database, meeting_id: int) -> list[meetings.InviteeRow]:
    with db.sessions() as session:
        return meetings.list_invitees(session, meeting_id)


def meeting_row(db: Database, council_id: int, meeting_id: int) -> meetings.MeetingRow:
    with db.sessions() as session:
        return next(m for m in meetings.list_meetings(session, council_id) if m.id == meeting_id)


def reply(db: Database, row: meetings.InviteeRow, answer: str, **values: str) -> None:
    with db.transaction() as session:
        meetings.record_reply(session, meetings.ReplyInput(row.id, row.version, answer, **values))


def test_the_next_meeting_invites_the_members_serving_that_day_in_the_roster_order(
    any_demo_db: Database,
) -> None:
    council_id = council_with_members(any_demo_db)
    first = set_up(
        any_demo_db,
        council_id,
        date="令和8年6月10日",
        time="13:30～15:00",
        format="hybrid",
        venue="中央合同庁舎8号館 会議室A",
        url="https://example.jp/meet",
        agenda="  開会\n\n議事（1）今年度の計画  \n閉会\n",
    )
    row = meeting_row(any_demo_db, council_id, first)
    assert (row.number, row.date, row.start_time, row.end_time) == (
        1,
        DAY,
        dt.time(13, 30),
        dt.time(15),
    )
    assert row.agenda == "開会\n議事（1）今年度の計画\n閉会"
    assert row.reply_by == DAY - dt.timedelta(days=7)  # a week before, when not typed
    assert (row.invited, row.unanswered, row.attending, row.absent) == (3, 3, 0, 0)
    # the chair first, then the members as the roster lists them; the past term is not invited
    with any_demo_db.sessions() as session:
        roster = councils.list_members(session, council_id, DAY)
    invited = invitees(any_demo_db, first)
    assert [(r.role, r.name, r.organization, r.post) for r in invited] == [
        (m.role, m.name, m.organization, m.post) for m in roster
    ]
    assert invited[0].name == "鈴木 花子"
    assert "高橋 次郎" not in {r.name for r in invited}
    # the next one is 第2回; a reply-by date typed is kept
    second = set_up(any_demo_db, council_id, date="2026-09-01", reply_by="2026-08-20")
    second_row = meeting_row(any_demo_db, council_id, second)
    assert (second_row.number, second_row.reply_by) == (2, dt.date(2026, 8, 20))
    with pytest.raises(ValidationError) as taken:
        set_up(any_demo_db, council_id, number="2")
    assert taken.value.field == "number"


def test_a_meeting_is_edited_with_its_version_and_deleted_with_its_invitees(
    any_demo_db: Database,
) -> None:
    council_id = council_with_members(any_demo_db)
    meeting_id = set_up(any_demo_db, council_id, date="2026-06-10", venue="会議室A")
    row = meeting_row(any_demo_db, council_id, meeting_id)
    with any_demo_db.transaction() as session:
        meetings.save_meeting(
            session,
            meetings.MeetingInput(
                council_id, "1", date="2026-06-12", venue="会議室B", id=row.id, version=row.version
            ),
        )
    edited = meeting_row(any_demo_db, council_id, meeting_id)
    assert (edited.date, edited.venue, edited.invited) == (dt.date(2026, 6, 12), "会議室B", 3)
    with pytest.raises(ConflictError), any_demo_db.transaction() as session:  # loaded before
        meetings.save_meeting(
            session, meetings.MeetingInput(council_id, "1", id=row.id, version=row.version)
        )
    with pytest.raises(ConflictError), any_demo_db.transaction() as session:
        meetings.delete_meeting(session, row.id, row.version)
    with any_demo_db.transaction() as session:
        meetings.delete_meeting(session, edited.id, edited.version)
        assert meetings.list_meetings(session, council_id) == []
    with any_demo_db.sessions() as session:
        assert meetings.list_invitees(session, meeting_id) == []
        changes = [h.action for h in history(session, "meeting", meeting_id)]
    assert changes == ["delete", "update", "insert"]


def test_replies_are_recorded_and_those_not_replied_listed(any_demo_db: Database) -> None:
    council_id = council_with_members(any_demo_db)
    meeting_id = set_up(any_demo_db, council_id, date="2026-06-10")
    by_name = {r.name: r for r in invitees(any_demo_db, meeting_id)}
    chair, member, post_only = by_name["鈴木 花子"], by_name["佐藤 一郎"], by_name[""]
    reply(
        any_demo_db, chair, "attend", replied_on="令和8年6月1日", companions="秘書 田中\n\n運転手"
    )
    with pytest.raises(ValidationError) as no_post:  # a deputy needs a name and a post
        reply(any_demo_db, member, "deputy", deputy_name="佐藤 三郎")
    assert no_post.value.field == "deputy_post"
    reply(any_demo_db, member, "deputy", deputy_name="佐藤 三郎", deputy_post="副市長")
    with pytest.raises(ConflictError):  # the chair's row as loaded before the reply
        reply(any_demo_db, chair, "absent")
    shown = {r.id: r for r in invitees(any_demo_db, meeting_id)}
    assert (shown[chair.id].reply, shown[chair.id].replied_on, shown[chair.id].companions) == (
        "attend",
        dt.date(2026, 6, 1),
        "秘書 田中\n運転手",
    )
    assert (shown[member.id].deputy_name, shown[member.id].deputy_post) == ("佐藤 三郎", "副市長")
    with any_demo_db.sessions() as session:
        assert [r.id for r in meetings.not_replied(session, meeting_id)] == [post_only.id]
    row = meeting_row(any_demo_db, council_id, meeting_id)
    assert (row.attending, row.absent, row.unanswered) == (2, 0, 1)
    # a deputy replaced by an absence: the deputy goes with it
    reply(any_demo_db, shown[member.id], "absent")
    again = next(r for r in invitees(any_demo_db, meeting_id) if r.id == member.id)
    assert (again.reply, again.deputy_name, again.deputy_post) == ("absent", "", "")
    with any_demo_db.sessions() as session:
        logged = history(session, "invitation", member.id)
    assert [h.action for h in logged] == ["update", "update", "insert"]
    assert "代理出席" in logged[1].words("ja")


def test_someone_is_invited_by_hand_and_removed(any_demo_db: Database) -> None:
    council_id = council_with_members(any_demo_db)
    meeting_id = set_up(any_demo_db, council_id, date="2026-06-10")
    with any_demo_db.transaction() as session:
        added = meetings.add_invitee(
            session,
            meetings.InviteeInput(
                meeting_id, "山本 四郎", organization="〇〇市", post="オブザーバー"
            ),
        )
    rows = invitees(any_demo_db, meeting_id)
    assert (rows[-1].id, rows[-1].name, rows[-1].role) == (added, "山本 四郎", "")
    with pytest.raises(ValidationError), any_demo_db.transaction() as session:
        meetings.add_invitee(session, meetings.InviteeInput(meeting_id, "鈴木 花子", "△△大学"))
    with any_demo_db.transaction() as session:
        meetings.remove_invitee(session, rows[-1].id, rows[-1].version)
    assert [r.id for r in invitees(any_demo_db, meeting_id)] == [r.id for r in rows[:-1]]


def test_the_reception_ticks_many_at_once_or_none(any_demo_db: Database) -> None:
    council_id = council_with_members(any_demo_db)
    meeting_id = set_up(any_demo_db, council_id, date="2026-06-10")
    rows = invitees(any_demo_db, meeting_id)

    def tick(chosen: list[meetings.InviteeRow], on: bool) -> str:
        with any_demo_db.transaction() as session:
            marks = [(r.id, r.version) for r in chosen]
            return meetings.mark_attendance(session, meeting_id, marks, on).text("ja")

    assert tick(rows[:2], True) == "2名を受付済みにしました。"
    assert [r.attended for r in invitees(any_demo_db, meeting_id)] == [True, True, False]
    with pytest.raises(ConflictError):  # the first two were loaded before their tick
        tick(rows, True)
    assert [r.attended for r in invitees(any_demo_db, meeting_id)] == [True, True, False]
    assert tick(invitees(any_demo_db, meeting_id), True) == "1名を受付済みにしました。"
    assert tick(invitees(any_demo_db, meeting_id)[2:], False) == "1名の受付を取り消しました。"
    assert meeting_row(any_demo_db, council_id, meeting_id).attended == 2
    # the person's history lists the meeting they attended, not the one they were untick from
    chair = invitees(any_demo_db, meeting_id)[0]
    with any_demo_db.sessions() as session:
        assert chair.person_id is not None
        attended = people.records_of(session, chair.person_id).attended
        member_id = invitees(any_demo_db, meeting_id)[2].person_id
        assert member_id is not None
        assert people.records_of(session, member_id).attended == ()
    assert [(a.council, a.number, a.date) for a in attended] == [("スマート農業検討会", 1, DAY)]


def test_one_person_on_two_seats_is_invited_once_on_the_higher(any_demo_db: Database) -> None:
    council_id = council_with_members(any_demo_db)
    with any_demo_db.transaction() as session:  # the chair sits as a member of a group too
        council = session.get_one(Council, council_id)
        chair = next(m for m in council.memberships if m.role == "chair")
        council.memberships.append(
            Membership(person=chair.person, role="member", post="委員", group_name="学識", order=9)
        )
    invited = invitees(any_demo_db, set_up(any_demo_db, council_id, date="令和8年6月10日"))
    assert [(r.role, r.name) for r in invited if r.name == "鈴木 花子"] == [("chair", "鈴木 花子")]
