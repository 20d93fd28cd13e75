"""An event series deleted with its sessions and their applications, each in the history."""

from __future__ import annotations

import pytest

from db.database import Database
from db.errors import ConflictError
from desktop.ops import events, participants
from desktop.ops.history import history

R3 = "令和3年度 未来技術実装ミニシンポジウム"


def series_named(db: Database, name: str) -> events.SeriesRow:
    with db.sessions() as session:
        return next(s for s in events.list_series(session) if s.name == name)


def test_a_series_goes_with_its_sessions_and_applications(any_demo_db: Database) -> None:
    r3 = series_named(any_demo_db, R3)
    with any_demo_db.sessions() as session:
        sessions = events.list_sessions(session, r3.id)
    for name in ("青木 一郎", "井上 二郎"):
        with any_demo_db.transaction() as session:
            participants.add_participant(
                session, participants.ParticipantInput(sessions[0].id, name, organization="秩父市")
            )
    r3 = series_named(any_demo_db, R3)
    assert (r3.session_count, r3.application_count) == (len(sessions), 2)

    with any_demo_db.transaction() as session:
        events.save_series(
            session, events.SeriesInput(R3, "R3", note="※web開催", id=r3.id, version=r3.version)
        )
    with pytest.raises(ConflictError), any_demo_db.transaction() as session:
        events.delete_series(session, r3.id, r3.version)  # loaded before the note was changed
    assert series_named(any_demo_db, R3).session_count == len(sessions)

    current = series_named(any_demo_db, R3)
    with any_demo_db.transaction() as session:
        events.delete_series(session, current.id, current.version)
    with any_demo_db.sessions() as session:
        assert R3 not in [s.name for s in events.list_series(session)]
        assert events.list_sessions(session, r3.id) == []
        assert participants.list_participants(session, sessions[0].id) == []
        # Each session deleted is in the history, as when deleted one by one.
        assert history(session, "event_session", sessions[0].id)[0].action == "delete"
        assert history(session, "event_series", r3.id)[0].action == "delete"
