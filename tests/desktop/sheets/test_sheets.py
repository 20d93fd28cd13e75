"""Summary sheets: Japanese line breaking, the council member list in PDF, XLSX and JSON."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import subprocess
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.database import Database
from desktop.cli import build_parser
from desktop.imports import pipeline
from desktop.ops import events as event_ops
from desktop.ops import participants as participant_ops
from desktop.sheets import (
    address_labels,
    attendance,
    audit_log,
    badges,
    council_members,
    envelopes,
    expert_catalog,
    fonts,
    invitation,
    label_calibration,
    name_cards,
    reply_form,
    schedule_conflicts,
    seating,
    session_invitation,
    smart_city,
    support_status,
    symposium_schedule,
    upcoming,
)
from desktop.sheets import counts as sheet_counts
from desktop.sheets import duplicates as sheet_duplicates
from desktop.sheets import matching as sheet_matching
from desktop.sheets import participants as sheet_participants
from desktop.sheets import projects as sheet_projects
from desktop.sheets.fonts import japanese_font
from desktop.sheets.linebreak import CANNOT_END, CANNOT_START, wrap
from desktop.sheets.model import Column, Section, Sheet
from desktop.sheets.pdf import render_pdf
from desktop.sheets.registry import SHEETS
from desktop.sheets.render import render
from tests.helpers.cli_support import secdesk
from tests.helpers.import_files import filled_expert_form, prepare, write_list
from tests.helpers.meetings import add_meeting
from tests.helpers.sheet_support import FY2021, LIAISON, needs_poppler, pdf_fonts, pdf_text


def one_per_char(text: str) -> float:
    return float(len(text))


@given(
    st.text(alphabet="あいうえお漢字。、」）！？，．「（ー", min_size=1, max_size=80),
    st.integers(min_value=4, max_value=12),
)
def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one(
    text: str, width: int
) -> None:
    lines = wrap(text, width, one_per_char)
    assert "".join(lines) == text  # nothing lost or added
    for before, line in itertools.pairwise(lines):
        assert line[0] not in CANNOT_START
        assert before[-1] not in CANNOT_END or set(before) <= CANNOT_END  # only brackets
    for line in lines:  # only closing marks may hang over the edge
        assert len(line.rstrip("".join(CANNOT_START))) <= width


def test_a_latin_word_stays_whole_and_breaks_keep_newlines() -> None:
    lines = wrap("連絡先 suzuki@example.jp まで", 20, one_per_char)
    assert lines == ["連絡先 ", "suzuki@example.jp まで"]
    assert wrap("一行目\n二行目", 20, one_per_char) == ["一行目", "二行目"]


def test_the_liaison_council_list_in_role_then_council_order(demo_db: Database) -> None:
    with demo_db.sessions() as session:
        sheet = council_members.build(session, LIAISON, children=True)
    liaison, board = sheet.sections
    posts = [row[1] for row in liaison.rows]
    assert liaison.rows[0][0] == "議長" and posts[0] == "地方創生推進事務局長"
    assert posts[1].startswith("内閣府政策統括官") and posts[2].startswith("警察庁")
    assert posts[-1] == "内閣府地方創生推進事務局長次長"  # the host office's own 次長 last
    assert {row[0] for row in liaison.rows[1:]} == {"構成員"}
    assert board.heading == f"{LIAISON} 幹事会" and board.rows[0][0] == "座長"
    assert [c.title for c in sheet.columns] == ["役割", "役職", "所属"]  # nobody named: no 氏名
    assert not sheet.confidential


@needs_poppler
def test_print_council_members_pdf(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "名簿.pdf"
    result = secdesk(
        "--db", demo_path, "print", "council-members", "--council", LIAISON, "--children",
        "-o", out,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert f"{LIAISON} 名簿" in text and "現在" in text and "1/1" in text.replace(" ", "")
    assert text.index("議長") < text.index("警察庁") < text.index("環境省") < text.index("幹事会")
    assert "取扱注意" not in text
    fonts = pdf_fonts(out)
    assert fonts and all(f[-5] == "yes" for f in fonts)  # every font embedded
    assert any("IPAex" in f[0] or "BIZ" in f[0] for f in fonts) or not japanese_font().embedded


@needs_poppler
def test_contacts_make_the_sheet_confidential(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.pdf"
    council = "秩父市 未来技術社会実装協議会"
    result = secdesk(
        "--db", demo_path, "report", "council-members", "--council", council, "--contacts",
        "--format", "pdf", "-o", out,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "取扱注意" in text and "メールアドレス" in text and "現地支援責任者" in text


def test_xlsx_and_json_have_the_same_rows(
    demo_path: Path, demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.sessions() as session:
        sheet = council_members.build(session, LIAISON, children=True)
    for fmt in ("xlsx", "json"):
        result = secdesk(
            "--db", demo_path, "report", "council-members", "--council", LIAISON,
            "--children", "--format", fmt, "-o", tmp_path / f"m.{fmt}",
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    assert [s["heading"] for s in data["sections"]] == [s.heading for s in sheet.sections]
    assert [list(r.values()) for r in data["sections"][0]["rows"]] == [
        list(r) for r in sheet.sections[0].rows
    ]
    ws = openpyxl.load_workbook(tmp_path / "m.xlsx").active
    assert ws is not None
    cells = [[c for c in row] for row in ws.iter_rows(values_only=True)]
    assert cells[0][0] == f"{LIAISON} 名簿"
    first = cells.index(["役割", "役職", "所属"])
    assert tuple(cells[first + 1]) == sheet.sections[0].rows[0]
    assert int(ws.page_setup.paperSize or 0) == int(ws.PAPERSIZE_A4)


def test_an_unknown_council_is_named_with_the_known_ones(demo_path: Path, tmp_path: Path) -> None:
    result = secdesk(
        "--db", demo_path, "print", "council-members", "--council", "架空会議", "-o",
        tmp_path / "x.pdf",
    )  # fmt: skip
    assert result.returncode == 2
    assert "架空会議" in result.stderr and LIAISON in result.stderr
    assert not (tmp_path / "x.pdf").exists()


@needs_poppler
def test_long_tables_repeat_their_header_and_number_pages(tmp_path: Path) -> None:
    rows = tuple((f"構成員{i}", "長い役職名の例、「括弧」つき（注）。" * 3) for i in range(120))
    sheet = Sheet(
        name="test",
        title="試験",
        as_of="令和8年11月22日現在",
        columns=(Column("氏名", 1), Column("役職", 3)),
        sections=(Section(None, rows),),
    )
    out = tmp_path / "long.pdf"
    render_pdf(sheet, out)
    pages = pdf_text(out).split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) > 2
    assert all("役職" in p for p in pages)  # the header row on every page
    n = len(pages)
    assert f"1/{n}" in pages[0].replace(" ", "") and f"{n}/{n}" in pages[-1].replace(" ", "")
    for page in pages:
        for line in page.splitlines():
            cell = line.split("  ")[-1].strip()
            assert not cell or cell[0] not in "。、」）！？，．"


def test_without_a_truetype_font_the_sheet_still_prints_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A PC with no Japanese TrueType font (and a bad font chosen): reportlab's CID font."""
    not_a_font = tmp_path / "font.ttf"
    not_a_font.write_text("not a font", encoding="utf-8")
    monkeypatch.setenv("SECDESK_FONT", str(not_a_font))
    monkeypatch.setattr(fonts, "_LINUX", ())
    monkeypatch.setattr(fonts, "_WINDOWS", ())
    monkeypatch.setattr(fonts, "RESOURCE_FONTS", tmp_path / "none")
    fonts.forget_found_fonts()
    try:
        choice = fonts.japanese_font()
        assert not choice.embedded
        assert "埋め込めません" in (choice.warning() or "")
        sheet = Sheet(
            "t", "試験", "令和8年11月22日現在", (Column("氏名"),), (Section(None, (("山田",),)),)
        )
        render_pdf(sheet, tmp_path / "cid.pdf", choice)
        assert (tmp_path / "cid.pdf").read_bytes().startswith(b"%PDF")
    finally:
        fonts.forget_found_fonts()


