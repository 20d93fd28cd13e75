"""CSV files of the tables Excel users ask for (団体, 担当者, 登録, 会議の構成員, 行事の参加者),
with Japanese headings and labels, one file a table.

UTF-8 with a BOM by default: Excel opens it as UTF-8 only when the BOM is there. CP932
(Shift_JIS as Windows writes it) for older systems: a character CP932 cannot hold (𠮷, emoji …)
is written as 〓, the geta mark Japanese typesetting uses for a missing character, and named in
one warning per record, so that nothing is lost without a word.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.models import (
    Council,
    EventSession,
    Membership,
    Organization,
    Participant,
    Person,
    Registration,
)
from db.output_files import write_bytes_atomically
from db.vocab import (
    MEMBER_ROLES,
    ORGANIZATION_KINDS,
    PARTICIPANT_STATUSES,
    REGISTRATION_ROLES,
    REGISTRATION_STATUSES,
    label,
)

GETA = "〓"
# Characters whose JIS twin CP932 holds under another code point: written as that twin, the
# same character on a Windows PC, rather than as 〓.
CP932_TWINS = str.maketrans({"—": "―", "¥": "￥", "‾": "￣"})


@dataclass(frozen=True)
class Table:
    name: str  # as the command line and the file name give it
    file_stem: str  # the file's name, as the user sees it
    headings: tuple[str, ...]
    rows: Callable[[Session], Iterable[tuple[str, Sequence[Any]]]]  # (record, its cells)


@dataclass(frozen=True)
class Unwritable:
    """Characters of one record that CP932 cannot hold, written as 〓."""

    table: str
    record: str
    characters: str

    def __str__(self) -> str:
        return (
            f"{self.table} {self.record}: CP932 で書けない文字「{self.characters}」を"
            f"「{GETA}」にしました"
        )


def _org_name(org: Organization | None) -> str:
    return org.name if org is not None else ""


def _organizations(session: Session) -> Iterable[tuple[str, Sequence[Any]]]:
    query = select(Organization).options(selectinload(Organization.parent))
    for o in session.scalars(query.order_by(Organization.id)):
        yield (
            f"id {o.id}「{o.name}」",
            (
                o.id,
                o.name,
                o.kana,
                label(ORGANIZATION_KINDS, o.kind),
                o.lg_code,
                _org_name(o.parent),
                o.postal_code,
                o.address,
                o.phone,
                o.email,
                o.note,
            ),
        )


def _people(session: Session) -> Iterable[tuple[str, Sequence[Any]]]:
    query = select(Person).options(selectinload(Person.organization))
    for p in session.scalars(query.order_by(Person.id)):
        yield (
            f"id {p.id}「{p.name}」",
            (
                p.id,
                p.name,
                p.kana,
                _org_name(p.organization),
                p.post,
                p.postal_code,
                p.address,
                p.phone,
                p.email,
            ),
        )


def _registrations(session: Session) -> Iterable[tuple[str, Sequence[Any]]]:
    query = select(Registration).options(
        selectinload(Registration.organization),
        selectinload(Registration.program),
        selectinload(Registration.contact_person),
        selectinload(Registration.categories),
    )
    for r in session.scalars(query.order_by(Registration.id)):
        categories = "・".join(c.name for c in sorted(r.categories, key=lambda c: c.order))
        yield (
            f"id {r.id}「{r.organization.name}」",
            (
                r.id,
                r.program.name,
                r.organization.name,
                label(REGISTRATION_ROLES, r.role),
                categories,
                r.department,
                r.contact_person.name if r.contact_person else "",
                r.received_on,
                label(REGISTRATION_STATUSES, r.status),
                "可" if r.publish_consent else "不可",
                r.summary,
            ),
        )


def _members(session: Session) -> Iterable[tuple[str, Sequence[Any]]]:
    query = (
        select(Membership)
        .join(Council)
        .options(
            selectinload(Membership.council),
            selectinload(Membership.person),
            selectinload(Membership.organization),
        )
        .order_by(Council.name, Membership.order, Membership.id)
    )
    for m in session.scalars(query):
        name = m.person.name if m.person else ""
        yield (
            f"id {m.id}「{m.council.name} {name or m.post or ''}」",
            (
                m.id,
                m.council.name,
                m.group_name,
                label(MEMBER_ROLES, m.role),
                _org_name(m.organization),
                m.post,
                name,
                m.person.kana if m.person else "",
                m.person.email if m.person else "",
                m.term_start,
                m.term_end,
                m.note,
            ),
        )


def _participants(session: Session) -> Iterable[tuple[str, Sequence[Any]]]:
    query = (
        select(Participant)
        .join(EventSession)
        .options(
            selectinload(Participant.session).selectinload(EventSession.series),
            selectinload(Participant.person).selectinload(Person.organization),
        )
        .order_by(EventSession.series_id, EventSession.number, Participant.id)
    )
    for p in session.scalars(query):
        yield (
            f"id {p.id}「{p.person.name}」",
            (
                p.id,
                p.session.series.name,
                p.session.number,
                p.session.date,
                p.person.name,
                p.person.kana,
                _org_name(p.person.organization),
                p.person.post,
                p.person.email,
                label(PARTICIPANT_STATUSES, p.status),
            ),
        )


TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table(
            "organizations",
            "団体",
            (
                "ID",
                "団体名",
                "よみがな",
                "種別",
                "地方公共団体コード",
                "上位団体",
                "郵便番号",
                "住所",
                "電話",
                "メール",
                "備考",
            ),
            _organizations,
        ),
        Table(
            "people",
            "担当者",
            ("ID", "氏名", "よみがな", "所属", "役職", "郵便番号", "住所", "電話", "メール"),
            _people,
        ),
        Table(
            "registrations",
            "登録",
            (
                "ID",
                "事業",
                "団体名",
                "区分",
                "分野",
                "部署",
                "担当者",
                "受付日",
                "状況",
                "公表",
                "概要",
            ),
            _registrations,
        ),
        Table(
            "members",
            "会議構成員",
            (
                "ID",
                "会議",
                "区分",
                "役割",
                "所属",
                "役職",
                "氏名",
                "よみがな",
                "メール",
                "任期開始",
                "任期終了",
                "備考",
            ),
            _members,
        ),
        Table(
            "participants",
            "行事参加者",
            ("ID", "行事", "回", "開催日", "氏名", "よみがな", "所属", "役職", "メール", "状況"),
            _participants,
        ),
    )
}


def csv_bytes(
    table: Table, rows: Iterable[tuple[str, Sequence[Any]]], encoding: str
) -> tuple[bytes, list[Unwritable]]:
    """The table as CSV in `encoding` (CRLF line ends, as Excel writes them), and the records
    whose characters the encoding cannot hold."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(table.headings)
    lost: list[Unwritable] = []
    for record, cells in rows:
        line = ["" if cell is None else str(cell) for cell in cells]
        if encoding == "cp932":
            line, missing = _in_cp932(line)
            if missing:
                lost.append(Unwritable(table.file_stem, record, missing))
        writer.writerow(line)
    return text.getvalue().encode(encoding), lost


def _in_cp932(cells: list[str]) -> tuple[list[str], str]:
    """The cells with their characters CP932 lacks replaced by 〓, and those characters."""
    missing: list[str] = []
    written = []
    for cell in cells:
        out = []
        for char in cell.translate(CP932_TWINS):
            try:
                char.encode("cp932")
            except UnicodeEncodeError:
                if char not in missing:
                    missing.append(char)
                char = GETA
            out.append(char)
        written.append("".join(out))
    return written, "".join(missing)


def export_tables(
    session: Session, target: Path, encoding: str, names: Sequence[str] | None = None
) -> tuple[list[Path], list[Unwritable]]:
    """Each table of `names` (all by default) written into the folder `target` as
    「<表の名前>.csv」, or the one table into the file `target`; the files written and what
    CP932 could not hold."""
    tables = [TABLES[n] for n in names or TABLES]
    written: list[Path] = []
    lost: list[Unwritable] = []
    for table in tables:
        path = target / f"{table.file_stem}.csv" if target.is_dir() else target
        content, missing = csv_bytes(table, table.rows(session), encoding)
        write_bytes_atomically(path, content)
        written.append(path)
        lost += missing
    return written, lost
