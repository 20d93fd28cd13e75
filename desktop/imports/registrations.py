"""Registrations from a list row or a filled form: normalise, validate, find the organization."""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.models import Organization, Person, Program
from db.vocab import LOCAL_GOVERNMENT_KINDS, ORGANIZATION_KINDS, REGISTRATION_ROLES
from desktop.catalogue import QT_TR_NOOP, Listed, Text
from desktop.excel.headers import Heading, normalize_header
from desktop.imports import affiliation, headings, normalize, registrations_write
from desktop.imports.cells import Cells
from desktop.imports.declaration import FormReading, ImportKind
from desktop.imports.matching import settle
from desktop.imports.model import (
    ERROR,
    WARNING,
    WHOLE_FILE,
    BuildContext,
    Candidate,
    ImportRecord,
    Location,
    Problem,
    ProgramInfo,
    RegistrationRecord,
    SourceRecord,
)
from desktop.imports.reasons import CELL_KINDS, date_taken, reason
from desktop.imports.registration_merge import Guesses, merge_same_organization
from desktop.imports.sheet_notes import say_once_per_sheet
from desktop.japanese.lgcode import is_prefecture_code
from desktop.japanese.text import normalize_for_compare, to_hiragana
from desktop.japanese.wareki import WeekdayMismatch
from desktop.rules.organizations import organization_kind_of

BLANK_CONSENT = QT_TR_NOOP("公表可否が空欄のため「否」（公表しない）として取り込みます。")
NO_CONSENT_COLUMN = QT_TR_NOOP(
    "公表可否の欄がないため「否」（公表しない）として取り込みます。"
    "公表してよい団体は、取り込んだ後に登録の「公表してよい」を付けてください。"
)
KIND_FROM_NAME = QT_TR_NOOP("団体区分が空欄のため、名称から「{kind}」と判断しました。")
KIND_ASSUMED = QT_TR_NOOP(
    "団体区分が空欄で名称からも分からないため「{kind}」としました。違う場合は団体区分を入力してください。"
)
# Shared by the rows of a long list (a Text is never changed).
_BLANK_CONSENT_NOTE = Text(BLANK_CONSENT)
_NO_CONSENT_COLUMN_NOTE = Text(NO_CONSENT_COLUMN)
BLANK_CONSENT_ROWS = QT_TR_NOOP(
    "公表可否が空欄の{count}行（行 {rows}）は「否」（公表しない）として取り込みます。"
)
BLANK = frozenset({BLANK_CONSENT})
# The notes of a value the row did not give and the import assumed.
CONSENT_GUESSES = frozenset({BLANK_CONSENT, NO_CONSENT_COLUMN})
KIND_GUESSES = frozenset({KIND_FROM_NAME, KIND_ASSUMED})

_ROLE_WORDS = {
    **{label: code for code, label in REGISTRATION_ROLES.items()},
    "関心分野": "interest",
    "提供": "offer",
    "専門家": "offer",
    "地方公共団体": "interest",
    "関係省庁": "measure",
}


