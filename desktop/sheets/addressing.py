"""How a letter or a label is addressed, by the usual business rules.

様 for a person (named, or the holder of a post), 御中 for an organization or a department with
no person named — never both; the post (役職) before the name; a legal form written out
(（株）→ 株式会社), since an abbreviation is not used in an address.

A person's honorific is the office's choice (the `honorific` setting: 様, or 殿 on formal
notices), and a sheet may be asked for the other one; 御中 is never replaced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from db.errors import UserError
from desktop import settings
from desktop.catalogue import QT_TR_NOOP
from desktop.japanese import postal

# Abbreviated legal forms as people type them: (株), （株）, ㈱ …; written out in place, since
# 株式会社X and X株式会社 are different names.
_LEGAL_FORMS = {
    "株": "株式会社",
    "有": "有限会社",
    "同": "合同会社",
    "資": "合資会社",
    "名": "合名会社",
    "一社": "一般社団法人",
    "公社": "公益社団法人",
    "一財": "一般財団法人",
    "公財": "公益財団法人",
    "特非": "特定非営利活動法人",
    "医": "医療法人",
    "学": "学校法人",
    "社福": "社会福祉法人",
}
_PARENTHESISED = re.compile(r"[(（]\s*(" + "|".join(_LEGAL_FORMS) + r")\s*[)）]")
_ENCLOSED = {
    "㈱": "株式会社",
    "㈲": "有限会社",
    "㈾": "合資会社",
    "㈴": "合名会社",
    "㈶": "財団法人",
}
_NPO = re.compile(r"^NPO法人\s*", re.IGNORECASE)
# A post that names a department rather than a person who holds it (総務課, 事務局 …).
_DEPARTMENT = re.compile(r"(課|部|室|局|係|班|所|センター|本部|事務局|グループ|チーム|支店|支社)$")


def written_out(name: str) -> str:
    """The organization's name with its legal form written out: (株)三菱総合研究所 →
    株式会社三菱総合研究所."""
    name = _PARENTHESISED.sub(lambda found: _LEGAL_FORMS[found[1]], name)
    for mark, full in _ENCLOSED.items():
        name = name.replace(mark, full)
    return _NPO.sub("特定非営利活動法人", name.strip())


def split_postal_code(address: str) -> tuple[str, str]:
    """(〒100-8914, the rest) when the address begins with its postal code, as it was once
    typed; ("", the address) otherwise."""
    code, rest = postal.split_postal_code(address)
    return (f"〒{code}" if code else ""), rest


@dataclass(frozen=True)
class Address:
    """An addressee's lines, each empty when not known."""

    postal_code: str  # 〒100-8914
    address: str
    organization: str  # written out; empty when the organization itself is addressed
    post: str  # 役職, above the name
    addressee: str  # the name with 様, or the organization or department with 御中

    def honoured(self, honorific: str | None) -> Address:
        """The same address with `honorific` (様 or 殿) for a person; unchanged for an
        organization or a department (御中), or when `honorific` is None."""
        if honorific is None:
            return self
        if honorific not in settings.HONORIFICS:
            raise UserError(
                QT_TR_NOOP("敬称「{honorific}」は使えません（{allowed} のどれか）。"),
                honorific=honorific,
                allowed=" / ".join(settings.HONORIFICS),
            )
        name, _, used = self.addressee.rpartition(" ")
        if used not in settings.HONORIFICS:
            return self
        return replace(self, addressee=f"{name} {honorific}")

    def lines(self) -> tuple[str, ...]:
        known = (self.postal_code, self.address, self.organization, self.post)
        return (*(line for line in known if line), self.addressee)


def address(
    *,
    organization: str | None,
    post: str | None,
    name: str | None,
    stored: str | None,
    postal_code: str = "",
    honorific: str | None = None,
) -> Address:
    """How to address a person (`name`), the holder of a `post`, or an `organization`, at the
    `stored` address with its `postal_code` (〒100-8914; stored apart from the address, or,
    when not given, taken from the start of the address as it was once typed); a person with
    `honorific` (default: the office's setting)."""
    person = honorific or settings.get(settings.HONORIFIC)
    written, street = split_postal_code(stored or "")
    postal_code = postal_code or written
    company = written_out(organization or "")
    post = (post or "").strip()
    if company and post.startswith(company) and len(post) > len(company):
        post = post[len(company) :].strip()  # 内閣府 / 政策統括官, not 内閣府 / 内閣府政策統括官
    elif organization and post.startswith(organization.strip()) and len(post) > len(organization):
        post = post[len(organization.strip()) :].strip()
    if name:
        return Address(postal_code, street, company, post, f"{name.strip()} {person}")
    if post:
        addressed = "御中" if _DEPARTMENT.search(post) else person
        return Address(postal_code, street, company, "", f"{post} {addressed}")
    return Address(
        postal_code, street, "", "", f"{company or '御担当者'} {'御中' if company else person}"
    )
