"""A council's meeting (第n回) and its invitees written with the models directly: the
meeting pack's sheets are tested on them without the window's operations."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from db.database import Database
from db.engine import open_database
from db.models import Council, Invitation, Meeting, Membership, Organization, Person
from desktop.sheets.council_members import find_council, members_on

COUNCIL = "秩父地域 未来技術検討会"
SECRETARIAT = "秩父市 未来技術推進課"
# (role, name, reading, organization, post), in the roster's order.
MEMBERS = (
    ("convener", "山田 太郎", "やまだ たろう", "国立大学法人秩父大学", "教授"),
    ("deputy_convener", "佐藤 花子", "さとう はなこ", "(株)みらいテック", "代表取締役"),
    ("member", "鈴木 一郎", "すずき いちろう", "秩父市", "市長"),
    ("member", "伊藤 健", "いとう けん", "埼玉県", "企画財政部長"),
    ("member", "渡辺 美咲", "わたなべ みさき", "一般社団法人秩父観光協会", "事務局長"),
    ("member", "後藤 誠", "ごとう まこと", "秩父商工会議所", "会頭"),
)
ADDRESS = "〒368-8686 埼玉県秩父市熊木町8-15"
DAY = dt.date(2026, 12, 18)  # a Friday
AGENDA = "開会\n令和8年度の取組状況について\n今後の進め方について\n閉会"


@dataclass(frozen=True)
class Reply:
    reply: str  # db.vocab.REPLIES
    deputy_name: str = ""
    deputy_post: str = ""
    companions: str = ""


def people_council(db: Database) -> str:
    """A council of six named people (a 座長 first), each of an organization with an address;
    its name."""
    with db.transaction() as session:
        council = Council(name=COUNCIL, kind="other", secretariat=SECRETARIAT)
        for order, (role, name, kana, organization, post) in enumerate(MEMBERS):
            place = Organization(kind="other", name=organization, address=ADDRESS)
            person = Person(name=name, kana=kana, organization=place, post=post)
            council.memberships.append(
                Membership(person=person, organization=place, role=role, post=post, order=order)
            )
        session.add(council)
    return COUNCIL


def people_council_in(path: Path, *, meeting: bool = False) -> str:
    """people_council (with its 第2回 when `meeting`) written into the database file at `path`,
    e.g. the one a window has open (it shows them after 最新の情報に更新); the council's name."""
    db = open_database(str(path))
    try:
        council = people_council(db)
        if meeting:
            add_meeting(db, council=council)
        return council
    finally:
        db.close()


def add_meeting(
    db: Database,
    *,
    council: str = COUNCIL,
    number: int = 2,
    day: dt.date | None = DAY,
    venue: str | None = "中央合同庁舎8号館 8階特別大会議室",
    url: str | None = None,
    agenda: str = AGENDA,
    reply_by: dt.date | None = dt.date(2026, 12, 4),
    replies: dict[int, Reply] | None = None,
) -> list[str]:
    """第`number`回 of the council on `day` 14:00–16:00, its members on that day invited in the
    roster's order; `replies` by invitee (0-based). The invitees' names (or posts), in order."""
    with db.transaction() as session:
        found = find_council(session, council)
        meeting = Meeting(
            council=found,
            number=number,
            date=day,
            start_time=dt.time(14, 0),
            end_time=dt.time(16, 0),
            format="venue" if venue else "web",
            venue=venue,
            url=url,
            agenda=agenda,
            reply_by=reply_by,
        )
        session.add(meeting)
        names = []
        for order, member in enumerate(members_on(session, found, day or dt.date.today())):
            given = (replies or {}).get(order, Reply("none"))
            person = member.person
            meeting.invitations.append(
                Invitation(
                    membership=member,
                    person=person,
                    organization=member.organization or (person.organization if person else None),
                    post=member.post or (person.post if person else None),
                    role=member.role,
                    order=order,
                    reply=given.reply,
                    deputy_name=given.deputy_name or None,
                    deputy_post=given.deputy_post or None,
                    companions=given.companions or None,
                )
            )
            names.append(person.name if person else member.post or "")
    return names
