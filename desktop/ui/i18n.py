"""The window's language. Texts are written in Japanese in the code and go through `tr()`; the
English comes from Qt Linguist: resources/translations/secdesk_en.ts (the source, kept in the
repository, updated with `pyside6-lupdate desktop/ui/*.py desktop/ui/*/*.py desktop/sheets/*.py db/vocab.py -ts …`) compiled to
secdesk_en.qm by `pyside6-lrelease` at build time (dev.py does it before running or testing).
Dates are shown in wareki in Japanese and as ISO dates in English (show_date).

Constants shown later (column titles, labels of codes) are marked with QT_TR_NOOP so that
lupdate finds them, and pass through tr() when they are shown: the translator is installed when
the application starts, after those modules are imported.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.japanese.wareki import format_wareki

LANGUAGES = {"ja": "日本語", "en": "English"}
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
# lupdate files the texts of bare tr() calls under the empty context.
CONTEXT = ""
_language = "ja"  # set by install()


def QT_TR_NOOP(text: str) -> str:
    """Marks a constant for translation; tr() translates it where it is shown."""
    return text


def tr(text: str) -> str:
    """`text` in the window's language (itself when Japanese, or not translated yet)."""
    return QCoreApplication.translate(CONTEXT, text)


def show_date(day: dt.date, *, weekday: bool = False) -> str:
    """A date as the window's reader expects it: 令和3年10月1日(金) in Japanese, 2021-10-01 (Fri)
    in English (form fields accept both)."""
    if _language != "ja":
        return f"{day:%Y-%m-%d (%a)}" if weekday else day.isoformat()
    return format_wareki(day, weekday=weekday)


def language() -> str:
    """The window's language code (ja, en)."""
    return _language


def set_language(lang: str) -> None:
    """The language dates are shown in (install() sets it with the translators)."""
    global _language
    _language = lang


def compiled(lang: str) -> Path:
    return TRANSLATIONS / f"secdesk_{lang}.qm"


def install(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Qt's own texts (buttons of message boxes, file dialogs) and the program's in `lang`; the
    translators installed. Without the program's translation the window stays Japanese."""
    set_language(lang)
    installed = []
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(lang), "qtbase", "_", qt_folder):
        app.installTranslator(qt)
        installed.append(qt)
    if lang != "ja":
        ours = QTranslator(app)
        if ours.load(str(compiled(lang))):
            app.installTranslator(ours)
            installed.append(ours)
        else:
            print(f"secdesk: no translation at {compiled(lang)}; the window stays Japanese.",
                  file=sys.stderr)  # fmt: skip
    return installed
