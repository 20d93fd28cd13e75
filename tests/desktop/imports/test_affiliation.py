"""A 所属・役職 cell split into organization and post the way a reader would split it."""

from __future__ import annotations

import pytest

from desktop.imports.affiliation import split


@pytest.mark.parametrize(
    ("cell", "organization", "post", "kind"),
    [
        ("筑波大学システム情報系教授", "筑波大学", "システム情報系教授", "university"),
        ("株式会社いわきテレワークセンター代表取締役社長", "株式会社いわきテレワークセンター", "代表取締役社長", "company"),
        ("テラスマイル株式会社\u3000代表取締役", "テラスマイル株式会社", "代表取締役", "company"),
        ("札幌市 中央図書館 利用サービス課長", "札幌市", "中央図書館 利用サービス課長", "municipality"),
        ("神奈川県総務局デジタル戦略本部室長", "神奈川県", "総務局デジタル戦略本部室長", "prefecture"),
        ("福島県会津若松市\n企画政策部 副主幹", "福島県会津若松市", "企画政策部 副主幹", "municipality"),
        ("一般社団法人\n九州テレコム振興センター\n主席研究員", "一般社団法人 九州テレコム振興センター", "主席研究員", "association"),
        ("一般社団法人シビックテック・ラボ代表理事", "一般社団法人シビックテック・ラボ", "代表理事", "association"),
        ("（株）テレワークマネジメント マネージャー", "（株）テレワークマネジメント", "マネージャー", "company"),
        ("北海道大学大学院情報科学研究院・教授", "北海道大学", "大学院情報科学研究院・教授", "university"),
        ("奈良先端科学技術大学院大学 准教授", "奈良先端科学技術大学院大学", "准教授", "university"),
        ("人吉市役所\u3000企画政策部\u3000企画審議監", "人吉市役所", "企画政策部 企画審議監", "municipality"),
        ("みどり県商工会連合会 専務理事", "みどり県商工会連合会", "専務理事", "business_federation"),
        ("ひかり町農業委員連盟 理事", "ひかり町農業委員連盟", "理事", "association"),
        ("つばさ市長", "つばさ市", "市長", "municipality"),
        ("東西大学長", "東西大学", "学長", "university"),
    ],
)  # fmt: skip
def test_the_organization_and_the_post_are_told_apart(
    cell: str, organization: str, post: str, kind: str
) -> None:
    found = split(cell)
    assert (found.organization, found.post, found.organization_kind) == (organization, post, kind)
    assert found.told_apart


def test_a_cell_naming_no_organization_is_kept_whole() -> None:
    found = split("オープンデータ伝道師\nシェアリングエコノミー伝道師")
    assert not found.told_apart
    assert found.organization == "オープンデータ伝道師 シェアリングエコノミー伝道師"


def test_a_post_alone_has_no_organization() -> None:
    found = split("代表取締役")
    assert (found.organization, found.post) == (None, "代表取締役")


def test_a_former_post_is_not_the_organization() -> None:
    found = split("元つくば市 企画部長\n筑波総研株式会社 顧問")
    assert (found.organization, found.post) == ("筑波総研株式会社", "元つくば市 企画部長\n顧問")
