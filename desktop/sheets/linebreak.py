"""Japanese line breaking (禁則処理) for the printed sheets.

reportlab's own CJK wrapping lets ！？，． start a line and an opening bracket end one, so the
sheets break lines here: greedily by width, then a character that may not start a line is pulled
back onto the line before it (with the character before it, when the line would otherwise be too
wide), and an opening bracket at the end of a line is pushed to the next. A run of Latin letters
and digits (an e-mail address, a URL, 5G) stays whole unless it is wider than the line itself.

A table cell breaks by preference between words: after 「・」, a space, a comma or a closing
bracket, and before an opening bracket. A word up to `whole` wide moves to the next line whole
(「現地支援責任者」, 「株式会社みらいテック」); a longer one (a sentence of a 概要) breaks anywhere. A
cell of names keeps each name whole on its line, family and given name together.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# JIS X 4051 行頭禁則 (closing brackets, punctuation, small kana, prolonged sound mark …).
CANNOT_START = frozenset(
    "、。，．,.・：；:;？！?!）〕］｝〉》」』】)]}’”ゝゞヽヾーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎ々〻‐゠–〜～"
)
# 行末禁則: opening brackets.
CANNOT_END = frozenset("（〔［｛〈《「『【([{‘“")
_UNITS = re.compile(r"[A-Za-z0-9@._%+\-/:~#=&?]+|.", re.DOTALL)
_SPACES = frozenset(" \u3000")
# Where a word ends: after these, and before an opening bracket.
_WORD_END = _SPACES | frozenset("・、。，,）〕］｝〉》」』】)]}")

Measure = Callable[[str], float]


def _units(text: str) -> list[str]:
    """Characters, with Latin words and addresses kept as one unit."""
    return _UNITS.findall(text)


def _class(chars: frozenset[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def _not_in(chars: frozenset[str]) -> str:
    return "[^" + _class(chars)[1:]


# Where `words` cuts: after a word's end or before an opening bracket, unless the next character
# may not start a line or is a space, or the one before is an opening bracket.
_CUT = re.compile(
    f"(?<={_not_in(CANNOT_END)})(?={_not_in(CANNOT_START | _SPACES)})"
    f"(?:(?<={_class(_WORD_END)})|(?={_class(CANNOT_END)}))"
)


def words(text: str) -> list[str]:
    """`text` cut where a line breaks best (see above); joined, the words are the text."""
    return _CUT.split(text)


def wrap(
    text: str, width: float, measure: Measure, *, whole: float = 0.0, names: bool = False
) -> list[str]:
    """The lines of `text` within `width` (as `measure` counts it), by Japanese rules.

    A line break in the text is kept. A unit wider than the whole line is split by character.
    A word up to `whole` wide is kept whole when it fits the line; with `names`, each line of
    the text is a name, kept whole when it fits (else broken at its spaces first).
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += _wrap_paragraph(paragraph, width, measure, whole, names)
    return lines


def broken_word(
    text: str, width: float, measure: Measure, *, whole: float = 0.0, names: bool = False
) -> bool:
    """Whether `wrap` would break a word it keeps whole when it can (one wider than `width`)."""
    for paragraph in text.split("\n"):
        kept = [paragraph] if names else words(paragraph)
        limit = max(whole, width) if names else whole
        if any(width < measure(word.rstrip()) <= limit for word in kept):
            return True
    return False


def _line_units(text: str, width: float, measure: Measure) -> list[str]:
    """Characters and Latin runs; a run wider than the line is split by character."""
    units: list[str] = []
    for unit in _units(text):
        if len(unit) > 1 and measure(unit) > width:
            units += list(unit)  # longer than a line: it has to break somewhere
        else:
            units.append(unit)
    return units


def _wrap_paragraph(
    text: str, width: float, measure: Measure, whole: float, names: bool
) -> list[str]:
    if names and measure(text) <= width:
        units = [text]
    elif whole or names:
        units = []
        for word in words(text):
            fits = measure(word.rstrip()) <= min(width, whole or width)
            units += [word] if len(word) > 1 and fits else _line_units(word, width, measure)
    else:
        units = _line_units(text, width, measure)
    lines: list[list[str]] = [[]]
    used = 0.0
    for unit in units:
        size = measure(unit)
        line = lines[-1]
        stripped = unit.rstrip()
        ink = size if len(stripped) == len(unit) else measure(stripped)
        if line and used + ink > width:  # a space may hang at the end
            carried = _carry(line, unit)
            if carried is None:  # no good place to break: the mark hangs in the margin
                line.append(unit)
                used += size
                continue
            lines.append(carried)
            used = sum(measure(u) for u in carried)
            line = lines[-1]
        line.append(unit)
        used += size
    return ["".join(line) for line in lines] if any(lines) else [""]


def _carry(line: list[str], next_unit: str) -> list[str] | None:
    """What moves from the full `line` to the next one, so that neither rule is broken.

    The next line may not start with `next_unit` if it is a closing mark: the unit before it
    goes along (and the one before that, if it is a closing mark too). This line may not end
    with an opening bracket: it goes down too. At least one unit always stays. None: no break
    keeps the rules (a line of one character and closing marks), and the mark should hang.
    """
    kept = list(line)
    carried: list[str] = []
    if next_unit in CANNOT_START:
        while len(kept) > 1 and (not carried or carried[0] in CANNOT_START):
            carried.insert(0, kept.pop())
        if not carried or carried[0] in CANNOT_START:
            return None
    while len(kept) > 1 and kept[-1] in CANNOT_END:
        carried.insert(0, kept.pop())
    line[:] = kept
    return carried
