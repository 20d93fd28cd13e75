"""Event sessions (開催日程) from a list: normalise, validate, find the series and the session.

The series part (which 行事 a row belongs to) is shared with the participants' import, whose
rows name a session the same way: 行事名 and 回. A list that names no series is placed in the one
the user names (--series, or the review's 行事), else in the only one stored.

A schedule without 回 (a city's list of events: 開催日, イベント等名, 会場) is numbered in date
order after the series' stored sessions; a row that is a stored session (same date and title) is
matched with it. A session is one day: an event running to a later 終了日, or 「当面の間」, is
imported as the session of its first day, with the period kept in the session's note (and the
list's 開催状況 — 中止, 延期 … — with it). A 開催日 naming several days is read by session_dates:
a period the same way, separate days as one session each.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import ValidationError
from db.models import EventSeries, EventSession
from db.vocab import SESSION_FORMATS
from desktop.catalogue import QT_TR_NOOP, SOURCE_LANGUAGE, Listed, Text
from desktop.excel.headers import Heading
from desktop.imports import headings, normalize
from desktop.imports.cells import Cells
from desktop.imports.declaration import ImportKind
from desktop.imports.matching import count, merge_values, reject_repeats, settle
from desktop.imports.model import (
    WARNING,
    BuildContext,
    Candidate,
    ImportRecord,
    Location,
    Problem,
    SourceRecord,
)
from desktop.imports.new_series import fiscal_year
from desktop.imports.reasons import (
    date_words,
    fiscal_year_words,
    given,
    lines_in,
    session_words,
    vocabulary_word,
)
from desktop.imports.session_dates import (
    WrittenDays,
    day_in_year,
    in_the_series_year,
    one_row_per_day,
    series_year,
    several_days,
)
from desktop.japanese.text import normalize_for_compare
from desktop.japanese.wareki import (
    WeekdayMismatch,
    format_time_range,
    format_wareki,
    parse_time,
)
from desktop.ops.common import parse_count
from desktop.ops.events import parse_times
from desktop.ops.schedule import stored_on
from desktop.rules.scheduling import Slot, check

T = TypeVar("T")


# --- reading the cells of one row -----------------------------------------------------------


def number_of(cells: Cells, field: str = "session_number") -> int | None:
    """回 as a number: 第3回, ３ and 3 are all 3; blank is an error."""
    if cells.text(field) is None:
        cells.problem(
            field, Text(QT_TR_NOOP("回が空です。第何回かを数字で入力してください（例: 3）。"))
        )
        return None
    return cells.parsed(field, session_number)


def session_number(raw: object) -> int:
    text = unicodedata.normalize("NFKC", normalize.text(raw) or "").replace(" ", "")
    try:
        return parse_count(text.removeprefix("第").removesuffix("回"), "number", "回")
    except ValidationError:
        raise normalize.Unreadable(
            QT_TR_NOOP(
                "回「{number}」を番号として読めません。3 や 第3回 のように入力してください。"
            ),
            number=raw,
        ) from None


# --- the series a row belongs to ------------------------------------------------------------


@dataclass(kw_only=True, slots=True)
class EventRecord(ImportRecord):
    """A row about one session of an event series: a 開催日程 row or a participant."""

    event_name: str | None  # as typed, else the user's (--series); blank: the only series
    number: int | None
    event_at: Location  # the 行事名 cell, for problems about the series
    number_at: Location  # the 回 cell
    series_in_file: bool = True  # False: the row names no series (the user may choose one)
    series_name: str = ""  # the series the row was placed in (its stored spelling if stored)
    series_id: int | None = None  # None: that series is not stored (yet)
    series_fiscal_year: int | None = None  # of a series the import creates

    def session_label(self) -> str:
        return f"第{self.number}回" if self.number else "第?回"

    def series_key(self) -> str:
        return normalize_for_compare(self.series_name)

    def needs_series(self) -> bool:
        return not self.series_in_file


class SeriesIndex:
    """The stored event series by normalised name (a short table: read whole, once)."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(select(EventSeries.id, EventSeries.name).order_by(EventSeries.id))
        self.by_key = {normalize_for_compare(name): Candidate(id_, name) for id_, name in rows}

    def only(self) -> Candidate | None:
        return next(iter(self.by_key.values())) if len(self.by_key) == 1 else None


