"""Council rosters (委員名簿, as a list or the form): the members of councils already registered.

The rules are those of the 協議会 tab (desktop.ops.councils.save_member): a member has a post or
a name (or both), a role, and is placed by the government's customary ministry order within its
role unless the roster gives its 順. A 所属・役職 cell is split into the organization and the
post where the two can be told apart (desktop.imports.affiliation), else kept whole as the
organization; a 任期 cell (令和6年4月1日～令和8年3月31日, R6.4.1～R8.3.31) gives the term. A role is kept as the roster wrote it (会長, 副委員長 …); one
the vocabulary does not know is stored as written, with a warning, and listed after the known
ones. A roster without a 役割 column writes the role under 役職: a 役職 cell the vocabulary knows
(委員長, 座長, オブザーバー …) is the role, 委員長（○○大学教授） the role and the post
(desktop.imports.post_roles). A council that is not stored is created, as a schedule creates its series.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.errors import ValidationError
from db.models import Council, Membership, Organization, Person
from db.vocab import MEMBER_ROLES, label
from desktop.catalogue import QT_TR_NOOP, SOURCE_LANGUAGE, Listed, Text
from desktop.excel.headers import Heading
from desktop.imports import affiliation, headings, terms
from desktop.imports.cells import Cells
from desktop.imports.declaration import FormReading, ImportKind
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
    Location,
    Problem,
    SourceRecord,
)
from desktop.imports.post_roles import role_code, role_in_post
from desktop.imports.projects import OrganizationsToLink, StoredOrganizations
from desktop.imports.reasons import given, lines_in, vocabulary_word
from desktop.japanese.text import normalize_for_compare, to_hiragana
from desktop.japanese.wareki import format_wareki
from desktop.ops.common import parse_count
from desktop.rules.councils import new_member_order

# A role written as it is must fit where the role's code is stored (membership.role).
_ROLE_LENGTH = 20
# A council a roster creates is of no known kind until the 協議会 tab says which.
_NEW_COUNCIL_KIND = "other"


@dataclass(kw_only=True, slots=True)
class MemberRecord(ImportRecord):
    """A council member to import: a person, or only a post, with role and organization."""

    TITLE: ClassVar[str] = QT_TR_NOOP("氏名・役職")
    CONTEXT: ClassVar[str] = QT_TR_NOOP("会議名")
    TARGET: ClassVar[str] = QT_TR_NOOP("委員")
    KIND: ClassVar[str] = "roster"

    council_name: str | None
    role: str  # a code of MEMBER_ROLES, or a role the vocabulary does not know, as written
    role_given: bool  # False: the cell was blank (構成員), which never overwrites a stored role
    order: int | None
    post: str | None
    person_name: str | None
    person_kana: str | None
    organization: str | None
    group: str | None  # 種別: the group the roster lists the member under
    # Where letters go: the person's own address, or the organization's for a seat by post.
    postal_code: str | None = None
    address: str | None = None
    term_start: dt.date | None = None
    term_end: dt.date | None = None
    council_in_file: bool = True  # False: the roster names no council (the user may choose one)
    # False: the row names no organization (the user may name the one of such rows).
    organization_in_row: bool = True
    where: Mapping[str, Location] = field(default_factory=dict)  # field → cell, for later problems
    # Set when resolved.
    council_id: int | None = None  # None once resolved: a council the import creates
    organization_id: int | None = None  # None with an organization named: a new one

    def title(self, lang: str = SOURCE_LANGUAGE) -> str:
        return _member_label(self.person_name, self.post)

    def context(self, lang: str = SOURCE_LANGUAGE) -> str:
        return self.council_name or ""

    def needs_council(self) -> bool:
        return not self.council_in_file

    def needs_organization(self) -> bool:
        return not self.organization_in_row

    def details(self, lang: str = SOURCE_LANGUAGE) -> list[str]:
        by_ministry = Text(QT_TR_NOOP("（省庁順で配置）"))
        return lines_in(
            [
                Text(QT_TR_NOOP("役割: {role}"), role=vocabulary_word(MEMBER_ROLES, self.role)),
                Text(QT_TR_NOOP("所属: {organization}"), organization=given(self.organization)),
                Text(
                    QT_TR_NOOP("順: {order}"),
                    order=self.order if self.order is not None else by_ministry,
                ),
            ],
            lang,
        )


def _member_label(name: str | None, post: str | None) -> str:
    if name and post:
        return f"{name}（{post}）"
    return name or post or ""


# --- build --------------------------------------------------------------------------------


def build(source: SourceRecord, context: BuildContext) -> MemberRecord:
    """Normalise and validate one roster row; every problem names where it came from."""
    cells = Cells(source)

    role = _role(cells.text("member_role"), cells.problem)
    order: int | None = None
    order_raw = cells.text("order")
    if order_raw is not None:
        try:
            order = parse_count(order_raw, "order", "順")
        except ValidationError:
            cells.problem(
                "order",
                Text(
                    QT_TR_NOOP(
                        "順「{order}」は 1 以上の数字で入力してください（空欄なら省庁順に並べます）。"
                    ),
                    order=order_raw,
                ),
            )
    name = cells.text("person_name")
    post = cells.text("post")
    if post is not None and "member_role" not in source.where:
        # No 役割 column: a role the roster writes is under 役職 (委員長, 委員長（○○大学教授）).
        in_post = role_in_post(post)
        if in_post.role is not None:
            role = in_post.role
            # A seat known by its role alone keeps the word as its post too.
            post = in_post.post if in_post.post is not None or name is not None else post
    organization, post = _organization_and_post(cells, post)
    if post is None and name is None:
        cells.problem(
            "post", Text(QT_TR_NOOP("役職も氏名も空です。役職か氏名のどちらかを入力してください。"))
        )
    kana = cells.text("person_kana")
    council = cells.text("council_name")
    term_start, term_end = _term(cells)
    postal_code, address = cells.postal_address()
    return MemberRecord(
        origin=source.origin,
        council_name=council or context.council,
        council_in_file=council is not None or "council_name" in source.where,
        role=role or "member",
        role_given=role is not None,
        order=order,
        post=post,
        person_name=name,
        person_kana=to_hiragana(kana) if kana else None,
        # A row naming no organization is of the one the user named (--organization).
        organization=organization or context.organization,
        organization_in_row=organization is not None,
        group=cells.text("member_group"),
        postal_code=postal_code,
        address=address,
        term_start=term_start,
        term_end=term_end,
        where=source.where,
        problems=cells.problems,
        original=source.original,
    )


def _organization_and_post(cells: Cells, post: str | None) -> tuple[str | None, str | None]:
    """The organization and post of the row: their own columns, else a 所属・役職 cell split
    where the two can be told apart (kept whole as the organization otherwise, with a note)."""
    organization = cells.text("organization")
    both = cells.text("affiliation_post")
    if both is None or (organization is not None and post is not None):
        return organization, post
    split = affiliation.split(both)
    if split.told_apart:
        return organization or split.organization, post or split.post
    if organization is None:
        cells.problem(
            "affiliation_post",
            Text(
                QT_TR_NOOP(
                    "所属・役職「{written}」は所属と役職に分けられないため、"
                    "全体を所属として取り込みます。"
                ),
                written=both,
            ),
            WARNING,
        )
        return both, post
    return organization, post or both


def _term(cells: Cells) -> tuple[dt.date | None, dt.date | None]:
    """The term: a 任期 cell (from ～ to), else its own 任期開始 and 任期終了 cells."""
    start, end = cells.parsed("term", terms.term) or (None, None)
    start = start or cells.date("term_start")
    end = end or cells.date("term_end")
    if start is not None and end is not None and end < start:
        cells.problem(
            "term_end",
            Text(
                QT_TR_NOOP("任期の終わり（{end}）が始まり（{start}）より前です。"),
                end=format_wareki(end),
                start=format_wareki(start),
            ),
        )
        return None, None
    return start, end


def _role(written: str | None, problem: Callable[[str, Text, str], None]) -> str | None:
    """The role's code, or the role as written when the vocabulary does not know it."""
    if written is None:
        return None
    role = role_code(written)
    if role is not None:
        return role
    if len(written) > _ROLE_LENGTH:
        problem(
            "member_role",
            Text(
                QT_TR_NOOP("役割「{role}」は {limit} 文字以内にしてください。"),
                role=written,
                limit=_ROLE_LENGTH,
            ),
            ERROR,
        )
        return None
    problem(
        "member_role",
        Text(
            QT_TR_NOOP(
                "役割「{role}」は決まった役割（{roles}）にないため、"
                "書かれたとおりに取り込み、名簿では決まった役割の後に並べます。"
            ),
            role=written,
            roles=Listed(tuple(MEMBER_ROLES.values())),  # the words the cell is read with
        ),
        WARNING,
    )
    return written


