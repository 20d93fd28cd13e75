"""変更履歴: every change in a period, who made it and what changed, from the audit log, to
keep on file or hand to an auditor (the log itself cannot be edited from the app)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.japanese.wareki import FIRST_DATE
from desktop.ops.history import LogRow, audit_log
from desktop.sheets import words
from desktop.sheets.model import Column, Section, Sheet
from desktop.sheets.words import as_of_line, tr

NAME = "audit-log"
DEFAULT_DAYS = 30


def _row(change: LogRow) -> tuple[str, ...]:
    lang = words.language()
    table = change.table_words(lang)
    target = f"{table} ID {change.row_id}" if change.row_id is not None else table
    return (
        f"{change.at:%Y-%m-%d %H:%M}",
        change.user_words(lang),
        target,
        change.action_words(lang),
        change.words(lang),
    )


def build(session: Session, *, as_of: dt.date | None = None, since: dt.date | None = None) -> Sheet:
    until = as_of or dt.date.today()
    # The default period never starts before the first date the calendar (and wareki) knows.
    start = since or max(until - dt.timedelta(days=DEFAULT_DAYS - 1), FIRST_DATE)
    changes = audit_log(session, start, until)
    return Sheet(
        name=NAME,
        title=tr("変更履歴（{start}〜{until}）").format(
            start=words.day(start), until=words.day(until)
        ),
        as_of=as_of_line(dt.date.today()),
        columns=(
            Column(tr("日時"), 1.6),
            Column(tr("操作者"), 1.4),
            Column(tr("対象"), 1.4),
            Column(tr("操作"), 0.6, "center"),
            Column(tr("内容"), 5.0),
        ),
        sections=(
            Section(
                tr("{count}件（新しい順）").format(count=len(changes)),
                tuple(_row(c) for c in changes),
                tuple(c.entry for c in changes),
            ),
        ),
        notes=(tr("※変更履歴はアプリからは編集できません。"),),
        landscape=True,
    )
