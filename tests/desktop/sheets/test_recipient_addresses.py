"""Who is addressed where: a label goes to a member's own address when they have one, else to
their organization's; the postal code stored apart from the address is printed above it."""

from __future__ import annotations

from sqlalchemy import select

from db.database import Database
from db.models import Organization, Person
from desktop.ops import councils as council_ops
from desktop.sheets import address_labels

COUNCIL = "宛先試験協議会"


def test_a_label_goes_to_the_persons_own_address_else_to_the_organizations(
    database: Database,
) -> None:
    with database.transaction() as session:
        council_id = council_ops.add_council(session, council_ops.CouncilInput(COUNCIL))
        for post, name in (("教授", "山田 太郎"), ("准教授", "佐藤 花子")):
            council_ops.save_member(
                session,
                council_ops.MemberInput(
                    council_id, "member", post=post, name=name, organization="秩父大学"
                ),
            )
        university = session.scalars(select(Organization)).one()
        university.postal_code, university.address = "368-0046", "埼玉県秩父市宮側町1-7"
        yamada = session.scalars(select(Person).where(Person.name == "山田 太郎")).one()
        yamada.postal_code, yamada.address = "100-8914", "東京都千代田区永田町1-6-1"
    with database.sessions() as session:
        sheet = address_labels.build(session, COUNCIL)
    cards = {card["宛名"]: (card["郵便番号"], card["住所"]) for card in map(dict, sheet.records())}
    assert cards == {
        "山田 太郎 様": ("〒100-8914", "東京都千代田区永田町1-6-1"),
        "佐藤 花子 様": ("〒368-0046", "埼玉県秩父市宮側町1-7"),
    }
