"""郵便番号 and 住所 saved from the organization and member forms: the code written 100-8914 however
it was typed, a code typed before the address taken out of it, a code that is not one refused at
its field; a member's own address on their person."""

from __future__ import annotations

import pytest

from db.database import Database
from db.errors import ValidationError
from desktop.ops import councils as council_ops
from desktop.ops import events, participants
from desktop.ops import registrations as ops


def saved_organization(db: Database, **values: str) -> ops.OrganizationDetail:
    with db.transaction() as session:
        org_id = ops.save_organization(
            session, ops.OrganizationInput(name="株式会社みらい交通", kind="company", **values)
        )
    with db.sessions() as session:
        return ops.get_organization(session, org_id)


@pytest.mark.parametrize(
    ("typed", "address", "stored"),
    [
        (
            "１００－８９１４",
            "東京都千代田区永田町1-6-1",
            ("100-8914", "東京都千代田区永田町1-6-1"),
        ),
        ("〒1008914", "東京都千代田区永田町1-6-1", ("100-8914", "東京都千代田区永田町1-6-1")),
        ("", "〒100-8914 東京都千代田区永田町1-6-1", ("100-8914", "東京都千代田区永田町1-6-1")),
        ("", "", ("", "")),
    ],
)
def test_the_code_is_stored_as_an_envelope_has_it(
    any_database: Database, typed: str, address: str, stored: tuple[str, str]
) -> None:
    detail = saved_organization(any_database, postal_code=typed, address=address)
    assert (detail.postal_code, detail.address) == stored


def test_a_code_that_is_not_one_is_refused_at_its_field(any_database: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        saved_organization(any_database, postal_code="100-891", address="東京都")
    assert refused.value.field == "postal_code"
    assert "7桁" in str(refused.value)


def test_a_members_own_address_is_kept_on_their_person(any_database: Database) -> None:
    with any_database.transaction() as session:
        council_id = council_ops.add_council(session, council_ops.CouncilInput("交通会議"))
        member_id = council_ops.save_member(
            session,
            council_ops.MemberInput(
                council_id,
                "member",
                name="山田 太郎",
                organization="秩父大学",
                postal_code="3680046",
                address="埼玉県秩父市宮側町1-7",
            ),
        )
    with any_database.sessions() as session:
        (member,) = council_ops.list_members(session, council_id)
    assert member.id == member_id
    assert (member.postal_code, member.address) == ("368-0046", "埼玉県秩父市宮側町1-7")
    with pytest.raises(ValidationError) as refused, any_database.transaction() as session:
        council_ops.save_member(
            session,
            council_ops.MemberInput(council_id, "member", post="市長", address="埼玉県秩父市"),
        )
    assert refused.value.field == "name"


def test_an_applicants_own_address_from_the_participant_form(any_demo_db: Database) -> None:
    with any_demo_db.sessions() as session:
        series_id = next(
            s.id
            for s in events.list_series(session)
            if s.name == "令和3年度 未来技術実装ミニシンポジウム"
        )
        first = events.list_sessions(session, series_id)[0].id
    with any_demo_db.transaction() as session:
        participants.add_participant(
            session,
            participants.ParticipantInput(
                first,
                "渡辺 健",
                organization="秩父市",
                email="watanabe@example.jp",
                postal_code="368-8686",
                address="埼玉県秩父市熊木町8-15",
            ),
        )
    with any_demo_db.sessions() as session:
        (row,) = [p for p in participants.list_participants(session, first) if p.name == "渡辺 健"]
    assert (row.postal_code, row.address) == ("368-8686", "埼玉県秩父市熊木町8-15")
    with any_demo_db.transaction() as session:
        participants.edit_participant(
            session,
            participants.ParticipantEdit(
                row.id,
                row.name,
                organization=row.organization,
                email=row.email,
                postal_code="〒100-8914",
                address="東京都千代田区永田町1-6-1",
                version=row.version,
            ),
        )
    with any_demo_db.sessions() as session:
        (row,) = [p for p in participants.list_participants(session, first) if p.name == "渡辺 健"]
    assert (row.postal_code, row.address) == ("100-8914", "東京都千代田区永田町1-6-1")
