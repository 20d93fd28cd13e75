"""マッチング表: for one policy field, who is interested, who can help, which measures apply.

The one-stop view of the secretariat: the local governments interested in the field, the experts
offering in it and the ministries' support measures, side by side (local governments in code
order, experts in 五十音順, measures in the government's ministry order).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from itertools import zip_longest

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.errors import UserError
from db.models import Category, Program
from desktop.catalogue import QT_TR_NOOP
from desktop.japanese.text import normalize_for_compare
from desktop.ops.matching import Matching, matching_for
from desktop.sheets.model import Column, Section, Sheet, none_found
from desktop.sheets.words import as_of_line, tr

NAME = "matching"


def find_category(session: Session, name: str, program: str | None = None) -> Category:
    """The policy field of that name; with several programmes using the name, `program` says which."""
    named = [
        c
        for c in session.scalars(select(Category).options(selectinload(Category.program)))
        if normalize_for_compare(c.name) == normalize_for_compare(name)
    ]
    found = [
        c
        for c in named
        if program is None
        or normalize_for_compare(c.program.name) == normalize_for_compare(program)
    ]
    if len(found) == 1:
        return found[0]
    if not found and named:
        programs = "、".join(f"「{c.program.name}」" for c in named)
        raise UserError(
            QT_TR_NOOP("分野「{name}」は事業「{program}」にはありません（あるのは {programs}）。"),
            name=name,
            program=program,
            programs=programs,
        )
    if not found:
        raise UserError(
            QT_TR_NOOP("分野「{name}」はありません。事業の分野名をそのまま指定してください。"),
            name=name,
        )
    programs = "、".join(f"「{c.program.name}」" for c in found)
    raise UserError(f"分野「{name}」は {programs} にあります。--program で事業を指定してください。")


def find_program(session: Session, name: str | None) -> Program:
    """The programme of that name; without one, the only programme with policy fields."""
    programs = [
        p
        for p in session.scalars(
            select(Program).options(selectinload(Program.categories)).order_by(Program.id)
        )
        if p.categories
    ]
    if name:
        for program in programs:
            if normalize_for_compare(program.name) == normalize_for_compare(name):
                return program
        raise UserError(QT_TR_NOOP("事業「{name}」には分野がありません。"), name=name)
    if len(programs) == 1:
        return programs[0]
    if not programs:
        raise UserError(QT_TR_NOOP("分野のある事業がまだありません。"))
    names = "、".join(f"「{p.name}」" for p in programs)
    raise UserError(
        f"分野のある事業が複数あります（{names}）。--program か --category で指定してください。"
    )


def build(
    session: Session,
    category: str | None = None,
    *,
    program: str | None = None,
    as_of: dt.date | None = None,
) -> Sheet:
    """The matching of one field; without `category`, of every field of the programme, a
    section each, in the programme's own order of fields."""
    if category:
        fields = [find_category(session, category, program)]
    else:
        fields = list(find_program(session, program).categories)
    found = [matching_for(session, field.id) for field in fields]
    day = as_of_line(as_of or dt.date.today())
    columns = (
        Column(tr("関心のある地方公共団体"), 1.0),
        Column(tr("提供できる専門家"), 1.0),
        Column(tr("活用できる支援策（府省庁）"), 1.4),
    )
    if len(found) == 1:
        (only,) = found
        return Sheet(
            name=NAME,
            title=tr("{program}　{category} マッチング表").format(
                program=only.program, category=only.category
            ),
            as_of=day + _tally(only),
            columns=columns,
            sections=(_section(only, None),),
            landscape=True,
        )
    # A field nobody is in on any side is named in one line under the others, not given a
    # table of its own: a programme of 20 fields with few registrations stays a few pages.
    filled = [m for m in found if _anyone(m)]
    empty = [m.category for m in found if not _anyone(m)]
    sections = tuple(_section(m, f"{m.category}（{_tally(m).strip()}）") for m in filled)
    return Sheet(
        name=NAME,
        title=tr("{program} 分野別マッチング表").format(program=found[0].program),
        as_of=day,
        columns=columns,
        sections=sections or (none_found(None, len(columns), tr("該当なし")),),
        notes=(
            (tr("関心・提供・支援策のいずれもない分野：{fields}").format(fields="、".join(empty)),)
            if empty
            else ()
        ),
        landscape=True,
    )


def _anyone(found: Matching) -> bool:
    return bool(found.interested or found.offering or found.measures)


def _tally(found: Matching) -> str:
    """The counts of the field: 「　関心 3団体・提供 2団体・支援策 5件」 (after the date)."""
    return tr("　関心 {interested}団体・提供 {offering}団体・支援策 {measures}件").format(
        interested=len(found.interested),
        offering=len(found.offering),
        measures=len(found.measures),
    )


def _section(found: Matching, heading: str | None) -> Section:
    """The field's three sides side by side; a side with nobody says 「該当なし」 in its first
    row (a field with nobody on any side is one such row)."""
    sides = (
        [o.name for o in found.interested],
        [o.name for o in found.offering],
        [f"{m.name}（{m.detail}）" if m.detail else m.name for m in found.measures],
    )
    nothing = tr("該当なし")
    if not any(sides):
        return replace(none_found(heading, len(sides), nothing), rows=((nothing,) * len(sides),))
    rows = tuple(tuple(value or "" for value in row) for row in zip_longest(*sides))
    printed = tuple(
        tuple(
            nothing if number == 0 and not side else value
            for value, side in zip(row, sides, strict=True)
        )
        for number, row in enumerate(rows)
    )
    return Section(heading, printed)
