"""Duplicate review: likely duplicates found, merged without losing anything, or dismissed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db.database import Database
from db.errors import ValidationError
from db.models import (
    AuditEntry,
    Category,
    EventSession,
    Membership,
    Organization,
    Participant,
    Person,
    Registration,
)
from desktop.japanese.lgcode import lg_check_digit
from desktop.ops import duplicates
from tests.helpers.cli_support import secdesk
from tests.helpers.import_files import exported

OPENLAB = "地域未来構想20 オープンラボ"


def code(body: str) -> str:
    return f"{body}{lg_check_digit(body)}"


def add(db: Database, *rows: Any) -> list[int]:
    with db.transaction() as session:
        session.add_all(rows)
        session.flush()
        return [r.id for r in rows]


def categories(db: Database, *names: str) -> list[Category]:
    with db.sessions() as session:
        found = session.scalars(select(Category).where(Category.name.in_(names))).all()
        return [c for c in found if c.program.name == OPENLAB]


def test_same_company_spelled_twice_is_found_and_merged(any_demo_db: Database) -> None:
    with any_demo_db.transaction() as session:
        program_id = next(c.program_id for c in categories(any_demo_db, "教育"))
        edu, med = (
            session.scalars(
                select(Category).where(Category.program_id == program_id, Category.name == n)
            ).one()
            for n in ("教育", "医療")
        )
        first = Organization(kind="company", name="株式会社まなび", kana="まなび")
        second = Organization(kind="company", name="㈱まなび", email="info@manabi.example.jp")
        first.registrations.append(
            Registration(program_id=program_id, role="offer", categories=[edu], summary="AI教材")
        )
        second.registrations.append(
            Registration(program_id=program_id, role="offer", categories=[med], summary="遠隔診療")
        )
        contact = Person(name="佐藤 花子", organization=second)
        session.add_all([first, second, contact])
        session.flush()
        first_id, second_id = first.id, second.id
    with any_demo_db.sessions() as session:
        pairs = duplicates.find_duplicates(session, "organization")
    (pair,) = [p for p in pairs if {p.first.id, p.second.id} == {first_id, second_id}]
    assert pair.reasons == ("同じ名称",)
    assert ("フリガナ", "まなび") in pair.first.facts

    with any_demo_db.transaction() as session:
        duplicates.merge_organizations(session, first_id, second_id)
    data = exported(any_demo_db)
    (manabi,) = [o for o in data["organizations"] if "まなび" in o["name"]]
    assert (manabi["name"], manabi["email"]) == ("株式会社まなび", "info@manabi.example.jp")
    (registration,) = [r for r in data["registrations"] if r["organization"] == "株式会社まなび"]
    assert sorted(registration["categories"]) == sorted(["教育", "医療"])
    assert registration["summary"] == "AI教材／遠隔診療"
    assert [p["organization"] for p in data["people"] if p["name"] == "佐藤 花子"] == [
        "株式会社まなび"
    ]
    with any_demo_db.sessions() as session:
        deleted = session.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == "organization",
                AuditEntry.row_id == second_id,
                AuditEntry.action == "delete",
            )
        ).all()
        assert len(deleted) == 1  # the history says what happened to it
        assert not any(
            {p.first.id, p.second.id} == {first_id, second_id}
            for p in duplicates.find_duplicates(session, "organization")
        )


def test_same_name_other_code_is_not_proposed_and_dismissed_pairs_stay_away(
    any_demo_db: Database,
) -> None:
    add(
        any_demo_db,
        Organization(
            kind="municipality", name="美郷町", lg_code=code("05998")
        ),  # 秋田県 (a code no demo body has)
        Organization(kind="municipality", name="美郷町", lg_code=code("32998")),  # 島根県
    )
    a, b = add(
        any_demo_db,
        Organization(kind="company", name="テスト商事", email="a@example.jp"),
        Organization(kind="company", name="テスト商事株式会社", email="A@example.jp"),
    )
    with any_demo_db.sessions() as session:
        pairs = duplicates.find_duplicates(session, "organization")
    names = [(p.first.name, p.second.name) for p in pairs]
    assert ("美郷町", "美郷町") not in names
    (pair,) = [p for p in pairs if {p.first.id, p.second.id} == {a, b}]
    assert pair.reasons == ("同じメールアドレス",)
    with any_demo_db.transaction() as session:
        duplicates.dismiss(session, "organization", b, a)
    with any_demo_db.sessions() as session:
        assert not any(
            {p.first.id, p.second.id} == {a, b}
            for p in duplicates.find_duplicates(session, "organization")
        )
    with pytest.raises(ValidationError, match="コードが違う"), any_demo_db.transaction() as session:
        ids = session.scalars(select(Organization.id).where(Organization.name == "美郷町")).all()
        duplicates.merge_organizations(session, ids[0], ids[1])


def test_people_merged_keep_their_memberships_and_one_participation(any_demo_db: Database) -> None:
    with any_demo_db.transaction() as session:
        city = session.scalars(select(Organization).where(Organization.name == "秩父市")).one()
        council_id = session.scalars(select(Membership.council_id)).first()
        first_session, second_session = session.scalars(select(EventSession.id).limit(2)).all()
        one = Person(name="鈴木 一郎", organization=city, email="suzuki@example.jp")
        two = Person(name="鈴木一郎", organization=city, phone="0494-22-1111")
        session.add_all([one, two])
        session.flush()
        session.add_all(
            [
                Membership(council_id=council_id, person=two, role="member", order=99),
                Participant(session_id=first_session, person=one, status="applied"),
                Participant(session_id=first_session, person=two, status="applied"),
                Participant(session_id=second_session, person=two, status="attended"),
            ]
        )
        one_id, two_id = one.id, two.id
    with any_demo_db.sessions() as session:
        (pair,) = [
            p
            for p in duplicates.find_duplicates(session, "person")
            if {p.first.id, p.second.id} == {one_id, two_id}
        ]
    assert pair.reasons == ("同じ所属で同じ氏名",)
    with any_demo_db.transaction() as session:
        duplicates.merge_people(session, one_id, two_id)
    with any_demo_db.sessions() as session:
        kept = session.get(Person, one_id)
        assert kept is not None and kept.phone == "0494-22-1111"  # an empty field filled
        assert session.get(Person, two_id) is None
        seats = session.scalars(select(Membership).where(Membership.person_id == one_id)).all()
        assert [m.order for m in seats] == [99]
        theirs = session.execute(
            select(Participant.session_id, Participant.status).where(
                Participant.person_id == one_id
            )
        ).all()
    assert sorted(theirs) == sorted([(first_session, "applied"), (second_session, "attended")])


def test_report_lists_the_pairs_as_data(demo_db: Database, demo_path: Path, tmp_path: Path) -> None:
    a, b = add(
        demo_db,
        Organization(kind="company", name="株式会社まなび"),
        Organization(kind="company", name="(株)まなび"),
    )
    demo_db.close()
    target = tmp_path / "dup.json"
    done = secdesk("--db", demo_path, "report", "duplicates", "--format", "json", "-o", target)
    assert done.returncode == 0, done.stderr
    organizations, people = json.loads(target.read_text(encoding="utf-8"))["sections"]
    assert organizations["heading"] == "団体（1組）" and people["heading"] == "人（0組）"
    (row,) = organizations["rows"]
    assert (row["first_id"], row["second_id"], row["reasons"]) == (a, b, "同じ名称")
    assert row["1件目"] == f"株式会社まなび（民間企業・ID {a}）"


def test_merging_a_parent_and_child_and_an_unknown_kind(any_demo_db: Database) -> None:
    prefecture, city = add(
        any_demo_db,
        Organization(kind="prefecture", name="架空県"),
        Organization(kind="other", name="架空市"),
    )
    (twin,) = add(any_demo_db, Organization(kind="municipality", name="架空市"))
    with any_demo_db.transaction() as session:
        session.get_one(Organization, twin).parent_id = prefecture
        session.get_one(Organization, city).parent_id = twin  # mistyped as its own child
    with any_demo_db.transaction() as session:
        duplicates.merge_organizations(session, city, twin)
    with any_demo_db.sessions() as session:
        kept = session.get_one(Organization, city)
        assert (kept.kind, kept.parent_id) == ("municipality", prefecture)


def test_merged_people_keep_the_stronger_of_two_records_for_one_session(
    any_demo_db: Database,
) -> None:
    with any_demo_db.transaction() as session:
        event_id = session.scalars(select(EventSession.id)).first()
        one, two = Person(name="甲 太郎"), Person(name="甲太郎")
        session.add_all([one, two])
        session.flush()
        session.add_all(
            [
                Participant(session_id=event_id, person=one, status="cancelled"),
                Participant(session_id=event_id, person=two, status="attended", attendance="venue"),
            ]
        )
        one_id, two_id = one.id, two.id
    with any_demo_db.transaction() as session:
        duplicates.merge_people(session, one_id, two_id)
    with any_demo_db.sessions() as session:
        (kept,) = session.scalars(select(Participant).where(Participant.person_id == one_id))
        assert (kept.status, kept.attendance) == ("attended", "venue")


def test_a_merge_in_the_transaction_that_made_the_records_moves_their_children(
    any_demo_db: Database,
) -> None:
    # An import merges bodies it has just written: the drop's wards, loaded with their parent in
    # the same session, must follow the kept city, not vanish with the drop.
    with any_demo_db.transaction() as session:
        city = Organization(kind="municipality", name="架空市")
        twin = Organization(kind="municipality", name="架空市 ")
        ward = Organization(kind="municipality", name="架空市中央区", parent=twin)
        session.add_all([city, twin, ward])
        session.flush()
        duplicates.merge_organizations(session, city.id, twin.id)
        assert ward.parent is city  # what the rest of the transaction sees
        ids = (city.id, ward.id)
    with any_demo_db.sessions() as session:
        kept_ward = session.get_one(Organization, ids[1])
        assert kept_ward.parent_id == ids[0]
