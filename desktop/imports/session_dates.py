"""A 開催日 cell that names several days: 「令和4年10月26日（水）～27日（木）」 (a period),
「令和4年10月26日・27日」 (days that follow one another: a period too) or 「2022/10/26、2022/11/2」
(separate days).

The first day is written whole; the later ones may leave out what they share with the day
before (27日, 11月2日, 11/2), as people write them. A first day without its year (10月26日) is
read in the fiscal year the series' name states (令和4年度: April 2022 to March 2023), and only
when the weekday written beside it, if any, agrees. A cell that does not read so is left to the
ordinary reading of one date, which says what is wrong with it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace
from itertools import pairwise

from desktop.catalogue import QT_TR_NOOP, Text
from desktop.imports.model import WARNING, BuildContext, Problem, SourceRecord
from desktop.imports.reasons import date_words, fiscal_year_words
from desktop.japanese.wareki import DateParseError, fiscal_year_named, parse_date

# Between the first and last day of a period (after NFKC, ～ is ~).
_PERIOD = re.compile(r"\s*(?:~|〜|から)\s*")
# Between separate days.
_SEPARATE = re.compile(r"\s*(?:・|、|,|;|及び|および)\s*")
_WEEKDAY = re.compile(r"\([月火水木金土日祝・]+\)")
_WEEKDAY_NAMED = re.compile(r"\(([月火水木金土日])(?:曜日?)?\)$")
_WEEKDAYS = "月火水木金土日"
_DAY = re.compile(r"([0-9]{1,2})日")
_MONTH_DAY = re.compile(r"([0-9]{1,2})月([0-9]{1,2})日|([0-9]{1,2})/([0-9]{1,2})")


@dataclass(frozen=True)
class WrittenDays:
    written: str  # the cell as written
    days: tuple[dt.date, ...]  # in the order written
    period: bool  # True: every day from the first to the last (a period), not separate days
    year_given: bool = True  # False: the year is the series' (the cell names none)

    @property
    def first(self) -> dt.date:
        return self.days[0]

    @property
    def last(self) -> dt.date:
        return self.days[-1]


def series_year(source: SourceRecord, context: BuildContext) -> int | None:
    """The fiscal year the name of the row's series states (its 行事名, else the user's)."""
    name = source.values.get("event_name") or context.series
    return fiscal_year_named(str(name)) if name else None


def in_the_series_year(day: dt.date, year: int) -> Text:
    """What the review says of a day read in the series' fiscal year."""
    return Text(
        QT_TR_NOOP("開催日に年がないため、行事名の年度（{year}）の{day}とします。"),
        year=fiscal_year_words(year),
        day=date_words(day),
    )


def day_in_year(raw: object, fiscal_year: int | None) -> dt.date | None:
    """A day written without its year (10月26日, 10/26（水）) in the fiscal year, or None: not
    such a day, no year to read it in, or a weekday beside it that another year's day has."""
    if fiscal_year is None or not isinstance(raw, str):
        return None
    text = unicodedata.normalize("NFKC", raw).replace(" ", "").strip()
    named = _WEEKDAY_NAMED.search(text)
    month_day = _MONTH_DAY.fullmatch(text[: named.start()] if named else text)
    if month_day is None:
        return None
    month, day_of_month = (int(g) for g in month_day.groups() if g is not None)
    try:
        day = dt.date(fiscal_year if month >= 4 else fiscal_year + 1, month, day_of_month)
    except ValueError:
        return None
    if named and _WEEKDAYS.index(named[1]) != day.weekday():
        return None
    return day


def several_days(raw: object, fiscal_year: int | None = None) -> WrittenDays | None:
    """The days of a cell naming more than one, or None (one date, or not readable so);
    `fiscal_year`: the series', for a first day written without its year."""
    if not isinstance(raw, str):
        return None
    text = unicodedata.normalize("NFKC", raw).strip()
    ends = _PERIOD.split(text)
    if len(ends) > 2:
        return None
    period = len(ends) == 2
    pieces = ends if period else _SEPARATE.split(text)
    if len(pieces) < 2:
        return None
    try:
        days, year_given = [parse_date(pieces[0])], True
    except DateParseError:
        yearless = day_in_year(pieces[0], fiscal_year)
        if yearless is None:
            return None
        days, year_given = [yearless], False
    for piece in pieces[1:]:
        day = _completed(piece, days[-1])
        if day is None or day <= days[-1]:
            return None
        days.append(day)
    # 10月26日・27日: days that follow one another are one event over them, as a period is.
    following = all(b - a == dt.timedelta(days=1) for a, b in pairwise(days))
    return WrittenDays(raw.strip(), tuple(days), period or following, year_given)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _completed(piece: str, before: dt.date) -> dt.date | None:
    """A later day of the cell, what it leaves out taken from the day before it."""
    try:
        return parse_date(piece)
    except DateParseError:
        pass
    bare = _WEEKDAY.sub("", piece).replace(" ", "")
    try:
        if day := _DAY.fullmatch(bare):
            return before.replace(day=int(day.group(1)))
        if month_day := _MONTH_DAY.fullmatch(bare):
            month, day_of_month = (int(g) for g in month_day.groups() if g is not None)
            candidate = dt.date(before.year, month, day_of_month)
            # 12月26日・1月9日: the later day is in the next year
            return candidate if candidate > before else candidate.replace(year=before.year + 1)
    except ValueError:  # 31日 of a month of 30 days …
        return None
    return None


def one_row_per_day(source: SourceRecord, context: BuildContext) -> list[SourceRecord]:
    """A schedule row whose 開催日 names separate days, as one row per day (each a session of
    its own, numbered as the list numbers them: by its 回 cell when that names one number per
    day, 第3回・第4回, else in date order); any other row as it is. A row with one 回 for
    several separate days stays one session (its first day), which the kind says."""
    year = series_year(source, context)
    days = several_days(source.values.get("date"), year)
    if days is None or days.period or not _blank(source.values.get("end_date")):
        return [source]  # with a 終了日, the days are the event's turns (中止, then 開催 …)
    numbers: list[int | None] = [None] * len(days.days)
    if "session_number" in source.where:
        written = unicodedata.normalize("NFKC", str(source.values.get("session_number") or ""))
        numbers = [int(n) for n in re.findall(r"[0-9]+", written)]
        if len(numbers) != len(days.days):
            return [source]
    where = source.where.get("date", source.origin)
    rows = []
    for day, number in zip(days.days, numbers, strict=True):
        values = {**source.values, "date": day}
        if number is not None:
            values["session_number"] = number
        said = Text(
            QT_TR_NOOP(
                "開催日「{written}」には別々の日が{count}日あるため、日ごとに別の回として"
                "取り込みます（この回は{day}）。"
            ),
            written=days.written,
            count=len(days.days),
            day=date_words(day),
        )
        notes = (*source.notes, Problem(where, said, WARNING))
        if not days.year_given and year is not None:
            notes += (Problem(where, in_the_series_year(day, year), WARNING),)
        rows.append(replace(source, values=values, notes=notes))
    return rows
