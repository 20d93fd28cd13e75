"""The README's tables of sheets and import kinds say what the registries declare: every
registered sheet with exactly its options (required ones outside brackets), every import kind
and blank form by its name and label."""

from __future__ import annotations

import re

from desktop.imports.kinds import all_kinds, form_labels
from desktop.sheets.registry import SHEETS
from tests.helpers.paths import ROOT
from tools import readme_tables

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


def test_the_import_table_is_the_one_the_registry_writes() -> None:
    """Run tools/readme_tables.py after adding or changing an import kind."""
    text = README.read_text(encoding="utf-8")
    start, end = readme_tables.table_in(text, readme_tables.IMPORT_HEADING)
    assert text.splitlines()[start:end] == readme_tables.import_table()


def test_every_kind_and_form_has_its_row() -> None:
    rows = table_after(readme_tables.IMPORT_HEADING)
    names = [re.match(r"`([a-z_]+)`", row[0]).group(1) for row in rows]  # type: ignore[union-attr]
    assert names == [kind.name for kind in all_kinds()]
    for (named, becomes, matched_by), kind in zip(rows, all_kinds(), strict=True):
        assert kind.label in named and becomes and matched_by
        for reading in kind.forms:
            assert form_labels()[reading.form] in named, (named, reading.form)
