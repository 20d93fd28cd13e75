"""卓上名札 (tent cards): a card for each member of a council or each applicant of a session,
two to an A4 sheet cut across its middle, each folded into two faces (see pdf_tent_cards.py):
the organization small, the post and the name large, in one style for everyone."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.sheets.geometry import PageGeometry
from desktop.sheets.model import Block, Card, Grid, Sheet
from desktop.sheets.recipients import Recipient, select_recipients
from desktop.sheets.words import as_of_line, tr

NAME = "name-cards"
# A4 cut into two cards of 210 × 148.5 mm, each folded into faces of 210 × 74.25 mm.
TENT_CARDS = PageGeometry(
    "卓上名札", "A4 2枚 210×148.5mm", 1, 2, 210.0, 148.5, 0.0, 0.0, 210.0, 148.5, slug="a4"
)


def tent_card(recipient: Recipient) -> Card:
    """The face's text: the organization small, then the post and the name; a seat without
    a person shows its post large, a seat of an organization its name."""
    organization, post, name = recipient.on_card()
    return Card(
        (
            Block(tr("所属"), organization, 16, "center", "organization"),
            Block(tr("役職"), post, 24, "center", "post"),
            Block(tr("氏名"), name, 60, "center", "name"),
        )
    )


def build(
    session: Session,
    council: str | None = None,
    *,
    as_of: dt.date | None = None,
    series_name: str | None = None,
    number: int | None = None,
) -> Sheet:
    """A tent card for each member of `council` on `as_of` (default today) or each applicant
    of session `number` of `series_name`."""
    day = as_of or dt.date.today()
    found = select_recipients(
        session, council=council, as_of=day, series_name=series_name, number=number
    )
    return Sheet(
        name=NAME,
        title=tr("{name} 卓上名札").format(name=found.event),
        as_of=as_of_line(day),
        columns=(),
        sections=(),
        layout=Grid(TENT_CARDS, tuple(tent_card(r) for r in found.people), face="tent"),
    )
