"""The sheets of a council's meeting (第n回), read back from the printed PDFs: the pack's labels,
tent cards and badges for its invitees, the 開催通知 (built in, and merged into the office's
Word letter), the 出欠回答票, the 座席表 and the 受付簿・出欠一覧."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document

from db.database import Database
from db.errors import UserError
from desktop.sheets.model import Grid, Sheet
from desktop.sheets.registry import build_sheet
from desktop.sheets.render import render
from tests.helpers.cli_support import secdesk
from tests.helpers.meetings import AGENDA, COUNCIL, MEMBERS, Reply, add_meeting, people_council
from tests.helpers.paths import ROOT
from tests.helpers.pdf_chars import Char, printed_chars
from tests.helpers.sheet_support import pdf_text

SAMPLE = ROOT / "resources" / "templates" / "invitation.docx"

ON_THE_DAY = {
    0: Reply("attend"),
    1: Reply("deputy", "代理 次郎", "取締役", "随行 一\n随行 二"),
    2: Reply("absent"),
}


@pytest.fixture
def meeting_db(database: Database) -> Database:
    """The council of six, its 第2回 with three replies (出席, 代理出席, 欠席) and three none."""
    people_council(database)
    add_meeting(database, replies=ON_THE_DAY)
    return database


def printed(db: Database, name: str, tmp_path: Path, **options: object) -> tuple[Sheet, Path]:
    with db.sessions() as session:
        sheet = build_sheet(session, name, {"council": COUNCIL, "meeting": 2, **options})
    out = tmp_path / f"{name}.pdf"
    render(sheet, "pdf", out)
    return sheet, out


def text(chars: list[Char]) -> str:
    return "".join(c.text for c in chars)


def pdf_pages(out: Path) -> list[str]:
    return pdf_text(out).split("\f")[:-1]


def test_labels_are_printed_for_every_invitee_in_their_order(
    meeting_db: Database, tmp_path: Path
) -> None:
    sheet, out = printed(meeting_db, "address-labels", tmp_path, start=5)
    assert isinstance(sheet.layout, Grid)
    page = text(printed_chars(out)[0])
    names = ["山田太郎様", "佐藤花子様", "鈴木一郎様", "伊藤健様", "渡辺美咲様", "後藤誠様"]
    assert [page.index(n) for n in names] == sorted(page.index(n) for n in names)
    assert "株式会社みらいテック" in page  # the legal form written out
    assert sheet.title == "第2回秩父地域 未来技術検討会 宛名ラベル"


def test_tent_cards_and_badges_are_for_all_but_those_declining_with_the_deputy_in_place(
    meeting_db: Database, tmp_path: Path
) -> None:
    for name in ("name-cards", "badges"):
        sheet, out = printed(
            meeting_db, name, tmp_path, **({"start": 1} if name == "badges" else {})
        )
        assert isinstance(sheet.layout, Grid)
        names = [dict(card.fields())["氏名"] for card in sheet.layout.cards]
        # 出席, 代理出席 (the deputy), and the three who have not replied yet; not 欠席
        assert names == ["山田 太郎", "代理 次郎", "伊藤 健", "渡辺 美咲", "後藤 誠"], name
        pages = text([c for page in printed_chars(out) for c in page])
        assert "取締役" in pages and "佐藤" not in pages and "鈴木" not in pages


def test_before_any_reply_every_invitee_gets_a_tent_card(
    database: Database, tmp_path: Path
) -> None:
    people_council(database)
    add_meeting(database)
    sheet, _out = printed(database, "name-cards", tmp_path)
    assert isinstance(sheet.layout, Grid) and len(sheet.layout.cards) == 6


def test_a_meeting_the_council_does_not_have_is_said_with_those_it_has(
    meeting_db: Database,
) -> None:
    with meeting_db.sessions() as session, pytest.raises(UserError) as refused:
        build_sheet(session, "address-labels", {"council": COUNCIL, "meeting": 7})
    assert str(refused.value) == f"「{COUNCIL}」に第7回はありません（あるのは 第2回）。"
    with meeting_db.sessions() as session, pytest.raises(UserError, match="--council"):
        build_sheet(session, "badges", {"meeting": 2, "series": "何かの行事", "session": 1})


def test_the_notice_is_a_letter_to_each_invitee_with_the_particulars(
    meeting_db: Database, tmp_path: Path
) -> None:
    _sheet, out = printed(meeting_db, "invitation", tmp_path, as_of=dt.date(2026, 11, 20))
    pages = pdf_pages(out)
    assert len(pages) == 6  # one letter a page
    first = [line.strip() for line in pages[0].splitlines() if line.strip()]
    assert first[0] == "令和8年11月20日"
    assert first[1:6] == [
        "〒368-8686",
        "埼玉県秩父市熊木町8-15",
        "国立大学法人秩父大学",
        "教授",
        "山田 太郎 様",
    ]
    assert "秩父市 未来技術推進課" in first  # the council's 事務局 writes
    assert "第2回秩父地域 未来技術検討会の開催について（通知）" in first
    details = " ".join(first[first.index("記") :])
    assert "令和8年12月18日（金）14:00～16:00" in details
    assert "中央合同庁舎8号館 8階特別大会議室" in details
    for number, item in enumerate(AGENDA.splitlines(), start=1):
        assert f"{number}．{item}" in details
    assert "回答期限 令和8年12月4日（金）" in " ".join(details.split())
    assert "株式会社みらいテック" in pages[1] and "(株)" not in pages[1]


def test_the_notice_merged_into_the_offices_word_letter(
    meeting_db: Database, tmp_path: Path
) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "開催通知.docx"
    with meeting_db.sessions() as session:
        sheet = build_sheet(session, "invitation", {"council": COUNCIL, "template": str(SAMPLE)})
    render(sheet, "pdf", out)
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "{{" not in text and "}}" not in text
    for name in ("山田 太郎 様", "佐藤 花子 様", "後藤 誠 様"):
        assert text.count(name) == 1
    assert text.count("第2回秩父地域 未来技術検討会の開催について（通知）") == 6
    assert "3．今後の進め方について" in text and "令和8年12月4日（金）" in text
    assert [n.name for n in out.parent.iterdir()] == ["開催通知.docx"]  # nothing left beside it


def test_a_template_with_a_field_the_program_does_not_fill_is_refused_in_a_line(
    meeting_db: Database, tmp_path: Path
) -> None:
    template = tmp_path / "letter.docx"
    document = Document()
    document.add_paragraph("{{ 宛名 }}")
    document.add_paragraph("{{ 所属長 }} より")
    document.save(str(template))
    with meeting_db.sessions() as session, pytest.raises(UserError) as refused:
        build_sheet(session, "invitation", {"council": COUNCIL, "template": str(template)})
    said = str(refused.value)
    assert "{{ 所属長 }}" in said and "\n" not in said and "宛名" in said


def test_a_notice_of_a_meeting_on_the_web_gives_its_address(
    database: Database, tmp_path: Path
) -> None:
    people_council(database)
    add_meeting(database, venue=None, url="https://example.jp/m/2", reply_by=None)
    _sheet, out = printed(database, "invitation", tmp_path)
    page = " ".join(pdf_pages(out)[0].split())
    assert "URL https://example.jp/m/2" in page
    assert "回答期限" not in page and "出欠回答票" not in page  # no deadline set: none asked


def test_a_template_that_names_no_addressee_is_refused(
    meeting_db: Database, tmp_path: Path
) -> None:
    template = tmp_path / "letter.docx"
    document = Document()
    document.add_paragraph("{{ 会議名 }}のご案内")
    document.save(str(template))
    with meeting_db.sessions() as session, pytest.raises(UserError, match="宛先の差し込み"):
        build_sheet(session, "invitation", {"council": COUNCIL, "template": str(template)})


def test_a_reply_form_for_each_invitee(meeting_db: Database, tmp_path: Path) -> None:
    _sheet, out = printed(meeting_db, "reply-form", tmp_path)
    pages = pdf_pages(out)
    assert len(pages) == 6
    page = " ".join(pages[3].split())
    assert page.startswith("秩父市 未来技術推進課 行 FAX： メール：")  # to fill in: not known
    assert "出欠回答票 第2回秩父地域 未来技術検討会" in page
    assert "回答期限：令和8年12月4日（金）まで" in page
    assert "埼玉県" in page and "企画財政部長" in page and "伊藤 健" in page
    assert "ご出欠 出席 欠席 代理出席" in page and "代理出席の方" in page
    assert "随行者" in page and page.count("役職：") == 3  # the deputy's and two companions'
    boxes = [c for c in printed_chars(out)[3] if c.text in "出欠代"]
    assert boxes  # the choices are printed, each with a box to tick


def seats(out: Path) -> dict[str, tuple[str, int]]:
    """Each printed name's side of the page (left / right of the centre) and row from the top."""
    names = [c for c in printed_chars(out)[0] if c.bottom - c.top > 4]  # printed large
    found: dict[str, tuple[str, int]] = {}
    tops: list[float] = sorted({round(c.top) for c in names if c.text in "山佐鈴伊渡後代"})
    for surname in "佐鈴伊渡後代":
        char = next((c for c in names if c.text == surname), None)
        if char is not None:
            side = "right" if char.centre[0] > 297 / 2 else "left"
            found[surname] = (side, tops.index(round(char.top)))
    return found


