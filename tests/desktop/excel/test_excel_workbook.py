"""Tests for desktop.excel.workbook: the safe reader every Excel import goes through (no Qt).

Every file is built here, in tmp_path, with openpyxl, zipfile or plain bytes.
"""

from __future__ import annotations

import inspect
import re
import struct
import warnings
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook

import desktop.excel.workbook as workbook_module
from desktop.excel.sheets import ImportFileError
from desktop.excel.workbook import MACRO_NOTE, read_workbook

SHEET = "xl/worksheets/sheet1.xml"
MAIN_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
KANA = re.compile(r"[\u3040-\u30ff]")


@pytest.fixture(params=["fast", "exact"])
def scan_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test through the fast byte scan and through the exact expat scan."""
    if request.param == "exact":
        monkeypatch.setattr(workbook_module._FastScan, "result", lambda self: None)
    return str(request.param)


# --- building files -----------------------------------------------------------------------------


Edit = bytes | Callable[[bytes], bytes] | None


def rewrite(
    src: Path,
    dst: Path,
    edits: dict[str, Edit] | None = None,
    *,
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """Copy a zip, replacing (bytes), transforming (callable) or dropping (None) members;
    members named in `edits` but absent from `src` are added."""
    edits = dict(edits or {})
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", compression) as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name in edits:
                edit = edits.pop(name)
                if edit is None:
                    continue
                data = edit(data) if callable(edit) else edit
            zout.writestr(name, data)
        for name, edit in edits.items():
            assert isinstance(edit, bytes)
            zout.writestr(name, edit)
    return dst


def replace_once(old: bytes, new: bytes) -> Callable[[bytes], bytes]:
    def edit(data: bytes) -> bytes:
        # openpyxl writes empty elements as <v /> and <workbookPr />, or as <v></v> and
        # <workbookPr/> through lxml when it is installed
        data = re.sub(rb"<v></v>|<v/>", b"<v />", data).replace(b"<workbookPr/>", b"<workbookPr />")
        assert data.count(old) == 1, (old, data[:500])
        return data.replace(old, new)

    return edit


def simple_book(path: Path, rows: int = 3, title: str = "名簿") -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    ws.append(["番号", "氏名"])
    for i in range(1, rows):
        ws.append([i, f"氏名{i}"])
    wb.save(path)
    return path


def hand_sheet(tmp_path: Path, name: str, sheet_xml: str, root: str = "") -> Path:
    """A workbook whose first sheet is the given XML (root: override the whole document)."""
    base = simple_book(tmp_path / f"base-{name}")
    document = root or f"<worksheet {MAIN_NS}><sheetData>{sheet_xml}</sheetData></worksheet>"
    return rewrite(base, tmp_path / name, {SHEET: document.encode()})


def refused(path: Path, *, sentences: int = 1, **limits: int) -> str:
    """read_workbook refuses the file: one Japanese sentence naming it, no result."""
    with pytest.raises(ImportFileError) as info:
        read_workbook(path, **limits)
    message = str(info.value)
    assert path.name in message
    assert KANA.search(message), message
    assert message.endswith("。"), message
    assert message.count("。") == sentences, message
    assert "Traceback" not in message and "\n" not in message
    return message


def patch_central_directory(path: Path, member: str, *, file_size: int) -> None:
    """Change the uncompressed size a member declares in the zip's central directory."""
    data = bytearray(path.read_bytes())
    end = data.rfind(b"PK\x05\x06")
    entries, _size, offset = struct.unpack("<HII", data[end + 10 : end + 20])
    for _ in range(entries):
        name_len, extra_len, comment_len = struct.unpack("<HHH", data[offset + 28 : offset + 34])
        if data[offset + 46 : offset + 46 + name_len].decode() == member:
            data[offset + 24 : offset + 28] = struct.pack("<I", file_size)
            path.write_bytes(bytes(data))
            return
        offset += 46 + name_len + extra_len + comment_len
    raise AssertionError(member)


# --- a normal workbook --------------------------------------------------------------------------


