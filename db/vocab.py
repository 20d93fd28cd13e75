"""The fixed vocabularies: English codes stored in the database and their Japanese labels.

The labels are marked for the catalogue of user text (desktop.catalogue: the window shows them
in English when asked); this module stays free of Qt: the marker only returns its text.
"""

from __future__ import annotations

from desktop.catalogue import QT_TR_NOOP

ORGANIZATION_KINDS: dict[str, str] = {
    "prefecture": QT_TR_NOOP("都道府県"),
    "municipality": QT_TR_NOOP("市区町村"),
    "special_ward": QT_TR_NOOP("特別区"),
    "ministry": QT_TR_NOOP("府省庁"),
    "regional_bureau": QT_TR_NOOP("地方支分部局"),
    "company": QT_TR_NOOP("民間企業"),
    "university": QT_TR_NOOP("大学・研究機関"),
    "association": QT_TR_NOOP("団体・NPO"),
    "business_federation": QT_TR_NOOP("経済団体"),
    "other": QT_TR_NOOP("その他"),
}
LOCAL_GOVERNMENT_KINDS = frozenset({"prefecture", "municipality", "special_ward"})

REGISTRATION_ROLES: dict[str, str] = {
    "interest": QT_TR_NOOP("関心"),
    "offer": QT_TR_NOOP("提供"),
    "measure": QT_TR_NOOP("支援策"),
    "partner": QT_TR_NOOP("連携"),
}
REGISTRATION_STATUSES: dict[str, str] = {
    "received": QT_TR_NOOP("受付"),
    "published": QT_TR_NOOP("公開"),
    "withdrawn": QT_TR_NOOP("取下げ"),
}
CONTINUATION_RESULTS: dict[str, str] = {
    "pending": QT_TR_NOOP("審査中"),
    "approved": QT_TR_NOOP("承認"),
    "rejected": QT_TR_NOOP("不承認"),
    # No source records whether it was applied for or decided (old projects in the demo).
    "unknown": QT_TR_NOOP("記録なし"),
}
COUNCIL_KINDS: dict[str, str] = {
    "liaison": QT_TR_NOOP("関係省庁連絡会議"),
    "board": QT_TR_NOOP("幹事会"),
    "regional": QT_TR_NOOP("地域実装協議会"),
    "other": QT_TR_NOOP("その他の会議"),
}
# The roles a roster writes, by rank (order matters: members are listed by role in this order,
# then by the council's own order): the chair (議長・会長 …) first, then the deputies, the
# members, advisers, 幹事, the secretariat and observers. Each word keeps its own code, so that
# a roster prints 会長 where the file said 会長; a role not listed here is stored as written
# and ranked after all of these.
MEMBER_ROLES: dict[str, str] = {
    "chair": QT_TR_NOOP("議長"),
    "president": QT_TR_NOOP("会長"),
    "committee_chair": QT_TR_NOOP("委員長"),
    "convener": QT_TR_NOOP("座長"),
    "vice_president": QT_TR_NOOP("副会長"),
    "vice_committee_chair": QT_TR_NOOP("副委員長"),
    "deputy_convener": QT_TR_NOOP("座長代理"),
    "vice_chair": QT_TR_NOOP("副議長"),
    "committee_member": QT_TR_NOOP("委員"),
    "member": QT_TR_NOOP("構成員"),
    "special_member": QT_TR_NOOP("特別委員"),
    "temporary_member": QT_TR_NOOP("臨時委員"),
    "expert_member": QT_TR_NOOP("専門委員"),
    "onsite_lead": QT_TR_NOOP("現地支援責任者"),
    "adviser": QT_TR_NOOP("顧問"),
    "counsellor": QT_TR_NOOP("参与"),
    "board_member": QT_TR_NOOP("幹事"),
    "secretariat": QT_TR_NOOP("事務局"),
    "observer": QT_TR_NOOP("オブザーバー"),
}
_RANK_OF_ROLE = {role: rank for rank, role in enumerate(MEMBER_ROLES)}
SESSION_FORMATS: dict[str, str] = {
    "web": "web",
    "venue": QT_TR_NOOP("会場"),
    "hybrid": QT_TR_NOOP("会場・web"),
}
PARTICIPANT_STATUSES: dict[str, str] = {
    "applied": QT_TR_NOOP("申込"),
    "waiting": QT_TR_NOOP("キャンセル待ち"),
    "attended": QT_TR_NOOP("参加"),
    "absent": QT_TR_NOOP("欠席"),
    "cancelled": QT_TR_NOOP("取消"),
}
# An invitee's reply to a meeting's 開催通知 (出欠回答).
REPLIES: dict[str, str] = {
    "none": QT_TR_NOOP("未回答"),
    "attend": QT_TR_NOOP("出席"),
    "absent": QT_TR_NOOP("欠席"),
    "deputy": QT_TR_NOOP("代理出席"),
}
# How a participant takes part in a hybrid session (参加形式 on the 参加申込書).
PARTICIPANT_ATTENDANCE: dict[str, str] = {
    "venue": QT_TR_NOOP("会場"),
    "online": QT_TR_NOOP("オンライン"),
}

# The kinds of scheduling warning (desktop.rules.scheduling), in a word or two: the mark beside
# a session in the lists.
SCHEDULE_WARNINGS: dict[str, str] = {
    "overlap": QT_TR_NOOP("時間の重なり"),
    "venue": QT_TR_NOOP("会場の重なり"),
    "weekend": QT_TR_NOOP("土日"),
    "holiday": QT_TR_NOOP("祝日・休日"),
    "fiscal_year": QT_TR_NOOP("年度外"),
}


def label(vocabulary: dict[str, str], code: str | None) -> str:
    """The Japanese label of a code; an unknown code is shown as it is rather than hidden."""
    if code is None:
        return ""
    return vocabulary.get(code, code)


def role_rank(role: str) -> int:
    """Where a role's members are listed: a role written as the roster wrote it, unknown to the
    vocabulary, comes after every known one."""
    return _RANK_OF_ROLE.get(role, len(_RANK_OF_ROLE))
