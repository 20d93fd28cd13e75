"""A role written where the post goes: rosters without a 役割 column put 委員長, 座長,
オブザーバー … under 役職, alone or beside the member's real post in brackets
(委員長（○○大学教授）, ○○大学教授（座長）)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from db.vocab import MEMBER_ROLES


def _folded(text: str) -> str:
    """Compared without width or spacing differences (会　長 is 会長)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


_ROLE_CODES = {_folded(name): code for code, name in MEMBER_ROLES.items()}
# The role and the post side by side, the one in brackets (full or half width) after the other.
_BRACKETED = re.compile(r"^(?P<first>[^()（）]+)[(（](?P<second>[^()（）]+)[)）]$")


def role_code(written: str) -> str | None:
    """The code of a role the vocabulary knows, however the cell spaces or widens it."""
    return _ROLE_CODES.get(_folded(written))


@dataclass(frozen=True)
class PostRole:
    role: str | None  # a code of MEMBER_ROLES, when the cell names one
    post: str | None  # what is left of the cell: the member's real post


def role_in_post(cell: str) -> PostRole:
    """The role a 役職 cell names, and the post it leaves: 委員長 is a role and no post,
    委員長（○○大学教授） both, 課長 or 主査 a post only."""
    code = role_code(cell)
    if code is not None:
        return PostRole(code, None)
    bracketed = _BRACKETED.match(cell.strip())
    if bracketed is None:
        return PostRole(None, cell)
    first, second = bracketed["first"].strip(), bracketed["second"].strip()
    if (code := role_code(first)) is not None:
        return PostRole(code, second)
    if (code := role_code(second)) is not None:
        return PostRole(code, first)
    return PostRole(None, cell)