@pytest.mark.parametrize(("rule", "first"), [(None, "right"), ("left", "right"), ("right", "left")])
def test_the_seating_plan_seats_members_by_rank_alternating_from_the_head(
    database: Database, tmp_path: Path, rule: str | None, first: str
) -> None:
    people_council(database)
    add_meeting(database)  # no replies yet: everyone is seated
    options = {"seating_rule": rule} if rule else {}
    _sheet, out = printed(database, "seating", tmp_path, **options)
    other = "left" if first == "right" else "right"
    # 左上位: the first member on the chair's left, which is the page's right (the chair
    # faces down the table); 右上位 the other way round.
    assert seats(out) == {
        "佐": (first, 1),
        "鈴": (other, 1),
        "伊": (first, 2),
        "渡": (other, 2),
        "後": (first, 3),
    }
    page = text(printed_chars(out)[0])
    head = page.index("山田太郎")
    assert page.index("国立大学法人秩父大学") < head  # the chair, at the head, first drawn
    assert "事務局秩父市未来技術推進課" in page


def test_once_replies_are_in_the_seating_plan_seats_those_who_come(
    meeting_db: Database, tmp_path: Path
) -> None:
    _sheet, out = printed(meeting_db, "seating", tmp_path)
    # the deputy in 佐藤's seat, 鈴木 (欠席) gone, those not replied yet seated by rank
    assert seats(out) == {
        "代": ("right", 1),
        "伊": ("left", 1),
        "渡": ("right", 2),
        "後": ("left", 2),
    }


