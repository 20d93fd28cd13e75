"""専門家カタログ: the booklet sent to local governments — a cover with the contents, then one
section per policy field (in the programme's order of fields) listing the experts who offer in
it, with what they offer and whom to ask; a field of a few experts shares its page.

Only registrations whose owner agreed to publication (公表可否: 可) and that are not withdrawn
are listed; the contacts make it a 取扱注意 document.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.errors import UserError
from db.models import Person, Program, Registration
from desktop.catalogue import QT_TR_NOOP
from desktop.japanese.gojuon import name_order_key
from desktop.japanese.text import normalize_for_compare
from desktop.sheets.model import Column, Section, Sheet
from desktop.sheets.words import as_of_line, tr

NAME = "expert-catalog"
# A field of this many experts (about half a page) begins a page of its own; fewer go on under
# the field before, each under its heading, instead of a page each for one or two companies.
PAGE_OF_ITS_OWN = 6


def _program(session: Session, name: str | None) -> Program:
    programs = session.scalars(
        select(Program).options(selectinload(Program.categories)).order_by(Program.id)
    ).all()
    if name:
        for program in programs:
            if normalize_for_compare(program.name) == normalize_for_compare(name):
                return program
        raise UserError(QT_TR_NOOP("事業「{name}」はありません。"), name=name)
    offering = {
        p
        for p in session.scalars(
            select(Registration.program_id).where(Registration.role == "offer")
        )
    }
    with_experts = [p for p in programs if p.id in offering]
    if len(with_experts) == 1:
        return with_experts[0]
    if not with_experts:
        raise UserError(QT_TR_NOOP("専門家（提供）の登録がまだありません。"))
    names = "、".join(f"「{p.name}」" for p in with_experts)
    raise UserError(
        f"専門家の登録がある事業が複数あります（{names}）。--program で指定してください。"
    )


def _contact(registration: Registration) -> str:
    person: Person | None = registration.contact_person
    organization = registration.organization
    lines = [
        " ".join(
            part for part in (registration.department, person.name if person else None) if part
        ),
        (person.email if person and person.email else organization.email) or "",
        (person.phone if person and person.phone else organization.phone) or "",
    ]
    return "\n".join(line for line in lines if line)


def build(
    session: Session,
    *,
    program: str | None = None,
    category: str | None = None,
    as_of: dt.date | None = None,
) -> Sheet:
    chosen = _program(session, program)
    registrations = session.scalars(
        select(Registration)
        .where(
            Registration.program_id == chosen.id,
            Registration.role == "offer",
            Registration.status != "withdrawn",
            Registration.publish_consent.is_(True),
        )
        .options(
            selectinload(Registration.organization),
            selectinload(Registration.contact_person),
            selectinload(Registration.categories),
        )
    ).all()
    fields = chosen.categories
    if category:
        fields = [
            c for c in fields if normalize_for_compare(c.name) == normalize_for_compare(category)
        ]
        if not fields:
            raise UserError(
                QT_TR_NOOP("分野「{category}」は{program}にありません。"),
                category=category,
                program=chosen.name,
            )
    sections = []
    for field in fields:
        experts = sorted(
            (r for r in registrations if any(c.id == field.id for c in r.categories)),
            key=lambda r: (name_order_key(r.organization.kana, r.organization.name), r.id),
        )
        if experts:
            rows = tuple((r.organization.name, r.summary or "", _contact(r)) for r in experts)
            heading = f"{field.name}（{len(experts)}団体）"
            sections.append(Section(heading, rows, new_page=len(experts) >= PAGE_OF_ITS_OWN))
    if not sections:
        raise UserError(
            QT_TR_NOOP("カタログに載せる専門家がいません（公表可の提供登録がありません）。")
        )
    return Sheet(
        name=NAME,
        title=tr("{name} 専門家カタログ").format(name=chosen.name),
        as_of=as_of_line(as_of or dt.date.today()),
        columns=(
            Column(tr("団体名"), 1.6),
            Column(tr("提供できる技術・ノウハウ"), 4.0),
            Column(tr("担当・連絡先"), 2.2),
        ),
        sections=tuple(sections),
        confidential=True,
        confidential_label=tr("取扱注意"),
        booklet=True,
    )
