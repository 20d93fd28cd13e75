"""Words shared by the problems of several kinds of import, as marked texts (desktop.catalogue)."""

from __future__ import annotations

import datetime as dt

from db.vocab import ORGANIZATION_KINDS
from desktop.catalogue import QT_TR_NOOP, Listed, Spelled, Text
from desktop.japanese.wareki import WeekdayMismatch, format_fiscal_year, format_wareki

# The 団体区分 a cell may hold. They stay Japanese in every language: they are what the user
# must write in the file, and the file is read in Japanese.
CELL_KINDS = Listed(tuple(ORGANIZATION_KINDS.values()))

# Rows of one record (the same organization or measure twice) written as one, said on each.
MERGED_ROWS = QT_TR_NOOP("{count}行を1件にまとめました: 行 {rows}")


def reason(error: Exception) -> str | Text:
    """Why a cell was refused: the marked sentence of the program's error (a UserError, a
    normalize.Unreadable), else the error's own words."""
    said = getattr(error, "said", None)
    return said if isinstance(said, Text) else str(error)


def date_taken(mismatch: WeekdayMismatch) -> Text:
    """A date whose weekday is another day's: the date is imported, and the user told."""
    return Text(QT_TR_NOOP("{reason}（日付のほうを取り込みました）"), reason=reason(mismatch))


def session_words(number: int | None) -> Text:
    """第3回 (Session 3 in English); 第?回 while the number is not known."""
    return Text(QT_TR_NOOP("第{number}回"), number=number if number else "?")


# A detail the row does not give.
NOT_GIVEN = Spelled("－", "-")


def date_words(day: dt.date, *, weekday: bool = False) -> Spelled:
    """令和3年10月1日(金) in Japanese, 2021-10-01 (Fri) otherwise."""
    other = f"{day:%Y-%m-%d (%a)}" if weekday else day.isoformat()
    return Spelled(format_wareki(day, weekday=weekday), other)


def fiscal_year_words(year: int) -> Spelled:
    return Spelled(format_fiscal_year(year), f"FY{year}")


def vocabulary_word(vocabulary: dict[str, str], code: str | None) -> Text | Spelled | str:
    """The marked label of a code (an unknown code as it is; none given: a dash)."""
    if code is None:
        return NOT_GIVEN
    return Text(vocabulary[code]) if code in vocabulary else code


def given(value: object) -> object:
    """A detail as the row gives it, or a dash when it gives none."""
    return NOT_GIVEN if value is None or value == "" else value


def listed(items: tuple[str, ...]) -> Listed | Spelled:
    return Listed(items) if items else NOT_GIVEN


def lines_in(lines: list[Text], lang: str) -> list[str]:
    """The review's detail lines in `lang`."""
    return [line.text(lang) for line in lines]
