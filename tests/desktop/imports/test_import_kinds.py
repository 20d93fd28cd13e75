"""The import-kind registry: every kind declared once, and everything that lists kinds follows it."""

from __future__ import annotations

import argparse
import subprocess
import sys
from dataclasses import replace

import pytest

from desktop.cli import build_parser
from desktop.excel.forms import FORM_KINDS
from desktop.excel.headers import Heading, find_header
from desktop.imports.kinds import all_kinds, by_form, by_name, form_labels, list_labels
from tests.helpers.cli_support import secdesk


def _subcommand(name: str) -> argparse.ArgumentParser:
    commands = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    parser: argparse.ArgumentParser = commands.choices[name]
    return parser


def _option(parser: argparse.ArgumentParser, dest: str) -> argparse.Action:
    return next(a for a in parser._actions if a.dest == dest)


def test_the_cli_offers_exactly_the_registered_kinds_and_forms() -> None:
    kind = _option(_subcommand("import"), "kind")
    assert kind.choices is not None
    assert list(kind.choices) == [k.name for k in all_kinds()]
    form = _option(_subcommand("template"), "kind")
    assert form.choices is not None
    assert list(form.choices) == list(form_labels())


def test_the_cli_help_names_each_kind_with_its_label() -> None:
    result = secdesk("import", "--help")
    assert result.returncode == 0, result.stderr
    text = "".join(result.stdout.split())  # the help wraps lines wherever it likes
    for name, label in list_labels().items():
        assert f"{name}={label}" in text
    result = secdesk("template", "--help")
    assert result.returncode == 0, result.stderr
    text = "".join(result.stdout.split())
    for name, label in FORM_KINDS.items():
        assert f"{name}={label}" in text


def test_an_unregistered_kind_is_refused_with_the_registered_ones_named() -> None:
    result = secdesk("import", "list.xlsx", "--kind", "minutes")
    assert result.returncode == 2
    assert "minutes" in result.stderr and "participants" in result.stderr


def test_the_general_help_does_not_load_the_import_kinds() -> None:
    """`secdesk --help` stays quick: the registry loads the database layer."""
    probe = (
        "import sys; from desktop.cli import build_parser; build_parser().format_help(); "
        "print(sorted(m for m in ('sqlalchemy', 'openpyxl', 'desktop.imports.kinds')"
        " if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("kind", "heading", "synonym"),
    [(k.name, h.field, synonym) for k in all_kinds() for h in k.headings for synonym in h.synonyms],
)
def test_every_declared_heading_is_recognised(kind: str, heading: str, synonym: str) -> None:
    declared = by_name(kind)
    others = [h.synonyms[0] for h in declared.headings if h.field in declared.required - {heading}]
    others += [  # one heading of each group the kind needs one of (a roster: 氏名 or 役職)
        next(h.synonyms[0] for h in declared.headings if h.field in group)
        for group in declared.required_any
        if heading not in group
    ]
    if not others:  # one heading alone is no header: a person reads a list by several
        others.append(next(h.synonyms[0] for h in declared.headings if h.field != heading))
    match = find_header([(synonym, *others)], all_kinds(), kind=kind)
    assert match is not None and match.columns[0] == heading


def test_detection_reads_the_headings_from_the_declaration() -> None:
    """A kind is told apart by what it declares, not by a table of its own in detection."""
    rows = [("会員番号", "氏名", "回")]
    before = find_header(rows, all_kinds())
    assert before is not None and before.kind == "participants"
    members = replace(
        by_name("participants"),
        name="members",
        headings=(Heading("member_number", ("会員番号",)), *by_name("participants").headings),
        required=frozenset({"member_number"}),
    )
    match = find_header(rows, (*all_kinds(), members))
    assert match is not None
    assert (match.kind, match.columns[0]) == ("members", "member_number")


def test_each_kind_is_declared_once_and_each_form_is_read_by_one_kind() -> None:
    assert (
        len({k.name for k in all_kinds()})
        == len({k.order for k in all_kinds()})
        == len(all_kinds())
    )
    for kind in all_kinds():
        assert kind.name == kind.record.KIND
        assert kind.required <= set(kind.fields)
        assert len(set(kind.fields)) == len(kind.fields)
    read = [reading.form for kind in all_kinds() for reading in kind.forms]
    assert sorted(read) == sorted(FORM_KINDS)
    assert by_form("local_government")[0].name == "registrations"
    assert by_form("local_government")[1].role == "interest"


def test_sessions_are_written_before_their_participants() -> None:
    names = [k.name for k in all_kinds()]
    assert names.index("sessions") < names.index("participants")
    assert names.index("registrations") == 0


def test_every_module_declaring_a_kind_is_found_and_nothing_else() -> None:
    """Adding a kind is adding its module: the registry finds each module's KIND."""
    import importlib
    import pkgutil

    import desktop.imports as package

    declaring = {
        module.name
        for module in pkgutil.iter_modules(package.__path__)
        if hasattr(importlib.import_module(f"desktop.imports.{module.name}"), "KIND")
    }
    found = {kind.build.__module__.rsplit(".", 1)[1] for kind in all_kinds()}
    assert found == declaring and len(declaring) >= 7
