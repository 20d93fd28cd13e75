"""座席表 of a council's meeting, on A4 landscape: the chair at the head of the table, the members
by rank (the roster's order) alternating sides from the head, and the 事務局 at the foot.

Which side ranks higher is the office's convention: 左上位 (the custom in Japan: the first
member sits on the chair's left) or 右上位 (international practice), as seen from the chair.
The chair sits at the top of the page facing down the table, so the chair's left is the
page's right; the page says so under its title (see pdf_seating.py)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from db.errors import UserError
from db.models import Invitation
from desktop.sheets import council_meeting
from desktop.sheets.addressing import written_out
from desktop.sheets.card_lines import card_lines
from desktop.sheets.geometry import PageGeometry
from desktop.sheets.model import Block, Card, Grid, Sheet
from desktop.sheets.recipients import Recipient, expected_on_the_day, invitee
from desktop.sheets.words import as_of_line, tr

NAME = "seating"
A4_LANDSCAPE = PageGeometry(
    "A4", "A4 横 1枚", 1, 1, 297.0, 210.0, 0.0, 0.0, 297.0, 210.0, (297.0, 210.0), "a4-landscape"
)
# Who takes the head of the table (db.vocab.MEMBER_ROLES).
CHAIR_ROLES = ("chair", "president", "committee_chair", "convener")
RULES = {"left": "左上位", "right": "右上位"}


def seat(who: Recipient) -> str:
    """A seat's three lines: organization, post, name (a seat of a post alone: the post)."""
    organization, post, name = card_lines(who)
    return "\n".join((written_out(organization), post, name))


def seated(invitations: list[Invitation]) -> tuple[Recipient | None, list[Recipient]]:
    """(the chair, the members by rank) of those expected (Recipients.on_the_day: all but
    those who declined, a deputy in the member's place). No chair: the first takes the head."""
    pairs = [(i.role or "", invitee(i)) for i in invitations]
    coming = [(role, r.in_person()) for role, r in pairs if expected_on_the_day(r.reply)]
    if not coming:
        return None, []
    head = next((n for n, (role, _r) in enumerate(coming) if role in CHAIR_ROLES), 0)
    chair = coming[head][1]
    return chair, [r for n, (_role, r) in enumerate(coming) if n != head]


def build(
    session: Session,
    council: str,
    *,
    meeting: int | None = None,
    seating_rule: str | None = None,
) -> Sheet:
    """The seating plan of meeting `meeting` (default: the council's next); `seating_rule`
    left (左上位, the default) or right (右上位), as seen from the chair."""
    rule = (seating_rule or "left").strip().casefold()
    if rule not in RULES:
        raise UserError(
            f"--seating-rule「{seating_rule}」は使えません"
            "（left: 左上位、right: 右上位。議長から見て）。"
        )
    today = dt.date.today()
    found = council_meeting.find_meeting(session, council, meeting, today)
    chair, members = seated(list(found.invitations))
    higher, lower = ("left", "right") if rule == "left" else ("right", "left")
    blocks = [
        Block(tr("会議名"), council_meeting.title(found), 16, "center", "title"),
        Block(tr("日時"), council_meeting.when(found), 10, role="when"),
        Block(tr("上位"), RULES[rule], 10, role="rule"),
    ]
    if chair is not None:
        blocks.append(Block(tr("議長席"), seat(chair), 12, "center", "chair"))
    for rank, member in enumerate(members):
        side = higher if rank % 2 == 0 else lower
        row = rank // 2 + 1
        field = tr("議長から見て左 {row}") if side == "left" else tr("議長から見て右 {row}")
        blocks.append(Block(field.format(row=row), seat(member), 11, "center", f"chair_{side}"))
    blocks.append(Block(tr("事務局"), council_meeting.sender(found), 11, "center", "foot"))
    return Sheet(
        name=NAME,
        title=tr("{meeting} 座席表").format(meeting=council_meeting.title(found)),
        as_of=as_of_line(today),
        columns=(),
        sections=(),
        layout=Grid(A4_LANDSCAPE, (Card(tuple(blocks)),), face="seating"),
    )