# --- resolve ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Seat:
    """A stored membership, as far as matching needs it."""

    id: int
    person_key: str | None
    post_key: str | None
    label: str


def resolve(
    session: Session,
    records: list[MemberRecord],
    on_duplicate: str,
    _earlier: Sequence[ImportRecord] = (),
) -> None:
    """Find each row's council, organization and the stored member it may be."""
    _fill_in_council_names(records)
    councils: dict[str, list[Candidate]] = {}
    for council in session.scalars(select(Council).order_by(Council.id)):
        councils.setdefault(normalize_for_compare(council.name), []).append(
            Candidate(council.id, council.name)
        )
    for record in records:
        if not record.rejected:
            _settle_council(record, councils)
    _note_new_councils(records)
    live = [r for r in records if not r.rejected]
    organizations = StoredOrganizations(session, (r.organization for r in live if r.organization))
    for record in live:
        if record.organization:
            where = record.where.get("organization", record.origin)
            record.organization_id = organizations.settle(
                record, record.organization, where, QT_TR_NOOP("所属")
            )
    seats = _seats(session, {r.council_id for r in live if r.council_id is not None})
    claimed: set[int] = set()  # seats listed by post alone that a named row will fill
    for record in live:
        if not record.rejected and record.council_id is not None:
            candidates = _candidates(record, seats.get(record.council_id, []), claimed)
            settle(record, candidates, on_duplicate)
    reject_repeats(records, _same_member, QT_TR_NOOP("同じ委員"))