def build(source: SourceRecord, context: BuildContext) -> RegistrationRecord:
    """Normalise and validate one source record; every problem names where it came from."""
    programs, default_program, default_role = context.programs, context.program, context.role
    cells = Cells(source)

    name, prefecture = _name_and_prefecture(source)
    if name is None:
        cells.problem(
            "organization_name", Text(QT_TR_NOOP("団体名が空です。団体名を入力してください。"))
        )
        name = ""
    code = cells.parsed("lg_code", normalize.lg_code)
    kind_raw = cells.text("organization_kind")
    kind = organization_kind_of(kind_raw) if kind_raw else None
    if kind_raw and kind is None:
        cells.problem(
            "organization_kind",
            Text(
                QT_TR_NOOP("団体区分「{written}」は使えません。{choices} から選んでください。"),
                written=kind_raw,
                choices=CELL_KINDS,
            ),
        )
    kind_given = kind is not None
    if kind is None and prefecture is not None and name == prefecture:
        kind = "prefecture"  # a prefecture's own row: its 市区町村名 is blank
    if kind is None:
        kind, guess = _guess_kind(name, code, source, default_role)
        if guess is not None:
            cells.problem("organization_kind", guess, WARNING)
    if isinstance(code, str) and kind not in LOCAL_GOVERNMENT_KINDS:
        cells.problem(
            "lg_code",
            Text(QT_TR_NOOP("地方公共団体コードは都道府県・市区町村の行にだけ入力してください。")),
        )

    program_name = cells.text("program") or default_program
    program = program_named(program_name, programs)
    if program is None and not program_name:
        program = program_by_categories(cells.raw("categories"), source.categories_marked, programs)
    if program is None and program_name:
        cells.problem(
            "program",
            Text(
                QT_TR_NOOP("事業「{program}」はありません。登録済みの事業名を入力してください。"),
                program=program_name,
            ),
        )
    role_raw = cells.text("role")
    role = _ROLE_WORDS.get(role_raw or "") if role_raw else default_role
    if role_raw and role is None:
        cells.problem(
            "role",
            Text(
                QT_TR_NOOP(
                    "区分「{written}」は使えません。関心・提供・支援策・連携 から選んでください。"
                ),
                written=role_raw,
            ),
        )
    if role is None:
        role = "interest" if kind in LOCAL_GOVERNMENT_KINDS else "offer"

    known = program.categories if program else ()
    found, unknown = normalize.categories(cells.raw("categories"), known)
    for marked in source.categories_marked:
        if program is not None and marked not in program.categories:
            cells.problem(
                "categories",
                Text(
                    QT_TR_NOOP(
                        "○の付いた分野「{category}」は{program}にありません（無視しました）。"
                    ),
                    category=marked,
                    program=program.name,
                ),
                WARNING,
            )
        elif marked not in found:
            found.append(marked)
    order = {c: i for i, c in enumerate(known)}
    found.sort(key=lambda c: order.get(c, len(order)))
    if unknown:
        cells.problem(
            "categories",
            Text(
                QT_TR_NOOP("分野「{categories}」は{program}にありません（無視しました）。"),
                categories=Listed(tuple(unknown)),
                program=program.name if program else Text(QT_TR_NOOP("事業")),
            ),
            WARNING,
        )
    if program is not None and program.categories and not found:
        cells.problem(
            "categories",
            Text(QT_TR_NOOP("分野が一つも選ばれていません。該当する分野に○を付けてください。")),
        )

    kana = cells.text("organization_kana")
    contact_kana = cells.text("contact_kana")
    consent = cells.parsed("publish_consent", normalize.consent)
    if not cells.has("publish_consent"):
        cells.problem(None, _NO_CONSENT_COLUMN_NOTE, WARNING)
    elif cells.text("publish_consent") is None:
        cells.problem("publish_consent", _BLANK_CONSENT_NOTE, WARNING)
    cells.phone_restored()
    postal_code, address = cells.postal_address()
    record = RegistrationRecord(
        origin=source.origin,
        organization_name=name,
        organization_kind=kind,
        kind_given=kind_given,
        organization_kana=to_hiragana(kana) if kana else None,
        lg_code=code if isinstance(code, str) else None,
        phone=_str(cells.parsed("phone", normalize.phone)),
        email=_str(cells.parsed("email", normalize.email)),
        postal_code=postal_code,
        address=address,
        prefecture=prefecture if prefecture != name else None,
        program=program.name if program else None,
        role=role,
        categories=tuple(found),
        summary=cells.text("summary"),
        department=cells.text("department"),
        contact_name=cells.text("contact_name"),
        contact_kana=to_hiragana(contact_kana) if contact_kana else None,
        received_on=_received_on(cells.raw("received_on"), cells.problem),
        publish_consent=consent if isinstance(consent, bool) else False,
        consent_given=isinstance(consent, bool),
        problems=cells.problems,
        original=source.original,
    )
    if program is None:
        cells.problem(
            None,
            Text(
                QT_TR_NOOP(
                    "事業を特定できません。「事業」列を設けるか、取り込み時に事業を指定してください。"
                )
            ),
        )
    return record


LOCAL_GOVERNMENT_HEADERS = {"自治体名", "地方公共団体名", "市区町村名", "市町村名", "都道府県名"}
MUNICIPALITY_HEADERS = {"市区町村名", "市町村名", "市区町村"}


def _name_and_prefecture(source: SourceRecord) -> tuple[str | None, str | None]:
    """The organization's own name, and the prefecture named beside a municipality.

    A list of local governments often gives 都道府県名 and 市区町村名 in two columns: the row's
    body is the municipality (函館市, not 北海道), or the prefecture when the municipality is
    blank (the prefecture's own row). A 都道府県 column beside a company's name is only where
    it is, never its name.
    """
    name = normalize.text(source.values.get("organization_name"))
    prefecture = normalize.text(source.values.get("prefecture_name"))
    if prefecture is None:
        return name, None
    header = source.where.get("organization_name")
    beside_municipality = header is None or normalize_header(header.column) in {
        normalize_header(h) for h in MUNICIPALITY_HEADERS
    }
    if name is None and beside_municipality:
        return prefecture, prefecture
    return name, prefecture if beside_municipality else None


