"""People lists (名簿: advisers, specialists, staff): people with their reading, organization,
post and contact, and, when the user names a programme, each as an expert (専門家: a 提供
registration of their organization, with what they offer as its summary).

A 所属・役職 cell is split into the organization and the post where the two can be told apart
(desktop.imports.affiliation), else kept whole as the organization; a row naming no
organization belongs to the one the user names (--organization). A person is matched by
e-mail, else by name within the organization.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from typing import ClassVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from db import audit
from db.models import Organization, Person, Program, Registration
from db.vocab import ORGANIZATION_KINDS
from desktop.catalogue import QT_TR_NOOP, SOURCE_LANGUAGE, Listed, Text
from desktop.excel.headers import Heading
from desktop.imports import affiliation, headings, normalize
from desktop.imports.cells import Cells
from desktop.imports.declaration import ImportKind
from desktop.imports.matching import (
    count,
    merge_postal_address,
    merge_values,
    reject_repeats,
    settle,
)
from desktop.imports.model import (
    ERROR,
    WARNING,
    BuildContext,
    Candidate,
    ImportRecord,
    Problem,
    SourceRecord,
)
from desktop.imports.reasons import given, lines_in, vocabulary_word
from desktop.imports.registrations import chunks, program_named
from desktop.japanese.text import normalize_for_compare, to_hiragana

# A post longer than its column (person.post) keeps the lines that fit.
_POST_LENGTH = 200
# An affiliation that says there is none.
_NONE = {"なし", "無し", "無所属", "-", "－", "ー", "―", "none", "個人"}


@dataclass(kw_only=True, slots=True)
class PersonRecord(ImportRecord):
    """A person to import, with the organization to find or create, and what they offer."""

    TITLE: ClassVar[str] = QT_TR_NOOP("氏名")
    CONTEXT: ClassVar[str] = QT_TR_NOOP("所属")
    TARGET: ClassVar[str] = QT_TR_NOOP("人")
    KIND: ClassVar[str] = "people"

    person_name: str
    person_kana: str | None = None
    organization: str | None = None
    # False: the row names none (the organization, if any, is the one the user named).
    organization_in_row: bool = True
    organization_kind: str = "other"
    post: str | None = None
    email: str | None = None
    phone: str | None = None
    postal_code: str | None = None  # of the person's own address (100-8914)
    address: str | None = None
    expertise: str | None = None  # what they offer (専門分野), with their URL
    program: str | None = None  # the programme they are an expert of (--program)
    categories: tuple[str, ...] = ()
    # Set when resolved: the stored organization (None with a name: a new one).
    organization_id: int | None = None

    def title(self, lang: str = SOURCE_LANGUAGE) -> str:
        return self.person_name

    def context(self, lang: str = SOURCE_LANGUAGE) -> str:
        return self.organization or ""

    def details(self, lang: str = SOURCE_LANGUAGE) -> list[str]:
        lines = [
            Text(QT_TR_NOOP("所属: {organization}"), organization=given(self.organization)),
            Text(QT_TR_NOOP("役職: {post}"), post=given(self.post)),
        ]
        if self.program:
            lines.append(Text(QT_TR_NOOP("専門家として登録: {program}"), program=self.program))
        return lines_in(lines, lang)

    def needs_organization(self) -> bool:
        return not self.organization_in_row

    def person_key(self) -> Hashable:
        """Two rows are one person: the same e-mail, else the same name in one organization."""
        if self.email:
            return ("email", self.email.casefold())
        organization = normalize_for_compare(self.organization) if self.organization else None
        return ("name", organization, normalize_for_compare(self.person_name))


# --- build --------------------------------------------------------------------------------


def build(source: SourceRecord, context: BuildContext) -> PersonRecord:
    """Normalise and validate one row of a people list; every problem names where it came from."""
    cells = Cells(source, _without_cells_it_can_spare(source))

    name = cells.text("person_name")
    if name is None:
        cells.problem("person_name", Text(QT_TR_NOOP("氏名が空です。氏名を入力してください。")))
    kana = cells.text("person_kana")
    both = cells.text("affiliation_post")
    if both and name and normalize_for_compare(both) == normalize_for_compare(name):
        cells.problem(
            "affiliation_post",
            Text(
                QT_TR_NOOP("所属・役職の欄に氏名が書かれているため、所属なしとして取り込みます。")
            ),
            WARNING,
        )
        cells.override("affiliation_post", None)
    organization, kind, post = _organization_and_post(cells.values, cells.problem)
    organization_in_row = organization is not None
    organization = organization or context.organization  # the user's (--organization)
    cells.phone_restored()
    expertise = _offer(cells.values)
    program = None
    if context.program:
        found = program_named(context.program, context.programs)
        if found is None:
            cells.problem(
                None,
                Text(
                    QT_TR_NOOP(
                        "事業「{program}」はありません。登録済みの事業名を指定してください。"
                    ),
                    program=context.program,
                ),
            )
        else:
            program = found
            if organization is None:
                cells.problem(
                    None,
                    Text(
                        QT_TR_NOOP(
                            "所属がないため、本人の名前で専門家（提供）として登録します"
                            "（所属の団体は --organization でも指定できます）。"
                        )
                    ),
                    WARNING,
                )
    elif expertise:
        cells.problem(
            None,
            Text(
                QT_TR_NOOP(
                    "事業が指定されていないため、専門分野やURLは取り込まず、人だけを登録します。"
                    "専門家として登録するには、取り込み時に事業を指定してください。"
                )
            ),
            WARNING,
        )
    postal_code, address = cells.postal_address()
    categories: list[str] = []
    if program is not None and program.categories:
        named = "\n".join(filter(None, (cells.text("categories"), expertise)))
        categories, _unknown = normalize.categories(named, program.categories)
    return PersonRecord(
        origin=source.origin,
        person_name=name or "",
        person_kana=to_hiragana(kana) if kana else None,
        organization=organization,
        organization_in_row=organization_in_row,
        organization_kind=kind,
        post=_fitting_post(post, cells.problem),
        email=cells.parsed("email", normalize.email),
        phone=cells.parsed("phone", normalize.phone),
        postal_code=postal_code,
        address=address,
        expertise=expertise if program is not None else None,
        program=program.name if program is not None else None,
        categories=tuple(categories),
        problems=cells.problems,
        original=source.original,
    )


def _without_cells_it_can_spare(source: SourceRecord) -> list[Problem]:
    """The row's notes, a broken cell (#NAME? …) other than the name made a warning: a person
    is imported without their expertise or URL rather than not at all."""
    name = source.where.get("person_name")
    spared = {w for f, w in source.where.items() if f != "person_name" and w != name}
    return [
        replace(
            p,
            severity=WARNING,
            message=Text(QT_TR_NOOP("{problem}（この値は取り込みません）"), problem=p.message),
        )
        if p.severity == ERROR and p.where in spared
        else p
        for p in source.notes
    ]


def _organization_and_post(
    values: dict[str, object], problem: Callable[..., None]
) -> tuple[str | None, str, str | None]:
    """The row's organization (its kind as far as its name says) and post."""
    organization = normalize.text(values.get("organization"))
    post = normalize.text(values.get("post"))
    kind = _kind_of(organization) if organization else "other"
    both = normalize.text(values.get("affiliation_post"))
    if both is not None and organization is None and both.casefold() not in _NONE:
        split = affiliation.split(both)
        organization, kind = split.organization, split.organization_kind
        if split.told_apart:
            post = post or split.post
        else:
            problem(
                "affiliation_post",
                Text(
                    QT_TR_NOOP(
                        "所属・役職「{written}」は所属と役職に分けられないため、"
                        "全体を所属として取り込みます。"
                    ),
                    written=organization,
                ),
                WARNING,
            )
    department = normalize.text(values.get("department"))
    if department and post and department not in post:
        post = f"{department} {post}"
    elif department and not post:
        post = department
    if organization is not None and organization.casefold() in _NONE:
        organization = None
    return organization, kind, post


