"""和暦・年度の表記と、日付・時刻の読み取り。

Secretariat documents are written in 和暦 and fiscal years (年度, April to
March), while the data arrives from Excel sheets typed by many hands, so the
readers here are lenient about notation but strict about the calendar.
"""

from __future__ import annotations

import calendar
import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from desktop.catalogue import QT_TR_NOOP, Spelled, Text

_WEEKDAYS = "月火水木金土日"
_DATE_EXAMPLES = QT_TR_NOOP("2021/10/1、令和3年10月1日、R3.10.1 のように入力してください。")
_TIME_EXAMPLES = QT_TR_NOOP("13:30 や 13時30分 のように入力してください。")


class DateParseError(ValueError):
    """A date or time that cannot be read: a marked template with its values, said in the
    reader's language (`text(lang)`); `str()` is the Japanese."""

    def __init__(self, said: Text) -> None:
        super().__init__(str(said))
        self.said = said

    def text(self, lang: str) -> str:
        return self.said.text(lang)


class WeekdayMismatch(DateParseError):
    """The date itself reads, but the weekday written beside it is another day's.

    An importer may take the date and warn; an input form refuses it.
    """

    def __init__(self, said: Text, day: date) -> None:
        super().__init__(said)
        self.day = day


@dataclass(frozen=True)
class _Era:
    name: str
    letter: str
    start: date
    first_year: int  # Gregorian year that counts as 元年


# Newest first, so the first era that has started is the right one.  明治 is
# only supported from the 1873 calendar reform: earlier dates were lunar and
# converting them is out of scope.
_ERAS = (
    _Era("令和", "R", date(2019, 5, 1), 2019),
    _Era("平成", "H", date(1989, 1, 8), 1989),
    _Era("昭和", "S", date(1926, 12, 25), 1926),
    _Era("大正", "T", date(1912, 7, 30), 1912),
    _Era("明治", "M", date(1873, 1, 1), 1868),
)
_ERA_BY_TOKEN = {t: e for e in _ERAS for t in (e.name, e.letter)}
_TOO_OLD = QT_TR_NOOP("1873年（明治6年）1月1日より前の日付には対応していません（改暦の前です）。")
# The dates the program reads: wareki starts with the 1873 calendar; the far end is surely a
# typo, and leaves room for date arithmetic (a deadline six weeks later, a fiscal year's end).
FIRST_DATE = date(1873, 1, 1)
LAST_DATE = date(2200, 12, 31)


def _era_of(d: date) -> _Era:
    day = date(d.year, d.month, d.day)  # a datetime does not compare with a date
    for era in _ERAS:
        if day >= era.start:
            return era
    raise DateParseError(
        Text(QT_TR_NOOP("{day} は扱えません。{why}"), day=d.isoformat(), why=Text(_TOO_OLD))
    )


def _era_for_year(year: int) -> _Era:
    # Government usage: a (fiscal) year is named after the newest era that
    # began in it, so FY2019 is 令和元年度 although April 2019 was 平成.
    for era in _ERAS:
        if era.start.year <= year:
            return era
    raise DateParseError(
        Text(QT_TR_NOOP("{year}年度は扱えません。{why}"), year=year, why=Text(_TOO_OLD))
    )


def _year_label(era_year: int) -> str:
    return "元" if era_year == 1 else str(era_year)


def format_wareki(d: date, *, weekday: bool = False) -> str:
    """2021-10-01 → 令和3年10月1日, with weekday=True → 令和3年10月1日（金）."""
    era = _era_of(d)
    text = f"{era.name}{_year_label(d.year - era.first_year + 1)}年{d.month}月{d.day}日"
    return f"{text}（{_WEEKDAYS[d.weekday()]}）" if weekday else text


def fiscal_year_of(d: date) -> int:
    """The Japanese fiscal year (April–March) containing d, as a Gregorian year."""
    return d.year if d.month >= 4 else d.year - 1


def fiscal_year_bounds(fy: int) -> tuple[date, date]:
    """First and last day of fiscal year fy."""
    return date(fy, 4, 1), date(fy + 1, 3, 31)


def format_fiscal_year(fy: int) -> str:
    """2021 → 令和3年度, 2019 → 令和元年度, 2018 → 平成30年度."""
    era = _era_for_year(fy)
    return f"{era.name}{_year_label(fy - era.first_year + 1)}年度"


