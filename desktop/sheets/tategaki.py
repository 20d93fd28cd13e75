"""Text for vertical writing (縦書き): an address's numbers as kanji numerals, digit by digit
as envelopes write them (3階 → 三階, 1-12 → 一ー一二, 12F → 一二階), the dashes between them as
a long mark drawn upright; the characters that turn with the column and those set to its upper
right.
"""

from __future__ import annotations

import re
import unicodedata

_KANJI_DIGITS = str.maketrans("0123456789", "〇一二三四五六七八九")
# The dashes people type between numbers of an address: a long mark, which turns with the
# column into a vertical bar.
_DASHES = str.maketrans({c: "ー" for c in "-‐‑–—−－―"})
# A floor as written across a page (12F, B1F): a column writes it 一二階, 地下一階 — upright
# Latin letters there would be retouched by hand.
_BASEMENT = re.compile(r"(?<![A-Za-z])B(\d+)F(?![A-Za-z])")
_FLOOR = re.compile(r"(?<=\d)F(?![A-Za-z])")
# Drawn turned a quarter: in a column they run along it (a long mark, brackets, a wave dash).
TURNED = frozenset("ー（）()「」『』【】〔〕［］〈〉《》～〜…‥：=＝")
# Drawn to the upper right of their square, as printed in vertical text.
UPPER_RIGHT = frozenset("、。，．ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ")


def address_line(text: str) -> str:
    """An address as written down an envelope: digits and letters full width (so that each
    stands upright in its square), digits as kanji numerals, dashes as long marks, a floor
    written 12F as 一二階; 丁目, 番地 and 号 stay as written."""
    narrow = unicodedata.normalize("NFKC", text)
    narrow = _FLOOR.sub("階", _BASEMENT.sub(r"地下\1階", narrow))
    return upright(narrow.translate(_KANJI_DIGITS).translate(_DASHES))


def upright(text: str) -> str:
    """Latin letters and digits full width, each upright in its square (ＮＰＯ, ２号館)."""
    return "".join(
        chr(ord(c) + 0xFEE0) if "!" <= c <= "~" and c not in "-()" else c
        for c in unicodedata.normalize("NFKC", text)
    ).translate(_DASHES)


def columns(text: str, length: int) -> list[str]:
    """`text` in columns of at most `length` characters; a column never starts with a
    closing mark (it stays at the end of the column before)."""
    if length < 1:
        return [text]
    found: list[str] = []
    rest = text
    while rest:
        cut = min(length, len(rest))
        while cut < len(rest) and cut > 1 and rest[cut] in "、。）」』】ー":
            cut -= 1
        found.append(rest[:cut])
        rest = rest[cut:].lstrip()
    return found
