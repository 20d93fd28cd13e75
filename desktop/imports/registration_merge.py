"""Two rows for one organization in one import: one registration, with what both rows say.

A list often names a company twice for one programme (a second field it offers, a second
contact). Refusing the later row would lose what it adds, so the rows become one registration:
categories united, summaries both kept, blanks filled from the other row. Where the rows
disagree on a value only one of them can give, the first row's value is kept and the user told.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass

from db.vocab import ORGANIZATION_KINDS
from desktop.catalogue import QT_TR_NOOP, Listed, Spelled, Text
from desktop.imports.model import WARNING, Contact, Problem, RegistrationRecord
from desktop.imports.reasons import MERGED_ROWS, date_words
from desktop.japanese.text import normalize_for_compare

MERGED_PLACES = QT_TR_NOOP("{count}行を1件にまとめました: {rows}")
DIFFERENT_VALUES = QT_TR_NOOP(
    "{field}が行ごとに違います（「{first}」と「{other}」）。最初の行の「{first}」を取り込みます。"
)
CONSENT_DIFFERS = QT_TR_NOOP(
    "公表可否が行ごとに違います（「可」と「否」）。はっきり「可」と言えないため「否」"
    "（公表しない）として取り込みます。"
)


@dataclass(frozen=True)
class Guesses:
    """Which notes say a value was guessed because the row left it blank."""

    kind: Callable[[Problem], bool]  # the organization's kind, from its name
    consent: Callable[[Problem], bool]  # 否 for a blank or missing 公表可否

    def any(self, problem: Problem) -> bool:
        return self.kind(problem) or self.consent(problem)


# The values that go with a contact person rather than with the organization.
_CONTACT_VALUES = frozenset({"contact_name", "contact_kana", "department", "email", "phone"})

# The values one registration (or its organization, or its contact) holds once: taken from the
# first row that gives one.
_SINGLE_VALUES: tuple[tuple[str, str], ...] = (
    ("organization_kana", QT_TR_NOOP("ふりがな")),
    ("phone", QT_TR_NOOP("電話番号")),
    ("email", QT_TR_NOOP("メールアドレス")),
    ("postal_code", QT_TR_NOOP("郵便番号")),
    ("address", QT_TR_NOOP("住所")),
    ("department", QT_TR_NOOP("担当部署")),
    ("contact_name", QT_TR_NOOP("担当者")),
    ("contact_kana", QT_TR_NOOP("担当者のふりがな")),
    ("received_on", QT_TR_NOOP("受付日")),
)


def merge_same_organization(
    records: Sequence[RegistrationRecord],
    category_order: Mapping[str, Sequence[str]],
    key_of: Callable[[RegistrationRecord], Hashable],
    guessed: Guesses,
) -> None:
    """Merge the rows `key_of` says are one registration into the first of them.

    `category_order` gives each programme's categories in order; `guessed` tells the notes of a
    value the row did not give (a kind guessed, 否 assumed), dropped when another row gives it.
    """
    groups: dict[Hashable, list[RegistrationRecord]] = {}
    for record in records:
        if not record.rejected and record.merged_into is None:
            groups.setdefault(key_of(record), []).append(record)
    for group in groups.values():
        if len(group) > 1:
            _merge(group, category_order.get(group[0].program or "", ()), guessed)


def _merge(group: list[RegistrationRecord], order: Sequence[str], guessed: Guesses) -> None:
    first, others = group[0], group[1:]
    conflicts: list[Problem] = []
    for other in others:
        contact = _other_contact(first, other)
        for name, label in _SINGLE_VALUES:
            if contact is not None and name in _CONTACT_VALUES:
                continue  # kept with the other row's contact
            mine, theirs = getattr(first, name), getattr(other, name)
            if mine is None:
                setattr(first, name, theirs)
            elif theirs is not None and theirs != mine:
                conflicts.append(_differs(other, Text(label), mine, theirs))
        _merge_kind(first, other, conflicts, guessed)
        _merge_consent(first, other, conflicts, guessed)
        first.summary = _joined(first.summary, other.summary)
        other.merged_into = first.origin
        # The first row's values are imported: the later row's guesses are not.
        other.problems = [p for p in other.problems if not guessed.any(p)]
    united = {c for r in group for c in r.categories}
    place = {c: i for i, c in enumerate(order)}
    first.categories = tuple(sorted(united, key=lambda c: (place.get(c, len(place)), c)))
    note = _note(group)
    first.problems.extend(conflicts)
    for record in group:
        record.problems.append(Problem(record.origin, note, WARNING))


def _other_contact(first: RegistrationRecord, other: RegistrationRecord) -> Contact | None:
    """The other row's contact when it is another person than the first row's: kept as a
    person of the organization, with that row's department, e-mail and phone."""
    if not other.contact_name or not first.contact_name:
        return None
    if normalize_for_compare(other.contact_name) == normalize_for_compare(first.contact_name):
        return None
    contact = Contact(
        other.contact_name, other.contact_kana, other.department, other.email, other.phone
    )
    known = {normalize_for_compare(c.contact_name) for c in first.other_contacts}
    if normalize_for_compare(contact.contact_name) not in known:
        first.other_contacts = (*first.other_contacts, contact)
        first.problems.append(
            Problem(
                other.origin,
                Text(
                    QT_TR_NOOP(
                        "担当者が行ごとに違うため、「{other}」もこの団体の担当者として登録します"
                        "（登録の担当者は最初の行の「{first}」）。"
                    ),
                    other=contact.contact_name,
                    first=first.contact_name,
                ),
                WARNING,
            )
        )
    return contact


