"""A section of a printed sheet as one piece of the page: its heading, its table and the notes
that belong to it, laid out as a reader expects them.

A table that goes on over the next page starts there again with the section's heading marked
（続き） and the column headings; the notes (a legend, ※…) stay together under the table's last
rows — rather than alone at the top of a page, or under the next table. A table that goes on
takes at least KEEP_ROWS of its rows with it: its last row never stands alone at the top of a page.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Table
from reportlab.platypus.doctemplate import NullActionFlowable

KEEP_ROWS = 2  # rows of a table that go on together to the next page, at least


def _body_rows(table: Flowable) -> int:
    """The rows of a table's part other than its repeated column headings."""
    assert isinstance(table, Table)
    return len(table._cellvalues) - int(table.repeatRows)  # type: ignore[attr-defined]


def _split_keeping_rows(table: Flowable, width: float, height: float) -> list[Flowable]:
    """The table split to fit `height`, with at least KEEP_ROWS rows in the part that goes on
    (fewer on this page); [] when this page would then keep none of its rows."""
    parts: list[Flowable] = table.split(width, height)
    while len(parts) == 2 and _body_rows(parts[1]) < KEEP_ROWS:
        here = parts[0]
        if _body_rows(here) <= 1:
            return []  # too few rows to share: the table goes on the next page whole
        # Where the row before the last one on this page ends (a hair more, for rounding).
        height = sum(here._rowHeights[:-1]) + 0.01  # type: ignore[attr-defined]
        parts = table.split(width, height)
    return parts


def _gap(before: Flowable, after: Flowable) -> float:
    """The space between two flowables, as a frame leaves it."""
    return float(max(before.getSpaceAfter(), after.getSpaceBefore()))


class SectionBlock(Flowable):
    """A section's heading, table and notes, drawn one under the other; split over pages as
    the module says."""

    def __init__(
        self,
        heading: Sequence[Flowable],
        table: Flowable,
        notes: Sequence[Flowable],
        continued: Sequence[Flowable],
    ) -> None:
        super().__init__()
        self.heading = list(heading)  # the heading and the space under it; [] for none
        self.table = table  # a Table, its column headings repeated on every page
        self.notes = list(notes)
        self.continued = list(continued)  # the heading on the next page: 見出し（続き）
        self._laid: list[tuple[Flowable, float]] = []

    @property
    def contents(self) -> list[Flowable]:
        return [*self.heading, self.table, *self.notes]

    @property
    def toc_entry(self) -> str | None:
        """The booklet's contents entry of the section's heading (None: a continuation)."""
        return next((getattr(f, "toc_entry", None) for f in self.heading), None)

    def getSpaceBefore(self) -> float:  # reportlab's names
        return float(self.contents[0].getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.contents[-1].getSpaceAfter())

    def _stack(self, flowables: list[Flowable], width: float, height: float) -> float:
        """The height of `flowables` one under the other (remembered for drawing)."""
        total = 0.0
        self._laid = []
        for number, flowable in enumerate(flowables):
            if number:
                total += _gap(flowables[number - 1], flowable)
            _w, flowable_height = flowable.wrap(width, height)
            self._laid.append((flowable, flowable_height))
            total += flowable_height
        return total

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self._stack(self.contents, availWidth, availHeight)
        return availWidth, self.height

    def draw(self) -> None:
        top = self.height
        for number, (flowable, height) in enumerate(self._laid):
            if number:
                top -= _gap(self._laid[number - 1][0], flowable)
            top -= height
            flowable.drawOn(self.canv, 0, top)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        heading = self._stack(self.heading, availWidth, availHeight)
        if self.heading:
            heading += _gap(self.heading[-1], self.table)
        room = availHeight - heading
        _w, table_height = self.table.wrap(availWidth, room)
        # The rows that fit; when the whole table would, all but the last KEEP_ROWS, which go
        # on with the notes that do not fit under it.
        parts = (
            _split_keeping_rows(self.table, availWidth, min(room, table_height - 0.5))
            if room > 0
            else []
        )
        if len(parts) == 2:
            here, rest = parts
            return [
                SectionBlock(self.heading, here, [], self.continued),
                SectionBlock(self.continued, rest, self.notes, self.continued),
            ]
        frame = getattr(self, "_frame", None)
        if frame is not None and not getattr(frame, "_atTop", False):
            return []  # the next page has room for it
        # Too large for a page even so (a heading of a page's length): the pieces on their own.
        return [NullActionFlowable(), *self.contents]