def test_the_reception_list_in_either_order_with_its_totals(
    meeting_db: Database, tmp_path: Path
) -> None:
    sheet, out = printed(meeting_db, "attendance", tmp_path)
    (section,) = sheet.sections
    assert [row[3] for row in section.rows] == [name for _r, name, *_ in MEMBERS]
    printed_text = " ".join(pdf_pages(out)[0].split())
    assert "計 6名：出席 1名・代理出席 1名・欠席 1名・未回答 3名（随行者 2名）" in printed_text
    assert "取締役 代理 次郎" in printed_text and "随行 一" in printed_text
    sheet, _out = printed(meeting_db, "attendance", tmp_path, order="gojuon")
    (section,) = sheet.sections
    # いとう, ごとう, さとう, すずき, やまだ, わたなべ: 五十音順, voiced ご among the こ.
    assert [row[3] for row in section.rows] == [
        "伊藤 健", "後藤 誠", "佐藤 花子", "鈴木 一郎", "山田 太郎", "渡辺 美咲",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("sheet", "extra"),
    [
        ("invitation", ()),
        ("reply-form", ()),
        ("seating", ("--seating-rule", "right")),
        ("attendance", ("--order", "gojuon")),
        ("address-labels", ("--start", "5")),
        ("envelopes", ()),
        ("name-cards", ()),
        ("badges", ("--layout", "a6")),
    ],
)
def test_each_sheet_of_a_meeting_from_the_command_line(
    meeting_db: Database, tmp_path: Path, sheet: str, extra: tuple[str, ...]
) -> None:
    out = tmp_path / f"{sheet}.pdf"
    done = secdesk(
        "--db", str(meeting_db.path), "print", sheet, "--council", COUNCIL, "--meeting", "2",
        *extra, "-o", out,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF") and "書き出しました" in done.stdout


@pytest.mark.parametrize(
    ("sheet", "option", "value", "said"),
    [
        ("seating", "--seating-rule", "middle", "--seating-rule「middle」は使えません"),
        ("attendance", "--order", "kana", "--order「kana」は使えません"),
        ("reply-form", "--meeting", "9", "第9回はありません"),
        ("invitation", "--template", "nowhere.docx", "nowhere.docx」がありません"),
    ],
)
def test_a_bad_option_is_refused_in_one_line(
    meeting_db: Database, tmp_path: Path, sheet: str, option: str, value: str, said: str
) -> None:
    out = tmp_path / "out.pdf"
    done = secdesk(
        "--db", str(meeting_db.path), "print", sheet, "--council", COUNCIL, option, value, "-o", out
    )
    assert done.returncode == 2 and not out.exists()
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and said in lines[0], done.stderr


def test_the_merged_notice_from_the_command_line_is_a_word_document(
    meeting_db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "notice.docx"
    done = secdesk(
        "--db", str(meeting_db.path), "print", "invitation", "--council", COUNCIL,
        "--template", SAMPLE, "-o", out,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "山田 太郎 様" in "\n".join(p.text for p in Document(str(out)).paragraphs)
    pdf = tmp_path / "notice.pdf"
    done = secdesk(
        "--db", str(meeting_db.path), "print", "invitation", "--council", COUNCIL,
        "--template", SAMPLE, "-o", pdf,
    )  # fmt: skip
    assert done.returncode == 2 and ".docx" in done.stderr and not pdf.exists()


def test_the_merged_notice_into_a_folder_is_one_word_document_per_invitee(
    meeting_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "開催通知"
    folder.mkdir()
    done = secdesk(
        "--db", str(meeting_db.path), "print", "invitation", "--council", COUNCIL,
        "--template", SAMPLE, "-o", folder,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    names = sorted(n.name for n in folder.iterdir())
    assert names == [
        f"{n:02d}_{name.replace(' ', '')}.docx" for n, (_r, name, *_) in enumerate(MEMBERS, 1)
    ]
    first = "\n".join(p.text for p in Document(str(folder / names[0])).paragraphs)
    assert "山田 太郎 様" in first and "佐藤 花子 様" not in first