def _merge_kind(
    first: RegistrationRecord, other: RegistrationRecord, conflicts: list[Problem], guessed: Guesses
) -> None:
    """A kind the file gives wins over one guessed from the name; two given kinds must agree."""
    if not other.kind_given:
        return
    if not first.kind_given:
        first.organization_kind, first.kind_given = other.organization_kind, True
        first.problems = [p for p in first.problems if not guessed.kind(p)]
        return
    if other.organization_kind != first.organization_kind:
        conflicts.append(
            _differs(
                other,
                Text(QT_TR_NOOP("団体区分")),
                Text(ORGANIZATION_KINDS[first.organization_kind]),
                Text(ORGANIZATION_KINDS[other.organization_kind]),
            )
        )


def _merge_consent(
    first: RegistrationRecord, other: RegistrationRecord, conflicts: list[Problem], guessed: Guesses
) -> None:
    """A blank 公表可否 is filled from the other row; a 可 against a 否 is no clear yes."""
    if not other.consent_given:
        return
    if not first.consent_given:
        first.publish_consent, first.consent_given = other.publish_consent, True
        first.problems = [p for p in first.problems if not guessed.consent(p)]
    elif first.publish_consent != other.publish_consent:
        first.publish_consent = False
        conflicts.append(Problem(other.origin, Text(CONSENT_DIFFERS), WARNING))


def _differs(other: RegistrationRecord, field: Text, first: object, theirs: object) -> Problem:
    return Problem(
        other.origin,
        Text(DIFFERENT_VALUES, field=field, first=_shown(first), other=_shown(theirs)),
        WARNING,
    )


def _shown(value: object) -> str | Text | Spelled:
    """A value as the user reads it: a date in wareki."""
    if isinstance(value, dt.date):
        return date_words(value)
    return value if isinstance(value, Text) else str(value)


def _joined(first: str | None, other: str | None) -> str | None:
    """Both summaries, in the order of the rows; the same text once."""
    if first is None or other is None or other in first:
        return first or other
    return f"{first}\n{other}"


def _note(group: list[RegistrationRecord]) -> Text:
    """The note for each row, 2行を1件にまとめました: 行 12, 15 (places in full across sheets)."""
    origins = [r.origin for r in group]
    one_sheet = len({(o.file, o.sheet) for o in origins}) == 1
    if one_sheet and all(o.row is not None for o in origins):
        return Text(MERGED_ROWS, count=len(group), rows=", ".join(str(o.row) for o in origins))
    return Text(MERGED_PLACES, count=len(group), rows=Listed(tuple(origins)))
