"""The widths of a table's columns, from the strings they hold.

Each column needs the width of its longest line (`natural`) to print without wrapping, and at
least the width of its widest word that must not break (`least`: a name, 「現地支援責任者」).
When every column gets what it needs, the spare width is shared in proportion to the needs.
Otherwise the short columns get what they need, and the columns of long text share the rest in
the proportions the sheet declares (Column.width), none narrower than its `least` (or 85 % of
it: the cell's text is then made a little smaller, see pdf.py) — so no column is wider than its
longest string while another wraps.

A column filled in only a few rows (fewer than SPARSE of them: 技術 known for one project of
twenty) asks for no more than its title and its widest word: its few long cells wrap rather
than take their width from every other row on the page — unless there is room to spare, which
goes first to such columns, up to their widest line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from desktop.sheets.linebreak import words

SMALLEST = 0.85  # a cell's text is made this much smaller, at most, before a word breaks
WORD_EMS = 12  # a word up to this many full-width characters moves to the next line whole
NAME_EMS = 20  # a name up to this long is never broken; the column grows for it
SPARSE = 0.25  # a column with text in fewer than this share of its rows gives way to the others

Measure = Callable[[str], float]


@dataclass(frozen=True)
class ColumnNeeds:
    natural: float  # the widest line, unbroken
    least: float  # the widest word that stays whole
    weight: float  # the sheet's share for it, when the long columns share the rest
    widest: float = 0.0  # its widest line, when more than `natural` (a column of few cells)


def needs(
    texts: Iterable[str],
    measure: Measure,
    em: float,
    *,
    weight: float,
    names: bool = False,
    padding: float = 0.0,
    filled: float = 1.0,
) -> ColumnNeeds:
    """What a column of `texts` (its title first) needs, `padding` included; `filled` is the
    share of its rows that hold text."""
    natural = least = 0.0
    title_width = 0.0
    for number, text in enumerate(dict.fromkeys(texts)):  # each text once: a column repeats
        if number == 0:
            title_width = max(measure(line) for line in text.split("\n"))
        for line in text.split("\n"):
            width = measure(line)
            natural = max(natural, width)
            if names and width <= NAME_EMS * em:
                least = max(least, width)
                continue
            for word in words(line):
                word_width = measure(word.rstrip())
                if word_width <= WORD_EMS * em:
                    least = max(least, word_width)
    least = min(least, natural)
    widest = natural
    if 0 < filled < SPARSE:  # (an empty column, to fill in by hand, is as narrow already)
        natural = max(title_width, least)
        weight *= filled
    return ColumnNeeds(natural + padding, least + padding, weight, widest + padding)


def column_widths(columns: Sequence[ColumnNeeds], available: float) -> list[float]:
    """Each column's width, together `available`."""
    if not columns:
        return []
    total = sum(c.natural for c in columns)
    if total <= available:
        # The room to spare widens the columns of few cells first, up to their widest line.
        wants = [max(c.widest - c.natural, 0.0) for c in columns]
        given = min(available - total, sum(wants))
        widths = [
            c.natural + (want * given / sum(wants) if given else 0.0)
            for c, want in zip(columns, wants, strict=True)
        ]
        rest = available - sum(widths)
        return [w + rest * w / sum(widths) for w in widths]
    least = [c.least for c in columns]
    if sum(least) > available:  # the words stay whole only in smaller text
        least = [w * SMALLEST for w in least]
    if sum(least) > available:  # not even then: every column gives up its share
        least = [w * available / sum(least) for w in least]
    return _share(columns, least, available)


def _share(columns: Sequence[ColumnNeeds], least: list[float], available: float) -> list[float]:
    """Water filling: a column whose need is within its share of the rest gets its need; the
    others share what is left by weight, none below its least."""
    widths: dict[int, float] = {}
    while True:
        free = [i for i in range(len(columns)) if i not in widths]
        rest = available - sum(widths.values())
        if not free:
            return [widths[i] for i in range(len(columns))]
        weights = sum(columns[i].weight for i in free) or len(free)
        share = {i: rest * (columns[i].weight or 1) / weights for i in free}
        settled = {i: columns[i].natural for i in free if columns[i].natural <= share[i]}
        if not settled:
            settled = {i: least[i] for i in free if least[i] > share[i]}
        if not settled:
            widths.update(share)
        widths.update(settled)


# (the width its lines take, padding included; whether a cell wraps) of column i at width w
Laid = Callable[[int, float], tuple[float, bool]]


def tightened(
    widths: list[float], columns: Sequence[ColumnNeeds], laid: Laid, em: float, rounds: int = 4
) -> list[float]:
    """The widths, where a column whose lines leave more than a character `em` of room at their
    end gives that room to the columns that wrap and use their whole width."""
    widths = list(widths)
    gave: set[int] = set()  # a column that gave its room takes none back
    for _round in range(rounds):
        taken = [laid(i, w) for i, w in enumerate(widths)]
        spare = {
            i: w - used
            for i, (w, (used, _)) in enumerate(zip(widths, taken, strict=True))
            if used < w - em
        }
        short = [
            i for i, (_, wraps) in enumerate(taken) if wraps and i not in spare and i not in gave
        ]
        if not spare or not short:
            break
        room = sum(spare.values())
        for i, given in spare.items():
            widths[i] -= given
        gave |= set(spare)
        weights = sum(columns[i].weight or 1 for i in short)
        for i in short:
            widths[i] += room * (columns[i].weight or 1) / weights
    return widths
