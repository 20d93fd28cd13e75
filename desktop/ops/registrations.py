"""登録 tab: organizations and their registrations per program."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from db.errors import ValidationError
from db.models import (
    Category,
    Council,
    Measure,
    MeasureSelection,
    Membership,
    Organization,
    Person,
    Program,
    Project,
    ProjectProposer,
    Registration,
)
from db.vocab import (
    LOCAL_GOVERNMENT_KINDS,
    ORGANIZATION_KINDS,
    REGISTRATION_ROLES,
    REGISTRATION_STATUSES,
)
from desktop.catalogue import QT_TR_NOOP, Listed, Text, Translatable
from desktop.japanese.lgcode import LgCodeError, normalize_lg_code
from desktop.japanese.text import search_key, to_hiragana
from desktop.japanese.wareki import DateParseError, parse_date
from desktop.ops.addresses import postal_address
from desktop.ops.common import clean, editable, fetch, required
from desktop.ops.matching import FieldMatches, fields_of

Query = TypeVar("Query", bound=Select)  # type: ignore[type-arg]  # any columns selected


@dataclass(frozen=True)
class CategoryOption:
    id: int
    name: str


@dataclass(frozen=True)
class ProgramOption:
    id: int
    name: str
    category_label: str
    categories: tuple[CategoryOption, ...]


@dataclass(frozen=True)
class OrganizationRow:
    """An organization as stored: its kind is a code of ORGANIZATION_KINDS, which the window
    names in its own language."""

    id: int
    kind: str
    name: str
    kana: str
    lg_code: str
    registration_count: int
    sort_key: str  # the stored key as text: local governments by code, others in 五十音順


@dataclass(frozen=True)
class RegistrationRow:
    """A registration as stored: values, not words (the window names the role and the status
    and writes the date in its own language)."""

    id: int
    version: int
    program_id: int
    program: str
    role: str  # a code of REGISTRATION_ROLES
    category_ids: tuple[int, ...]
    categories: tuple[str, ...]
    summary: str
    status: str  # a code of REGISTRATION_STATUSES
    received_on: dt.date | None
    publish_consent: bool


@dataclass(frozen=True)
class OrganizationDetail:
    id: int
    version: int
    kind: str
    name: str
    kana: str
    lg_code: str
    parent: str
    postal_code: str
    address: str
    phone: str
    email: str
    note: str
    registrations: tuple[RegistrationRow, ...]
    matches: tuple[FieldMatches, ...]  # its fields and how many it can be matched with


@dataclass(frozen=True)
class OrganizationInput:
    name: str
    kind: str
    kana: str = ""
    lg_code: str = ""
    postal_code: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    note: str = ""
    id: int | None = None
    version: int | None = None


def list_programs(session: Session) -> list[ProgramOption]:
    programs = session.scalars(
        select(Program).options(selectinload(Program.categories)).order_by(Program.id)
    ).all()
    return [
        ProgramOption(
            p.id,
            p.name,
            p.category_label,
            tuple(CategoryOption(c.id, c.name) for c in p.categories),
        )
        for p in programs
    ]


def list_organizations(
    session: Session, program_id: int | None = None, category_id: int | None = None
) -> list[OrganizationRow]:
    """Organizations in list order (the database sorts them by their stored key), optionally
    only those registered in a program (and category)."""
    # Plain columns through Core, not ORM objects: the tab lists every organization (100,000
    # in a national programme), and an ORM object per row took longer than everything else.
    # The search is the database's (search_organizations): no summaries are read here.
    connection = session.connection()
    counts = dict(
        connection.execute(
            select(Registration.organization_id, func.count()).group_by(
                Registration.organization_id
            )
        ).all()
    )
    query = _registered_in(
        select(
            Organization.id,
            Organization.kind,
            Organization.name,
            Organization.kana,
            Organization.lg_code,
            Organization.sort_key,
        ),
        program_id,
        category_id,
    ).order_by(Organization.sort_key, Organization.id)
    return [
        OrganizationRow(
            id=org_id,
            kind=kind,
            name=name,
            kana=kana or "",
            lg_code=code or "",
            registration_count=counts.get(org_id, 0),
            sort_key=sort_key.decode(),
        )
        for org_id, kind, name, kana, code, sort_key in connection.execute(query).all()
    ]


def search_organizations(
    session: Session, text: str, program_id: int | None = None, category_id: int | None = None
) -> list[int]:
    """The ids of the organizations (of the program and category, if given) whose stored search
    key (db.keys.organization_search_text: name, kind, code, reading and the summaries of their
    registrations) holds every word of `text`, each normalised as the key is, so that 「ﾁﾁﾌﾞ」
    finds ちちぶし.

    In id order, not list order: the table keeps its rows in its own order and only picks these
    out. Ordered by sort_key, SQLite walked that index and read the rows out of their order,
    taking three times as long as a plain scan of the table (30,000 organizations found)."""
    query = _registered_in(select(Organization.id), program_id, category_id)
    for word in text.split():
        escaped = search_key(word).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(Organization.search_key.like(f"%{escaped}%", escape="\\"))
    return list(session.scalars(query.order_by(Organization.id)))


def _registered_in(query: Query, program_id: int | None, category_id: int | None) -> Query:
    """Only organizations registered in the program (and category), when one is given."""
    if program_id is None:
        return query
    registered = select(Registration.organization_id).where(Registration.program_id == program_id)
    if category_id is not None:
        registered = registered.where(Registration.categories.any(Category.id == category_id))
    return query.where(Organization.id.in_(registered))


def get_organization(session: Session, organization_id: int) -> OrganizationDetail:
    org = fetch(session, Organization, organization_id)
    regs = session.scalars(
        select(Registration)
        .where(Registration.organization_id == organization_id)
        .options(selectinload(Registration.program), selectinload(Registration.categories))
        .order_by(Registration.program_id, Registration.id)
    ).all()
    return OrganizationDetail(
        id=org.id,
        version=org.version,
        kind=org.kind,
        name=org.name,
        kana=org.kana or "",
        lg_code=org.lg_code or "",
        parent=org.parent.name if org.parent else "",
        postal_code=org.postal_code or "",
        address=org.address or "",
        phone=org.phone or "",
        email=org.email or "",
        note=org.note or "",
        registrations=tuple(_registration_row(r) for r in regs),
        matches=tuple(fields_of(session, org.id)),
    )


def _registration_row(r: Registration) -> RegistrationRow:
    ordered = sorted(r.categories, key=lambda c: c.order)
    return RegistrationRow(
        id=r.id,
        version=r.version,
        program_id=r.program_id,
        program=r.program.name,
        role=r.role,
        category_ids=tuple(c.id for c in ordered),
        categories=tuple(c.name for c in ordered),
        summary=r.summary or "",
        status=r.status,
        received_on=r.received_on,
        publish_consent=r.publish_consent,
    )


def _validated_code(data: OrganizationInput) -> str | None:
    raw = clean(data.lg_code)
    if raw is None:
        if data.kind in ("prefecture", "municipality"):
            raise ValidationError(
                QT_TR_NOOP("都道府県・市区町村には地方公共団体コード（6桁）を入力してください。"),
                "lg_code",
            )
        return None
    if data.kind not in LOCAL_GOVERNMENT_KINDS:
        raise ValidationError(
            QT_TR_NOOP("地方公共団体コードは都道府県・市区町村・特別区にだけ入力できます。"),
            "lg_code",
        )
    try:
        return normalize_lg_code(raw)
    except LgCodeError as exc:
        raise ValidationError(exc.said, "lg_code") from None


def save_organization(session: Session, data: OrganizationInput) -> int:
    """Create or update an organization after validation; returns its id."""
    name = required(data.name, "name", QT_TR_NOOP("団体名"))
    if data.kind not in ORGANIZATION_KINDS:
        raise ValidationError(QT_TR_NOOP("団体区分を選んでください。"), "kind")
    code = _validated_code(data)
    postal_code, address = postal_address(data.postal_code, data.address)
    if code is not None:
        clash = session.scalars(
            select(Organization).where(Organization.lg_code == code, Organization.id != data.id)
        ).first()
        if clash is not None:
            raise ValidationError(
                QT_TR_NOOP("地方公共団体コード「{code}」は「{name}」に使われています。"),
                "lg_code",
                code=code,
                name=clash.name,
            )
    org = editable(session, Organization, data.id, data.version, name=name, kind=data.kind)
    kana = clean(data.kana)
    org.name = name
    org.kind = data.kind
    org.kana = to_hiragana(kana) if kana else None
    org.lg_code = code
    org.postal_code = postal_code
    org.address = address
    org.phone = clean(data.phone)
    org.email = clean(data.email)
    org.note = clean(data.note)
    try:
        session.flush()
    except IntegrityError:
        raise ValidationError(QT_TR_NOOP("同じ内容の団体がすでにあります。"), "name") from None
    return org.id


def _uses_of(session: Session, organization_id: int) -> list[Text]:
    """What else refers to an organization, named so the user knows what to change first."""
    uses: list[Text] = []
    titles = session.scalars(
        select(Project.title)
        .join(ProjectProposer)
        .where(ProjectProposer.organization_id == organization_id)
    ).all()
    uses += [Text(QT_TR_NOOP("選定事業「{title}」の提案者"), title=title) for title in titles]
    councils = session.scalars(
        select(Council.name)
        .join(Membership)
        .where(Membership.organization_id == organization_id)
        .distinct()
    ).all()
    uses += [Text(QT_TR_NOOP("「{name}」の委員の所属"), name=name) for name in councils]
    measures = session.scalars(
        select(Measure.name).where(Measure.ministry_id == organization_id)
    ).all()
    uses += [Text(QT_TR_NOOP("支援策「{name}」の府省庁"), name=name) for name in measures]
    areas = session.scalars(
        select(MeasureSelection.area)
        .join(MeasureSelection.organizations)
        .where(Organization.id == organization_id)
        .distinct()
    ).all()
    uses += [Text(QT_TR_NOOP("選定地域「{area}」"), area=area) for area in areas]
    children = session.scalars(
        select(Organization.name).where(Organization.parent_id == organization_id)
    ).all()
    if children:
        uses.append(
            Text(
                QT_TR_NOOP("{count}団体（{name} など）の上位団体"),
                count=len(children),
                name=children[0],
            )
        )
    people = session.scalar(
        select(func.count()).select_from(Person).where(Person.organization_id == organization_id)
    )
    if people:
        uses.append(Text(QT_TR_NOOP("担当者・参加者{count}名の所属"), count=people))
    return uses


def delete_organization(session: Session, organization_id: int, version: int | None) -> None:
    """Delete an organization and its registrations, unless other records depend on it."""
    org = fetch(session, Organization, organization_id, version)
    uses = _uses_of(session, organization_id)
    if uses:
        shown: Translatable = Listed(tuple(uses[:3]))
        if len(uses) > 3:
            shown = Text(QT_TR_NOOP("{uses} ほか{more}件"), uses=shown, more=len(uses) - 3)
        raise ValidationError(
            QT_TR_NOOP(
                "「{name}」は{uses}になっているため削除できません。先にそちらを変更してください。"
            ),
            name=org.name,
            uses=shown,
        )
    session.delete(org)


@dataclass(frozen=True)
class RegistrationInput:
    organization_id: int
    program_id: int
    role: str
    category_ids: tuple[int, ...]
    summary: str = ""
    received_on: str = ""
    status: str = "received"
    publish_consent: bool = False  # nothing is published without an explicit yes
    id: int | None = None
    version: int | None = None


def save_registration(session: Session, data: RegistrationInput) -> int:
    """Create or update a registration (program, role, categories, status, 公表可否)."""
    if data.role not in REGISTRATION_ROLES:
        raise ValidationError(
            QT_TR_NOOP("区分（関心・提供・支援策・連携）を選んでください。"), "role"
        )
    if data.status not in REGISTRATION_STATUSES:
        raise ValidationError(QT_TR_NOOP("状態（受付・公開・取下げ）を選んでください。"), "status")
    received: dt.date | None = None
    if clean(data.received_on):
        try:
            received = parse_date(data.received_on)
        except DateParseError as exc:
            raise ValidationError(exc.said, "received_on") from None
    program = fetch(session, Program, data.program_id)
    categories = [c for c in program.categories if c.id in data.category_ids]
    if not categories and program.categories:
        raise ValidationError(
            QT_TR_NOOP("{label}を一つ以上選んでください。"),
            "categories",
            label=program.category_label,
        )
    reg = editable(
        session,
        Registration,
        data.id,
        data.version,
        organization_id=data.organization_id,
        program=program,
        role=data.role,
    )
    reg.program = program
    reg.role = data.role
    reg.categories = categories
    reg.summary = clean(data.summary)
    reg.received_on = received
    reg.status = data.status
    reg.publish_consent = data.publish_consent
    session.flush()
    return reg.id


def delete_registration(session: Session, registration_id: int, version: int | None) -> None:
    session.delete(fetch(session, Registration, registration_id, version))