def _guess_kind(
    name: str, code: object, source: SourceRecord, default_role: str | None
) -> tuple[str, Text | None]:
    """The kind when the file does not say, and the note saying it was guessed (None: the code
    or a list of local governments tells it): from the name where it says it (国立大学法人…,
    株式会社…, …市), else from the role."""
    if isinstance(code, str):
        return ("prefecture" if is_prefecture_code(code) else "municipality"), None
    header = source.where.get("organization_name")
    if header is not None and normalize_header(header.column) in {
        normalize_header(h) for h in LOCAL_GOVERNMENT_HEADERS
    }:
        return ("prefecture" if name.endswith(("都", "道", "府", "県")) else "municipality"), None
    named = kind_in_name(name)
    if named is not None:
        return named, _kind_note(KIND_FROM_NAME, named)
    kind = "company" if default_role == "offer" else "other"
    return kind, _kind_note(KIND_ASSUMED, kind)


@functools.cache  # one note per kind, shared by the rows of a long list
def _kind_note(template: str, kind: str) -> Text:
    return Text(template, kind=Text(ORGANIZATION_KINDS[kind]))


def kind_in_name(name: str) -> str | None:
    """The kind an organization's name says it is (国立大学法人筑波大学, ○○高専, 株式会社○○,
    秩父市 …); None when the name does not say."""
    if not name:
        return None
    folded = unicodedata.normalize("NFKC", name).strip()
    if folded.endswith(("高専", "高等専門学校")):
        return "university"
    found = affiliation.split(folded)
    if not found.told_apart or found.organization is None:
        return None
    return found.organization_kind


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _received_on(
    raw: object, problem: Callable[[str | None, Text | str, str], None]
) -> dt.date | None:
    """The received date; a weekday beside it that is another day's is noted, not fatal."""
    if normalize.text(raw) is None:
        return None
    try:
        return normalize.date(raw)
    except WeekdayMismatch as exc:
        problem("received_on", date_taken(exc), WARNING)
        return exc.day
    except ValueError as exc:
        problem("received_on", reason(exc), ERROR)
        return None


@functools.lru_cache(maxsize=256)  # asked once per row, with a handful of distinct answers
def program_named(name: str | None, programs: tuple[ProgramInfo, ...]) -> ProgramInfo | None:
    if not name:
        return programs[0] if len(programs) == 1 else None
    key = normalize_for_compare(name)
    exact = [p for p in programs if normalize_for_compare(p.name) == key]
    if exact:
        return exact[0]
    partial = [p for p in programs if key in normalize_for_compare(p.name)]
    return partial[0] if len(partial) == 1 else None


def program_by_categories(
    value: object, marked: Sequence[str], programs: Sequence[ProgramInfo]
) -> ProgramInfo | None:
    """The one program whose categories the row names (e.g. 教育、医療 → オープンラボ)."""
    scores = []
    for program in programs:
        found, _unknown = normalize.categories(value, program.categories)
        hits = len(found) + sum(1 for m in marked if m in program.categories)
        if hits:
            scores.append((hits, program))
    scores.sort(key=lambda pair: pair[0], reverse=True)
    if len(scores) == 1 or (len(scores) > 1 and scores[0][0] > scores[1][0]):
        return scores[0][1]
    return None


