"""Words shared by the problems of several kinds of import, as marked texts (desktop.catalogue)."""

from __future__ import annotations

from db.vocab import ORGANIZATION_KINDS
from desktop.catalogue import QT_TR_NOOP, Listed, Text
from desktop.japanese.wareki import WeekdayMismatch

# The 団体区分 a cell may hold. They stay Japanese in every language: they are what the user
# must write in the file, and the file is read in Japanese.
CELL_KINDS = Listed(tuple(ORGANIZATION_KINDS.values()))


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
