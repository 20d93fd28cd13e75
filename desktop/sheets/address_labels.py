"""宛名ラベル: one label for each member of a council, addressed by the business rules (see
addressing.py), on a maker's label sheet from any label (a half-used sheet goes back in the
printer)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from db.models import Membership
from desktop.sheets.addressing import Address, address
from desktop.sheets.council_members import find_council, members_on
from desktop.sheets.geometry import LABELS, check_start, find_geometry
from desktop.sheets.model import Block, Card, Grid, Sheet
from desktop.sheets.words import as_of_line, tr

NAME = "address-labels"


def addressed(member: Membership) -> Address:
    """The member's address: the person by name, else the holder of the post, else the
    organization; the organization's stored address."""
    person = member.person
    organization = member.organization or (person.organization if person else None)
    return address(
        organization=organization.name if organization else None,
        post=member.post or (person.post if person else None),
        name=person.name if person else None,
        stored=organization.address if organization else None,
    )


def label(found: Address) -> Card:
    """The label's text, top to bottom; its fields are named for the JSON and the XLSX."""
    return Card(
        (
            Block(tr("郵便番号"), found.postal_code, 9),
            Block(tr("住所"), found.address, 9),
            Block(tr("所属"), found.organization, 10),
            Block(tr("役職"), found.post, 9.5),
            Block(tr("宛名"), found.addressee, 13),
        )
    )


def build(
    session: Session,
    council: str,
    *,
    as_of: dt.date | None = None,
    preset: str | None = None,
    start: int | None = None,
) -> Sheet:
    """A label for each member of `council` on `as_of` (default today), on the label sheet
    `preset` (default エーワン 72212) from label `start` (default 1)."""
    geometry = find_geometry(preset or LABELS)
    check_start(geometry, start or 1)
    day = as_of or dt.date.today()
    found = find_council(session, council)
    cards = tuple(label(addressed(m)) for m in members_on(session, found, day))
    return Sheet(
        name=NAME,
        title=tr("{name} 宛名ラベル").format(name=found.name),
        as_of=as_of_line(day),
        columns=(),
        sections=(),
        layout=Grid(geometry, cards, start or 1),
    )
