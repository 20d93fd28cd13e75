"""A budget line in words, as its source gives it.

A line may be a share of a larger total (内数: 「R2年度第3次補正予算305億円の内数」): that total
is not the measure's money, so it is printed with 「の内数」 and never as an amount of its own.
"""

from __future__ import annotations

from desktop.japanese.numbers import format_yen_oku


def budget_words(amount_yen: int | None, text: str | None, share_of: str | None) -> str:
    """The source's words when recorded; else the own amount in 億円, or the share of a total."""
    if text:
        return text
    if share_of:
        return f"{share_of}の内数"
    return format_yen_oku(amount_yen) if amount_yen is not None else ""
