"""Every format an office sends (CSV / TSV in UTF-8, Shift_JIS, UTF-16; .ods; .xls), and
problems said once: through `secdesk import` as a user runs it, checking what is stored, the
lines printed and the exit code."""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop.excel.reading import read_book
from desktop.excel.sheets import ImportFileError
from tests.helpers.cli_support import secdesk
from tests.helpers.import_files import converted, office_workbook, text_table
from tests.helpers.paths import REALWORLD

LIAISON = "近未来技術実装関係省庁連絡会議"
PROGRAM = "地域未来構想20 オープンラボ"
REGISTRATIONS = [
    "自治体名",
    "フリガナ",
    "団体コード",
    "政策分野",
    "担当者",
    "電話番号",
    "メールアドレス",
]


def imported(
    db: Path, *files: Path, options: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    return secdesk("--db", db, "import", *files, *options)


def stored(db: Path, tmp_path: Path) -> dict[str, Any]:
    out = tmp_path / "stored.json"
    assert secdesk("--db", db, "export", "--format", "json", "-o", out).returncode == 0
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def organization(data: dict[str, Any], name: str) -> dict[str, Any]:
    (found,) = [o for o in data["organizations"] if o["name"] == name]
    return found


def registered(data: dict[str, Any], name: str) -> list[str]:
    """The categories of the organization's registration in the demo programme."""
    (found,) = [
        r for r in data["registrations"] if r["organization"] == name and r["program"] == PROGRAM
    ]
    return list(found["categories"])


def seat(data: dict[str, Any], council: str, name: str) -> tuple[str, str, str]:
    (found,) = [c for c in data["councils"] if c["name"] == council]
    (member,) = [m for m in found["members"] if m["name"] == name]
    return member["role"], member["post"], member["organization"]


def person(data: dict[str, Any], name: str) -> tuple[str, str, str]:
    (found,) = [p for p in data["people"] if p["name"] == name]
    return found["kana"], found["post"], found["organization"]


def error_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in result.stdout.splitlines() if line.startswith("エラー")]


# --- CSV and TSV in the encodings offices use -----------------------------------------------


def test_utf8_csv_with_bom_from_excel(demo_path: Path, tmp_path: Path) -> None:
    # A prefecture's office collects its towns in Excel and saves "CSV UTF-8".
    path = text_table(
        tmp_path / "登録団体（秩父地域）.csv",
        [
            REGISTRATIONS,
            [
                "小鹿野町",
                "オガノマチ",
                "11362",
                "教育",
                "山田 太郎",
                "0494-75-1221",
                "o@example.jp",
            ],
            ["横瀬町", "ヨコゼマチ", "11361", "医療、教育", "佐藤 花子", "0494-25-0111", None],
        ],
        encoding="utf-8-sig",
    )
    result = imported(demo_path, path)
    assert result.returncode == 0, result.stdout + result.stderr
    data = stored(demo_path, tmp_path)
    ogano = organization(data, "小鹿野町")
    assert (ogano["kana"], ogano["lg_code"], ogano["phone"]) == (
        "おがのまち",
        "113620",
        "0494-75-1221",
    )
    assert organization(data, "横瀬町")["lg_code"] == "113611"
    assert registered(data, "横瀬町") == ["教育", "医療"]
    assert not any(o["name"].startswith("\ufeff") for o in data["organizations"])


def test_utf8_csv_without_bom_from_a_web_system(demo_path: Path, tmp_path: Path) -> None:
    path = text_table(
        tmp_path / "roster_export.csv",
        [
            ["会議名", "役割", "役職", "氏名", "ふりがな", "所属"],
            [LIAISON, "構成員", "審議官", "総務 次郎", "そうむ じろう", "総務省"],
            [LIAISON, "オブザーバー", "研究員", "山田 一郎", "ヤマダ イチロウ", "架空研究所"],
        ],
    )
    result = imported(demo_path, path)
    assert result.returncode == 0, result.stdout + result.stderr
    data = stored(demo_path, tmp_path)
    assert person(data, "総務 次郎") == ("そうむ じろう", "審議官", "総務省")
    assert person(data, "山田 一郎") == ("やまだ いちろう", "研究員", "架空研究所")
    assert seat(data, LIAISON, "山田 一郎") == ("observer", "研究員", "架空研究所")


