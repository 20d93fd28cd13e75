"""Every stored text prints: records taller than a page, characters the print font lacks,
control characters and combining marks — read back from the PDF a user would get."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph, Table
from sqlalchemy import select

from db import models
from db.database import Database
from desktop.imports import pipeline
from desktop.sheets import fonts
from desktop.sheets.glyphs import Glyphs, unprintable
from desktop.sheets.model import Column, Grid, Section, Sheet
from desktop.sheets.pdf import build_story, pdf_bytes, render_pdf
from desktop.sheets.pdf_sections import SectionBlock
from desktop.sheets.registry import SHEETS, build_sheet
from desktop.sheets.render import render
from desktop.sheets.xlsx import EXCEL_CELL_LIMIT
from tests.helpers.cli_support import secdesk
from tests.helpers.import_files import filled_expert_form, prepare
from tests.helpers.pdf_chars import printed_chars
from tests.helpers.sheet_support import (
    FY2021,
    LIAISON,
    needs_poppler,
    pdf_fonts,
    pdf_text,
    printed_tables,
    written_by_an_older_version,
)

YOSHI = "\U00020bb7"  # 𠮷 (土吉), CJK extension B: not in IPAex or BIZ UD fonts


def long_text(length: int, end: str) -> str:
    """Japanese text of about `length` characters ending with an ASCII marker that pdftotext
    returns whole (a Latin word is never broken across lines)."""
    sentence = "地域の未来技術を社会に実装するための取組、「実証」（令和8年度）。"
    return (sentence * (length // len(sentence) + 1))[:length] + end


def pages_of(pdf: Path) -> list[str]:
    return [page for page in pdf_text(pdf).split("\f") if page.strip()]


def squeezed(pdf: Path) -> str:
    return "".join(pdf_text(pdf).split())


def body(pdf: Path, header: str) -> str:
    """The pages' text without spaces, the repeated table header and the page numbers: a
    record printed across pages reads as one text."""
    pages = ("".join(page.split()).replace(header, "") for page in pages_of(pdf))
    return "".join(re.sub(r"\d+/\d+$", "", page) for page in pages)


def sheet_of(rows: tuple[tuple[str, ...], ...], **changes: Any) -> Sheet:
    return Sheet(
        name="test",
        title=changes.pop("title", "試験"),
        as_of="令和8年11月22日現在",
        columns=(Column("No.", 0.5, "right"), Column("氏名", 2), Column("概要", 4)),
        sections=(Section(changes.pop("heading", None), rows),),
        **changes,
    )


@needs_poppler
@pytest.mark.parametrize("booklet", [False, True], ids=["sheet", "booklet"])
def test_a_record_taller_than_a_page_prints_across_pages(tmp_path: Path, booklet: bool) -> None:
    name = long_text(2000, "NAMEEND")
    summary = long_text(1500, "SUMMARYEND")
    rows = (("1", "前の人", "短い"), ("2", name, ""), ("3", "", summary), ("4", "次の人", ""))
    heading = long_text(300, "HEADEND")
    sheet = sheet_of(rows, heading=heading, booklet=booklet)
    out = tmp_path / "long.pdf"
    render_pdf(sheet, out)
    pages = pages_of(out)
    assert len(pages) >= 4
    assert all("氏名" in page and "概要" in page for page in pages[booklet:])  # header repeated
    # The heading repeated over the pages the table goes on (（続き）) is not part of a record.
    text = body(out, "No.氏名概要").replace(f"{heading}（続き）", "")
    # Every character printed, in order: nothing cut, nothing lost at the page breaks.
    assert f"1前の人短い2{name}3{summary}4次の人" in text
    assert "HEADEND" in text
    render(sheet, "xlsx", tmp_path / "long.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "long.xlsx").active
    assert ws is not None
    cells = list(ws.iter_rows(values_only=True))
    assert ("2", name, None) in cells and ("3", None, summary) in cells


def test_a_value_longer_than_an_excel_cell_is_cut_with_a_note(tmp_path: Path) -> None:
    huge = long_text(EXCEL_CELL_LIMIT + 100, "END")
    render(sheet_of((("1", "名前", huge),)), "xlsx", tmp_path / "huge.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "huge.xlsx").active
    assert ws is not None
    values = [v for row in ws.iter_rows(values_only=True) for v in row if isinstance(v, str)]
    cut = next(v for v in values if v.startswith(huge[:20]))
    assert len(cut) == EXCEL_CELL_LIMIT and cut.endswith("…（以下略）")
    assert any("以下略" in v and "PDF にはすべて印刷されます" in v for v in values)


LONG_SERIES = FY2021 + long_text(2000, "SERIESEND")


def every_sheet_of(session: Any) -> list[Sheet]:
    """Each registered sheet, as the command line builds it (each given the options it takes)."""
    options: dict[str, object] = {
        "council": LIAISON,
        "series": LONG_SERIES,
        "session": 1,
        "category": "医療",
        "contacts": True,
        "children": True,
    }
    on_day = {"upcoming": dt.date(2020, 7, 1), "support-status": dt.date(2021, 10, 1)}
    return [
        build_sheet(session, name, {**taken_by(name, options), "as_of": on_day.get(name)})
        for name in SHEETS
    ]


def taken_by(name: str, options: dict[str, object]) -> dict[str, object]:
    taken = {key: value for key, value in options.items() if SHEETS[name].option(key)}
    if "council" in taken and "series" in taken:  # the meeting pack prints for one of them
        del taken["series"], taken["session"]
    return taken


def make_everything_long(db: Database, tmp_path: Path) -> None:
    """Old data as it may be stored: names of 2,000 characters, 概要 of 1,500, shown on every
    sheet; the change history keeps the old and new values."""
    folder = tmp_path / "forms"
    folder.mkdir()
    filled_expert_form(folder, 1)  # an expert for the catalog
    pipeline.commit(db, prepare(db, folder))
    with written_by_an_older_version(), db.transaction() as session:

        def first(model: Any, *where: Any) -> Any:
            return session.scalars(select(model).where(*where).order_by(model.id)).first()

        for council in session.scalars(select(models.Council)):
            member = first(models.Membership, models.Membership.council_id == council.id)
            if member is not None:
                member.post = long_text(2000, "POSTEND")
                member.note = long_text(1500, "NOTEEND")
        project = first(models.Project)
        project.title = long_text(2000, "TITLEEND")
        project.summary = long_text(1500, "SUMMARYEND")
        for registration in session.scalars(select(models.Registration)):
            registration.summary = long_text(1500, "SUMMARYEND")
        for event in session.scalars(select(models.EventSession)):
            event.theme = long_text(2000, "THEMEEND")
            event.note = long_text(1500, "NOTEEND")
        for series in session.scalars(select(models.EventSeries)):
            series.note = long_text(1500, "NOTEEND")
            if series.name == FY2021:
                series.name = LONG_SERIES
        for milestone in session.scalars(select(models.Milestone)):
            milestone.label = long_text(2000, "LABELEND")
        measure = first(models.Measure)
        measure.name = long_text(2000, "MEASUREEND")
        selection = first(models.MeasureSelection)
        selection.area = long_text(2000, "AREAEND")
        for category in session.scalars(select(models.Category)):
            if category.name not in ("医療", "教育"):  # the matching sheet is asked for by name
                category.name = long_text(2000, "FIELDEND") + str(category.id)
        for organization in session.scalars(select(models.Organization)):
            organization.name = long_text(2000, "ORGEND") + str(organization.id)
        person = models.Person(name=long_text(2000, "PERSONEND"), name_key="x", kana="ア")
        session.add(person)
        # The same name key: the duplicates sheet lists the pair.
        session.add(models.Person(name=person.name, name_key="x"))
        # A meeting of the 連絡会議 (its sheets print its invitees, with their long posts).
        liaison = first(models.Council, models.Council.name == LIAISON)
        meeting = models.Meeting(
            council=liaison,
            number=1,
            venue=long_text(2000, "VENUEEND"),
            agenda=long_text(1500, "AGENDAEND"),
        )
        session.add(meeting)
        for order, member in enumerate(liaison.memberships):
            meeting.invitations.append(
                models.Invitation(
                    membership=member,
                    post=member.post,
                    role=member.role,
                    order=order,
                    companions=long_text(1500, "COMPANIONEND") if order == 0 else None,
                )
            )
        fy2021 = first(models.EventSeries, models.EventSeries.name == LONG_SERIES)
        opening = next(e for e in fy2021.sessions if e.number == 1)
        session.add(models.Participant(session_id=opening.id, person=person))


@needs_poppler
def test_every_sheet_prints_records_with_very_long_text(demo_db: Database, tmp_path: Path) -> None:
    make_everything_long(demo_db, tmp_path)
    with demo_db.sessions() as session:
        sheets = every_sheet_of(session)
    for sheet in sheets:
        if sheet.name == "label-calibration":
            continue  # numbers the labels: nothing from the database
        texts = [
            sheet.title,
            *sheet.notes,
            *(s.heading or "" for s in sheet.sections),
            *(v for s in sheet.sections for row in s.rows for v in row),
            *(v for fields in sheet.records() for _field, v in fields),  # cards, letters
        ]
        assert max(len(t) for t in texts) >= 1500, sheet.name  # the test holds a long text
        pdf, xlsx = tmp_path / f"{sheet.name}.pdf", tmp_path / f"{sheet.name}.xlsx"
        render(sheet, "pdf", pdf)
        render(sheet, "xlsx", xlsx)
        printed = squeezed(pdf)
        if isinstance(sheet.layout, Grid) and sheet.layout.face == "envelope":
            # Written down the page: read in the order written, column by column.
            printed = "".join(c.text for page in printed_chars(pdf) for c in page)
        for text in texts:  # each long text printed to its end
            marker = re.search(r"[A-Z]+END\d*$", text)
            if marker and isinstance(sheet.layout, Grid):  # a label holds what fits, then …
                assert "".join(text.split())[:10] in printed and "…" in printed, sheet.name
            elif marker:
                assert marker[0] in printed, (sheet.name, marker[0])
        ws = openpyxl.load_workbook(xlsx).active
        assert ws is not None
        cells = {v for row in ws.iter_rows(values_only=True) for v in row}
        rows = [v for s in sheet.sections for row in s.rows for v in row if len(v) >= 1500]
        rows += [v for fields in sheet.records() for _field, v in fields if len(v) >= 1500]
        assert all(v in cells for v in rows), sheet.name


@needs_poppler
def test_the_change_history_of_long_values_prints(demo_path: Path, tmp_path: Path) -> None:
    from db.engine import open_database

    db = open_database(str(demo_path))
    try:
        make_everything_long(db, tmp_path)
    finally:
        db.close()
    out = tmp_path / "history.pdf"
    result = secdesk("--db", demo_path, "print", "audit-log", "-o", out)
    assert result.returncode == 0, result.stderr
    printed = squeezed(out)
    assert "PERSONEND" in printed and "THEMEEND" in printed and "TITLEEND" in printed


def fallback_for(char: str) -> str | None:
    return Glyphs(fonts.japanese_font()).font_of(char)


@needs_poppler
def test_characters_the_print_font_lacks_print_with_a_font_that_has_them(tmp_path: Path) -> None:
    """😀 is drawn by another font of the PC (DejaVu Sans on Linux, Segoe UI Emoji on Windows);
    𠮷 too when the PC has a font with it, else 〓 is printed and the record is named."""
    font = fonts.japanese_font()
    rows = (("1", f"{YOSHI}田 太郎", "絵文字😀の入った概要"), ("2", "山田 花子", "普通の概要"))
    sheet = sheet_of(rows)
    out = tmp_path / "glyphs.pdf"
    render_pdf(sheet, out, font)
    printed = squeezed(out)
    used_fonts = " ".join(f[0] for f in pdf_fonts(out))
    assert all(f[-5] == "yes" for f in pdf_fonts(out))  # every font embedded
    found = {u.where: u.characters for u in unprintable(sheet, font)}
    if fallback_for("😀") is not None:
        assert "絵文字😀の入った概要" in printed and len(pdf_fonts(out)) >= 2
    if fallback_for(YOSHI) is not None:
        assert f"{YOSHI}田太郎" in printed
        assert not found
    else:  # said, with the record; and what is printed shows a character is missing
        assert "〓田太郎" in printed
        assert found == {f"1行目の氏名「{YOSHI}田 太郎」": YOSHI}
    assert "山田花子" in printed and used_fonts


@needs_poppler
def test_the_command_line_names_the_records_it_cannot_print(
    demo_path: Path, tmp_path: Path
) -> None:
    from db.engine import open_database

    db = open_database(str(demo_path))
    try:
        with db.transaction() as session:
            first = session.scalars(select(models.EventSession).order_by(models.EventSession.id))
            event = first.first()
            assert event is not None
            for name in (f"{YOSHI}田 太郎", "山田 花子"):
                person = models.Person(name=name, name_key=name)
                session.add(person)
                session.add(models.Participant(session_id=event.id, person=person))
            series = event.series.name
            number = event.number
    finally:
        db.close()
    out = tmp_path / "p.pdf"
    result = secdesk(
        "--db", demo_path, "print", "participants", "--series", series,
        "--session", number, "-o", out,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "山田花子" in squeezed(out)
    if fallback_for(YOSHI) is not None:  # this PC has a font with 𠮷
        assert f"{YOSHI}田太郎" in squeezed(out) and not result.stderr
        return
    warnings = [line for line in result.stderr.splitlines() if line]
    assert len(warnings) == 2, result.stderr  # the record, before writing; a summary after
    assert f"{YOSHI}田 太郎" in warnings[0] and "U+20BB7" in warnings[0]
    assert "山田" not in result.stderr
    assert "1か所" in warnings[1] and "フォント" in warnings[1]
    assert "〓田太郎" in squeezed(out)


@needs_poppler
def test_no_control_character_reaches_the_page_and_voiced_marks_are_composed(
    tmp_path: Path,
) -> None:
    controls = "".join(chr(c) for c in [*range(0x01, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
    controls += "\x7f\x85\u200b\ufeff\u202e"  # DEL, NEL, zero width space, BOM, bidi override
    rows = (
        ("1", f"山{controls}田", "か\u3099き\u3099く\u3099\r\n二行目\tタブ"),
        ("2", "ハ\u309aン", "ｶ\u3099 ん\u3099"),
    )
    sheet = sheet_of(rows, title=f"試験{controls}表")
    pdf = pdf_bytes(sheet)
    out = tmp_path / "c.pdf"
    out.write_bytes(pdf)
    text = pdf_text(out).replace("\f", "")  # pdftotext's own page breaks
    assert "山田" in text and "試験表" in text
    assert "がぎぐ" in text and "パン" in text and "ｶﾞ" in text and "ん゛" in text
    assert "\u3099" not in text and "\u309a" not in text
    assert not any(c in text for c in controls + "\t\r")
    assert "二行目" in text and "タブ" in text
    assert not unprintable(sheet)  # nothing of it is missing: it is left out
    render(sheet, "xlsx", tmp_path / "c.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "c.xlsx").active
    assert ws is not None
    values = [v for row in ws.iter_rows(values_only=True) for v in row if isinstance(v, str)]
    assert "山田" in values and "がぎぐ\n二行目 タブ" in values


def test_the_fallback_covers_what_it_says(tmp_path: Path) -> None:
    """The characters said to be printable are in the PDF's fonts (no silent boxes)."""
    glyphs = Glyphs(fonts.japanese_font())
    for char in ("山", "😀", YOSHI, "\ue000"):  # \ue000: a private-use 外字, no font has it
        name = glyphs.font_of(char)
        if name is not None:
            face = fonts.pdfmetrics.getFont(name)
            assert ord(char) in fonts.characters(fonts.FontChoice(name, "", True)), (char, face)
    assert glyphs.font_of("\ue000") is None