def format_fiscal_year_range(first: int, last: int) -> str:
    """A span of fiscal years as official tables write it: 2018–2020 → 平成30～令和2年度,
    2019–2021 → 令和元～3年度 (the era once), one year → 令和3年度."""
    if first == last:
        return format_fiscal_year(last)
    start, end = _era_for_year(first), _era_for_year(last)
    since = _year_label(first - start.first_year + 1)
    until = _year_label(last - end.first_year + 1)
    if start == end:
        return f"{start.name}{since}～{until}年度"
    return f"{start.name}{since}～{end.name}{until}年度"


# A fiscal year written in a name: 令和4年度, R4年度, 令和元年度, 2022年度 (after _squash, so
# full-width digits and spacing are read too); 年度 must follow, since R4 alone may be anything.
_FISCAL_YEAR_IN_TEXT = re.compile(
    r"(?:(?<![A-Za-z])(?P<era>令和|平成|昭和|大正|明治|[RHSTMrhstm])(?P<year>\d{1,2}|元)"
    r"|(?<!\d)(?P<western>\d{4}))年度"
)


def fiscal_year_named(text: str) -> int | None:
    """The fiscal year a name states (令和4年度 ミニシンポジウム → 2022), or None."""
    m = _FISCAL_YEAR_IN_TEXT.search(_squash(text))
    if m is None:
        return None
    if m["western"]:
        year = int(m["western"])
    else:
        era = _ERA_BY_TOKEN[m["era"].upper()]
        year = era.first_year + (1 if m["year"] == "元" else int(m["year"])) - 1
    return year if FIRST_DATE.year <= year <= LAST_DATE.year else None


def format_fiscal_year_short(fy: int) -> str:
    """2021 → R3, 2019 → R1 (the seed data writes "R3年度")."""
    era = _era_for_year(fy)
    return f"{era.letter}{fy - era.first_year + 1}"


def _squash(text: str) -> str:
    # NFKC folds full-width digits, punctuation and ㋿/㍻; spaces carry no
    # meaning in any notation accepted here.
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _date_error(raw: object, detail: Text | str = "") -> DateParseError:
    shown = str(raw).strip()
    examples = Text(_DATE_EXAMPLES)
    if not shown:
        return DateParseError(Text(QT_TR_NOOP("日付が入力されていません。{how}"), how=examples))
    return DateParseError(
        Text(
            QT_TR_NOOP("「{shown}」は日付として読めません{detail}。{how}"),
            shown=shown,
            detail=detail,
            how=examples,
        )
    )


def _make_date(raw: object, year: int, month: int, day: int) -> date:
    if not 1 <= month <= 12:
        raise _date_error(raw, Text(QT_TR_NOOP("（{month}月はありません）"), month=month))
    last = calendar.monthrange(year, month)[1] if 1 <= year <= 9999 else 0
    if not 1 <= day <= last:
        raise _date_error(
            raw,
            Text(
                QT_TR_NOOP("（{year}年{month}月は{last}日までです）"),
                year=year,
                month=month,
                last=last,
            ),
        )
    return date(year, month, day)


# Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 is the
# non-existent 1900-02-29 (a Lotus 1-2-3 bug Excel kept), so from serial 61
# on, counting from 1899-12-30 is exact; below 60 it is one day short.
_EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_MAX_SERIAL = 2958465  # 9999-12-31


def _from_excel_serial(value: float) -> date:
    if isinstance(value, int) and 10_000_000 <= value <= 99_991_231:
        # No serial has 8 digits, so this is 20211001 typed as a number.
        return _parse_date_text(str(value))
    if not math.isfinite(value) or not 1 <= value < _EXCEL_MAX_SERIAL + 1:
        raise _date_error(value, Text(QT_TR_NOOP("（Excelの日付の範囲外です）")))
    serial = math.floor(value)  # the fraction is the time of day
    if serial == 60:
        raise _date_error(value, Text(QT_TR_NOOP("（Excelにしかない1900年2月29日です）")))
    return _EXCEL_EPOCH + timedelta(days=serial if serial > 60 else serial + 1)


_WEEKDAY_SUFFIX = re.compile(r"\(([月火水木金土日])(?:曜日?)?\)$")
_GREGORIAN = (
    re.compile(r"(\d{4})([/.\-])(\d{1,2})\2(\d{1,2})"),
    re.compile(r"(\d{4})(年)(\d{1,2})月(\d{1,2})日"),
    re.compile(r"(\d{4})()(\d{2})(\d{2})"),
)
_WAREKI = re.compile(
    r"(?P<era>令和|平成|昭和|大正|明治|[RHSTM])(?P<year>元|\d{1,2})"
    r"(?:年(?P<m1>\d{1,2})月(?P<d1>\d{1,2})日|(?P<sep>[/.\-])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2}))",
    re.IGNORECASE,
)


