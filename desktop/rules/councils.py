"""Council members: who serves on a day, and where a new member goes in the list.

The rules read members through small protocols, so a stored membership and an imported row
both fit without the rules knowing the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from desktop.japanese.ministries import ministry_rank


class Term(Protocol):
    """A member's term: open at either end when not set."""

    @property
    def term_start(self) -> dt.date | None: ...

    @property
    def term_end(self) -> dt.date | None: ...


class Named(Protocol):
    @property
    def name(self) -> str: ...


class Seat(Protocol):
    """A member's place in the council's list; the order is renumbered when one is inserted."""

    order: int

    @property
    def role(self) -> str: ...

    @property
    def post(self) -> str | None: ...

    @property
    def organization(self) -> Named | None: ...


def serves_on(member: Term, day: dt.date) -> bool:
    """The member's term (open at either end when not set) includes the day."""
    return (member.term_start is None or member.term_start <= day) and (
        member.term_end is None or day <= member.term_end
    )


def new_member_order(members: Sequence[Seat], role: str, organization: str, post: str) -> int:
    """The order of a new member among `members` (all of its council's), by the government's
    customary ministry order within its role: before the first member of that role whose
    ministry comes later (that member and all after it move down one), else after everyone.
    """
    rank = ministry_rank(f"{organization}{post}")
    same_role = sorted((m for m in members if m.role == role), key=lambda m: m.order)
    for member in same_role:
        org_name = member.organization.name if member.organization else ""
        if ministry_rank(f"{org_name}{member.post or ''}") > rank:
            position = member.order
            for later in members:
                if later.order >= position:
                    later.order += 1
            return position
    return max((m.order for m in members), default=0) + 1
