"""A postal code and an address as a form gives them: the code checked and written 100-8914,
a code typed at the start of the address taken out of it."""

from __future__ import annotations

from db.errors import ValidationError
from desktop.japanese.postal import PostalCodeError, normalize_postal_code, split_postal_code
from desktop.ops.common import clean


def postal_address(postal_code: str, address: str) -> tuple[str | None, str | None]:
    """(code, address) to store; a code that is not 7 digits is refused at the 郵便番号 field."""
    place = clean(address)
    written, place = split_postal_code(place) if place else (None, None)
    typed = clean(postal_code)
    if typed is None:
        return written, place or None
    try:
        return normalize_postal_code(typed), place or None
    except PostalCodeError as exc:
        raise ValidationError(exc.said, "postal_code") from None