def _parse_wareki(raw: str, m: re.Match[str]) -> date:
    era = _ERA_BY_TOKEN[m["era"].upper()]
    year = 1 if m["year"] == "元" else int(m["year"])
    if year < 1:
        raise _date_error(raw, Text(QT_TR_NOOP("（0年はありません。1年は元年とも書きます）")))
    d = _make_date(raw, era.first_year + year - 1, int(m["m1"] or m["m2"]), int(m["d1"] or m["d2"]))
    index = _ERAS.index(era)
    newer = _ERAS[index - 1] if index > 0 else None
    if newer is not None and d >= newer.start:
        last_day = newer.start - timedelta(days=1)
        last_year = last_day.year - era.first_year + 1
        if year > last_year:
            raise DateParseError(
                Text(
                    QT_TR_NOOP(
                        "「{raw}」は日付として読めません（{era}は{last_year}年までです）。"
                        "{day} のように入力してください。"
                    ),
                    raw=raw,
                    era=era.name,
                    last_year=last_year,
                    day=format_wareki(d),
                )
            )
        raise DateParseError(
            Text(
                QT_TR_NOOP(
                    "「{raw}」は{era}が終わった後の日付です（{era}は{last_day}まで）。"
                    "{day} のように入力してください。"
                ),
                raw=raw,
                era=era.name,
                last_day=format_wareki(last_day),
                day=format_wareki(d),
            )
        )
    if d < era.start:
        if index == len(_ERAS) - 1:
            raise DateParseError(
                Text(QT_TR_NOOP("「{raw}」は扱えません。{why}"), raw=raw, why=Text(_TOO_OLD))
            )
        raise DateParseError(
            Text(
                QT_TR_NOOP(
                    "「{raw}」は{era}が始まる前の日付です（{era}は{start}から）。"
                    "{day} のように入力してください。"
                ),
                raw=raw,
                era=era.name,
                start=format_wareki(era.start),
                day=format_wareki(d),
            )
        )
    return d


def _parse_date_text(raw: str) -> date:
    text = _squash(raw)
    wanted_weekday = None
    suffix = _WEEKDAY_SUFFIX.search(text)
    if suffix:
        wanted_weekday = _WEEKDAYS.index(suffix[1])
        text = text[: suffix.start()]
    shown = raw.strip()
    d: date | None = None
    if m := _WAREKI.fullmatch(text):
        d = _parse_wareki(shown, m)
    for pattern in _GREGORIAN:
        if d is None and (m := pattern.fullmatch(text)):
            d = _make_date(shown, int(m[1]), int(m[3]), int(m[4]))
    if d is None:
        raise _date_error(shown)
    if wanted_weekday is not None and d.weekday() != wanted_weekday:
        raise WeekdayMismatch(
            Text(
                QT_TR_NOOP(
                    "「{shown}」の曜日が日付と合いません（{day}は{weekday}です）。"
                    "日付か曜日を直すか、曜日を省いて入力してください。"
                ),
                shown=shown,
                day=Spelled(format_wareki(d), d.isoformat()),
                weekday=Spelled(f"{_WEEKDAYS[d.weekday()]}曜日", f"{d:%A}"),
            ),
            d,
        )
    return d


def parse_date(value: object) -> date:
    """Read a date from a date object, an Excel serial number or text.

    Text may be Gregorian (2021/10/1, 2021-10-01, 2021.10.1, 2021年10月1日,
    20211001) or 和暦 (令和3年10月1日, 令和元年5月1日, R3.10.1, H31.4.30), in
    full or half width, optionally followed by a weekday such as （金）, which
    must agree with the date.
    """
    return _in_range(value, _read_date(value))


def _read_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_excel_serial(value)
    if isinstance(value, str):
        return _parse_date_text(value)
    raise _date_error(value)


def _in_range(raw: object, d: date) -> date:
    if d < FIRST_DATE:
        raise DateParseError(
            Text(
                QT_TR_NOOP("「{raw}」は扱えません。{why}"), raw=str(raw).strip(), why=Text(_TOO_OLD)
            )
        )
    if d > LAST_DATE:
        raise DateParseError(
            Text(
                QT_TR_NOOP(
                    "「{raw}」は扱えません。{year}年12月31日より後の日付は"
                    "入力の誤りとみなします。日付を確かめてください。"
                ),
                raw=str(raw).strip(),
                year=LAST_DATE.year,
            )
        )
    return d


def _time_error(raw: object, detail: Text | str = "") -> DateParseError:
    shown = str(raw).strip()
    examples = Text(_TIME_EXAMPLES)
    if not shown:
        return DateParseError(Text(QT_TR_NOOP("時刻が入力されていません。{how}"), how=examples))
    return DateParseError(
        Text(
            QT_TR_NOOP("「{shown}」は時刻として読めません{detail}。{how}"),
            shown=shown,
            detail=detail,
            how=examples,
        )
    )