class OrganizationIndex:
    """Existing organizations by code and by comparison key, looked up once per import."""

    CHUNK = 500  # keeps each IN (...) list well inside the database's parameter limits

    def __init__(self, session: Session, records: Sequence[RegistrationRecord]) -> None:
        self.by_code: dict[str, list[Candidate]] = {}
        self.by_key: dict[str, list[tuple[Candidate, bool]]] = {}
        codes = sorted({r.lg_code for r in records if r.lg_code})
        keys = sorted(
            {r.name_key for r in records}
            | {normalize_for_compare(r.prefecture) for r in records if r.prefecture}
        )
        for chunk in chunks(codes, self.CHUNK):
            for org in session.scalars(select(Organization).where(Organization.lg_code.in_(chunk))):
                candidate = Candidate(org.id, org.name, org.lg_code or "")
                self.by_code.setdefault(org.lg_code or "", []).append(candidate)
        for chunk in chunks(keys, self.CHUNK):
            for org in session.scalars(
                select(Organization).where(Organization.name_key.in_(chunk))
            ):
                candidate = Candidate(org.id, org.name, org.lg_code or "")
                self.by_key.setdefault(org.name_key, []).append((candidate, bool(org.lg_code)))

    def match(self, record: RegistrationRecord) -> list[Candidate]:
        """Existing organizations this record may be: by code first, then by normalised name.

        A same-named organization with a different code is another body (美郷町 of 秋田県 is
        not 美郷町 of 島根県), and an e-mail address alone never makes two bodies one.
        """
        if record.lg_code and record.lg_code in self.by_code:
            return list(self.by_code[record.lg_code])
        found = self.by_key.get(record.name_key, [])
        if record.lg_code:
            return [c for c, has_code in found if not has_code]
        prefecture = self._prefecture_code(record.prefecture)
        if prefecture is not None:  # 美郷町 of 秋田県, not of 島根県
            found = [(c, has) for c, has in found if not has or c.lg_code[:2] == prefecture]
        return [c for c, _has_code in found]

    def _prefecture_code(self, name: str | None) -> str | None:
        """The 2-digit code of the stored prefecture of that name (None: not stored)."""
        if not name:
            return None
        for candidate, has_code in self.by_key.get(normalize_for_compare(name), []):
            if has_code and is_prefecture_code(candidate.lg_code):
                return candidate.lg_code[:2]
        return None


T = TypeVar("T")


def chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def resolve(
    session: Session,
    records: list[RegistrationRecord],
    on_duplicate: str,
    _earlier: Sequence[ImportRecord] = (),
) -> None:
    """Match each row's organization with the stored ones; report what cannot be settled."""
    index = OrganizationIndex(session, records)
    for record in records:
        if not record.rejected:
            settle(record, index.match(record), on_duplicate)
            _check_code_owner(record)
            if record.chosen_id is not None and record.action != "create":
                # A stored organization keeps its kind: the guess is not used.
                record.problems = [p for p in record.problems if not _is_in(p, KIND_GUESSES)]
    _match_contacts(session, [r for r in records if r.candidates and r.contact_name])
    merge_same_organization(
        records,
        _category_order(session),
        lambda r: (r.organization_key, r.program, r.role),
        Guesses(
            kind=lambda p: _is_in(p, KIND_GUESSES),
            consent=lambda p: _is_in(p, CONSENT_GUESSES),
        ),
    )
    say_blank_consent_once(records)
    say_once_per_sheet(records, lambda p: not p.shared and _is_in(p, KIND_GUESSES))


def _category_order(session: Session) -> dict[str, tuple[str, ...]]:
    """Each programme's categories in their order."""
    programs = session.scalars(select(Program).options(selectinload(Program.categories)))
    return {p.name: tuple(c.name for c in p.categories) for p in programs}


def _is_in(problem: Problem, templates: frozenset[str]) -> bool:
    return isinstance(problem.message, Text) and problem.message.template in templates


def say_blank_consent_once(records: Sequence[RegistrationRecord]) -> None:
    """A blank 公表可否 on some rows of a file is one line for the file naming the rows; each
    row keeps its note (shared), so that the review still says it on the row. A file whose
    every row leaves it blank is said once by the pipeline."""
    by_file: dict[str, list[RegistrationRecord]] = {}
    for record in records:
        by_file.setdefault(record.origin.file, []).append(record)
    for rows in by_file.values():
        blank = [r for r in rows if any(_is_in(p, BLANK) for p in r.problems)]
        if len(blank) < 2 or len(blank) == len(rows):
            continue
        for record in blank:
            record.problems = [replace(p, shared=_is_in(p, BLANK)) for p in record.problems]
        first = blank[0]
        column = next(p.where.column for p in first.problems if _is_in(p, BLANK))
        sheets = {r.origin.sheet for r in blank}
        where = Location(
            first.origin.file, sheets.pop() if len(sheets) == 1 else WHOLE_FILE, None, column
        )
        first.problems.append(
            Problem(
                where,
                Text(
                    BLANK_CONSENT_ROWS,
                    count=len(blank),
                    rows=", ".join(str(r.origin.row or "") for r in blank),
                ),
                WARNING,
            )
        )


def _match_contacts(session: Session, records: list[RegistrationRecord]) -> None:
    """Which stored person each row's contact would be, for every candidate organization.

    The same rule as the commit (registrations_write._contact): the oldest person of that
    organization with the same name key or the same e-mail address.
    """
    org_ids = sorted({c.id for r in records for c in r.candidates})
    people: dict[int, list[Person]] = {}
    for chunk in chunks(org_ids, OrganizationIndex.CHUNK):
        for person in session.scalars(
            select(Person).where(Person.organization_id.in_(chunk)).order_by(Person.id)
        ):
            people.setdefault(person.organization_id or 0, []).append(person)
    for record in records:
        key = normalize_for_compare(record.contact_name or "")
        record.stored_contacts = {}
        for candidate in record.candidates:
            known = people.get(candidate.id, [])
            same = next(
                (
                    p
                    for p in known
                    if p.name_key == key or (record.email and p.email == record.email)
                ),
                None,
            )
            if same is not None:
                record.stored_contacts[candidate.id] = f"{same.name}（ID {same.id}）"


