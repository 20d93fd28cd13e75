"""Turning imported cell values into clean values; each raises ValueError with a Japanese reason
(an Unreadable carries it as a marked text, to be shown in the reader's language).

What was typed stays for display (names keep their spacing and 株式会社); only what is compared
or validated is normalised here.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Sequence

from desktop.catalogue import QT_TR_NOOP, Text
from desktop.excel.check_marks import NO_MARKS, YES_MARKS
from desktop.japanese.lgcode import lg_check_digit, normalize_lg_code
from desktop.japanese.text import normalize_for_compare
from desktop.japanese.wareki import parse_date

_PIECES = re.compile(r"[、,，;；\n\r/／]+")  # between categories; ・ may be inside a name
_DOTS = re.compile(r"[・･]+")
_YES = {"可", "はい", "yes", "y", "○", "◯", "●", "✓", "✔", "レ", "1", "true", "公表可", "公開"}
_NO = {"否", "不可", "いいえ", "no", "n", "×", "✕", "0", "false", "公表不可", "非公開", "-"}


class Unreadable(ValueError):
    """A cell whose value cannot be taken: `said` is the reason as a marked text."""

    def __init__(self, template: str, /, **params: object) -> None:
        self.said = Text(template, **params)
        super().__init__(str(self.said))


def text(value: object) -> str | None:
    """A cell as text: trimmed, empty → None; numbers without a spurious '.0'."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    result = str(value).strip()
    return result or None


def lg_code(value: object) -> str:
    """6 digits are verified; 5 digits (the code without its check digit) get it computed.

    A number cell is unclear: Excel drops a leading zero, so 11207 may be 011207 or 11207 +
    its check digit. When both readings are valid codes the cell is refused.
    """
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    raw = unicodedata.normalize("NFKC", str(value)).strip().replace("-", "").replace(" ", "")
    if isinstance(value, int) and len(raw) == 5:
        readings = {raw + str(lg_check_digit(raw))}
        padded = raw.zfill(6)
        if lg_check_digit(padded[:5]) == int(padded[5]):
            readings.add(padded)
        if len(readings) > 1:
            first, second = sorted(readings)
            raise Unreadable(
                QT_TR_NOOP(
                    "数値で入力された地方公共団体コード「{code}」は {first} と {second} の"
                    "どちらとも読めます。セルを文字列にして6桁で入力してください。"
                ),
                code=raw,
                first=first,
                second=second,
            )
        return readings.pop()
    if re.fullmatch(r"[0-9]{5}", raw) and not isinstance(value, int):
        return raw + str(lg_check_digit(raw))
    # an LgCodeError (a ValueError) says what is wrong in the reader's language
    return normalize_lg_code(value if isinstance(value, int) else raw)


def phone(value: object) -> str:
    """Full-width digits and the many dashes unified: ０３－６２０６－６１７５ → 03-6206-6175."""
    raw = unicodedata.normalize("NFKC", str(value)).strip()
    raw = re.sub(r"[‐‑‒–—―−ー－]", "-", raw)
    digits = re.sub(r"[^0-9]", "", raw)
    if not 9 <= len(digits) <= 13:
        raise Unreadable(
            QT_TR_NOOP(
                "電話番号「{phone}」の桁数が正しくありません。03-6206-6175 のように入力してください。"
            ),
            phone=value,
        )
    return raw


