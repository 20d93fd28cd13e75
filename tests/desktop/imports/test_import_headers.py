"""Header detection for lists in the layouts people send, and the import normalisers."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.excel.headers import find_header, normalize_header
from desktop.imports import normalize
from desktop.imports.kinds import all_kinds

FIELDS = ["三密対策", "教育", "医療", "文化芸術・スポーツ・コンテンツビジネス"]


def test_header_under_a_title_with_notes_synonyms_and_extra_columns() -> None:
    rows = [
        ("令和2年度 オープンラボ 登録一覧", None, None, None, None, None),
        ("※9月1日時点", None, None, None, None, None),
        (None, None, None, None, None, None),
        ("No.", "団体名称", "ふりがな", "E-mail", "ＴＥＬ", "備考欄"),
        (1, "秩父市", "ちちぶし", "a@example.jp", "0494-22-2211", None),
    ]
    match = find_header(rows, all_kinds(), FIELDS)
    assert match is not None
    assert (match.kind, match.row) == ("registrations", 3)
    assert match.columns == {
        1: "organization_name",
        2: "organization_kana",
        3: "email",
        4: "phone",
    }
    assert set(match.extra_columns.values()) == {"No.", "備考欄"}


def test_one_mark_column_per_policy_field() -> None:
    rows = [("自治体名", "団体コード", "教育", "医療", "三密 対策")]
    match = find_header(rows, all_kinds(), FIELDS)
    assert match is not None
    assert match.category_columns == {2: "教育", 3: "医療", 4: "三密対策"}


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("氏名（漢字）", "氏名"),
        ("ﾒｰﾙｱﾄﾞﾚｽ", "メールアドレス"),
        ("団体名 ※必須", "団体名"),
        ("【所属】", ""),
    ],
)
def test_headers_are_compared_without_notes_width_or_spaces(written: str, meant: str) -> None:
    assert normalize_header(written) == normalize_header(meant)


def test_each_list_kind_is_recognised() -> None:
    cases = {
        "projects": ("提案者", "事業名", "選定年度"),
        "roster": ("会議名", "順", "役割", "役職", "氏名", "所属"),
        "sessions": ("行事名", "回", "テーマ", "日付", "時間", "形式"),
        "participants": ("行事名", "参加回", "お名前", "フリガナ", "所属団体"),
        "measures": ("施策名", "府省庁", "予算額"),
    }
    for kind, header in cases.items():
        match = find_header([header], all_kinds())
        assert match is not None and match.kind == kind, (kind, match)


def test_no_header_found_in_free_text() -> None:
    assert find_header([("議事録",), ("出席者は次のとおり",)], all_kinds()) is None


def test_lg_codes_five_digits_get_their_check_digit() -> None:
    assert normalize.lg_code("11207") == "112071"
    assert normalize.lg_code("１１２０７１") == "112071"
    assert normalize.lg_code(13101) == "131016"  # 013101 is no code: only one reading
    with pytest.raises(ValueError, match="011002 と 110027"):
        normalize.lg_code(11002)  # a dropped leading zero, or a missing check digit?
    with pytest.raises(ValueError, match="112070"):
        normalize.lg_code("112070")


def test_contacts_and_consent() -> None:
    assert normalize.phone("０３－６２０６－６１７５") == "03-6206-6175"
    assert normalize.email("ict-town(atmark)ml.soumu.go.jp") == "ict-town@ml.soumu.go.jp"
    with pytest.raises(ValueError, match="電話番号"):
        normalize.phone("123")
    with pytest.raises(ValueError, match="メールアドレス"):
        normalize.email("担当者宛")
    assert normalize.consent("可") is True and normalize.consent("否") is False
    assert normalize.consent("○") is True
    with pytest.raises(ValueError, match="公表可否"):
        normalize.consent("たぶん")
    assert normalize.date("R3.10.1") == dt.date(2021, 10, 1)
    assert normalize.date(44470) == dt.date(2021, 10, 1)


def test_categories_with_a_middle_dot_inside_a_name() -> None:
    found, unknown = normalize.categories(
        "医療・文化芸術・スポーツ・コンテンツビジネス、教育\n宇宙開発", FIELDS
    )
    assert found == ["教育", "医療", "文化芸術・スポーツ・コンテンツビジネス"]
    assert len(unknown) == 1


@pytest.mark.parametrize("mark", ["○", "●", "✓", "1", "レ", "〇", 1])
def test_any_mark_counts(mark: object) -> None:
    assert normalize.is_mark(mark) is True


@pytest.mark.parametrize(
    ("value", "expected"), [(None, False), ("", False), ("×", False), ("?", None)]
)
def test_blank_cross_or_unclear(value: object, expected: bool | None) -> None:
    assert normalize.is_mark(value) is expected


def test_brackets_that_change_the_meaning_are_kept() -> None:
    rows = [("市区町村名", "団体名（フリガナ）", "区分（団体）", "所在地", "担当者フリガナ")]
    match = find_header(rows, all_kinds())
    assert match is not None
    assert match.columns == {
        0: "organization_name",
        1: "organization_kana",
        2: "organization_kind",
        3: "address",
        4: "contact_kana",
    }


def test_a_group_heading_over_sub_headings_is_one_heading_per_column() -> None:
    # Merged cells carry their value into every cell they cover: 氏名 fills both heading rows,
    # 連絡先 both columns of the group.
    rows = [
        ("専門家一覧", "専門家一覧", "専門家一覧", "専門家一覧"),
        ("氏名", "所属", "連絡先", "連絡先"),
        ("氏名", "所属", "電話番号", "メールアドレス"),
        ("高橋 誠", "東北大学", "022-000-0000", "t@example.ac.jp"),
    ]
    match = find_header(rows, all_kinds())
    assert match is not None
    assert (match.kind, match.row) == ("people", 2)
    assert match.columns == {0: "person_name", 1: "organization", 2: "phone", 3: "email"}
    assert match.headings == ("氏名", "所属", "連絡先 電話番号", "連絡先 メールアドレス")


def test_a_heading_split_over_two_rows_is_not_read_as_data() -> None:
    rows = [
        ("氏名", "ふりがな", "所属", "連絡先", None),
        (None, None, None, "電話", "メール"),
        ("伊藤 学", "いとう まなぶ", "札幌市", "011-000-0000", None),
    ]
    match = find_header(rows, all_kinds())
    assert match is not None and match.row == 1
    assert match.columns == {
        0: "person_name",
        1: "person_kana",
        2: "organization",
        3: "phone",
        4: "email",
    }


def test_line_breaks_half_width_kana_and_a_known_ending_in_headings() -> None:
    rows = [
        ("ﾌﾘｶﾞﾅ", "氏名\n（漢字）", "所属・\n役職", "地域情報化の\n専門分野・技術", "関連ＵＲＬ"),
        ("ｲﾄｳ ﾏﾅﾌﾞ", "伊藤 学", "札幌市 情報システム課長", "GIS", "https://example.jp"),
    ]
    match = find_header(rows, all_kinds())
    assert match is not None and match.kind == "people"
    assert match.columns == {
        0: "person_kana",
        1: "person_name",
        2: "affiliation_post",
        3: "expertise",
        4: "url",
    }
    assert match.headings[3] == "地域情報化の専門分野・技術"


def test_a_data_row_naming_a_category_is_not_a_second_heading_row() -> None:
    rows = [("団体名", "政策分野"), ("株式会社データ", "教育")]
    match = find_header(rows, all_kinds(), FIELDS)
    assert match is not None and match.row == 0


def test_a_group_heading_written_once_heads_each_column_under_it() -> None:
    """所属 over 機関名 and 役職 (the cell beside 所属 left blank, as a CSV has it): 機関名 is the
    organization, 役職 the post, not 所属・役職 (one cell for both)."""
    rows = [
        ("氏名", "所属", None, "電話番号"),
        (None, "機関名", "役職", None),
        ("伊藤 学", "札幌市", "情報システム課長", "011-000-0000"),
    ]
    match = find_header(rows, all_kinds())
    assert match is not None and (match.kind, match.row) == ("people", 1)
    assert match.columns == {0: "person_name", 1: "organization", 2: "post", 3: "phone"}
    assert match.headings[:3] == ("氏名", "所属 機関名", "所属 役職")


def test_a_data_row_under_a_heading_with_a_blank_cell_stays_data() -> None:
    rows = [("氏名", "所属", None, "電話番号"), ("伊藤 学", "札幌市", "課長", "011-000-0000")]
    match = find_header(rows, all_kinds())
    assert match is not None and match.row == 0
