"""内数 in a budget cell: the line is a share of a larger total the cell names
(「R2年度第3次補正予算305億円の内数」, 「305億円（内数）」, 「内数：1,000億円」), and that total is
never the measure's own amount. A bracketed note beside the measure's own amount
(「1億円（ほか、R2年度第3次補正予算305億円の内数）」) names a share of another budget."""

from __future__ import annotations

import re
import unicodedata

# 内数 with the particle or brackets around it, whichever way the cell writes it.
_SHARE_WORD = re.compile(r"\s*の?\s*内数\s*:?\s*")
# A note in brackets naming an amount ("（ほか、…305億円の内数）"); the words that say it is
# besides the measure's own amount are not part of what it names.
_NOTE = re.compile(r"\(([^()]*円[^()]*)\)")
_BESIDES = re.compile(r"^\s*(?:この)?(?:ほか|他|外|別途)\s*[、,:]?\s*")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)")


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def share_total(cell: str) -> str | None:
    """The total the cell says its line is a share of, as the cell names it; None when the
    cell is no 内数 (a note in brackets about another amount does not make it one)."""
    own = _NOTE.sub("", _plain(cell))
    if "内数" not in own:
        return None
    total = _EMPTY_BRACKETS.sub("", _SHARE_WORD.sub(" ", own)).strip(" 、,:")
    return " ".join(total.split()) or cell.strip()


def noted_shares(cell: str) -> list[str]:
    """The bracketed notes of the cell that name a 内数 of another budget, without their
    「ほか、」: 1億円（ほか、R2年度第3次補正予算305億円の内数） → R2年度第3次補正予算305億円の内数."""
    return [
        _BESIDES.sub("", note).strip() for note in _NOTE.findall(_plain(cell)) if "内数" in note
    ]
