"""When two records are likely the same organization or person, and which status stays when two
applications of one person for one session become one.

Organizations are likely the same when they share a local-government code, a normalised name
(㈱/株式会社, width and spacing ignored), an e-mail address, or a reading (kana) — unless both
carry different codes (美郷町 of 秋田県 is not 美郷町 of 島根県). People are likely the same within
one organization by name or reading, and anywhere by e-mail.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar

from desktop.japanese.text import normalize_for_compare

# When one person had two records for one session: the stronger status stays.
STATUS_STRENGTH = ("attended", "applied", "waiting", "absent", "cancelled")
MAX_GROUP = 50  # a key shared by more records than this is not a sign of duplication


class Identified(Protocol):
    @property
    def id(self) -> int: ...


T = TypeVar("T", bound=Identified)


def pairs_sharing_a_key(
    records: Iterable[T], keys: Iterable[tuple[str, Callable[[T], str | None]]]
) -> dict[tuple[int, int], list[str]]:
    """Pairs of record ids (smaller first) sharing a key, with the reasons (the key names)."""
    found: dict[tuple[int, int], list[str]] = defaultdict(list)
    records = list(records)
    for reason, key in keys:
        groups: dict[str, list[int]] = defaultdict(list)
        for record in records:
            value = key(record)
            if value:
                groups[value].append(record.id)
        for ids in groups.values():
            if 1 < len(ids) <= MAX_GROUP:
                ordered = sorted(ids)
                for i, a in enumerate(ordered):
                    for b in ordered[i + 1 :]:
                        found[(a, b)].append(reason)
    return found


def email_key(text: str | None) -> str | None:
    """An e-mail address as compared: case and surrounding spaces ignored."""
    return text.strip().casefold() if text and text.strip() else None


def reading_key(text: str | None) -> str | None:
    """A reading as compared: hiragana and katakana, width and spacing alike."""
    return normalize_for_compare(text) if text else None


def different_bodies(code: str | None, other_code: str | None) -> bool:
    """Two organizations that both carry a local-government code, and not the same one."""
    return bool(code and other_code and code != other_code)
