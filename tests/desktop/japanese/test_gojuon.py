"""五十音順 as a dictionary orders readings: voicing marks ignored first, then unvoiced < voiced
< semi-voiced, then small kana before full size, then katakana before hiragana."""

from __future__ import annotations

import itertools
import random
import unicodedata

import jaconv
from hypothesis import given
from hypothesis import strategies as st

from desktop.japanese import kana_sort_key, name_order_key


def in_order(*readings: str) -> bool:
    """The readings, as given, are in strictly increasing order."""
    keys = [kana_sort_key(r) for r in readings]
    return all(a < b for a, b in itertools.pairwise(keys))


def test_voiced_kana_are_filed_under_their_unvoiced_form() -> None:
    # ごとう is looked up under ことう: between こうの and こばやし, not after every こ….
    assert sorted(["こばやし", "ごとう", "こうの"], key=kana_sort_key) == [
        "こうの",
        "ごとう",
        "こばやし",
    ]
    assert sorted(["さとう", "さいとう", "ざいほう", "さかい"], key=kana_sort_key) == [
        "さいとう",
        "ざいほう",
        "さかい",
        "さとう",
    ]


def test_equal_without_marks_unvoiced_then_voiced_then_semi_voiced() -> None:
    assert in_order("はし", "ばし", "ぱし", "はしい")
    assert in_order("は", "ば", "ぱ", "はあ", "ばあ", "ぱあ", "ひ")
    assert in_order("かく", "かぐ", "がく")  # the first differing mark decides
    assert in_order("う", "ゔ", "うう")
    assert kana_sort_key("ヴァイオリン") > kana_sort_key("ウァイオリン")


def test_small_kana_come_right_before_their_full_size_form() -> None:
    assert in_order("っき", "つき", "つぎ")  # voicing is compared before size
    assert in_order("きゃ", "きや", "きゃく", "きやく", "きゆ")
    assert in_order("しょう", "しよう", "しようか")
    assert in_order("さつき", "さっぽろ")  # っ counts as つ, and き < ほ


def test_the_long_vowel_mark_is_the_vowel_before_it() -> None:
    assert in_order("かあ", "かー", "かい")
    assert in_order("らあめん", "らーめん", "らいす")
    assert in_order("かーど", "かいしゃ")
    assert in_order("チーズ", "ちえ")  # ちいず
    assert in_order("きゃあ", "きゃー", "きゃく")  # after a small kana: its vowel
    assert in_order("コーノ", "こうの") is False  # こおの > こうの
    assert in_order("こうの", "コーノ")
    assert in_order("ー", "あ")  # with nothing before it, a symbol before every kana
    for mark in "－-―":  # typed for ー
        assert kana_sort_key(f"か{mark}と") == kana_sort_key("かーと")


def test_katakana_before_hiragana_when_all_else_is_equal() -> None:
    assert in_order("アイ", "あい", "あいう")
    assert in_order("アべ", "あべ")
    assert in_order("あべ", "アペ")  # voicing before script


def test_width_spaces_and_middle_dots_are_ignored() -> None:
    assert kana_sort_key("サ ッ ポ ロ") == kana_sort_key("サッポロ")
    assert kana_sort_key("ｻｯﾎﾟﾛ") == kana_sort_key("サッポロ")
    assert kana_sort_key("やまだ　たろう") == kana_sort_key("やまだたろう")
    assert kana_sort_key("ジョン・スミス") == kana_sort_key("ジョンスミス")
    assert kana_sort_key("ｼﾞｮﾝ･ｽﾐｽ") == kana_sort_key("ジョンスミス")


def test_realistic_readings() -> None:
    readings = [
        "ばら",
        "はな",
        "ちちぶし",
        "さっぽろし",
        "ぱん",
        "かいしゃ",
        "がっこう",
        "あいちけん",
        "さつき",
        "チーズ",
        "ちえ",
        "ごとう",
        "こうの",
        "",
    ]
    assert sorted(readings, key=kana_sort_key) == [
        "",
        "あいちけん",
        "かいしゃ",
        "がっこう",
        "こうの",
        "ごとう",
        "さつき",
        "さっぽろし",
        "チーズ",
        "ちえ",
        "ちちぶし",
        "はな",
        "ばら",
        "ぱん",
    ]
    assert in_order("わ", "を", "ん")
    assert in_order("ん", "あ") is False


def test_names_without_a_reading_go_last_by_their_written_name() -> None:
    people = [
        ("渡辺 健", ""),
        ("青木 花子", "あおき はなこ"),
        ("後藤 一", "ごとう はじめ"),
        ("山田 太郎", None),
        ("小林 誠", "こばやし まこと"),
        ("河野 明", "こうの あきら"),
        ("ワタナベ", "  "),
    ]
    ordered = sorted(people, key=lambda p: name_order_key(p[1], p[0]))
    assert [name for name, _ in ordered] == [
        "青木 花子",
        "河野 明",
        "後藤 一",
        "小林 誠",
        "山田 太郎",  # no reading: by the written name
        "渡辺 健",
        "ワタナベ",
    ]


