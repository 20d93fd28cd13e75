"""協議会 tab: selected projects, councils and their member lists."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from db.errors import ValidationError
from db.models import Council, Membership, Person, Project
from db.vocab import COUNCIL_KINDS, MEMBER_ROLES, role_rank
from desktop.catalogue import QT_TR_NOOP, Listed, Spelled
from desktop.japanese.text import to_hiragana
from desktop.ops.addresses import postal_address
from desktop.ops.common import (
    clean,
    day_in_words,
    editable,
    fetch,
    find_or_create_organization,
    optional_date,
    required,
)
from desktop.rules.councils import new_member_order, serves_on


@dataclass(frozen=True)
class CouncilRow:
    id: int
    name: str
    kind: str  # a code of COUNCIL_KINDS
    parent: str
    project: str
    member_count: int  # every seat, past and future terms included: what a delete takes along
    version: int
    parent_id: int | None
    note: str
    secretariat: str = ""  # 事務局, printed under the roster


@dataclass(frozen=True)
class MemberRow:
    """A member as stored: the role a code of MEMBER_ROLES, the term its two dates (the window
    names the role and writes the dates in its own language)."""

    id: int
    version: int
    order: int
    role: str
    group: str
    post: str
    name: str
    organization: str
    term_start: dt.date | None
    term_end: dt.date | None
    note: str
    # The person's (blank for a seat known by its post only).
    kana: str = ""
    email: str = ""
    phone: str = ""
    postal_code: str = ""  # of the person's own address, where letters go to them
    address: str = ""


def list_councils(session: Session) -> list[CouncilRow]:
    counts = (
        select(Membership.council_id, func.count().label("n"))
        .group_by(Membership.council_id)
        .subquery()
    )
    rows = session.execute(
        select(Council, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.council_id == Council.id)
        .options(selectinload(Council.parent), selectinload(Council.project))
        .order_by(Council.id)
    ).all()
    return [
        CouncilRow(
            id=c.id,
            name=c.name,
            kind=c.kind,
            parent=c.parent.name if c.parent else "",
            project=c.project.title if c.project else "",
            member_count=n,
            version=c.version,
            parent_id=c.parent_id,
            note=c.note or "",
            secretariat=c.secretariat or "",
        )
        for c, n in rows
    ]


def list_members(
    session: Session, council_id: int, as_of: dt.date | None = None
) -> list[MemberRow]:
    """Members by role (議長, 座長, 構成員 …), then the council's own order; with `as_of`, only
    those serving on that day (else everyone, past and future terms included)."""
    members = session.scalars(
        select(Membership)
        .where(Membership.council_id == council_id)
        .options(selectinload(Membership.person), selectinload(Membership.organization))
    ).all()
    if as_of is not None:
        members = [m for m in members if serves_on(m, as_of)]
    members = sorted(members, key=lambda m: (role_rank(m.role), m.order, m.id))
    return [
        MemberRow(
            id=m.id,
            version=m.version,
            order=m.order,
            role=m.role,
            group=m.group_name or "",
            post=m.post or "",
            name=m.person.name if m.person else "",
            organization=m.organization.name if m.organization else "",
            term_start=m.term_start,
            term_end=m.term_end,
            note=m.note or "",
            kana=m.person.kana or "" if m.person else "",
            email=m.person.email or "" if m.person else "",
            phone=m.person.phone or "" if m.person else "",
            postal_code=m.person.postal_code or "" if m.person else "",
            address=m.person.address or "" if m.person else "",
        )
        for m in members
    ]


@dataclass(frozen=True)
class MemberInput:
    council_id: int
    role: str
    post: str = ""
    name: str = ""
    organization: str = ""
    group: str = ""
    note: str = ""
    kana: str = ""
    email: str = ""
    phone: str = ""
    postal_code: str = ""
    address: str = ""
    term_start: str = ""
    term_end: str = ""
    id: int | None = None
    version: int | None = None


def _new_member_order(session: Session, council_id: int, data: MemberInput) -> int:
    members = session.scalars(select(Membership).where(Membership.council_id == council_id)).all()
    return new_member_order(members, data.role, data.organization, data.post)


def _keeps_its_role(session: Session, data: MemberInput) -> bool:
    """A role a roster wrote that the vocabulary does not know stays when the member is edited."""
    stored = session.get(Membership, data.id) if data.id is not None else None
    return stored is not None and stored.role == data.role


def save_member(session: Session, data: MemberInput) -> int:
    if data.role not in MEMBER_ROLES and not _keeps_its_role(session, data):
        raise ValidationError(QT_TR_NOOP("役割を選んでください。"), "role")
    post = clean(data.post)
    name = clean(data.name)
    if post is None and name is None:
        raise ValidationError(QT_TR_NOOP("役職か氏名のどちらかを入力してください。"), "post")
    kana, email, phone = clean(data.kana), clean(data.email), clean(data.phone)
    if name is None and (kana or email or phone):
        raise ValidationError(
            QT_TR_NOOP("フリガナ・メールアドレス・電話番号は氏名と一緒に入力してください。"),
            "name",
        )
    postal_code, address = postal_address(data.postal_code, data.address)
    if name is None and (postal_code or address):
        raise ValidationError(
            QT_TR_NOOP(
                "郵便番号・住所は氏名と一緒に入力してください"
                "（役職だけの席には、所属の団体の住所へ送ります）。"
            ),
            "name",
        )
    term_start = optional_date(data.term_start, "term_start")
    term_end = optional_date(data.term_end, "term_end")
    if term_start is not None and term_end is not None and term_end < term_start:
        raise ValidationError(QT_TR_NOOP("任期の終わりが初日より前になっています。"), "term_end")
    council = fetch(session, Council, data.council_id)
    if data.id is None:
        order = _new_member_order(session, council.id, data)
        member = Membership(council=council, role=data.role, order=order)
        session.add(member)
    else:
        member = fetch(session, Membership, data.id, data.version)
    org_name = clean(data.organization)
    member.role = data.role
    member.post = post
    member.group_name = clean(data.group)
    member.note = clean(data.note)
    member.term_start = term_start
    member.term_end = term_end
    member.organization = find_or_create_organization(session, org_name) if org_name else None
    if name is None:
        member.person = None
    elif member.person is None or member.person.name != name:
        member.person = Person(name=name, organization=member.organization, post=post)
    person = member.person
    if person is not None:
        contact = {
            "kana": to_hiragana(kana) if kana else None,
            "email": email,
            "phone": phone,
            "postal_code": postal_code,
            "address": address,
        }
        if any(getattr(person, key) != value for key, value in contact.items()):
            for key, value in contact.items():
                setattr(person, key, value)
            # The seat shows its person: a form opened before this change is refused as stale.
            member.updated_at = func.current_timestamp()
    session.flush()
    return member.id


def delete_member(session: Session, member_id: int, version: int | None) -> None:
    session.delete(fetch(session, Membership, member_id, version))


def move_member(session: Session, member_id: int, step: int) -> None:
    """Swap a member with its neighbour (step -1 up, +1 down) within the council's order."""
    member = fetch(session, Membership, member_id)
    # Among those serving when the member does (today, or the first day of its term): past
    # and future terms keep the order they were printed with.
    today = dt.date.today()
    day = today if serves_on(member, today) else (member.term_start or member.term_end or today)
    siblings = sorted(
        (
            m
            for m in session.scalars(
                select(Membership).where(Membership.council_id == member.council_id)
            )
            if serves_on(m, day)
        ),
        key=lambda m: (role_rank(m.role), m.order, m.id),
    )
    index = siblings.index(member)
    other_index = index + step
    if not 0 <= other_index < len(siblings):
        return
    other = siblings[other_index]
    if other.role != member.role:
        return  # the order is within a role; roles themselves keep their fixed order
    member.order, other.order = other.order, member.order
    if member.order == other.order:
        member.order += step


