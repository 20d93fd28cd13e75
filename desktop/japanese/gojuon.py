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

No library does this on every platform the app runs on (ICU's Japanese collator has no wheels
for Python on Windows and macOS), hence this key function.
"""

from __future__ import annotations

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

# Level 3 weights
_SMALL_SIZE, _FULL_SIZE, _LONG_VOWEL = 0, 1, 2
# Level 4 weights
_KATAKANA, _HIRAGANA = 0, 1


def _hiragana(char: str) -> tuple[str, int]:
    """The hiragana for a katakana (ァ…ヶ, ヽヾ) with its script weight; other characters as they are."""
    if "ァ" <= char <= "ヶ" or char in "ヽヾ":
        return chr(ord(char) - _KATAKANA_SHIFT), _KATAKANA
    return char, _HIRAGANA


def kana_sort_key(reading: str) -> str:
    """Sort key putting readings in 五十音順, dictionary order (see the module's docstring).

    Readings equal under every level (さっぽろ, さ っ ぽ ろ, ｻｯﾎﾟﾛ is not one: katakana) get
    the same key; callers break such ties themselves (by id).
    """
    chars = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", reading))
    base: list[int] = []  # level 1: position in _GOJUON, or -1 for a character that is not kana
    other: list[str] = []  # the character itself where base is -1
    voicing: list[int] = []
    size: list[int] = []
    script: list[int] = []
    for raw in chars:
        if raw.isspace() or raw in _IGNORED or unicodedata.category(raw) == "Cc":
            continue
        kana_before = bool(base) and base[-1] >= 0
        if raw in _VOICING:
            if kana_before:
                voicing[-1] = _VOICING[raw]
            continue
        char, kind = _hiragana(raw)
        if char in _REPEAT and kana_before:
            base.append(base[-1])
            other.append("")
            voicing.append(_REPEAT[char])
            size.append(_FULL_SIZE)
            script.append(kind)
            continue
        if char in _LONG_MARKS and kana_before:
            base.append(_GOJUON.index(_VOWELS[base[-1]]))
            other.append("")
            voicing.append(0)
            size.append(_LONG_VOWEL)
            script.append(script[-1])
            continue
        full = _SMALL.get(char, char)
        position = _GOJUON.find(full)
        base.append(position)
        other.append("" if position >= 0 else raw)
        voicing.append(0)
        size.append(_FULL_SIZE if full == char else _SMALL_SIZE)
        script.append(kind)
    primary = "".join(
        chr(_KANA_BASE + position) if position >= 0 else character
        for position, character in zip(base, other, strict=True)
    )
    return _LEVELS.join(
        (
            primary,
            "".join(chr(0x31 + v) for v in voicing),
            "".join(chr(0x31 + s) for s in size),
            "".join(chr(0x31 + s) for s in script),
        )
    )


def name_order_key(reading: str | None, name: str) -> str:
    """Sort key for a person or organization: by reading in 五十音順; those without a reading
    after all those with one, ordered by their written name (kana in it in 五十音順)."""
    if reading and reading.strip():
        return "1" + kana_sort_key(reading)
    return "2" + kana_sort_key(name) + _LEVELS + name
