"""The printed pieces of the meeting pack that are paper geometry — address labels on every
maker's sheet (from any label, shifted by the printer's offset), the calibration page, 長形3号
envelopes in vertical writing, tent cards and badges — read back from the PDF by where each
character lands on the paper."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from sqlalchemy import select

from db.database import Database
from db.errors import UserError
from db.models import EventSeries, Organization
from desktop.ops import councils as council_ops
from desktop.ops import events as event_ops
from desktop.ops import participants as participant_ops
from desktop.sheets import address_labels, badges, envelopes, label_calibration, name_cards
from desktop.sheets.geometry import LABEL_LAYOUTS, PRESETS, find_geometry
from desktop.sheets.model import Grid, Sheet
from desktop.sheets.pdf_envelopes import postal_boxes
from desktop.sheets.render import render
from desktop.sheets.tategaki import address_line
from tests.helpers.cli_support import secdesk
from tests.helpers.pdf_chars import Char, page_sizes, printed_chars
from tests.helpers.sheet_support import FY2021

BOARD = "近未来技術実装関係省庁連絡会議 幹事会"
DAY = dt.date(2026, 4, 1)
ADDRESS = "〒100-8914 東京都千代田区永田町1-6-1 中央合同庁舎8号館"


def with_addresses(db: Database) -> None:
    """Every organization at the same address (the demo stores none)."""
    with db.transaction() as session:
        for organization in session.scalars(select(Organization)):
            organization.address = ADDRESS


def applicants(db: Database) -> None:
    with db.transaction() as session:
        (series,) = [s for s in event_ops.list_series(session) if s.name == FY2021]
        first = event_ops.list_sessions(session, series.id)[0]
        for name, kana, organization, status in (
            ("渡辺 健", "ワタナベ ケン", "秩父市", "applied"),
            ("青木 花子", "アオキ ハナコ", "(株)テスト", "applied"),
            ("取消 太郎", "トリケシ タロウ", "秩父市", "cancelled"),
        ):
            participant_ops.add_participant(
                session,
                participant_ops.ParticipantInput(
                    first.id, name, kana=kana, organization=organization, status=status
                ),
            )


def made(db: Database, module: object, tmp_path: Path, **options: object) -> tuple[Sheet, Path]:
    with db.sessions() as session:
        sheet: Sheet = module.build(session, **options)  # type: ignore[attr-defined]
    out = tmp_path / f"{sheet.name}.pdf"
    render(sheet, "pdf", out)
    return sheet, out


def text(chars: list[Char]) -> str:
    return "".join(c.text for c in chars)


def by_label(page: list[Char], grid: Grid) -> dict[int, str]:
    """The page's text by label, shifted by the grid's offset; every character lies wholly
    inside one label."""
    x, y = grid.offset
    found: dict[int, str] = {}
    for char in page:
        inside = [
            position
            for position in range(1, grid.geometry.per_page + 1)
            if char.inside(_shifted(grid.geometry.rect(position), x, y))
        ]
        assert len(inside) == 1, f"{char} is not inside one label"
        found[inside[0]] = found.get(inside[0], "") + char.text
    return found


def _shifted(
    rect: tuple[float, float, float, float], x: float, y: float
) -> tuple[float, float, float, float]:
    left, top, width, height = rect
    return left + x, top + y, width, height


def test_the_label_layouts_are_the_makers_sheets() -> None:
    expected = {  # slug: (labels, columns × rows, label size) as the makers sell them
        "a-one-72212": (12, (2, 6), (86.4, 42.3)),
        "a-one-72224": (24, (3, 8), None),
        "a-one-28185": (18, (3, 6), (70.0, 42.3)),
        "a-one-72244": (44, (4, 11), (48.3, 25.4)),
        "avery-l7160": (21, (3, 7), (63.5, 38.1)),
        "avery-l7163": (14, (2, 7), (99.1, 38.1)),
        "avery-3475": (24, (3, 8), (70.0, 36.0)),
    }
    assert set(expected) <= set(LABEL_LAYOUTS)
    for slug, (count, grid, size) in expected.items():
        geometry = find_geometry(slug)
        assert geometry.slug == slug and geometry.problem() is None
        assert geometry.per_page == count and (geometry.columns, geometry.rows) == grid
        if size is not None:
            assert (geometry.width, geometry.height) == size
    # The maker's number alone and the older product name find the same sheet.
    assert find_geometry("72212") == find_geometry("エーワン 72212") == PRESETS["エーワン 72212"]
    assert find_geometry("L7160") == find_geometry("avery-l7160")


@pytest.mark.parametrize("slug", LABEL_LAYOUTS)
def test_each_label_prints_inside_its_label_at_the_offset_from_the_start(
    demo_db: Database, tmp_path: Path, slug: str
) -> None:
    with_addresses(demo_db)
    sheet, out = made(
        demo_db, address_labels, tmp_path,
        council=BOARD, as_of=DAY, layout=slug, start=2, offset="1.5,-1",
    )  # fmt: skip
    grid = sheet.layout
    assert isinstance(grid, Grid) and grid.offset == (1.5, -1.0)
    cards = len(grid.cards)
    assert cards >= 2
    pages = printed_chars(out)
    labels = [by_label(page, grid) for page in pages]
    used = [p for page in labels for p in sorted(page)]
    per_page = grid.geometry.per_page
    assert used == [(2 + i - 1) % per_page + 1 for i in range(cards)]  # from label 2 on
    first = labels[0][2]
    assert first.startswith("〒100-8914東京都千代田区永田町1-6-1")
    assert first.endswith("様") or first.endswith("御中")


def test_the_offset_moves_every_label_by_as_much(demo_db: Database, tmp_path: Path) -> None:
    with_addresses(demo_db)
    _sheet, plain = made(demo_db, address_labels, tmp_path, council=BOARD, as_of=DAY)
    moved_dir = tmp_path / "moved"
    moved_dir.mkdir()
    _sheet, moved = made(
        demo_db, address_labels, moved_dir, council=BOARD, as_of=DAY, offset="-2,3"
    )
    for before, after in zip(printed_chars(plain)[0], printed_chars(moved)[0], strict=True):
        assert before.text == after.text
        assert after.left - before.left == pytest.approx(-2, abs=0.05)
        assert after.top - before.top == pytest.approx(3, abs=0.05)


def test_labels_for_a_sessions_applicants(demo_db: Database, tmp_path: Path) -> None:
    applicants(demo_db)
    sheet, out = made(
        demo_db, address_labels, tmp_path, series_name=FY2021, number=1, layout="avery-l7163"
    )
    assert isinstance(sheet.layout, Grid)
    page = by_label(printed_chars(out)[0], sheet.layout)
    assert page == {1: "株式会社テスト青木花子様", 2: "秩父市渡辺健様"}  # 受付簿's order


@pytest.mark.parametrize(
    ("options", "said"),
    [
        ({"council": BOARD, "offset": "1,2,3"}, "--offset「1,2,3」は 横,縦"),
        ({"council": BOARD, "offset": "30,0"}, "大きすぎます"),
        ({"council": BOARD, "layout": "72212", "preset": "L7160"}, "--layout と --preset"),
        ({"council": BOARD, "series_name": FY2021, "number": 1}, "どちらか一方"),
        ({}, "会議（--council 会議名）か行事"),
    ],
)
def test_labels_refuse_what_cannot_be_printed(
    demo_db: Database, options: dict[str, object], said: str
) -> None:
    with demo_db.sessions() as session, pytest.raises(UserError, match=said):
        address_labels.build(session, **options)  # type: ignore[arg-type]


def test_the_calibration_page_numbers_every_label_where_the_printer_puts_it(
    demo_db: Database, tmp_path: Path
) -> None:
    sheet, out = made(demo_db, label_calibration, tmp_path, layout="a-one-72244", offset="1,1")
    assert isinstance(sheet.layout, Grid)
    (page,) = printed_chars(out)
    numbers = [c for c in page if c.text.isdigit() and c.bottom - c.top > 3]
    grid = sheet.layout
    found = by_label(numbers, grid)
    assert found == {n: str(n) for n in range(1, 45)}
    assert "100mm" in text(page)  # the rule's figures


def test_an_envelope_is_written_down_with_the_postal_code_in_its_frame(
    demo_db: Database, tmp_path: Path
) -> None:
    with_addresses(demo_db)
    sheet, out = made(demo_db, envelopes, tmp_path, council=BOARD, as_of=DAY)
    assert isinstance(sheet.layout, Grid)
    assert all(size == pytest.approx((120, 235), abs=0.1) for size in page_sizes(out))
    page = printed_chars(out)[0]
    # (left, bottom, width, height) from the foot, in mm
    boxes = [tuple(v / mm for v in box) for box in postal_boxes((0, 0, 120 * mm, 235 * mm))]
    digits = page[:7]
    assert text(digits) == "1008914"
    for digit, (left, bottom, width, height) in zip(digits, boxes, strict=True):
        assert digit.inside((left, 235 - bottom - height, width, height))
    # The frame: 12 mm from the top, its right end 8 mm from the right edge.
    assert boxes[0][1] + boxes[0][3] == pytest.approx(235 - 12)
    assert boxes[-1][0] + boxes[-1][2] == pytest.approx(120 - 8)
    address = page[7 : 7 + len("東京都千代田区永田町一ー六ー一")]
    assert text(address) == "東京都千代田区永田町一ー六ー一"  # numbers as kanji numerals
    xs = [c.centre[0] for c in address]
    assert max(xs) - min(xs) < 0.5 and min(xs) > 90  # one column, at the right
    tops = [c.top for c in address]
    assert tops == sorted(tops) and tops[-1] - tops[0] > 50  # stacked, top to bottom
    assert {c.angle for c in address if c.text == "ー"} == {90}  # the dash as a vertical bar
    name = [c for c in page if c.bottom - c.top > 8]  # the name, large
    assert text(name).endswith(("様", "御中")) and len(text(name)) >= 3
    assert all(abs(c.centre[0] - 60) < 1 for c in name)  # down the middle


def test_tent_cards_read_upright_from_both_sides(demo_db: Database, tmp_path: Path) -> None:
    sheet, out = made(demo_db, name_cards, tmp_path, council=BOARD, as_of=DAY)
    assert isinstance(sheet.layout, Grid)
    # One style for the set: every name at the same size.
    assert len({b.size for c in sheet.layout.cards for b in c.blocks if b.role == "name"}) == 1
    page = printed_chars(out)[0]
    for card in range(2):
        top = card * 148.5
        upper = [c for c in page if top <= c.centre[1] < top + 74.25]
        lower = [c for c in page if top + 74.25 <= c.centre[1] < top + 148.5]
        assert upper and lower
        assert all(c.inside((0, top, 210, 74.25)) and c.angle == 180 for c in upper)
        assert all(c.inside((0, top + 74.25, 210, 74.25)) and c.angle == 0 for c in lower)
        # Turned half round, the upper face reads the same as the lower one.
        assert sorted(text(upper)) == sorted(text(lower))
        assert text(lower) == "".join(
            "".join(b.text.split()) for b in sheet.layout.cards[card].blocks
        )


@pytest.mark.parametrize(("layout", "size"), [("a-one-51002", (91, 55)), ("a6", (105, 148.5))])
def test_badges_lie_inside_their_cards(
    demo_db: Database, tmp_path: Path, layout: str, size: tuple[float, float]
) -> None:
    applicants(demo_db)
    sheet, out = made(demo_db, badges, tmp_path, series_name=FY2021, number=1, layout=layout)
    grid = sheet.layout
    assert isinstance(grid, Grid) and (grid.geometry.width, grid.geometry.height) == size
    page = by_label(printed_chars(out)[0], grid)
    assert sorted(page) == [1, 2]
    # The band's kind, the event, the organization, the reading above the name, the name.
    assert page[1] == f"一般{FY2021}第1回株式会社テストあおきはなこ青木花子".replace(" ", "")
    assert page[2].startswith("一般") and page[2].endswith("渡辺健")


LONG_ORGANIZATION = "一般社団法人埼玉県地域デジタル化推進機構（架空のサンプル）"
LONG_ADDRESS = "埼玉県秩父市下影森1234番地5 秩父駅前ビジネスセンタービル3階"


def test_a_long_address_stays_readable_on_the_smallest_labels(
    demo_db: Database, tmp_path: Path
) -> None:
    """On a label of 44 (48.3×25.4 mm) a whole address with a long organization and the post:
    all of it, the name at 8 pt or more and nothing under 5 pt (a department in small print
    still takes the letter to its desk; a label without it does not)."""
    with demo_db.transaction() as session:
        council = council_ops.add_council(session, council_ops.CouncilInput("小さなラベルの会議"))
        council_ops.save_member(
            session,
            council_ops.MemberInput(
                council,
                "member",
                post="企画調整部 地域連携推進課長",
                name="長谷川 由紀子",
                organization=LONG_ORGANIZATION,
                postal_code="369-1871",
                address=LONG_ADDRESS,
            ),
        )
    sheet, out = made(
        demo_db, address_labels, tmp_path, council="小さなラベルの会議", layout="a-one-72244"
    )
    assert isinstance(sheet.layout, Grid)
    chars = printed_chars(out)[0]
    printed = by_label(chars, sheet.layout)[1]
    assert printed == (
        f"〒369-1871{LONG_ADDRESS}{LONG_ORGANIZATION}企画調整部地域連携推進課長長谷川由紀子様"
    ).replace(" ", "")
    assert min(c.size for c in chars) >= 5
    name_sized = "".join(c.text for c in chars if c.size >= 8)
    assert name_sized.replace(" ", "") == "長谷川由紀子様"  # the name, and only the name
    # On the usual label of 12 the post is there, at its own size.
    sheet, out = made(demo_db, address_labels, tmp_path, council="小さなラベルの会議")
    assert isinstance(sheet.layout, Grid)
    assert "地域連携推進課長" in by_label(printed_chars(out)[0], sheet.layout)[1]


def test_a_long_event_name_takes_two_lines_of_8_pt_on_a_badge(
    demo_db: Database, tmp_path: Path
) -> None:
    applicants(demo_db)
    long_name = "令和3年度 近未来技術社会実装推進シンポジウム in 秩父 ～地域DXの未来を語る～"
    with demo_db.transaction() as session:
        series = session.scalars(select(EventSeries).where(EventSeries.name == FY2021)).one()
        series.name = long_name
    sheet, out = made(demo_db, badges, tmp_path, series_name=long_name, number=1)
    assert isinstance(sheet.layout, Grid)
    first = [c for c in printed_chars(out)[0] if c.inside(sheet.layout.geometry.rect(1))]
    heading = f"{long_name} 第1回".replace(" ", "")
    kind, event = first[:2], first[2 : 2 + len(heading)]
    assert text(kind) == "一般" and text(event) == heading  # whole, no …
    assert min(c.size for c in event) >= 8
    tops = sorted(c.top for c in event)
    assert sum(below - above > 2 for above, below in itertools.pairwise(tops)) == 1  # 2 lines
    assert max(c.bottom for c in event) < min(c.top for c in first[len(kind) + len(event) :])


@pytest.mark.parametrize(
    ("sheet", "extra"),
    [
        ("address-labels", ["--layout", "a-one-72212", "--start", "5", "--offset", "0.5,-0.5"]),
        ("address-labels", ["--preset", "avery-3475"]),
        ("label-calibration", ["--layout", "avery-l7160"]),
        ("envelopes", ["--layout", "naga3"]),
        ("name-cards", []),
        ("badges", ["--layout", "a6"]),
    ],
)
def test_the_command_line_prints_the_meeting_pack(
    demo_path: Path, tmp_path: Path, sheet: str, extra: list[str]
) -> None:
    out = tmp_path / "p.pdf"
    source = [] if sheet == "label-calibration" else ["--council", BOARD]
    done = secdesk("--db", demo_path, "print", sheet, *source, *extra, "-o", out)
    assert done.returncode == 0, done.stderr
    assert printed_chars(out)[0]


@pytest.mark.parametrize(
    ("sheet", "option", "value", "said"),
    [
        ("address-labels", "--layout", "kokuyo-1", "ラベル用紙「kokuyo-1」はありません"),
        ("address-labels", "--offset", "left", "--offset「left」"),
        ("envelopes", "--layout", "kaku2", "封筒「kaku2」はありません"),
        ("badges", "--layout", "b5", "名札の用紙「b5」はありません"),
        ("badges", "--start", "11", "--start は 1〜10"),
        ("name-cards", "--council", "ない会議", "会議「ない会議」はありません"),
    ],
)
def test_the_command_line_refuses_a_bad_option_in_one_line(
    demo_path: Path, tmp_path: Path, sheet: str, option: str, value: str, said: str
) -> None:
    out = tmp_path / "p.pdf"
    source = [] if option == "--council" else ["--council", BOARD]
    done = secdesk("--db", demo_path, "print", sheet, *source, option, value, "-o", out)
    assert done.returncode == 2 and not out.exists()
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and said in lines[0], done.stderr


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("千代田区永田町1-6-1", "千代田区永田町一ー六ー一"),
        ("霞が関3丁目1番1号", "霞が関三丁目一番一号"),  # 丁目・番・号 kept
        ("大手町２－１０　ＡＢＣビル12階", "大手町二ー一〇 ＡＢＣビル一二階"),
        ("本町100番地", "本町一〇〇番地"),
        ("駅前三丁目5番7号 タワー12F", "駅前三丁目五番七号 タワー一二階"),  # 12F as 12階
        ("本町1-2 ABCビルB1F", "本町一ー二 ＡＢＣビル地下一階"),
        ("中央１－２ ＦＢビル３Ｆ", "中央一ー二 ＦＢビル三階"),  # a name's F is kept
    ],
)
def test_an_address_is_written_down_with_kanji_numerals(typed: str, written: str) -> None:
    assert address_line(typed) == written
