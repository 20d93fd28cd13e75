"""Plain data of an import: where each value came from, the problems, the decisions.

Nothing here holds an ORM object, so a preview can travel from the worker thread to the review
screen and back to the commit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from desktop.catalogue import QT_TR_NOOP, SOURCE_LANGUAGE, Text, in_language
from desktop.imports.reasons import lines_in, listed
from desktop.japanese.text import normalize_for_compare

if TYPE_CHECKING:  # a list's rows are read back by the report only (file_rows reads files)
    from desktop.imports.file_rows import FileRow

ERROR = "error"  # the row is not imported
WARNING = "warning"  # the row is imported, with a note

# The problem raised when several existing records fit one row: the review lets the user
# choose among them, so it is told apart from the other errors by this template.
AMBIGUOUS_MATCH = QT_TR_NOOP(
    "候補が複数あります: 既存の{target}が複数当てはまります（{names}）。"
    "どれか一つに決められないため取り込みません。確認画面でどの{target}か選んでください。"
)

# What to do with a row whose organization already exists.
DUPLICATE_ACTIONS: dict[str, str] = {
    "fill": QT_TR_NOOP("空欄だけ補う"),
    "update": QT_TR_NOOP("上書きする"),
    "skip": QT_TR_NOOP("取り込まない"),
    "create": QT_TR_NOOP("別のものとして新しく作る"),
}


WHOLE_FILE = "-"  # the sheet of a Location about the whole file


@dataclass(frozen=True, slots=True)  # slots: every row of a long list has one
class Location:
    file: str
    sheet: str
    row: int | None = None  # 1-based, as Excel shows it
    column: str | None = None  # the header text (list) or cell reference (form)

    def describe(self, lang: str = SOURCE_LANGUAGE) -> str:
        """The place in `lang`; the file, sheet and column names are the user's own."""
        parts = [self.file]
        if self.sheet != WHOLE_FILE:
            parts.append(Text(QT_TR_NOOP("シート「{sheet}」"), sheet=self.sheet).text(lang))
        if self.row is not None:
            parts.append(Text(QT_TR_NOOP("{row}行目"), row=self.row).text(lang))
        if self.column:
            parts.append(Text(QT_TR_NOOP("列「{column}」"), column=self.column).text(lang))
        return " ".join(parts)

    def text(self, lang: str) -> str:  # a parameter of a Text is put in the Text's language
        return self.describe(lang)


SEVERITY_MARKS = {ERROR: QT_TR_NOOP("エラー"), WARNING: QT_TR_NOOP("注意")}


@dataclass(frozen=True)
class Problem:
    where: Location
    # A marked template and its values; a plain str only when the words are the user's own.
    message: str | Text
    severity: str = ERROR
    # Found on every row of its file, and said once for the file in the preview's problems.
    shared: bool = False

    def said(self, lang: str = SOURCE_LANGUAGE) -> str:
        """The message alone, in `lang`."""
        return in_language(self.message, lang)

    def text(self, lang: str = SOURCE_LANGUAGE) -> str:
        """Severity, place and message in `lang` (Japanese for the command line and reports)."""
        mark = Text(SEVERITY_MARKS[self.severity]).text(lang)
        said = self.said(lang)
        if self.where.sheet == WHOLE_FILE and self.where.row is None and self.where.file in said:
            return f"{mark}: {said}"  # a refused file's reason names the file: once is enough
        return f"{mark}: {self.where.describe(lang)}: {said}"

    @property
    def ambiguous(self) -> bool:
        """Several existing records fit the row: the user may choose one in the review."""
        return isinstance(self.message, Text) and self.message.template == AMBIGUOUS_MATCH


@dataclass(frozen=True, slots=True)
class Original:
    """A form (or a row of a roster form) as it was in the file, for reports: (header, value)
    pairs. A list's rows are not kept: a report reads them back (file_rows.FileRow)."""

    headers: tuple[str, ...] = ()
    values: tuple[object, ...] = ()

    def __iter__(self) -> Iterator[tuple[str, object]]:
        return zip(self.headers, self.values, strict=True)