# --- properties ------------------------------------------------------------------------

HIRAGANA = [chr(c) for c in range(ord("ぁ"), ord("ん") + 1)]
KATAKANA = [chr(c) for c in range(ord("ァ"), ord("ン") + 1)]
SMALL = frozenset("ぁぃぅぇぉっゃゅょゎ")
readings = st.text(alphabet=HIRAGANA + KATAKANA, max_size=8)


def dictionary_levels(reading: str) -> tuple[str, list[int], list[int], list[int]]:
    """The levels a dictionary compares, worked out independently of the key: in Unicode each
    small kana stands right before its full-size form, and the unvoiced hiragana are in
    五十音 order."""
    base, voicing, size, script = [], [], [], []
    for char in reading:
        script.append(0 if char in KATAKANA else 1)
        letter, *mark = unicodedata.normalize("NFD", jaconv.kata2hira(char))
        voicing.append({(): 0, ("\u3099",): 1, ("\u309a",): 2}[tuple(mark)])
        size.append(0 if letter in SMALL else 1)
        base.append(chr(ord(letter) + 1) if letter in SMALL else letter)
    return "".join(base), voicing, size, script


@given(readings, readings)
def test_the_key_orders_as_the_dictionary_levels(a: str, b: str) -> None:
    by_key = (kana_sort_key(a) > kana_sort_key(b)) - (kana_sort_key(a) < kana_sort_key(b))
    levels_a, levels_b = dictionary_levels(a), dictionary_levels(b)
    by_levels = (levels_a > levels_b) - (levels_a < levels_b)
    assert by_key == by_levels


readings_with_marks = st.text(alphabet=[*HIRAGANA, *KATAKANA, "ー", "ゝ", "ゞ"], max_size=8)


@given(readings, st.sampled_from(["ー", "ゝ", "ゞ", "ｰ"]))
def test_a_mark_added_at_the_end_sorts_the_reading_right_after_itself(
    reading: str, mark: str
) -> None:
    longer = kana_sort_key(reading + mark)
    assert longer > kana_sort_key(reading)
    for level, level_before in zip(
        longer.split("\x00"), kana_sort_key(reading).split("\x00"), strict=True
    ):
        assert level.startswith(level_before)  # nothing before the mark weighs differently


@given(readings_with_marks, st.lists(st.sampled_from([" ", "　", "・"]), max_size=3), st.data())
def test_spacing_and_width_never_change_the_key(
    reading: str, separators: list[str], data: st.DataObject
) -> None:
    spaced = reading
    for separator in separators:
        at = data.draw(st.integers(min_value=0, max_value=len(spaced)))
        spaced = spaced[:at] + separator + spaced[at:]
    assert kana_sort_key(spaced) == kana_sort_key(reading)
    katakana = jaconv.hira2kata(reading)
    assert kana_sort_key(jaconv.z2h(katakana, kana=True)) == kana_sort_key(katakana)


@given(readings, st.text(max_size=6), st.text(max_size=6))
def test_every_name_with_a_reading_before_every_name_without(
    reading: str, name: str, other_name: str
) -> None:
    without = name_order_key(None, other_name)
    assert name_order_key(reading or "あ", name) < without
    assert name_order_key("", other_name) == without


# JIS X 4061's order over readings that differ only in what each level compares: the kana
# first (voicing marks off, small kana full size, ー as its vowel), then 清音 < 濁音 < 半濁音,
# then 小書き before 直音, then katakana before hiragana.
DICTIONARY_ORDER = [
    "キャク",
    "きゃく",  # script last: after キャク, before the full-size キヤク
    "キヤク",
    "きやく",
    "ギャク",  # voicing before size: after every unvoiced きやく
    "ぎゃく",
    "こうの",
    "コーノ",  # こおの
    "ごとう",  # filed under ことう
    "こばやし",
    "さっか",
    "さつか",
    "ざっか",
    "ハル",
    "はる",
    "バル",
    "はるか",  # a longer reading after every reading it begins with
]


def test_tricky_readings_in_dictionary_order() -> None:
    shuffled = DICTIONARY_ORDER[::-1]
    random.Random(4061).shuffle(shuffled)
    assert sorted(shuffled, key=kana_sort_key) == DICTIONARY_ORDER
    assert sorted(DICTIONARY_ORDER[::-1], key=kana_sort_key) == DICTIONARY_ORDER
