"""A registrations list as a secretariat receives it, generated: realistic Japanese names,
readings, local-government codes, fields and contacts, the same on every run (seeded).

Used by the import benchmark and by the tests that need a large list (the kill tests).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

SEED = 20200901  # the same inputs on every run, so runs can be compared

HEADERS = (
    "団体区分",
    "団体名",
    "フリガナ",
    "地方公共団体コード",
    "政策分野",
    "概要",
    "担当部署",
    "担当者",
    "電話番号",
    "メールアドレス",
    "受付日",
    "公表可否",
)


# --- realistic Japanese data ---------------------------------------------------------------
# Every piece is (kanji, katakana reading) so that フリガナ matches the name.

CORP_FORMS = (("株式会社", "カブシキガイシャ"), ("合同会社", "ゴウドウガイシャ"))
CORP_STEMS = (
    ("日本", "ニホン"),
    ("東都", "トウト"),
    ("北陸", "ホクリク"),
    ("みらい", "ミライ"),
    ("あおば", "アオバ"),
    ("さくら", "サクラ"),
    ("大和", "ヤマト"),
    ("瀬戸内", "セトウチ"),
    ("九州", "キュウシュウ"),
    ("東北", "トウホク"),
    ("関西", "カンサイ"),
    ("中部", "チュウブ"),
    ("信州", "シンシュウ"),
    ("湘南", "ショウナン"),
    ("北海", "ホッカイ"),
    ("四国", "シコク"),
    ("山陰", "サンイン"),
    ("琉球", "リュウキュウ"),
    ("富士", "フジ"),
    ("天竜", "テンリュウ"),
)
CORP_CORES = (
    ("テック", "テック"),
    ("ソリューションズ", "ソリューションズ"),
    ("技研", "ギケン"),
    ("情報システム", "ジョウホウシステム"),
    ("データサービス", "データサービス"),
    ("ネットワークス", "ネットワークス"),
    ("メディカル", "メディカル"),
    ("モビリティ", "モビリティ"),
    ("エナジー", "エナジー"),
    ("アグリ", "アグリ"),
    ("ロジスティクス", "ロジスティクス"),
    ("ツーリズム", "ツーリズム"),
    ("コンサルティング", "コンサルティング"),
    ("ラボ", "ラボ"),
    ("デザイン", "デザイン"),
    ("商事", "ショウジ"),
    ("電機", "デンキ"),
    ("建設", "ケンセツ"),
    ("総研", "ソウケン"),
    ("クラウド", "クラウド"),
)
# Non-company kinds, with the legal form that goes in front of the name.
OTHER_KINDS = (
    ("大学・研究機関", ("国立大学法人", "コクリツダイガクホウジン"), ("大学", "ダイガク")),
    ("団体・NPO", ("特定非営利活動法人", "トクテイヒエイリカツドウホウジン"), ("ネット", "ネット")),
    ("団体・NPO", ("一般社団法人", "イッパンシャダンホウジン"), ("協会", "キョウカイ")),
)
LG_FIRST = (
    ("北", "キタ"),
    ("南", "ミナミ"),
    ("東", "ヒガシ"),
    ("西", "ニシ"),
    ("大", "オオ"),
    ("小", "コ"),
    ("高", "タカ"),
    ("中", "ナカ"),
    ("上", "カミ"),
    ("下", "シモ"),
    ("新", "シン"),
    ("若", "ワカ"),
    ("青", "アオ"),
    ("白", "シラ"),
    ("長", "ナガ"),
    ("富", "トミ"),
    ("松", "マツ"),
    ("桜", "サクラ"),
    ("浜", "ハマ"),
    ("岩", "イワ"),
)
LG_SECOND = (
    ("山", "ヤマ"),
    ("川", "カワ"),
    ("田", "タ"),
    ("野", "ノ"),
    ("原", "ハラ"),
    ("島", "シマ"),
    ("沢", "サワ"),
    ("浦", "ウラ"),
    ("崎", "サキ"),
    ("岡", "オカ"),
    ("津", "ツ"),
    ("井", "イ"),
    ("森", "モリ"),
    ("里", "サト"),
    ("宮", "ミヤ"),
    ("谷", "タニ"),
    ("瀬", "セ"),
    ("木", "キ"),
    ("見", "ミ"),
    ("坂", "サカ"),
)
LG_SUFFIXES = (("市", "シ"), ("町", "マチ"), ("村", "ムラ"))
FAMILY_NAMES = ("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤")
GIVEN_NAMES = ("太郎", "花子", "一郎", "美咲", "健太", "陽子", "翔", "由美", "大輔", "恵")
COMPANY_DEPARTMENTS = ("営業本部", "事業開発部", "研究開発部", "公共事業部", "DX推進室")
LG_DEPARTMENTS = ("企画部 企画課", "総務部 情報政策課", "DX推進課", "産業振興課", "地域振興課")
SUMMARY_PHRASES = (
    "の分野で、実証から導入まで一貫して支援します。",
    "について、住民サービスの向上に向けた取組を進めたいと考えています。",
    "に関する知見を活かし、地域の課題解決に協力します。",
    "の推進にあたり、先行事例の情報提供を希望します。",
)
FULL_WIDTH_DIGITS = str.maketrans("0123456789-", "０１２３４５６７８９－")
KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)}


def open_lab_categories() -> tuple[str, ...]:
    """The オープンラボ's 20 policy fields, as the blank forms offer them."""
    from desktop.imports.templates import default_choices

    return default_choices().categories


