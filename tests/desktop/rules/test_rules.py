"""The domain rules on plain values, as the secretariat states them (no database needed)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.rules.councils import new_member_order, serves_on
from desktop.rules.duplicates import different_bodies, email_key, pairs_sharing_a_key, reading_key
from desktop.rules.organizations import (
    guess_organization_kind,
    official_ministry,
    organization_kind_of,
    unique,
)
from desktop.rules.participation import ineligibility, target_of


@dataclass
class Org:
    name: str


@dataclass
class Member:
    role: str
    order: int
    organization: Org | None = None
    post: str | None = None
    term_start: dt.date | None = None
    term_end: dt.date | None = None


@dataclass(frozen=True)
class Record:
    id: int
    email: str | None = None
    kana: str | None = None


def test_a_session_without_its_own_target_takes_its_series() -> None:
    assert target_of(None, "地方公共団体のご担当者様のみ") == "地方公共団体のご担当者様のみ"
    assert target_of("関係府省庁職員に限定", "どなたでも") == "関係府省庁職員に限定"


def test_a_company_may_not_apply_for_a_session_for_local_governments_only() -> None:
    target = "地方公共団体のご担当者様のみ"
    assert ineligibility(2, target, "秩父市", "municipality") is None
    refusal = ineligibility(2, target, "株式会社未来技研", "company")
    assert refusal is not None
    assert "第2回" in str(refusal) and "「株式会社未来技研」" in str(refusal)
    assert ineligibility(2, "国、地方公共団体、民間企業等", "株式会社未来技研", "company") is None


def test_a_member_serves_within_the_term_open_ends_included() -> None:
    member = Member("member", 1, term_start=dt.date(2024, 4, 1), term_end=dt.date(2026, 3, 31))
    assert serves_on(member, dt.date(2024, 4, 1)) and serves_on(member, dt.date(2026, 3, 31))
    assert not serves_on(member, dt.date(2026, 4, 1))
    assert serves_on(Member("member", 1), dt.date(1990, 1, 1))


def test_a_new_member_goes_by_the_ministry_order_within_the_role() -> None:
    members = [
        Member("chair", 1, Org("内閣府")),
        Member("member", 2, Org("総務省")),
        Member("member", 3, Org("経済産業省")),
    ]
    assert new_member_order(members, "member", "農林水産省", "") == 3
    assert [m.order for m in members] == [1, 2, 4]  # 経済産業省 moved down one
    assert new_member_order(members, "member", "株式会社未来技研", "") == 5  # no ministry: last


def test_names_written_differently_are_one_name() -> None:
    assert unique(["㈱未来技研", "株式会社　未来技研", "秩父市"]) == ["㈱未来技研", "秩父市"]


def test_organization_kinds_from_words_and_name_endings() -> None:
    assert organization_kind_of("市町村") == "municipality"
    assert organization_kind_of("ＮＰＯ") == "association"
    assert organization_kind_of("よくわからない") is None
    assert guess_organization_kind("埼玉県") == "prefecture"
    assert guess_organization_kind("秩父市") == "municipality"
    assert guess_organization_kind("経済産業省") == "ministry"
    assert guess_organization_kind("一般社団法人未来協議会") == "other"


def test_a_ministry_abbreviation_means_the_ministry_and_a_bureau_is_not_one() -> None:
    assert official_ministry("経産省") == "経済産業省"
    assert official_ministry("国土交通省") == "国土交通省"
    assert official_ministry("経済産業省 製造産業局") is None
    assert official_ministry("株式会社未来技研") is None


def test_likely_duplicates_share_a_key_unless_their_codes_differ() -> None:
    records = [
        Record(1, email="Info@Example.jp "),
        Record(2, email="info@example.jp", kana="ミライ"),
        Record(3, kana="みらい"),
    ]
    pairs = pairs_sharing_a_key(
        records,
        (
            ("同じメールアドレス", lambda r: email_key(r.email)),
            ("同じフリガナ", lambda r: reading_key(r.kana)),
        ),
    )
    assert pairs == {(1, 2): ["同じメールアドレス"], (2, 3): ["同じフリガナ"]}
    assert different_bodies("052990", "323900")  # 美郷町 of 秋田県 and of 島根県
    assert not different_bodies("052990", None)
