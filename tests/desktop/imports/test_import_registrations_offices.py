"""Registration lists as offices write them: a prefecture's summary of its municipalities, a
company list with a group heading over ○ columns, wareki dates and full-width digits, headings
broken over lines, the same university twice, the numbered items of a programme, CSV in CP932 /
UTF-8 with and without BOM, .xls. Checked as a user would: the organizations and
registrations stored, their fields, and what the review says."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from db.database import Database
from desktop.imports import pipeline
from tests.helpers.import_files import converted, exported, office_workbook, prepare, text_table

OPENLAB = "地域未来構想20 オープンラボ"
KEIDANREN = "経団連 地域協創アクションプログラム"


def imported(db: Database, path: Path, **options: Any) -> Any:
    preview = prepare(db, path, **options)
    pipeline.commit(db, preview)
    return preview


def organizations(db: Database, *names: str) -> dict[str, dict[str, Any]]:
    found = {o["name"]: o for o in exported(db)["organizations"] if o["name"] in names}
    assert set(found) == set(names), set(found)
    return found


def registrations(db: Database, *names: str) -> dict[str, dict[str, Any]]:
    """The named organizations' registrations (one each) as stored."""
    found: dict[str, dict[str, Any]] = {}
    for registration in exported(db)["registrations"]:
        if registration["organization"] in names:
            assert registration["organization"] not in found, registration["organization"]
            found[registration["organization"]] = registration
    assert set(found) == set(names), set(found)
    return found


def contacts(db: Database, organization: str) -> list[str]:
    return [p["name"] for p in exported(db)["people"] if p["organization"] == organization]


def said(preview: Any) -> list[str]:
    return [p.text() for p in preview.all_problems()]


def test_prefecture_summary_of_its_municipalities_in_cp932(
    any_demo_db: Database, tmp_path: Path
) -> None:
    # A prefecture collects its municipalities' interest: 都道府県 and 市区町村 in two columns,
    # fields in one cell joined by ・ and 、, a title and a totals row.
    path = text_table(
        tmp_path / "関心登録_埼玉県.csv",
        [
            ["オープンラボ 関心登録 市町村一覧（埼玉県取りまとめ）"],
            ["No.", "都道府県", "市区町村", "担当課", "担当者", "電話", "メール", "関心のある分野"],
            [
                "1",
                "埼玉県",
                "秩父市",
                "地域政策課",
                "山田 太郎",
                "0494-22-2211",
                "a@city.example.lg.jp",
                "教育・医療",
            ],
            [
                "2",
                "埼玉県",
                "小鹿野町",
                "総務課",
                "佐藤 花子",
                "0494-75-1221",
                "b@town.example.lg.jp",
                "地域交通体系、キャッシュレス",
            ],
            ["計", "2団体"],
        ],
        encoding="cp932",
    )
    preview = imported(any_demo_db, path, program=OPENLAB)
    assert [r.organization_name for r in preview.accepted] == ["秩父市", "小鹿野町"]
    stored = registrations(any_demo_db, "秩父市", "小鹿野町")
    assert stored["秩父市"]["categories"] == ["教育", "医療"]
    assert stored["秩父市"]["role"] == "interest" and stored["秩父市"]["department"] == "地域政策課"
    assert stored["小鹿野町"]["categories"] == ["キャッシュレス", "地域交通体系"]
    assert organizations(any_demo_db, "小鹿野町")["小鹿野町"]["kind"] == "municipality"
    assert contacts(any_demo_db, "秩父市") == ["山田 太郎"]
    assert any("合計の行" in t for t in said(preview))


def test_company_list_with_a_group_heading_over_black_circle_columns(
    demo_db: Database, tmp_path: Path
) -> None:
    # 提供可能な分野 merged over one column per field, marked ●; kana in half-width.
    path = office_workbook(
        tmp_path / "提供企業一覧.xlsx",
        [
            ["令和8年度 オープンラボ 提供企業一覧"],
            ["企業名", "フリガナ", "提供可能な分野", None, None, "提供内容", "公表"],
            [None, None, "教育", "医療", "防災IT化", None, None],
            ["株式会社アオバ", "ｱｵﾊﾞ", "●", None, "●", "防災アプリ", "可"],
            ["合同会社ミドリ", "ﾐﾄﾞﾘ", None, "○", None, "遠隔診療", "否"],
        ],
        merged=("A2:A3", "B2:B3", "C2:E2", "F2:F3", "G2:G3"),
    )
    preview = imported(demo_db, path, program=OPENLAB)
    stored = registrations(demo_db, "株式会社アオバ", "合同会社ミドリ")
    assert stored["株式会社アオバ"]["categories"] == ["防災IT化", "教育"]
    assert stored["株式会社アオバ"]["summary"] == "防災アプリ"
    assert [stored[n]["publish_consent"] for n in stored] == [True, False]
    orgs = organizations(demo_db, "株式会社アオバ", "合同会社ミドリ")
    assert (
        orgs["株式会社アオバ"]["kana"] == "あおば" and orgs["株式会社アオバ"]["kind"] == "company"
    )
    notes = said(preview)
    assert any("「●」 を○として読みました" in t for t in notes)
    assert any("名称から「民間企業」と判断しました" in t for t in notes)


