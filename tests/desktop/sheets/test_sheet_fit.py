"""Sheets that fit their content: each column as wide as its strings need, names and short words
never broken — read back from the printed PDF by its rules and the position of its words."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.database import Database
from desktop.ops import councils as council_ops
from desktop.sheets import (
    council_members,
    counts,
    projects,
    smart_city,
    support_status,
    symposium_schedule,
    upcoming,
)
from desktop.sheets.linebreak import CANNOT_END, CANNOT_START, wrap
from desktop.sheets.model import Column, Section, Sheet
from desktop.sheets.render import render
from desktop.sheets.words import english_headings
from tests.helpers.sheet_support import (
    FY2021,
    LIAISON,
    PrintedTable,
    needs_poppler,
    pdf_text,
    printed_tables,
)

CHICHIBU = "秩父市 未来技術社会実装協議会"
PADDING = 9  # a cell's padding on both sides, and the point spared for rounding
SLACK = 10  # less than a character of room at the end of the lines cannot be used


def cell_lines(table: PrintedTable) -> list[tuple[int, list[str]]]:
    """(column, its lines) of every cell of the page."""
    return [(column, [t for _l, _r, t in lines]) for (_b, column), lines in table.cells.items()]


def overwide_while_another_wraps(tables: list[PrintedTable]) -> list[str]:
    """The columns wider than their widest line needs while a cell of another column wraps."""
    need: dict[int, float] = {}
    wrapping: set[int] = set()
    for table in tables:
        for (_band, column), lines in table.cells.items():
            widest = max(right - left for left, right, _text in lines)
            need[column] = max(need.get(column, 0.0), widest)
            if len(lines) > 1:
                wrapping.add(column)
    widths = {i: tables[0].width(i) for i in range(len(tables[0].columns))}
    return [
        f"column {i}: {widths[i]:.0f} pt for {need.get(i, 0):.0f} pt of text"
        for i in widths
        if wrapping - {i} and widths[i] > need.get(i, 0) + PADDING + SLACK
    ]


def printed(sheet: Sheet, tmp_path: Path) -> list[PrintedTable]:
    pdf = tmp_path / f"{sheet.name}.pdf"
    render(sheet, "pdf", pdf)
    return printed_tables(pdf)


def column_of(tables: list[PrintedTable], title: str) -> int:
    for table in tables:
        for (band, column), lines in table.cells.items():
            if band == 1 and [t for _l, _r, t in lines] == [title]:
                return column
    raise AssertionError(f"no column {title}")


@needs_poppler
@pytest.mark.parametrize("contacts", [False, True], ids=["portrait", "with-contacts"])
def test_the_chichibu_roster_gives_each_column_what_its_strings_need(
    demo_db: Database, tmp_path: Path, contacts: bool
) -> None:
    with demo_db.sessions() as session:
        sheet = council_members.build(session, CHICHIBU, contacts=contacts)
    tables = printed(sheet, tmp_path)  # a table per group of members (地方公共団体等 …)
    post, organization = column_of(tables, "役職"), column_of(tables, "所属")
    # 役職 is empty but in one row: it is no longer the widest column.
    assert all(table.width(post) < table.width(organization) for table in tables)
    lines = [line for table in tables for line in cell_lines(table)]
    # nothing wraps but the 備考 of the seat whose source misnamed its ministry (農林庁)
    wrapped = [texts for _column, texts in lines if len(texts) > 1]
    assert all("".join(texts).startswith("資料の表記は") for texts in wrapped), wrapped
    printed_texts = {texts[0] for _column, texts in lines}
    assert {"現地支援責任者", "内閣府地方創生推進事務局", "(公財)本庄早稲田国際リサーチパーク"} <= (
        printed_texts
    )
    assert not overwide_while_another_wraps(tables)


PEOPLE = (
    # role, post, name, organization, note
    ("onsite_lead", "現地支援責任者", "山本 健一", "株式会社みらいテック", ""),
    (
        "member",
        "厚生労働省大臣官房審議官（科学技術・イノベーション等担当）",
        "長谷川 真理子",
        "一般社団法人とても長い名前の地域未来技術社会実装推進協議会連合会",
        "地域の未来技術を社会に実装するための取組について関係者と協議する（令和8年度）。" * 2,
    ),
    ("member", "地域連携部長", "佐々木 一之介", "株式会社みらいテック", "オンライン参加"),
    ("member", "", "小田 翔", "国立大学法人みらい工業大学 大学院工学研究科", ""),
)


def crowded_roster(db: Database) -> str:
    name = "氏名の試験協議会"
    with db.transaction() as session:
        council_id = council_ops.add_council(session, council_ops.CouncilInput(name))
        for role, post, person, organization, note in PEOPLE:
            council_ops.save_member(
                session,
                council_ops.MemberInput(
                    council_id,
                    role,
                    post=post,
                    name=person,
                    organization=organization,
                    note=note,
                    email=f"{len(person)}.someone@example.jp",
                    phone="03-1234-5678",
                ),
            )
    return name


@needs_poppler
@pytest.mark.parametrize("contacts", [False, True], ids=["portrait", "with-contacts"])
def test_names_and_short_words_are_never_broken(
    demo_db: Database, tmp_path: Path, contacts: bool
) -> None:
    council = crowded_roster(demo_db)
    with demo_db.sessions() as session:
        sheet = council_members.build(session, council, contacts=contacts)
    tables = printed(sheet, tmp_path)
    names = column_of(tables, "氏名")
    lines = [(column, texts) for table in tables for column, texts in cell_lines(table)]
    # Every name on one line, family and given name together.
    assert sorted(texts for column, texts in lines if column == names) == sorted(
        [[person] for _r, _p, person, _o, _n in PEOPLE] + [["氏名"]]
    )
    for word in (
        "現地支援責任者",
        "株式会社みらいテック",
        "イノベーション等担当）",
        "地域連携部長",
    ):
        cells = [texts for _column, texts in lines if word in "".join(texts)]
        assert cells and all(any(word in line for line in texts) for texts in cells), (word, cells)
    for _column, texts in lines:  # the Japanese rules still hold
        for before, line in itertools.pairwise(texts):
            assert line[0] not in CANNOT_START and before[-1] not in CANNOT_END, texts
    assert any(len(texts) > 1 for _c, texts in lines)  # the long note does wrap
    assert not overwide_while_another_wraps(tables)


DEMO_SHEETS: dict[str, Callable[[Any], Sheet]] = {
    "liaison": lambda s: council_members.build(s, LIAISON, children=True, contacts=True),
    "schedule": lambda s: symposium_schedule.build(s, FY2021),
    "counts": counts.build,
    "projects": projects.build,
    "smart-city": smart_city.build,
    "support-status": lambda s: support_status.build(s, as_of=dt.date(2021, 10, 1)),
    "upcoming": lambda s: upcoming.build(s, as_of=dt.date(2020, 7, 1)),
}


@needs_poppler
@pytest.mark.parametrize("name", DEMO_SHEETS)
def test_no_column_is_wider_than_its_strings_while_another_wraps(
    demo_db: Database, tmp_path: Path, name: str
) -> None:
    with demo_db.sessions() as session:
        sheet = DEMO_SHEETS[name](session)
    tables = printed(sheet, tmp_path)
    assert not overwide_while_another_wraps(tables)


@needs_poppler
def test_an_empty_column_is_left_out_unless_it_is_filled_in_by_hand(tmp_path: Path) -> None:
    sheet = Sheet(
        name="reception",
        title="受付簿",
        as_of="令和8年11月22日現在",
        columns=(
            Column("氏名", 2, names=True),
            Column("役職", 3),
            Column("所属", 2),
            Column("受付", 0.7, "center", keep=True),
        ),
        sections=(Section(None, (("山本 健一", "", "秩父市", ""), ("小田 翔", "", "埼玉県", ""))),),
    )
    tables = printed(sheet, tmp_path)
    (table,) = tables
    headings = [texts for (band, _c), lines in table.cells.items() if band == 1 for texts in lines]
    assert [text for _l, _r, text in headings] == ["氏名", "所属", "受付"]  # no empty 役職
    assert table.width(2) < table.width(1)  # 受付 stays, narrow


def one_per_char(text: str) -> float:
    return float(len(text))


@given(
    st.text(alphabet="あいう漢字・ 。、」）「（ー", min_size=1, max_size=80),
    st.integers(min_value=4, max_value=16),
)
def test_breaking_between_words_keeps_the_japanese_rules(text: str, width: int) -> None:
    lines = wrap(text, width, one_per_char, whole=8)
    assert "".join(lines) == text  # nothing lost or added
    for before, line in itertools.pairwise(lines):
        assert line[0] not in CANNOT_START
        assert before[-1] not in CANNOT_END or set(before) <= CANNOT_END
    for line in lines:  # only closing marks and spaces may hang over the edge
        assert len(line.rstrip("".join(CANNOT_START) + " ")) <= width


def test_a_short_word_moves_to_the_next_line_whole_and_a_name_stays_whole() -> None:
    post = "厚生労働省大臣官房審議官（科学技術・イノベーション等担当）"
    assert wrap(post, 20, one_per_char, whole=12) == [
        "厚生労働省大臣官房審議官（科学技術・",
        "イノベーション等担当）",
    ]
    assert wrap("山本 健一", 5, one_per_char, names=True) == ["山本 健一"]
    assert wrap("山本 健一", 4, one_per_char, names=True) == ["山本 ", "健一"]


def printed_pages(sheet: Sheet, tmp_path: Path) -> list[str]:
    """Each printed page's text, without spaces, line by line."""
    pdf = tmp_path / f"{sheet.name}.pdf"
    render(sheet, "pdf", pdf)
    pages = pdf_text(pdf).split("\f")
    return ["\n".join("".join(line.split()) for line in page.splitlines()) for page in pages]


