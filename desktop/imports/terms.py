"""A 任期 cell read as the first and last day of a term: 令和6年4月1日～令和8年3月31日,
R6.4.1～R8.3.31, 2024/4/1～2026/3/31, an open term (令和6年4月1日～), or the end written without
its era (令和6年4月1日～8年3月31日: the era of the start)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from desktop.catalogue import QT_TR_NOOP
from desktop.imports import normalize

# Wave dashes and から join the two days; a hyphen does not (2024-04-01 is one day).
_JOIN = re.compile(r"\s*(?:[~〜～]|から)\s*")
_ERA = re.compile(r"^(令和|平成|昭和|[RHSrhs])")
_YEARLESS_ERA = re.compile(r"^\d+\s*[年.]")


def term(written: object) -> tuple[dt.date | None, dt.date | None]:
    """The term's first and last day (either None when the cell leaves it open).

    Raises ValueError naming the cell when a day cannot be read or the term ends before it
    starts."""
    if isinstance(written, dt.date):
        return normalize.date(written), None
    text = unicodedata.normalize("NFKC", str(written)).strip()
    parts = _JOIN.split(text, maxsplit=1)
    start_text = parts[0].strip()
    end_text = parts[1].strip() if len(parts) > 1 else ""
    start = normalize.date(start_text) if start_text else None
    end = None
    if end_text:
        era = _ERA.match(start_text)
        if era and _YEARLESS_ERA.match(end_text):
            end_text = era.group(1) + end_text
        end = normalize.date(end_text)
    if start is not None and end is not None and end < start:
        raise normalize.Unreadable(
            QT_TR_NOOP("任期「{written}」は終わりが始まりより前です。"), written=str(written)
        )
    return start, end
