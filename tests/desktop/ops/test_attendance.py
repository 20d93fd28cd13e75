"""出席 at the door: many participants ticked in one save, or none; taken back the same way;
numbered and ordered as the 受付簿 prints them."""

from __future__ import annotations

import pytest

from db.database import Database
from db.errors import ConflictError, ValidationError
from desktop.ops import events, participants
from desktop.sheets import participants as reception_sheet

R3 = "令和3年度 未来技術実装ミニシンポジウム"


def first_session(db: Database) -> int:
    with db.sessions() as session:
        series_id = next(s.id for s in events.list_series(session) if s.name == R3)
        return events.list_sessions(session, series_id)[0].id


def listed(db: Database, session_id: int) -> list[participants.ParticipantRow]:
    with db.sessions() as session:
        return participants.list_participants(session, session_id)


def apply(db: Database, session_id: int, *people: tuple[str, str]) -> None:
    for name, kana in people:
        with db.transaction() as session:
            participants.add_participant(
                session,
                participants.ParticipantInput(session_id, name, kana=kana, organization="秩父市"),
            )


def mark(db: Database, session_id: int, rows: list[participants.ParticipantRow], on: bool) -> str:
    with db.transaction() as session:
        told = participants.mark_attendance(
            session, session_id, [(r.id, r.version) for r in rows], on
        )
    return told.text("ja")


PEOPLE = (("渡辺 花子", "わたなべ はなこ"), ("青木 一郎", "アオキ イチロウ"), ("井上 二郎", ""))


def test_the_list_is_numbered_as_the_reception_sheet_prints_it(any_demo_db: Database) -> None:
    session_id = first_session(any_demo_db)
    apply(any_demo_db, session_id, *PEOPLE, ("上田 三郎", "うえだ さぶろう"))
    rows = listed(any_demo_db, session_id)
    cancelled = next(r for r in rows if r.name == "上田 三郎")
    with any_demo_db.transaction() as session:
        participants.set_status(session, cancelled.id, cancelled.version, "cancelled")
    rows = listed(any_demo_db, session_id)
    with any_demo_db.sessions() as session:
        sheet = reception_sheet.build(session, R3, 1)
    printed = [(int(row[0]), row[1]) for row in sheet.sections[0].rows]
    assert [(r.reception_number, r.name) for r in rows if r.reception_number] == printed
    # a name without its reading comes before the readings, as on the sheet
    assert [r.name for r in rows] == ["井上 二郎", "青木 一郎", "上田 三郎", "渡辺 花子"]
    assert next(r for r in rows if r.name == "上田 三郎").reception_number is None


def test_many_are_marked_present_at_once_and_taken_back(any_demo_db: Database) -> None:
    session_id = first_session(any_demo_db)
    apply(any_demo_db, session_id, *PEOPLE)
    rows = listed(any_demo_db, session_id)
    assert mark(any_demo_db, session_id, rows[:2], True) == "2名を出席にしました。"
    assert [r.status for r in listed(any_demo_db, session_id)] == [
        "attended",
        "attended",
        "applied",
    ]
    # all three ticked again: the two already present stay so, the third is marked
    assert mark(any_demo_db, session_id, listed(any_demo_db, session_id), True) == (
        "1名を出席にしました。"
    )
    rows = listed(any_demo_db, session_id)
    assert mark(any_demo_db, session_id, rows[1:], False) == "2名の出席を取り消しました。"
    assert [r.status for r in listed(any_demo_db, session_id)] == [
        "attended",
        "applied",
        "applied",
    ]


def test_a_participant_changed_meanwhile_refuses_the_whole_mark(any_demo_db: Database) -> None:
    session_id = first_session(any_demo_db)
    apply(any_demo_db, session_id, *PEOPLE)
    loaded = listed(any_demo_db, session_id)
    inoue = next(r for r in loaded if r.name == "井上 二郎")
    with any_demo_db.transaction() as session:  # another PC records 井上さん as absent
        participants.set_status(session, inoue.id, inoue.version, "absent")
    with pytest.raises(ConflictError) as refused:
        mark(any_demo_db, session_id, loaded, True)
    assert "井上 二郎さんの申込は読み込んだ後に別の操作で変更されています" in str(refused.value)
    assert "\n" not in str(refused.value)
    assert [r.status for r in listed(any_demo_db, session_id)] == ["absent", "applied", "applied"]


def test_a_full_session_refuses_a_waiting_one_and_writes_nothing(any_demo_db: Database) -> None:
    session_id = first_session(any_demo_db)
    with any_demo_db.sessions() as session:
        series_id = next(s.id for s in events.list_series(session) if s.name == R3)
        first = events.list_sessions(session, series_id)[0]
    with any_demo_db.transaction() as session:
        events.save_session(
            session,
            events.SessionInput(
                series_id,
                "1",
                date="R3.10.1",
                capacity="2",
                id=first.id,
                version=first.version,
                confirmed=True,
            ),
        )
    apply(any_demo_db, session_id, *PEOPLE)  # the third to apply (井上さん) waits
    rows = listed(any_demo_db, session_id)
    assert [r.status for r in rows] == ["waiting", "applied", "applied"]
    with pytest.raises(ValidationError):
        mark(any_demo_db, session_id, rows, True)
    assert [r.status for r in listed(any_demo_db, session_id)] == ["waiting", "applied", "applied"]