def place_in_series(records: Sequence[EventRecord], index: SeriesIndex) -> None:
    """Set each row's series; a row without 行事名 takes the only one its sheet or the database
    has, and is an error when there is no single one."""
    named: dict[tuple[str, str], dict[str, str]] = {}
    for record in records:
        if record.event_name:
            sheet = named.setdefault((record.origin.file, record.origin.sheet), {})
            sheet.setdefault(normalize_for_compare(record.event_name), record.event_name)
    for record in records:
        in_sheet = named.get((record.origin.file, record.origin.sheet), {})
        if not (record.event_name or in_sheet or record.series_in_file or index.only()):
            # One line for the file (said once by the pipeline): the row's other problems
            # can wait until the user has said which series it is.
            record.problems[:] = [Problem(record.event_at, NO_SERIES)]
            continue
        if record.rejected:
            continue
        name = record.event_name or _default_series(record, in_sheet, index)
        if name is None:
            continue
        found = index.by_key.get(normalize_for_compare(name))
        record.series_name = found.name if found else name
        record.series_id = found.id if found else None


# A list with no 行事名 column, imported without naming the series, into a database that does
# not hold exactly one.
NO_SERIES = Text(
    QT_TR_NOOP(
        "どの行事の回か判断できません（行事名の列がありません）。取り込むときに行事を指定してください"
        "（確認画面の「行事」で選ぶか入力するか、"
        "secdesk import ファイル名 --series 令和8年度 地域DXセミナー のように指定）。"
    )
)


def _default_series(
    record: EventRecord, in_sheet: dict[str, str], index: SeriesIndex
) -> str | None:
    if len(in_sheet) == 1:
        return next(iter(in_sheet.values()))
    only = index.only()
    if not in_sheet and only is not None:
        return only.name
    if in_sheet:
        why = Text(
            QT_TR_NOOP("このシートには複数の行事（{events}）があるため"),
            events=Listed(tuple(in_sheet.values())),
        )
    else:
        why = Text(QT_TR_NOOP("登録済みの行事が一つではないため"))
    record.problems.append(
        Problem(
            record.event_at,
            Text(
                QT_TR_NOOP(
                    "行事名が空欄です。{why}、どの行事の回か決められません。行事名を入力してください。"
                ),
                why=why,
            ),
        )
    )
    return None


def stored_sessions(session: Session, series_ids: set[int]) -> dict[tuple[int, int], Candidate]:
    """The stored sessions of these series, by (series id, number)."""
    rows = session.execute(
        select(EventSession.id, EventSession.series_id, EventSession.number, EventSession.theme)
        .where(EventSession.series_id.in_(sorted(series_ids)))
        .order_by(EventSession.id)
    )
    return {
        (series_id, number): Candidate(id_, f"第{number}回 {theme or ''}".strip())
        for id_, series_id, number, theme in rows
    }


# --- sessions ---------------------------------------------------------------------------------


@dataclass(kw_only=True, slots=True)
class SessionRecord(EventRecord):
    """A session (第n回) of an event series to import."""

    TITLE: ClassVar[str] = QT_TR_NOOP("回・テーマ")
    CONTEXT: ClassVar[str] = QT_TR_NOOP("行事名")
    TARGET: ClassVar[str] = QT_TR_NOOP("開催回")
    KIND: ClassVar[str] = "sessions"

    theme: str | None = None
    date: dt.date | None = None
    start: dt.time | None = None
    end: dt.time | None = None
    format: str | None = None
    eligibility: str | None = None
    venue: str | None = None
    url: str | None = None
    note: str | None = None  # what the list says beside the session: its period, its status
    number_given: bool = True  # False: the list has no 回; numbered in date order

    def title(self, lang: str = SOURCE_LANGUAGE) -> str:
        # A row of a list without 回 has its number only once its series is known.
        numbered = self.number is not None or self.number_given
        number = session_words(self.number).text(lang) if numbered else ""
        return f"{number} {self.theme or ''}".strip()

    def context(self, lang: str = SOURCE_LANGUAGE) -> str:
        return self.series_name or self.event_name or ""

    def details(self, lang: str = SOURCE_LANGUAGE) -> list[str]:
        day = date_words(self.date, weekday=True) if self.date else Text(QT_TR_NOOP("未定"))
        hours = format_time_range(self.start, self.end) if self.start is not None else ""
        new: Text | str = ""
        if self.series_name and self.series_id is None:
            year = self.series_fiscal_year
            new = (
                Text(QT_TR_NOOP("（新しい行事・{year}）"), year=fiscal_year_words(year))
                if year
                else Text(QT_TR_NOOP("（新しい行事）"))
            )
        lines = [
            Text(QT_TR_NOOP("行事: {event}{new}"), event=given(self.context()), new=new),
            Text(QT_TR_NOOP("開催日: {day}"), day=day)
            if not hours
            else Text(QT_TR_NOOP("開催日: {day} {hours}"), day=day, hours=hours),
            Text(QT_TR_NOOP("会場: {venue}"), venue=given(self.venue)),
            Text(
                QT_TR_NOOP("形式: {format}　対象: {eligibility}"),
                format=vocabulary_word(SESSION_FORMATS, self.format),
                eligibility=given(self.eligibility),
            ),
        ]
        if self.note:
            lines.append(Text(QT_TR_NOOP("備考: {note}"), note=self.note))
        return lines_in(lines, lang)

    def create_refusal(self) -> Text | None:
        if self.candidates:
            return Text(
                QT_TR_NOOP("{event}の{session}はすでにあるため、新しい回としては作れません。"),
                event=self.series_name,
                session=session_words(self.number),
            )
        return None