def test_shift_jis_csv_with_a_title_row_and_a_totals_row(demo_path: Path, tmp_path: Path) -> None:
    # Excel's plain "CSV" on a Japanese PC: CP932, a title above the list, a total below it.
    path = text_table(
        tmp_path / "登録一覧_令和6年度.csv",
        [
            ["令和6年度 オープンラボ 登録団体一覧"],
            [],
            ["No.", "団体名", "ふりがな", "団体コード", "関心分野", "電話"],
            ["1", "皆野町", "みなのまち", "11363", "防災IT化", "0494-62-1230"],
            ["2", "長瀞町", "ながとろまち", "11364", "教育", "０４９４－６６－３１１１"],
            ["合計", "2団体"],
        ],
        encoding="cp932",
    )
    result = imported(demo_path, path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "6行目" in result.stdout and "合計の行" in result.stdout
    data = stored(demo_path, tmp_path)
    minano = organization(data, "皆野町")
    assert (minano["kana"], minano["lg_code"]) == ("みなのまち", "113638")
    assert organization(data, "長瀞町")["phone"] == "0494-66-3111"
    assert registered(data, "皆野町") == ["防災IT化"]
    assert not [o for o in data["organizations"] if "合計" in o["name"] or "2団体" in o["name"]]


def test_tsv_roster(demo_path: Path, tmp_path: Path) -> None:
    path = text_table(
        tmp_path / "幹事名簿.tsv",
        [
            ["会議名", "役割", "役職", "氏名", "所属"],
            [LIAISON, "構成員", "課長", "国交 三郎", "国土交通省"],
        ],
        delimiter="\t",
    )
    result = imported(demo_path, path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert seat(stored(demo_path, tmp_path), LIAISON, "国交 三郎") == (
        "member",
        "課長",
        "国土交通省",
    )


def test_utf16_unicode_text_from_excel(demo_path: Path, tmp_path: Path) -> None:
    # Excel's "Unicode text (*.txt)": UTF-16 with a BOM, tab-separated.
    path = text_table(
        tmp_path / "登録団体.txt",
        [
            REGISTRATIONS,
            ["函館市", "ハコダテシ", "01202", "教育", "函館 太郎", "0138-21-3111", "h@example.jp"],
        ],
        encoding="utf-16",
        delimiter="\t",
    )
    assert path.read_bytes()[:2] == b"\xff\xfe"
    result = imported(demo_path, path)
    assert result.returncode == 0, result.stdout + result.stderr
    hakodate = organization(stored(demo_path, tmp_path), "函館市")
    assert (hakodate["kana"], hakodate["lg_code"], hakodate["email"]) == (
        "はこだてし",
        "012025",
        "h@example.jp",
    )


@pytest.mark.parametrize("encoding", ["euc_jp", "latin-1"])
def test_csv_in_another_encoding_is_refused_with_one_line(
    demo_path: Path, tmp_path: Path, encoding: str
) -> None:
    rows: list[list[object]] = [
        REGISTRATIONS,
        ["釧路市", "クシロシ", "01206", "教育", "釧路 太郎", "0154-23-5151", None],
    ]
    if encoding == "latin-1":
        rows = [["Name", "Ort"], ["Müller", "Köln"], ["Weiß", "Düsseldorf"]]
    path = text_table(tmp_path / "old_system.csv", rows, encoding=encoding)
    before = demo_path.read_bytes()
    result = imported(demo_path, path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert "old_system.csv" in line and "UTF-8" in line and "保存し直して" in line
    assert demo_path.read_bytes() == before


def test_a_csv_is_one_sheet_named_after_the_file(tmp_path: Path) -> None:
    path = text_table(
        tmp_path / "名簿.csv",
        [["氏名", "備考"], ["山田 太郎", "一行目\n二行目"], ["佐藤 花子", '引用符"あり']],
        encoding="utf-8-sig",
    )
    (sheet,) = read_book(path).sheets
    assert sheet.name == "名簿"
    assert sheet.rows == [
        ("氏名", "備考"),
        ("山田 太郎", "一行目\n二行目"),
        ("佐藤 花子", '引用符"あり'),
    ]


def test_csv_over_the_row_limit_is_refused(tmp_path: Path) -> None:
    path = text_table(tmp_path / "大きい.csv", [["氏名"], *([f"人{n}"] for n in range(20))])
    with pytest.raises(ImportFileError, match="上限の 10 行"):
        read_book(path, max_rows=10)
    with pytest.raises(ImportFileError, match="上限の 15 セル"):
        read_book(path, max_cells=15)


# --- .ods and .xls, as LibreOffice writes them ------------------------------------------------


def test_ods_with_a_merged_title_and_a_date(demo_path: Path, tmp_path: Path) -> None:
    source = office_workbook(
        tmp_path / "申込団体一覧.xlsx",
        [
            ["オープンラボ 申込団体一覧"],
            ["自治体名", "フリガナ", "団体コード", "政策分野", "受付日"],
            ["京都市", "キョウトシ", "26100", "教育", "2024/4/1"],
            ["福知山市", "フクチヤマシ", "26201", "医療", "令和6年4月2日"],
        ],
        merged=("A1:E1",),
    )
    path = converted(source, "ods")
    source.unlink()
    result = imported(demo_path, path)
    assert result.returncode == 0, result.stdout + result.stderr
    data = stored(demo_path, tmp_path)
    kyoto = organization(data, "京都市")
    assert (kyoto["kana"], kyoto["lg_code"]) == ("きょうとし", "261009")
    assert organization(data, "福知山市")["lg_code"] == "262013"
    (received,) = [
        r["received_on"] for r in data["registrations"] if r["organization"] == "福知山市"
    ]
    assert received == "2024-04-02"


def test_xls_roster(demo_path: Path, tmp_path: Path) -> None:
    source = office_workbook(
        tmp_path / "委員名簿.xlsx",
        [
            ["近未来技術実装関係省庁連絡会議 名簿"],
            ["会議名", "役割", "役職", "氏名", "ふりがな", "所属"],
            [LIAISON, "構成員", "参事官", "外務 四郎", "ガイム シロウ", "外務省"],
        ],
    )
    path = converted(source, "xls")
    source.unlink()
    result = imported(demo_path, path)
    assert result.returncode == 0, result.stdout + result.stderr
    data = stored(demo_path, tmp_path)
    assert person(data, "外務 四郎") == ("がいむ しろう", "参事官", "外務省")
    assert seat(data, LIAISON, "外務 四郎") == ("member", "参事官", "外務省")


@pytest.mark.parametrize("suffix", ["ods", "xls"])
def test_ods_and_xls_keep_the_limits_and_hidden_rows(tmp_path: Path, suffix: str) -> None:
    source = office_workbook(
        tmp_path / "大きい一覧.xlsx", [["氏名", "所属"], *([f"人{n}", "総務課"] for n in range(30))]
    )
    book = openpyxl.load_workbook(source)
    sheet = book.worksheets[0]
    sheet.row_dimensions[3].hidden = True
    book.save(source)
    path = converted(source, suffix)
    (read,) = read_book(path).sheets
    assert read.rows[1] == ("人0", "総務課") and len(read.rows) == 31
    assert read.hidden_rows == {3}
    with pytest.raises(ImportFileError, match="上限の 20 行"):
        read_book(path, max_rows=20)
    with pytest.raises(ImportFileError, match="上限の 40 セル"):
        read_book(path, max_cells=40)


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [(8, 0x32000005, "上限"), (4, 201, "壊れている")],  # last row 838 million; first after last
)
def test_an_xls_declaring_an_impossible_sheet_is_refused_before_it_is_read(
    demo_path: Path, tmp_path: Path, field: int, value: int, said: str
) -> None:
    # A damaged (or hostile) .xls whose sheet declares a used range a reader would size its
    # memory by: reading it would end the whole program.
    source = office_workbook(tmp_path / "小さい.xlsx", [["氏名", "所属"], ["山田 太郎", "総務課"]])
    data = bytearray(converted(source, "xls").read_bytes())
    dimensions = data.index(b"\x00\x02\x0e\x00")  # the sheet's DIMENSIONS record
    data[dimensions + field : dimensions + field + 4] = value.to_bytes(4, "little")
    path = tmp_path / "壊れた名簿.xls"
    path.write_bytes(bytes(data))
    result = imported(demo_path, path)
    assert result.returncode == 2, result.stdout + result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert "壊れた名簿.xls" in line and said in line


def hand_made_ods(path: Path, rows: str) -> Path:
    """An .ods of one sheet whose content.xml holds `rows` (table-row elements) as written."""
    table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="{office}"'
        f' xmlns:table="{table}" xmlns:text="{text}"><office:body><office:spreadsheet>'
        f'<table:table table:name="一覧">{rows}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as ods:
        ods.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        ods.writestr("content.xml", content)
    return path


def test_an_ods_repeating_a_filled_row_a_million_times_is_refused(
    demo_path: Path, tmp_path: Path
) -> None:
    cell = '<table:table-cell office:value-type="string"><text:p>山田</text:p></table:table-cell>'
    path = hand_made_ods(
        tmp_path / "繰り返し.ods",
        f'<table:table-row table:number-rows-repeated="1000000">{cell}</table:table-row>',
    )
    assert path.stat().st_size < 2000
    result = imported(demo_path, path)
    assert result.returncode == 2, result.stdout + result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert "繰り返し.ods" in line and "上限の 200,000 行" in line


def test_an_opendocument_text_is_refused_with_one_line(demo_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "議事録.ods"
    with zipfile.ZipFile(path, "w") as odt:
        odt.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        odt.writestr("content.xml", "<office:document-content/>")
    result = imported(demo_path, path)
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert "議事録.ods" in line and "表計算ではない" in line


# --- error values, and problems said once ----------------------------------------------------


ERROR_ROWS: list[list[object]] = [
    REGISTRATIONS,
    ["小鹿野町", "#N/A", "11362", "教育", None, None, None],
    ["#DIV/0!", "ヨコゼマチ", "11361", "教育", None, None, None],
    ["長瀞町", "ナガトロマチ", "11364", "教育", None, None, None],
]


@pytest.mark.parametrize("suffix", ["xlsx", "ods", "xls"])
def test_error_values_are_problems_on_their_cells(
    demo_path: Path, tmp_path: Path, suffix: str
) -> None:
    path = office_workbook(tmp_path / "計算式つき一覧.xlsx", ERROR_ROWS)
    if suffix != "xlsx":
        path = converted(path, suffix)
    result = imported(demo_path, path)
    assert result.returncode == 1, result.stdout + result.stderr  # imported, rows refused
    errors = error_lines(result)
    assert any(
        all(part in e for part in (path.name, "シート「一覧」", "2行目", "列「フリガナ」", "#N/A"))
        for e in errors
    )
    assert any(all(part in e for part in ("3行目", "列「自治体名」", "#DIV/0!")) for e in errors)
    assert not [e for e in errors if "空です" in e]  # the broken cell is said once
    names = {o["name"] for o in stored(demo_path, tmp_path)["organizations"]}
    assert "長瀞町" in names
    assert not names & {"#N/A", "#DIV/0!", "小鹿野町", "横瀬町"}


def test_a_list_without_a_programme_is_one_line_and_exit_2(demo_path: Path, tmp_path: Path) -> None:
    path = text_table(
        tmp_path / "区の一覧.csv",
        [["団体名", "フリガナ", "団体コード"]]
        + [[f"架空区{n}", f"カクウク{n}", None] for n in range(1, 31)],
    )
    before = demo_path.read_bytes()
    result = imported(demo_path, path)
    assert result.returncode == 2, result.stdout + result.stderr
    (line,) = error_lines(result)
    assert "区の一覧.csv" in line and "事業を特定できません" in line and "全30行" in line
    assert "行目" not in line
    assert demo_path.read_bytes() == before


def test_a_blank_numbered_form_says_so_once_and_exit_2(demo_path: Path, tmp_path: Path) -> None:
    path = text_table(
        tmp_path / "申込様式.csv",
        [["団体名:"], ["No.", "団体名", "フリガナ", "団体コード", "関心分野"]]
        + [[str(n)] for n in range(1, 51)],
        encoding="cp932",
    )
    result = imported(demo_path, path)
    assert result.returncode == 2, result.stdout + result.stderr
    (line,) = error_lines(result)
    assert "申込様式.csv" in line and "データの行がありません" in line
    assert "何も取り込みませんでした" in result.stderr


def test_a_folder_of_mixed_formats_is_read_whole(demo_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "届いたファイル"
    folder.mkdir()
    text_table(
        folder / "a.csv",
        [REGISTRATIONS, ["小鹿野町", "オガノマチ", "11362", "教育", None, None, None]],
        encoding="cp932",
    )
    text_table(
        folder / "b.tsv",
        [REGISTRATIONS, ["横瀬町", "ヨコゼマチ", "11361", "教育", None, None, None]],
        delimiter="\t",
    )
    (folder / "読んでください.txt").write_text("担当: 山田\n", encoding="utf-8")
    result = imported(demo_path, folder)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2ファイル 2件" in result.stdout
    names = {o["name"] for o in stored(demo_path, tmp_path)["organizations"]}
    assert {"小鹿野町", "横瀬町"} <= names


def test_import_help_names_the_formats_and_exit_codes() -> None:
    result = secdesk("import", "--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    for word in (".xls", ".ods", "CSV", "Shift_JIS", "UTF-16", "終了コード"):
        assert word in text


# --- real files other offices wrote -----------------------------------------------------------


def realworld(relative: str) -> Path:
    path = REALWORLD / relative
    if not path.exists():
        pytest.skip(f"the real files folder is absent ({REALWORLD}): nothing to read")
    return path


def test_real_utf8_bom_roster_csv_is_read_as_written() -> None:
    path = realworld("csv/digital_agency_kanbu_meibo.csv")
    (sheet,) = read_book(path).sheets
    assert sheet.name == "digital_agency_kanbu_meibo"
    assert sheet.rows[0] == ("氏名", "氏名かな", "種別", "肩書")
    assert len(sheet.rows) == 27  # the heading and 26 people
    assert sheet.rows[1][:2] == ("平井 卓也", "ひらい たくや")


@pytest.mark.parametrize(
    "relative",
    [
        "csv/sapporo_event_schedules.csv",
        "forms/extract_leaders_buin_meibo_template.xlsx",
        "producers/any_sheets.ods",
        "producers/mtcars.xls",
        "producers/issue_594_dos.ods",
        "producers/too_small.xls",
    ],
)
def test_real_files_without_a_list_to_import_give_one_line_and_exit_2(
    demo_path: Path, relative: str
) -> None:
    path = realworld(relative)
    before = demo_path.read_bytes()
    result = imported(demo_path, path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert len(error_lines(result)) <= 1
    assert (
        len(result.stderr.strip().splitlines()) == 1 and path.name in result.stdout + result.stderr
    )
    assert demo_path.read_bytes() == before
