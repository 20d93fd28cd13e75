"""Applications for a session: who may come, no double registration, the 定員 and its queue."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.database import Database
from db.errors import ValidationError
from desktop.imports import pipeline
from desktop.ops import events, participants
from desktop.ops.participants import ParticipantInput, add_participant, set_status
from desktop.rules.participation import eligible_kinds
from tests.helpers.import_files import write_list

R3 = "令和3年度 未来技術実装ミニシンポジウム"
R2 = "令和2年度 未来技術実装ミニシンポジウム"


def session_ids(db: Database, series: str) -> dict[int, int]:
    with db.sessions() as session:
        series_id = next(s.id for s in events.list_series(session) if s.name == series)
        return {s.number: s.id for s in events.list_sessions(session, series_id)}


def add(db: Database, session_id: int, name: str, **fields: str) -> participants.Added:
    with db.transaction() as session:
        return add_participant(session, ParticipantInput(session_id, name, **fields))


def set_third_capacity(db: Database, capacity: str) -> None:
    """Give R3 第3回 (令和3年12月16日 13:30～15:00) a 定員 (blank: none)."""
    with db.sessions() as session:
        series_id = next(s.id for s in events.list_series(session) if s.name == R3)
        third = next(s for s in events.list_sessions(session, series_id) if s.number == 3)
    data = events.SessionInput(
        series_id,
        "3",
        date="令和3年12月16日",
        time="13:30～15:00",
        capacity=capacity,
        id=third.id,
        version=third.version,
        confirmed=True,
    )
    with db.transaction() as session:
        events.save_session(session, data)


def test_what_a_target_text_limits() -> None:
    assert eligible_kinds("地方公共団体のご担当者様のみ") is not None
    assert eligible_kinds("地方公共団体のご担当者様のみ")[1] == "地方公共団体"  # type: ignore[index]
    assert eligible_kinds("関係府省庁職員に限定") is not None
    assert eligible_kinds("国、地方公共団体、学校、民間企業、住民代表等") is None  # an audience
    assert eligible_kinds(None) is None


def test_a_session_for_local_governments_only(any_demo_db: Database) -> None:
    fourth = session_ids(any_demo_db, R3)[4]  # 第4回は地方公共団体のご担当者様のみ
    with pytest.raises(ValidationError) as refused:
        add(any_demo_db, fourth, "山田 花子", organization="架空テック株式会社")
    message = str(refused.value)
    assert "第4回は地方公共団体のご担当者様のみ" in message and "「架空テック株式会社」" in message
    assert refused.value.field == "organization"
    with pytest.raises(ValidationError, match="所属が入力されていません"):
        add(any_demo_db, fourth, "山田 花子")
    assert add(any_demo_db, fourth, "秩父 太郎", organization="秩父市").status == "applied"


def test_the_same_person_twice_or_at_the_same_time(any_demo_db: Database) -> None:
    r3 = session_ids(any_demo_db, R3)
    add(any_demo_db, r3[1], "鈴木 一郎", organization="秩父市", email="suzuki@example.jp")
    with pytest.raises(ValidationError, match="すでに第1回に申し込まれています"):
        add(
            any_demo_db, r3[1], "鈴木一郎", organization="秩父市"
        )  # the same person, spaced otherwise
    with pytest.raises(ValidationError, match="すでに第1回"):
        add(any_demo_db, r3[1], "鈴木", email="SUZUKI@example.jp")  # found by e-mail

    # another series at the same hour (R3 第1回: 令和3年10月1日 13:30～15:00)
    with any_demo_db.sessions() as session:
        r2_id = next(s.id for s in events.list_series(session) if s.name == R2)
    data = events.SessionInput(
        r2_id, "9", date="令和3年10月1日", time="14:00～15:00", confirmed=True
    )
    with any_demo_db.transaction() as session:
        clash = events.save_session(session, data)
    with pytest.raises(ValidationError, match=f"同じ時間の{R3} 第1回に申し込まれています"):
        add(any_demo_db, clash, "鈴木 一郎", organization="秩父市", email="suzuki@example.jp")
    # a cancelled application no longer stands in the way
    with any_demo_db.sessions() as session:
        mine = participants.list_participants(session, r3[1])
    (suzuki,) = [p for p in mine if p.email == "suzuki@example.jp"]
    with any_demo_db.transaction() as session:
        set_status(session, suzuki.id, suzuki.version, "cancelled")
    assert add(any_demo_db, clash, "鈴木 一郎", organization="秩父市", email="suzuki@example.jp")


def test_a_full_session_keeps_a_waiting_list(any_demo_db: Database) -> None:
    r3 = session_ids(any_demo_db, R3)
    set_third_capacity(any_demo_db, "2")
    assert add(any_demo_db, r3[3], "青木 一郎", organization="秩父市").status == "applied"
    assert add(any_demo_db, r3[3], "井上 二郎", organization="秩父市").status == "applied"
    waiting = add(any_demo_db, r3[3], "上田 三郎", organization="秩父市")
    assert waiting.status == "waiting" and "定員（2名）に達しているため" in str(waiting.message)
    add(any_demo_db, r3[3], "江藤 四郎", organization="秩父市")

    with any_demo_db.sessions() as session:
        rows = {p.name: p for p in participants.list_participants(session, r3[3])}
    assert [rows[n].status for n in ("青木 一郎", "上田 三郎", "江藤 四郎")] == [
        "applied",
        "waiting",
        "waiting",
    ]
    with any_demo_db.transaction() as session:
        told = set_status(session, rows["青木 一郎"].id, rows["青木 一郎"].version, "cancelled")
    assert (
        str(told)
        == "青木 一郎さんを「取消」にしました。 キャンセル待ちの上田 三郎さんを申込にしました。"
    )
    assert told.text("en") == (
        "Set 青木 一郎 to “Cancelled”. 上田 三郎 moved up from the waiting list to “Applied”."
    )
    with any_demo_db.sessions() as session:
        after = {p.name: p.status for p in participants.list_participants(session, r3[3])}
        series_id = next(s.id for s in events.list_series(session) if s.name == R3)
        count = next(s for s in events.list_sessions(session, series_id) if s.number == 3)
    assert after == {
        "青木 一郎": "cancelled",
        "井上 二郎": "applied",
        "上田 三郎": "applied",
        "江藤 四郎": "waiting",
    }
    assert count.participant_count == 2  # the places taken, not the queue
    with (
        pytest.raises(ValidationError, match="定員（2名）に達しています"),
        any_demo_db.transaction() as session,
    ):
        set_status(session, rows["青木 一郎"].id, None, "applied")


def test_an_imported_list_follows_the_same_rules(any_demo_db: Database, tmp_path: Path) -> None:
    r3 = session_ids(any_demo_db, R3)
    set_third_capacity(any_demo_db, "1")
    path = write_list(
        tmp_path / "参加者.xlsx",
        ["行事名", "回", "氏名", "所属"],
        [R3, 4, "山田 花子", "架空テック株式会社"],
        [R3, 4, "秩父 太郎", "秩父市"],
        [R3, 3, "青木 一郎", "秩父市"],
        [R3, 3, "井上 二郎", "秩父市"],
    )
    with any_demo_db.sessions() as session:
        preview = pipeline.prepare(session, [path])
    (refused,) = [r for r in preview.records if r.rejected]
    assert refused.person_name == "山田 花子"
    (problem,) = refused.problems
    assert problem.where.row == 2 and problem.where.column == "所属"
    assert "地方公共団体のご担当者様のみ" in problem.said()
    pipeline.commit(any_demo_db, preview)
    with any_demo_db.sessions() as session:
        third_rows = {p.name: p.status for p in participants.list_participants(session, r3[3])}
        fourth_rows = [p.name for p in participants.list_participants(session, r3[4])]
    assert third_rows == {"青木 一郎": "applied", "井上 二郎": "waiting"}  # 定員 1
    assert fourth_rows == ["秩父 太郎"]


def test_only_a_cancellation_frees_a_place_and_a_larger_capacity_lets_people_in(
    any_demo_db: Database,
) -> None:
    r3 = session_ids(any_demo_db, R3)

    def statuses() -> dict[str, str]:
        with any_demo_db.sessions() as session:
            return {p.name: p.status for p in participants.list_participants(session, r3[3])}

    set_third_capacity(any_demo_db, "1")
    for name in ("青木 一郎", "井上 二郎", "上田 三郎"):
        add(any_demo_db, r3[3], name, organization="秩父市")
    with any_demo_db.sessions() as session:
        rows = {p.name: p for p in participants.list_participants(session, r3[3])}
    with any_demo_db.transaction() as session:
        set_status(session, rows["青木 一郎"].id, None, "absent")  # after the event: no one moves
    assert statuses() == {"青木 一郎": "absent", "井上 二郎": "waiting", "上田 三郎": "waiting"}
    set_third_capacity(any_demo_db, "3")  # two more places
    assert statuses() == {"青木 一郎": "absent", "井上 二郎": "applied", "上田 三郎": "applied"}
    with any_demo_db.transaction() as session:
        told = set_status(session, rows["井上 二郎"].id, None, "waiting")  # by hand: stays
    assert "申込にしました" not in str(told) and statuses()["井上 二郎"] == "waiting"
