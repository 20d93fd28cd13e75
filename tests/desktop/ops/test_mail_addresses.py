"""Addresses as Outlook takes them in 宛先 or BCC, and the mailto: link for a small group."""

from __future__ import annotations

from urllib.parse import unquote

from desktop.ops.mail_addresses import MAILTO_LIMIT, address_list, addressees, mailto_link


def test_each_address_once_with_its_name() -> None:
    found = addressees(
        [
            ("山田 太郎", " yamada@example.jp "),
            ("山田 太郎（代理）", "Yamada@Example.jp"),  # the same mailbox
            ("加藤 一郎", ""),
            ("", "info@example.jp"),
            ('株式会社みらい, "営業"', "sales@example.jp"),
        ]
    )
    assert address_list(found) == (
        "山田 太郎 <yamada@example.jp>; info@example.jp; "
        '"株式会社みらい, \\"営業\\"" <sales@example.jp>'
    )


def test_mailto_puts_everyone_in_bcc_up_to_the_limit() -> None:
    few = addressees([("甲", "a+1@example.jp"), ("乙", "b@example.jp")])
    link = mailto_link(few)
    assert link is not None
    assert unquote(link) == "mailto:?bcc=a+1@example.jp,b@example.jp"
    many = addressees([(f"{n}", f"p{n}@example.jp") for n in range(MAILTO_LIMIT + 1)])
    assert mailto_link(many[:MAILTO_LIMIT]) is not None
    assert mailto_link(many) is None
    assert mailto_link([]) is None
