"""The fixed vocabularies: English codes stored in the database and their Japanese labels."""

from __future__ import annotations

ORGANIZATION_KINDS: dict[str, str] = {
    "prefecture": "都道府県",
    "municipality": "市区町村",
    "special_ward": "特別区",
    "ministry": "府省庁",
    "regional_bureau": "地方支分部局",
    "company": "民間企業",
    "university": "大学・研究機関",
    "association": "団体・NPO",
    "business_federation": "経済団体",
    "other": "その他",
}
LOCAL_GOVERNMENT_KINDS = frozenset({"prefecture", "municipality", "special_ward"})

REGISTRATION_ROLES: dict[str, str] = {
    "interest": "関心",
    "offer": "提供",
    "measure": "支援策",
    "partner": "連携",
}
REGISTRATION_STATUSES: dict[str, str] = {
    "received": "受付",
    "published": "公開",
    "withdrawn": "取下げ",
}
CONTINUATION_RESULTS: dict[str, str] = {
    "pending": "審査中",
    "approved": "承認",
    "rejected": "不承認",
}
COUNCIL_KINDS: dict[str, str] = {
    "liaison": "関係省庁連絡会議",
    "board": "幹事会",
    "regional": "地域実装協議会",
    "other": "その他の会議",
}
# Order matters: members are listed by role in this order, then by the council's own order.
MEMBER_ROLES: dict[str, str] = {
    "chair": "議長",
    "convener": "座長",
    "member": "構成員",
    "onsite_lead": "現地支援責任者",
    "secretariat": "事務局",
    "observer": "オブザーバー",
}
SESSION_FORMATS: dict[str, str] = {"web": "web", "venue": "会場", "hybrid": "会場・web"}
PARTICIPANT_STATUSES: dict[str, str] = {
    "applied": "申込",
    "waiting": "キャンセル待ち",
    "attended": "参加",
    "absent": "欠席",
    "cancelled": "取消",
}
# How a participant takes part in a hybrid session (参加形式 on the 参加申込書).
PARTICIPANT_ATTENDANCE: dict[str, str] = {"venue": "会場", "online": "オンライン"}
BUDGET_KINDS = ("当初", "補正")


def label(vocabulary: dict[str, str], code: str | None) -> str:
    """The Japanese label of a code; an unknown code is shown as it is rather than hidden."""
    if code is None:
        return ""
    return vocabulary.get(code, code)


def role_rank(role: str) -> int:
    roles = list(MEMBER_ROLES)
    return roles.index(role) if role in roles else len(roles)
