"""What an import kind declares, once, in its own module; desktop.imports.kinds collects them.

A kind says what it is called, which headings its list has (detection finds the header row and
the columns by them), which record it builds, how its rows are built, matched and written, and
which blank forms are read as it. Detection, the pipeline, the CLI's --kind and template
choices, the review's program choice and the window's list of blank forms follow from them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from desktop.excel.headers import Heading
from desktop.imports.cell_checks import StoredText
from desktop.imports.model import BuildContext, ImportRecord, SourceRecord

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

R = TypeVar("R", bound=ImportRecord)


@dataclass(frozen=True)
class FormReading:
    """A blank form (desktop.excel.forms.FORM_KINDS) read as this kind, and the registration
    role that filling in that form implies."""

    form: str
    role: str | None = None


@dataclass(frozen=True)
class ImportKind(Generic[R]):
    name: str  # the CLI's --kind, and the kind stored with an import batch
    label: str  # Japanese name of the list (登録一覧 …)
    label_en: str
    order: int  # where a mixed import resolves and writes it, lowest first (unique)
    # For the README's table of kinds (tools/readme_tables.py): what its rows become, what they
    # are matched with, and a remark after its name.
    becomes: str
    matched_by: str
    headings: tuple[Heading, ...]  # the columns detection looks for, each with its synonyms
    required: frozenset[str]  # the fields whose headings identify the list as this kind
    record: type[R]  # its TITLE and CONTEXT head the review's name columns
    # build: one source record (a list row or a filled form) → a normalised, validated record;
    # pure, no database.
    build: Callable[[SourceRecord, BuildContext], R]
    # resolve: look up what already exists (candidates for each row, the default decision, the
    # rows that cannot be matched); it also sees the records of the kinds written before it in
    # the same import (participants find the sessions that the import itself creates).
    # (session, records, on_duplicate, the records of the kinds written before these)
    resolve: Callable[[Session, list[R], str, Sequence[ImportRecord]], None]
    # write: the accepted records, inside the import's one transaction.
    write: Callable[[Session, list[R], dict[str, int]], None]  # (session, accepted, counts)
    # split: one source record that holds several records (a schedule row naming separate
    # days) → one source record each; None: every source record is one record.
    split: Callable[[SourceRecord, BuildContext], Sequence[SourceRecord]] | None = None
    # The texts whose length its columns limit (text columns without a limit need no entry).
    stored_in: tuple[StoredText, ...] = ()
    # Groups of fields of which the list has at least one each (a roster: a name or a post).
    required_any: tuple[frozenset[str], ...] = ()
    # Fields of which a list has one to be taken for this kind unasked (--kind names it).
    told_apart_by: frozenset[str] = frozenset()
    forms: tuple[FormReading, ...] = ()
    by_program: bool = False  # its rows belong to a programme, which the review lets one choose
    # Its rows belong to a programme only when the user names one (people become experts):
    # the review offers the choice even when only one programme is stored.
    program_when_named: bool = False
    remark: str = ""

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(h.field for h in self.headings)
