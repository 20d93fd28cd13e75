"""出欠回答票: a page for each invitee of a council's meeting, to fill in and send back to the
事務局 — the meeting, the invitee's name, □出席 □欠席 □代理出席 with the deputy's name and post,
lines for 随行者, the reply deadline and where to send it (see pdf_reply_form.py)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.sheets import council_meeting
from desktop.sheets.addressing import written_out
from desktop.sheets.geometry import PageGeometry
from desktop.sheets.model import Block, Card, Grid, Sheet
from desktop.sheets.recipients import Recipient, invitees
from desktop.sheets.words import as_of_line, tr

NAME = "reply-form"
# One form to an A4 page, drawn over the whole page.
A4_PAGE = PageGeometry("A4", "A4 1枚", 1, 1, 210.0, 297.0, 0.0, 0.0, 210.0, 297.0, slug="a4")


def form(meeting_title: str, when: str, place: str, deadline: str, to: str, who: Recipient) -> Card:
    """One invitee's form; what the drawing looks for by role. FAX and mail stay empty lines
    to fill in while the council records neither."""
    return Card(
        (
            Block(tr("宛先"), to, 12, role="to"),
            Block("FAX", "", 10, role="fax"),
            Block(tr("メール"), "", 10, role="mail"),
            Block(tr("会議名"), meeting_title, 13, "center", "meeting"),
            Block(tr("日時"), when, 10.5, role="when"),
            Block(tr("会場"), place, 10.5, role="place"),
            Block(tr("回答期限"), deadline, 11, role="deadline"),
            Block(tr("所属"), written_out(who.organization), 11, role="organization"),
            Block(tr("役職"), who.post, 11, role="post"),
            Block(tr("氏名"), who.name, 13, role="name"),
        )
    )


def build(
    session: Session,
    council: str,
    *,
    meeting: int | None = None,
) -> Sheet:
    """A reply form for each invitee of meeting `meeting` (default: the council's next)."""
    today = dt.date.today()
    found = council_meeting.find_meeting(session, council, meeting, today)
    title = council_meeting.title(found)
    label, place = council_meeting.place(found)
    cards = tuple(
        form(
            title,
            council_meeting.when(found),
            place if label != "形式" else "",
            council_meeting.reply_by(found),
            council_meeting.sender(found),
            who,
        )
        for who in invitees(session, council, found.number).people
    )
    return Sheet(
        name=NAME,
        title=tr("{meeting} 出欠回答票").format(meeting=title),
        as_of=as_of_line(today),
        columns=(),
        sections=(),
        layout=Grid(A4_PAGE, cards, face="reply_form"),
    )
