"""The registry of import kinds: each kind is declared in its own module (see
desktop.imports.declaration); this is the one list that collects them.

The order is the order a mixed import resolves and writes them (sessions before their
participants). Adding a kind is its module and its entry here (the import and the line below).
"""

from __future__ import annotations

from typing import Any

from desktop.excel.forms import FORM_KINDS
from desktop.imports import (
    local_governments,
    measures,
    participants,
    people,
    projects,
    registrations,
    rosters,
    sessions,
)
from desktop.imports.declaration import FormReading, ImportKind

KINDS: tuple[ImportKind[Any], ...] = (
    registrations.KIND,
    measures.KIND,
    projects.KIND,
    rosters.KIND,
    sessions.KIND,
    participants.KIND,
    people.KIND,
    local_governments.KIND,
)

BY_NAME: dict[str, ImportKind[Any]] = {kind.name: kind for kind in KINDS}


def by_form(form: str) -> tuple[ImportKind[Any], FormReading]:
    """The kind a filled blank form is read as, and how (the role it implies)."""
    for kind in KINDS:
        for reading in kind.forms:
            if reading.form == form:
                return kind, reading
    raise KeyError(form)


def list_labels() -> dict[str, str]:
    """Each kind's name → its Japanese label, in write order (the CLI's --kind)."""
    return {kind.name: kind.label for kind in KINDS}


def form_labels() -> dict[str, str]:
    """Each blank form a kind reads → the form's Japanese label, in the forms' own order (the
    CLI's template choices, the window's 様式を保存)."""
    read = {reading.form for kind in KINDS for reading in kind.forms}
    return {form: label for form, label in FORM_KINDS.items() if form in read}