# 形式 as people write it, compared after _format_key: the labels, the codes, and common words.
_FORMAT_WORDS = {
    "web": "web",
    "ウェブ": "web",
    "オンライン": "web",
    "venue": "venue",
    "会場": "venue",
    "対面": "venue",
    "現地": "venue",
    "hybrid": "hybrid",
    "ハイブリッド": "hybrid",
    "会場web": "hybrid",
    "web会場": "hybrid",
    "会場オンライン": "hybrid",
    "オンライン会場": "hybrid",
}


def _format_key(text: str) -> str:
    key = unicodedata.normalize("NFKC", text).casefold()
    for noise in (" ", "　", "・", "/", "+", "、", ",", "及び", "と", "開催", "形式", "併用"):
        key = key.replace(noise, "")
    return key


def session_format(raw: object) -> str:
    code = _FORMAT_WORDS.get(_format_key(str(raw)))
    if code is None:
        raise normalize.Unreadable(
            QT_TR_NOOP(
                "形式「{written}」は使えません。{choices} のどれかを入力"
                "してください（オンラインは web、ハイブリッドは 会場・web として読みます）。"
            ),
            written=raw,
            choices=Listed(tuple(SESSION_FORMATS.values())),  # what the cell must hold
        )
    return code


def _clock(raw: object) -> dt.time:
    """A time cell: text, an Excel time, or a duration cell ([h]:mm) under a day long."""
    if isinstance(raw, dt.timedelta) and dt.timedelta(0) <= raw < dt.timedelta(days=1):
        return (dt.datetime.min + raw).time()
    return parse_time(raw)


def _time_range(cells: Cells) -> tuple[dt.time | None, dt.time | None]:
    """開始/終了 when either is filled, else the one 時間 cell (13:30～15:00, 13:30～, 13:30)."""
    if cells.text("start") is None and cells.text("end") is None:
        raw = cells.raw("time")
        if not isinstance(raw, str):
            return cells.parsed("time", _clock), None
        try:
            return parse_times(normalize.text(raw))
        except ValidationError as exc:
            cells.problem("time", exc.said)
            return None, None
    start, end = cells.parsed("start", _clock), cells.parsed("end", _clock)
    if end is not None and start is None and cells.text("start") is None:
        cells.problem(
            "end", Text(QT_TR_NOOP("終了時刻だけでは取り込めません。開始時刻も入力してください。"))
        )
    elif start is not None and end is not None and end <= start:
        cells.problem(
            "end",
            Text(
                QT_TR_NOOP(
                    "終了時刻（{end}）が開始時刻（{start}）より後になっていません。"
                    "開始と終了を確かめてください。"
                ),
                end=f"{end:%H:%M}",
                start=f"{start:%H:%M}",
            ),
        )
    return start, end


def build(source: SourceRecord, context: BuildContext) -> SessionRecord:
    """Normalise and validate one 開催日程 row; every problem names where it came from."""
    cells = Cells(source)
    numbered = "session_number" in source.where  # a list without 回 is numbered by date
    number = number_of(cells) if numbered else None
    year = series_year(source, context)
    # A period, or separate days under one 回 (other separate days are rows of their own).
    days = several_days(cells.raw("date"), year)
    yearless = day_in_year(cells.raw("date"), year) if days is None else None
    date = days.first if days is not None else yearless or cells.date("date")
    dated_by_series = yearless is not None or (days is not None and not days.year_given)
    if dated_by_series and date is not None and year is not None:
        cells.problem("date", in_the_series_year(date, year), WARNING)
    start, end = _time_range(cells)
    written = cells.text("event_name")
    return SessionRecord(
        origin=source.origin,
        original=source.original,
        event_name=written or context.series,
        series_in_file=written is not None or "event_name" in source.where,
        number=number,
        number_given=numbered,
        event_at=cells.at("event_name"),
        number_at=cells.at("session_number"),
        theme=cells.text("theme"),
        date=date,
        start=start,
        end=end,
        format=cells.parsed("format", session_format),
        eligibility=cells.text("eligibility"),
        venue=cells.text("venue"),
        url=cells.text("url"),
        note=_note(cells, date, days),
        problems=cells.problems,
    )