class RowPlaces(Mapping[str, Location]):
    """Where each field of one list row is: made on demand, because nearly every row of a long
    list has no problem to point at (a dict of Locations per row cost more than the row)."""

    __slots__ = ("_columns", "_origin")

    def __init__(self, origin: Location, columns: Mapping[str, str]) -> None:
        self._origin = origin
        self._columns = columns  # field → header text, shared by every row of the sheet

    def __getitem__(self, field_name: str) -> Location:
        o = self._origin
        return Location(o.file, o.sheet, o.row, self._columns[field_name])

    def __iter__(self) -> Iterator[str]:
        return iter(self._columns)

    def __len__(self) -> int:
        return len(self._columns)


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """One row of a list or one filled form: field → raw value, and where each came from."""

    values: dict[str, object]
    where: Mapping[str, Location]
    origin: Location  # the row (or form) as a whole
    categories_marked: tuple[str, ...] = ()  # from ○ columns or a form's checklist
    original: Original | FileRow = Original()  # as in the file, for reports
    notes: tuple[Problem, ...] = ()  # found while reading (hidden row, unclear ○ …)


@dataclass(frozen=True)
class Candidate:
    """An existing record an imported row may be."""

    id: int
    name: str
    lg_code: str = ""  # an organization's local-government code; blank for other records


@dataclass(frozen=True)
class ProgramInfo:
    name: str
    categories: tuple[str, ...]


@dataclass(frozen=True)
class BuildContext:
    """What a row is read with, besides its own cells."""

    programs: tuple[ProgramInfo, ...]
    program: str | None = None  # the programme chosen for the whole import (--program)
    role: str | None = None  # the registration role a form implies (専門家用 → 提供)
    council: str | None = None  # the council of a roster that does not name it (--council)
    series: str | None = None  # the event series of a list that does not name it (--series)
    # The organization of the people of a list whose rows name none (--organization).
    organization: str | None = None


@dataclass(kw_only=True, slots=True)  # slots: a long list makes 100,000 of them
class ImportRecord:
    """One row or form to import, of any kind: where it came from, its problems, the decision.

    Each kind (registrations, measures, projects …) subclasses it with its own fields and says
    how the review shows it.
    """

    TITLE: ClassVar[str] = QT_TR_NOOP("名称")  # review column heading of title()
    CONTEXT: ClassVar[str] = QT_TR_NOOP("対象")  # review column heading of context()
    TARGET: ClassVar[str] = QT_TR_NOOP("データ")  # what an existing candidate is (団体, 施策 …)
    KIND: ClassVar[str] = ""  # the import kind (desktop.imports.kinds) that writes it

    origin: Location
    problems: list[Problem] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)  # existing records that match
    chosen_id: int | None = None  # the candidate the user (or an unambiguous match) settled on
    action: str = "create"  # create, or one of DUPLICATE_ACTIONS when candidates exist
    original: Original | FileRow = Original()
    # Another row of the import this one was merged into (two rows for one organization): its
    # values are written with that row's, and the row writes nothing of its own.
    merged_into: Location | None = None

    @property
    def rejected(self) -> bool:
        return any(p.severity == ERROR for p in self.problems)

    def title(self, lang: str = SOURCE_LANGUAGE) -> str:
        """The review's name column, in `lang` where the program words it (第3回)."""
        raise NotImplementedError

    def context(self, lang: str = SOURCE_LANGUAGE) -> str:
        return ""

    def details(self, lang: str = SOURCE_LANGUAGE) -> list[str]:
        """Lines for the review's detail pane, after the location, in `lang`."""
        return []

    def create_refusal(self) -> Text | None:
        """Why this row cannot be made a new record beside its candidates (None: it can)."""
        return None

    def needs_series(self) -> bool:
        """Whether the row is of an event series its file does not name (the user may)."""
        return False

    def needs_council(self) -> bool:
        """Whether the row is a member of a council its file does not name (the user may)."""
        return False

    def needs_organization(self) -> bool:
        """Whether the row is a person whose row names no organization (the user may)."""
        return False


