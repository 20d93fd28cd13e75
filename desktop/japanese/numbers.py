"""Yen amounts as written in budget documents (1,600億円, 0.8億円, 20,000百万円)."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

_OKU = 10**8
_MAN = 10**4
_UNITS = {"兆": 10**12, "億": _OKU, "千万": 10**7, "百万": 10**6, "万": _MAN, "千": 10**3, "": 1}


def _one_decimal(amount: int, unit: int, suffix: str) -> str:
    tenths = (amount * 10 + unit // 2) // unit  # round half up, in integers
    whole, fraction = divmod(tenths, 10)
    return f"{whole:,}{'.' + str(fraction) if fraction else ''}{suffix}"


def format_yen_oku(amount_yen: int) -> str:
    """160_000_000_000 → 1,600億円; 80_000_000 → 0.8億円; 1_290_000_000 → 12.9億円.

    At most one decimal, without a trailing .0.  Amounts under 0.1億円 would
    all read 0億円, so they are written in 万円 instead (3,000,000 → 300万円).
    """
    sign = "-" if amount_yen < 0 else ""
    amount = abs(amount_yen)
    if 0 < amount < _OKU // 10:
        return sign + _one_decimal(amount, _MAN, "万円")
    return sign + _one_decimal(amount, _OKU, "億円")


_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_TERM = re.compile(rf"({_NUMBER})(兆|億|千万|百万|万|千)?")
_AMOUNT = re.compile(
    rf"(?P<sign>[-△▲]?)(?P<terms>(?:{_NUMBER}(?:兆|億|千万|百万|万|千)?)+)(?P<yen>円?)"
)


def parse_yen(text: str) -> int | None:
    """Amount in yen written in text ("1,600億円", "3億5千万円", "20,000百万円").

    Returns None unless the whole text is one definite amount: hedged text
    such as "数億円程度" or "約3億円" has none.  △/▲ mark a negative amount,
    as in Japanese accounts.
    """
    compact = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    match = _AMOUNT.fullmatch(compact)
    if match is None:
        return None
    terms = _TERM.findall(match["terms"])
    units = [_UNITS[unit] for _, unit in terms]
    # Units must fall strictly (3億5千万), and a bare number needs 円 to be yen.
    if units != sorted(set(units), reverse=True) or (units[-1] == 1 and not match["yen"]):
        return None
    total = sum((Decimal(n.replace(",", "")) * _UNITS[u] for n, u in terms), Decimal(0))
    if total != total.to_integral_value():
        return None  # a fraction of a yen is not an amount
    return -int(total) if match["sign"] else int(total)