def _fill_in_council_names(records: Sequence[MemberRecord]) -> None:
    """A row without 会議名 belongs to the only council named on its sheet (or in its file)."""
    on_sheet: dict[tuple[str, str], set[str]] = {}
    in_file: dict[str, set[str]] = {}
    for record in records:
        if record.council_name:
            place = record.origin
            on_sheet.setdefault((place.file, place.sheet), set()).add(record.council_name)
            in_file.setdefault(place.file, set()).add(record.council_name)
    for record in records:
        if record.council_name or record.rejected:
            continue
        named = on_sheet.get((record.origin.file, record.origin.sheet)) or in_file.get(
            record.origin.file, set()
        )
        distinct = {normalize_for_compare(n): n for n in sorted(named)}
        if len(distinct) == 1:
            record.council_name = next(iter(distinct.values()))
            continue
        several = (
            Text(
                QT_TR_NOOP("（この一覧には {councils} があります）"),
                councils=Listed(tuple(sorted(named))),
            )
            if named
            else ""
        )
        message = (
            Text(
                QT_TR_NOOP(
                    "会議名が空のため、どの会議の委員か決められません{several}。会議名を入力してください。"
                ),
                several=several,
            )
            if record.council_in_file or named
            else NO_COUNCIL
        )
        record.problems.append(Problem(record.where.get("council_name", record.origin), message))


# A roster with no 会議名 column, imported without naming the council.
NO_COUNCIL = Text(
    QT_TR_NOOP(
        "どの会議の委員か判断できません（会議名の列がありません）。取り込むときに会議を指定してください"
        "（確認画面の「会議」で選ぶか入力するか、"
        "secdesk import ファイル名 --council 会議名 のように指定）。"
    )
)


def _settle_council(record: MemberRecord, councils: dict[str, list[Candidate]]) -> None:
    where = record.where.get("council_name", record.origin)
    found = councils.get(normalize_for_compare(record.council_name or ""), [])
    if len(found) == 1:
        record.council_id = found[0].id
        record.council_name = found[0].name
        return
    if found:
        message = Text(
            QT_TR_NOOP(
                "会議「{council}」に当てはまる会議が複数あります（{found}）。"
                "会議名を区別できるように直してください。"
            ),
            council=record.council_name,
            found=Listed(tuple(f"{c.name}（ID {c.id}）" for c in found)),
        )
        record.problems.append(Problem(where, message))
    # Not stored: the import creates it (said once, by _note_new_councils).


def _note_new_councils(records: Sequence[MemberRecord]) -> None:
    """A council that is not stored will be created: said once, on its first row."""
    noted: set[str] = set()
    for record in records:
        key = _council_key(record)
        if record.rejected or record.council_id is not None or key in noted:
            continue
        noted.add(key)
        record.problems.append(
            Problem(
                record.where.get("council_name", record.origin),
                Text(
                    QT_TR_NOOP(
                        "会議「{council}」は登録されていないため、新しい会議として作ります"
                        "（種類などは協議会タブで入力してください）。"
                    ),
                    council=record.council_name,
                ),
                WARNING,
            )
        )


def _council_key(record: MemberRecord) -> str:
    return normalize_for_compare(record.council_name or "")


