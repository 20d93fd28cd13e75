"""The README's tables of sheets and import kinds say what the registries declare: every
registered sheet with exactly its options (required ones outside brackets), every import kind
and blank form by its name and label."""

from __future__ import annotations

import re

from desktop.imports.kinds import KINDS, form_labels
from desktop.sheets.registry import SHEETS
from tests.helpers.paths import ROOT

README = ROOT / "README.md"


def table_after(heading_row: str) -> list[list[str]]:
    """The rows (cells stripped) of the README table whose heading row is `heading_row`."""
    lines = README.read_text(encoding="utf-8").splitlines()
    start = lines.index(heading_row) + 2  # after the heading and its |---| line
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows


def test_the_sheet_table_lists_every_registered_sheet_with_its_options() -> None:
    described = {}
    for name_cell, options_cell, _contents in table_after("| SHEET | options | contents |"):
        name = name_cell.strip("`")
        optional = set(re.findall(r"--[a-z-]+", "".join(re.findall(r"\[[^]]*\]", options_cell))))
        every = set(re.findall(r"--[a-z-]+", options_cell))
        described[name] = (every - optional, optional)
    declared = {
        kind.name: (
            {o.flag for o in kind.options if o.required},
            {o.flag for o in kind.options if not o.required},
        )
        for kind in SHEETS.values()
    }
    assert described == declared


def test_the_import_table_names_every_kind_and_form() -> None:
    rows = table_after("| list (`--kind`) / form | becomes | matched with what is stored by |")
    firsts = [row[0] for row in rows]
    assert [re.match(r"`([a-z_]+)`", cell).group(1) for cell in firsts] == [  # type: ignore[union-attr]
        kind.name for kind in KINDS
    ]
    for cell, kind in zip(firsts, KINDS, strict=True):
        assert kind.label in cell, (cell, kind.label)
        for reading in kind.forms:
            form_label = form_labels()[reading.form]
            assert form_label.removesuffix("様式").removesuffix("（様式）") in cell, (
                cell,
                form_label,
            )