@dataclass(frozen=True)
class ReplacementInput:
    """Someone new takes a seat from a day on: the seat's role, order and (unless given) post
    and organization stay; the old member's term ends the day before."""

    member_id: int
    version: int | None
    from_date: str
    name: str
    post: str = ""
    organization: str = ""


def replace_member(session: Session, data: ReplacementInput) -> int:
    old = fetch(session, Membership, data.member_id, data.version)
    day = optional_date(data.from_date, "from_date")
    if day is None:
        raise ValidationError(
            QT_TR_NOOP("交代する日（新しい委員の任期の初日）を入力してください。"), "from_date"
        )
    name = required(data.name, "name", QT_TR_NOOP("新しい委員の氏名"))
    if old.term_start is not None and day <= old.term_start:
        raise ValidationError(
            QT_TR_NOOP("交代する日は今の委員の任期の初日（{day}）より後にしてください。"),
            "from_date",
            day=day_in_words(old.term_start),
        )
    if old.term_end is not None and old.term_end < day:
        raise ValidationError(
            QT_TR_NOOP(
                "この委員の任期は{day}に終わっています（すでに交代済みでないか確かめてください）。"
            ),
            "from_date",
            day=day_in_words(old.term_end),
        )
    org_name = clean(data.organization)
    organization = find_or_create_organization(session, org_name) if org_name else old.organization
    post = clean(data.post) or old.post
    successor = Membership(
        council=old.council,
        role=old.role,
        post=post,
        group_name=old.group_name,
        order=old.order,
        organization=organization,
        person=Person(name=name, organization=organization, post=post),
        term_start=day,
        term_end=old.term_end if old.term_end and old.term_end >= day else None,
    )
    old.term_end = day - dt.timedelta(days=1)
    session.add(successor)
    session.flush()
    return successor.id