def _note(cells: Cells, date: dt.date | None, days: WrittenDays | None) -> str | None:
    """The session's note: the period of an event longer than its day, and the status the
    list gives (開催, 中止, 延期 …), which has no field of its own."""
    status = cells.text("status")
    parts = [
        _days(cells, days) if days is not None else None,
        _period(cells, date),
        f"状況: {status}" if status else None,
    ]
    return "\n".join(p for p in parts if p) or None


def _days(cells: Cells, days: WrittenDays) -> str:
    """A 開催日 naming several days: a session holds one date, so it is the first day's, and
    the days are kept in its note (a period, or separate days under one 回 or with a 終了日)."""
    if days.period:
        cells.problem("date", _longer_than_a_day(days.last), WARNING)
        return _period_note(days.first, days.last)
    if cells.text("end_date") is not None:
        said = Text(
            QT_TR_NOOP(
                "開催日「{written}」には別々の日が{count}日あり、終了日もあるため、"
                "最初の日の回として取り込み、開催日は回の備考に書き写します。"
            ),
            written=days.written,
            count=len(days.days),
        )
    else:
        said = Text(
            QT_TR_NOOP(
                "開催日「{written}」には別々の日が{count}日ありますが、回は一つ（{session}）のため、"
                "最初の日の回として取り込み、ほかの日は回の備考に書き写します。"
                "日ごとに別の回にするには、回の欄に日の数だけ回を書いてください（例: 第3回・第4回）。"
            ),
            written=days.written,
            count=len(days.days),
            session=cells.text("session_number") or "",
        )
    cells.problem("date", said, WARNING)
    return f"開催日: {days.written}"


def _longer_than_a_day(last: dt.date) -> Text:
    return Text(
        QT_TR_NOOP(
            "開催日から{last}まで続く催しです。開催日（初日）の回として取り込み、"
            "期間は回の備考に書き写します。"
        ),
        last=date_words(last),
    )


def _period_note(first: dt.date, last: dt.date) -> str:
    return f"期間: {format_wareki(first)}～{format_wareki(last)}"


def _period(cells: Cells, first: dt.date | None) -> str | None:
    """An event that runs past its first day (終了日 later, or 「当面の間」): one session, on
    the first day, with the period said in its note and in the review."""
    written = cells.text("end_date")
    if written is None:
        return None
    last: dt.date | None
    try:
        last = normalize.date(cells.raw("end_date"))
    except WeekdayMismatch as exc:
        last = exc.day
    except ValueError:
        last = None
    if first is None:
        return None  # the 開催日 is the problem to fix first
    if last is None:
        cells.problem(
            "end_date",
            Text(
                QT_TR_NOOP(
                    "終了日「{written}」は日付ではないため、開催日（初日）の回として取り込み、"
                    "終了日は回の備考に書き写します。"
                ),
                written=written,
            ),
            WARNING,
        )
        return f"終了日: {written}"
    if last < first:
        cells.problem(
            "end_date",
            Text(
                QT_TR_NOOP(
                    "終了日（{last}）が開催日（{first}）より前です。開催日と終了日を確かめてください。"
                ),
                last=date_words(last),
                first=date_words(first),
            ),
        )
        return None
    if last == first:
        return None
    cells.problem("end_date", _longer_than_a_day(last), WARNING)
    return _period_note(first, last)


def resolve(
    session: Session,
    records: list[SessionRecord],
    on_duplicate: str,
    _earlier: Sequence[ImportRecord] = (),
) -> None:
    """Place each row in its series and match it with the stored session of that number."""
    place_in_series(records, SeriesIndex(session))
    _note_new_series(records)
    reject_repeats(records, _same_day, "同じ行事の同じ日・同じ名前の回")
    _number_by_date(session, records)
    stored = stored_sessions(session, {r.series_id for r in records if r.series_id})
    for record in records:
        if record.rejected or record.number is None:
            continue
        found = stored.get((record.series_id, record.number)) if record.series_id else None
        settle(record, [found] if found else [], on_duplicate)
    reject_repeats(records, lambda r: (r.series_key(), r.number), QT_TR_NOOP("同じ行事の同じ回"))
    _check_schedule(session, records)


