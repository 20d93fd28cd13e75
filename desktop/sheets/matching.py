"""マッチング表: for one policy field, who is interested, who can help, which measures apply.

The one-stop view of the secretariat: the local governments interested in the field, the experts
offering in it and the ministries' support measures, side by side (local governments in code
order, experts in 五十音順, measures in the government's ministry order).
"""

from __future__ import annotations

import datetime as dt
from itertools import zip_longest

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.errors import UserError
from db.models import Category
from desktop.catalogue import QT_TR_NOOP
from desktop.japanese.text import normalize_for_compare
from desktop.ops.matching import matching_for
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


def build(
    session: Session, category: str, *, program: str | None = None, as_of: dt.date | None = None
) -> Sheet:
    found = matching_for(session, find_category(session, category, program).id)
    measure_texts = [f"{m.name}（{m.detail}）" if m.detail else m.name for m in found.measures]
    rows = tuple(
        (a or "", b or "", c or "")
        for a, b, c in zip_longest(
            [o.name for o in found.interested], [o.name for o in found.offering], measure_texts
        )
    )
    return Sheet(
        name=NAME,
        title=tr("{program}　{category} マッチング表").format(
            program=found.program, category=found.category
        ),
        as_of=as_of_line(as_of or dt.date.today())
        + tr("　関心 {interested}団体・提供 {offering}団体・支援策 {measures}件").format(
            interested=len(found.interested),
            offering=len(found.offering),
            measures=len(found.measures),
        ),
        columns=(
            Column(tr("関心のある地方公共団体"), 1.0),
            Column(tr("提供できる専門家"), 1.0),
            Column(tr("活用できる支援策（府省庁）"), 1.4),
        ),
        sections=(Section(None, rows) if rows else none_found(None, 3, tr("該当なし")),),
        landscape=True,
    )