def normal_book(tmp_path: Path, name: str = "参加者名簿.xlsx") -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "名簿"
    ws["A1"] = "令和6年度 参加者名簿"
    ws.merge_cells("A1:D1")  # the title row
    ws["A2"], ws["B2"], ws["C2"] = "番号", "氏名", "連絡先"
    ws.merge_cells("C2:D2")  # a merged header cell
    ws.append([1, "山田太郎", "03-1234-5678", "taro@example.jp", datetime(2024, 4, 1), "=A3*10"])
    ws.append(
        [2, "佐藤花子", "06-1234-5678", "hanako@example.jp", datetime(2024, 4, 1, 13, 30), 1.5]
    )
    ws.append([3, "鈴木一郎"])
    ws.row_dimensions[5].hidden = True
    ws["Z50"].style = "Good"  # formatted but empty: trimmed away
    ws.row_dimensions[60].hidden = True  # hidden but empty: trimmed away, still reported
    other = wb.create_sheet("控え")
    other.sheet_state = "hidden"
    other["A1"] = "メモ"
    raw = tmp_path / f"raw-{name}"
    wb.save(raw)
    # openpyxl cannot calculate: give the formula the cached value Excel would have saved.
    return rewrite(
        raw, tmp_path / name, {SHEET: replace_once(b"<f>A3*10</f><v />", b"<f>A3*10</f><v>10</v>")}
    )


def test_reads_a_normal_workbook(tmp_path: Path, scan_mode: str) -> None:
    book = read_workbook(normal_book(tmp_path))
    assert book.notes == ()
    assert [(s.name, s.hidden) for s in book.sheets] == [("名簿", False), ("控え", True)]
    sheet = book.sheets[0]
    title = "令和6年度 参加者名簿"
    assert sheet.rows == [
        (title, title, title, title, None, None),
        ("番号", "氏名", "連絡先", "連絡先", None, None),
        (1, "山田太郎", "03-1234-5678", "taro@example.jp", date(2024, 4, 1), 10),
        (2, "佐藤花子", "06-1234-5678", "hanako@example.jp", datetime(2024, 4, 1, 13, 30), 1.5),
        (3, "鈴木一郎", None, None, None, None),
    ]
    assert type(sheet.rows[2][0]) is int and type(sheet.rows[3][5]) is float
    assert sheet.hidden_rows == frozenset({5, 60})
    assert sheet.formula_cells == ("F3",)
    assert book.sheets[1].rows == [("メモ",)]
    assert book.sheets[1].formula_cells == () and book.sheets[1].hidden_rows == frozenset()


def test_a_long_sheet_starting_below_a1_reads_every_value(tmp_path: Path) -> None:
    """Rows come one at a time from the reader, and a column's repeated values are kept once:
    neither may change a value, in a column of a few values or of thousands."""
    path = tmp_path / "長い一覧.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    written = [
        (
            f"団体{n}",
            ("企業", "大学", "NPO")[n % 3],
            date(2024, 4, 1 + n % 28),
            "可" if n % 7 else "",
        )
        for n in range(2_500)
    ]
    for offset, row in enumerate(written):
        for column, value in enumerate(row):
            sheet.cell(row=3 + offset, column=2 + column, value=value)
    book.save(path)

    rows = read_workbook(path).sheets[0].rows
    assert rows[:2] == [(None,) * 5, (None,) * 5]
    assert rows[2:] == [
        (None, name, kind, day, consent or None) for name, kind, day, consent in written
    ]


def test_values_dates_errors_and_1904_dates(tmp_path: Path, scan_mode: str) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "値"
    ws.append([datetime(2021, 10, 1, 9, 5), date(2021, 10, 1), timedelta(hours=30), "=1/0", ""])
    ws.append([True, 12345678901234, "0123", 0.1, "=A2"])
    raw = tmp_path / "raw.xlsx"
    wb.save(raw)
    fix = replace_once(
        b'<c r="D1"><f>1/0</f><v /></c>', b'<c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c>'
    )
    book = read_workbook(rewrite(raw, tmp_path / "values.xlsx", {SHEET: fix}))
    rows = book.sheets[0].rows
    assert rows[0][:4] == (
        datetime(2021, 10, 1, 9, 5),
        date(2021, 10, 1),
        timedelta(hours=30),
        "#DIV/0!",
    )
    assert rows[1] == (True, 12345678901234, "0123", 0.1)  # E2: no cached value, trimmed
    assert book.sheets[0].formula_cells == ("D1", "E2")

    as_1904 = rewrite(
        tmp_path / "values.xlsx",
        tmp_path / "values1904.xlsx",
        {"xl/workbook.xml": replace_once(b"<workbookPr />", b'<workbookPr date1904="1" />')},
    )
    shifted = read_workbook(as_1904).sheets[0].rows[0][1]
    assert shifted == date(2021, 10, 1) + timedelta(days=1462)  # same serial, 1904 epoch


