"""Sheets that are not tables: address labels on a maker's label sheet, and letters — read back
from the PDF by the position of their text, and from the JSON and the XLSX."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from reportlab.lib.units import mm
from sqlalchemy import select

from db.database import Database
from db.errors import UserError
from db.models import Membership, Organization
from desktop.catalogue import translate
from desktop.ops import councils as council_ops
from desktop.ops import events as event_ops
from desktop.ops import participants as participant_ops
from desktop.ops.common import find_or_create_organization
from desktop.sheets import address_labels, fonts, session_invitation
from desktop.sheets.addressing import address, written_out
from desktop.sheets.geometry import PRESETS, find_geometry
from desktop.sheets.glyphs import Glyphs, unprintable
from desktop.sheets.model import Grid, Letters, Sheet
from desktop.sheets.render import render
from tests.helpers.cli_support import secdesk
from tests.helpers.sheet_support import FY2021, needs_poppler

COUNCIL = "宛名ラベル試験協議会"
BOARD = "近未来技術実装関係省庁連絡会議 幹事会"
YOSHI = "\U00020bb7"  # 𠮷: no Japanese print font has it; another font of the PC may
LONG_NAME = "一般社団法人とても長い名前の地域未来技術社会実装推進協議会連合会北関東甲信越ブロック"
# (post, name, organization) of the council's members, in their order on the council.
MEMBERS = (
    ("代表取締役社長", "山田 太郎", "(株)未来技研"),
    ("", "", LONG_NAME),
    ("総務課", "", "秩父市"),
    ("市長", "", "秩父市"),
    ("", f"{YOSHI}田 一郎", ""),
    ("", "", "㈲山の上商店"),
)


def a_council(db: Database) -> None:
    with db.transaction() as session:
        council_id = council_ops.add_council(session, council_ops.CouncilInput(COUNCIL))
        for order, (post, name, organization) in enumerate(MEMBERS, start=1):
            if post or name:
                council_ops.save_member(
                    session,
                    council_ops.MemberInput(
                        council_id, "member", post=post, name=name, organization=organization
                    ),
                )
            else:  # an organization as a member, as a council's list names it when imported
                company = find_or_create_organization(session, organization)
                session.add(
                    Membership(
                        council_id=council_id, role="member", order=order, organization=company
                    )
                )
                session.flush()
        company = session.scalars(select(Organization).where(Organization.name == "(株)未来技研"))
        company.one().address = "〒100-0001 東京都千代田区千代田1-1 未来ビル3階"


def labels_of(db: Database, **options: object) -> Sheet:
    with db.sessions() as session:
        return address_labels.build(session, COUNCIL, **options)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Word:
    text: str
    left: float  # in mm from the page's top left corner
    top: float
    right: float
    bottom: float


def words(pdf: Path) -> list[list[Word]]:
    """Each page's words with their boxes, as pdftotext reads them."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for page in html.split("<page ")[1:]:
        pages.append(
            [
                Word(text, *(float(v) / mm for v in box))
                for *box, text in re.findall(
                    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                    r"([^<]*)</word>",
                    page,
                )
            ]
        )
    return pages


def label_of(word: Word, grid: Grid) -> int | None:
    """The label (1-based on its sheet) the word lies inside, wholly; None: inside none."""
    for position in range(1, grid.geometry.per_page + 1):
        left, top, width, height = grid.geometry.rect(position)
        if (
            word.left >= left - 0.1
            and word.right <= left + width + 0.1
            and word.top >= top - 0.1
            and word.bottom <= top + height + 0.1
        ):
            return position
    return None


def printed_on_labels(pdf: Path, grid: Grid) -> list[dict[int, str]]:
    """Each page's text by label; every word lies wholly inside one label."""
    found = []
    for page in words(pdf):
        texts: dict[int, str] = {}
        for word in page:
            position = label_of(word, grid)
            assert position is not None, f"{word} crosses a label's edge"
            texts[position] = texts.get(position, "") + word.text
        found.append(texts)
    return found


