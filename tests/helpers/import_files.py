"""Files to import, made as offices make them: a messy registration list, a filled expert
form, a plain list, CSV / TSV in the encodings offices use, .ods and .xls written by LibreOffice;
and what a database holds, to compare before and after an import."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from db.database import Database
from db.export import export_data
from desktop.excel.forms import write_template
from desktop.imports import pipeline
from desktop.imports.templates import default_choices


def exported(db: Database) -> dict[str, Any]:
    with db.sessions() as session:
        data = export_data(session, "test")
    data.pop("exported_at")
    return data


def messy_list(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "一覧"
    ws.append(["地域未来構想20 オープンラボ 登録一覧（関心分野）"])
    ws.append(["※令和2年9月1日時点"])
    ws.append([])
    ws.append(
        [
            "No.",
            "自治体名",
            "ふりがな",
            "団体コード",
            "政策分野",
            "担当者",
            "TEL",
            "E-mail",
            "受付日",
            "公表",
            "備考",
        ]
    )
    ws.append(
        [
            1,
            "秩父市",
            "チチブシ",
            "11207",
            "教育、医療",
            "山田　太郎",
            "０４９４－２２－２２１１",
            "a@example.jp",
            "R2.7.20",
            "可",
            None,
        ]
    )
    ws.append(
        [
            2,
            "仙台市",
            "せんだいし",
            "041009",
            "防災IT化\n地域交通体系",
            "佐藤 花子",
            "022-214-8008",
            "b@example.jp",
            dt.datetime(2020, 7, 21),
            "否",
            "メモ",
        ]
    )
    ws.append(
        [3, "架空市", "かくうし", "999990", "教育", None, None, None, "2020/7/22", "可", None]
    )
    ws.append([])
    ws.append(
        [
            4,
            "つくば市",
            "つくばし",
            "082201",
            "教育",
            None,
            "12",
            "not-an-email",
            "令和2年2月30日",
            "可",
            None,
        ]
    )
    ws.append([5, "秩父市", "ちちぶし", "112071", "教育", None, None, None, None, "可", None])
    ws.row_dimensions[10].hidden = True
    wb.save(path)
    return path


def type_into(ws: Worksheet, label: str, value: object) -> None:
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == label:
                for target in ws[cell.row][cell.column :]:
                    if not target.protection.locked:
                        target.value = value
                        return
    raise AssertionError(label)


def mark(ws: Worksheet, category: str, sign: str) -> None:
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == category:
                for left in reversed(ws[cell.row][: cell.column - 1]):
                    if not left.protection.locked:
                        left.value = sign
                        return
    raise AssertionError(category)


def filled_expert_form(folder: Path, number: int) -> Path:
    path = folder / f"申込書_{number:03d}.xlsx"
    write_template("expert", path, default_choices())
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    type_into(ws, "団体名（企業名）", f"株式会社テスト{number}")
    type_into(ws, "フリガナ", f"テスト{number}")
    type_into(ws, "団体区分", "民間企業")
    type_into(ws, "担当者氏名", "鈴木 一郎")
    type_into(ws, "電話番号", "03-1234-5678")
    type_into(ws, "メールアドレス", f"info{number}@example.co.jp")
    type_into(ws, "提供可能な技術・ノウハウの概要", "遠隔診療の仕組みを提供します。")
    type_into(ws, "公表可否", "可")
    mark(ws, "医療", "○")
    mark(ws, "教育", "✓")
    wb.save(path)
    return path


def write_list(path: Path, header: list[str], *rows: list[object]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def prepare(db: Database, *paths: Path, **options: Any) -> Any:
    with db.sessions() as session:
        return pipeline.prepare(session, list(paths), **options)


# --- files as other offices write them: CSV in their encodings, .ods and .xls ---------------


def text_table(
    path: Path,
    rows: list[list[object]],
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
) -> Path:
    """A CSV / TSV as a program writes it: CRLF line ends, quotes where a field needs them;
    `encoding` "utf-8-sig" (Excel's CSV UTF-8), "cp932" (Excel's CSV on a Japanese PC),
    "utf-16" (Excel's Unicode text: a BOM, little-endian, tab-separated)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([["" if v is None else v for v in row] for row in rows])
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def office_workbook(path: Path, rows: list[list[object]], *, merged: tuple[str, ...] = ()) -> Path:
    """An .xlsx with the rows on its first sheet (named 一覧) and the ranges merged."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "一覧"
    for row in rows:
        ws.append(row)
    for cells in merged:
        ws.merge_cells(cells)
    wb.save(path)
    return path


def converted(source: Path, suffix: str) -> Path:
    """`source` saved by LibreOffice as .ods or .xls (as an office using it would send it);
    the test is skipped, saying so, where LibreOffice is not installed."""
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        pytest.skip("LibreOffice is not installed: it writes the .ods / .xls files of this test")
    profile = source.parent / "libreoffice-profile"  # its own: never locked by another run
    subprocess.run(
        [
            office,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            suffix,
            "--outdir",
            str(source.parent),
            str(source),
        ],
        capture_output=True,
        timeout=240,
        check=True,
    )
    target = source.with_suffix(f".{suffix}")
    assert target.exists(), f"LibreOffice did not write {target.name}"
    return target


# --- a folder as an office's shared drive holds it: forms and lists, and files of other kinds -


# The files of `folder_with_strangers` the import cannot read or understand, and the words
# their one-line reasons give.
STRANGERS = {
    "写真.xlsx": "PNG 画像",  # a picture renamed .xlsx
    "属性一覧.xlsx": "見出しの行が読み取れません",  # an unrelated workbook
    "文字化け.csv": "UTF-8 でも Shift_JIS でもなく",  # a CSV in a broken encoding
}


def folder_with_strangers(folder: Path) -> Path:
    """Two filled expert forms and a Shift_JIS registration list, beside a note (.txt), a
    picture renamed .xlsx, a data dictionary (a workbook that is no list) and a CSV whose
    bytes are neither UTF-8 nor Shift_JIS."""
    folder.mkdir()
    filled_expert_form(folder, 1)
    filled_expert_form(folder, 2)
    text_table(
        folder / "登録団体.csv",
        [
            ["自治体名", "フリガナ", "団体コード", "政策分野", "担当者", "電話番号"],
            ["小鹿野町", "オガノマチ", "11362", "教育", "山田 太郎", "0494-75-1221"],
        ],
        encoding="cp932",
    )
    (folder / "メモ.txt").write_text("申込書は3月末までに送付のこと。\n", encoding="utf-8")
    (folder / "写真.xlsx").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)
    office_workbook(
        folder / "属性一覧.xlsx",
        [
            ["行政区域データ 属性一覧"],
            ["番号", "属性コード", "属性名", "説明"],
            [1, "N03_001", "都道府県名", "当該区域を含む都道府県名称"],
            [2, "N03_004", "行政区域コード", "都道府県コードと市区町村コード"],
        ],
    )
    broken = "団体名,電話番号\r\n秩父市,0494-22-2211\r\n".encode("cp932") + b"\x81\x20\xfd\r\n"
    (folder / "文字化け.csv").write_bytes(broken)
    return folder
