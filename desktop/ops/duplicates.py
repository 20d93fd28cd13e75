"""Duplicate review: likely duplicate organizations and people, merging them, or saying no.

Which records are likely the same is the rule of desktop.rules.duplicates. A pair marked "not a
duplicate" is not proposed again.

Merging keeps one record and moves everything of the other onto it — registrations (the same
programme and role become one, with both fields), memberships, proposals, participations,
contacts, child organizations — fills the kept record's empty fields (those db.fields declares
`merge="fill"`; each other field says why it is not filled), and deletes the other.
It is one transaction, and every change is in the audit log.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import backup
from db.database import Database
from db.errors import ValidationError
from db.fields import filled_on_merge
from db.models import (
    DuplicateDismissal,
    Measure,
    MeasureSelection,
    Membership,
    Organization,
    Participant,
    Person,
    ProjectProposer,
    Registration,
)
from db.vocab import ORGANIZATION_KINDS, label
from desktop.catalogue import QT_TR_NOOP
from desktop.ops.common import fetch
from desktop.rules.duplicates import (
    STATUS_STRENGTH,
    different_bodies,
    email_key,
    pairs_sharing_a_key,
    reading_key,
)

KINDS = ("organization", "person")


@dataclass(frozen=True)
class Side:
    id: int
    version: int
    name: str
    facts: tuple[tuple[str, str], ...]  # (label, value) shown side by side


@dataclass(frozen=True)
class DuplicatePair:
    kind: str  # organization / person
    first: Side
    second: Side
    reasons: tuple[str, ...]  # 同じ地方公共団体コード, 同じ名称 …


def _dismissed(session: Session, kind: str) -> set[tuple[int, int]]:
    rows = session.execute(
        select(DuplicateDismissal.first_id, DuplicateDismissal.second_id).where(
            DuplicateDismissal.kind == kind
        )
    )
    return {(a, b) for a, b in rows}


def _organization_side(org: Organization) -> Side:
    return Side(
        org.id,
        org.version,
        org.name,
        (
            ("区分", label(ORGANIZATION_KINDS, org.kind)),
            ("フリガナ", org.kana or ""),
            ("地方公共団体コード", org.lg_code or ""),
            ("メールアドレス", org.email or ""),
            ("電話番号", org.phone or ""),
            ("登録数", str(len(org.registrations))),
        ),
    )


def _person_side(person: Person) -> Side:
    return Side(
        person.id,
        person.version,
        person.name,
        (
            ("所属", person.organization.name if person.organization else ""),
            ("フリガナ", person.kana or ""),
            ("役職", person.post or ""),
            ("メールアドレス", person.email or ""),
            ("電話番号", person.phone or ""),
        ),
    )


def find_duplicates(session: Session, kind: str) -> list[DuplicatePair]:
    """Likely duplicates of that kind, the most certain first (more reasons)."""
    if kind == "organization":
        organizations = {o.id: o for o in session.scalars(select(Organization))}
        found = pairs_sharing_a_key(
            organizations.values(),
            (
                ("同じ地方公共団体コード", lambda o: o.lg_code),
                ("同じ名称", lambda o: o.name_key),
                ("同じメールアドレス", lambda o: email_key(o.email)),
                ("同じフリガナ", lambda o: reading_key(o.kana)),
            ),
        )

        def other_bodies(a: int, b: int) -> bool:
            return different_bodies(organizations[a].lg_code, organizations[b].lg_code)

        records: dict[int, Any] = organizations
        side: Callable[[Any], Side] = _organization_side
        found = {pair: r for pair, r in found.items() if not other_bodies(*pair)}
    elif kind == "person":
        records = {p.id: p for p in session.scalars(select(Person))}
        found = pairs_sharing_a_key(
            records.values(),
            (
                ("同じ所属で同じ氏名", lambda p: f"{p.organization_id}:{p.name_key}"),
                ("同じメールアドレス", lambda p: email_key(p.email)),
                (
                    "同じ所属で同じフリガナ",
                    lambda p: f"{p.organization_id}:{reading_key(p.kana)}" if p.kana else None,
                ),
            ),
        )
        side = _person_side
    else:
        raise ValueError(kind)
    dismissed = _dismissed(session, kind)
    pairs = [
        DuplicatePair(kind, side(records[a]), side(records[b]), tuple(reasons))
        for (a, b), reasons in found.items()
        if (a, b) not in dismissed
    ]
    return sorted(pairs, key=lambda p: (-len(p.reasons), p.first.name, p.first.id))


def dismiss(session: Session, kind: str, first_id: int, second_id: int) -> None:
    """ "Not a duplicate": the pair is not proposed again."""
    a, b = sorted((first_id, second_id))
    exists = session.scalars(
        select(DuplicateDismissal).where(
            DuplicateDismissal.kind == kind,
            DuplicateDismissal.first_id == a,
            DuplicateDismissal.second_id == b,
        )
    ).first()
    if exists is None:
        session.add(DuplicateDismissal(kind=kind, first_id=a, second_id=b))
        session.flush()


def _fill(keep: Any, drop: Any, fields: Iterable[str]) -> None:
    for name in fields:
        if getattr(keep, name) in (None, "") and getattr(drop, name) not in (None, ""):
            setattr(keep, name, getattr(drop, name))


def _merge_registration(keep: Registration, drop: Registration) -> None:
    """Two registrations of one body for the same programme and role become one."""
    known = {c.id for c in keep.categories}
    keep.categories.extend(c for c in drop.categories if c.id not in known)
    if drop.summary and keep.summary and drop.summary != keep.summary:
        keep.summary = f"{keep.summary}／{drop.summary}"
    _fill(keep, drop, filled_on_merge(Registration))  # then the rules of the others
    if drop.received_on and keep.received_on and drop.received_on < keep.received_on:
        keep.received_on = drop.received_on
    if keep.status == "withdrawn" and drop.status != "withdrawn":
        keep.status = drop.status
    keep.publish_consent = keep.publish_consent or drop.publish_consent


def merge_organizations(
    session: Session, keep_id: int, drop_id: int, versions: tuple[int, int] | None = None
) -> int:
    """Move everything of `drop_id` onto `keep_id` and delete it; returns `keep_id`."""
    if keep_id == drop_id:
        raise ValidationError(QT_TR_NOOP("同じ団体どうしは統合できません。"))
    keep = fetch(session, Organization, keep_id, versions[0] if versions else None)
    drop = fetch(session, Organization, drop_id, versions[1] if versions else None)
    if keep.lg_code and drop.lg_code and keep.lg_code != drop.lg_code:
        raise ValidationError(
            QT_TR_NOOP("地方公共団体コードが違う（{kept} と {dropped}）ため、統合できません。"),
            kept=keep.lg_code,
            dropped=drop.lg_code,
        )
    for registration in list(drop.registrations):
        same = next(
            (
                r
                for r in keep.registrations
                if (r.program_id, r.role) == (registration.program_id, registration.role)
            ),
            None,
        )
        if same is not None:
            _merge_registration(same, registration)
            drop.registrations.remove(registration)  # an orphan now: deleted at the flush
        else:
            registration.organization = keep
    for person in list(drop.people):
        person.organization = keep
    # Through the relationship, not the column: a row loaded with its link to the drop (in the
    # transaction that made both) would otherwise still point at the deleted record.
    for model, column, relation in (
        (Membership, Membership.organization_id, "organization"),
        (Measure, Measure.ministry_id, "ministry"),
        (Organization, Organization.parent_id, "parent"),
    ):
        for row in session.scalars(select(model).where(column == drop.id)):
            if row is keep:  # the two were parent and child: the kept one takes the drop's parent
                keep.parent = drop.parent if drop.parent not in (keep, drop) else None
            else:
                setattr(row, relation, keep)
    for link in session.scalars(
        select(ProjectProposer).where(ProjectProposer.organization_id == drop.id)
    ):
        already = session.get(ProjectProposer, (link.project_id, keep.id))
        order = link.order
        session.delete(link)
        if already is None:
            session.add(
                ProjectProposer(project_id=link.project_id, organization_id=keep.id, order=order)
            )
    for selection in session.scalars(
        select(MeasureSelection).where(
            MeasureSelection.organizations.any(Organization.id == drop.id)
        )
    ):
        others = [o for o in selection.organizations if o.id != drop.id]
        if keep not in others:
            others.append(keep)
        selection.organizations = others
    code = drop.lg_code
    drop.lg_code = None  # the code is unique: free it before the kept body takes it
    session.flush()
    if not keep.lg_code:
        keep.lg_code = code
    _fill(keep, drop, filled_on_merge(Organization))
    if keep.kind == "other":  # made in passing (その他): the other record knows what it is
        keep.kind = drop.kind
    session.delete(drop)
    session.flush()
    return keep.id


def merge_people(
    session: Session, keep_id: int, drop_id: int, versions: tuple[int, int] | None = None
) -> int:
    """Move every membership, participation and contact of `drop_id` onto `keep_id`."""
    if keep_id == drop_id:
        raise ValidationError(QT_TR_NOOP("同じ人どうしは統合できません。"))
    keep = fetch(session, Person, keep_id, versions[0] if versions else None)
    drop = fetch(session, Person, drop_id, versions[1] if versions else None)
    kept = {
        p.session_id: p
        for p in session.scalars(select(Participant).where(Participant.person_id == keep.id))
    }
    for participation in session.scalars(
        select(Participant).where(Participant.person_id == drop.id)
    ):
        twin = kept.get(participation.session_id)
        if twin is None:
            participation.person_id = keep.id
            continue
        # Registered twice for one session: one stays, with what the stronger record says.
        if STATUS_STRENGTH.index(participation.status) < STATUS_STRENGTH.index(twin.status):
            twin.status = participation.status
        _fill(twin, participation, filled_on_merge(Participant))
        session.delete(participation)
    for model, column in (
        (Membership, Membership.person_id),
        (Registration, Registration.contact_person_id),
    ):
        for row in session.scalars(select(model).where(column == drop.id)):
            setattr(row, column.key, keep.id)
    _fill(keep, drop, filled_on_merge(Person))
    session.flush()
    session.delete(drop)
    session.flush()
    return keep.id


def merge(
    database: Database, kind: str, keep_id: int, drop_id: int, versions: tuple[int, int]
) -> int:
    """A merge as the window runs it: a backup first, then one transaction."""
    backup.before(database, "before-merge")
    merge_records = merge_organizations if kind == "organization" else merge_people
    with database.transaction() as session:
        return merge_records(session, keep_id, drop_id, versions)
