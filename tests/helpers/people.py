"""One person in every kind of record: applications, a council seat, a registration's contact
(the demo has none), for the tests of 人を探す."""

from __future__ import annotations

from sqlalchemy import select

from db.database import Database
from db.models import Membership, Participant, Person, Registration
from desktop.ops import councils, events, participants

R3 = "令和3年度 未来技術実装ミニシンポジウム"
R2 = "令和2年度 未来技術実装ミニシンポジウム"


def everywhere(db: Database, name: str, kana: str) -> int:
    """A person who applied for the first session of R3 and of R2, sits on the first council
    and is the contact of the first registration; their id."""
    with db.transaction() as session:
        by_name = {s.name: s for s in events.list_series(session)}
        for series in (R3, R2):
            first = events.list_sessions(session, by_name[series].id)[0]
            participants.add_participant(
                session,
                participants.ParticipantInput(first.id, name, kana=kana, organization="秩父市"),
            )
        council = councils.list_councils(session)[0]
        seat_id = councils.save_member(
            session,
            councils.MemberInput(
                council.id, "member", name=name, organization="秩父市", term_start="R4.4.1"
            ),
        )
        person = session.scalars(
            select(Person).join(Participant, Participant.person_id == Person.id).distinct()
        ).one()
        # the roster's entry and the applications are the same person (as a merge makes them)
        seat = session.get(Membership, seat_id)
        assert seat is not None and seat.person is not None
        session.delete(seat.person)
        seat.person = person
        registration = session.scalars(select(Registration).order_by(Registration.id)).first()
        assert registration is not None
        registration.contact_person_id = person.id
        return person.id