@needs_poppler
def test_a_booklets_contents_list_each_heading_once_as_written(tmp_path: Path) -> None:
    long_heading = long_text(5000, "HEADEND")
    headings = ("R&D <b>研究</b>", long_heading, "最後の分野")
    sections = tuple(Section(h, (("1", "名前", "概要"),)) for h in headings)
    out = tmp_path / "booklet.pdf"
    render_pdf(replace(sheet_of(()), sections=sections, booklet=True), out)
    pages = pages_of(out)
    contents = "".join(pages[0].split())
    assert "R&D<b>研究</b>" in contents  # the heading as written, not as markup
    assert len(re.findall(r"\.{5,}\d+", contents)) == 3  # each heading once, with its page
    assert f"{long_heading[:60]}…" in contents  # shortened in the contents
    assert "最後の分野" in contents
    assert "HEADEND" in squeezed(out)  # printed whole in the booklet itself


TRICKY = "\x00\x07\t\r\n\x1b\x7f\x85\u200b\u200d\ufeff\u202e\u3099\u309a\ufe0f\ue000😀" + YOSHI
ANY_TEXT = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), max_size=60),  # anything a database holds
    st.text(st.sampled_from(TRICKY + "山田太郎かきアイ abc。、"), max_size=60),  # and the tricky
).map(lambda piece: piece * 40)  # up to 2,400 characters, repeating so lines wrap


