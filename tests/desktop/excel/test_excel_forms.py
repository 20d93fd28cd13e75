"""Application-form templates (desktop.excel.forms): written, filled as an applicant would, read back.

No Qt, no database. The SheetData conversion here is a small stand-in for the real reader.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.worksheet.worksheet import Worksheet

from desktop.excel.forms import (
    FORM_KINDS,
    FORM_VERSION,
    MARKER_NAME,
    ORGANIZATION_KINDS,
    ROLES,
    ROSTER_ROWS,
    FormCell,
    FormChoices,
    FormData,
    find_marker,
    read_form,
    write_template,
)
from desktop.excel.sheets import SheetData

CATEGORIES = (
    "地域の防災・減災",
    "交通・モビリティ",
    "観光・インバウンド",
    "農林水産業",
    "医療・介護",
    "教育・人材育成",
    "子育て支援",
    "脱炭素・エネルギー",
    "まちづくり",
    "中小企業・産業振興",
)
CHOICES = FormChoices(
    categories=CATEGORIES,
    event_names=("令和3年度 未来技術実装ミニシンポジウム",),
    session_numbers=(1, 2, 3, 4),
    council_names=("未来技術社会実装関係省庁連絡会議", "同 幹事会"),
)
RECEIVED = datetime(2021, 7, 20)

# key -> (label as printed, value the applicant types)
FILLS: dict[str, dict[str, tuple[str, object]]] = {
    "expert": {
        "organization_name": ("団体名（企業名）", "株式会社　未来技研"),
        "organization_kana": ("フリガナ", "ミライギケン"),
        "organization_kind": ("団体区分", "民間企業"),
        "department": ("担当部署", "地域連携部"),
        "contact_name": ("担当者氏名", "山田　太郎"),
        "contact_kana": ("担当者フリガナ", "ヤマダ　タロウ"),
        "phone": ("電話番号", "03-1234-5678"),
        "email": ("メールアドレス", "yamada@example.jp"),
        "address": ("所在地", "東京都千代田区永田町1-6-1"),
        "summary": ("提供可能な技術・ノウハウの概要", "ドローンによる点検。\n自治体との実証3件。"),
        "publish_consent": ("公表可否", "可"),
        "received_on": ("申込日", RECEIVED),
    },
    "local_government": {
        "organization_name": ("団体名", "加賀市"),
        "lg_code": ("地方公共団体コード（6桁）", "172065"),
        "department": ("担当部署", "政策推進課"),
        "contact_name": ("担当者氏名", "佐藤 花子"),
        "contact_kana": ("担当者フリガナ", "サトウ ハナコ"),
        "phone": ("電話番号", "0761-72-1111"),
        "email": ("メールアドレス", "sato@city.example.lg.jp"),
        "summary": ("取り組みたい内容", "高齢者の移動支援"),
        "publish_consent": ("公表可否", "否"),
        "received_on": ("申込日", RECEIVED),
    },
    "measure": {
        "measure_name": ("施策名", "デジタル田園都市国家構想交付金"),
        "ministry": ("府省庁名", "内閣府"),
        "department": ("担当部署", "地方創生推進事務局"),
        "contact": ("問合せ先", "03-5510-2151"),
        "summary": ("施策の概要", "デジタル実装に取り組む地方公共団体を支援"),
        "fiscal_year": ("年度", "令和8年度"),
        "budget": ("予算額", "1,600億円"),
    },
    "participation": {
        "event_name": ("行事名", "令和3年度 未来技術実装ミニシンポジウム"),
        "session_number": ("参加回", 2),
        "attendance": ("参加形式", "オンライン"),
        "name": ("氏名", "鈴木 一郎"),
        "kana": ("フリガナ", "スズキ イチロウ"),
        "organization": ("所属", "○○県企画部"),
        "organization_kind": ("団体区分", "都道府県"),
        "post": ("役職", "主査"),
        "email": ("メールアドレス", "suzuki@pref.example.lg.jp"),
        "phone": ("電話番号", "099-123-4567"),
    },
    "roster": {
        "council_name": ("会議名", "未来技術社会実装関係省庁連絡会議"),
    },
}
# category index -> mark typed; "?" and "Ｘ" (yes to some, no to others) are not marks, "×" and
# "" mean not checked
MARKS: dict[int, object] = {1: "○", 3: "✓", 4: "?", 5: 1, 6: "×", 8: "●", 9: "Ｘ"}
CHECKED = [CATEGORIES[i] for i in (1, 3, 5, 8)]
ROSTER: dict[int, dict[str, object]] = {  # row number in the table (1-based) -> values
    1: {
        "order": 1,
        "role": "議長",
        "post": "内閣府副大臣",
        "name": "",
        "organization": "内閣府",
    },
    2: {
        "order": 2,
        "role": "構成員",
        "post": "地方創生推進事務局長",
        "name": "田中 次郎",
        "kana": "タナカ ジロウ",
        "organization": "内閣府",
    },
    5: {"role": "事務局", "organization": "内閣府地方創生推進事務局"},
}


# --- helpers -----------------------------------------------------------------------------


def to_sheet_data(ws: Worksheet) -> SheetData:
    """Values row by row, merged ranges filled in (what the real reader hands on)."""
    grid = [[cell.value for cell in row] for row in ws.iter_rows()]
    for rng in ws.merged_cells.ranges:
        value = grid[rng.min_row - 1][rng.min_col - 1]
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                grid[r - 1][c - 1] = value
    hidden_rows = frozenset(n for n, dim in ws.row_dimensions.items() if dim.hidden)
    return SheetData(
        name=ws.title,
        rows=[tuple(row) for row in grid],
        hidden_rows=hidden_rows,
        hidden=ws.sheet_state != "visible",
    )


def read_sheets(path: Path) -> list[SheetData]:
    wb = load_workbook(path, data_only=True)
    try:
        return [to_sheet_data(ws) for ws in wb.worksheets]
    finally:
        wb.close()


def find_text(ws: Worksheet, text: str) -> Cell:
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == text:
                return cell
    raise AssertionError(f"{text!r} not on the sheet")


def input_cell(ws: Worksheet, label: str) -> Cell:
    """The first editable cell right of the label, as an applicant would click it."""
    found = find_text(ws, label)
    for col in range(found.column + 1, ws.max_column + 1):
        cell = ws.cell(row=found.row, column=col)
        if not isinstance(cell, MergedCell) and not cell.protection.locked:
            return cell
    raise AssertionError(f"no input cell right of {label!r}")


def mark_cell(ws: Worksheet, category: str) -> Cell:
    name = find_text(ws, category)
    return ws.cell(row=name.row, column=name.column - 1)


def insert_rows(ws: Worksheet, idx: int, amount: int) -> None:
    """Insert rows as Excel does: openpyxl does not move merged ranges itself."""
    ranges = list(ws.merged_cells.ranges)
    for rng in ranges:
        ws.unmerge_cells(rng.coord)
    ws.insert_rows(idx, amount)
    for rng in ranges:
        if rng.min_row >= idx:
            rng.shift(row_shift=amount)
        ws.merge_cells(rng.coord)


def fill(ws: Worksheet, kind: str) -> dict[str, str]:
    """Type the values of FILLS (and marks, roster rows); returns key -> ref of each input."""
    refs = {}
    for key, (label, value) in FILLS[kind].items():
        cell = input_cell(ws, label)
        cell.value = value
        refs[key] = cell.coordinate
    if kind in ("expert", "local_government", "measure"):
        for index, mark in MARKS.items():
            mark_cell(ws, CATEGORIES[index]).value = mark
    if kind == "roster":
        header = find_text(ws, "氏名")
        columns = {
            key: find_text(ws, label).column
            for key, label in (
                ("order", "順"),
                ("role", "役割"),
                ("post", "役職"),
                ("name", "氏名"),
                ("kana", "フリガナ"),
                ("organization", "所属"),
            )
        }
        for number, values in ROSTER.items():
            for key, value in values.items():
                ws.cell(row=header.row + number, column=columns[key]).value = value
    return refs


def write_filled(tmp_path: Path, kind: str, *, insert_at: int = 0) -> tuple[Path, dict[str, str]]:
    template = tmp_path / f"{kind}-template.xlsx"
    write_template(kind, template, CHOICES)
    wb = load_workbook(template)
    ws = wb.worksheets[0]
    if insert_at:
        insert_rows(ws, insert_at, 2)
    refs = fill(ws, kind)
    filled = tmp_path / f"{kind}.xlsx"
    wb.save(filled)
    return filled, refs


def check_read_back(data: FormData | None, kind: str, refs: dict[str, str] | None = None) -> None:
    assert data is not None
    assert data.kind == kind
    assert data.version == FORM_VERSION
    fields = data.fields
    expected = {key: value for key, (_label, value) in FILLS[kind].items()}
    assert {key: cell.value for key, cell in fields.items()} == expected
    for key, value in expected.items():
        assert type(fields[key].value) is type(value), key
    if refs is not None:
        assert {key: cell.ref for key, cell in fields.items()} == refs
    if kind in ("expert", "local_government", "measure"):
        assert data.categories == CHECKED
        unknown = data.unknown_marks
        assert [cell.value for cell in unknown] == ["?", "Ｘ"]
    else:
        assert data.categories == []
        assert data.unknown_marks == []


# --- the templates -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(FORM_KINDS))
def test_template_is_a_real_form(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "form.xlsx"
    write_template(kind, path, CHOICES)
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    assert wb.active.title == ws.title

    # title
    title = ws["A1"].value
    assert isinstance(title, str)
    assert title.startswith(CHOICES.program_name)
    assert FORM_KINDS[kind] in title
    assert ws["A1"].font.bold
    if kind == "expert":
        assert title == "地域未来構想20 オープンラボ 利用申込書（専門家用）"

    # protected without a password; labels locked and shaded, inputs unlocked with a border
    assert ws.protection.sheet
    assert not ws.protection.password
    for label, _value in FILLS[kind].values():
        label_cell = find_text(ws, label)
        assert label_cell.protection.locked
        assert label_cell.fill.fgColor.rgb not in (None, "00000000")
        cell = input_cell(ws, label)
        assert cell.border.left.style == "thin"
        assert cell.value is None

    # dropdowns
    lists = {dv.formula1 for dv in ws.data_validations.dataValidation if dv.type == "list"}
    if kind in ("expert", "participation"):
        assert f'"{",".join(ORGANIZATION_KINDS)}"' in lists
    if kind in ("expert", "local_government"):
        assert '"可,否"' in lists
    if kind == "participation":
        assert '"1,2,3,4"' in lists
        assert f'"{CHOICES.event_names[0]}"' in lists
    if kind == "roster":
        assert f'"{",".join(ROLES)}"' in lists
        assert f'"{",".join(CHOICES.council_names)}"' in lists
    assert ws.data_validations.dataValidation

    # checklist: one unlocked mark cell left of each category name
    if kind in ("expert", "local_government", "measure"):
        for name in CATEGORIES:
            assert not mark_cell(ws, name).protection.locked
            assert find_text(ws, name).protection.locked
        assert find_text(ws, "政策分野").row < find_text(ws, CATEGORIES[0]).row
    if kind == "roster":
        header = find_text(ws, "氏名")
        assert [ws.cell(row=header.row, column=c).value for c in range(1, 7)] == [
            "順",
            "役割",
            "役職",
            "氏名",
            "フリガナ",
            "所属",
        ]
        body = [ws.cell(row=header.row + n, column=1) for n in range(1, ROSTER_ROWS + 1)]
        assert all(not cell.protection.locked for cell in body)

    # page: A4 portrait, one page wide
    assert ws.print_area is not None
    assert "$A$1:$F$" in ws.print_area
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.orientation == "portrait"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0
    assert ws.column_dimensions["B"].width >= 14

    # marker in a hidden column and as a defined name
    marker = find_text(ws, f"SECDESK-FORM:{kind}:{FORM_VERSION}")
    assert ws.column_dimensions[marker.column_letter].hidden
    assert MARKER_NAME in wb.defined_names
    assert wb.defined_names[MARKER_NAME].attr_text == f'"SECDESK-FORM:{kind}:{FORM_VERSION}"'
    wb.close()


def test_unknown_kind_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown form kind"):
        write_template("invoice", tmp_path / "x.xlsx", CHOICES)


def test_long_dropdown_lists_go_to_a_hidden_sheet(tmp_path: Path) -> None:
    events = tuple(f"令和{n}年度 未来技術実装ミニシンポジウム（第{n}期）" for n in range(1, 15))
    path = tmp_path / "participation.xlsx"
    write_template("participation", path, FormChoices(event_names=events))
    wb = load_workbook(path)
    lists = wb["選択肢"]
    assert lists.sheet_state == "hidden"
    assert [lists.cell(row=n, column=1).value for n in range(1, 15)] == list(events)
    formulas = [dv.formula1 for dv in wb.worksheets[0].data_validations.dataValidation]
    assert "'選択肢'!$A$1:$A$14" in formulas
    wb.close()
    sheets = read_sheets(path)
    assert find_marker(sheets[0]) == ("participation", FORM_VERSION)
    assert find_marker(sheets[1]) is None
    assert read_form(sheets[1]) is None


def test_without_categories_there_is_no_checklist(tmp_path: Path) -> None:
    path = tmp_path / "expert.xlsx"
    write_template("expert", path, FormChoices())
    data = read_form(read_sheets(path)[0])
    assert data is not None
    assert data.categories == []
    assert data.unknown_marks == []


# --- reading back ----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(FORM_KINDS))
def test_blank_form_reads_as_blank(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "form.xlsx"
    write_template(kind, path, CHOICES)
    sheet = read_sheets(path)[0]
    assert find_marker(sheet) == (kind, FORM_VERSION)
    data = read_form(sheet)
    assert data is not None
    assert set(data.fields) == set(FILLS[kind])
    assert all(cell.value is None for cell in data.fields.values())
    assert data.categories == []
    assert data.unknown_marks == []
    assert data.rows == []


@pytest.mark.parametrize("kind", list(FORM_KINDS))
def test_filled_form_reads_back(tmp_path: Path, kind: str) -> None:
    path, refs = write_filled(tmp_path, kind)
    data = read_form(read_sheets(path)[0])
    check_read_back(data, kind, refs)
    assert data is not None
    if kind in ("expert", "local_government", "measure"):
        wb = load_workbook(path)
        assert data.unknown_marks == [
            FormCell("?", mark_cell(wb.worksheets[0], CATEGORIES[4]).coordinate),
            FormCell("Ｘ", mark_cell(wb.worksheets[0], CATEGORIES[9]).coordinate),
        ]
        wb.close()
    if kind == "expert":
        assert data.fields["received_on"].value == RECEIVED
        assert data.fields["summary"].value == "ドローンによる点検。\n自治体との実証3件。"


def test_roster_rows(tmp_path: Path) -> None:
    path, _refs = write_filled(tmp_path, "roster")
    data = read_form(read_sheets(path)[0])
    assert data is not None
    assert len(data.rows) == 3
    got = [{key: cell.value for key, cell in row.items()} for row in data.rows]
    keys = ("order", "role", "post", "name", "kana", "organization")
    expected = [
        {key: (None if values.get(key, "") == "" else values[key]) for key in keys}
        for values in ROSTER.values()
    ]
    assert got == expected
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    header = find_text(ws, "氏名")
    assert data.rows[1]["name"].ref == f"D{header.row + 2}"
    assert data.rows[2]["role"].ref == f"B{header.row + 5}"
    assert data.rows[2]["order"] == FormCell(None, f"A{header.row + 5}")
    wb.close()


@pytest.mark.parametrize("kind", ["expert", "roster", "participation"])
def test_reading_survives_inserted_rows(tmp_path: Path, kind: str) -> None:
    path, refs = write_filled(tmp_path, kind, insert_at=3)
    data = read_form(read_sheets(path)[0])
    check_read_back(data, kind, refs)
    assert data is not None
    if kind == "roster":
        assert len(data.rows) == 3


def test_reading_survives_moved_labels_and_notes() -> None:
    """Labels found by text: spacing, width, ※ notes and bracketed notes do not matter."""
    marker = f"SECDESK-FORM:expert:{FORM_VERSION}"
    rows: list[tuple[object, ...]] = [
        ("利用申込書", None, None, None, None, None, None, marker),
        (None, None, None, None, None, None, None, None),
        (None, "団体名 （企業名）", "未来技研", "未来技研", None, None, None, None),
        ("電話番号※日中に連絡のつく番号", None, None, "03-0000-0000", None, None, None, None),
        ("ﾒｰﾙｱﾄﾞﾚｽ【必須】", None, None, None, None, None, None, None),
        ("公表可否：", "可", None, None, None, None, None, None),
        ("担当者氏名", "担当者氏名", None, None, None, "所在地", "東京都", None),
        (None, None, "選択", "政策分野", "政策分野", None, None, None),
        (None, None, "ｘ", "観光", "観光", None, None, None),
        (None, None, None, None, None, None, None, None),
        (None, None, "レ", "医療・介護", "医療・介護", None, None, None),
        (None, None, "△", "教育", "教育", None, None, None),
        (None, None, "-", "その他", "その他", None, None, None),
    ]
    data = read_form(SheetData(name="専門家用", rows=rows))
    assert data is not None
    assert data.fields["organization_name"] == FormCell("未来技研", "C3")
    assert data.fields["phone"] == FormCell("03-0000-0000", "D4")
    assert data.fields["email"] == FormCell(None, "B5")
    assert data.fields["publish_consent"] == FormCell("可", "B6")
    # a blank input stops at the next label instead of taking its value
    assert data.fields["contact_name"] == FormCell(None, "C7")
    assert data.fields["address"] == FormCell("東京都", "G7")
    assert "summary" not in data.fields
    # x is 「はい」 to some and 「いいえ」 to others: asked about, as in a list, not guessed
    assert data.categories == ["医療・介護"]
    assert data.unknown_marks == [FormCell("ｘ", "C9"), FormCell("△", "C12")]


@pytest.mark.parametrize(
    ("mark", "checked"),
    [
        ("○", True),
        ("●", True),
        ("◯", True),
        ("〇", True),
        ("✓", True),
        ("✔", True),
        ("レ", True),
        ("ﾚ", True),
        ("1", True),
        ("１", True),
        (1, True),
        (1.0, True),
        ("x", None),
        ("X", None),
        ("ｘ", None),
        ("Ｘ", None),
        (" ○ ", True),
        (None, False),
        ("", False),
        ("　", False),
        ("×", False),
        ("-", False),
        ("－", False),
        ("0", False),
        (0, False),
        ("?", None),
        ("済", None),
        (2, None),
    ],
)
def test_marks(mark: object, checked: bool | None) -> None:
    rows: list[tuple[object, ...]] = [
        (None, None, "SECDESK-FORM:measure:1"),
        ("選択", "政策分野", None),
        (mark, "観光", None),
    ]
    data = read_form(SheetData(name="関係省庁用", rows=rows))
    assert data is not None
    assert data.categories == (["観光"] if checked else [])
    assert data.unknown_marks == ([FormCell(mark, "A3")] if checked is None else [])


def test_not_a_form_and_future_versions() -> None:
    plain = SheetData(name="Sheet1", rows=[("団体名", "加賀市"), ("SECDESK-FORM", None)])
    assert find_marker(plain) is None
    assert read_form(plain) is None
    assert read_form(SheetData(name="empty", rows=[])) is None
    unknown_kind = SheetData(name="x", rows=[("SECDESK-FORM:invoice:1",)])
    assert find_marker(unknown_kind) == ("invoice", 1)
    assert read_form(unknown_kind) is None
    future = SheetData(
        name="参加申込書", rows=[(None, "SECDESK-FORM:participation:7"), ("氏名", "鈴木")]
    )
    assert find_marker(future) == ("participation", 7)
    data = read_form(future)
    assert data is not None
    assert data.version == 7
    assert data.fields == {"name": FormCell("鈴木", "B2")}


# --- LibreOffice re-save -------------------------------------------------------------------

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("kind", ["expert", "roster"])
def test_libreoffice_resave_reads_back(tmp_path: Path, kind: str) -> None:
    assert SOFFICE is not None
    path, _refs = write_filled(tmp_path, kind)
    before = read_form(read_sheets(path)[0])
    out = tmp_path / "resaved"
    out.mkdir()
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    resaved = out / path.name
    assert resaved.exists()
    after = read_form(read_sheets(resaved)[0])
    check_read_back(after, kind)
    assert after == before