def _check_code_owner(record: RegistrationRecord) -> None:
    """A code that belongs to a differently named body is an error, not a match."""
    if len(record.candidates) != 1 or not record.lg_code:
        return
    only = record.candidates[0]
    if only.lg_code == record.lg_code and (normalize_for_compare(only.name) != record.name_key):
        record.chosen_id = None
        record.problems.append(
            Problem(
                record.origin,
                Text(
                    QT_TR_NOOP(
                        "地方公共団体コード「{code}」は「{owner}」のコードです"
                        "（この行の団体名は「{name}」）。コードか団体名を確かめてください。"
                    ),
                    code=record.lg_code,
                    owner=only.name,
                    name=record.organization_name,
                ),
            )
        )


KIND: ImportKind[RegistrationRecord] = ImportKind(
    name="registrations",
    label=QT_TR_NOOP("登録一覧"),
    label_en="Registration list",
    order=10,
    becomes="organizations, contacts, registrations",
    matched_by="local-government code, else normalised name",
    headings=(
        headings.ORGANIZATION_KIND,
        # Before the name: a 都道府県名 column beside 市区町村名 is the prefecture, not the name.
        Heading("prefecture_name", ("都道府県名", "都道府県")),
        Heading(
            "organization_name",
            (
                "団体名",
                "市区町村名",
                "市町村名",
                "市区町村",
                "市町村",
                "団体名称",
                "組織名",
                "自治体名",
                "地方公共団体名",
                "企業名",
                "会社名",
                "法人名",
                "団体・企業名",
            ),
        ),
        Heading(
            "organization_kana",
            ("フリガナ", "ふりがな", "カナ", "団体名フリガナ", "よみがな", "読み"),
        ),
        Heading(
            "lg_code",
            ("地方公共団体コード", "団体コード", "自治体コード", "全国地方公共団体コード"),
        ),
        Heading("program", ("事業", "事業名（枠組み）", "プログラム")),
        Heading("role", ("区分", "登録区分", "役割区分")),
        # What offices' own lists call the columns, besides the program's own headings.
        Heading(
            "categories",
            (
                *headings.CATEGORIES.synonyms,
                "関心のある分野",
                "提供可能な分野",
                "提供分野・テーマ",
                "希望分野",
                "該当分野",
            ),
        ),
        Heading(
            "summary",
            (*headings.SUMMARY.synonyms, "提供内容", "取組概要", "提案内容", "連携内容"),
        ),
        Heading(
            "department",
            (*headings.DEPARTMENT.synonyms, "連絡担当部署", "担当部局", "所管課"),
        ),
        Heading("contact_name", ("担当者", "担当者名", "担当者氏名", "ご担当者", "連絡担当者")),
        Heading("contact_kana", ("担当者フリガナ", "担当者ふりがな", "担当者カナ")),
        Heading(
            "phone", (*headings.PHONE.synonyms, "代表電話", "電話番号（代表）", "担当者電話番号")
        ),
        Heading(
            "email", (*headings.EMAIL.synonyms, "担当者メールアドレス", "連絡先メールアドレス")
        ),
        headings.POSTAL_CODE,
        headings.ADDRESS,
        Heading("received_on", ("受付日", "申込日", "登録日")),
        Heading("publish_consent", ("公表可否", "公表", "公開可否")),
    ),
    required=frozenset(),
    # A list of prefectures alone names them in its 都道府県名 column.
    required_any=(frozenset({"organization_name", "prefecture_name"}),),
    record=RegistrationRecord,
    stored_in=(
        ("organization_name", "organization_name", "organization.name"),
        ("organization_kana", "organization_kana", "organization.kana"),
        ("phone", "phone", "organization.phone"),
        ("email", "email", "organization.email"),
        ("department", "department", "registration.department"),
        ("contact_name", "contact_name", "person.name"),
        ("contact_kana", "contact_kana", "person.kana"),
    ),
    build=build,
    resolve=resolve,
    write=registrations_write.write,
    forms=(FormReading("expert", "offer"), FormReading("local_government", "interest")),
    by_program=True,
)