def phone_cell(value: object) -> tuple[object, Text | None]:
    """A number cell loses the leading 0 of 03-…, 0494-…: the value with it put back, and a
    note saying so (None when the cell was text)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        restored = f"0{int(value)}"
        return restored, Text(
            QT_TR_NOOP("電話番号が数値になっていたため、先頭に0を補いました（{phone}）。"),
            phone=restored,
        )
    return value, None


def email(value: object) -> str:
    raw = unicodedata.normalize("NFKC", str(value)).strip().replace("(atmark)", "@")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", raw):
        raise Unreadable(
            QT_TR_NOOP(
                "メールアドレス「{email}」の形が正しくありません。name@example.jp のように入力してください。"
            ),
            email=value,
        )
    return raw


def date(value: object) -> dt.date:
    """Any common form (wareki, Gregorian, Excel serial, date cell); DateParseError otherwise."""
    return parse_date(value)


def consent(value: object) -> bool:
    key = unicodedata.normalize("NFKC", str(value)).strip().casefold()
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise Unreadable(
        QT_TR_NOOP("公表可否「{value}」は「可」か「否」で入力してください。"), value=value
    )


# What a checklist cell may hold for yes and for no. A Latin x is in neither: some tick a box
# with it, others type it for ×, so it is asked about rather than read either way.


def mark_text(value: object) -> str:
    """A checklist cell as compared: width folded, trimmed, lower case, 1.0 as 1."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFKC", str(value)).strip().casefold()


def is_mark(value: object) -> bool | None:
    """A checklist cell: True for a mark (○ ● ◎ ✓ 1 レ …), False for blank/×, None if unclear."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return False
    key = mark_text(value)
    if key in YES_MARKS:
        return True
    if key in NO_MARKS:
        return False
    return None


def categories(value: object, known: Sequence[str]) -> tuple[list[str], list[str]]:
    """Category names in one cell → (known names in the program's order, unknown pieces).

    Known names are found first, because a name may itself contain ・ (文化芸術・スポーツ・…);
    what is left of a piece (split on 、 , ; / and line breaks, then on ・) is reported as
    typed, so that the user recognises it.
    """
    names, unknown = _cell_categories(str(value or ""), tuple(known))
    return list(names), list(unknown)


@functools.lru_cache(maxsize=8192)  # the same cell recurs on many rows of a long list
def _cell_categories(cell: str, known: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    found: set[str] = set()
    unknown: list[str] = []
    for piece in _PIECES.split(cell):
        names, left = _piece_categories(piece, known)
        found.update(names)
        unknown += left
    return tuple(name for name in known if name in found), tuple(unknown)


# A long list names the same few categories on row after row: each piece of a cell is matched
# against a programme's categories once per import, not once per row.
@functools.lru_cache(maxsize=8192)
def _piece_categories(
    piece: str, known: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """One piece of a categories cell → (known names found in it, unknown parts as typed)."""
    number = unicodedata.normalize("NFKC", piece).strip().rstrip(".番")
    numbered = _numbered(known)
    if number in numbered:  # 4 for 「4 地域の価値や雇用の創出…」, ② for 「②地方を伸ばし…」
        return (numbered[number],), ()
    found: list[str] = []
    rest = _compare_key(piece)
    hits = []
    for name, key in _keys(known):
        if key and key in rest:
            found.append(name)
            hits.append(key)
            rest = rest.replace(key, "、")
    if not rest.strip(" ・･、"):
        return tuple(found), ()
    unknown = tuple(
        part.strip()
        for part in _DOTS.split(piece)
        if part.strip() and not any(_compare_key(part) in hit for hit in hits)
    )
    return tuple(found), unknown


_LEADING_NUMBER = re.compile(r"(\d+)(?=[\s.．、)）]|\D)")


@functools.lru_cache(maxsize=64)
def _numbered(known: tuple[str, ...]) -> dict[str, str]:
    """The categories a programme numbers (「1 多拠点居住…」, 「①強い経済…」) by their number;
    none when the numbers would not tell them apart."""
    by_number: dict[str, str] = {}
    for name in known:
        found = _LEADING_NUMBER.match(unicodedata.normalize("NFKC", name))
        if found is None or found[1] in by_number:
            return {}
        by_number[found[1]] = name
    return by_number


@functools.lru_cache(maxsize=64)
def _keys(known: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """A program's category names with their comparison keys, longest first (computed once)."""
    return tuple(
        (name, normalize_for_compare(name)) for name in sorted(known, key=len, reverse=True)
    )


@functools.lru_cache(maxsize=4096)
def _compare_key(text: str) -> str:
    """A cell's comparison key; the same cell is tried against every programme's categories."""
    return normalize_for_compare(text)