def _kind_of(name: str) -> str:
    """The kind an organization's name says it is (筑波大学, ○○株式会社 …), else その他."""
    split = affiliation.split(name)
    return split.organization_kind if split.told_apart and split.organization == name else "other"


def _fitting_post(post: str | None, problem: Callable[..., None]) -> str | None:
    """The post, or as many of its lines as fit its column (with a note)."""
    if post is None or len(post) <= _POST_LENGTH:
        return post
    kept: list[str] = []
    for line in post.splitlines():
        if len("\n".join([*kept, line])) > _POST_LENGTH:
            break
        kept.append(line)
    problem(
        "affiliation_post",
        Text(
            QT_TR_NOOP("役職が {limit} 文字を超えるため、最初の {lines} 行だけを取り込みます。"),
            limit=_POST_LENGTH,
            lines=len(kept),
        ),
        WARNING,
    )
    return "\n".join(kept) or post[:_POST_LENGTH]


def _offer(values: dict[str, object]) -> str | None:
    """What the person offers: their expertise, and their web page below it."""
    expertise = normalize.text(values.get("expertise"))
    url = normalize.text(values.get("url"))
    if url is not None and (url.casefold() in _NONE or not re.search(r"[./]", url)):
        url = None
    if url is None:
        return expertise
    return "\n\n".join(filter(None, (expertise, f"URL: {url}")))


