"""Writing the code list: each code once, new bodies in bulk (prefectures first, so that each
municipality and ward finds its parent's id), stored ones completed where they are empty."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.bulk import insert_new
from db.models import Organization
from desktop.imports.local_government_record import LocalGovernmentRecord
from desktop.imports.matching import count, merge_values
from desktop.japanese.lgcode import is_prefecture_code

CHUNK = 500  # keeps each IN (...) list well inside the database's parameter limits


def write(session: Session, records: list[LocalGovernmentRecord], counts: dict[str, int]) -> None:
    """Add the bodies that are new and complete the stored ones (the caller's transaction).

    Stored bodies are looked up again here, by code: a list of another kind in the same import
    may have just made one of them.
    """
    by_code: dict[str, list[LocalGovernmentRecord]] = {}
    for record in records:
        if record.lg_code:
            by_code.setdefault(record.lg_code, []).append(record)
    stored = _stored(
        session, sorted(by_code), sorted({r.chosen_id for r in records if r.chosen_id})
    )
    stored_by_code = {org.lg_code: org for org in stored.values() if org.lg_code}
    ids = {code: org.id for code, org in stored_by_code.items()}
    targets: dict[str, Organization] = {}
    new: list[list[LocalGovernmentRecord]] = [[], [], []]  # prefectures, their bodies, wards
    for code, group in by_code.items():
        first = group[0]
        chosen = None
        if first.chosen_id is not None and first.action != "create":
            chosen = stored.get(first.chosen_id)
        target = chosen or stored_by_code.get(code)
        if target is not None:
            targets[code] = target
        else:
            new[_depth(first)].append(first)
    made = 0
    for tier in new:
        rows = [_new_row(record, by_code[record.lg_code or ""], ids) for record in tier]
        ids.update(
            zip(
                (r.lg_code or "" for r in tier),
                insert_new(session, Organization, rows),
                strict=True,
            )
        )
        made += len(rows)
    count(counts, "団体（新規）", made)
    for code, target in targets.items():
        first = by_code[code][0]
        values = {
            "lg_code": code,
            "name": first.name,
            "kana": _kana(by_code[code]),
            "parent_id": ids.get(first.parent_code or ""),
        }
        if merge_values(target, values, overwrite=first.action == "update"):
            count(counts, "団体（更新）")


def _depth(record: LocalGovernmentRecord) -> int:
    if record.parent_code is None:
        return 0
    return 1 if is_prefecture_code(record.parent_code) else 2


def _kana(group: list[LocalGovernmentRecord]) -> str | None:
    return next((r.kana for r in group if r.kana), None)


def _new_row(
    record: LocalGovernmentRecord, group: list[LocalGovernmentRecord], ids: dict[str, int]
) -> dict[str, Any]:
    return {
        "name": record.name,
        "kind": record.organization_kind,
        "kana": _kana(group),
        "lg_code": record.lg_code,
        "parent_id": ids.get(record.parent_code or ""),
    }


def _stored(session: Session, codes: list[str], chosen: list[int]) -> dict[int, Organization]:
    found: dict[int, Organization] = {}
    for start in range(0, len(codes), CHUNK):
        query = select(Organization).where(Organization.lg_code.in_(codes[start : start + CHUNK]))
        found.update((org.id, org) for org in session.scalars(query))
    for start in range(0, len(chosen), CHUNK):
        query = select(Organization).where(Organization.id.in_(chosen[start : start + CHUNK]))
        found.update((org.id, org) for org in session.scalars(query))
    return found