_TIME_PATTERNS = (
    re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?"),
    re.compile(r"(\d{1,2})時(?:(\d{1,2})分)?()"),
)


def parse_time(value: object) -> time:
    """Read a time from a time object, an Excel day fraction or text (13:30, 13時30分)."""
    if isinstance(value, time):
        return value
    if isinstance(value, datetime):
        # openpyxl hands over date-and-time cells as datetime; the clock part is meant.
        return value.time()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # Excel stores a time as a fraction of a day; round off float noise.
        seconds = round(value * 86400) if math.isfinite(value) and 0 <= value < 1 else -1
        if not 0 <= seconds < 86400:
            raise _time_error(value, Text(QT_TR_NOOP("（Excelの時刻は0以上1未満の数です）")))
        return time(seconds // 3600, seconds // 60 % 60, seconds % 60)
    if not isinstance(value, str):
        raise _time_error(value)
    text = _squash(value)
    for pattern in _TIME_PATTERNS:
        if m := pattern.fullmatch(text):
            hour, minute, second = int(m[1]), int(m[2] or 0), int(m[3] or 0)
            if hour > 23 or minute > 59 or second > 59:
                raise _time_error(value, Text(QT_TR_NOOP("（時は0～23、分は0～59です）")))
            return time(hour, minute, second)
    raise _time_error(value)


_RANGE_SEPARATOR = re.compile(r"[~〜\-−‐‑–—―ー]")


def parse_time_range(text: str) -> tuple[time, time]:
    """Read "13:30～15:00" (any wave dash or hyphen, full or half width)."""
    parts = _RANGE_SEPARATOR.split(_squash(text))
    shown = text.strip()
    if len(parts) != 2 or not all(parts):
        raise DateParseError(
            Text(
                QT_TR_NOOP(
                    "「{shown}」は時間帯として読めません。"
                    "13:30～15:00 のように開始と終了を「～」でつないで入力してください。"
                ),
                shown=shown,
            )
        )
    start, end = parse_time(parts[0]), parse_time(parts[1])
    if end <= start:
        raise DateParseError(
            Text(
                QT_TR_NOOP(
                    "「{shown}」は終了時刻が開始時刻より後になっていません。"
                    "13:30～15:00 のように開始～終了の順で入力してください。"
                ),
                shown=shown,
            )
        )
    return start, end


def _hm(t: time) -> str:
    return f"{t.hour}:{t.minute:02d}"


def format_time_range(start: time, end: time | None) -> str:
    """13:30～15:00, or 13:30～ when the end is open (U+FF5E as in official documents)."""
    return f"{_hm(start)}～{_hm(end) if end is not None else ''}"


def format_wareki_datetime_range(d: date, start: time | None, end: time | None) -> str:
    """令和3年10月1日（金）13:30～15:00; the time part is left out when unknown."""
    head = format_wareki(d, weekday=True)
    if start is None:
        return head if end is None else f"{head}～{_hm(end)}"
    return head + format_time_range(start, end)


# The same, in the text as written (full-width digits, a space between era and year).
_FISCAL_YEAR_AS_WRITTEN = re.compile(
    r"(?:(?<![A-Za-zＡ-Ｚａ-ｚ])(?P<era>令和|平成|昭和|大正|明治|[RHSTMrhstmＲＨＳＴＭｒｈｓｔｍ])\s*"
    r"(?P<year>[0-9０-９]{1,2}|元)|(?<![0-9０-９])(?P<western>[0-9０-９]{4}))\s*年度"
)
_FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def with_fiscal_year(text: str, fy: int) -> str | None:
    """The name with the fiscal year it states changed to `fy`, in the same notation
    (令和4年度 … → 令和5年度 …, R4年度 → R5年度, 2022年度 → 2023年度); None when it states none."""
    m = _FISCAL_YEAR_AS_WRITTEN.search(text)
    if m is None or fiscal_year_named(m[0]) is None:
        return None
    if m["western"]:
        new = f"{fy}年度"
    elif len(m["era"]) == 1 and unicodedata.normalize("NFKC", m["era"]).isascii():
        letter = format_fiscal_year_short(fy)
        new = f"{letter.lower() if m['era'].islower() else letter}年度"
    else:
        new = format_fiscal_year(fy)
    if any("０" <= c <= "９" for c in m[0]):
        new = new.translate(_FULL_WIDTH_DIGITS)
    return text[: m.start()] + new + text[m.end() :]
