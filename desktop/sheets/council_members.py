"""名簿: a council's members by role (議長, 座長, 構成員 …), then the council's own order."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.errors import UserError
from db.models import Council, Membership, Person
from db.vocab import MEMBER_ROLES, label, role_rank
from desktop.catalogue import QT_TR_NOOP
from desktop.japanese.text import normalize_for_compare
from desktop.rules.councils import serves_on
from desktop.sheets.model import Column, Section, Sheet
from desktop.sheets.words import as_of_line, tr

NAME = "council-members"


def find_council(session: Session, name: str) -> Council:
    """The council of that name (compared after normalisation), or a message listing them."""
    councils = session.scalars(select(Council).order_by(Council.id)).all()
    for council in councils:
        if normalize_for_compare(council.name) == normalize_for_compare(name):
            return council
    known = "、".join(f"「{c.name}」" for c in councils) or "（まだありません）"
    raise UserError(
        QT_TR_NOOP("会議「{name}」はありません。登録されている会議: {known}"),
        name=name,
        known=known,
    )


def members_on(session: Session, council: Council, as_of: dt.date) -> list[Membership]:
    """The council's members on `as_of`, by role, then the council's own order."""
    members = session.scalars(
        select(Membership)
        .where(Membership.council_id == council.id)
        .options(
            selectinload(Membership.person).selectinload(Person.organization),
            selectinload(Membership.organization),
        )
    ).all()
    current = [m for m in members if serves_on(m, as_of)]
    return sorted(current, key=lambda m: (role_rank(m.role), m.order, m.id))


def _row(member: Membership, contacts: bool) -> tuple[str, ...]:
    person = member.person
    organization = member.organization or (person.organization if person else None)
    row = [
        label(MEMBER_ROLES, member.role),
        member.post or "",
        person.name if person else "",
        organization.name if organization else "",
    ]
    if contacts:
        row += [person.email or "" if person else "", person.phone or "" if person else ""]
    row.append(member.note or "")
    return tuple(row)


def build(
    session: Session,
    council: str,
    *,
    as_of: dt.date | None = None,
    contacts: bool = False,
    children: bool = False,
) -> Sheet:
    """The member list of `council` on `as_of` (default today); with `children`, the councils
    under it (its 幹事会 …) follow as sections of their own."""
    day = as_of or dt.date.today()
    parent = find_council(session, council)
    councils = [parent]
    if children:
        councils += session.scalars(
            select(Council).where(Council.parent_id == parent.id).order_by(Council.id)
        ).all()
    members = {c.id: members_on(session, c, day) for c in councils}
    columns = [
        Column(tr("役割"), 1.2),
        Column(tr("役職"), 3.6),
        Column(tr("氏名"), 1.6, names=True),
        Column(tr("所属"), 2.6),
    ]
    if contacts:
        # Asked for: printed even when none is known (the page then says so).
        columns += [
            Column(tr("メールアドレス"), 2.6, keep=True),
            Column(tr("電話番号"), 1.7, keep=True),
        ]
    columns.append(Column(tr("備考"), 1.6))
    sections = [
        Section(
            c.name if len(councils) > 1 else None,
            tuple(_row(m, contacts) for m in members[c.id]),
        )
        for c in councils
    ]
    return Sheet(
        name=NAME,
        title=tr("{name} 名簿").format(name=parent.name),
        as_of=as_of_line(day),
        columns=tuple(columns),
        sections=tuple(sections),
        landscape=contacts,
        confidential=contacts,
        confidential_label=tr("取扱注意"),
    ).without_empty(tr("氏名"), tr("所属"), tr("備考"))  # as the columns were titled