@dataclass(frozen=True)
class Contact:
    """A contact person as a row gives them (the fields of RegistrationRecord of that name)."""

    contact_name: str
    contact_kana: str | None = None
    department: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass(kw_only=True, slots=True)
class RegistrationRecord(ImportRecord):
    """A registration to import, with its organization (and contact person, if any)."""

    TITLE: ClassVar[str] = QT_TR_NOOP("団体名")
    CONTEXT: ClassVar[str] = QT_TR_NOOP("事業")
    TARGET: ClassVar[str] = QT_TR_NOOP("団体")
    KIND: ClassVar[str] = "registrations"

    organization_name: str
    organization_kind: str
    kind_given: bool = False  # False: the kind was guessed, and never overwrites a stored one
    organization_kana: str | None = None
    lg_code: str | None = None
    phone: str | None = None
    email: str | None = None
    postal_code: str | None = None  # 100-8914
    address: str | None = None  # without the postal code
    # The prefecture a municipality's row names beside it (都道府県名 + 市区町村名): it tells
    # 美郷町 of 秋田県 from 美郷町 of 島根県.
    prefecture: str | None = None
    program: str | None = None
    role: str | None = None
    categories: tuple[str, ...] = ()
    summary: str | None = None
    department: str | None = None
    contact_name: str | None = None
    contact_kana: str | None = None
    received_on: dt.date | None = None
    publish_consent: bool = True
    consent_given: bool = True  # False: the 公表可否 cell was blank, and 否 was assumed
    # The contacts of other rows merged into this one (two rows for one organization, each
    # with its own contact): people of the organization, the registration's contact stays.
    other_contacts: tuple[Contact, ...] = ()
    # Candidate organization id → the stored person the contact is taken to be ("鈴木一郎（ID 7）");
    # None until resolve looks, and no entry when the contact would be a new person there.
    stored_contacts: dict[int, str] | None = None
    # The organization's name as compared (width, spacing and 株式会社 forms ignored).
    name_key: str = field(init=False)

    def __post_init__(self) -> None:
        self.name_key = normalize_for_compare(self.organization_name)

    @property
    def organization_key(self) -> str:
        """What makes two rows one organization: the local-government code, else the name
        (within its prefecture, when the row names one)."""
        if self.lg_code:
            return self.lg_code
        if self.prefecture:
            return f"{normalize_for_compare(self.prefecture)}/{self.name_key}"
        return self.name_key

    def title(self, lang: str = SOURCE_LANGUAGE) -> str:
        return self.organization_name

    def context(self, lang: str = SOURCE_LANGUAGE) -> str:
        return self.program or ""

    def details(self, lang: str = SOURCE_LANGUAGE) -> list[str]:
        lines = [
            Text(
                QT_TR_NOOP("団体: {name}（{code}）"),
                name=self.organization_name,
                code=self.lg_code or Text(QT_TR_NOOP("コードなし")),
            ),
            Text(QT_TR_NOOP("分野: {categories}"), categories=listed(self.categories)),
        ]
        if self.contact_name:
            lines.append(
                Text(
                    QT_TR_NOOP("担当者: {name}（{outcome}）"),
                    name=self.contact_name,
                    outcome=self._contact_outcome(),
                )
            )
        if self.other_contacts:
            lines.append(
                Text(
                    QT_TR_NOOP("ほかの担当者: {names}（この団体の担当者として登録します）"),
                    names=listed(tuple(c.contact_name for c in self.other_contacts)),
                )
            )
        return lines_in(lines, lang)

    def _contact_outcome(self) -> Text:
        """What the contact becomes under the current decision."""
        if self.action == "skip":
            return Text(QT_TR_NOOP("取り込みません"))
        if self.action == "create" or self.chosen_id is None:
            return Text(QT_TR_NOOP("新しい人として登録します"))
        stored = (self.stored_contacts or {}).get(self.chosen_id)
        if stored:
            return Text(QT_TR_NOOP("登録済みの {person} と同じ人として扱います"), person=stored)
        return Text(QT_TR_NOOP("この団体の新しい担当者として登録します"))

    def create_refusal(self) -> Text | None:
        if self.lg_code and any(c.lg_code == self.lg_code for c in self.candidates):
            return Text(
                QT_TR_NOOP(
                    "地方公共団体コード「{code}」の団体はすでにあるため、別の団体としては作れません。"
                ),
                code=self.lg_code,
            )
        return None


