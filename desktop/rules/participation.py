"""Who may apply for an event session, and which applications hold one of its places.

- a session's 対象 that limits who may come (「地方公共団体のご担当者様のみ」) is enforced from
  the kind of the person's organization; a 対象 that only describes the audience is not;
- applied and attended take a place of the 定員; beyond it, applications wait (キャンセル待ち).
"""

from __future__ import annotations

from db.vocab import LOCAL_GOVERNMENT_KINDS, ORGANIZATION_KINDS, label
from desktop.catalogue import QT_TR_NOOP, Text
from desktop.japanese.text import kana_sort_key

# Statuses that hold a place (or a place in the queue); 欠席 and 取消 do not.
HOLDS_A_PLACE = ("applied", "attended")


def on_the_reception_list(status: str) -> bool:
    """Who the 受付簿 lists, to be ticked at the door: everyone but those who cancelled."""
    return status != "cancelled"


def reception_order(kana: str | None, name: str, applied: int) -> tuple[str, int]:
    """The 受付簿's order: 五十音順 of the reading (the name when there is none), then the
    order of application (`applied`: the application's id)."""
    return kana_sort_key(kana or name), applied


# 対象 texts that limit who may come: (words that name the group, organization kinds, name).
_LIMITS: tuple[tuple[tuple[str, ...], frozenset[str], str], ...] = (
    (("地方公共団体", "自治体"), LOCAL_GOVERNMENT_KINDS, QT_TR_NOOP("地方公共団体")),
    (("府省庁", "関係省庁"), frozenset({"ministry", "regional_bureau"}), QT_TR_NOOP("府省庁")),
)
_ONLY = ("のみ", "限定", "限り")


def target_of(session_target: str | None, series_target: str | None) -> str | None:
    """Who a session is for: its own 対象, else its series'."""
    return session_target or series_target


def eligible_kinds(eligibility: str | None) -> tuple[frozenset[str], str] | None:
    """The organization kinds a 対象 text allows (and what it calls them); None: anyone.

    Only a text that says it limits (のみ, 限定 …) limits: 「国、地方公共団体、民間企業等」
    describes an audience, 「地方公共団体のご担当者様のみ」 restricts it.
    """
    if not eligibility or not any(word in eligibility for word in _ONLY):
        return None
    for words, kinds, name in _LIMITS:
        if any(word in eligibility for word in words):
            return kinds, name
    return None


def ineligibility(
    number: int, target: str | None, org_name: str | None, org_kind: str | None
) -> Text | None:
    """Why someone of that organization may not apply (None: they may)."""
    limit = eligible_kinds(target)
    if limit is None:
        return None
    kinds, group = limit
    if org_kind in kinds:
        return None
    who = (
        Text(
            QT_TR_NOOP("「{name}」は{kind}として登録されています"),
            name=org_name,
            kind=Text(label(ORGANIZATION_KINDS, org_kind)),
        )
        if org_name
        else Text(QT_TR_NOOP("所属が入力されていません"))
    )
    return Text(
        QT_TR_NOOP(
            "第{number}回は{target}（{group}の方が対象）です。{who}。"
            "{group}の方でしたら、所属を{group}の正式名称で入力してください。"
        ),
        number=number,
        target=target,
        group=Text(group),
        who=who,
    )
