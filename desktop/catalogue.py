r"""The one catalogue of the program's user text, without Qt, so that every layer may use it.

Texts are written in Japanese where they are made and marked for translation: `tr("…")` in the
window and the sheets, `QT_TR_NOOP("…")` for a constant or a message made below the window. Qt
Linguist's lupdate finds both in the files of LUPDATE_SOURCES:

    .venv/bin/pyside6-lupdate desktop/ui/*.py desktop/ui/*/*.py desktop/sheets/*.py desktop/ops/*.py \
        desktop/rules/*.py desktop/imports/*.py desktop/excel/*.py desktop/japanese/*.py db/*.py desktop/settings.py \
        desktop/connection.py \
        -ts resources/translations/secdesk_en.ts -no-obsolete

and the translations are kept in resources/translations/secdesk_<lang>.ts (filled in with Qt
Linguist or tools/fill_translations.py) and read here. A message with parameters is a `Text`:
its marked template and the values put in it, turned into words only when it is shown, in the
language of whoever reads it (the window's, the sheets', the command line's Japanese).
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

SOURCE_LANGUAGE = "ja"
TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
# The files lupdate reads to find the marked texts, as globs from the top of the repository.
LUPDATE_SOURCES = (
    "desktop/ui/*.py",
    "desktop/ui/*/*.py",
    "desktop/sheets/*.py",
    "desktop/ops/*.py",
    "desktop/rules/*.py",
    "desktop/imports/*.py",
    "desktop/excel/*.py",
    "desktop/japanese/*.py",
    "db/*.py",
    "desktop/settings.py",
    "desktop/connection.py",
)


def QT_TR_NOOP(text: str) -> str:  # the name lupdate looks for
    """Marks a text for translation; it is translated where it is shown."""
    return text


def source_file(lang: str) -> Path:
    return TRANSLATIONS / f"secdesk_{lang}.ts"


@functools.cache
def translations(lang: str) -> dict[tuple[str, str], str]:
    """Every finished translation into `lang`, by its Japanese text and disambiguation (none
    for Japanese, or when the file is missing: the text then stays Japanese)."""
    if lang == SOURCE_LANGUAGE:
        return {}
    try:
        tree = ET.parse(source_file(lang))
    except (OSError, ET.ParseError):
        return {}
    found = {}
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") != "unfinished":
            key = message.findtext("source") or "", message.findtext("comment") or ""
            found[key] = translation.text or ""
    return found


def translate(text: str, lang: str, disambiguation: str = "") -> str:
    """A marked text in `lang` (itself in Japanese, or while it has no translation). The same
    Japanese said of different things (第{number}回 of a session and of a meeting) is told
    apart by `disambiguation`, as lupdate reads it from tr()'s second argument."""
    return translations(lang).get((text, disambiguation), text)


class Translatable(Protocol):
    def text(self, lang: str) -> str: ...


@dataclass(frozen=True, init=False)
class Text:
    """A marked template and its parameters: `Text(QT_TR_NOOP("「{name}」はありません。"),
    name=…)`. A parameter that is itself a Text (a field's label, a status) or has a
    `text(lang)` of its own is put in the same language; numbers keep their format specs."""

    template: str
    params: dict[str, object]

    def __init__(self, template: str, /, **params: object) -> None:
        object.__setattr__(self, "template", template)
        object.__setattr__(self, "params", params)

    def text(self, lang: str) -> str:
        template = translate(self.template, lang)
        if not self.params:  # a finished text: its braces, if any, are not placeholders
            return template
        return template.format(**{key: _in(value, lang) for key, value in self.params.items()})

    def __str__(self) -> str:
        return self.text(SOURCE_LANGUAGE)


@dataclass(frozen=True)
class Spelled:
    """A value written differently by language, such as a date (令和8年11月22日 in Japanese,
    2026-11-22 otherwise): the writer of the message spells it both ways."""

    japanese: str
    other: str

    def text(self, lang: str) -> str:
        return self.japanese if lang == SOURCE_LANGUAGE else self.other


@dataclass(frozen=True)
class Listed:
    """Several texts in a row, separated as the language does (、 in Japanese, a comma else)."""

    items: tuple[str | Translatable, ...]

    def text(self, lang: str) -> str:
        separator = "、" if lang == SOURCE_LANGUAGE else ", "
        return separator.join(in_language(item, lang) for item in self.items)


def in_language(value: str | Translatable, lang: str) -> str:
    """A text as it reads in `lang`: a Text, an error or a Spelled value turned into words, a
    plain string as it is (the user's data, or a text nobody marked)."""
    return value if isinstance(value, str) else value.text(lang)


def _in(value: object, lang: str) -> object:
    text = getattr(value, "text", None)
    return text(lang) if callable(text) else value
