"""宛名ラベル: one label for each member of a council or each applicant of a session, addressed
by the business rules (see addressing.py), on a maker's label sheet from any label (a half-used
sheet goes back in the printer), shifted by the printer's measured offset."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from db.errors import UserError
from desktop.sheets.addressing import Address
from desktop.sheets.geometry import LABELS, PageGeometry, check_start, find_geometry, parse_offset
from desktop.sheets.model import Block, Card, Grid, Sheet
from desktop.sheets.recipients import select_recipients
from desktop.sheets.words import as_of_line, tr

NAME = "address-labels"


def label(found: Address) -> Card:
    """The label's text, top to bottom; its fields are named for the JSON and the XLSX."""
    return Card(
        (
            Block(tr("郵便番号"), found.postal_code, 9),
            Block(tr("住所"), found.address, 9),
            Block(tr("所属"), found.organization, 10),
            Block(tr("役職"), found.post, 9.5, role="post"),  # left out first on a small label
            Block(tr("宛名"), found.addressee, 13, role="addressee"),
        )
    )


def label_sheet(layout: str | None, preset: str | None) -> PageGeometry:
    """The label sheet named by --layout or by its older name --preset (default エーワン
    72212); two different sheets are refused."""
    if layout and preset and find_geometry(layout) != find_geometry(preset):
        raise UserError("--layout と --preset に違う用紙が指定されています（どちらか一方に）。")
    return find_geometry(layout or preset or LABELS)


def build(
    session: Session,
    council: str | None = None,
    *,
    as_of: dt.date | None = None,
    series_name: str | None = None,
    number: int | None = None,
    meeting: int | None = None,
    layout: str | None = None,
    preset: str | None = None,
    start: int | None = None,
    offset: str | None = None,
    honorific: str | None = None,
) -> Sheet:
    """A label for each member of `council` on `as_of` (default today), each invitee of its
    meeting `meeting`, or each applicant of session `number` of `series_name`, on the label sheet `layout` (default エーワン 72212)
    from label `start` (default 1), shifted by `offset` (X,Y in mm), a
    person addressed with `honorific` (様 or 殿; default: the office's setting)."""
    geometry = label_sheet(layout, preset)
    check_start(geometry, start or 1)
    shift = parse_offset(offset) if offset else (0.0, 0.0)
    day = as_of or dt.date.today()
    found = select_recipients(
        session, council=council, as_of=day, series_name=series_name, number=number, meeting=meeting
    )
    cards = tuple(label(r.addressed().honoured(honorific)) for r in found.people)
    return Sheet(
        name=NAME,
        title=tr("{name} 宛名ラベル").format(name=found.event),
        as_of=as_of_line(day),
        columns=(),
        sections=(),
        layout=Grid(geometry, cards, start or 1, offset=shift),
    )
