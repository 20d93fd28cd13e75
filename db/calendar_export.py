"""予定表（.ics）: event sessions, council meetings and deadlines as an iCalendar file that
Outlook, Google Calendar and the Mac's Calendar import.

Each record is one VEVENT whose UID is made from the record's kind and id only
(`session-12@secdesk`), never from the time of the export: a calendar program that imports the
file again then updates the events it already has instead of adding them a second time. Their
SEQUENCE is the record's version, so that the newer of two exports wins. Times are in
Asia/Tokyo, whose VTIMEZONE is included, so that a PC set to another zone shows them right.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.errors import UserError
from db.models import Council, EventSeries, EventSession, Meeting, Milestone
from db.output_files import write_bytes_atomically
from desktop.catalogue import QT_TR_NOOP

TOKYO = ZoneInfo("Asia/Tokyo")
# The domain part of every UID: the records' ids are unique within one database only.
UID_DOMAIN = "secdesk"
PRODUCT = "-//Secretariat Desk//secdesk//JA"


@dataclass(frozen=True)
class CalendarChoice:
    """What goes into the calendar: one series, one council, or (neither) everything from
    `today` on."""

    series: str | None = None
    council: str | None = None
    today: dt.date | None = None


def build_calendar(session: Session, choice: CalendarChoice) -> Calendar:
    """The calendar of what `choice` names, its events in date order."""
    events: list[Event] = []
    if choice.series is not None:
        series = _series(session, choice.series)
        events += [_session_event(s) for s in series.sessions if s.date is not None]
    elif choice.council is not None:
        council = _council(session, choice.council)
        for meeting in council.meetings:
            events += _meeting_events(meeting)
    else:
        today = choice.today or dt.date.today()
        events += [_session_event(s) for s in _sessions_from(session, today)]
        for meeting in _meetings_from(session, today):
            events += [e for e in _meeting_events(meeting) if _day_of(e) >= today]
        events += [_milestone_event(m) for m in _milestones_from(session, today)]
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-timezone", "Asia/Tokyo")
    for event in sorted(events, key=lambda e: (_day_of(e), str(e["uid"]))):
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar


def write_calendar(calendar: Calendar, target: Path) -> None:
    """The calendar written beside `target` and renamed into place (CRLF line endings and
    lines folded at 75 octets, as RFC 5545 and the library write them)."""
    write_bytes_atomically(target, calendar.to_ical())


def _series(session: Session, name: str) -> EventSeries:
    series = session.scalars(
        select(EventSeries)
        .where(EventSeries.name == name)
        .options(selectinload(EventSeries.sessions))
    ).one_or_none()
    if series is None:
        raise UserError(QT_TR_NOOP("行事「{name}」が見つかりません。"), name=name)
    return series


def _council(session: Session, name: str) -> Council:
    council = session.scalars(
        select(Council).where(Council.name == name).options(selectinload(Council.meetings))
    ).one_or_none()
    if council is None:
        raise UserError(QT_TR_NOOP("会議「{name}」が見つかりません。"), name=name)
    return council


def _sessions_from(session: Session, today: dt.date) -> list[EventSession]:
    query = (
        select(EventSession)
        .where(EventSession.date >= today)
        .options(selectinload(EventSession.series))
    )
    return list(session.scalars(query))


def _meetings_from(session: Session, today: dt.date) -> list[Meeting]:
    """Meetings held or to be replied to from `today` on."""
    query = (
        select(Meeting)
        .where((Meeting.date >= today) | (Meeting.reply_by >= today))
        .options(selectinload(Meeting.council))
    )
    return list(session.scalars(query))


def _milestones_from(session: Session, today: dt.date) -> list[Milestone]:
    return list(session.scalars(select(Milestone).where(Milestone.date >= today)))


def _event(uid: str, summary: str, version: int) -> Event:
    event = Event()
    event.add("uid", f"{uid}@{UID_DOMAIN}")
    event.add("dtstamp", dt.datetime.now(dt.UTC))
    event.add("sequence", max(version - 1, 0))
    event.add("summary", summary)
    return event


def _timed(event: Event, day: dt.date, start: dt.time | None, end: dt.time | None) -> None:
    """A day with its times in Tokyo, or the whole day when no start is known."""
    if start is None:
        _all_day(event, day)
        return
    event.add("dtstart", dt.datetime.combine(day, start, TOKYO))
    if end is not None and end > start:
        event.add("dtend", dt.datetime.combine(day, end, TOKYO))


def _all_day(event: Event, day: dt.date) -> None:
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))  # an all-day event ends the next day
    event.add("transp", "TRANSPARENT")  # a deadline does not make the day busy


def _place(event: Event, venue: str | None, url: str | None, form: str | None) -> None:
    """LOCATION: the venue, or the URL of a web meeting; URL: the web address."""
    location = url if form == "web" and url else venue or url
    if location:
        event.add("location", location)
    if url:
        event.add("url", url)


def _session_event(event_session: EventSession) -> Event:
    assert event_session.date is not None
    summary = f"{event_session.series.name} 第{event_session.number}回"
    if event_session.theme:
        summary += f"「{event_session.theme}」"
    event = _event(f"session-{event_session.id}", summary, event_session.version)
    _timed(event, event_session.date, event_session.start_time, event_session.end_time)
    _place(event, event_session.venue, event_session.url, event_session.format)
    description = [
        text
        for text in (event_session.theme, event_session.eligibility, event_session.note)
        if text
    ]
    if description:
        event.add("description", "\n".join(description))
    return event


def _meeting_events(meeting: Meeting) -> list[Event]:
    """The meeting on its day, and its reply deadline (回答期限) as an all-day event."""
    name = f"{meeting.council.name} 第{meeting.number}回"
    events = []
    if meeting.date is not None:
        event = _event(f"meeting-{meeting.id}", name, meeting.version)
        _timed(event, meeting.date, meeting.start_time, meeting.end_time)
        _place(event, meeting.venue, meeting.url, meeting.format)
        if meeting.agenda:
            event.add("description", "議事次第\n" + meeting.agenda.strip())
        events.append(event)
    if meeting.reply_by is not None:
        deadline = _event(f"reply-by-{meeting.id}", f"回答期限：{name}", meeting.version)
        _all_day(deadline, meeting.reply_by)
        events.append(deadline)
    return events


def _milestone_event(milestone: Milestone) -> Event:
    event = _event(f"milestone-{milestone.id}", milestone.label, milestone.version)
    _all_day(event, milestone.date)
    if milestone.note:
        event.add("description", milestone.note)
    return event


def _day_of(event: Event) -> dt.date:
    start = event.decoded("dtstart")
    return start.date() if isinstance(start, dt.datetime) else start
