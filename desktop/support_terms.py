"""Support terms of selected projects, computed and never typed (seeds 001 and 004).

Selected in fiscal year Y, support runs through Y+2; each approved continuation application
(継続申請) extends it by two fiscal years; without one, support ends when the term expires.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from desktop.japanese.wareki import fiscal_year_of

FIRST_TERM_YEARS = 3
EXTENSION_YEARS = 2


def term_end_fiscal_year(selected_fiscal_year: int, approved_continuations: int) -> int:
    return selected_fiscal_year + FIRST_TERM_YEARS - 1 + EXTENSION_YEARS * approved_continuations


def support_status(
    selected_fiscal_year: int, continuation_results: Iterable[str], as_of: dt.date
) -> str:
    """支援前 / 支援中 / 延長中 / 今年度末で終了予定 / 終了 as of a date."""
    approved = sum(1 for result in continuation_results if result == "approved")
    fy = fiscal_year_of(as_of)
    first_end = term_end_fiscal_year(selected_fiscal_year, 0)
    end = term_end_fiscal_year(selected_fiscal_year, approved)
    if fy < selected_fiscal_year:
        return "支援前"
    if fy > end:
        return "終了"
    if fy == end:
        return "今年度末で終了予定"
    return "延長中" if fy > first_end else "支援中"