def drawn(story: list[Any], font: str) -> Iterator[tuple[str, str]]:
    """(font, text) of everything the story draws: the table cells and the paragraphs."""

    def runs(paragraph: Paragraph) -> Iterator[tuple[str, str]]:
        return ((frag.fontName, frag.text) for frag in paragraph.frags)

    for flowable in story:
        if isinstance(flowable, SectionBlock):  # a section's heading, table and notes
            yield from drawn(flowable.contents, font)
        elif isinstance(flowable, Paragraph):
            yield from runs(flowable)
        elif isinstance(flowable, Table):
            for row in flowable._cellvalues:
                for cell in row:
                    yield from [(font, cell)] if isinstance(cell, str) else runs(cell)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(ANY_TEXT, ANY_TEXT), min_size=1, max_size=3), ANY_TEXT)
def test_any_stored_text_prints_and_nothing_is_drawn_as_a_box(
    rows: list[tuple[str, str]], heading: str
) -> None:
    sheet = sheet_of(
        tuple((str(n), a, b) for n, (a, b) in enumerate(rows, 1)), heading=heading or None
    )
    assert pdf_bytes(sheet).startswith(b"%PDF")  # never an error
    font = fonts.japanese_font()
    for name, text in drawn(build_story(sheet, font, 500), font.name):
        covered = fonts.characters(fonts.FontChoice(name, "", True))
        boxes = [c for c in text if c != "\n" and ord(c) not in covered]
        assert not boxes, (name, boxes)  # every character drawn has its glyph in its font
        controls = [c for c in text if unicodedata.category(c) in ("Cc", "Cf") and c != "\n"]
        assert not controls, (name, controls)


