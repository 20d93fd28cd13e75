"""What committed database work changed, as plain data (table names and ids): handed from the
worker's thread to the window, which reloads what shows any of it. Made by db.changes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ChangeSet:
    """What committed work changed: row ids per table, tables whose changed rows are not known
    (`touched`), or everything (a restore, another database opened)."""

    inserted: Mapping[str, frozenset[int]] = field(default_factory=dict)
    updated: Mapping[str, frozenset[int]] = field(default_factory=dict)
    deleted: Mapping[str, frozenset[int]] = field(default_factory=dict)
    touched: frozenset[str] = frozenset()
    everything: bool = False

    @property
    def tables(self) -> frozenset[str]:
        """Every table something was changed in (with `everything`: none named)."""
        return frozenset([*self.inserted, *self.updated, *self.deleted, *self.touched])

    def touches(self, tables: Iterable[str]) -> bool:
        """Whether what shows `tables` has to be loaded again."""
        return self.everything or not self.tables.isdisjoint(tables)

    def ids(self, table: str) -> frozenset[int]:
        """The ids of the rows of `table` that were inserted, updated or deleted."""
        return frozenset().union(
            *(changed.get(table, frozenset()) for changed in self._by_action())
        )

    def _by_action(self) -> tuple[Mapping[str, frozenset[int]], ...]:
        return self.inserted, self.updated, self.deleted

    def __bool__(self) -> bool:
        return self.everything or bool(self.tables)


EVERYTHING = ChangeSet(everything=True)