def test_wareki_received_dates_full_width_phones_and_circle_consent(
    demo_db: Database, tmp_path: Path
) -> None:
    path = office_workbook(
        tmp_path / "受付簿.xlsx",
        [
            ["オープンラボ 受付簿"],
            ["※受付日は和暦で記入"],
            ["団体名", "団体区分", "政策分野", "受付日", "電話番号", "公表可否"],
            [
                "一般社団法人まちづくり研究所",
                "団体・NPO",
                "教育",
                "R2.7.20",
                "０３－１２３４－５６７８",
                "○",
            ],
            ["東西大学", None, "医療", "令和２年７月２１日（火）", "03-9876-5432", "×"],
        ],
    )
    preview = imported(demo_db, path, program=OPENLAB)
    stored = registrations(demo_db, "一般社団法人まちづくり研究所", "東西大学")
    assert stored["一般社団法人まちづくり研究所"]["received_on"] == dt.date(2020, 7, 20).isoformat()
    assert stored["東西大学"]["received_on"] == dt.date(2020, 7, 21).isoformat()
    assert [r["publish_consent"] for r in stored.values()] == [True, False]
    orgs = organizations(demo_db, "一般社団法人まちづくり研究所", "東西大学")
    assert orgs["一般社団法人まちづくり研究所"]["phone"] == "03-1234-5678"
    assert orgs["東西大学"]["kind"] == "university"
    assert any("名称から「大学・研究機関」と判断しました" in t for t in said(preview))


def test_headings_broken_over_lines_in_a_csv_with_bom(demo_db: Database, tmp_path: Path) -> None:
    path = text_table(
        tmp_path / "提供登録.csv",
        [
            [
                "団体名\n（企業名）",
                "団体名\nフリガナ",
                "担当者\n氏名",
                "メール\nアドレス",
                "提供可能な\n技術・ノウハウ",
                "分野",
                "公表\n可否",
            ],
            [
                "株式会社ソラ",
                "カブシキガイシャソラ",
                "鈴木 一郎",
                "s@sora.example.jp",
                "ドローンによるインフラ点検",
                "防災IT化",
                "可",
            ],
        ],
        encoding="utf-8-sig",
    )
    preview = imported(demo_db, path, program=OPENLAB)
    assert not [t for t in said(preview) if "使わずに" in t]  # every column was understood
    stored = registrations(demo_db, "株式会社ソラ")["株式会社ソラ"]
    assert stored["summary"] == "ドローンによるインフラ点検"
    assert stored["categories"] == ["防災IT化"] and stored["publish_consent"] is True
    assert contacts(demo_db, "株式会社ソラ") == ["鈴木 一郎"]
    assert organizations(demo_db, "株式会社ソラ")["株式会社ソラ"]["email"] == "s@sora.example.jp"


def test_xls_with_a_university_listed_for_two_departments(
    any_demo_db: Database, tmp_path: Path
) -> None:
    # A university's two faculties sent their offers on two rows of one .xls: one registration
    # with both fields and both summaries.
    source = office_workbook(
        tmp_path / "大学提供一覧.xlsx",
        [
            ["大学等 提供シーズ一覧"],
            ["団体名", "団体区分", "担当部署", "政策分野", "概要", "公表可否"],
            ["国立大学法人東西大学", None, "工学部", "防災IT化", "災害予測モデル", "可"],
            ["国立大学法人東西大学", None, "医学部", "医療", "遠隔診断支援", "可"],
            ["合計", "2件"],
        ],
    )
    path = converted(source, "xls")
    preview = imported(any_demo_db, path, program=OPENLAB)
    stored = registrations(any_demo_db, "国立大学法人東西大学")["国立大学法人東西大学"]
    assert stored["categories"] == ["防災IT化", "医療"]
    assert stored["summary"] == "災害予測モデル\n遠隔診断支援"
    assert stored["department"] == "工学部"
    notes = said(preview)
    assert any("2行を1件にまとめました: 行 3, 4" in t for t in notes)
    assert any("担当部署が行ごとに違います" in t and "医学部" in t for t in notes)
    kind = organizations(any_demo_db, "国立大学法人東西大学")["国立大学法人東西大学"]["kind"]
    assert kind == "university"