def squeezed(text: str) -> str:
    return "".join(text.split())


def test_the_presets_lie_on_a4_as_the_maker_publishes_them() -> None:
    a_one = PRESETS["エーワン 72212"]
    assert (a_one.columns, a_one.rows, a_one.width, a_one.height) == (2, 6, 86.4, 42.3)
    assert a_one.rect(1) == (18.6, 21.6, 86.4, 42.3)
    assert a_one.rect(4) == pytest.approx((18.6 + 86.4, 21.6 + 42.3, 86.4, 42.3))
    for preset in PRESETS.values():
        assert preset.problem() is None, preset.name
    # The product number alone, any spacing and width, or a sheet measured by the user.
    assert find_geometry("72212") is a_one and find_geometry("ｴｰﾜﾝ72212") is a_one
    measured = find_geometry("3x8 66x33.9 6 12.9")
    assert (measured.per_page, measured.rect(24)[:2]) == (24, pytest.approx((138, 250.2)))
    with pytest.raises(UserError, match="はみ出します"):
        find_geometry("3x8 70x33.9 6 12.9")


def test_the_presets_without_published_margins_are_centred_on_a4() -> None:
    """Where the maker gives only the label size, the margins are the rest of A4 shared
    equally: a typo in one of them would put every label off its die cut."""
    for slug in (
        "a-one-72212",
        "a-one-72210",
        "a-one-72224",
        "a-one-28185",
        "a-one-72244",
        "avery-3475",
    ):
        (preset,) = [p for p in PRESETS.values() if p.slug == slug]
        right = 210 - preset.left - (preset.columns - 1) * preset.pitch_x - preset.width
        bottom = 297 - preset.top - (preset.rows - 1) * preset.pitch_y - preset.height
        assert right == pytest.approx(preset.left, abs=0.05), slug
        assert bottom == pytest.approx(preset.top, abs=0.05), slug


def test_each_preset_is_listed_with_its_count_in_both_languages() -> None:
    for preset in PRESETS.values():
        assert preset.listed_as.startswith(preset.name), preset.name
        assert f"{preset.per_page}面）" in preset.listed_as, preset.name
        assert f"{preset.per_page} per sheet)" in translate(preset.listed_as, "en"), preset.name


def test_addressed_by_the_business_rules() -> None:
    person = address(
        organization="(株)未来技研",
        post="代表取締役社長",
        name="山田 太郎",
        stored="〒1000001 東京都",
    )
    assert person.lines() == (
        "〒100-0001",
        "東京都",
        "株式会社未来技研",
        "代表取締役社長",
        "山田 太郎 様",
    )
    company = address(organization="（公財）埼玉県産業振興公社", post=None, name=None, stored=None)
    assert company.lines() == ("公益財団法人埼玉県産業振興公社 御中",)
    department = address(organization="秩父市", post="総務課", name=None, stored=None)
    assert department.lines() == ("秩父市", "総務課 御中")
    holder = address(organization="内閣府", post="内閣府政策統括官", name=None, stored=None)
    assert holder.lines() == ("内閣府", "政策統括官 様")  # the post holder is a person
    for found in (person, company, department, holder):
        assert "".join(found.lines()).count("様") + "".join(found.lines()).count("御中") == 1
    assert written_out("㈱西武鉄道") == "株式会社西武鉄道"
    assert written_out("NPO法人まちづくり") == "特定非営利活動法人まちづくり"


def test_a_councils_labels_carry_each_member_addressed(demo_db: Database) -> None:
    a_council(demo_db)
    sheet = labels_of(demo_db)
    assert isinstance(sheet.layout, Grid) and sheet.layout.geometry.name == "エーワン 72212"
    cards = [dict(fields) for fields in sheet.records()]
    assert cards[0] == {
        "郵便番号": "〒100-0001",
        "住所": "東京都千代田区千代田1-1 未来ビル3階",
        "所属": "株式会社未来技研",
        "役職": "代表取締役社長",
        "宛名": "山田 太郎 様",
    }
    assert [c["宛名"] for c in cards[1:]] == [
        f"{LONG_NAME} 御中",
        "総務課 御中",
        "市長 様",
        f"{YOSHI}田 一郎 様",
        "有限会社山の上商店 御中",
    ]