def _same_day(record: SessionRecord) -> tuple[object, ...] | None:
    """What makes two unnumbered rows one session: the day, the title, the place, the time."""
    if record.number_given:
        return None
    theme = normalize_for_compare(record.theme or "")
    venue = normalize_for_compare(record.venue or "")
    return record.series_key(), record.date, theme, venue, record.start


def _number_by_date(session: Session, records: Sequence[SessionRecord]) -> None:
    """Number the rows of a list without 回: a row that is a stored session (same date and
    title) takes its number; the others follow the series' last number in date order (undated
    ones last). A new session dated before a stored one is said, since the numbers then no
    longer follow the dates."""
    unnumbered = [r for r in records if not r.rejected and not r.number_given]
    if not unnumbered:
        return
    keys = {r.series_id: r.series_key() for r in unnumbered if r.series_id is not None}
    stored_days: dict[tuple[str, dt.date | None, str], int] = {}  # (series, date, title) → 回
    last: dict[str, int] = {}  # series key → its highest number, stored or in the file
    latest: dict[str, dt.date] = {}  # series key → its last stored date
    for series_id, number, date, theme in session.execute(
        select(
            EventSession.series_id, EventSession.number, EventSession.date, EventSession.theme
        ).where(EventSession.series_id.in_(sorted(keys)))
    ):
        key = keys[series_id]
        stored_days.setdefault((key, date, normalize_for_compare(theme or "")), number)
        last[key] = max(last.get(key, 0), number)
        if date is not None and date > latest.get(key, date - dt.timedelta(days=1)):
            latest[key] = date
    for record in records:
        if record.number_given and record.number:
            last[record.series_key()] = max(last.get(record.series_key(), 0), record.number)
    fresh: list[SessionRecord] = []
    for record in unnumbered:
        day = (record.series_key(), record.date, normalize_for_compare(record.theme or ""))
        if day in stored_days:
            record.number = stored_days[day]
        else:
            fresh.append(record)
    fresh.sort(key=lambda r: (r.date is None, r.date or dt.date.min))  # stable: file order kept
    for record in fresh:
        key = record.series_key()
        last[key] = last.get(key, 0) + 1
        record.number = last[key]
        before = latest.get(key)
        if record.date is not None and before is not None and record.date < before:
            record.problems.append(
                Problem(
                    record.origin,
                    Text(
                        QT_TR_NOOP(
                            "登録済みの回（{before}まで）より前の日付ですが、"
                            "回の番号は登録済みの回の後に続けます（{session}）。"
                        ),
                        before=date_words(before),
                        session=session_words(record.number),
                    ),
                    WARNING,
                )
            )


def _check_schedule(session: Session, records: Sequence[SessionRecord]) -> None:
    """The scheduling checks of the 回 tab (overlaps, holidays, fiscal year) as row warnings,
    against the stored sessions and the other rows."""
    live = [r for r in records if not r.rejected and r.date is not None and r.number]
    if not live:
        return
    replaced = {r.chosen_id for r in live if r.chosen_id is not None}
    stored = stored_on(session, {r.date for r in live if r.date}, replaced)
    years = {
        series_id: year
        for series_id, year in session.execute(select(EventSeries.id, EventSeries.fiscal_year))
    }
    slots = [Slot(r.series_name, r.number or 0, r.date, r.start, r.end) for r in live]
    for record, slot in zip(live, slots, strict=True):
        others = [*stored, *(s for s in slots if s is not slot)]
        year = years.get(record.series_id) if record.series_id else record.series_fiscal_year
        for warning in check(slot, others, year):
            record.problems.append(Problem(record.origin, warning.said, WARNING))


def _note_new_series(records: Sequence[SessionRecord]) -> None:
    """A series that is not stored will be created, with the fiscal year its name or its
    sessions' dates give: said once, on its first row."""
    new: dict[str, list[SessionRecord]] = {}
    for record in records:
        if not record.rejected and record.series_name and record.series_id is None:
            new.setdefault(record.series_key(), []).append(record)
    for rows in new.values():
        first = rows[0]
        year, why = fiscal_year(first.series_name, (r.date for r in rows if r.date))
        for record in rows:
            record.series_fiscal_year = year
        first.problems.append(
            Problem(
                first.event_at,
                Text(
                    QT_TR_NOOP(
                        "行事「{event}」は登録されていないため、新しい行事として作ります。{why}"
                    ),
                    event=first.series_name,
                    why=why,
                ),
                WARNING,
            )
        )


