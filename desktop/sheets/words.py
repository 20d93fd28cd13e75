"""The headings of the summary sheets: Japanese, or English when the user asks for it
(`report … --english-headings`, or 表示 ▸ 集計表の見出しを英語に in the window).

Builders write their titles and column headings through `tr()`, which Qt Linguist's lupdate
finds like the window's texts; the English is read here from resources/translations/
secdesk_en.ts without Qt (the command line prints without it). The records themselves, notes
and names stay as they are.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import functools
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from desktop.japanese.wareki import format_wareki

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
_english_headings: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "english_headings", default=False
)


@functools.cache
def _english() -> dict[str, str]:
    try:
        tree = ET.parse(TRANSLATIONS / "secdesk_en.ts")
    except (OSError, ET.ParseError):
        return {}  # without the translation the headings stay Japanese
    found = {}
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") != "unfinished":
            found[message.findtext("source") or ""] = translation.text or ""
    return found


def tr(text: str) -> str:
    """A heading in the language asked for (Japanese unless English headings are on)."""
    if _english_headings.get():
        return _english().get(text, text)
    return text


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
