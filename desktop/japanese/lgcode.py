"""全国地方公共団体コード (6 digits: 2 prefecture + 3 municipality + check digit).

Codes are copied from spreadsheets where Excel turns them into numbers and
drops Hokkaido's leading zero, so ints are padded back; strings are taken
as typed and must carry the check digit, which catches most typos.
"""

from __future__ import annotations

import re
import unicodedata

from desktop.catalogue import QT_TR_NOOP, Text

_WEIGHTS = (6, 5, 4, 3, 2)


class LgCodeError(ValueError):
    """An invalid local-government code: a marked template with its values, said in the
    reader's language (`text(lang)`); `str()` is the Japanese."""

    def __init__(self, template: str, /, **params: object) -> None:
        self.said = Text(template, **params)
        super().__init__(str(self.said))

    def text(self, lang: str) -> str:
        return self.said.text(lang)


def lg_check_digit(body: str) -> int:
    """Check digit for a 5-digit body: (11 - Σ dᵢ·[6,5,4,3,2]ᵢ mod 11) mod 10."""
    if not re.fullmatch(r"[0-9]{5}", body):
        raise LgCodeError(
            QT_TR_NOOP(
                "「{body}」は地方公共団体コードの本体（5桁の数字）ではありません。"
                "5桁の数字を渡してください。"
            ),
            body=body,
        )
    total = sum(int(digit) * weight for digit, weight in zip(body, _WEIGHTS, strict=True))
    return (11 - total % 11) % 10


def _digits_of(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # some readers hand over whole numbers as floats
    if isinstance(value, int) and not isinstance(value, bool):
        if 0 <= value <= 99_999:
            return f"{value:06d}"  # Excel dropped the leading zero(s)
        return str(value)
    if isinstance(value, str):
        # Hyphens and spaces are typed as visual grouping ("11207-1").
        return re.sub(r"[\s\-‐‑–—―−ー]", "", unicodedata.normalize("NFKC", value))
    raise LgCodeError(
        QT_TR_NOOP(
            "「{value}」は地方公共団体コードとして読めません。6桁の数字で入力してください。"
        ),
        value=value,
    )


def normalize_lg_code(value: object) -> str:
    """Return the 6-digit code for value, or raise LgCodeError saying how to fix it."""
    shown = str(value).strip()
    digits = _digits_of(value)
    if not digits:
        raise LgCodeError(
            QT_TR_NOOP("地方公共団体コードが入力されていません。6桁の数字で入力してください。")
        )
    if not re.fullmatch(r"[0-9]+", digits):
        raise LgCodeError(
            QT_TR_NOOP(
                "地方公共団体コード「{shown}」に数字以外が含まれています。6桁の数字で入力してください。"
            ),
            shown=shown,
        )
    if len(digits) == 5:
        raise LgCodeError(
            QT_TR_NOOP(
                "地方公共団体コード「{shown}」は5桁です。検査数字を含めた6桁で入力してください"
                "（「{guess}」ではありませんか）。"
            ),
            shown=shown,
            guess=f"{digits}{lg_check_digit(digits)}",
        )
    if len(digits) != 6:
        raise LgCodeError(
            QT_TR_NOOP("地方公共団体コード「{shown}」は{length}桁です。6桁で入力してください。"),
            shown=shown,
            length=len(digits),
        )
    expected = lg_check_digit(digits[:5])
    if int(digits[5]) != expected:
        raise LgCodeError(
            QT_TR_NOOP(
                "地方公共団体コード「{shown}」の検査数字が正しくありません"
                "（「{guess}」ではありませんか）。コードを確かめて入力し直してください。"
            ),
            shown=shown,
            guess=f"{digits[:5]}{expected}",
        )
    return digits


def prefecture_code_of(code: str) -> str:
    """The 2-digit prefecture part (01 北海道 … 47 沖縄県)."""
    return normalize_lg_code(code)[:2]


def is_prefecture_code(code: str) -> bool:
    """True for a prefecture's own code (municipality part 000, e.g. 220001 静岡県)."""
    return normalize_lg_code(code)[2:5] == "000"