@needs_poppler
@pytest.mark.parametrize("english", [False, True], ids=["japanese", "english"])
def test_a_table_going_on_over_a_page_repeats_its_heading_and_notes_stay_with_it(
    demo_db: Database, tmp_path: Path, english: bool
) -> None:
    with demo_db.sessions() as session, english_headings(english):
        sheet = counts.build(session)
    first, second = printed_pages(sheet, tmp_path)[:2]
    keidanren = "経団連地域協創アクションプログラム"
    open_lab = "地域未来構想20オープンラボ"
    continued = f"{keidanren}(continued)" if english else f"{keidanren}（続き）"
    # Page 2 goes on with the 経団連 table: its heading marked as continued, then its columns.
    heading, columns = second.strip().splitlines()[:2]
    assert heading == continued
    assert columns.startswith("Field" if english else "分野")
    # The オープンラボ's published counts under its own table, before the 経団連 table begins.
    note = next(line for line in first.splitlines() if line.startswith(f"※{open_lab}の公表値"))
    assert first.index(open_lab) < first.index(note) < first.index(keidanren)
    assert continued not in first


@needs_poppler
def test_the_smart_city_legend_is_kept_together_with_the_table_it_explains(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.sessions() as session:
        sheet = smart_city.build(session)
    pages = printed_pages(sheet, tmp_path)
    legend = [note.replace(" ", "")[:12] for note in sheet.notes]
    (page,) = [p for p in pages if legend[0] in p]
    assert all(line in page for line in legend)  # all five marks on one page
    assert "62沖縄県北谷町" in page and "61沖縄県宮古島市" in page  # with the last two rows
    last_row = page.index("62沖縄県北谷町")
    assert all(page.index(line) > last_row for line in legend)  # under it


@needs_poppler
def test_a_section_heading_is_never_left_alone_at_the_foot_of_a_page(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.sessions() as session:
        sheet = projects.build(session)
    headings = {"".join((s.heading or "").split()) for s in sheet.sections}
    pages = printed_pages(sheet, tmp_path)
    seen = set()
    for page in pages:
        lines = [line for line in page.splitlines() if line]
        for number, line in enumerate(lines):
            if line in headings:
                seen.add(line)
                assert lines[number + 1].startswith("No."), (line, lines[number + 1])
    assert seen == headings


@needs_poppler
def test_a_short_word_is_printed_a_little_smaller_rather_than_broken(tmp_path: Path) -> None:
    word = "現地支援責任者"
    columns = tuple(Column(f"列{n}") for n in range(1, 8))  # too many for the word at full size
    sheet = Sheet(
        name="narrow",
        title="狭い列",
        as_of="令和8年11月22日現在",
        columns=columns,
        sections=(Section(None, ((word,) * len(columns),) * 3),),
    )
    (table,) = printed(sheet, tmp_path)
    cells = [lines for (band, _c), lines in table.cells.items() if band > 1]
    assert len(cells) == 3 * len(columns)
    full_size = 7 * 9.5  # seven full-width characters at the cell's 9.5 pt
    for lines in cells:
        ((left, right, text),) = lines  # on one line, whole
        assert text == word and 0.85 * full_size - 1 <= right - left < full_size - 1


@needs_poppler
def test_an_almost_empty_column_gives_way_to_the_long_titles(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.sessions() as session:
        sheet = projects.build(session, as_of=dt.date(2021, 10, 1))
    tables = printed(sheet, tmp_path)
    technology, term = column_of(tables, "技術"), column_of(tables, "支援期間")
    title = column_of(tables, "提案タイトル")
    # 技術 is known for one project of twenty: its column is no wider than the short 支援期間
    # beside it, its one cell wraps, and the titles have the room.
    assert all(table.width(technology) < table.width(term) for table in tables)
    assert all(table.width(title) > 6 * table.width(technology) for table in tables)
    (known,) = [
        [text for _l, _r, text in lines]
        for table in tables
        for (_band, column), lines in table.cells.items()
        if column == technology and lines[0][2] != "技術"
    ]
    assert len(known) > 1 and "".join("".join(known).split()) == "AI、IoT、自動運転、ドローン"
    # 支援期間 reads as a range of fiscal years, each on one line.
    terms = [
        [text for _l, _r, text in lines]
        for table in tables
        for (_band, column), lines in table.cells.items()
        if column == term and lines[0][2] != "支援期間"
    ]
    assert ["平成30～令和2年度"] in terms and ["令和元～3年度"] in terms
    assert all(len(lines) == 1 for lines in terms)


def numbered_rows(count: int) -> Sheet:
    return Sheet(
        name="rows",
        title="注記つきの一覧",
        as_of="令和8年11月22日現在",
        columns=(Column("番号"), Column("内容", 4)),
        sections=(Section("一覧", tuple((f"項目{n}", "内容") for n in range(1, count + 1))),),
        notes=("※注記その一。", "※注記その二。", "※注記その三。"),
    )


@needs_poppler
@pytest.mark.parametrize("count", range(24, 34))
def test_the_last_row_never_stands_alone_at_the_top_of_a_page_with_the_notes(
    tmp_path: Path, count: int
) -> None:
    # Around a page's worth of rows: the last ones fall at the foot of page 1, or just over.
    pages = [p for p in printed_pages(numbered_rows(count), tmp_path) if p.strip()]
    printed_rows = [
        [line.split("内容")[0] for line in page.splitlines() if line.startswith("項目")]
        for page in pages
    ]
    assert [row for page in printed_rows for row in page] == [
        f"項目{n}" for n in range(1, count + 1)
    ]
    notes_page = next(n for n, page in enumerate(pages) if "※注記その一。" in page)
    assert "※注記その三。" in pages[notes_page]  # the notes together
    assert len(printed_rows[notes_page]) >= 2, printed_rows
    for page in printed_rows[1:]:  # no page goes on with a single row
        assert len(page) >= 2, printed_rows
