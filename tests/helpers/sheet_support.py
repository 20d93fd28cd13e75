"""Shared helpers of the sheet tests: reading a printed PDF back, sheets and records made to
order, and the names of demo records the sheets are built from."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from db.engine import open_database
from db.models import Council, Membership, Person
from desktop.ops import common

LIAISON = "近未来技術実装関係省庁連絡会議"


needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext, pdffonts) not installed"
)


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_fonts(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return [line.split() for line in out.stdout.splitlines()[2:]]


FY2021 = "令和3年度 未来技術実装ミニシンポジウム"


@contextlib.contextmanager
def written_by_an_older_version() -> Iterator[None]:
    """Saves without today's length rules, as a version before them (or SQLite, which keeps
    any length) stored them: such values are in offices' databases and must still print."""
    event.remove(Session, "before_flush", common._check_texts)
    try:
        yield
    finally:
        event.listen(Session, "before_flush", common._check_texts)


def crowded_council(path: Path, members: int) -> str:
    """A council of `members` members written in the database at `path`, whose 名簿 runs to
    dozens of pages; its name."""
    name = "大人数の検討会"
    database = open_database(str(path))
    try:
        with database.transaction() as session:
            council = Council(name=name, kind="other")
            session.add_all(
                Membership(council=council, person=Person(name=f"委員{i}"), order=i)
                for i in range(members)
            )
    finally:
        database.close()
    return name