@needs_poppler
def test_a_long_change_reads_whole_in_the_details_column_of_the_change_history(
    demo_db: Database, demo_path: Path, tmp_path: Path
) -> None:
    # A note edited to a long text: sentences numbered, and a web address with no place to
    # break, longer than the column is wide.
    address = "https://example.jp/" + "a1b2c3d4e5" * 20
    note = "".join(f"第{n}文、地域の取組を記す。" for n in range(1, 120)) + address
    with demo_db.transaction() as session:
        town = session.scalars(
            select(models.Organization).where(models.Organization.name == "秩父市")
        ).one()
        town.note = note
    demo_db.close()
    out = tmp_path / "変更履歴.pdf"
    result = secdesk("--db", demo_path, "print", "audit-log", "-o", out)
    assert result.returncode == 0, result.stderr
    details = []
    for table in printed_tables(out):  # the details column, page after page, top to bottom
        column = next(
            (c for (_b, c), lines in table.cells.items() if [t for *_x, t in lines] == ["内容"]),
            None,
        )
        for (_band, c), lines in sorted(table.cells.items()):
            if c == column and _band > 1:  # under the column's heading
                details += [text for _l, _r, text in lines]
    printed = "".join("".join(details).split())
    # Whole, wrapped over lines and pages; and every part of it between two rules (text
    # outside the rules is not read): each page closes the table at its foot, and the part
    # going on is ruled off from the repeated headings.
    assert note in printed
