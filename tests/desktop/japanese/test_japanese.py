"""Tests for desktop.japanese (no Qt, no database)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, time

import pytest

from desktop.japanese import (
    MINISTRY_ORDER,
    DateParseError,
    LgCodeError,
    fiscal_year_bounds,
    fiscal_year_named,
    fiscal_year_of,
    format_fiscal_year,
    format_fiscal_year_range,
    format_fiscal_year_short,
    format_time_range,
    format_wareki,
    format_wareki_datetime_range,
    format_yen_oku,
    is_prefecture_code,
    lg_check_digit,
    ministry_rank,
    normalize_for_compare,
    normalize_lg_code,
    parse_date,
    parse_time,
    parse_time_range,
    parse_yen,
    prefecture_code_of,
    to_hiragana,
    to_katakana,
)
from tests.helpers.paths import ROOT

# --- wareki: formatting -------------------------------------------------------


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2021, 10, 1), "令和3年10月1日"),
        (date(2019, 5, 1), "令和元年5月1日"),
        (date(2019, 4, 30), "平成31年4月30日"),
        (date(1989, 1, 8), "平成元年1月8日"),
        (date(1989, 1, 7), "昭和64年1月7日"),
        (date(1926, 12, 25), "昭和元年12月25日"),
        (date(1926, 12, 24), "大正15年12月24日"),
        (date(1912, 7, 30), "大正元年7月30日"),
        (date(1912, 7, 29), "明治45年7月29日"),
        (date(1873, 1, 1), "明治6年1月1日"),
    ],
)
def test_format_wareki_era_boundaries(d: date, expected: str) -> None:
    assert format_wareki(d) == expected


def test_format_wareki_with_weekday() -> None:
    assert format_wareki(date(2021, 10, 1), weekday=True) == "令和3年10月1日（金）"
    assert format_wareki(date(2019, 5, 1), weekday=True) == "令和元年5月1日（水）"
    assert format_wareki(datetime(2021, 10, 3, 9, 0), weekday=True) == "令和3年10月3日（日）"


def test_format_wareki_rejects_dates_before_meiji_6() -> None:
    with pytest.raises(ValueError, match="1873"):
        format_wareki(date(1872, 12, 31))


# --- wareki: fiscal years -----------------------------------------------------


def test_fiscal_year_runs_april_to_march() -> None:
    assert fiscal_year_of(date(2022, 3, 31)) == 2021
    assert fiscal_year_of(date(2022, 4, 1)) == 2022
    assert fiscal_year_of(date(2021, 12, 31)) == 2021
    assert fiscal_year_of(date(2022, 1, 1)) == 2021


@pytest.mark.parametrize(
    ("name", "year"),
    [
        ("令和4年度 未来技術実装ミニシンポジウム", 2022),
        ("R4年度 地域DXセミナー", 2022),
        ("2022年度 防災講座", 2022),
        ("令和４年度　市民講座", 2022),  # full-width digits and space
        ("２０２２年度 市民講座", 2022),
        ("令和元年度 セミナー", 2019),
        ("平成31年度 講演会", 2019),
        ("市民講座（r3年度）", 2021),
        ("第3回 セミナー", None),  # no 年度
        ("2022年 夏祭り", None),  # a calendar year is not a fiscal year
        ("FR4年度", None),  # R4 inside a word
        ("12022年度", None),  # not four digits
    ],
)
def test_fiscal_year_named(name: str, year: int | None) -> None:
    assert fiscal_year_named(name) == year


def test_fiscal_year_bounds() -> None:
    assert fiscal_year_bounds(2021) == (date(2021, 4, 1), date(2022, 3, 31))
    # 2024 is a leap year but March always ends on the 31st.
    assert fiscal_year_bounds(2023) == (date(2023, 4, 1), date(2024, 3, 31))


@pytest.mark.parametrize(
    ("fy", "long", "short"),
    [
        (2021, "令和3年度", "R3"),
        (2019, "令和元年度", "R1"),
        (2018, "平成30年度", "H30"),
        (1989, "平成元年度", "H1"),
        (1988, "昭和63年度", "S63"),
        (1926, "昭和元年度", "S1"),
        (1925, "大正14年度", "T14"),
        (1911, "明治44年度", "M44"),
    ],
)
def test_format_fiscal_year(fy: int, long: str, short: str) -> None:
    assert format_fiscal_year(fy) == long
    assert format_fiscal_year_short(fy) == short


@pytest.mark.parametrize(
    ("first", "last", "written"),
    [
        (2018, 2020, "平成30～令和2年度"),  # 支援期間 as the selection tables write it
        (2019, 2021, "令和元～3年度"),  # one era: named once
        (2020, 2024, "令和2～6年度"),
        (1988, 1990, "昭和63～平成2年度"),
        (2021, 2021, "令和3年度"),
    ],
)
def test_format_fiscal_year_range(first: int, last: int, written: str) -> None:
    assert format_fiscal_year_range(first, last) == written


def test_format_fiscal_year_too_old() -> None:
    with pytest.raises(ValueError, match="扱えません"):
        format_fiscal_year(1872)


# --- wareki: parse_date -------------------------------------------------------

OCT_1 = date(2021, 10, 1)


@pytest.mark.parametrize(
    "text",
    [
        "2021/10/1",
        "2021-10-01",
        "2021.10.1",
        "2021年10月1日",
        "20211001",
        "令和3年10月1日",
        "R3.10.1",
        "R3/10/1",
        "R3-10-1",
        "r3.10.1",
        "Ｒ３．１０．１",
        "２０２１／１０／１",
        "２０２１年１０月１日",
        "令和３年１０月１日",
        "  2021 / 10 / 1 ",
        "令和 3年 10月 1日",
        "㋿3年10月1日",
        "2021/10/1（金）",
        "2021/10/1(金)",
        "令和3年10月1日（金曜日）",
        "R03.10.01",
    ],
)
def test_parse_date_accepts_common_notations(text: str) -> None:
    assert parse_date(text) == OCT_1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("令和元年5月1日", date(2019, 5, 1)),
        ("R1.5.1", date(2019, 5, 1)),
        ("H31.4.30", date(2019, 4, 30)),
        ("平成31年4月30日", date(2019, 4, 30)),
        ("平成元年1月8日", date(1989, 1, 8)),
        ("S64.1.7", date(1989, 1, 7)),
        ("昭和64年1月7日", date(1989, 1, 7)),
        ("T15.12.24", date(1926, 12, 24)),
        ("M45.7.29", date(1912, 7, 29)),
    ],
)
def test_parse_date_wareki_boundaries(text: str, expected: date) -> None:
    assert parse_date(text) == expected


def test_parse_date_passes_date_objects_through() -> None:
    assert parse_date(OCT_1) == OCT_1
    parsed = parse_date(datetime(2021, 10, 1, 13, 30))
    assert parsed == OCT_1
    assert type(parsed) is date


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (44470, date(2021, 10, 1)),
        (44470.5625, date(2021, 10, 1)),  # a date-and-time cell
        (43586, date(2019, 5, 1)),
        (1, date(1900, 1, 1)),
        (59, date(1900, 2, 28)),
        (61, date(1900, 3, 1)),
        (109939, date(2200, 12, 31)),  # the last date the program takes
        (20211001, date(2021, 10, 1)),  # yyyymmdd typed into a number cell
    ],
)
def test_parse_date_excel_serials(serial: float, expected: date) -> None:
    assert parse_date(serial) == expected


@pytest.mark.parametrize("serial", [60, 0, -1, 0.5, float("nan"), 2958466, True])
def test_parse_date_rejects_impossible_serials(serial: float) -> None:
    with pytest.raises(DateParseError):
        parse_date(serial)


def test_parse_date_error_names_value_and_gives_examples() -> None:
    with pytest.raises(DateParseError) as info:
        parse_date("2021/2/30")
    message = str(info.value)
    assert "「2021/2/30」は日付として読めません" in message
    assert "2021/10/1、令和3年10月1日、R3.10.1 のように入力してください。" in message
    assert "28日まで" in message
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    "text",
    [
        "2021/13/1",
        "2021/0/1",
        "令和3年2月29日",
        "2021/10/1/2",
        "あした",
        "2021/10-1",
        "R3.10",
        "X3.10.1",
        "",
    ],
)
def test_parse_date_rejects_bad_text(text: str) -> None:
    with pytest.raises(DateParseError, match="入力してください"):
        parse_date(text)


def test_parse_date_rejects_other_types() -> None:
    with pytest.raises(DateParseError, match="「None」"):
        parse_date(None)


def test_parse_date_weekday_must_agree() -> None:
    with pytest.raises(DateParseError) as info:
        parse_date("2021/10/1（月）")
    message = str(info.value)
    assert "「2021/10/1（月）」" in message
    assert "金曜日" in message
    assert "曜日を省いて" in message


def test_parse_date_wareki_year_beyond_era() -> None:
    with pytest.raises(DateParseError) as info:
        parse_date("平成32年4月1日")
    message = str(info.value)
    assert "「平成32年4月1日」" in message
    assert "平成は31年まで" in message
    assert "令和2年4月1日" in message  # what to type instead


def test_parse_date_wareki_after_era_ended() -> None:
    with pytest.raises(DateParseError, match="令和元年5月1日 のように"):
        parse_date("平成31年5月1日")
    with pytest.raises(DateParseError, match="昭和が終わった後"):
        parse_date("昭和64年1月8日")


def test_parse_date_wareki_before_era_began() -> None:
    with pytest.raises(DateParseError) as info:
        parse_date("令和1年4月1日")
    message = str(info.value)
    assert "「令和1年4月1日」は令和が始まる前の日付です" in message
    assert "平成31年4月1日 のように" in message
    with pytest.raises(DateParseError, match="平成が始まる前"):
        parse_date("H1.1.7")
    with pytest.raises(DateParseError, match="1873"):
        parse_date("明治5年12月1日")
    with pytest.raises(DateParseError, match="0年"):
        parse_date("R0.5.1")


# --- wareki: times ------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("13:30", time(13, 30)),
        ("１３：３０", time(13, 30)),
        ("13時30分", time(13, 30)),
        ("１３時３０分", time(13, 30)),
        ("13時", time(13, 0)),
        ("9:05", time(9, 5)),
        ("09:05:30", time(9, 5, 30)),
        (" 0:00 ", time(0, 0)),
        (0.5625, time(13, 30)),
        (0.37847222222222221, time(9, 5)),
        (0, time(0, 0)),
        (time(8, 15), time(8, 15)),
        (datetime(2021, 10, 1, 13, 30), time(13, 30)),
    ],
)
def test_parse_time(value: object, expected: time) -> None:
    assert parse_time(value) == expected


@pytest.mark.parametrize(
    "value", ["24:00", "13:60", "13時半", "午後", "1330", "", 1.0, -0.1, None, True]
)
def test_parse_time_rejects(value: object) -> None:
    with pytest.raises(DateParseError, match="13:30 や 13時30分 のように入力してください"):
        parse_time(value)


def test_parse_time_error_names_value() -> None:
    with pytest.raises(DateParseError, match="「25:00」は時刻として読めません"):
        parse_time("25:00")


@pytest.mark.parametrize(
    "text",
    [
        "13:30～15:00",
        "13:30~15:00",
        "13:30-15:00",
        "13:30〜15:00",
        "13:30－15:00",
        "１３：３０～１５：００",
        "13:30 ～ 15:00",
        "13時30分～15時",
    ],
)
def test_parse_time_range(text: str) -> None:
    assert parse_time_range(text) == (time(13, 30), time(15, 0))


def test_parse_time_range_end_must_follow_start() -> None:
    with pytest.raises(
        DateParseError, match="「15:00～13:30」は終了時刻が開始時刻より後になっていません"
    ):
        parse_time_range("15:00～13:30")
    with pytest.raises(DateParseError, match="終了時刻"):
        parse_time_range("13:30～13:30")


@pytest.mark.parametrize("text", ["13:30", "13:30～", "～15:00", "13:30～14:00～15:00", ""])
def test_parse_time_range_needs_two_times(text: str) -> None:
    with pytest.raises(DateParseError, match="13:30～15:00 のように"):
        parse_time_range(text)


def test_format_time_range() -> None:
    assert format_time_range(time(13, 30), time(15, 0)) == "13:30\uff5e15:00"
    assert format_time_range(time(9, 5), time(10, 0)) == "9:05～10:00"
    assert format_time_range(time(13, 30), None) == "13:30～"


def test_format_wareki_datetime_range() -> None:
    d = date(2021, 10, 1)
    assert (
        format_wareki_datetime_range(d, time(13, 30), time(15, 0))
        == "令和3年10月1日（金）13:30～15:00"
    )
    assert format_wareki_datetime_range(d, time(13, 30), None) == "令和3年10月1日（金）13:30～"
    assert format_wareki_datetime_range(d, None, None) == "令和3年10月1日（金）"
    assert format_wareki_datetime_range(d, None, time(15, 0)) == "令和3年10月1日（金）～15:00"


def test_format_and_parse_round_trip() -> None:
    text = format_wareki_datetime_range(date(2019, 5, 1), time(9, 0), time(10, 30))
    day, times = text.split("）")
    assert parse_date(day + "）") == date(2019, 5, 1)
    assert parse_time_range(times) == (time(9, 0), time(10, 30))


# --- lgcode -------------------------------------------------------------------

KNOWN_CODES = {
    "112071": "秩父市",
    "011002": "札幌市",
    "010006": "北海道",
    "131016": "東京都千代田区",
    "052159": "仙北市",
    "162019": "富山市",
    "212016": "岐阜市",
    "220001": "静岡県",
    "342076": "福山市",
}


@pytest.mark.parametrize("code", sorted(KNOWN_CODES))
def test_known_lg_codes(code: str) -> None:
    assert lg_check_digit(code[:5]) == int(code[5])
    assert normalize_lg_code(code) == code


def test_lg_code_wrong_check_digit() -> None:
    with pytest.raises(LgCodeError) as info:
        normalize_lg_code("112070")
    assert str(info.value).startswith(
        "地方公共団体コード「112070」の検査数字が正しくありません（「112071」ではありませんか）。"
    )
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("１１２０７１", "112071"),
        (" 112071 ", "112071"),
        ("11207-1", "112071"),
        ("１１２０７－１", "112071"),
        (112071, "112071"),
        (11002, "011002"),  # Excel dropped the leading zero
        (10006, "010006"),
        (11002.0, "011002"),
    ],
)
def test_normalize_lg_code_input_forms(value: object, expected: str) -> None:
    assert normalize_lg_code(value) == expected


def test_lg_code_five_digit_string_is_not_accepted() -> None:
    with pytest.raises(LgCodeError) as info:
        normalize_lg_code("11207")
    message = str(info.value)
    assert "「11207」" in message
    assert "6桁で入力してください" in message
    assert "112071" in message


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("1120711", "7桁です。6桁で入力してください"),
        ("11207a", "数字以外"),
        ("", "入力されていません"),
        (1120711, "「1120711」は7桁"),
        (12345, "「12345」の検査数字"),  # padded to 012345, check digit wrong
        (None, "「None」"),
        (True, "「True」"),
        (-11002, "数字以外"),
    ],
)
def test_lg_code_rejects(value: object, fragment: str) -> None:
    with pytest.raises(LgCodeError, match=fragment):
        normalize_lg_code(value)


def test_lg_check_digit_needs_five_digits() -> None:
    with pytest.raises(LgCodeError, match="5桁"):
        lg_check_digit("1120")


def test_prefecture_parts() -> None:
    assert prefecture_code_of("112071") == "11"
    assert prefecture_code_of("011002") == "01"
    assert is_prefecture_code("220001")
    assert is_prefecture_code("010006")
    assert not is_prefecture_code("011002")
    assert not is_prefecture_code("131016")
    with pytest.raises(LgCodeError):
        is_prefecture_code("220000")


# --- text -----------------------------------------------------------------------


def test_normalize_for_compare_whitespace() -> None:
    assert (
        normalize_for_compare("山田　太郎")
        == normalize_for_compare("山田 太郎")
        == normalize_for_compare("山田太郎")
    )


def test_normalize_for_compare_corporate_forms() -> None:
    key = normalize_for_compare("株式会社三菱総合研究所")
    for variant in [
        "(株)三菱総合研究所",
        "（株）三菱総合研究所",
        "㈱三菱総合研究所",
        "（ 株 ）三菱総合研究所",
    ]:
        assert normalize_for_compare(variant) == key
    assert normalize_for_compare("三菱総合研究所(株)") != key  # 後株 is another name
    pairs = [
        ("有限会社山田商店", "(有)山田商店", "㈲山田商店"),
        ("一般社団法人ちちぶ観光機構", "(一社)ちちぶ観光機構"),
        ("公益財団法人地域活性化センター", "（公財）地域活性化センター"),
        ("一般財団法人地域総合整備財団", "(一財)地域総合整備財団"),
        ("公益社団法人日本観光振興協会", "(公社)日本観光振興協会"),
        (
            "特定非営利活動法人まちづくり",
            "NPO法人まちづくり",
            "ＮＰＯ法人まちづくり",
            "npo法人まちづくり",
        ),
    ]
    for group in pairs:
        assert len({normalize_for_compare(name) for name in group}) == 1, group


def test_normalize_for_compare_kana_case_and_dashes() -> None:
    assert (
        normalize_for_compare("サッポロ")
        == normalize_for_compare("さっぽろ")
        == normalize_for_compare("ｻｯﾎﾟﾛ")
    )
    assert normalize_for_compare("ABC") == normalize_for_compare("ａｂｃ")
    assert (
        normalize_for_compare("センター")
        == normalize_for_compare("センタ－")
        == normalize_for_compare("センタ―")
    )
    assert (
        normalize_for_compare("1-2")
        == normalize_for_compare("1‐2")
        == normalize_for_compare("１－２")
    )
    assert normalize_for_compare("山田太郎") != normalize_for_compare("山田次郎")


def test_kana_conversion() -> None:
    assert to_hiragana("チチブシ") == "ちちぶし"
    assert to_hiragana("ﾁﾁﾌﾞｼ") == "ちちぶし"
    assert to_katakana("ちちぶし") == "チチブシ"
    assert to_katakana("ﾁﾁﾌﾞｼ") == "チチブシ"
    assert to_hiragana("秩父市") == "秩父市"


# --- ministries -----------------------------------------------------------------


def test_ministry_order_contents() -> None:
    order = MINISTRY_ORDER
    assert order[:8] == (
        "内閣官房",
        "内閣府",
        "デジタル庁",
        "復興庁",
        "警察庁",
        "金融庁",
        "消費者庁",
        "こども家庭庁",
    )
    assert order[-2:] == ("環境省", "防衛省")
    assert len(set(order)) == len(order)
    after = {
        "文化庁": "文部科学省",
        "林野庁": "農林水産省",
        "資源エネルギー庁": "経済産業省",
        "観光庁": "国土交通省",
    }
    for agency, parent in after.items():
        assert order.index(agency) > order.index(parent)
    assert order.index("気象庁") == order.index("観光庁") + 1
    assert order.index("環境省") > order.index("気象庁")


def test_ministry_rank_from_posts() -> None:
    rank = MINISTRY_ORDER.index
    assert ministry_rank("経済産業省地域経済産業グループ長") == rank("経済産業省")
    assert ministry_rank("国土交通省 (都市局)") == rank("国土交通省")
    assert ministry_rank("観光庁観光地域づくり法人支援室長") == rank("観光庁")
    assert ministry_rank("観光庁（国土交通省）") == rank("観光庁")
    assert ministry_rank("内閣府地方創生推進事務局") == rank("内閣府")
    assert ministry_rank("内閣官房デジタル田園都市国家構想実現会議事務局") == rank("内閣官房")
    assert ministry_rank("ﾃﾞｼﾞﾀﾙ庁") == rank("デジタル庁")
    assert ministry_rank("経産省") == rank("経済産業省")
    assert ministry_rank("  総務省  ") == rank("総務省")


def test_ministry_rank_sorts_unknown_last() -> None:
    posts = ["埼玉県秩父市", "防衛省", "内閣府", "総務省自治行政局"]
    assert sorted(posts, key=ministry_rank) == [
        "内閣府",
        "総務省自治行政局",
        "防衛省",
        "埼玉県秩父市",
    ]
    assert ministry_rank("") > len(MINISTRY_ORDER)


# --- numbers --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (160_000_000_000, "1,600億円"),
        (80_000_000, "0.8億円"),
        (1_290_000_000, "12.9億円"),
        (300_000_000, "3億円"),
        (299_999_999, "3億円"),  # 2.99… rounds to 3.0, and .0 is dropped
        (690_000_000, "6.9億円"),
        (0, "0億円"),
        (3_000_000, "300万円"),
        (-80_000_000, "-0.8億円"),
    ],
)
def test_format_yen_oku(amount: int, text: str) -> None:
    assert format_yen_oku(amount) == text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("1,600億円", 160_000_000_000),
        ("0.8億円", 80_000_000),
        ("6.9億円", 690_000_000),
        ("20,000百万円", 20_000_000_000),
        ("305億円", 30_500_000_000),
        ("3.0億円", 300_000_000),
        ("1億円", 100_000_000),
        ("１，６００億円", 160_000_000_000),
        ("１．５億円", 150_000_000),
        ("3億5千万円", 350_000_000),
        ("1兆2,000億円", 1_200_000_000_000),
        ("1,000円", 1000),
        ("△5億円", -500_000_000),
        ("300万円", 3_000_000),
        (" 1,600 億円 ", 160_000_000_000),
    ],
)
def test_parse_yen(text: str, amount: int) -> None:
    assert parse_yen(text) == amount


@pytest.mark.parametrize(
    "text",
    [
        "数億円程度",
        "約3億円",
        "3億円以上",
        "",
        "億円",
        "1000",
        "1,60億円",
        "5千万3億円",
        "0.000000001億円",
        "未定",
    ],
)
def test_parse_yen_without_definite_amount(text: str) -> None:
    assert parse_yen(text) is None


@pytest.mark.parametrize("amount", [160_000_000_000, 80_000_000, 1_290_000_000, 3_000_000])
def test_yen_round_trip(amount: int) -> None:
    assert parse_yen(format_yen_oku(amount)) == amount


# --- packaging ------------------------------------------------------------------


def test_package_never_imports_qt() -> None:
    # A fresh interpreter, since this test session may have Qt loaded already.
    probe = (
        "import sys, desktop.japanese; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'PyQt6', 'shiboken6')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
