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
from db.models import Category, Measure, Organization, Registration
from desktop.japanese.ministries import ministry_rank
from desktop.japanese.text import kana_sort_key, normalize_for_compare
from desktop.japanese.wareki import format_wareki
from desktop.sheets.model import Column, Section, Sheet

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
        raise UserError(f"分野「{name}」は事業「{program}」にはありません（あるのは {programs}）。")
    if not found:
        raise UserError(f"分野「{name}」はありません。事業の分野名をそのまま指定してください。")
    programs = "、".join(f"「{c.program.name}」" for c in found)
    raise UserError(f"分野「{name}」は {programs} にあります。--program で事業を指定してください。")


def _organization_order(org: Organization) -> tuple[str, str]:
    return (org.lg_code or "999999", kana_sort_key(org.kana or org.name))


def build(
    session: Session, category: str, *, program: str | None = None, as_of: dt.date | None = None
) -> Sheet:
    field = find_category(session, category, program)
    registrations = session.scalars(
        select(Registration)
        .where(
            Registration.program_id == field.program_id,
            Registration.status != "withdrawn",
            Registration.categories.any(Category.id == field.id),
        )
        .options(selectinload(Registration.organization))
    ).all()
    interested = sorted(
        (r.organization for r in registrations if r.role == "interest"), key=_organization_order
    )
    offering = sorted(
        (r.organization for r in registrations if r.role == "offer"),
        key=lambda o: kana_sort_key(o.kana or o.name),
    )
    measures = sorted(
        session.scalars(
            select(Measure)
            .where(Measure.categories.any(Category.id == field.id))
            .options(selectinload(Measure.ministry))
        ).all(),
        key=lambda m: (ministry_rank(m.ministry.name if m.ministry else ""), m.name),
    )
    measure_texts = [f"{m.name}（{m.ministry.name}）" if m.ministry else m.name for m in measures]
    rows = tuple(
        (a or "", b or "", c or "")
        for a, b, c in zip_longest(
            [o.name for o in interested], [o.name for o in offering], measure_texts
        )
    )
    return Sheet(
        name=NAME,
        title=f"{field.program.name}　{field.name} マッチング表",
        as_of=f"{format_wareki(as_of or dt.date.today())}現在　"
        f"関心 {len(interested)}団体・提供 {len(offering)}団体・支援策 {len(measures)}件",
        columns=(
            Column("関心のある地方公共団体", 1.0),
            Column("提供できる専門家", 1.0),
            Column("活用できる支援策（府省庁）", 1.4),
        ),
        sections=(Section(None, rows),),
        landscape=True,
    )