# --- resolve ------------------------------------------------------------------------------


class _StoredPeople:
    """Stored people the rows may be, and the stored organizations the rows name."""

    def __init__(self, session: Session, records: Sequence[PersonRecord]) -> None:
        self.organizations: dict[str, list[Candidate]] = {}
        keys = sorted({normalize_for_compare(r.organization) for r in records if r.organization})
        for chunk in chunks(keys, 500):
            for org in session.scalars(
                select(Organization)
                .where(Organization.name_key.in_(chunk))
                .order_by(Organization.id)
            ):
                self.organizations.setdefault(org.name_key, []).append(
                    Candidate(org.id, org.name, org.lg_code or "")
                )
        self.by_email: dict[str, list[Candidate]] = {}
        emails = sorted({r.email.casefold() for r in records if r.email})
        for chunk in chunks(emails, 500):
            for person in session.scalars(
                select(Person)
                .where(func.lower(Person.email).in_(chunk))
                .options(selectinload(Person.organization))
                .order_by(Person.id)
            ):
                self.by_email.setdefault((person.email or "").casefold(), []).append(
                    _candidate(person)
                )
        self.by_name: dict[tuple[str, int | None], list[Candidate]] = {}
        names = sorted({normalize_for_compare(r.person_name) for r in records})
        for chunk in chunks(names, 500):
            for person in session.scalars(
                select(Person)
                .where(Person.name_key.in_(chunk))
                .options(selectinload(Person.organization))
                .order_by(Person.id)
            ):
                where = (person.name_key, person.organization_id)
                self.by_name.setdefault(where, []).append(_candidate(person))

    def settle_organization(self, record: PersonRecord) -> None:
        """The stored organization the row names, or a note that it will be created."""
        name = record.organization or ""
        found = self.organizations.get(normalize_for_compare(name), [])
        where = record.origin
        if len(found) == 1:
            record.organization_id = found[0].id
        elif found:
            record.problems.append(
                Problem(
                    where,
                    Text(
                        QT_TR_NOOP(
                            "所属「{name}」に当てはまる団体が複数あります（{found}）。"
                            "どの団体か決められないため取り込みません。"
                            "団体の重複を整理してから取り込み直してください。"
                        ),
                        name=name,
                        found=Listed(tuple(f"{c.name}（ID {c.id}）" for c in found)),
                    ),
                )
            )
        else:
            record.problems.append(
                Problem(
                    where,
                    Text(
                        QT_TR_NOOP(
                            "所属「{name}」は団体として登録されていないため、"
                            "新しい団体（{kind}）として登録します。"
                        ),
                        name=name,
                        kind=vocabulary_word(ORGANIZATION_KINDS, record.organization_kind),
                    ),
                    WARNING,
                )
            )

    def match(self, record: PersonRecord) -> list[Candidate]:
        """By e-mail first; else the same name in the same stored organization (or both
        without one). A person of an organization the import creates is new."""
        if record.email and record.email.casefold() in self.by_email:
            return list(self.by_email[record.email.casefold()])
        if record.organization and record.organization_id is None:
            return []
        key = (normalize_for_compare(record.person_name), record.organization_id)
        return list(self.by_name.get(key, []))


