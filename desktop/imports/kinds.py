"""What each kind of import does, in three steps the pipeline runs for every kind alike.

- build: one source record (a list row or a filled form) → a normalised, validated record;
  pure, no database;
- resolve: look up what already exists (candidates for each row, the default decision, the
  rows that cannot be matched); it also sees the records of the kinds written before it in the
  same import (participants find the sessions that the import itself creates);
- write: the accepted records, inside the import's one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from desktop.imports import (
    measures,
    participants,
    projects,
    registrations,
    registrations_write,
    rosters,
    sessions,
)
from desktop.imports.model import BuildContext, ImportRecord, SourceRecord

R = TypeVar("R", bound=ImportRecord)


@dataclass(frozen=True)
class Importer(Generic[R]):
    build: Callable[[SourceRecord, BuildContext], R]
    # (session, records, on_duplicate, the records of the kinds written before these)
    resolve: Callable[[Session, list[R], str, Sequence[ImportRecord]], None]
    write: Callable[[Session, list[R], dict[str, int]], None]  # (session, accepted, counts)


# Keyed by the list kinds of desktop.excel.headers.KINDS, in the order a mixed import writes
# them (sessions before their participants).
IMPORTERS: dict[str, Importer[Any]] = {
    "registrations": Importer(
        registrations.build, registrations.resolve, registrations_write.write
    ),
    "measures": Importer(measures.build, measures.resolve, measures.write),
    "projects": Importer(projects.build, projects.resolve, projects.write),
    "roster": Importer(rosters.build, rosters.resolve, rosters.write),
    "sessions": Importer(sessions.build, sessions.resolve, sessions.write),
    "participants": Importer(participants.build, participants.resolve, participants.write),
}

# A form kind (desktop.excel.forms.FORM_KINDS) → the list kind it is read as, and the
# registration role it implies.
FORMS: dict[str, tuple[str, str | None]] = {
    "expert": ("registrations", "offer"),
    "local_government": ("registrations", "interest"),
    "measure": ("measures", None),
    "participation": ("participants", None),
    "roster": ("roster", None),
}
