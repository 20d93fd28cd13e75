"""開催のご案内: a letter to each participant of a session (one a page, ready for a window
envelope), with the date, the place and how the participant takes part."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from db.models import EventSession, Participant
from db.vocab import PARTICIPANT_ATTENDANCE, SESSION_FORMATS, label
from desktop.japanese.wareki import format_wareki, format_wareki_datetime_range
from desktop.sheets.addressing import address
from desktop.sheets.model import Letter, Letters, Sheet
from desktop.sheets.participants import coming, find_session
from desktop.sheets.recipients import postal_address
from desktop.sheets.words import as_of_line, tr

NAME = "session-invitation"


def _details(event: EventSession, participant: Participant) -> tuple[tuple[str, str], ...]:
    """The 記 under the letter: what, when, where, and how this participant takes part."""
    when = (
        format_wareki_datetime_range(event.date, event.start_time, event.end_time)
        if event.date
        else "日程未定（決まり次第お知らせいたします）"
    )
    found = [("日時", when)]
    if event.theme:
        found.append(("テーマ", event.theme))
    if event.venue:
        found.append(("会場", event.venue))
    elif event.format:
        found.append(("形式", label(SESSION_FORMATS, event.format)))
    if participant.attendance:
        found.append(("参加形式", label(PARTICIPANT_ATTENDANCE, participant.attendance)))
    if event.url:
        found.append(("URL", event.url))
    return tuple(found)


def _body(title: str, participant: Participant) -> tuple[str, ...]:
    paragraphs = [
        "拝啓　時下ますますご清栄のこととお慶び申し上げます。"
        "平素は格別のご高配を賜り、厚く御礼申し上げます。",
        f"　さて、このたびお申し込みいただきました{title}を、下記のとおり開催いたします。"
        "ご多用中まことに恐縮ではございますが、ご出席くださいますようお願い申し上げます。",
    ]
    if participant.attendance == "online":
        paragraphs.append(
            "　オンラインでご参加の方には、接続先を開催前に改めてお知らせいたします。"
        )
    return tuple(paragraphs)


def build(
    session: Session,
    series_name: str,
    number: int,
    *,
    as_of: dt.date | None = None,
    honorific: str | None = None,
) -> Sheet:
    """The invitation to session `number` of the series, one letter to each participant who
    has not cancelled, dated `as_of` (default today), addressed with `honorific` (様 or 殿;
    default: the office's setting)."""
    day = as_of or dt.date.today()
    event = find_session(session, series_name, number)
    series = event.series
    title = f"{series.name} 第{number}回"
    sender = f"{series.program.name} 事務局" if series.program else f"{series.name} 事務局"
    letters = []
    for participant in coming(event):
        person = participant.person
        organization = person.organization
        postal_code, street = postal_address(person, organization)
        letters.append(
            Letter(
                addressee=address(
                    organization=organization.name if organization else None,
                    post=person.post,
                    name=person.name,
                    stored=street,
                    postal_code=postal_code,
                )
                .honoured(honorific)
                .lines(),
                date=format_wareki(day),
                sender=(sender,),
                title=f"{title} 開催のご案内",
                body=_body(title, participant),
                details=_details(event, participant),
            )
        )
    return Sheet(
        name=NAME,
        title=tr("{name} 第{number}回 開催のご案内").format(name=series.name, number=number),
        as_of=as_of_line(day),
        columns=(),
        sections=(),
        layout=Letters(tuple(letters)),
    )
