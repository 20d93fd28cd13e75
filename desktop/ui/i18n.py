"""The window's language. Texts are written in Japanese in the code and go through `tr()`, which
takes their English from the program's one catalogue of user text (desktop.catalogue, read from
resources/translations/secdesk_en.ts; see there how lupdate finds the texts). Errors of the
operations and the database are shown with `said(error)`, in the same language. Qt's translator
is installed only for Qt's own texts (buttons of message boxes, file dialogs). Dates are shown
in wareki in Japanese and as ISO dates in English (show_date).

Constants shown later (column titles, labels of codes) are marked with QT_TR_NOOP so that
lupdate finds them, and pass through tr() when they are shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop import catalogue
from desktop.catalogue import QT_TR_NOOP as QT_TR_NOOP  # the window's modules mark with it
from desktop.japanese.wareki import format_fiscal_year, format_wareki

LANGUAGES = {"ja": "日本語", "en": "English"}
_language = catalogue.SOURCE_LANGUAGE  # set by install()


def tr(text: str, disambiguation: str = "") -> str:
    """`text` in the window's language (itself when Japanese, or not translated yet); the
    same Japanese meaning another thing is told apart by `disambiguation` (a literal, for
    lupdate)."""
    return catalogue.translate(text, _language, disambiguation)


def said(error: BaseException | str) -> str:
    """What an error says, in the window's language: an error of the program (UserError) in
    words of that language, any other as Python words it."""
    text = getattr(error, "text", None)
    return text(_language) if callable(text) else str(error)


def show_date(day: dt.date, *, weekday: bool = False) -> str:
    """A date as the window's reader expects it: 令和3年10月1日(金) in Japanese, 2021-10-01 (Fri)
    in English (form fields accept both)."""
    if _language != "ja":
        return f"{day:%Y-%m-%d (%a)}" if weekday else day.isoformat()
    return format_wareki(day, weekday=weekday)


def show_moment(at: dt.datetime) -> str:
    """A time of day on a date: 令和8年12月7日 14:30, or 2026-12-07 14:30 in English."""
    return f"{show_date(at.date())} {at:%H:%M}"


def listed(items: Iterable[str]) -> str:
    """Several names in one cell, separated as the window's language does (、 or a comma)."""
    return catalogue.Listed(tuple(items)).text(language())


def show_fiscal_year(year: int) -> str:
    """A fiscal year as the window's reader names it: 令和4年度 in Japanese, FY2022 in English."""
    return format_fiscal_year(year) if _language == "ja" else f"FY{year}"


def language() -> str:
    """The window's language code (ja, en)."""
    return _language


def set_language(lang: str) -> None:
    """The window's language, of its texts and dates (install() sets it with Qt's own)."""
    global _language
    _language = lang


def install(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """The window's language set to `lang`, and Qt's own texts (buttons of message boxes, file
    dialogs) translated into it; the translators installed."""
    set_language(lang)
    installed = []
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(lang), "qtbase", "_", qt_folder):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
