"""Japanese conventions for secretariat work, free of Qt.

和暦 and fiscal years, lenient date/time reading, 全国地方公共団体コード,
name comparison and 五十音 sorting, the customary ministry order and yen
amounts in 億円.  Kept free of Qt so importers, reports and tests can use it.
"""

from desktop.japanese.gojuon import kana_sort_key, name_order_key
from desktop.japanese.lgcode import (
    LgCodeError,
    is_prefecture_code,
    lg_check_digit,
    normalize_lg_code,
    prefecture_code_of,
)
from desktop.japanese.ministries import MINISTRY_ORDER, ministry_rank
from desktop.japanese.numbers import format_yen_oku, parse_yen
from desktop.japanese.text import (
    normalize_for_compare,
    to_hiragana,
    to_katakana,
)
from desktop.japanese.wareki import (
    DateParseError,
    fiscal_year_bounds,
    fiscal_year_named,
    fiscal_year_of,
    format_fiscal_year,
    format_fiscal_year_range,
    format_fiscal_year_short,
    format_time_range,
    format_wareki,
    format_wareki_datetime_range,
    parse_date,
    parse_time,
    parse_time_range,
)

__all__ = [
    "MINISTRY_ORDER",
    "DateParseError",
    "LgCodeError",
    "fiscal_year_bounds",
    "fiscal_year_named",
    "fiscal_year_of",
    "format_fiscal_year",
    "format_fiscal_year_range",
    "format_fiscal_year_short",
    "format_time_range",
    "format_wareki",
    "format_wareki_datetime_range",
    "format_yen_oku",
    "is_prefecture_code",
    "kana_sort_key",
    "lg_check_digit",
    "ministry_rank",
    "name_order_key",
    "normalize_for_compare",
    "normalize_lg_code",
    "parse_date",
    "parse_time",
    "parse_time_range",
    "parse_yen",
    "prefecture_code_of",
    "to_hiragana",
    "to_katakana",
]