def _candidate(person: Person) -> Candidate:
    """Named with what tells two people of one name apart: organization, post, e-mail."""
    where = person.organization.name if person.organization else "所属なし"
    about = "、".join(p for p in (where, person.post, person.email) if p)
    return Candidate(person.id, f"{person.name}（{about}）")


def resolve(
    session: Session,
    records: list[PersonRecord],
    on_duplicate: str,
    _earlier: Sequence[ImportRecord] = (),
) -> None:
    """Find each row's organization and the stored person it may be."""
    live = [r for r in records if not r.rejected]
    stored = _StoredPeople(session, live)
    for record in live:
        if record.organization:
            stored.settle_organization(record)
    for record in live:
        if not record.rejected:
            settle(record, stored.match(record), on_duplicate)
    reject_repeats(records, PersonRecord.person_key, QT_TR_NOOP("同じ人"))


# --- write --------------------------------------------------------------------------------


class _Written:
    """What this batch has created, so that two rows naming it link to one record."""

    def __init__(self, session: Session, records: Sequence[PersonRecord]) -> None:
        ids = {r.organization_id for r in records if r.organization_id is not None}
        self.organizations: dict[str, Organization] = {}
        for org in session.scalars(select(Organization).where(Organization.id.in_(ids))):
            self.organizations[org.name_key] = org
        names = {normalize_for_compare(r.organization) for r in records if r.organization}
        for chunk in chunks(sorted(names), 500):  # made by a kind written earlier in the batch
            for org in session.scalars(
                select(Organization)
                .where(Organization.name_key.in_(chunk))
                .order_by(Organization.id)
            ):
                self.organizations.setdefault(org.name_key, org)
        self.programs = {
            p.name: p
            for p in session.scalars(select(Program).options(selectinload(Program.categories)))
        }


def write(session: Session, records: list[PersonRecord], counts: dict[str, int]) -> None:
    """Add or update the accepted people, their organizations and expert registrations."""
    written = _Written(
        session,
        [
            *records,
            *(
                replace(r, organization=r.person_name)
                for r in records
                if r.program and not r.organization
            ),
        ],
    )
    for record in records:
        org = _organization(session, record, written, counts)
        person = _person(session, record, org, counts)
        if record.program is not None:
            # An expert of no organization offers in their own name.
            offering = org or _organization(
                session, replace(record, organization=record.person_name), written, counts
            )
            assert offering is not None
            _offer_registration(session, record, offering, person, written, counts)


def _organization(
    session: Session, record: PersonRecord, written: _Written, counts: dict[str, int]
) -> Organization | None:
    if not record.organization:
        return None
    key = normalize_for_compare(record.organization)
    if key not in written.organizations:
        org = Organization(name=record.organization, kind=record.organization_kind, name_key=key)
        session.add(org)
        written.organizations[key] = org
        count(counts, "団体（新規）")
    return written.organizations[key]


def _person(
    session: Session, record: PersonRecord, org: Organization | None, counts: dict[str, int]
) -> Person:
    if record.chosen_id is not None and record.action != "create":
        person = session.get_one(Person, record.chosen_id)
        overwrite = record.action == "update"
        changed = merge_values(
            person,
            {
                "kana": record.person_kana,
                "post": record.post,
                "email": record.email,
                "phone": record.phone,
            },
            overwrite,
        )
        changed = (
            merge_postal_address(person, record.postal_code, record.address, overwrite) or changed
        )
        if org is not None and (person.organization is None or overwrite):
            changed = changed or person.organization is not org
            person.organization = org
        if changed:
            count(counts, "人（更新）")
        return person
    person = Person(
        name=record.person_name,
        kana=record.person_kana,
        organization=org,
        post=record.post,
        email=record.email,
        phone=record.phone,
        postal_code=record.postal_code,
        address=record.address,
        name_key=normalize_for_compare(record.person_name),
    )
    session.add(person)
    count(counts, "人（新規）")
    return person


