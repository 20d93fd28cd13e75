"""The 名簿 as a 係長 hands it out: groups as sections, 敬称略, the council's own note, and a
plain line for a day before the council existed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from db.database import Database
from db.engine import open_database
from db.models import Council, Membership, Organization, Person
from desktop.sheets import council_members
from desktop.sheets.model import Sheet
from tests.helpers.cli_support import secdesk
from tests.helpers.sheet_support import LIAISON, needs_poppler, pdf_text

CHICHIBU = "秩父市 未来技術社会実装協議会"
FY2021 = dt.date(2021, 10, 1)


def roster_of(database: Database, council: Council, as_of: dt.date | None = None) -> Sheet:
    """The council stored, and its 名簿 as built for that day (default today)."""
    name = council.name
    with database.transaction() as session:
        session.add(council)
    with database.sessions() as session:
        return council_members.build(session, name, as_of=as_of)


def printed_roster(demo_path: Path, tmp_path: Path, council: str, as_of: str) -> str:
    """`secdesk print council-members` for the council on that day; the PDF's text."""
    out = tmp_path / "名簿.pdf"
    result = secdesk(
        "--db", demo_path, "print", "council-members", "--council", council,
        "--as-of", as_of, "-o", out,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return pdf_text(out)


def test_a_council_of_groups_prints_a_section_per_group_in_the_customary_order(
    demo_db: Database,
) -> None:
    with demo_db.sessions() as session:
        sheet = council_members.build(session, CHICHIBU, as_of=FY2021)
    headings = [s.heading for s in sheet.sections]
    assert headings == ["地方公共団体等", "民間事業者", "大学等", "関係府省庁", "現地支援責任者"]
    first, *_ = sheet.sections
    organization = [c.title for c in sheet.columns].index("所属")
    assert [row[organization] for row in first.rows][:2] == ["秩父市", "埼玉県"]  # as listed
    assert sum(len(s.rows) for s in sheet.sections) == 20


def test_groups_follow_the_customary_order_whatever_order_they_were_entered_in(
    database: Database,
) -> None:
    council = Council(name="地域協議会", kind="regional")
    entered = [
        ("国", "内閣府"),
        ("大学等", "○○大学"),
        ("民間事業者", "△△株式会社"),
        ("地方公共団体等", "□□市"),
        (None, "会長"),
    ]
    for order, (group, name) in enumerate(entered, start=1):
        council.memberships.append(
            Membership(group_name=group, post=name, order=order, role="member")
        )
    sheet = roster_of(database, council)
    assert [s.heading for s in sheet.sections] == [
        None,
        "地方公共団体等",
        "民間事業者",
        "大学等",
        "国",
    ]


@needs_poppler
def test_the_printed_roster_reads_group_by_group(demo_path: Path, tmp_path: Path) -> None:
    text = printed_roster(demo_path, tmp_path, CHICHIBU, "2021-10-01")
    assert (
        text.index("地方公共団体等")
        < text.index("秩父市\n")
        < text.index("民間事業者")
        < text.index("(株)センリック")
        < text.index("大学等")
        < text.index("早稲田大学")
        < text.index("関係府省庁")
        < text.index("農林水産省")
    )


@needs_poppler
def test_the_council_note_is_printed_under_its_roster(demo_path: Path, tmp_path: Path) -> None:
    text = printed_roster(demo_path, tmp_path, LIAISON, "2021-10-01")
    assert text.index("環境省") < text.index("※必要に応じて構成員追加")
    assert "敬称略" not in text  # a list of posts, not of people by name


def test_a_list_of_people_by_name_says_titles_are_omitted(database: Database) -> None:
    council = Council(name="有識者会議", kind="other")
    council.memberships.append(Membership(person=Person(name="山本 健一"), order=1))
    sheet = roster_of(database, council, as_of=dt.date(2026, 4, 1))
    assert sheet.as_of == "令和8年4月1日現在（敬称略・順不同）"


@needs_poppler
def test_a_day_before_the_council_existed_is_said_in_one_line(
    demo_path: Path, tmp_path: Path
) -> None:
    text = printed_roster(demo_path, tmp_path, LIAISON, "2017-10-01")
    assert "平成29年10月1日には、この会議はまだ設置されていません（平成30年2月15日設置）。" in text
    assert "役職" not in text and "内閣府" not in text  # no empty table, no members


@needs_poppler
def test_the_secretariat_is_printed_when_known(demo_path: Path, tmp_path: Path) -> None:
    database = open_database(str(demo_path))
    try:
        with database.transaction() as session:
            council = session.scalars(select(Council).where(Council.name == LIAISON)).one()
            council.secretariat = "内閣府地方創生推進事務局"
    finally:
        database.close()
    text = printed_roster(demo_path, tmp_path, LIAISON, "2021-10-01")
    assert text.index("※必要に応じて構成員追加") < text.index("事務局：内閣府地方創生推進事務局")


def test_each_seat_prints_its_person_and_the_organization_it_sits_for(
    any_database: Database,
) -> None:
    """A seat held for an organization prints that organization, else the person's own; a seat
    of an organization with nobody named yet prints no name; a term not begun or ended is not
    listed (on both database engines)."""
    city = Organization(kind="municipality", name="秩父市")
    company = Organization(kind="company", name="株式会社みらいテック")
    council = Council(name="地域協議会", kind="regional")
    council.memberships = [
        Membership(
            role="chair",
            order=2,
            post="市長",
            person=Person(name="北村 太郎", email="k@example.jp", phone="0494-00-0000"),
            organization=city,
        ),
        Membership(
            role="member",
            order=1,
            post="代表取締役",
            person=Person(name="南 花子", organization=company),
        ),
        Membership(role="member", order=3, organization=city, note="後日選任"),
        Membership(
            role="member",
            order=4,
            person=Person(name="東 次郎"),
            term_end=dt.date(2024, 3, 31),
        ),
    ]
    with any_database.transaction() as session:
        session.add(council)
    with any_database.sessions() as session:
        sheet = council_members.build(
            session, "地域協議会", as_of=dt.date(2024, 4, 1), contacts=True
        )
    (section,) = sheet.sections
    columns = [c.title for c in sheet.columns]
    assert columns == ["役割", "役職", "氏名", "所属", "メールアドレス", "電話番号", "備考"]
    assert [row[1:] for row in section.rows] == [
        ("市長", "北村 太郎", "秩父市", "k@example.jp", "0494-00-0000", ""),
        ("代表取締役", "南 花子", "株式会社みらいテック", "", "", ""),
        ("", "", "秩父市", "", "", "後日選任"),
    ]
