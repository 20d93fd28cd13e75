"""What a text value may hold before it is stored, the same on SQLite and PostgreSQL.

SQLite keeps any length and any character; PostgreSQL refuses a value longer than its column
(String(200) …), a NUL character, and text that is not valid Unicode (a lone surrogate). So
every place where data enters — the window's forms, imports, restoring a JSON backup — checks
its values here, against the limits read from the models' own column types, and says in one
sentence which field is wrong instead of failing inside the database.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Column, Integer, String, Table

from desktop.catalogue import QT_TR_NOOP, Text

# C0 controls (but tab and line breaks, which a cell or a note may hold), DEL and C1 controls:
# invisible, and PostgreSQL refuses NUL outright.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Either of them: one search tells that a text (nearly every one) needs neither check.
_CONTROL_OR_SURROGATE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


class TextProblem(ValueError):
    """A value that cannot be stored; the message (without the field's name) is for users:
    `problem` says it in any language, str() in Japanese."""

    def __init__(self, problem: Text) -> None:
        super().__init__(str(problem))
        self.problem = problem


def max_length(column: Column[Any] | Any) -> int | None:
    """The column's length limit (String(200) → 200); None for Text and non-text columns."""
    kind = getattr(column, "type", None)
    length = getattr(kind, "length", None)
    return length if isinstance(kind, String) and isinstance(length, int) else None


def is_clean(value: str) -> bool:
    """Neither a control character nor a broken one: the text can be stored as it is."""
    return _CONTROL_OR_SURROGATE.search(value) is None


def has_controls(value: str) -> bool:
    return _CONTROLS.search(value) is not None


def strip_controls(value: str) -> str:
    """NUL and the other invisible control characters removed; tab and line breaks kept."""
    return _CONTROLS.sub("", value)


def unreadable_problem(value: str) -> Text | None:
    """Why a text cannot be stored whatever the column: a lone surrogate (a half of a
    character, left by a broken copy or file), which no database accepts."""
    if _SURROGATE.search(value):
        return Text(
            QT_TR_NOOP(
                "壊れた文字（文字の半分だけのデータ）が含まれています。"
                "その文字を消して入力し直してください。"
            )
        )
    return None


def length_problem(value: str, limit: int | None) -> Text | None:
    if limit is not None and len(value) > limit:
        return Text(
            QT_TR_NOOP("{limit}文字以内にしてください（今は {length} 文字です）。"),
            limit=limit,
            length=len(value),
        )
    return None


def check(value: str, column: Column[Any] | Any) -> str:
    """The value cleaned of control characters, or TextProblem saying why it cannot be kept."""
    problem = unreadable_problem(value)
    if problem is None:
        value = strip_controls(value)
        problem = length_problem(value, max_length(column))
    if problem is not None:
        raise TextProblem(problem)
    return value


# Whole numbers each column kind holds on PostgreSQL (SQLite holds any, and would pass on
# what the server then refuses).
_INTEGER_BITS = ((BigInteger, 64), (Integer, 32))


def stored_problem(value: object, column: Column[Any] | Any) -> Text | None:
    """Why a value read back from storage (a backup, an old SQLite file) would be refused by
    the server: left as it is, nothing is cleaned silently there."""
    kind = getattr(column, "type", None)
    if value is None or isinstance(kind, JSON):
        return None
    if isinstance(kind, Boolean):
        if value in (True, False):
            return None
        return Text(QT_TR_NOOP("「{value}」は真偽値ではありません。"), value=value)
    for integer, bits in _INTEGER_BITS:
        if isinstance(kind, integer):
            if isinstance(value, bool) or not isinstance(value, int):
                return Text(QT_TR_NOOP("「{value}」は整数ではありません。"), value=value)
            if not -(2 ** (bits - 1)) <= value < 2 ** (bits - 1):
                return Text(QT_TR_NOOP("{value} は大きすぎます。"), value=value)
            return None
    if isinstance(kind, String) and not isinstance(value, str):
        return Text(QT_TR_NOOP("「{value}」は文字列ではありません。"), value=value)
    if not isinstance(value, str):
        return None
    if problem := unreadable_problem(value):
        return problem
    if "\x00" in value:
        return Text(QT_TR_NOOP("NUL 文字（\\0）が含まれています。"))
    return length_problem(value, max_length(column))


def table_row_problem(table: Table, row: dict[str, object]) -> Text | None:
    """The first column of a table row whose value the server would refuse, as
    "列 name: …"; None when every value can be stored."""
    for name, value in row.items():
        column = table.columns.get(name)
        if column is not None and (problem := stored_problem(value, column)):
            return Text(QT_TR_NOOP("列 {name}: {problem}"), name=name, problem=problem)
    return None