def _offer_registration(
    session: Session,
    record: PersonRecord,
    org: Organization,
    person: Person,
    written: _Written,
    counts: dict[str, int],
) -> None:
    """The person as an expert of the programme: their organization's 提供 registration with
    them as its contact, found again when imported before."""
    program = written.programs[record.program or ""]
    stored = None
    if person.id is not None and org.id is not None:
        stored = session.scalars(
            select(Registration).where(
                Registration.organization_id == org.id,
                Registration.program_id == program.id,
                Registration.role == "offer",
                Registration.contact_person_id == person.id,
            )
        ).first()
    categories = [c for c in program.categories if c.name in record.categories]
    if stored is not None:
        overwrite = record.action == "update"
        changed = merge_values(stored, {"summary": record.expertise}, overwrite)
        missing = [c for c in categories if c not in stored.categories]
        if missing:
            stored.categories = [*stored.categories, *missing]
        if changed or missing:
            count(counts, "登録（更新）")
        return
    session.add(
        Registration(
            organization=org,
            program=program,
            role="offer",
            summary=record.expertise,
            contact_person=person,
            status="received",
            import_batch_id=audit.current_batch.get(),
            categories=categories,
        )
    )
    count(counts, "登録（新規）")


KIND: ImportKind[PersonRecord] = ImportKind(
    name="people",
    label=QT_TR_NOOP("人の名簿"),
    label_en="People list",
    order=65,
    becomes=(
        "people with reading, organization, post and contact; with `--program`, each an expert"
        " (専門家: a 提供 registration with what they offer and their URL)"
    ),
    matched_by="e-mail, else name within the organization",
    remark="advisers, specialists, staff",
    headings=(
        Heading(
            "person_name",
            (*headings.PERSON_NAME.synonyms, "専門家名", "アドバイザー名", "講師名", "職員名"),
        ),
        Heading(
            "person_kana",
            (*headings.PERSON_KANA.synonyms, "氏名かな", "氏名カナ", "よみがな", "読み", "よみ"),
        ),
        Heading(
            "affiliation_post",
            (
                "所属・役職",
                "所属及び役職",
                "所属・職名",
                "所属・肩書",
                "所属・肩書き",
                "所属・役職等",
                "勤務先・役職",
                "所属等",
                "現職",
            ),
        ),
        Heading("organization", (*headings.ORGANIZATION.synonyms, "勤務先", "所属組織", "会社名")),
        Heading("department", ("部署", "所属部署", "部局", "課名", "所属課")),
        Heading("post", (*headings.POST.synonyms, "肩書", "肩書き", "職位")),
        headings.PHONE,
        headings.EMAIL,
        headings.POSTAL_CODE,
        headings.ADDRESS,
        Heading(
            "expertise",
            (
                "専門分野",
                "専門分野・技術",
                "専門",
                "専門領域",
                "得意分野",
                "専門・得意分野",
                "専門分野等",
                "アドバイス可能な分野",
                "提供できる技術・ノウハウ",
            ),
        ),
        Heading("categories", ("分野", "政策分野", "提供分野")),
        Heading(
            "url", ("URL", "関連URL", "参考URL", "ホームページ", "HP", "Webサイト", "ウェブサイト")
        ),
    ),
    required=frozenset({"person_name"}),
    record=PersonRecord,
    stored_in=(
        ("person_name", "person_name", "person.name"),
        ("person_kana", "person_kana", "person.kana"),
        ("organization", "organization", "organization.name"),
        ("email", "email", "person.email"),
        ("phone", "phone", "person.phone"),
        ("post", "post", "person.post"),  # already cut to fit, with a note (_fitting_post)
    ),
    build=build,
    resolve=resolve,
    write=write,
    by_program=True,
    program_when_named=True,
)
