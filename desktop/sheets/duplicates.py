"""重複の可能性: the duplicate review's pairs of organizations and of people, for checking on
paper or in a script (desktop.ops.duplicates)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.ops.duplicates import DuplicatePair, find_duplicates
from desktop.sheets.model import Column, Record, Section, Sheet, none_found
from desktop.sheets.words import as_of_line, tr

NAME = "duplicates"
SECTIONS = (("organization", "団体"), ("person", "人"))


def _side(pair: DuplicatePair, first: bool) -> str:
    side = pair.first if first else pair.second
    about = next((v for k, v in side.facts if k in ("区分", "所属") and v), "")
    return f"{side.name}（{about}・ID {side.id}）" if about else f"{side.name}（ID {side.id}）"


def _record(pair: DuplicatePair) -> Record:
    return {
        "kind": pair.kind,
        "first_id": pair.first.id,
        "first_name": pair.first.name,
        "second_id": pair.second.id,
        "second_name": pair.second.name,
        "reasons": "・".join(pair.reasons),
    }


def build(session: Session, *, as_of: dt.date | None = None) -> Sheet:
    sections = []
    for kind, heading in SECTIONS:
        pairs = find_duplicates(session, kind)
        title = f"{heading}（{len(pairs)}組）"
        sections.append(
            Section(
                title,
                tuple((_side(p, True), _side(p, False), "・".join(p.reasons)) for p in pairs),
                tuple(_record(p) for p in pairs),
            )
            if pairs
            else none_found(title, 3, tr("該当なし"))
        )
    return Sheet(
        name=NAME,
        title=tr("重複の可能性がある団体・人"),
        as_of=as_of_line(as_of or dt.date.today()),
        columns=(Column(tr("1件目"), 3.0), Column(tr("2件目"), 3.0), Column(tr("理由"), 2.0)),
        sections=tuple(sections),
        notes=("※統合・「重複ではない」の記録は、編集 ▸ 重複の確認 で行います。",),
        landscape=True,
    )
