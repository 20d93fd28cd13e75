"""A date, a time or a local-government code that cannot be read is refused in the reader's
language: Japanese on the command line, English in the English window."""

from __future__ import annotations

import re

import pytest

from desktop.japanese.lgcode import LgCodeError, normalize_lg_code
from desktop.japanese.wareki import DateParseError, parse_date, parse_time_range

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def english_words(error: DateParseError | LgCodeError) -> str:
    """The English sentence without the examples of what to type (Japanese on purpose)."""
    return re.sub(r"e\.g\. [^()]*", "", error.text("en"))


@pytest.mark.parametrize(
    "read, value",
    [
        (parse_date, "2021/2/30"),
        (parse_date, "R3.13.1"),
        (parse_date, "2021/10/1(月)"),
        (parse_date, ""),
        (parse_time_range, "15:00～13:30"),
        (normalize_lg_code, "112079"),
        (normalize_lg_code, "1120"),
    ],
)
def test_a_refusal_reads_in_both_languages(read: object, value: str) -> None:
    with pytest.raises((DateParseError, LgCodeError)) as caught:
        read(value)  # type: ignore[operator]
    error = caught.value
    assert JAPANESE.search(str(error))  # the command line's words, as before
    english = english_words(error).replace(value, "")
    assert english and not JAPANESE.search(english), english


def test_the_weekday_is_named_in_english() -> None:
    with pytest.raises(DateParseError) as caught:
        parse_date("2021/10/1(月)")
    assert "金曜日" in str(caught.value) and "Friday" in caught.value.text("en")
