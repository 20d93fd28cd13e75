"""Shared helpers of the sheet tests: reading a printed PDF back, sheets and records made to
order, and the names of demo records the sheets are built from."""

from __future__ import annotations

import contextlib
import itertools
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from html import unescape as html_unescape
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
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


@dataclass(frozen=True)
class PrintedTable:
    """The tables of a printed page, read back from its rules and words (in pt from the top
    left corner): the columns between the vertical rules, and each cell's lines of text."""

    columns: list[tuple[float, float]]  # each column's left and right rule
    cells: dict[tuple[int, int], list[tuple[float, float, str]]]  # (band, column) → lines

    def width(self, column: int) -> float:
        left, right = self.columns[column]
        return right - left


def _rules(page: Any, height: float) -> tuple[list[float], list[float]]:
    """The x of the page's vertical rules and the y (from the top) of its horizontal ones."""
    xs: set[float] = set()
    ys: set[float] = set()
    for obj in page.get_objects():
        if obj.type != pdfium_raw.FPDF_PAGEOBJ_PATH:
            continue
        left, bottom, right, top = obj.get_bounds()
        if right - left < 2 and top - bottom > 5:
            xs.add(round((left + right) / 2, 1))
        elif top - bottom < 2 and right - left > 5:
            ys.add(round(height - (top + bottom) / 2, 1))
    return sorted(xs), sorted(ys)


def printed_tables(pdf: Path) -> list[PrintedTable]:
    """Each page's table cells: the words between the same rules, grouped into lines (a cell
    whose text wraps has more than one line)."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    document = pdfium.PdfDocument(str(pdf))
    found = []
    for number, page_html in enumerate(html.split("<page ")[1:]):
        page = document[number]
        xs, ys = _rules(page, page.get_height())
        columns = list(itertools.pairwise(xs))
        cells: dict[tuple[int, int], dict[float, list[tuple[float, float, str]]]] = {}
        for *box, text in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
            page_html,
        ):
            left, top, right, bottom = map(float, box)
            x, y = (left + right) / 2, (top + bottom) / 2
            column = next((i for i, (a, b) in enumerate(columns) if a <= x <= b), None)
            band = sum(1 for rule in ys if rule < y)
            if column is None or band in (0, len(ys)):
                continue  # outside the tables: title, headings, notes, page number
            lines = cells.setdefault((band, column), {})
            lines.setdefault(round(top), []).append((left, right, html_unescape(text)))
        found.append(
            PrintedTable(
                columns,
                {
                    key: [
                        (
                            min(w[0] for w in words),
                            max(w[1] for w in words),
                            " ".join(w[2] for w in words),
                        )
                        for _top, words in sorted(lines.items())
                    ]
                    for key, lines in cells.items()
                },
            )
        )
    return found
