"""参加者名簿（受付簿）: one session's participants in 五十音順, with a column to tick at the door."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from db.errors import UserError
from db.models import EventSession, Participant
from db.vocab import PARTICIPANT_ATTENDANCE, label
from desktop.catalogue import QT_TR_NOOP, Text
from desktop.japanese.text import to_katakana
from desktop.japanese.wareki import format_wareki_datetime_range
from desktop.rules.participation import on_the_reception_list, reception_order
from desktop.sheets.model import Column, Section, Sheet
from desktop.sheets.symposium_schedule import find_series
from desktop.sheets.words import as_of_line, tr

NAME = "participants"


def find_session(session: Session, series_name: str, number: int) -> EventSession:
    """Session `number` of the series, or a message naming the sessions it has."""
    series = find_series(session, series_name)
    event = next((e for e in series.sessions if e.number == number), None)
    if event is None:
        numbers = "、".join(
            f"第{e.number}回" for e in sorted(series.sessions, key=lambda e: e.number)
        )
        raise UserError(
            QT_TR_NOOP("「{series}」に第{number}回はありません（あるのは {numbers}）。"),
            series=series.name,
            number=number,
            numbers=numbers or Text(QT_TR_NOOP("なし")),
        )
    return event


def coming(event: EventSession) -> list[Participant]:
    """The session's participants who have not cancelled, in 五十音順 (the window numbers its
    list of participants by the same rule, so that staff at the door find the same No.)."""
    return sorted(
        (p for p in event.participants if on_the_reception_list(p.status)),
        key=lambda p: reception_order(p.person.kana, p.person.name, p.id),
    )


def build(
    session: Session,
    series_name: str,
    number: int,
    *,
    as_of: dt.date | None = None,
    contacts: bool = False,
) -> Sheet:
    event = find_session(session, series_name, number)
    series = event.series
    people = coming(event)
    rows = []
    for index, participant in enumerate(people, start=1):
        person = participant.person
        row = [
            str(index),
            person.name,
            to_katakana(person.kana) if person.kana else "",  # フリガナ is written in katakana
            person.organization.name if person.organization else "",
            person.post or "",
            label(PARTICIPANT_ATTENDANCE, participant.attendance),
        ]
        if contacts:
            row += [person.email or "", person.phone or ""]
        rows.append((*row, ""))  # 受付: ticked by hand at the door
    columns = [
        Column(tr("No."), 0.5, "right"),
        Column(tr("氏名"), 1.6, names=True),
        Column(tr("フリガナ"), 1.6, names=True),
        Column(tr("所属"), 2.4),
        Column(tr("役職"), 1.6),
        Column(tr("参加形式"), 0.9, "center"),
    ]
    if contacts:
        # Asked for: printed even when none is known (the page then says so).
        columns += [
            Column(tr("メールアドレス"), 2.2, keep=True),
            Column(tr("電話番号"), 1.4, keep=True),
        ]
    columns.append(Column(tr("受付"), 0.7, "center", keep=True))
    when = (
        format_wareki_datetime_range(event.date, event.start_time, event.end_time)
        if event.date
        else "日程未定"
    )
    theme = f"「{event.theme}」" if event.theme else ""
    return Sheet(
        name=NAME,
        title=tr("{name} 第{number}回{theme} 参加者名簿（受付簿）").format(
            name=series.name, number=number, theme=theme
        ),
        as_of=tr("開催 {when}　／　{as_of}　{count}名").format(
            when=when, as_of=as_of_line(as_of or dt.date.today()), count=len(rows)
        ),
        columns=tuple(columns),
        sections=(Section(None, tuple(rows)),),
        landscape=contacts,
        confidential=contacts,
        confidential_label=tr("取扱注意"),
    )
