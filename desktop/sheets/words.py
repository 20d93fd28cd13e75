"""The headings of the summary sheets: Japanese, or English when the user asks for it
(`report … --english-headings`, or 表示 ▸ 集計表の見出しを英語に in the window).

Builders write their titles and column headings through `tr()`, which Qt Linguist's lupdate
finds like the window's texts; the English comes from the program's one catalogue of user text
(desktop.catalogue), without Qt (the command line prints without it). The records themselves,
notes and names stay as they are.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
from collections.abc import Iterator

from desktop import catalogue
from desktop.japanese.wareki import format_wareki

_english_headings: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "english_headings", default=False
)


def language() -> str:
    """The language of the headings being built: English when asked for, else Japanese."""
    return "en" if _english_headings.get() else catalogue.SOURCE_LANGUAGE


def tr(text: str) -> str:
    """A heading in the language asked for (Japanese unless English headings are on)."""
    return catalogue.translate(text, language())


@contextlib.contextmanager
def english_headings(on: bool) -> Iterator[None]:
    """Build the sheets inside this block with English headings when `on`."""
    token = _english_headings.set(on)
    try:
        yield
    finally:
        _english_headings.reset(token)


def day(value: dt.date) -> str:
    """A date in a heading: 令和8年11月22日, or 2026-11-22 with English headings."""
    return value.isoformat() if _english_headings.get() else format_wareki(value)


def as_of_line(day: dt.date) -> str:
    """令和8年11月22日現在, or "as of 2026-11-22"."""
    if _english_headings.get():
        return tr("{day}現在").format(day=day.isoformat())
    return tr("{day}現在").format(day=format_wareki(day))
