"""The e-mail addresses of a session's applicants or a council's members, as Outlook takes them
in 宛先 or BCC (`名前 <addr>` separated by "; "), and as a mailto: link for a small group."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote

# More addresses than this make a mailto: link too long for some mail programs (Outlook cuts
# links at about 2,000 characters): the list is copied instead.
MAILTO_LIMIT = 30
# A display name holding one of these is quoted, as RFC 5322 asks.
_SPECIALS = set('()<>[]:;@\\,."')


@dataclass(frozen=True)
class Addressee:
    name: str
    email: str


def addressees(people: Iterable[tuple[str, str]]) -> list[Addressee]:
    """(name, e-mail) pairs as addressees: those with an address, each address once (the first
    name it comes with), in the order given."""
    seen: set[str] = set()
    found = []
    for name, email in people:
        address = email.strip()
        if not address or address.casefold() in seen:
            continue
        seen.add(address.casefold())
        found.append(Addressee(name.strip(), address))
    return found


def _mailbox(addressee: Addressee) -> str:
    name = addressee.name
    if not name:
        return addressee.email
    if _SPECIALS & set(name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{addressee.email}>"


def address_list(found: Iterable[Addressee]) -> str:
    """`山田 太郎 <yamada@example.jp>; …`, for Outlook's 宛先 or BCC."""
    return "; ".join(_mailbox(a) for a in found)


def mailto_link(found: list[Addressee]) -> str | None:
    """A mailto: link with everyone in BCC, so that no one sees the others' addresses (the
    addresses only, which every mail program reads), or None when there are more than
    MAILTO_LIMIT."""
    if not found or len(found) > MAILTO_LIMIT:
        return None
    return "mailto:?bcc=" + ",".join(quote(a.email, safe="@+") for a in found)