@dataclass(frozen=True)
class NewTermInput:
    council_id: int
    start: str
    end: str = ""


def copy_roster(session: Session, data: NewTermInput) -> int:
    """Everyone serving the day before `start` serves the new term too, as new memberships
    (same people, seats and order); the current terms end the day before. Returns how many."""
    start = optional_date(data.start, "start")
    if start is None:
        raise ValidationError(QT_TR_NOOP("新しい任期の初日を入力してください。"), "start")
    end = optional_date(data.end, "end")
    if end is not None and end < start:
        raise ValidationError(QT_TR_NOOP("任期の終わりが初日より前になっています。"), "end")
    council = fetch(session, Council, data.council_id)
    if any(m.term_start is not None and m.term_start >= start for m in council.memberships):
        raise ValidationError(
            QT_TR_NOOP("{day}以降に始まる任期の委員がすでにいます。委員の一覧で確かめてください。"),
            "start",
            day=day_in_words(start),
        )
    eve = start - dt.timedelta(days=1)
    serving = [m for m in council.memberships if serves_on(m, eve)]
    if not serving:
        raise ValidationError(
            QT_TR_NOOP("{day}の時点の委員がいません。"), "start", day=day_in_words(eve)
        )
    for member in serving:
        member.term_end = eve
        session.add(
            Membership(
                council=council,
                person=member.person,
                organization=member.organization,
                role=member.role,
                post=member.post,
                group_name=member.group_name,
                order=member.order,
                note=member.note,
                term_start=start,
                term_end=end,
            )
        )
    session.flush()
    return len(serving)


@dataclass(frozen=True)
class CouncilInput:
    name: str
    kind: str = "regional"
    project_id: int | None = None  # a project's 地域実装協議会 (kept when the council is edited)
    note: str = ""
    parent_id: int | None = None  # the 連絡会議 a 幹事会 is under
    secretariat: str = ""  # 事務局: who runs the council (内閣府地方創生推進事務局)
    id: int | None = None
    version: int | None = None


def add_council(session: Session, data: CouncilInput) -> int:
    """A new council, e.g. the 地域実装協議会 of a newly selected project."""
    return save_council(session, data)


def save_council(session: Session, data: CouncilInput) -> int:
    """Create a council, or rename it, change its kind, the council above it, its 事務局 or
    its note."""
    name = required(data.name, "name", QT_TR_NOOP("会議名"))
    if data.kind not in COUNCIL_KINDS:
        raise ValidationError(QT_TR_NOOP("種別を選んでください。"), "kind")
    same_name = select(Council).where(Council.name == name)
    if data.id is not None:
        same_name = same_name.where(Council.id != data.id)
    if session.scalars(same_name).first() is not None:
        raise _name_taken(name)
    parent = fetch(session, Council, data.parent_id) if data.parent_id is not None else None
    if data.kind == "board" and parent is None:
        raise ValidationError(
            QT_TR_NOOP("幹事会の上位会議（連絡会議など）を選んでください。"), "parent_id"
        )
    if parent is not None and data.id is not None and _is_under(parent, data.id):
        raise ValidationError(
            QT_TR_NOOP("「{parent}」はこの会議の下にあるため、上位会議にはできません。"),
            "parent_id",
            parent=parent.name,
        )
    council = editable(session, Council, data.id, data.version, name=name, kind=data.kind)
    council.name = name
    council.kind = data.kind
    council.parent = parent
    council.note = clean(data.note)
    council.secretariat = clean(data.secretariat)
    if data.project_id is not None:
        council.project = fetch(session, Project, data.project_id)
    try:
        with session.begin_nested():  # two PCs naming a council alike at once
            session.flush()
    except IntegrityError:
        raise _name_taken(name) from None
    return council.id


def _name_taken(name: str) -> ValidationError:
    return ValidationError(QT_TR_NOOP("「{name}」という会議はすでにあります。"), "name", name=name)


def _is_under(council: Council, council_id: int) -> bool:
    """The council is `council_id` itself or one below it (a council cannot sit under itself)."""
    seen: set[int] = set()
    current: Council | None = council
    while current is not None and current.id not in seen:
        if current.id == council_id:
            return True
        seen.add(current.id)
        current = current.parent
    return False


def delete_council(session: Session, council_id: int, version: int | None) -> None:
    """Delete a council with its members (every term); refused while councils sit under it."""
    council = fetch(session, Council, council_id, version)
    below = session.scalars(
        select(Council.name).where(Council.parent_id == council.id).order_by(Council.id)
    ).all()
    if below:
        raise ValidationError(
            QT_TR_NOOP(
                "「{name}」の下に{below}があります。先にそちらを削除するか、"
                "上位会議を変えてください。"
            ),
            name=council.name,
            below=Listed(tuple(Spelled(f"「{n}」", f"“{n}”") for n in below)),
        )
    session.delete(council)
