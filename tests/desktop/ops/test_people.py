"""人を探す: a person found by part of their name or reading, with the sessions they applied
for, the councils they sit on and the registrations naming them as the contact."""

from __future__ import annotations

from sqlalchemy import select

from db.database import Database
from db.models import Registration
from desktop.ops import councils, people
from tests.helpers.people import R2, R3, everywhere


def test_a_person_is_found_by_part_of_the_name_or_the_reading(any_demo_db: Database) -> None:
    person_id = everywhere(any_demo_db, "山田 太郎", "ヤマダ タロウ")
    with any_demo_db.sessions() as session:
        for typed in ("山田", "山田太郎", "田　太", "やまだ", "ヤマダタロウ", "ﾔﾏﾀﾞ", "だ た"):
            found = people.find_people(session, typed)
            assert [p.id for p in found if p.name == "山田 太郎"] == [person_id], typed
        (row,) = [p for p in people.find_people(session, "やまだ") if p.id == person_id]
        assert (row.kana, row.organization) == ("やまだ たろう", "秩父市")
        assert people.find_people(session, "  ") == []
        assert people.find_people(session, "佐藤") == []


def test_everything_a_person_is_part_of_is_listed(any_demo_db: Database) -> None:
    person_id = everywhere(any_demo_db, "山田 太郎", "やまだ たろう")
    with any_demo_db.sessions() as session:
        records = people.records_of(session, person_id)
        council = councils.list_councils(session)[0]
        registration = session.scalars(select(Registration).order_by(Registration.id)).first()
        assert registration is not None
        organization, program = registration.organization.name, registration.program.name
    # the newest session first
    assert [(a.series, a.number, a.status) for a in records.applications] == [
        (R3, 1, "applied"),
        (R2, 1, "applied"),
    ]
    assert [(s.council, s.role, str(s.term_start)) for s in records.seats] == [
        (council.name, "member", "2022-04-01")
    ]
    assert [(c.organization, c.program) for c in records.contacts] == [(organization, program)]
    with any_demo_db.sessions() as session:
        assert people.records_of(session, person_id + 1000) == people.PersonRecords((), (), ())
