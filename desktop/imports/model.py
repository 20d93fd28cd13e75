"""Plain data of an import: where each value came from, the problems, the decisions.

Nothing here holds an ORM object, so a preview can travel from the worker thread to the review
screen and back to the commit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

ERROR = "error"  # the row is not imported
WARNING = "warning"  # the row is imported, with a note

# The start of the problem raised when several existing organizations fit one row.
AMBIGUOUS_MATCH = "既存の団体が複数当てはまります"

# What to do with a row whose organization already exists.
DUPLICATE_ACTIONS: dict[str, str] = {
    "fill": "空欄だけ補う",
    "update": "上書きする",
    "skip": "取り込まない",
    "create": "別の団体として作る",
}


@dataclass(frozen=True)
class Location:
    file: str
    sheet: str
    row: int | None = None  # 1-based, as Excel shows it
    column: str | None = None  # the header text (list) or cell reference (form)

    def describe(self) -> str:
        parts = [self.file, f"シート「{self.sheet}」"]
        if self.row is not None:
            parts.append(f"{self.row}行目")
        if self.column:
            parts.append(f"列「{self.column}」")
        return " ".join(parts)


@dataclass(frozen=True)
class Problem:
    where: Location
    message: str
    severity: str = ERROR

    def text(self) -> str:
        mark = "エラー" if self.severity == ERROR else "注意"
        return f"{mark}: {self.where.describe()}: {self.message}"


@dataclass(frozen=True)
class SourceRecord:
    """One row of a list or one filled form: field → raw value, and where each came from."""

    values: dict[str, object]
    where: dict[str, Location]
    origin: Location  # the row (or form) as a whole
    categories_marked: tuple[str, ...] = ()  # from ○ columns or a form's checklist
    original: tuple[tuple[str, object], ...] = ()  # header → value as in the file, for reports
    notes: tuple[Problem, ...] = ()  # found while reading (hidden row, unclear ○ …)


@dataclass(frozen=True)
class Candidate:
    id: int
    name: str
    lg_code: str


@dataclass
class RegistrationRecord:
    """A registration to import, with its organization (and contact person, if any)."""

    origin: Location
    organization_name: str
    organization_kind: str
    kind_given: bool = False  # False: the kind was guessed, and never overwrites a stored one
    organization_kana: str | None = None
    lg_code: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    program: str | None = None
    role: str | None = None
    categories: tuple[str, ...] = ()
    summary: str | None = None
    department: str | None = None
    contact_name: str | None = None
    contact_kana: str | None = None
    received_on: dt.date | None = None
    publish_consent: bool = True
    problems: list[Problem] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)  # existing organizations matched
    chosen_id: int | None = None  # the candidate the user (or an unambiguous match) settled on
    action: str = "create"  # create, or one of DUPLICATE_ACTIONS when candidates exist
    original: tuple[tuple[str, object], ...] = ()

    @property
    def rejected(self) -> bool:
        return any(p.severity == ERROR for p in self.problems)


@dataclass(frozen=True)
class FileInfo:
    path: Path
    sha256: str
    kind: str
    earlier_batch: int | None = None  # this file was imported before (batch id), not undone


@dataclass
class ImportPreview:
    """Everything the review screen shows; commit() writes it as one batch."""

    files: list[FileInfo] = field(default_factory=list)
    records: list[RegistrationRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # file-level notes and refusals

    @property
    def accepted(self) -> list[RegistrationRecord]:
        return [r for r in self.records if not r.rejected and r.action != "skip"]

    def all_problems(self) -> list[Problem]:
        return [*self.problems, *(p for r in self.records for p in r.problems)]


@dataclass(frozen=True)
class BatchSummary:
    id: int
    file_name: str
    kind: str
    created_at: dt.datetime
    counts: dict[str, int]
    undone_at: dt.datetime | None