def _seats(session: Session, council_ids: set[int]) -> dict[int, list[_Seat]]:
    found: dict[int, list[_Seat]] = {}
    for member in session.scalars(
        select(Membership)
        .where(Membership.council_id.in_(council_ids))
        .options(selectinload(Membership.person), selectinload(Membership.organization))
        .order_by(Membership.order, Membership.id)
    ):
        person = member.person
        shown = _member_label(person.name if person else None, member.post)
        if member.organization is not None:
            shown = f"{member.organization.name} {shown}".strip()
        found.setdefault(member.council_id, []).append(
            _Seat(
                member.id,
                person.name_key if person else None,
                normalize_for_compare(member.post) if member.post else None,
                f"{shown}（{label(MEMBER_ROLES, member.role)}）",
            )
        )
    return found


def _candidates(record: MemberRecord, seats: list[_Seat], claimed: set[int]) -> list[Candidate]:
    """Stored members this row may be: the same name, or without a name the same post."""
    post_key = normalize_for_compare(record.post) if record.post else None
    if not record.person_name:
        return [Candidate(s.id, s.label) for s in seats if s.post_key == post_key]
    name_key = normalize_for_compare(record.person_name)
    same = [Candidate(s.id, s.label) for s in seats if s.person_key == name_key]
    if same or post_key is None:
        return same
    # A roster that now names who holds a seat so far listed by its post alone; one row
    # fills such a seat, the next with the same post is another member.
    vacant = [s for s in seats if s.person_key is None and s.post_key == post_key]
    vacant = [s for s in vacant if s.id not in claimed]
    claimed.update(s.id for s in vacant[:1])
    return [Candidate(s.id, s.label) for s in vacant[:1]]


def _same_member(record: MemberRecord) -> tuple[str, str, str] | None:
    if record.person_name:
        return _council_key(record), "name", normalize_for_compare(record.person_name)
    if record.post:
        return _council_key(record), "post", normalize_for_compare(record.post)
    return None


# --- write --------------------------------------------------------------------------------


def write(session: Session, records: list[MemberRecord], counts: dict[str, int]) -> None:
    """Add or update the accepted members (the caller's transaction, no autoflush)."""
    council_ids = {r.council_id for r in records if r.council_id is not None}
    stored = {c.id: c for c in session.scalars(select(Council).where(Council.id.in_(council_ids)))}
    councils = {_council_key(r): stored[r.council_id] for r in records if r.council_id is not None}
    # Every member of those councils: a new member is placed among them (and the imported
    # ones placed before it), without a query per row.
    members: dict[str, list[Membership]] = {key: [] for key in councils}
    keys = {c.id: key for key, c in councils.items()}
    by_id: dict[int, Membership] = {}
    for member in session.scalars(
        select(Membership)
        .where(Membership.council_id.in_(council_ids))
        .options(selectinload(Membership.organization), selectinload(Membership.person))
    ):
        members[keys[member.council_id]].append(member)
        by_id[member.id] = member
    organizations = OrganizationsToLink(
        session,
        counts,
        ((r.organization, r.organization_id) for r in records if r.organization),
    )
    people = _People(session, records)
    for record in records:
        org = None
        if record.organization:
            org = organizations.get(record.organization, record.organization_id)
        if record.chosen_id is not None and record.action != "create":
            if _update(by_id[record.chosen_id], record, org, people):
                count(counts, "委員（更新）")
        else:
            key = _council_key(record)
            if key not in councils:
                councils[key] = Council(name=record.council_name or "", kind=_NEW_COUNCIL_KIND)
                session.add(councils[key])
                members[key] = []
                count(counts, "会議（新規）")
            seats = members[key]
            member = Membership(
                council=councils[key],
                term_start=record.term_start,
                term_end=record.term_end,
                role=record.role,
                order=_order(record, seats),
                post=record.post,
                group_name=record.group,
                organization=org,
                person=people.get(record, org) if record.person_name else None,
            )
            session.add(member)
            _put_address(member, record, overwrite=False)
            seats.append(member)
            count(counts, "委員（新規）")


def _put_address(member: Membership, record: MemberRecord, *, overwrite: bool) -> bool:
    """The row's 郵便番号 and 住所 on the person it names, else on the organization of a seat
    known by its post (only where that organization has none: it is everyone's there)."""
    if member.person is not None:
        return merge_postal_address(member.person, record.postal_code, record.address, overwrite)
    if member.organization is not None:
        return merge_postal_address(
            member.organization, record.postal_code, record.address, overwrite=False
        )
    return False


def _order(record: MemberRecord, seats: Sequence[Membership]) -> int:
    """The roster's 順, else the place the 協議会 tab gives a new member (ministry order)."""
    if record.order is not None:
        return record.order
    return new_member_order(seats, record.role, record.organization or "", record.post or "")


