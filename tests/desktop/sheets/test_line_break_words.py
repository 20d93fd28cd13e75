"""Where a printed cell prefers to break its lines: after 「・」, a space, a comma or a closing
bracket, and before an opening bracket — never before a mark that may not start a line."""

from __future__ import annotations

import pytest

from desktop.sheets.linebreak import words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "内閣府大臣官房審議官（地域活性化・科学技術イノベーション担当）第12号",
            ["内閣府大臣官房審議官", "（地域活性化・", "科学技術イノベーション担当）", "第12号"],
        ),
        ("山田 太郎、佐藤「花子」。", ["山田 ", "太郎、", "佐藤", "「花子」。"]),
        ("info@example.jp（代表）", ["info@example.jp", "（代表）"]),
        ("「（株）」・・ー", ["「（株）」・・ー"]),  # brackets and marks that may not be parted
        ("", [""]),
    ],
)
def test_a_cell_breaks_between_words_by_the_japanese_rules(text: str, expected: list[str]) -> None:
    assert words(text) == expected
    assert "".join(words(text)) == text
