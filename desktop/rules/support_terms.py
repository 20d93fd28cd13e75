"""Support terms of selected projects, computed and never typed.

Selected in fiscal year Y, support runs through Y+2; an approved continuation application
(継続申請) extends it by two fiscal years (once: 最長5年度); without one, support ends when the
term expires. Everything is as known on a date: an application submitted or decided after it
does not count yet, so a past date shows the status the secretariat saw then.

Two things the records may not say: whether a continuation was applied for at all (result
"unknown": past the first term the project shows 継続の記録なし, never 終了, since the sources
do not say it ended), and when a decided application was submitted (it was made before its
decision, so from the start of the term's last fiscal year it counts as under review and is never
reported as missing).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.catalogue import QT_TR_NOOP
from desktop.japanese.wareki import fiscal_year_of

FIRST_TERM_YEARS = 3
EXTENSION_YEARS = 2
MAX_EXTENSIONS = 1  # 3 + 2: at most five fiscal years
# When a continuation application is due, unless the settings say otherwise: 11月30日 of the
# term's last fiscal year (decisions came in December: the FY2019 projects on 2021-12-17).
DEFAULT_DEADLINE = (11, 30)

# The statuses are words marked for translation: the sheets print them in Japanese, the window
# in its language.
NOT_STARTED = QT_TR_NOOP("支援前")
SUPPORTED = QT_TR_NOOP("支援中")
EXTENDED = QT_TR_NOOP("延長中")
ENDING = QT_TR_NOOP("今年度末で終了予定")
ENDED = QT_TR_NOOP("終了")
UNRECORDED = QT_TR_NOOP("継続の記録なし")
# The state of an application on a day, marked likewise.
PENDING = QT_TR_NOOP("審査中")
APPROVED = QT_TR_NOOP("承認")
REJECTED = QT_TR_NOOP("不承認")
UNKNOWN = QT_TR_NOOP("記録なし")


@dataclass(frozen=True)
class Application:
    """A 継続申請 as recorded: result pending / approved / rejected, and its dates."""

    result: str
    submitted_on: dt.date | None = None
    decided_on: dt.date | None = None

    def known_on(self, day: dt.date) -> bool:
        """Recorded by then (an application without dates counts from the start)."""
        first = self.submitted_on or self.decided_on
        return first is None or first <= day

    def implied_on(self, day: dt.date, term_last_fiscal_year: int) -> bool:
        """A decision with no submission date implies the application came before it: it counts
        from the first day of the term's last fiscal year, when applications are made."""
        if self.known_on(day):
            return True
        return (
            self.submitted_on is None
            and self.decided_on is not None
            and fiscal_year_of(day) >= term_last_fiscal_year
        )

    def approved_on(self, day: dt.date) -> bool:
        return self.result == "approved" and (self.decided_on is None or self.decided_on <= day)

    def state_on(self, day: dt.date) -> str:
        """審査中 / 承認 / 不承認 as on that day (a later decision is not known yet)."""
        if self.result == "unknown":
            return UNKNOWN
        if self.result == "pending" or (self.decided_on is not None and self.decided_on > day):
            return PENDING
        return APPROVED if self.result == "approved" else REJECTED


@dataclass(frozen=True)
class SupportTerm:
    selected_fiscal_year: int
    term_end_fiscal_year: int  # with the extensions approved by the date
    status: str  # 支援前 / 支援中 / 延長中 / 今年度末で終了予定 / 終了 / 継続の記録なし
    continuation: (
        str  # the latest application on the date: "" (none), 審査中, 承認, 不承認, 記録なし
    )
    continuation_due: bool  # ends this fiscal year, may still be extended, nothing applied for


def term_end_fiscal_year(selected_fiscal_year: int, approved_continuations: int) -> int:
    extensions = min(approved_continuations, MAX_EXTENSIONS)
    return selected_fiscal_year + FIRST_TERM_YEARS - 1 + EXTENSION_YEARS * extensions


def support_term(
    selected_fiscal_year: int, applications: Iterable[Application], as_of: dt.date
) -> SupportTerm:
    first_end = term_end_fiscal_year(selected_fiscal_year, 0)
    known = [a for a in applications if a.implied_on(as_of, first_end)]
    approved = sum(1 for a in known if a.approved_on(as_of))
    unrecorded = any(a.result == "unknown" for a in known)
    fy = fiscal_year_of(as_of)
    end = term_end_fiscal_year(selected_fiscal_year, approved)
    if fy < selected_fiscal_year:
        status = NOT_STARTED
    elif fy > end:
        status = UNRECORDED if unrecorded else ENDED
    elif fy == end:
        # Whether it ends is not recorded either: this year it is supported, no more is known.
        status = SUPPORTED if unrecorded else ENDING
    else:
        status = EXTENDED if fy > first_end else SUPPORTED
    due = status == ENDING and approved < MAX_EXTENSIONS and not known
    latest = known[-1].state_on(as_of) if known else ""
    return SupportTerm(selected_fiscal_year, end, status, latest, due)


def continuation_deadline(
    term_end_fiscal_year: int, month_day: tuple[int, int] = DEFAULT_DEADLINE
) -> dt.date:
    """The day a continuation application is due in the term's last fiscal year (April-March)."""
    month, day = month_day
    year = term_end_fiscal_year if month >= 4 else term_end_fiscal_year + 1
    return dt.date(year, month, day)
