"""What a tent card, a badge or a seat shows of the one who comes: a deputy's post says that
they sit in a member's place (「副課長（代理）」), as the secretariat would write it by hand."""

from __future__ import annotations

from desktop.sheets.recipients import Recipient

DEPUTY_MARK = "（代理）"


def card_lines(recipient: Recipient) -> tuple[str, str, str]:
    """(organization, post, name) as Recipient.on_card gives them, a deputy's post marked."""
    organization, post, name = recipient.on_card()
    if recipient.reply == "deputy":
        post = f"{post}{DEPUTY_MARK}"
    return organization, post, name
