"""The sheet registry: each sheet declared once, what it takes checked, cheap to read."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys

import pytest

from db.database import Database
from db.errors import UserError
from desktop.sheets.registry import SHEETS, build_sheet


def test_reading_the_registry_loads_neither_the_database_nor_the_pdf_libraries() -> None:
    probe = (
        "import sys, desktop.cli, desktop.sheets.registry;"
        "print(sorted(m for m in ('sqlalchemy', 'reportlab', 'openpyxl') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("name", list(SHEETS))
def test_each_sheet_is_built_by_its_module_with_the_options_it_declares(name: str) -> None:
    kind = SHEETS[name]
    build = importlib.import_module(f"desktop.sheets.{kind.module}").build
    parameters = inspect.signature(build).parameters
    for option in kind.options:
        assert (option.parameter or option.name) in parameters, option.name
        if option.required:
            assert option.missing and option.flag in option.missing  # says what to give
            assert option.selection is not None  # so that the window can print it too
    assert kind.label and kind.label_en.isascii()


def test_a_sheet_refuses_an_option_it_does_not_take(demo_db: Database) -> None:
    with demo_db.sessions() as session, pytest.raises(UserError) as refused:
        build_sheet(session, "projects", {"council": "幹事会"})
    assert "--council" in str(refused.value) and "--as-of" in str(refused.value)


def test_a_sheet_asks_for_what_it_needs(demo_db: Database) -> None:
    with demo_db.sessions() as session, pytest.raises(UserError) as refused:
        build_sheet(session, "participants", {"series": "何かの行事"})
    assert "--session" in str(refused.value)


def test_english_headings_are_asked_for_per_build(demo_db: Database) -> None:
    with demo_db.sessions() as session:
        japanese = build_sheet(session, "projects", {})
        english = build_sheet(session, "projects", {}, english=True)
    assert (japanese.title, english.title) == ("選定事業一覧", "Selected projects")
