"""Scheduling checks for event sessions: what to warn about before a session is saved.

- two sessions of one series at overlapping times (or on one day, when a time is not set);
- two sessions in the same venue at overlapping times, whatever their series;
- a date on a Saturday, a Sunday, a public holiday (from jpholiday, which follows the law on
  national holidays, substitute holidays included) or the government's year-end closure
  (12月29日～1月3日, 行政機関の休日に関する法律);
- a date outside the series' fiscal year.

They are warnings, not errors: a Saturday symposium can be intended. Plain data in and out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import jpholiday

from desktop.catalogue import QT_TR_NOOP, Spelled, Text
from desktop.japanese.text import normalize_for_compare
from desktop.japanese.wareki import fiscal_year_of, format_fiscal_year, format_time_range

ASSUMED_LENGTH = dt.timedelta(hours=1)  # a session without an end time is taken to last an hour
_WEEKEND = {5: QT_TR_NOOP("土曜日"), 6: QT_TR_NOOP("日曜日")}


@dataclass(frozen=True)
class Slot:
    """A session as the checks see it."""

    series: str
    number: int
    date: dt.date | None
    start: dt.time | None = None
    end: dt.time | None = None
    venue: str | None = None  # None: on the web, or not decided

    def label(self) -> str:
        return str(self.named())

    def named(self) -> Text:
        return Text(QT_TR_NOOP("{series} 第{number}回"), series=self.series, number=self.number)

    def when(self) -> tuple[dt.datetime, dt.datetime] | None:
        if self.date is None or self.start is None:
            return None
        start = dt.datetime.combine(self.date, self.start)
        end = dt.datetime.combine(self.date, self.end) if self.end else start + ASSUMED_LENGTH
        return start, end


@dataclass(frozen=True)
class ScheduleWarning:
    kind: str  # overlap, venue, weekend, holiday, fiscal_year
    said: Text  # the warning, in whichever language it is shown
    about: Slot  # the session checked
    other: Slot | None = None  # the session it clashes with

    @property
    def message(self) -> str:
        return str(self.said)


def day_off(day: dt.date) -> tuple[str, str] | None:
    """(kind, name) when government offices are closed that day: weekend, holiday, 年末年始."""
    off = _day_off(day)
    return None if off is None else (off[0], str(off[1]))


def _day_off(day: dt.date) -> tuple[str, Text] | None:
    holiday = jpholiday.is_holiday_name(day)
    if holiday:  # the holiday's own name, as the law gives it
        return "holiday", Text(QT_TR_NOOP("祝日（{holiday}）"), holiday=holiday)
    if (day.month, day.day) >= (12, 29) or (day.month, day.day) <= (1, 3):
        return "holiday", Text(QT_TR_NOOP("年末年始の休日"))
    if day.weekday() >= 5:
        return "weekend", Text(_WEEKEND[day.weekday()])
    return None


def _overlap(a: Slot, b: Slot) -> bool | None:
    """True / False when both times are known; None when a time is missing (same day)."""
    if a.date is None or a.date != b.date:
        return False
    first, second = a.when(), b.when()
    if first is None or second is None:
        return None
    return first[0] < second[1] and second[0] < first[1]


def overlapping(a: Slot, b: Slot) -> bool:
    """The two sessions are known to take place at the same time."""
    return _overlap(a, b) is True


def _time_of(slot: Slot) -> str | Text:
    return format_time_range(slot.start, slot.end) if slot.start else Text(QT_TR_NOOP("時刻未定"))


def _fiscal_year(year: int) -> Spelled:
    return Spelled(format_fiscal_year(year), f"FY{year}")


def check(slot: Slot, others: Sequence[Slot], fiscal_year: int | None) -> list[ScheduleWarning]:
    """What to warn about for `slot` among `others` (the other sessions: its own series and
    those that may share its venue)."""
    warnings: list[ScheduleWarning] = []
    if slot.date is None:
        return warnings
    off = _day_off(slot.date)
    if off is not None:
        kind, name = off
        said = Text(QT_TR_NOOP("{slot}の開催日は{name}です。"), slot=slot.named(), name=name)
        warnings.append(ScheduleWarning(kind, said, slot))
    if fiscal_year is not None and fiscal_year_of(slot.date) != fiscal_year:
        warnings.append(
            ScheduleWarning(
                "fiscal_year",
                Text(
                    QT_TR_NOOP("{slot}の開催日は行事の年度（{year}）の外です（{actual}）。"),
                    slot=slot.named(),
                    year=_fiscal_year(fiscal_year),
                    actual=_fiscal_year(fiscal_year_of(slot.date)),
                ),
                slot,
            )
        )
    venue = normalize_for_compare(slot.venue) if slot.venue else None
    for other in others:
        if (other.series, other.number) == (slot.series, slot.number):
            continue
        overlap = _overlap(slot, other)
        if overlap is False:
            continue
        times = Text(
            QT_TR_NOOP("{first} と {second}"), first=_time_of(slot), second=_time_of(other)
        )
        if other.series == slot.series:
            what = Text(
                QT_TR_NOOP("同じ日で時刻が決まっていません")
                if overlap is None
                else QT_TR_NOOP("時間が重なっています")
            )
            warnings.append(
                ScheduleWarning(
                    "overlap",
                    Text(
                        QT_TR_NOOP("{slot}は第{number}回と{what}（{times}）。"),
                        slot=slot.named(),
                        number=other.number,
                        what=what,
                        times=times,
                    ),
                    slot,
                    other,
                )
            )
        elif overlap and venue and other.venue and normalize_for_compare(other.venue) == venue:
            warnings.append(
                ScheduleWarning(
                    "venue",
                    Text(
                        QT_TR_NOOP(
                            "{slot}は{other}と同じ会場（{venue}）で時間が重なっています（{times}）。"
                        ),
                        slot=slot.named(),
                        other=other.named(),
                        venue=slot.venue,
                        times=times,
                    ),
                    slot,
                    other,
                )
            )
    return warnings


def same_weekday_years_on(day: dt.date, years: int) -> dt.date:
    """The day `years` fiscal years on that falls on the same weekday, nearest the same date
    (a secretariat keeps its weekday: 令和4年10月7日（金） → 令和5年10月6日（金）). 2月29日 is
    taken as 2月28日 in a year without one."""
    try:
        same_date = day.replace(year=day.year + years)
    except ValueError:
        same_date = day.replace(year=day.year + years, day=28)
    shift = (day.weekday() - same_date.weekday()) % 7
    return same_date + dt.timedelta(days=shift - 7 if shift > 3 else shift)
