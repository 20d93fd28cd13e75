"""今後の予定と期限: milestones, sessions and 継続申請 deadlines of the coming weeks, the overdue
ones first (desktop.ops.dashboard)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from db.vocab import label
from desktop.catalogue import SOURCE_LANGUAGE, in_language
from desktop.japanese.wareki import format_wareki
from desktop.ops.dashboard import DEFAULT_WEEKS, UPCOMING_KINDS, Upcoming, upcoming
from desktop.sheets import words
from desktop.sheets.model import Column, Record, Section, Sheet
from desktop.sheets.words import as_of_line, tr

NAME = "upcoming"
OVERDUE = "期限超過"


def _record(item: Upcoming) -> Record:
    return {
        "date": item.date.isoformat(),
        "kind": label(UPCOMING_KINDS, item.kind),
        "label": in_language(item.label, SOURCE_LANGUAGE),
        "overdue": item.overdue,
    }


def build(session: Session, *, as_of: dt.date | None = None) -> Sheet:
    day = as_of or dt.date.today()
    items = upcoming(session, day)
    until = day + dt.timedelta(weeks=DEFAULT_WEEKS)
    return Sheet(
        name=NAME,
        title=tr("今後の予定と期限"),
        as_of=tr("{as_of}（{until}まで）").format(as_of=as_of_line(day), until=words.day(until)),
        columns=(
            Column(tr("日付"), 1.6),
            Column(tr("種類"), 1.2),
            Column(tr("内容"), 5.0),
            Column(tr("状況"), 0.9, "center"),
        ),
        sections=(
            Section(
                None,
                tuple(
                    (
                        format_wareki(i.date, weekday=True),
                        label(UPCOMING_KINDS, i.kind),
                        in_language(i.label, SOURCE_LANGUAGE),
                        OVERDUE if i.overdue else "",
                    )
                    for i in items
                ),
                tuple(_record(i) for i in items),
            ),
        ),
        notes=() if items else ("※この期間の予定・期限はありません。",),
        landscape=True,
    )