class _People:
    """The person of a named row: one of that name in its organization, or a new one."""

    def __init__(self, session: Session, records: Sequence[MemberRecord]) -> None:
        self.session = session
        keys = {normalize_for_compare(r.person_name) for r in records if r.person_name}
        self.known: dict[tuple[object, str], Person] = {}
        if keys:
            for person in session.scalars(
                select(Person)
                .where(Person.name_key.in_(keys), Person.organization_id.is_not(None))
                .order_by(Person.id.desc())  # of two namesakes, the first stored one wins
            ):
                self.known[(person.organization_id, person.name_key)] = person

    def get(self, record: MemberRecord, org: Organization | None) -> Person:
        name = record.person_name or ""
        if org is None:
            # Without an organization a name alone does not make two people one.
            person = Person(name=name, kana=record.person_kana, post=record.post)
            self.session.add(person)
            return person
        # An organization created in this batch has no id yet: its own object tells it apart.
        key = (org.id if org.id is not None else id(org), normalize_for_compare(name))
        if key not in self.known:
            person = Person(name=name, kana=record.person_kana, organization=org, post=record.post)
            self.session.add(person)
            self.known[key] = person
        return self.known[key]


def _update(
    member: Membership, record: MemberRecord, org: Organization | None, people: _People
) -> bool:
    """Fill (only what is empty) or update (imported values win) a stored member."""
    overwrite = record.action == "update"
    wanted: dict[str, object] = {
        "post": record.post,
        "organization": org,
        "group_name": record.group,
        "term_start": record.term_start,
        "term_end": record.term_end,
    }
    if overwrite:  # role and order always have a value: only an update changes them
        wanted |= {"role": record.role if record.role_given else None, "order": record.order}
    changed = merge_values(member, wanted, overwrite)
    if record.person_name:
        changed = _update_person(member, record, people, overwrite) or changed
    return _put_address(member, record, overwrite=overwrite) or changed


def _update_person(
    member: Membership, record: MemberRecord, people: _People, overwrite: bool
) -> bool:
    person = member.person
    name_key = normalize_for_compare(record.person_name or "")
    if person is None or (overwrite and normalize_for_compare(person.name) != name_key):
        member.person = people.get(record, member.organization)
        return True
    if normalize_for_compare(person.name) != name_key:
        return False  # filling never replaces who holds the seat
    return merge_values(person, {"kana": record.person_kana, "post": record.post}, overwrite)


KIND: ImportKind[MemberRecord] = ImportKind(
    name="roster",
    label=QT_TR_NOOP("委員名簿"),
    label_en="Member roster",
    order=40,
    becomes="members of a council (a council not yet stored is created, with a warning)",
    matched_by="person name (or post) in that council",
    headings=(
        Heading("council_name", ("会議名", "協議会名")),
        Heading("order", ("順", "順番", "No", "No.", "番号", "項番")),
        Heading("member_role", ("役割", "役名", "委員区分")),
        Heading("post", (*headings.POST.synonyms, "肩書", "肩書き")),
        headings.PERSON_NAME,
        Heading("person_kana", (*headings.PERSON_KANA.synonyms, "氏名かな", "よみがな", "読み")),
        Heading(
            "organization",
            (*headings.ORGANIZATION.synonyms, "所属団体名", "所属機関名", "機関名", "団体名"),
        ),
        headings.AFFILIATION_POST,
        headings.POSTAL_CODE,
        headings.ADDRESS,
        Heading("member_group", ("種別", "グループ", "区分")),
        Heading("term", ("任期", "任期（期間）", "委嘱期間", "在任期間")),
        Heading("term_start", ("任期開始", "任期開始日", "就任日", "委嘱日")),
        Heading("term_end", ("任期終了", "任期終了日", "任期満了日", "任期満了")),
    ),
    # A roster names its members or their posts (or both), and says it is one by a role or a
    # council column; a list with neither is a roster when the user says so (--kind, --council).
    required=frozenset(),
    required_any=(frozenset({"person_name", "post"}),),
    told_apart_by=frozenset({"member_role", "council_name"}),
    record=MemberRecord,
    stored_in=(
        ("council_name", "council_name", "council.name"),
        ("post", "post", "membership.post"),
        ("group", "member_group", "membership.group_name"),
        ("person_name", "person_name", "person.name"),
        ("person_kana", "person_kana", "person.kana"),
        ("organization", "organization", "organization.name"),
    ),
    build=build,
    resolve=resolve,
    write=write,
    forms=(FormReading("roster"),),
)
