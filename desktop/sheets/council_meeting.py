"""A council's meeting (第n回) as its sheets print it: found by the council's name and its number
(or the next one), and its particulars — title, date and time, place, 議事次第, reply deadline,
sender — worded once for the letter, the reply form, the seating plan and the 受付簿."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from db.errors import UserError
from db.models import Meeting
from db.vocab import SESSION_FORMATS, label
from desktop.japanese.wareki import format_wareki, format_wareki_datetime_range
from desktop.sheets.council_members import find_council


def find_meeting(
    session: Session, council: str, number: int | None, today: dt.date | None = None
) -> Meeting:
    """第`number`回 of the council; without a number, its next meeting from `today` (default
    today), else its latest. Said in one sentence when there is none."""
    found = find_council(session, council)
    meetings = list(found.meetings)
    if not meetings:
        raise UserError(
            f"「{found.name}」には会議の回がまだ登録されていません"
            "（会議・協議会の画面で第n回を追加してください）。"
        )
    if number is None:
        day = today or dt.date.today()
        ahead = [m for m in meetings if m.date is not None and m.date >= day]
        if ahead:
            return min(ahead, key=lambda m: (m.date, m.number))
        return max(meetings, key=lambda m: m.number)
    meeting = next((m for m in meetings if m.number == number), None)
    if meeting is None:
        numbers = "、".join(f"第{m.number}回" for m in meetings)
        raise UserError(f"「{found.name}」に第{number}回はありません（あるのは {numbers}）。")
    return meeting


def title(meeting: Meeting) -> str:
    """第2回○○協議会."""
    return f"第{meeting.number}回{meeting.council.name}"


def when(meeting: Meeting) -> str:
    """令和8年12月18日（金）14:00～16:00, or that the date is not yet fixed."""
    if meeting.date is None:
        return "日程未定（決まり次第お知らせいたします）"
    return format_wareki_datetime_range(meeting.date, meeting.start_time, meeting.end_time)


def place(meeting: Meeting) -> tuple[str, str]:
    """(会場, the venue) — with the web address under it for a hybrid meeting — or (URL, the
    address) for a meeting on the web; (形式, …) when neither is known yet."""
    venue = (meeting.venue or "").strip()
    url = (meeting.url or "").strip()
    if venue:
        return "会場", f"{venue}\n（オンライン: {url}）" if url else venue
    if url:
        return "URL", url
    if meeting.format:
        return "形式", label(SESSION_FORMATS, meeting.format)
    return "会場", "未定（決まり次第お知らせいたします）"


def agenda(meeting: Meeting) -> list[str]:
    """The 議事次第's items, one a line as stored, without empty lines."""
    return [line.strip() for line in (meeting.agenda or "").splitlines() if line.strip()]


def numbered_agenda(meeting: Meeting) -> str:
    """１．開会\n２．議事 … as a 議事次第 numbers its items."""
    return "\n".join(f"{number}．{item}" for number, item in enumerate(agenda(meeting), start=1))


def reply_by(meeting: Meeting) -> str:
    """令和8年12月4日（金）, or empty when no deadline is set."""
    return format_wareki(meeting.reply_by, weekday=True) if meeting.reply_by else ""


def sender(meeting: Meeting) -> str:
    """Who writes: the council's 事務局, as recorded, else 「○○ 事務局」."""
    council = meeting.council
    return (council.secretariat or "").strip() or f"{council.name} 事務局"
