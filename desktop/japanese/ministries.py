"""The customary order of ministries (省庁順), as in 関係省庁連絡会議 member lists.

External agencies (外局) follow their parent ministry, e.g. 観光庁 and 気象庁
come after 国土交通省.
"""

from __future__ import annotations

import re
import unicodedata

MINISTRY_ORDER: tuple[str, ...] = (
    "内閣官房",
    "内閣府",
    "デジタル庁",
    "復興庁",
    "警察庁",
    "金融庁",
    "消費者庁",
    "こども家庭庁",
    "総務省",
    "法務省",
    "外務省",
    "財務省",
    "文部科学省",
    "文化庁",
    "スポーツ庁",
    "厚生労働省",
    "農林水産省",
    "林野庁",
    "水産庁",
    "経済産業省",
    "資源エネルギー庁",
    "中小企業庁",
    "国土交通省",
    "観光庁",
    "気象庁",
    "環境省",
    "防衛省",
)

# Abbreviations common in post texts and memos.
_ALIASES = {
    "文科省": "文部科学省",
    "厚労省": "厚生労働省",
    "農水省": "農林水産省",
    "経産省": "経済産業省",
    "国交省": "国土交通省",
}
_NAMES = {name: name for name in MINISTRY_ORDER} | _ALIASES
# Longest alternative first, so the regex takes the longest name at a position.
_PATTERN = re.compile("|".join(sorted(map(re.escape, _NAMES), key=len, reverse=True)))
_UNKNOWN_RANK = 10_000


def ministry_rank(name_or_post: str) -> int:
    """Position in MINISTRY_ORDER of the ministry named in a name or post text.

    The first ministry mentioned counts ("観光庁（国土交通省）" is 観光庁), and
    at one position the longest name wins.  Text naming no known ministry
    gets a large rank, so it sorts after all ministries.
    """
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", name_or_post))
    match = _PATTERN.search(text)
    if match is None:
        return _UNKNOWN_RANK
    return MINISTRY_ORDER.index(_NAMES[match[0]])
