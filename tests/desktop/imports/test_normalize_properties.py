"""Property-based tests of the normalisers: they hold for any input, not just the examples."""

from __future__ import annotations

import datetime as dt
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from desktop.imports import normalize
from desktop.japanese.lgcode import lg_check_digit
from desktop.japanese.text import normalize_for_compare, search_key
from desktop.japanese.wareki import format_wareki, parse_date

FIELDS = ["三密対策", "教育", "医療", "文化芸術・スポーツ・コンテンツビジネス", "地域商社・DMO"]
dates = st.dates(min_value=dt.date(1873, 1, 1), max_value=dt.date(2100, 12, 31))
bodies = st.integers(min_value=1000, max_value=47999).map(lambda n: f"{n:05d}")
japanese_text = st.text(
    alphabet=st.sampled_from("山田太郎秩父市株式会社（）()㈱　 ｱｲｳアイウあいう１２３123-ー"),
    max_size=20,
)


@given(dates)
def test_wareki_round_trips(day: dt.date) -> None:
    assert parse_date(format_wareki(day)) == day
    assert parse_date(format_wareki(day, weekday=True)) == day


@given(dates)
def test_excel_serials_and_gregorian_text(day: dt.date) -> None:
    serial = (day - dt.date(1899, 12, 30)).days
    if day >= dt.date(1900, 3, 1):
        assert normalize.date(serial) == day
    assert normalize.date(f"{day.year}/{day.month}/{day.day}") == day
    full_width = unicodedata.normalize("NFKC", f"{day.year}年{day.month}月{day.day}日")
    assert (
        normalize.date(full_width.translate(str.maketrans("0123456789", "０１２３４５６７８９")))
        == day
    )


@given(bodies)
def test_five_digit_codes_get_the_check_digit_that_six_digit_ones_verify(body: str) -> None:
    code = normalize.lg_code(body)
    assert code == body + str(lg_check_digit(body))
    assert normalize.lg_code(code) == code
    wrong = body + str((lg_check_digit(body) + 1) % 10)
    try:
        normalize.lg_code(wrong)
    except ValueError as exc:
        assert wrong in str(exc)
    else:
        raise AssertionError(f"{wrong} was accepted")


@given(japanese_text)
def test_comparison_key_ignores_width_and_spacing(text: str) -> None:
    key = normalize_for_compare(text)
    assert normalize_for_compare(text.replace("　", " ")) == key
    assert normalize_for_compare(unicodedata.normalize("NFKC", text)) == key
    assert normalize_for_compare(key) == key  # a key is its own key
    assert " " not in key and "　" not in key


@given(
    st.lists(st.sampled_from(FIELDS), unique=True, min_size=1),
    st.sampled_from(["、", ",", "\n", " / "]),
)
def test_categories_found_in_any_order_and_separator(chosen: list[str], separator: str) -> None:
    found, unknown = normalize.categories(separator.join(reversed(chosen)), FIELDS)
    assert found == [f for f in FIELDS if f in chosen]  # in the program's order
    assert unknown == []


@given(st.text(max_size=30))
def test_normalisers_never_crash_with_anything_but_value_error(text: str) -> None:
    for parse in (
        normalize.lg_code,
        normalize.phone,
        normalize.email,
        normalize.date,
        normalize.consent,
    ):
        try:
            parse(text)
        except ValueError as exc:
            assert str(exc)  # a message for the user, never empty
    assert normalize.is_mark(text) in (True, False, None)


@given(st.one_of(japanese_text, st.text(max_size=30)))
def test_the_fast_search_key_is_the_comparison_key(text: str) -> None:
    assert search_key(text) == normalize_for_compare(text)