def test_the_fy2021_schedule_has_its_four_sessions_in_wareki(demo_db: Database) -> None:
    with demo_db.sessions() as session:
        sheet = symposium_schedule.build(session, FY2021)
    (section,) = sheet.sections
    assert [row[0] for row in section.rows] == ["第1回", "第2回", "第3回", "第4回"]
    assert section.rows[0][1:4] == ("物流・農業", "令和3年10月1日（金）13:30～15:00", "web")
    assert section.rows[3][2] == "令和4年2月17日（木）13:30～15:00"
    assert section.rows[3][4] == "地方公共団体のご担当者様のみ"
    assert "※第4回は地方公共団体のご担当者様のみ" in sheet.notes
    assert sheet.landscape


@needs_poppler
def test_print_the_schedule(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "日程.pdf"
    result = secdesk(
        "--db", demo_path, "print", "symposium-schedule", "--series", FY2021, "-o", out
    )
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert text.index("第1回") < text.index("第2回") < text.index("第3回") < text.index("第4回")
    assert "令和3年12月16日（木）13:30～15:00" in text
    assert "※第4回は地方公共団体のご担当者様のみ" in text
    missing = secdesk("--db", demo_path, "print", "symposium-schedule", "-o", out)
    assert missing.returncode == 2 and "--series" in missing.stderr


def test_participants_sign_in_sheet_in_kana_order(
    demo_db: Database, demo_path: Path, tmp_path: Path
) -> None:
    with demo_db.transaction() as session:
        (series,) = [s for s in event_ops.list_series(session) if s.name == FY2021]
        first = event_ops.list_sessions(session, series.id)[0]
        for name, kana, org, attendance in (
            ("渡辺 健", "ワタナベ ケン", "秩父市", "venue"),
            ("青木 花子", "アオキ ハナコ", "株式会社テスト", "online"),
            ("加藤 一郎", "カトウ イチロウ", "", ""),
        ):
            participant_ops.add_participant(
                session,
                participant_ops.ParticipantInput(
                    first.id, name, kana=kana, organization=org, attendance=attendance
                ),
            )
    with demo_db.sessions() as session:
        sheet = sheet_participants.build(session, FY2021, 1)
    (section,) = sheet.sections
    assert [row[1] for row in section.rows] == ["青木 花子", "加藤 一郎", "渡辺 健"]
    assert section.rows[0] == (
        "1",
        "青木 花子",
        "アオキ ハナコ",
        "株式会社テスト",
        "",
        "オンライン",
        "",
    )
    assert "第1回「物流・農業」" in sheet.title and "3名" in sheet.as_of
    assert [c.title for c in sheet.columns][-1] == "受付"
    missing = secdesk(
        "--db", demo_path, "print", "participants", "--series", FY2021, "--session", "9",
        "-o", tmp_path / "p.pdf",
    )  # fmt: skip
    assert missing.returncode == 2 and "第9回はありません" in missing.stderr


def test_counts_per_programme_role_and_field(
    demo_db: Database, demo_path: Path, tmp_path: Path
) -> None:
    with demo_db.sessions() as session:
        sheet = sheet_counts.build(session)
    headings = [s.heading for s in sheet.sections]
    assert (
        "地域未来構想20 オープンラボ" in headings
    )  # no registrations stored, but published counts
    open_lab = next(s for s in sheet.sections if s.heading == "地域未来構想20 オープンラボ")
    assert any(  # under its own table
        "関心 196団体" in n and "提供 729団体" in n and "支援策 61施策" in n for n in open_lab.notes
    )
    keidanren = next(s for s in sheet.sections if s.heading and "経団連" in s.heading)
    total = keidanren.rows[0]
    assert total[0] == "合計（重複なし）" and int(total[-1]) > 0
    assert sum(int(row[-1]) for row in keidanren.rows[1:]) >= int(total[-1])  # fields overlap
    result = secdesk(
        "--db", demo_path, "report", "counts", "--format", "json", "-o", tmp_path / "c.json"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert [s["heading"] for s in data["sections"]] == headings


def test_projects_by_fiscal_year_with_their_status_on_a_date(demo_db: Database) -> None:
    with demo_db.sessions() as session:
        sheet = sheet_projects.build(session, as_of=dt.date(2021, 4, 1))
    first = sheet.sections[0]
    assert first.heading == "平成30年度選定"
    assert first.rows[0][:2] == ("1", "北海道、岩見沢市、更別村")
    # Seed 001 says 5 of the 14 ended after R2, not which: none is shown as ended.
    assert first.rows[0][-2:] == ("平成30～令和2年度", "継続の記録なし")  # as a range
    headings = [s.heading for s in sheet.sections]
    assert len(headings) == len(set(headings))  # one section per fiscal year, in order
    assert headings[:2] == ["平成30年度選定", "令和元年度選定"]


def test_matching_sheet_puts_the_three_sides_of_a_field_together(
    demo_db: Database, demo_path: Path, tmp_path: Path
) -> None:
    openlab = "地域未来構想20 オープンラボ"
    registrations = write_list(
        tmp_path / "登録.xlsx",
        ["団体名", "地方公共団体コード", "区分", "事業", "政策分野"],
        ["秩父市", "112071", "関心", openlab, "教育、医療"],
        ["株式会社まなび", None, "提供", openlab, "教育"],
        ["株式会社いりょう", None, "提供", openlab, "医療"],
    )
    measures = write_list(
        tmp_path / "支援策.xlsx",
        ["施策名", "府省庁", "政策分野"],
        ["GIGAスクール構想", "文部科学省", "教育"],
    )
    pipeline.commit(demo_db, prepare(demo_db, registrations, measures))
    with demo_db.sessions() as session:
        sheet = sheet_matching.build(session, "教育")
    (section,) = sheet.sections
    assert section.rows == (("秩父市", "株式会社まなび", "GIGAスクール構想（文部科学省）"),)
    assert "関心 1団体・提供 1団体・支援策 1件" in sheet.as_of
    unknown = secdesk(
        "--db", demo_path, "print", "matching", "--category", "架空", "-o", tmp_path / "m.pdf"
    )
    assert unknown.returncode == 2 and "分野「架空」はありません" in unknown.stderr


@needs_poppler
def test_expert_catalog_booklet_with_contents(demo_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "forms"
    folder.mkdir()
    for number in range(1, 4):
        filled_expert_form(folder, number)  # each offers 医療 and 教育
    pipeline.commit(demo_db, prepare(demo_db, folder))
    with demo_db.sessions() as session:
        sheet = expert_catalog.build(session)
    assert sheet.booklet and sheet.confidential
    assert [s.heading for s in sheet.sections] == ["教育（3団体）", "医療（3団体）"]
    first = sheet.sections[0].rows[0]
    assert first[0] == "株式会社テスト1" and "遠隔診療" in first[1]
    assert "info1@example.co.jp" in first[2] and "鈴木 一郎" in first[2]
    out = tmp_path / "catalog.pdf"
    render_pdf(sheet, out)
    pages = [p for p in pdf_text(out).split("\f") if p.strip()]
    assert "目次" in pages[0] and "取扱注意" in pages[0]
    contents = pages[0].replace(" ", "")
    assert "教育（3団体）" in contents and "医療（3団体）" in contents
    medical_page = next(i for i, p in enumerate(pages, start=1) if "医療（3団体）" in p and i > 1)
    assert contents.split("医療（3団体）")[1].lstrip(".").startswith(str(medical_page))


def test_smart_city_matrix_as_in_the_governments_table(demo_db: Database) -> None:
    with demo_db.sessions() as session:
        sheet = smart_city.build(session)
    assert sheet.title == "令和3年度のスマートシティ関連事業の選定結果"
    (section,) = sheet.sections
    assert len(section.rows) == 62 and "62地域" in sheet.as_of
    assert section.rows[0] == ("1", "北海道札幌市", "■", "□●")  # seed: 1 北海道札幌市 ■ □●
    assert section.rows[15] == ("16", "群馬県前橋市", "☆●■", "○●■")
    # The legend word for word as the seed prints it, its footnotes with their years.
    assert sheet.notes[:7] == (
        "☆ 内閣府「未来技術社会実装事業」",
        "□ 総務省「データ連携促進型スマートシティ推進事業」※1",
        "○ 経済産業省「地域新MaaS創出推進事業」",
        "● 国土交通省「日本版MaaS 推進・支援事業」※2",
        "■ 国土交通省「スマートシティモデルプロジェクト」",
        "※1令和2年度までの施策名は「データ利活用型スマートシティ推進事業」",
        "※2令和元年度の施策名は「新モビリティサービス推進事業」",
    )
    # The budgets as the source words them: the 305億円 is a total the line is a share of.
    assert "● 1億円（ほか、R2年度第3次補正予算305億円の内数）" in sheet.notes[7]


def every_sheet(session: Any) -> list[Sheet]:
    return [
        council_members.build(session, LIAISON, children=True, contacts=True),
        symposium_schedule.build(session, FY2021),
        sheet_participants.build(session, FY2021, 1),
        sheet_counts.build(session),
        sheet_projects.build(session),
        sheet_matching.build(session, "医療"),
        expert_catalog.build(session),
        smart_city.build(session),
        support_status.build(session, as_of=dt.date(2021, 10, 1)),
        schedule_conflicts.build(session, FY2021),
        sheet_duplicates.build(session),
        upcoming.build(session, as_of=dt.date(2020, 7, 1)),
        audit_log.build(session),
        address_labels.build(session, LIAISON),
        label_calibration.build(session),
        envelopes.build(session, LIAISON),
        name_cards.build(session, LIAISON),
        badges.build(session, series_name=FY2021, number=1),
        session_invitation.build(session, FY2021, 1),
        invitation.build(session, LIAISON),
        reply_form.build(session, LIAISON),
        seating.build(session, LIAISON),
        attendance.build(session, LIAISON),
    ]


@needs_poppler
def test_every_sheet_prints_on_a4_with_embedded_fonts_and_exports_the_same_rows(
    demo_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "forms"
    folder.mkdir()
    filled_expert_form(folder, 1)
    pipeline.commit(demo_db, prepare(demo_db, folder))
    add_meeting(demo_db, council=LIAISON, number=1)  # for the sheets of a meeting
    with demo_db.sessions() as session:
        sheets = every_sheet(session)
    assert {s.name for s in sheets} == set(SHEETS)  # every sheet of the catalog
    for sheet in sheets:
        pdf, xlsx, data = (tmp_path / f"{sheet.name}.{ext}" for ext in ("pdf", "xlsx", "json"))
        render(sheet, "pdf", pdf)
        render(sheet, "xlsx", xlsx)
        render(sheet, "json", data)
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        if sheet.name == "envelopes":  # printed on the envelope itself: 長形3号
            assert "340.158 x 666.142" in info, sheet.name
        else:
            assert "595.276 x 841.89" in info or "841.89 x 595.276" in info, sheet.name  # A4
        assert all(f[-5] == "yes" for f in pdf_fonts(pdf)), sheet.name
        exported = json.loads(data.read_text(encoding="utf-8"))
        if sheet.layout is not None:  # labels, letters: no title or page number on the paper
            records = [dict(fields) for fields in sheet.records()]
            assert exported.get("cards", exported.get("letters")) == records, sheet.name
            ws = openpyxl.load_workbook(xlsx).active
            assert ws is not None
            fields, *rows = [list(r) for r in ws.iter_rows(min_row=4, values_only=True)] or [[]]
            given = [{f: v for f, v in zip(fields, row, strict=True) if v} for row in rows]
            assert given == [{f: v for f, v in r.items() if v} for r in records], sheet.name
            continue
        text = pdf_text(pdf).replace(" ", "")
        assert sheet.title.replace(" ", "").replace("　", "")[:10] in text.replace("　", "")
        pages = int(info.split("Pages:")[1].split()[0])
        assert f"{pages}/{pages}" in text, sheet.name
        rows = [list(r) for s in sheet.sections for r in s.rows]
        # A row saying only that there is nothing (該当なし) is printed, but no data row.
        data_rows = [list(r) for s in sheet.sections if not s.none_found for r in s.rows]
        titles = exported["columns"]
        exported_rows = [[r[t] for t in titles] for s in exported["sections"] for r in s["rows"]]
        assert exported_rows == data_rows
        ws = openpyxl.load_workbook(xlsx).active
        assert ws is not None
        cells = [
            [v if v is not None else "" for v in row] for row in ws.iter_rows(values_only=True)
        ]
        width = len(sheet.columns)
        missing = [row for row in rows if row not in [c[:width] for c in cells]]
        assert not missing, (sheet.name, missing[:1], cells[:6])


def sheet_choices(verb: str) -> list[str]:
    commands = next(a for a in build_parser()._actions if a.dest == "command")
    parser = commands.choices[verb]  # type: ignore[index]
    return list(next(a for a in parser._actions if a.dest == "sheet").choices)


def test_the_command_line_offers_every_registered_sheet() -> None:
    assert sheet_choices("report") == sheet_choices("print") == list(SHEETS)


def test_the_help_lists_each_sheet_with_the_options_it_takes() -> None:
    done = secdesk("print", "--help")
    assert done.returncode == 0, done.stderr
    for kind in SHEETS.values():
        assert f"{kind.name}  {kind.label} / {kind.label_en}" in done.stdout
    lines = done.stdout.splitlines()
    members = lines.index(next(line for line in lines if "council-members  " in line))
    assert lines[members + 1].split() == ["--council*", "--as-of", "--contacts", "--children"]


def test_a_sheet_refuses_an_option_it_does_not_take(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "counts.pdf"
    done = secdesk("--db", demo_path, "print", "counts", "--council", LIAISON, "-o", out)
    assert done.returncode == 2 and not out.exists()
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "counts" in lines[0] and "--council" in lines[0]
    assert "--as-of" in lines[0]  # what it does take


def test_matching_with_a_field_of_another_programme_says_where_the_field_is(
    demo_path: Path, tmp_path: Path
) -> None:
    result = secdesk(
        "--db", demo_path, "report", "matching", "--category", "教育", "--program", "架空事業",
        "--format", "json", "-o", tmp_path / "m.json",
    )  # fmt: skip
    assert result.returncode == 2
    assert "事業「架空事業」にはありません" in result.stderr and "オープンラボ" in result.stderr