@needs_poppler
def test_each_label_prints_inside_its_label_from_the_first_one_asked_for(
    demo_db: Database, tmp_path: Path
) -> None:
    a_council(demo_db)
    sheet = labels_of(demo_db, start=5)
    assert isinstance(sheet.layout, Grid)
    out = tmp_path / "labels.pdf"
    render(sheet, "pdf", out)
    (page,) = printed_on_labels(out, sheet.layout)  # 4 used + 6 members: one sheet of 12
    assert sorted(page) == [5, 6, 7, 8, 9, 10]  # labels 1 to 4 were used already
    assert page[5] == squeezed(
        "〒100-0001東京都千代田区千代田1-1未来ビル3階株式会社未来技研代表取締役社長山田太郎様"
    )
    assert page[6] == squeezed(f"{LONG_NAME} 御中")  # wrapped inside its label, whole
    assert page[7] == "秩父市総務課御中" and page[8] == "秩父市市長様"
    if (
        Glyphs(fonts.japanese_font()).font_of(YOSHI) is None
    ):  # no font of this PC has 𠮷: 〓, and the label is named
        assert page[9] == "〓田一郎様"
        found = [(u.where, u.characters) for u in unprintable(sheet)]
        assert found == [(f"5枚目の宛名「{YOSHI}田 一郎 様」", YOSHI)]
    else:
        assert page[9] == f"{YOSHI}田一郎様" and not unprintable(sheet)
    lines = [w for w in words(out)[0] if label_of(w, sheet.layout) == 6]
    assert len({round(w.top) for w in lines}) >= 2  # the long name took more than one line


@needs_poppler
def test_labels_go_on_to_the_next_sheet_and_a_very_long_name_stays_inside_its_label(
    demo_db: Database, tmp_path: Path
) -> None:
    a_council(demo_db)
    with demo_db.transaction() as session:
        long = session.scalars(select(Organization).where(Organization.name == LONG_NAME)).one()
        long.name = LONG_NAME * 4  # as long as a name may be
    sheet = labels_of(demo_db, start=10, preset="エーワン 72210")
    assert isinstance(sheet.layout, Grid)
    out = tmp_path / "labels.pdf"
    render(sheet, "pdf", out)
    first, second = printed_on_labels(out, sheet.layout)  # 10 a sheet: 1 here, 5 on the next
    assert sorted(first) == [10] and sorted(second) == [1, 2, 3, 4, 5]
    assert first[10].endswith("山田太郎様")
    assert second[1] == squeezed(f"{LONG_NAME * 4} 御中")  # smaller, whole, inside its label


def test_json_and_xlsx_carry_what_the_labels_print(demo_db: Database, tmp_path: Path) -> None:
    a_council(demo_db)
    sheet = labels_of(demo_db, start=3)
    render(sheet, "json", tmp_path / "l.json")
    render(sheet, "xlsx", tmp_path / "l.xlsx")
    data = json.loads((tmp_path / "l.json").read_text(encoding="utf-8"))
    assert data["layout"] == "grid" and data["start"] == 3
    assert data["geometry"]["name"] == "エーワン 72212" and data["geometry"]["label_mm"] == [
        86.4,
        42.3,
    ]
    assert data["cards"] == [dict(fields) for fields in sheet.records()]
    ws = openpyxl.load_workbook(tmp_path / "l.xlsx").active
    assert ws is not None
    header, *rows = ws.iter_rows(min_row=4, values_only=True)
    assert header == ("郵便番号", "住所", "所属", "役職", "宛名")
    assert [tuple(v or "" for v in row) for row in rows] == [
        tuple(v for _f, v in fields) for fields in sheet.records()
    ]


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [
        ("--preset", "コクヨ 999", "ラベル用紙「コクヨ 999」はありません"),
        ("--preset", "2x6 120x42.3 10 10", "はみ出します"),
        ("--start", "13", "--start は 1〜12"),
        ("--start", "0", "--start"),
    ],
)
def test_the_command_line_refuses_a_label_sheet_it_does_not_know(
    demo_path: Path, tmp_path: Path, option: str, value: str, said: str
) -> None:
    out = tmp_path / "l.pdf"
    done = secdesk(
        "--db", demo_path, "print", "address-labels", "--council", BOARD, option, value,
        "-o", out,
    )  # fmt: skip
    assert done.returncode == 2 and not out.exists()
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and said in lines[0], done.stderr


