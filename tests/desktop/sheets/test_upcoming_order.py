"""今後の予定と期限: a day's items of one kind follow the customary order, local governments by
their code, then the others in 五十音順, as the sheet prints them and the JSON exports them."""

from __future__ import annotations

from db.database import Database
from desktop.sheets import upcoming
from tests.helpers.same_day import AS_OF, IN_ORDER, due_on_one_day, title


def test_same_day_deadlines_in_code_order_then_reading(demo_db: Database) -> None:
    due_on_one_day(demo_db)
    with demo_db.sessions() as session:
        sheet = upcoming.build(session, as_of=AS_OF)
    (section,) = sheet.sections
    assert {row[0] for row in section.rows} == {"令和7年11月30日（日）"}
    assert [row[2] for row in section.rows] == [
        f"{proposers}「{title(proposers)}」（令和7年度末で支援終了）" for proposers in IN_ORDER
    ]
    assert [record["label"] for record in section.records] == [row[2] for row in section.rows]