def test_hand_written_xml_prefixes_cells_without_references(tmp_path: Path) -> None:
    root = (
        '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<x:sheetData><x:row r="2"><x:c><x:v>1</x:v></x:c>'
        '<x:c t="inlineStr"><x:is><x:t>b</x:t></x:is></x:c>'
        "<x:c><x:f>A2+1</x:f><x:v>2</x:v></x:c></x:row>"
        '<x:row hidden="1"><x:c r="B3"><x:v>3</x:v></x:c></x:row></x:sheetData>'
        '<x:mergeCells count="1"><x:mergeCell ref="A2:A3"/></x:mergeCells></x:worksheet>'
    )
    sheet = read_workbook(hand_sheet(tmp_path, "prefixed.xlsx", "", root=root)).sheets[0]
    assert sheet.rows == [(None, None, None), (1, "b", 2), (1, 3, None)]
    assert sheet.formula_cells == ("C2",)
    assert sheet.hidden_rows == frozenset({3})


def test_macro_workbook_reads_data_only_with_a_note(tmp_path: Path) -> None:
    base = simple_book(tmp_path / "base.xlsx")
    xlsm = rewrite(
        base,
        tmp_path / "マクロ付き.xlsm",
        {
            "xl/vbaProject.bin": b"\xd0\xcf\x11\xe0 not really VBA, and never opened",
            "[Content_Types].xml": replace_once(
                b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
            ),
        },
    )
    book = read_workbook(xlsm)
    assert book.notes == (MACRO_NOTE,)
    assert MACRO_NOTE == "マクロ付きブック（.xlsm）のマクロは実行せず、データだけを読みました。"
    assert book.sheets[0].rows == [("番号", "氏名"), (1, "氏名1"), (2, "氏名2")]


def test_openpyxl_itself_parses_with_defusedxml() -> None:
    assert openpyxl.DEFUSEDXML is True


# --- files that are not workbooks ---------------------------------------------------------------


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "見つからない" in refused(tmp_path / "ない.xlsx")
    folder = tmp_path / "フォルダ.xlsx"
    folder.mkdir()
    assert "フォルダー" in refused(folder)


def ole2(*stream_names: str) -> bytes:
    header = bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504
    entries = b"".join(
        n.encode("utf-16-le") + b"\0\0" + b"\0" * (62 - 2 * len(n)) + b"\0" * 64
        for n in stream_names
    )
    return header + entries + b"\0" * 1024


def test_old_xls_is_refused_with_how_to_save_as_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "古い名簿.xls"
    path.write_bytes(ole2("Root Entry", "Workbook", "\x05SummaryInformation"))
    message = refused(path)
    assert (
        "Excel 97-2003" in message and "名前を付けて保存" in message and "Excel ブック" in message
    )


