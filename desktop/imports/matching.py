"""What happens to a row that matches existing data: the same rules for every kind of import.

One candidate: the row is settled on it and the import's default decision applies. Several: the
row is never linked silently to the first one; unless the default is to skip or create, it is
reported until the user picks one in the review.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import TypeVar

from db.errors import UserError
from db.models import Organization, Person
from desktop.catalogue import QT_TR_NOOP, Listed, Text
from desktop.imports.model import AMBIGUOUS_MATCH, Candidate, ImportRecord, Problem

R = TypeVar("R", bound=ImportRecord)


def settle(record: ImportRecord, candidates: Sequence[Candidate], on_duplicate: str) -> None:
    """Record the candidates and the default decision for them."""
    record.candidates = list(candidates)
    if not candidates:
        record.action = "create"
        record.chosen_id = None
        return
    record.action = on_duplicate
    if len(candidates) == 1:
        record.chosen_id = candidates[0].id
    elif on_duplicate in ("fill", "update"):
        names = Listed(tuple(f"{c.name}（ID {c.id}）" for c in candidates))
        record.problems.append(
            Problem(record.origin, Text(AMBIGUOUS_MATCH, target=Text(record.TARGET), names=names))
        )
    refusal = record.create_refusal() if on_duplicate == "create" else None
    if refusal:
        record.problems.append(
            Problem(
                record.origin,
                Text(
                    QT_TR_NOOP("{refusal}（「空欄だけ補う」か「上書き」を選んでください）"),
                    refusal=refusal,
                ),
            )
        )


def decide(record: ImportRecord, candidate_id: int | None, action: str) -> None:
    """The user's decision in the review for one row: which existing record, and what to do.

    candidate_id None with action "create" makes a new record; "skip" leaves the row out. Any
    decision settles the ambiguity the preparation reported; the candidates stay listed so that
    a mis-click can be corrected.
    """
    if candidate_id is not None and candidate_id not in {c.id for c in record.candidates}:
        raise UserError(
            QT_TR_NOOP("選んだ{target}はこの行の候補にありません。"), target=Text(record.TARGET)
        )
    refusal = record.create_refusal() if action == "create" else None
    if refusal:
        raise UserError(refusal)
    record.chosen_id = candidate_id
    record.action = action
    record.problems = [p for p in record.problems if not p.ambiguous]


def reject_repeats(records: Sequence[R], key_of: Callable[[R], Hashable | None], what: str) -> None:
    """The same thing twice in one import: the later rows are reported and not imported.

    `key_of` says what makes two rows the same; rows it gives None for are not compared; `what`
    is a marked text ("同じ委員").
    """
    seen: dict[Hashable, ImportRecord] = {}
    for record in records:
        key = None if record.rejected else key_of(record)
        if key is None:
            continue
        first = seen.setdefault(key, record)
        if first is not record:
            record.problems.append(
                Problem(
                    record.origin,
                    Text(
                        QT_TR_NOOP("{what}が {where} にもあります（後の行は取り込みません）。"),
                        what=Text(what),
                        where=first.origin,
                    ),
                )
            )


def merge_values(target: object, values: Mapping[str, object], overwrite: bool) -> bool:
    """Put imported values on a stored record: into empty fields only ("fill"), or over what is
    there ("update"). A blank imported value never clears anything. True when something changed.
    """
    changed = False
    for name, value in values.items():
        current = getattr(target, name)
        if value is not None and (overwrite or current is None) and current != value:
            setattr(target, name, value)
            changed = True
    return changed


def merge_postal_address(
    target: Organization | Person, postal_code: str | None, address: str | None, overwrite: bool
) -> bool:
    """Put an imported 郵便番号 and 住所 on a stored record as one value, since a code belongs to
    its address: into a record that has neither ("fill"), or over what is there ("update") —
    a new address never keeps the old one's code. A row giving neither changes nothing."""
    if postal_code is None and address is None:
        return False
    current = (target.postal_code, target.address)
    if current == (postal_code, address) or (not overwrite and current != (None, None)):
        return False
    target.postal_code = postal_code
    target.address = address
    return True


# What an import batch counts, stored in Japanese with the batch and said in the reader's
# language when listed (取り込み履歴): every key count() is given is one of these.
BATCH_COUNTS = frozenset(
    {
        QT_TR_NOOP("団体（新規）"),
        QT_TR_NOOP("団体（更新）"),
        QT_TR_NOOP("人（新規）"),
        QT_TR_NOOP("人（更新）"),
        QT_TR_NOOP("登録（新規）"),
        QT_TR_NOOP("登録（更新）"),
        QT_TR_NOOP("府省庁（新規）"),
        QT_TR_NOOP("施策（新規）"),
        QT_TR_NOOP("施策（更新）"),
        QT_TR_NOOP("選定事業（新規）"),
        QT_TR_NOOP("選定事業（更新）"),
        QT_TR_NOOP("会議（新規）"),
        QT_TR_NOOP("委員（新規）"),
        QT_TR_NOOP("委員（更新）"),
        QT_TR_NOOP("行事（新規）"),
        QT_TR_NOOP("開催回（新規）"),
        QT_TR_NOOP("開催回（更新）"),
        QT_TR_NOOP("参加者（新規）"),
        QT_TR_NOOP("参加者（キャンセル待ち）"),
        QT_TR_NOOP("参加者（登録済み）"),
        QT_TR_NOOP("取り込まなかった行"),
    }
)


def count(counts: dict[str, int], key: str, n: int = 1) -> None:
    """Add to one of the batch's counts (団体（新規） …); nothing is recorded for zero."""
    assert key in BATCH_COUNTS, key  # a new count is marked above, so that it is translated
    if n:
        counts[key] = counts.get(key, 0) + n
