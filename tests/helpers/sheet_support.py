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

from desktop.ops import common
from desktop.sheets.model import Column, Section, Sheet

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


def long_sheet(_session: object, rows: int) -> Sheet:
    """A member list of `rows` rows: dozens of pages."""
    return Sheet(
        name="council-members",
        title="長い名簿",
        as_of="令和8年11月22日現在",
        columns=(Column("順", 0.4, "right"), Column("氏名"), Column("所属", 2)),
        sections=(Section(None, tuple((str(i), f"委員{i}", "架空省") for i in range(rows))),),
    )
