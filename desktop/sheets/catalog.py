"""Every summary sheet by its CLI name: what it needs, and how it is built from the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from db.errors import UserError
from desktop.sheets import (
    audit_log,
    council_members,
    counts,
    duplicates,
    expert_catalog,
    matching,
    participants,
    projects,
    schedule_conflicts,
    smart_city,
    support_status,
    symposium_schedule,
    upcoming,
)
from desktop.sheets.model import Sheet
from desktop.sheets.words import english_headings


@dataclass(frozen=True)
class SheetOptions:
    """What the user chose (`secdesk report SHEET --council … --as-of …`)."""

    council: str | None = None
    series: str | None = None
    session: int | None = None
    category: str | None = None
    program: str | None = None
    as_of: dt.date | None = None
    since: dt.date | None = None  # audit-log: the first day (default: 30 days before as_of)
    contacts: bool = False
    children: bool = False
    english_headings: bool = False  # titles and column headings in English


@dataclass(frozen=True)
class SheetKind:
    label: str  # Japanese, for --help
    build: Callable[[Session, SheetOptions], Sheet]
    needs: tuple[tuple[str, str], ...] = ()  # (option, message when it is missing)


def _text(value: str | None) -> str:
    assert value is not None  # checked by build_sheet against SheetKind.needs
    return value


SHEETS: dict[str, SheetKind] = {
    "council-members": SheetKind(
        "会議の名簿",
        lambda s, o: council_members.build(
            s, _text(o.council), as_of=o.as_of, contacts=o.contacts, children=o.children
        ),
        (("council", "会議名を --council で指定してください（例: --council 幹事会）。"),),
    ),
    "symposium-schedule": SheetKind(
        "行事の開催日程",
        lambda s, o: symposium_schedule.build(s, _text(o.series), as_of=o.as_of),
        (("series", "行事名を --series で指定してください。"),),
    ),
    "schedule-conflicts": SheetKind(
        "開催日程の確認（重なり・休日・年度外）",
        lambda s, o: schedule_conflicts.build(s, _text(o.series), as_of=o.as_of),
        (("series", "行事名を --series で指定してください。"),),
    ),
    "participants": SheetKind(
        "参加者名簿（受付簿）",
        lambda s, o: participants.build(
            s, _text(o.series), o.session or 0, as_of=o.as_of, contacts=o.contacts
        ),
        (
            ("series", "行事名を --series で指定してください。"),
            ("session", "何回目かを --session で指定してください（例: --session 1）。"),
        ),
    ),
    "counts": SheetKind("登録状況", lambda s, o: counts.build(s, as_of=o.as_of)),
    "duplicates": SheetKind(
        "重複の可能性がある団体・人", lambda s, o: duplicates.build(s, as_of=o.as_of)
    ),
    "projects": SheetKind("選定事業一覧", lambda s, o: projects.build(s, as_of=o.as_of)),
    "support-status": SheetKind(
        "選定事業の支援状況（継続申請）", lambda s, o: support_status.build(s, as_of=o.as_of)
    ),
    "matching": SheetKind(
        "分野ごとのマッチング表",
        lambda s, o: matching.build(s, _text(o.category), program=o.program, as_of=o.as_of),
        (("category", "分野名を --category で指定してください（例: --category 教育）。"),),
    ),
    "expert-catalog": SheetKind(
        "専門家カタログ",
        lambda s, o: expert_catalog.build(s, program=o.program, category=o.category, as_of=o.as_of),
    ),
    "upcoming": SheetKind("今後の予定と期限", lambda s, o: upcoming.build(s, as_of=o.as_of)),
    "audit-log": SheetKind(
        "変更履歴", lambda s, o: audit_log.build(s, as_of=o.as_of, since=o.since)
    ),
    "smart-city-matrix": SheetKind(
        "スマートシティ関連事業の選定結果", lambda s, o: smart_city.build(s, as_of=o.as_of)
    ),
}


def check_options(name: str, options: SheetOptions) -> None:
    """Refuse, before the database is opened, a sheet asked for without what it needs."""
    for option, message in SHEETS[name].needs:
        if getattr(options, option) in (None, ""):
            raise UserError(message)


def build_sheet(session: Session, name: str, options: SheetOptions) -> Sheet:
    check_options(name, options)
    with english_headings(options.english_headings):
        return SHEETS[name].build(session, options)
