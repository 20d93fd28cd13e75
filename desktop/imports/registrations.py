"""Registrations from a list row or a filled form: normalise, validate, find the organization."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.models import Organization
from db.vocab import LOCAL_GOVERNMENT_KINDS, ORGANIZATION_KINDS, REGISTRATION_ROLES
from desktop.imports import normalize
from desktop.imports.model import (
    ERROR,
    WARNING,
    Candidate,
    Problem,
    RegistrationRecord,
    SourceRecord,
)
from desktop.japanese.lgcode import is_prefecture_code
from desktop.japanese.text import normalize_for_compare, to_hiragana

_KIND_WORDS = {
    **{label: code for code, label in ORGANIZATION_KINDS.items()},
    "市町村": "municipality",
    "市": "municipality",
    "町": "municipality",
    "村": "municipality",
    "都道府県庁": "prefecture",
    "県": "prefecture",
    "府省": "ministry",
    "省庁": "ministry",
    "企業": "company",
    "民間": "company",
    "大学": "university",
    "研究機関": "university",
    "NPO": "association",
    "団体": "association",
}
_ROLE_WORDS = {
    **{label: code for code, label in REGISTRATION_ROLES.items()},
    "関心分野": "interest",
    "提供": "offer",
    "専門家": "offer",
    "地方公共団体": "interest",
    "関係省庁": "measure",
}


@dataclass(frozen=True)
class ProgramInfo:
    name: str
    categories: tuple[str, ...]


def _kind(raw: object) -> str | None:
    key = unicodedata.normalize("NFKC", str(raw)).strip()
    return _KIND_WORDS.get(key) or _KIND_WORDS.get(key.replace(" ", ""))


def build(
    source: SourceRecord,
    programs: Sequence[ProgramInfo],
    default_program: str | None,
    default_role: str | None,
) -> RegistrationRecord:
    """Normalise and validate one source record; every problem names where it came from."""
    values = source.values
    problems: list[Problem] = []

    def cell(field: str) -> object:
        return values.get(field)

    def problem(field: str | None, message: str, severity: str = ERROR) -> None:
        where = source.where.get(field, source.origin) if field else source.origin
        problems.append(Problem(where, message, severity))

    def clean(field: str, parse: Callable[[object], object]) -> object:
        raw = cell(field)
        if normalize.text(raw) is None:
            return None
        try:
            return parse(raw)
        except ValueError as exc:
            problem(field, str(exc))
            return None

    name = normalize.text(cell("organization_name"))
    if name is None:
        problem("organization_name", "団体名が空です。団体名を入力してください。")
        name = ""
    code = clean("lg_code", normalize.lg_code)
    kind_raw = normalize.text(cell("organization_kind"))
    kind = _kind(kind_raw) if kind_raw else None
    if kind_raw and kind is None:
        problem(
            "organization_kind",
            f"団体区分「{kind_raw}」は使えません。{'、'.join(ORGANIZATION_KINDS.values())} から選んでください。",
        )
    if kind is None:
        if isinstance(code, str):
            kind = "prefecture" if is_prefecture_code(code) else "municipality"
        else:
            kind = "company" if default_role == "offer" else "other"
    if isinstance(code, str) and kind not in LOCAL_GOVERNMENT_KINDS:
        problem("lg_code", "地方公共団体コードは都道府県・市区町村の行にだけ入力してください。")

    program_name = normalize.text(cell("program")) or default_program
    program = _program(program_name, programs)
    if program is None and not program_name:
        program = _program_by_categories(cell("categories"), source.categories_marked, programs)
    if program is None and program_name:
        problem(
            "program", f"事業「{program_name}」はありません。登録済みの事業名を入力してください。"
        )
    role_raw = normalize.text(cell("role"))
    role = _ROLE_WORDS.get(role_raw or "") if role_raw else default_role
    if role_raw and role is None:
        problem(
            "role", f"区分「{role_raw}」は使えません。関心・提供・支援策・連携 から選んでください。"
        )
    if role is None:
        role = "interest" if kind in LOCAL_GOVERNMENT_KINDS else "offer"

    known = program.categories if program else ()
    found, unknown = normalize.categories(cell("categories"), known)
    for marked in source.categories_marked:
        if marked not in found:
            found.append(marked)
    order = {c: i for i, c in enumerate(known)}
    found.sort(key=lambda c: order.get(c, len(order)))
    if unknown:
        problem(
            "categories",
            f"分野「{'、'.join(unknown)}」は{program.name if program else '事業'}にありません（無視しました）。",
            WARNING,
        )
    if program is not None and program.categories and not found:
        problem("categories", "分野が一つも選ばれていません。該当する分野に○を付けてください。")

    kana = normalize.text(cell("organization_kana"))
    contact_kana = normalize.text(cell("contact_kana"))
    consent = clean("publish_consent", normalize.consent)
    record = RegistrationRecord(
        origin=source.origin,
        organization_name=name,
        organization_kind=kind,
        organization_kana=to_hiragana(kana) if kana else None,
        lg_code=code if isinstance(code, str) else None,
        phone=_str(clean("phone", normalize.phone)),
        email=_str(clean("email", normalize.email)),
        address=normalize.text(cell("address")),
        program=program.name if program else None,
        role=role,
        categories=tuple(found),
        summary=normalize.text(cell("summary")),
        department=normalize.text(cell("department")),
        contact_name=normalize.text(cell("contact_name")),
        contact_kana=to_hiragana(contact_kana) if contact_kana else None,
        received_on=_date(clean("received_on", normalize.date)),
        publish_consent=consent if isinstance(consent, bool) else True,
        problems=problems,
        original=source.original,
    )
    if program is None:
        problem(
            None, "事業を特定できません。「事業」列を設けるか、取り込み時に事業を指定してください。"
        )
    return record


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _date(value: object) -> dt.date | None:
    return value if isinstance(value, dt.date) else None


def _program(name: str | None, programs: Sequence[ProgramInfo]) -> ProgramInfo | None:
    if not name:
        return programs[0] if len(programs) == 1 else None
    key = normalize_for_compare(name)
    exact = [p for p in programs if normalize_for_compare(p.name) == key]
    if exact:
        return exact[0]
    partial = [p for p in programs if key in normalize_for_compare(p.name)]
    return partial[0] if len(partial) == 1 else None


def _program_by_categories(
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


def match_organizations(session: Session, record: RegistrationRecord) -> list[Candidate]:
    """Existing organizations this record may be: by code first, then by normalised name."""
    if record.lg_code:
        by_code = session.scalars(
            select(Organization).where(Organization.lg_code == record.lg_code)
        ).all()
        if by_code:
            return [Candidate(o.id, o.name, o.lg_code or "") for o in by_code]
    key = normalize_for_compare(record.organization_name)
    conditions = [Organization.name_key == key]
    if record.email:
        conditions.append(Organization.email == record.email)
    found = session.scalars(select(Organization).where(or_(*conditions))).all()
    return [Candidate(o.id, o.name, o.lg_code or "") for o in found]
