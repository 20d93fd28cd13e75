"""封筒（長形3号）: an envelope for each member of a council or each applicant of a session,
printed directly in vertical writing (see pdf_envelopes.py), addressed by the business rules."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.sheets.addressing import Address
from desktop.sheets.geometry import PageGeometry, one_of, parse_offset
from desktop.sheets.model import Block, Card, Grid, Sheet
from desktop.sheets.recipients import select_recipients
from desktop.sheets.words import as_of_line, tr

NAME = "envelopes"
# 長形3号: 120 × 235 mm, one to a page, fed short edge first.
NAGA3 = PageGeometry(
    "長形3号", "120×235mm", 1, 1, 120.0, 235.0, 0.0, 0.0, 120.0, 235.0, (120.0, 235.0), "naga3"
)
ENVELOPES = (NAGA3,)  # the first is the default


def envelope(found: Address) -> Card:
    """The envelope's text; its fields are named for the JSON and the XLSX."""
    return Card(
        (
            Block(tr("郵便番号"), found.postal_code, role="postal_code"),
            Block(tr("住所"), found.address, role="address"),
            Block(tr("所属"), found.organization, role="organization"),
            Block(tr("役職"), found.post, role="post"),
            Block(tr("宛名"), found.addressee, role="addressee"),
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
    offset: str | None = None,
    honorific: str | None = None,
) -> Sheet:
    """An envelope (`layout`, default naga3) for each member of `council` on `as_of` (default
    today), each invitee of its meeting `meeting`, or each applicant of session `number` of
    `series_name`, a person addressed with `honorific` (様 or 殿; default: the office's
    setting)."""
    geometry = one_of(ENVELOPES, layout, "封筒")
    shift = parse_offset(offset) if offset else (0.0, 0.0)
    day = as_of or dt.date.today()
    found = select_recipients(
        session, council=council, as_of=day, series_name=series_name, number=number, meeting=meeting
    )
    return Sheet(
        name=NAME,
        title=tr("{name} 封筒").format(name=found.event),
        as_of=as_of_line(day),
        columns=(),
        sections=(),
        layout=Grid(
            geometry,
            tuple(envelope(r.addressed().honoured(honorific)) for r in found.people),
            offset=shift,
            face="envelope",
        ),
    )