# --- writing ----------------------------------------------------------------------------------


def write(session: Session, records: list[SessionRecord], counts: dict[str, int]) -> None:
    """Add or update the accepted sessions (the caller's transaction, no autoflush)."""
    series: dict[str, EventSeries] = {}
    for record in records:
        if record.chosen_id is None:
            session.add(
                EventSession(
                    series=_series(session, record, series, counts),
                    number=record.number,
                    theme=record.theme,
                    date=record.date,
                    start_time=record.start,
                    end_time=record.end,
                    format=record.format,
                    venue=record.venue,
                    url=record.url,
                    eligibility=record.eligibility,
                    note=record.note,
                )
            )
            count(counts, "開催回（新規）")
        elif _update(session.get_one(EventSession, record.chosen_id), record):
            count(counts, "開催回（更新）")


def _series(
    session: Session, record: SessionRecord, series: dict[str, EventSeries], counts: dict[str, int]
) -> EventSeries:
    """The row's series: the stored one, or one created (once per import) with its name only."""
    key = record.series_key()
    if key not in series:
        if record.series_id is not None:
            series[key] = session.get_one(EventSeries, record.series_id)
        else:
            series[key] = EventSeries(
                name=record.series_name, fiscal_year=record.series_fiscal_year
            )
            session.add(series[key])
            count(counts, "行事（新規）")
    return series[key]


def _update(event: EventSession, record: SessionRecord) -> bool:
    """Fill the empty fields of a stored session, or overwrite them ("update"); True if changed.

    The start and end are one value (a time range), so a stored 13:30～ never gets an end
    from another range.
    """
    overwrite = record.action == "update"
    changed = merge_values(
        event,
        {
            "theme": record.theme,
            "date": record.date,
            "format": record.format,
            "venue": record.venue,
            "url": record.url,
            "eligibility": record.eligibility,
            "note": record.note,
        },
        overwrite,
    )
    times = (record.start, record.end)
    if (
        record.start is not None
        and (overwrite or event.start_time is None)
        and (event.start_time, event.end_time) != times
    ):
        event.start_time, event.end_time = times
        changed = True
    return changed


KIND: ImportKind[SessionRecord] = ImportKind(
    name="sessions",
    label=QT_TR_NOOP("開催日程"),
    label_en="Session schedule",
    order=50,
    becomes="sessions of an event series, with date, time, venue, URL (a series not stored is created, with the fiscal year its name — 令和4年度, R4年度, 2022年度 — or else its sessions' dates give; `--series` names the series of a list that has no 行事名)",
    matched_by="series and number (第n回); a list without 回, by date and title, its new sessions numbered in date order after the stored ones",
    headings=(
        headings.EVENT_NAME,
        headings.SESSION_NUMBER,
        Heading(
            "theme", ("テーマ", "イベント等名", "イベント等の名称", "演題", "講座名", "催し名")
        ),
        Heading("date", ("開催日", "日付", "開催日程", "日程", "開始日", "開催年月日")),
        Heading("end_date", ("終了日", "最終日", "開催終了日")),
        Heading("venue", ("会場", "会場名", "開催場所", "場所", "開催地")),
        Heading("url", ("URL", "ホームページURL", "ホームページ", "参加URL", "配信URL")),
        Heading("status", ("開催等状況", "開催状況", "状況")),
        Heading("start", ("開始", "開始時刻", "開始時間")),
        Heading("end", ("終了", "終了時刻", "終了時間")),
        Heading("time", ("時間", "時間帯", "開催時間")),
        Heading("format", ("形式", "開催形式")),
        Heading("eligibility", ("対象", "参加対象", "対象者")),
    ),
    # A schedule has dates, and 回 or what tells its sessions apart (a title, a place, a series).
    required=frozenset({"date"}),
    required_any=(frozenset({"session_number", "theme", "venue", "event_name"}),),
    record=SessionRecord,
    stored_in=(
        ("event_name", "event_name", "event_series.name"),
        ("theme", "theme", "event_session.theme"),
        ("venue", "venue", "event_session.venue"),
        ("url", "url", "event_session.url"),
    ),
    build=build,
    split=one_row_per_day,
    resolve=resolve,
    write=write,
)