def test_password_protected_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "secret.xlsx"
    path.write_bytes(ole2("Root Entry", "EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"))
    message = refused(path)
    assert "パスワード" in message and "ファイル" in message and "ブックの保護" in message


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp932", "utf-16"])
def test_csv_renamed_to_xlsx_is_refused_as_text(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "名簿.xlsx"
    path.write_bytes("番号,氏名,所属\n1,山田太郎,総務課\n2,佐藤花子,企画課\n".encode(encoding))
    assert "テキスト" in refused(path)


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("報告書.xlsx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
        ("写真.xlsx", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "PNG"),
        ("謎.xlsx", bytes(range(256)) * 4, "Excel ブック"),
        ("空.xlsx", b"", "空のファイル"),
        ("文書.xlsx", None, "Excel 以外"),  # a zip, but a Word document
        ("binary.xlsx", None, ".xlsb"),
    ],
)
def test_other_files_are_refused(
    tmp_path: Path, name: str, content: bytes | None, words: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    else:
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("[Content_Types].xml", "<Types/>")
            z.writestr("xl/workbook.bin" if name == "binary.xlsx" else "word/document.xml", "<x/>")
    assert words in refused(path)


def test_truncated_and_damaged_zips_are_refused(tmp_path: Path) -> None:
    good = simple_book(tmp_path / "good.xlsx", rows=50)
    data = good.read_bytes()
    truncated = tmp_path / "途中まで.xlsx"
    truncated.write_bytes(data[: len(data) // 2])
    assert "壊れている" in refused(truncated)

    stored = rewrite(good, tmp_path / "stored.xlsx", compression=zipfile.ZIP_STORED)
    damaged = tmp_path / "壊れた.xlsx"  # one byte changed inside a member: the CRC no longer fits
    damaged.write_bytes(stored.read_bytes().replace(b"<sheetData>", b"<sheetDatx>", 1))
    assert "壊れている" in refused(damaged)

    no_book = rewrite(good, tmp_path / "ブックなし.xlsx", {"xl/workbook.xml": None})
    assert "Excel ブック（.xlsx / .xlsm）ではない" in refused(no_book)

    malformed = rewrite(good, tmp_path / "不正XML.xlsx", {SHEET: lambda d: d[: len(d) // 2]})
    assert "壊れている" in refused(malformed)

    duplicate = tmp_path / "二重.xlsx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name
        rewrite(good, duplicate, {"xl/worksheets/sheet1.xml": None})
        with zipfile.ZipFile(good) as zin, zipfile.ZipFile(duplicate, "a") as z:
            z.writestr(SHEET, zin.read(SHEET))
            z.writestr(SHEET, zin.read(SHEET))
    assert "壊れている" in refused(duplicate)


# --- hostile files ------------------------------------------------------------------------------


class Unreachable:
    @staticmethod
    def from_path(_path: str) -> None:
        raise AssertionError("the file was handed to the value reader")


@pytest.fixture
def nothing_decompressed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail the test if the reader decompresses a member or calls the value reader."""

    def forbidden(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the file was handed to a parser")

    monkeypatch.setattr(workbook_module, "_member_chunks", forbidden)
    monkeypatch.setattr(workbook_module, "CalamineWorkbook", Unreachable)
    yield


def test_zip_bomb_declared_size_is_refused_before_parsing(
    tmp_path: Path, nothing_decompressed: None
) -> None:
    bomb = rewrite(simple_book(tmp_path / "base.xlsx"), tmp_path / "bomb.xlsx")
    patch_central_directory(bomb, SHEET, file_size=1024**3)  # declares 1 GB
    assert "大きくなりすぎる" in refused(bomb)
    assert "500 MB" in refused(bomb)


def test_zip_bomb_ratio_and_total_are_refused_before_parsing(
    tmp_path: Path, nothing_decompressed: None
) -> None:
    base = simple_book(tmp_path / "base.xlsx")
    zeros = rewrite(
        base, tmp_path / "zeros.xlsx", {"xl/media/image1.bin": b"\0" * (3 * 1024 * 1024)}
    )
    assert "大きくなりすぎる" in refused(zeros)  # ~3 MB from ~3 KB: ratio ~1000 > 200
    assert "大きくなりすぎる" in refused(base, max_uncompressed_bytes=1000)


def test_member_lying_about_its_size_is_refused(tmp_path: Path) -> None:
    liar = rewrite(simple_book(tmp_path / "base.xlsx", rows=200), tmp_path / "liar.xlsx")
    patch_central_directory(liar, SHEET, file_size=100)
    assert "壊れている" in refused(liar)


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)


@pytest.mark.parametrize(
    "member",
    [SHEET, "xl/workbook.xml", "xl/styles.xml", "[Content_Types].xml", "docProps/core.xml"],
)
def test_entity_bomb_in_any_xml_part_is_refused(tmp_path: Path, member: str) -> None:
    def inject(data: bytes) -> bytes:
        body = re.sub(rb"^<\?xml[^>]*\?>", b"", data.lstrip())
        return BILLION_LAUGHS.encode() + body.replace(b"><", b">&lol3;<", 1)

    bomb = rewrite(simple_book(tmp_path / "base.xlsx"), tmp_path / "laughs.xlsx", {member: inject})
    assert "DOCTYPE" in refused(bomb)


def test_external_entity_and_utf16_doctype_are_refused(tmp_path: Path) -> None:
    base = simple_book(tmp_path / "base.xlsx")
    xxe = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    external = rewrite(base, tmp_path / "xxe.xlsx", {SHEET: lambda d: xxe.encode() + d})
    assert "DOCTYPE" in refused(external)

    def utf16(data: bytes) -> bytes:
        text = re.sub(r"^<\?xml[^>]*\?>", "", data.decode().lstrip())
        return (
            '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE w [<!ENTITY a "b">]>' + text
        ).encode("utf-16")

    hidden = rewrite(base, tmp_path / "utf16.xlsx", {"xl/styles.xml": utf16})
    assert "DOCTYPE" in refused(hidden)


# --- limits -------------------------------------------------------------------------------------


def test_too_many_rows_is_refused_with_sheet_and_limit(tmp_path: Path, scan_mode: str) -> None:
    path = simple_book(tmp_path / "大きい.xlsx", rows=150, title="一覧")
    message = refused(path, max_rows=100)
    assert "「一覧」" in message and "100 行" in message and "分割" in message
    assert len(read_workbook(path, max_rows=150).sheets[0].rows) == 150


def test_default_row_cap_exists_and_refuses_cheaply(tmp_path: Path, scan_mode: str) -> None:
    assert inspect.signature(read_workbook).parameters["max_rows"].default == 200_000
    # A tiny file declaring a value at row 300,000: refused while streaming, nothing allocated.
    far = hand_sheet(
        tmp_path,
        "far.xlsx",
        '<row r="1"><c r="A1"><v>1</v></c></row><row r="300000"><c r="A300000"><v>2</v></c></row>',
    )
    assert "200,000 行" in refused(far)


def test_far_corner_cell_cannot_make_the_reader_allocate(tmp_path: Path, scan_mode: str) -> None:
    """A1 and XFD1048576 in a few hundred bytes would make the value reader abort the process."""
    corner = hand_sheet(
        tmp_path,
        "corner.xlsx",
        '<row r="1"><c r="A1"><v>1</v></c></row>'
        '<row r="1048576"><c r="XFD1048576"><v>2</v></c></row>',
    )
    refused(corner)
    wide = hand_sheet(
        tmp_path,
        "wide.xlsx",
        '<row r="1"><c r="A1"><v>1</v></c></row><row r="1000"><c r="XFD1000"><v>2</v></c></row>',
    )
    assert "セル" in refused(wide)  # 1,000 rows x 16,384 columns > 5,000,000 cells
    small = hand_sheet(
        tmp_path,
        "small.xlsx",
        '<row r="1"><c r="A1"><v>1</v></c></row><row r="40"><c r="Z40"><v>2</v></c></row>',
    )
    assert "40 行 × 26 列" in refused(small, max_cells=1000)


def test_cells_without_references_count_towards_the_limits(tmp_path: Path) -> None:
    """A cell without r="…" sits after the previous one: the fast scan cannot bound it."""
    row = '<row r="5">' + '<c s="0"/>' * 299 + '<c s="0"><v>1</v></c></row>'
    path = hand_sheet(tmp_path, "番地なし.xlsx", '<row r="1"><c r="A1"><v>0</v></c></row>' + row)
    assert "5 行 × 300 列" in refused(path, max_rows=99, max_cells=1000)
    rows = read_workbook(path).sheets[0].rows
    assert len(rows) == 5 and len(rows[0]) == 300 and rows[4][299] == 1


def test_too_long_cell_is_refused(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "備考"
    ws["B2"] = "あ" * 11
    path = tmp_path / "長文.xlsx"
    wb.save(path)
    message = refused(path, max_cell_chars=10)
    assert "「備考」" in message and "B2" in message and "10 文字" in message and "分割" in message
    # One character more than Excel allows (openpyxl would cut it: write the XML by hand).
    cell = f'<c r="A1" t="inlineStr"><is><t>{"x" * 32_768}</t></is></c>'
    too_long = hand_sheet(tmp_path, "長すぎる.xlsx", f'<row r="1">{cell}</row>')
    assert "32,767 文字" in refused(too_long)


def test_empty_workbook_has_nothing_to_import(tmp_path: Path) -> None:
    path = tmp_path / "空のブック.xlsx"
    wb = Workbook()
    wb.create_sheet("二枚目")["C3"].style = "Good"  # formatted, still empty
    wb.save(path)
    assert "読み込むデータがない" in refused(path)


def test_any_other_parser_failure_becomes_one_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = simple_book(tmp_path / "普通.xlsx")

    class Broken:
        @staticmethod
        def from_path(_path: str) -> None:
            raise RuntimeError("unexpected end of data\nwith a second line")

    monkeypatch.setattr(workbook_module, "CalamineWorkbook", Broken)
    message = refused(path, sentences=2)
    assert message == (
        "普通.xlsx を読めませんでした（unexpected end of data）。"
        "Excel で開いて .xlsx 形式で保存し直してください。"
    )


def test_bad_cell_reference_is_refused(tmp_path: Path, scan_mode: str) -> None:
    bad = hand_sheet(tmp_path, "番地.xlsx", '<row r="1"><c r="ZZZZ1"><v>1</v></c></row>')
    assert "ZZZZ1" in refused(bad, sentences=2)
