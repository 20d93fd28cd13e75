"""受付簿・出欠一覧 of a council's meeting: its invitees in the roster's order or in 五十音順,
each with the reply, the deputy, the 随行者 and a 受付 column to tick at the door; under the
table, how many come, send a deputy, stay away or have not replied."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy.orm import Session

from db.errors import UserError
from db.models import Invitation
from db.vocab import REPLIES, label
from desktop.japanese.gojuon import name_order_key
from desktop.sheets import council_meeting
from desktop.sheets.addressing import written_out
from desktop.sheets.model import Column, Section, Sheet
from desktop.sheets.recipients import invitee
from desktop.sheets.words import as_of_line, tr

NAME = "attendance"
ORDERS = {"roster": "名簿順", "gojuon": "五十音順"}


def _sorted(invitations: list[Invitation], order: str) -> list[Invitation]:
    if order == "roster":
        return sorted(invitations, key=lambda i: (i.order, i.id))
    return sorted(
        invitations,
        key=lambda i: name_order_key(
            i.person.kana if i.person else None, i.person.name if i.person else i.post or ""
        ),
    )


def _row(number: int, invitation: Invitation) -> tuple[str, ...]:
    who = invitee(invitation)
    organization, post, name = who.on_card()
    if not who.name:  # a seat of a post (or of an organization): no one named yet
        organization, post, name = written_out(who.organization), name if who.post else "", ""
    deputy = ""
    if invitation.reply == "deputy":
        deputy = "　".join(p for p in (who.deputy_post, who.deputy_name) if p)
    companions = "\n".join(
        line.strip() for line in (invitation.companions or "").splitlines() if line.strip()
    )
    ticked = "✓" if invitation.attended else ""
    return (
        str(number),
        written_out(organization),
        post,
        name,
        label(REPLIES, invitation.reply),
        deputy,
        companions,
        ticked,
    )


def totals(invitations: list[Invitation]) -> str:
    """出席 3名・代理出席 1名・欠席 1名・未回答 2名（随行者 2名）."""
    counted = Counter(i.reply for i in invitations)
    parts = [
        f"{label(REPLIES, reply)} {counted.get(reply, 0)}名"
        for reply in ("attend", "deputy", "absent", "none")
    ]
    companions = sum(
        len([line for line in (i.companions or "").splitlines() if line.strip()])
        for i in invitations
        if i.reply in ("attend", "deputy")
    )
    return (
        tr("計 {count}名：").format(count=len(invitations))
        + "・".join(parts)
        + (tr("（随行者 {count}名）").format(count=companions) if companions else "")
    )


def build(
    session: Session,
    council: str,
    *,
    meeting: int | None = None,
    order: str | None = None,
) -> Sheet:
    """The reception list of meeting `meeting` (default: the council's next), in `order`:
    roster (the default) or gojuon (五十音順)."""
    chosen = (order or "roster").strip().casefold()
    if chosen not in ORDERS:
        raise UserError(f"--order「{order}」は使えません（roster: 名簿順、gojuon: 五十音順）。")
    today = dt.date.today()
    found = council_meeting.find_meeting(session, council, meeting, today)
    invitations = list(found.invitations)
    rows = tuple(_row(n, i) for n, i in enumerate(_sorted(invitations, chosen), start=1))
    columns = (
        Column(tr("No."), 0.5, "right"),
        Column(tr("所属"), 2.2),
        Column(tr("役職"), 1.6),
        Column(tr("氏名"), 1.4, names=True),
        Column(tr("回答"), 0.8, "center", keep=True),
        Column(tr("代理出席者"), 1.6),
        Column(tr("随行者"), 1.4),
        Column(tr("受付"), 0.6, "center", keep=True),
    )
    title = council_meeting.title(found)
    return Sheet(
        name=NAME,
        title=tr("{meeting} 受付簿・出欠一覧").format(meeting=title),
        as_of=tr("開催 {when}　／　{order}　／　{as_of}").format(
            when=council_meeting.when(found), order=ORDERS[chosen], as_of=as_of_line(today)
        ),
        columns=columns,
        sections=(Section(None, rows),),
        notes=(totals(invitations),),
        landscape=True,
    )