@dataclass(frozen=True)
class FileInfo:
    path: Path
    sha256: str
    kind: str  # the form's kind (desktop.excel.forms) or the list's (desktop.imports.kinds)
    earlier_batch: int | None = None  # this file was imported before (batch id), not undone
    form: bool = False  # one of the program's own forms (a roster form and a roster list differ)


@dataclass(frozen=True)
class RefusedFile:
    """A file of the import that is not read at all (unreadable, or no form or list in it),
    with the one line saying why and what to do."""

    path: Path
    reason: Text


@dataclass
class ImportPreview:
    """Everything the review screen shows; commit() writes it as one batch."""

    files: list[FileInfo] = field(default_factory=list)
    records: list[ImportRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # file-level notes and refusals
    program: str | None = None  # the programme chosen for the whole import, if any
    program_names: tuple[str, ...] = ()  # the programmes it could have been read with
    series: str | None = None  # the event series chosen for lists that name none, if any
    series_names: tuple[str, ...] = ()  # the stored series, to choose from
    council: str | None = None  # the council chosen for rosters that name none, if any
    council_names: tuple[str, ...] = ()  # the stored councils, to choose from
    organization: str | None = None  # the organization of people whose rows name none, if any
    organization_names: tuple[str, ...] = ()  # the stored organizations, to choose from
    # The files not understood. While there are any, nothing is imported unless the user
    # chose to import the rest without them (`skip_refused`).
    refused: list[RefusedFile] = field(default_factory=list)
    skip_refused: bool = False

    @property
    def asks_series(self) -> bool:
        """Whether some rows are of a series their file does not name."""
        return any(r.needs_series() for r in self.records)

    @property
    def asks_council(self) -> bool:
        """Whether some rows are of a council their roster does not name. Only when every file
        is a roster: naming a council reads the files as rosters (see pipeline.prepare)."""
        rosters = all(f.kind == "roster" for f in self.files)
        return rosters and any(r.needs_council() for r in self.records)

    @property
    def asks_organization(self) -> bool:
        """Whether some rows are people (of a people list or roster) whose row names no
        organization."""
        return any(r.needs_organization() for r in self.records)

    @property
    def accepted(self) -> list[ImportRecord]:
        return [r for r in self.records if not r.rejected and r.action != "skip"]

    @property
    def held_back(self) -> bool:
        """Whether the refused files stop the import (the user has not chosen to skip them)."""
        return bool(self.refused) and not self.skip_refused

    def refusals(self) -> list[Problem]:
        """The refused files, one line each: errors while they hold the import back, notes
        once the user chose to import the rest."""
        if self.held_back:
            return [Problem(Location(r.path.name, WHOLE_FILE), r.reason) for r in self.refused]
        return [
            Problem(
                Location(r.path.name, WHOLE_FILE),
                Text(QT_TR_NOOP("次のファイルは除いて取り込みます: {reason}"), reason=r.reason),
                WARNING,
            )
            for r in self.refused
        ]

    def all_problems(self) -> list[Problem]:
        """Each problem once: one found on every row of a file is said once for the file."""
        rows = (p for r in self.records for p in r.problems if not p.shared)
        return [*self.refusals(), *self.problems, *rows]


@dataclass(frozen=True)
class BatchSummary:
    id: int
    file_name: str
    kind: str
    created_at: dt.datetime
    counts: dict[str, int]
    undone_at: dt.datetime | None
