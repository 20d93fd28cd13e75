"""名簿: a council's members by role (議長, 座長, 構成員 …), then the council's own order.

A council whose members are filed in groups (地方公共団体等, 民間事業者, 大学等, 国) prints a
section per group, in that customary order. A list of people by name says 「（敬称略・順不同）」
as such lists do; the council's own note (※必要に応じて構成員追加) and its 事務局 are printed
under the table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

from sqlalchemy import case, select
from sqlalchemy.orm import Session, aliased, selectinload

from db.errors import UserError
from db.models import Council, Membership, Organization, Person
from db.vocab import MEMBER_ROLES, label, role_rank
from desktop.catalogue import QT_TR_NOOP
from desktop.japanese.text import normalize_for_compare
from desktop.rules.councils import serves_on
from desktop.sheets import words
from desktop.sheets.model import Column, Section, Sheet, none_found
from desktop.sheets.words import as_of_line, tr

# The customary order of a regional council's groups; a group named otherwise follows them, in
# the order the council lists it.
GROUP_ORDER = ("地方公共団体等", "民間事業者", "大学等", "国")
GROUP_ALIASES = {"関係府省庁": "国", "関係省庁": "国", "国の機関": "国"}

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


class _Listed(NamedTuple):
    """A member as the list prints them (and orders and groups them)."""

    id: int
    role: str
    order: int
    post: str | None
    note: str | None
    group_name: str | None
    term_start: dt.date | None
    term_end: dt.date | None
    person_id: int | None
    person_name: str | None
    email: str | None
    phone: str | None
    organization: str | None  # the seat's, else the person's


def _listed_on(session: Session, council: Council, as_of: dt.date) -> list[_Listed]:
    """What the list prints of the council's members on `as_of` (in members_on's order), read
    as plain columns in one query: a council of thousands is listed without loading objects."""
    own = aliased(Organization)  # the organization the member sits for
    persons = aliased(Organization)  # the person's own, when the seat names none
    rows = session.execute(
        select(
            Membership.id,
            Membership.role,
            Membership.order,
            Membership.post,
            Membership.note,
            Membership.group_name,
            Membership.term_start,
            Membership.term_end,
            Person.id.label("person_id"),
            Person.name.label("person_name"),
            Person.email,
            Person.phone,
            case((own.id.is_not(None), own.name), else_=persons.name).label("organization"),
        )
        .select_from(Membership)
        .outerjoin(Person, Membership.person_id == Person.id)
        .outerjoin(own, Membership.organization_id == own.id)
        .outerjoin(persons, Person.organization_id == persons.id)
        .where(Membership.council_id == council.id)
    ).all()
    current = [_Listed._make(r) for r in rows if serves_on(r, as_of)]
    return sorted(current, key=lambda r: (role_rank(r.role), r.order, r.id))


def _row(member: _Listed, contacts: bool) -> tuple[str, ...]:
    row = [
        label(MEMBER_ROLES, member.role),
        member.post or "",
        member.person_name or "",
        member.organization or "",
    ]
    if contacts:
        row += [member.email or "", member.phone or ""]
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
    if parent.established_on is not None and day < parent.established_on:
        return _not_yet(parent, day)
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
    sections: list[Section] = []
    notes: list[str] = []
    named = False
    for c in councils:
        members = _listed_on(session, c, day)
        named = named or any(m.person_id is not None for m in members)
        council_heading = c.name if len(councils) > 1 else None
        for group, grouped in _by_group(members):
            heading = " ".join(h for h in (council_heading, group) if h) or None
            if grouped:
                sections.append(Section(heading, tuple(_row(m, contacts) for m in grouped)))
            else:  # nobody serves on that day
                sections.append(none_found(heading, len(columns), tr("該当なし")))
        notes += _council_notes(c, own=c is parent)
    as_of_text = as_of_line(day)
    if named:  # a list of people by name, as such lists are printed
        as_of_text += tr("（敬称略・順不同）")
    return Sheet(
        name=NAME,
        title=tr("{name} 名簿").format(name=parent.name),
        as_of=as_of_text,
        columns=tuple(columns),
        sections=tuple(sections),
        notes=tuple(notes),
        landscape=contacts,
        confidential=contacts,
        confidential_label=tr("取扱注意"),
    ).without_empty(tr("氏名"), tr("所属"), tr("備考"))  # as the columns were titled


def _council_notes(council: Council, *, own: bool) -> list[str]:
    """The council's own note and its 事務局, under the table; a council below the one asked
    for is named in them."""
    found = [council.note] if council.note else []
    if council.secretariat:
        found.append(tr("事務局：{secretariat}").format(secretariat=council.secretariat))
    return found if own else [f"{council.name}: {text}" for text in found]


def _group_rank(group: str) -> int:
    name = GROUP_ALIASES.get(group, group)
    return GROUP_ORDER.index(name) if name in GROUP_ORDER else len(GROUP_ORDER)


def _by_group(members: Sequence[_Listed]) -> list[tuple[str | None, list[_Listed]]]:
    """The members in sections: those of no group first (a 会長 above the groups), then each
    group in the customary order, a group unknown to it where the council first lists it."""
    groups: dict[str | None, list[_Listed]] = {}
    for member in members:
        groups.setdefault(member.group_name or None, []).append(member)
    if list(groups) in ([], [None]):
        return [(None, list(members))]
    appearance = {g: n for n, g in enumerate(groups)}
    order = sorted(groups, key=lambda g: (-1, 0) if g is None else (_group_rank(g), appearance[g]))
    return [(g, groups[g]) for g in order]


def _not_yet(council: Council, day: dt.date) -> Sheet:
    """The roster asked for a day before the council was set up: one line saying so."""
    assert council.established_on is not None
    return Sheet(
        name=NAME,
        title=tr("{name} 名簿").format(name=council.name),
        as_of=as_of_line(day),
        columns=(),
        sections=(),
        notes=(
            tr("{day}には、この会議はまだ設置されていません（{established}設置）。").format(
                day=words.day(day), established=words.day(council.established_on)
            ),
        ),
    )