def used_lg_codes() -> set[str]:
    """Codes the demo database already holds: generated rows avoid them, so every row is new."""
    from db import demo_facts

    return {o["lg_code"] for o in demo_facts.ORGANIZATIONS if o.get("lg_code")}


def unique_company_names() -> Iterator[tuple[str, str, str]]:
    """(kind, name, kana), never repeating: a round number is appended once combos run out."""
    combos = [
        (form, stem, core) for form in CORP_FORMS for stem in CORP_STEMS for core in CORP_CORES
    ]
    others = [(kind, form, stem, core) for kind, form, core in OTHER_KINDS for stem in CORP_STEMS]
    round_number = 0
    while True:
        tail = (
            ("", "") if round_number == 0 else (f"第{round_number + 1}", f"ダイ{round_number + 1}")
        )
        for index, (form, stem, core) in enumerate(combos):
            yield (
                "民間企業",
                f"{form[0]}{stem[0]}{core[0]}{tail[0]}",
                f"{stem[1]}{core[1]}{tail[1]}",
            )
            if index % 13 == 0 and index // 13 < len(others):  # now and then a university or NPO
                kind, oform, ostem, ocore = others[index // 13]
                yield (
                    kind,
                    f"{oform[0]}{ostem[0]}{ocore[0]}{tail[0]}",
                    f"{ostem[1]}{ocore[1]}{tail[1]}",
                )
        round_number += 1


def local_governments(rng: random.Random) -> Iterator[tuple[str, str, str]]:
    """(name, kana, 6-digit code) with a valid check digit; names and codes are unique."""
    from desktop.japanese.lgcode import lg_check_digit

    stems = [(a[0] + b[0], a[1] + b[1]) for a in LG_FIRST for b in LG_SECOND]
    stems += [
        (a[0] + b[0] + c[0], a[1] + b[1] + c[1])
        for a in LG_FIRST
        for b in LG_SECOND
        for c in LG_SECOND
        if b != c
    ]
    names = [(s[0] + x[0], s[1] + x[1]) for s in stems for x in LG_SUFFIXES]
    rng.shuffle(names)  # not 北山市, 北山町, 北山村 one after the other
    # Municipality bodies 201-999 in prefectures 01-47 (000 is the prefecture itself).
    bodies = [f"{pref:02d}{town:03d}" for pref in range(1, 48) for town in range(201, 1000)]
    rng.shuffle(bodies)
    taken = used_lg_codes()
    codes = (b + str(lg_check_digit(b)) for b in bodies)
    fresh = (code for code in codes if code not in taken)
    for (name, kana), code in zip(names, fresh, strict=False):
        yield name, kana, code


def phone_number(rng: random.Random) -> str:
    number = f"0{rng.randint(3, 99)}-{rng.randint(100, 9999)}-{rng.randint(1000, 9999)}"
    # About one in ten is typed with full-width digits, as real lists have them.
    return number.translate(FULL_WIDTH_DIGITS) if rng.random() < 0.1 else number


def person(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY_NAMES)}\u3000{rng.choice(GIVEN_NAMES)}"


def registration_rows(count: int, seed: int = SEED) -> Iterator[list[object]]:
    """Rows under HEADERS: about one in six a local government, the rest companies and others."""
    rng = random.Random(seed)
    categories = open_lab_categories()
    companies = unique_company_names()
    governments = local_governments(rng)
    start = dt.date(2020, 7, 1)
    for number in range(1, count + 1):
        fields = "、".join(rng.sample(categories, rng.randint(1, 4)))
        government = next(governments, None) if rng.random() < 1 / 6 else None
        if government is not None:  # (past ~24,000 local governments, only companies follow)
            name, kana, code = government
            kind: str = "市区町村"
            department = rng.choice(LG_DEPARTMENTS)
            email = f"dx{number}@city.example.lg.jp"
            summary = f"{fields}{SUMMARY_PHRASES[1 + number % 2 * 2]}"
        else:
            kind, name, kana = next(companies)
            code = None
            department = rng.choice(COMPANY_DEPARTMENTS)
            email = f"info{number}@example.co.jp"
            summary = f"{fields}{SUMMARY_PHRASES[number % 2 * 2]}"
        if rng.random() < 0.3:
            kana = kana.translate(KATAKANA_TO_HIRAGANA)  # ふりがな typed in hiragana
        yield [
            kind,
            name,
            kana,
            code,
            fields,
            summary,
            department,
            person(rng),
            phone_number(rng),
            email,
            start + dt.timedelta(days=rng.randint(0, 90)),  # a real date cell
            "可" if rng.random() < 0.85 else "否",
        ]


def write_registration_list(path: Path, count: int) -> None:
    """A list as a secretariat gets it: title and note rows, then the header, then the rows."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)  # streams rows to disk: 100,000 rows in little memory
    sheet = workbook.create_sheet("登録一覧")
    sheet.append(["地域未来構想20 オープンラボ 登録一覧（関心分野・提供分野）"])
    sheet.append(["※令和2年9月30日時点　事務局作成（個人情報を含むため取扱注意）"])
    sheet.append(list(HEADERS))
    for row in registration_rows(count):
        sheet.append(row)
    workbook.save(path)
