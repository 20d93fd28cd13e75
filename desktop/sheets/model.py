"""A summary sheet as plain data: what every renderer (PDF, XLSX, JSON, preview) draws."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Literal

Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class Column:
    title: str
    width: float = 1.0  # relative to the other columns
    align: Align = "left"


# A row's values as data for scripts (JSON only): English keys, numbers as numbers, dates ISO;
# the audit log's before / after are objects.
Record = Mapping[str, object]


@dataclass(frozen=True)
class Section:
    heading: str | None  # e.g. the 幹事会 under its 連絡会議; None for a sheet of one table
    rows: tuple[tuple[str, ...], ...]
    records: tuple[Record, ...] = ()  # none, or one per row (see as_json)


@dataclass(frozen=True)
class Sheet:
    name: str  # the CLI name (council-members …)
    title: str
    as_of: str  # e.g. 令和8年11月22日現在
    columns: tuple[Column, ...]
    sections: tuple[Section, ...]
    notes: tuple[str, ...] = ()  # printed under the table (※第4回は …)
    landscape: bool = False
    confidential: bool = False  # shows personal contact data: marked 取扱注意
    confidential_label: str = "取扱注意"  # "Confidential" with English headings
    booklet: bool = False  # a cover with the contents, and each section on new pages

    def without_empty(self, *titles: str) -> Sheet:
        """The sheet without those of the named columns that are empty in every row.

        (A council listed by post alone has no names: an empty 氏名 column would only take room.)
        """
        drop = {
            i
            for i, c in enumerate(self.columns)
            if c.title in titles and not any(r[i] for s in self.sections for r in s.rows)
        }

        def keep(values: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(v for i, v in enumerate(values) if i not in drop)

        return replace(
            self,
            columns=tuple(c for i, c in enumerate(self.columns) if i not in drop),
            sections=tuple(
                Section(s.heading, tuple(keep(r) for r in s.rows), s.records) for s in self.sections
            ),
        )

    def as_json(self) -> dict[str, object]:
        """The same rows as the printed sheet, one object per row keyed by column title; a
        sheet made for scripts adds each row's record (support-status: title,
        selected_fiscal_year … as numbers) to the same object."""
        titles = [c.title for c in self.columns]
        return {
            "sheet": self.name,
            "title": self.title,
            "as_of": self.as_of,
            "confidential": self.confidential,
            "columns": titles,
            "sections": [
                {
                    "heading": s.heading,
                    "rows": [
                        {**dict(zip(titles, row, strict=True)), **record}
                        for row, record in zip(
                            s.rows, s.records or ({},) * len(s.rows), strict=True
                        )
                    ],
                }
                for s in self.sections
            ],
            "notes": list(self.notes),
        }
