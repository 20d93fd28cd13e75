"""五十音順 as a Japanese dictionary orders readings (JIS X 4061 style).

Two readings are compared level by level; a later level only breaks ties left by the earlier:

1. the kana with voicing marks removed and small kana as full size (が = か, っ = つ); ー counts
   as the vowel of the kana before it (らーめん = らあめん);
2. voicing, position by position: unvoiced < voiced < semi-voiced (は < ば < ぱ);
3. size: a small kana before its full-size form (っき < つき), and a written vowel before ー
   (かあ < かー);
4. katakana before hiragana (アイ < あい).

So こうの < ごとう < こばやし: ごとう is filed under ことう.  Spaces and middle dots are ignored,
half-width katakana counts as full width.  Characters that are not kana keep their code point
and come before kana.

ICU's Japanese collation would do it, but PyICU ships no wheels: every office PC would need a
compiler and the ICU libraries. Hence this key function.

Databases keep these keys (organization.sort_key, see db/keys.py): a change of the rules here
must come with a migration that fills them again (db.keys.refill_sort_keys), or lists keep the
old order for every organization not edited since; tests/db/test_sort_keys.py fails until then.
"""

from __future__ import annotations

import functools
import unicodedata

_GOJUON = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわゐゑをん"
# The vowel that a ー after each kana of _GOJUON stands for (after ん, ん itself).
_VOWELS = "あいうえお" * 7 + "あうお" + "あいうえお" + "あいえお" + "ん"
_SMALL = dict(zip("ぁぃぅぇぉっゃゅょゎゕゖ", "あいうえおつやゆよわかけ", strict=True))
_VOICING = {"\u3099": 1, "\u309a": 2}  # combining (han)dakuten, as NFD splits them off
_REPEAT = {"ゝ": 0, "ゞ": 1}  # 踊り字: the kana before, unvoiced or voiced
_LONG_MARKS = frozenset("ー－―‐‑–—−-")  # people type any of these for ー
_IGNORED = frozenset("・·")
_KATAKANA_SHIFT = ord("ア") - ord("あ")
_KANA_BASE = 0xE000  # private use area: kana weights above every other character
_LEVELS = "\x00"  # between levels: lower than any weight, so a shorter reading sorts first

# The weights of levels 2 to 4, as characters ("1" < "2" < "3").
_UNVOICED = "1"
_SMALL_SIZE, _FULL_SIZE, _LONG_VOWEL = "1", "2", "3"
_KATAKANA, _HIRAGANA = "1", "2"
# Characters whose weight depends on the one before them.
_CONTEXTUAL = frozenset(_VOICING) | frozenset(_LONG_MARKS) | frozenset("ゝゞヽヾ")

Weights = tuple[str, str, str, str]  # one character's weight on each level


def _hiragana(char: str) -> tuple[str, str]:
    """The hiragana for a katakana (ァ…ヶ, ヽヾ) with its script weight; other characters as they are."""
    if "ァ" <= char <= "ヶ" or char in "ヽヾ":
        return chr(ord(char) - _KATAKANA_SHIFT), _KATAKANA
    return char, _HIRAGANA


@functools.cache
def _weights(char: str) -> Weights | None:
    """A character's weights on its own; None for one that is ignored (spaces, ・)."""
    if char.isspace() or char in _IGNORED or unicodedata.category(char) == "Cc":
        return None
    decomposed = unicodedata.normalize("NFD", char)
    letter, marks = decomposed[0], decomposed[1:]
    hira, script = _hiragana(letter)
    full = _SMALL.get(hira, hira)
    position = _GOJUON.find(full)
    if position < 0 or any(mark not in _VOICING for mark in marks):
        return char, _UNVOICED, _FULL_SIZE, _HIRAGANA
    voicing = chr(ord(_UNVOICED) + sum(_VOICING[mark] for mark in marks))
    size = _FULL_SIZE if full == hira else _SMALL_SIZE
    return chr(_KANA_BASE + position), voicing, size, script


class _Level(dict[int, str | None]):
    """A str.translate table giving each character its weight on one level, worked out once."""

    def __init__(self, level: int) -> None:
        super().__init__()
        self.level = level

    def __missing__(self, code: int) -> str | None:
        weights = _weights(chr(code))
        self[code] = None if weights is None else weights[self.level]
        return self[code]


_TABLES = tuple(_Level(level) for level in range(4))


def kana_sort_key(reading: str) -> str:
    """Sort key putting readings in 五十音順, dictionary order (see the module's docstring).

    Readings equal on every level (さっぽろ and さ っ ぽ ろ; ｻｯﾎﾟﾛ and サッポロ) get the same
    key; callers break such ties themselves (by id).
    """
    text = unicodedata.normalize("NFKC", reading)
    if _CONTEXTUAL.isdisjoint(text):  # each character weighs on its own: C speed
        return _LEVELS.join(text.translate(table) for table in _TABLES)
    found = _weights_in_context(text)
    if not found:
        return _LEVELS * 3
    return _LEVELS.join("".join(level) for level in zip(*found, strict=True))


def _weights_in_context(text: str) -> list[Weights]:
    """The weights of a text with ー, 踊り字 (ゝ ゞ) or voicing marks standing alone, which take
    their weight from the kana before them."""
    found: list[Weights] = []
    for char in text:
        before = ord(found[-1][0]) - _KANA_BASE if found else -1
        if not 0 <= before < len(_GOJUON):  # nothing before it, or not kana
            weights = _weights(char)
            if weights is not None and char not in _VOICING:
                found.append(weights)
            continue
        primary, _voicing, size, script = found[-1]
        hira, kind = _hiragana(char)
        if char in _VOICING:
            found[-1] = (primary, chr(ord(_UNVOICED) + _VOICING[char]), size, script)
        elif hira in _REPEAT:
            found.append((primary, chr(ord(_UNVOICED) + _REPEAT[hira]), _FULL_SIZE, kind))
        elif char in _LONG_MARKS:
            vowel = chr(_KANA_BASE + _GOJUON.index(_VOWELS[before]))
            found.append((vowel, _UNVOICED, _LONG_VOWEL, script))
        elif (weights := _weights(char)) is not None:
            found.append(weights)
    return found


def name_order_key(reading: str | None, name: str) -> str:
    """Sort key for a person or organization: by reading in 五十音順; those without a reading
    after all those with one, ordered by their written name (kana in it in 五十音順)."""
    if reading and reading.strip():
        return "1" + kana_sort_key(reading)
    return "2" + kana_sort_key(name) + _LEVELS + name