@needs_poppler
def test_the_command_line_prints_labels_from_a_preset_and_a_start(
    demo_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "l.pdf"
    done = secdesk(
        "--db", demo_path, "print", "address-labels", "--council", BOARD,
        "--preset", "72210", "--start", "2", "-o", out,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    geometry = PRESETS["エーワン 72210"]
    pages = printed_on_labels(out, Grid(geometry, ()))
    assert 1 not in pages[0] and 2 in pages[0]


def participants_of_the_first_session(db: Database) -> None:
    with db.transaction() as session:
        (series,) = [s for s in event_ops.list_series(session) if s.name == FY2021]
        first = event_ops.list_sessions(session, series.id)[0]
        for name, kana, organization, attendance in (
            ("渡辺 健", "ワタナベ ケン", "秩父市", "venue"),
            ("青木 花子", "アオキ ハナコ", "(株)テスト", "online"),
        ):
            participant_ops.add_participant(
                session,
                participant_ops.ParticipantInput(
                    first.id, name, kana=kana, organization=organization, attendance=attendance
                ),
            )


@needs_poppler
def test_one_invitation_a_page_to_each_participant(demo_db: Database, tmp_path: Path) -> None:
    participants_of_the_first_session(demo_db)
    with demo_db.sessions() as session:
        sheet = session_invitation.build(session, FY2021, 1, as_of=dt.date(2021, 9, 1))
    assert isinstance(sheet.layout, Letters)
    out = tmp_path / "letters.pdf"
    render(sheet, "pdf", out)
    pages = [squeezed(p) for p in words_text(out)]
    assert len(pages) == 2  # 五十音順: 青木, 渡辺
    first, second = pages
    assert first.startswith("令和3年9月1日株式会社テスト青木花子様")
    assert "開催のご案内" in first and "敬具" in first and first.endswith("以上")
    assert "令和3年10月1日（金）13:30～15:00" in first and "参加形式オンライン" in first
    assert "渡辺健様" in second and "参加形式会場" in second and "青木" not in second
    assert first.count("様") == 1 and "御中" not in first  # a person: 様, never both
    render(sheet, "json", tmp_path / "l.json")
    render(sheet, "xlsx", tmp_path / "l.xlsx")
    data = json.loads((tmp_path / "l.json").read_text(encoding="utf-8"))
    assert data["layout"] == "letters"
    assert data["letters"] == [dict(fields) for fields in sheet.records()]
    assert data["letters"][0]["宛先"] == "株式会社テスト\n青木 花子 様"
    ws = openpyxl.load_workbook(tmp_path / "l.xlsx").active
    assert ws is not None
    header, *rows = ws.iter_rows(min_row=4, values_only=True)
    assert [dict(zip(header, row, strict=True))["宛先"] for row in rows] == [
        "株式会社テスト\n青木 花子 様",
        "秩父市\n渡辺 健 様",
    ]


def words_text(pdf: Path) -> list[str]:
    return [" ".join(w.text for w in page) for page in words(pdf)]
