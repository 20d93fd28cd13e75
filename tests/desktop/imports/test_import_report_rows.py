"""The import report's original rows: read back from the list when the report is written (a
long list is not kept twice in memory), and refused when the file changed since it was read."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest

from db.database import Database
from db.errors import UserError
from desktop.imports.report import write_report
from tests.helpers.import_files import prepare, write_list

HEADER = ["団体名", "団体区分", "事業", "分野", "公表可否", "備考"]


def _list(path: Path) -> Path:
    return write_list(
        path,
        HEADER,
        ["株式会社読み戻し", "企業", "オープンラボ", "教育", "可", "一行目"],
        ["", "企業", "オープンラボ", "教育", "可", "団体名なし"],
        ["読み戻し大学", "大学", "オープンラボ", "医療、教育", "否", "三行目"],
    )


def test_report_shows_each_row_as_the_file_has_it(demo_db: Database, tmp_path: Path) -> None:
    listing = _list(tmp_path / "一覧.xlsx")
    preview = prepare(demo_db, listing)
    report = tmp_path / "結果.xlsx"
    write_report(preview, report)

    rows = list(openpyxl.load_workbook(report).worksheets[0].iter_rows(values_only=True))
    header = rows[0]
    by_row = {row[2]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    assert by_row[2]["団体名"] == "株式会社読み戻し" and by_row[2]["備考"] == "一行目"
    assert by_row[3]["団体名"] is None and by_row[3]["判定"] == "取り込まない（エラー）"
    assert by_row[4]["分野"] == "医療、教育" and by_row[4]["公表可否"] == "否"


def test_report_of_a_file_changed_since_it_was_read_is_refused(
    demo_db: Database, tmp_path: Path
) -> None:
    listing = _list(tmp_path / "一覧.xlsx")
    preview = prepare(demo_db, listing)
    write_list(listing, HEADER, ["別の団体", "企業", "オープンラボ", "教育", "可", "書き換え"])
    stat = listing.stat()
    os.utime(listing, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))

    with pytest.raises(UserError) as refused:
        write_report(preview, tmp_path / "結果.xlsx")
    assert "一覧.xlsx は読み込んだ後で変更されたか移動された" in str(refused.value)
    assert not (tmp_path / "結果.xlsx").exists()
