"""Organizations: the same name written differently, the kind a name or a word implies, the
official ministry an abbreviation means. (The order lists show them in is db.keys's
organization_sort_key: the database keeps it.)
"""

from __future__ import annotations

import re
import unicodedata

from db.vocab import ORGANIZATION_KINDS
from desktop.japanese.ministries import MINISTRY_ORDER, ministry_rank
from desktop.japanese.text import normalize_for_compare

# What people write in a 団体区分 cell, beyond the kinds' own labels.
_KIND_WORDS = {
    **{label: code for code, label in ORGANIZATION_KINDS.items()},
    "市町村": "municipality",
    "市": "municipality",
    "町": "municipality",
    "村": "municipality",
    "都道府県庁": "prefecture",
    "県": "prefecture",
    "府省": "ministry",
    "省庁": "ministry",
    "企業": "company",
    "民間": "company",
    "大学": "university",
    "研究機関": "university",
    "NPO": "association",
    "団体": "association",
}


def unique(names: list[str]) -> list[str]:
    """The names once each, first occurrence first (compared after normalisation)."""
    seen: set[str] = set()
    result = []
    for name in names:
        key = normalize_for_compare(name)
        if key not in seen:
            seen.add(key)
            result.append(name)
    return result


def organization_kind_of(raw: object) -> str | None:
    """The kind a 団体区分 cell names (its label or a common word for it); None: not one."""
    key = unicodedata.normalize("NFKC", str(raw)).strip()
    return _KIND_WORDS.get(key) or _KIND_WORDS.get(key.replace(" ", ""))


def guess_organization_kind(name: str) -> str:
    """The kind of a body the database does not know yet, from how its name ends."""
    key = "".join(unicodedata.normalize("NFKC", name).split())
    if key in MINISTRY_ORDER or key.endswith("省"):
        return "ministry"
    if key.endswith(("都", "道", "府", "県")):
        return "prefecture"
    if key.endswith(("市", "区", "町", "村")):
        return "municipality"
    return "other"


def official_ministry(written: str) -> str | None:
    """The name in MINISTRY_ORDER a cell means: the name itself or an abbreviation (経産省).

    An abbreviation keeps characters of the full name in their order; a cell with anything
    more (経済産業省 製造産業局) names a bureau, not only the ministry.
    """
    compact = re.sub(r"\s+", "", unicodedata.normalize("NFKC", written))
    rank = ministry_rank(compact)
    if rank >= len(MINISTRY_ORDER):
        return None
    name = MINISTRY_ORDER[rank]
    letters = iter(name)
    return name if all(ch in letters for ch in compact) else None
