"""ラベル位置合わせ: a label sheet's calibration page (see pdf_calibration.py), numbered label by
label, with the offset to try; nothing from the database."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.sheets.address_labels import label_sheet
from desktop.sheets.geometry import parse_offset
from desktop.sheets.model import Block, Card, Grid, Sheet
from desktop.sheets.words import as_of_line, tr

NAME = "label-calibration"


def build(
    session: Session,
    *,
    layout: str | None = None,
    preset: str | None = None,
    offset: str | None = None,
    as_of: dt.date | None = None,
) -> Sheet:
    """Every label of the sheet `layout` (default エーワン 72212) outlined and numbered,
    shifted by `offset` (X,Y in mm), with a 100 mm rule."""
    del session  # the page is the same whatever the database holds
    geometry = label_sheet(layout, preset)
    shift = parse_offset(offset) if offset else (0.0, 0.0)
    cards = tuple(
        Card((Block(tr("ラベル"), str(position)),)) for position in range(1, geometry.per_page + 1)
    )
    return Sheet(
        name=NAME,
        title=tr("{name} 位置合わせ").format(name=geometry.name),
        as_of=as_of_line(as_of or dt.date.today()),
        columns=(),
        sections=(),
        layout=Grid(geometry, cards, offset=shift, face="calibration"),
    )
