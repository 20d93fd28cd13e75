"""The registry of import kinds: every module of this package that declares a `KIND` (see
desktop.imports.declaration) is one, so adding a kind is adding its module (and running
tools/readme_tables.py, which writes the README's table of kinds from this registry).

The kinds are found when first asked for rather than when this module is imported, because
the modules that use the registry (the pipeline, the header detection) are modules of this
package too. Each kind's `order` is the order a mixed import resolves and writes them
(sessions before their participants).
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from typing import Any

import desktop.imports as package
from desktop.excel.forms import FORM_KINDS
from desktop.imports.declaration import FormReading, ImportKind


@functools.cache
def all_kinds() -> tuple[ImportKind[Any], ...]:
    """Every declared kind, in write order."""
    found = []
    for module in pkgutil.iter_modules(package.__path__):
        declared = getattr(
            importlib.import_module(f"{package.__name__}.{module.name}"), "KIND", None
        )
        if isinstance(declared, ImportKind):
            found.append(declared)
    return tuple(sorted(found, key=lambda kind: kind.order))


def by_name(name: str) -> ImportKind[Any]:
    """The kind called `name` (KeyError when none is)."""
    return _by_name()[name]


@functools.cache
def _by_name() -> dict[str, ImportKind[Any]]:
    return {kind.name: kind for kind in all_kinds()}


def by_form(form: str) -> tuple[ImportKind[Any], FormReading]:
    """The kind a filled blank form is read as, and how (the role it implies)."""
    for kind in all_kinds():
        for reading in kind.forms:
            if reading.form == form:
                return kind, reading
    raise KeyError(form)


def list_labels() -> dict[str, str]:
    """Each kind's name → its Japanese label, in write order (the CLI's --kind)."""
    return {kind.name: kind.label for kind in all_kinds()}


def form_labels() -> dict[str, str]:
    """Each blank form a kind reads → the form's Japanese label, in the forms' own order (the
    CLI's template choices, the window's 様式を保存)."""
    read = {reading.form for kind in all_kinds() for reading in kind.forms}
    return {form: label for form, label in FORM_KINDS.items() if form in read}
