"""卓上名札 (tent cards): a card for each member of a council or each applicant of a session,
two to an A4 sheet cut across its middle, each folded into two faces (see pdf_tent_cards.py):
the organization small, the post and the name large, in one style for everyone."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.sheets.card_lines import card_lines
from desktop.sheets.geometry import PageGeometry
from desktop.sheets.model import Block, Card, Grid, Sheet
from desktop.sheets.recipients import select_recipients
from desktop.sheets.words import as_of_line, tr

NAME = "name-cards"
# A4 cut into two cards of 210 × 148.5 mm, each folded into faces of 210 × 74.25 mm.
TENT_CARDS = PageGeometry(
    "卓上名札", "A4 2枚 210×148.5mm", 1, 2, 210.0, 148.5, 0.0, 0.0, 210.0, 148.5, slug="a4"
)


# The sizes of the set, in pt: the same on every card of a meeting, so that no one's name is
# printed larger than another's; a name too long even at NAME_SMALLEST is made smaller alone.
NAME_SIZE = 60.0
NAME_SMALLEST = 36.0
POST_SIZE = 24.0
ORGANIZATION_SIZE = 16.0
# What a face holds across, in pt: 210 mm less the card's padding, in squares of full-width
# characters (a Japanese name's; Latin letters take less).
FACE_WIDTH = (210 - 2 * 4) / 25.4 * 72


def tent_card(lines: tuple[str, str, str], name_size: float) -> Card:
    """The face's text: the organization small, then the post and the name large."""
    organization, post, name = lines
    return Card(
        (
            Block(tr("所属"), organization, ORGANIZATION_SIZE, "center", "organization"),
            Block(tr("役職"), post, POST_SIZE, "center", "post"),
            Block(tr("氏名"), name, name_size, "center", "name"),
        )
    )


def name_size(names: list[str]) -> float:
    """The names' size: the largest at which the longest name of the set fits on one line."""
    longest = max((len(name.replace(" ", "")) + 0.5 for name in names), default=1.0)
    return max(NAME_SMALLEST, min(NAME_SIZE, FACE_WIDTH / longest))


def build(
    session: Session,
    council: str | None = None,
    *,
    as_of: dt.date | None = None,
    series_name: str | None = None,
    number: int | None = None,
    meeting: int | None = None,
) -> Sheet:
    """A tent card for each member of `council` on `as_of` (default today), each who comes to
    its meeting `meeting` (see Recipients.on_the_day), or each applicant of session `number` of
    `series_name`."""
    day = as_of or dt.date.today()
    found = select_recipients(
        session, council=council, as_of=day, series_name=series_name, number=number, meeting=meeting
    ).on_the_day()  # of a meeting: those who come, a deputy in the member's place
    # A seat without a person shows its post large, a seat of an organization its name.
    shown = [card_lines(r) for r in found.people]
    size = name_size([name for _organization, _post, name in shown])
    return Sheet(
        name=NAME,
        title=tr("{name} 卓上名札").format(name=found.event),
        as_of=as_of_line(day),
        columns=(),
        sections=(),
        layout=Grid(TENT_CARDS, tuple(tent_card(lines, size) for lines in shown), face="tent"),
    )
