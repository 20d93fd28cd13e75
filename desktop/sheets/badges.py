"""名札 (badges): one for each member of a council or each applicant of a session, on
エーワン 51002 business-card sheets (91 × 55 mm, the size of the usual badge holder) or as A6
cards four to an A4 sheet, cut by hand (see pdf_badges.py)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.sheets.card_lines import card_lines
from desktop.sheets.geometry import PRESETS, PageGeometry, check_start, one_of
from desktop.sheets.model import Block, Card, Grid, Sheet
from desktop.sheets.recipients import Recipient, select_recipients
from desktop.sheets.words import as_of_line, tr

NAME = "badges"
# A6 (105 × 148.5 mm), four to an A4 sheet with nothing between them: cut along the outlines.
A6 = PageGeometry("A6", "A4 4枚 105×148.5mm", 2, 2, 105.0, 148.5, 0.0, 0.0, 105.0, 148.5, slug="a6")
BADGE_LAYOUTS = (PRESETS["エーワン 51002"], A6)  # the first is the default


def badge(event: str, recipient: Recipient) -> Card:
    organization, post, name = card_lines(recipient)
    # The post on its own line under the organization: run on after it, it broke inside
    # (「…（架空のサンプル） セン／ター長」).
    return Card(
        (
            Block(tr("行事"), event, 8, "center", "event"),
            Block(tr("区分"), recipient.kind, 9, "center", "kind"),
            Block(tr("所属"), organization, 9, "center", "organization"),
            Block(tr("役職"), post, 9, "center", "post"),
            Block(tr("ふりがな"), recipient.kana if recipient.name else "", 7, "center", "kana"),
            Block(tr("氏名"), name, 22, "center", "name"),
        )
    )


def build(
    session: Session,
    council: str | None = None,
    *,
    as_of: dt.date | None = None,
    series_name: str | None = None,
    number: int | None = None,
    meeting: int | None = None,
    layout: str | None = None,
    start: int | None = None,
) -> Sheet:
    """A badge for each member of `council` on `as_of` (default today), each who comes to its
    meeting `meeting`, or each applicant of session `number` of `series_name`, on `layout` (default a-one-51002) from card `start`."""
    geometry = one_of(BADGE_LAYOUTS, layout, "名札の用紙")
    check_start(geometry, start or 1)
    day = as_of or dt.date.today()
    found = select_recipients(
        session, council=council, as_of=day, series_name=series_name, number=number, meeting=meeting
    ).on_the_day()  # of a meeting: those who come, a deputy in the member's place
    outlined = geometry is A6  # business cards come perforated; A6 cards are cut by hand
    # A6 badges hold larger text: the same layout, scaled with the card.
    scale = 1.6 if geometry is A6 else 1.0
    cards = tuple(
        Card(tuple(Block(b.field, b.text, b.size * scale, b.align, b.role) for b in c.blocks))
        for c in (badge(found.event, r) for r in found.people)
    )
    return Sheet(
        name=NAME,
        title=tr("{name} 名札").format(name=found.event),
        as_of=as_of_line(day),
        columns=(),
        sections=(),
        layout=Grid(geometry, cards, start or 1, outlined=outlined, face="badge"),
    )