def test_blank_kinds_in_a_cp932_list_are_guessed_from_the_names(
    demo_db: Database, tmp_path: Path
) -> None:
    path = text_table(
        tmp_path / "連携団体.csv",
        [
            ["団体名", "団体区分", "政策分野", "公表可否"],
            ["国立大学法人北南大学", "", "教育", "可"],
            ["木更津北高専", "", "教育", "可"],
            ["株式会社ひかり", "", "医療", "可"],
            ["丘の上ラボ", "", "医療", "可"],
            ["東西町", "", "教育", "可"],
        ],
        encoding="cp932",
    )
    preview = imported(demo_db, path, program=OPENLAB)
    kinds = {
        name: org["kind"]
        for name, org in organizations(
            demo_db,
            "国立大学法人北南大学",
            "木更津北高専",
            "株式会社ひかり",
            "丘の上ラボ",
            "東西町",
        ).items()
    }
    assert kinds == {
        "国立大学法人北南大学": "university",
        "木更津北高専": "university",
        "株式会社ひかり": "company",
        "丘の上ラボ": "other",
        "東西町": "municipality",
    }
    on_rows = [p.said() for r in preview.records for p in r.problems]
    assert len(on_rows) == 5 + 1 and all("団体区分が空欄" in g for g in on_rows)
    # the two rows guessed alike are also said once, with their rows
    assert (
        "団体区分が空欄のため、名称から「大学・研究機関」と判断しました。（2行: 行 2, 3）"
        in on_rows
    )


def test_numbered_action_items_of_a_programme(demo_db: Database, tmp_path: Path) -> None:
    # 経団連's member companies answer with the numbers of the action items (1、4、7).
    path = text_table(
        tmp_path / "アクション.csv",
        [
            ["企業名", "業種", "連絡担当部署", "アクション項目", "取組内容", "公表可否"],
            ["東西電機株式会社", "電機", "地域連携推進部", "1、4、7", "サテライトオフィス", "可"],
            ["南北商事株式会社", "商社", "経営企画部", "６", "地域商社の設立", "可"],
        ],
        encoding="cp932",
    )
    imported(demo_db, path, program=KEIDANREN)
    stored = registrations(demo_db, "東西電機株式会社", "南北商事株式会社")
    assert [c[:2] for c in stored["東西電機株式会社"]["categories"]] == ["1 ", "4 ", "7 "]
    assert [c[:2] for c in stored["南北商事株式会社"]["categories"]] == ["6 "]
    assert stored["東西電機株式会社"]["department"] == "地域連携推進部"


def test_consent_with_its_choices_in_the_heading_and_a_blank_one(
    demo_db: Database, tmp_path: Path
) -> None:
    # UTF-8 without BOM, as a web form exports it: 公表可否（可・否）, 不可, and one left blank.
    path = text_table(
        tmp_path / "web回答.csv",
        [
            ["団体名", "団体区分", "政策分野", "公表可否（可・否）", "備考"],
            ["株式会社いろは", "民間企業", "教育", "可", ""],
            ["株式会社ほへと", "民間企業", "教育", "不可", ""],
            ["株式会社ちりぬ", "民間企業", "教育", "", "社内確認中"],
        ],
    )
    preview = imported(demo_db, path, program=OPENLAB)
    stored = registrations(demo_db, "株式会社いろは", "株式会社ほへと", "株式会社ちりぬ")
    assert [r["publish_consent"] for r in stored.values()] == [True, False, False]
    lines = said(preview)
    assert any("4行目" in t and "公表可否が空欄のため「否」" in t for t in lines)


def test_postal_code_and_a_representative_phone(demo_db: Database, tmp_path: Path) -> None:
    path = office_workbook(
        tmp_path / "団体台帳.xlsx",
        [
            ["団体名", "ふりがな", "郵便番号", "所在地", "代表電話", "政策分野", "公表可否"],
            [
                "ＮＰＯ法人みらいネット",
                "みらいねっと",
                "123-4567",
                "東京都千代田区一番町1-1",
                "03-0000-1111",
                "教育",
                "可",
            ],
        ],
    )
    preview = imported(demo_db, path, program=OPENLAB)
    assert not [t for t in said(preview) if "使わずに" in t]
    org = organizations(demo_db, "ＮＰＯ法人みらいネット")["ＮＰＯ法人みらいネット"]
    assert (org["postal_code"], org["address"]) == ("123-4567", "東京都千代田区一番町1-1")
    assert org["phone"] == "03-0000-1111" and org["kind"] == "association"


def test_xls_of_municipalities_with_five_digit_codes(demo_db: Database, tmp_path: Path) -> None:
    # A ministry's list of interested municipalities: 5-digit codes (no check digit), the
    # prefecture beside each, one municipality the database already holds.
    source = office_workbook(
        tmp_path / "関心自治体.xlsx",
        [
            ["関心自治体一覧"],
            ["団体コード", "都道府県名", "市区町村名", "政策分野"],
            ["11207", "埼玉県", "秩父市", "教育"],
            ["05434", "秋田県", "美郷町", "医療"],
        ],
    )
    path = converted(source, "xls")
    preview = imported(demo_db, path, program=OPENLAB)
    chichibu, misato = preview.records
    assert chichibu.lg_code == "112071" and chichibu.action == "fill"
    assert misato.lg_code == "054348" and misato.action == "create"
    stored = registrations(demo_db, "秩父市")
    assert stored["秩父市"]["role"] == "interest"
    misato_org = [o for o in exported(demo_db)["organizations"] if o["lg_code"] == "054348"]
    assert [(o["name"], o["kind"]) for o in misato_org] == [("美郷町", "municipality")]
