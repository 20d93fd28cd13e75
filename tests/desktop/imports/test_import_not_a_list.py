"""Workbooks that only look like lists at a glance: a heading among unrelated text, a blank form.

A person does not take one cell reading 都道府県名 in a data dictionary, or a form's label
「団体名:」, for the header of a list; the import refuses such a file with one line naming it,
exit 2, and leaves the database as it was. A blank form whose heading row is a list's (a club's
member roster: 氏名, 役職, 電話番号 over numbered empty rows) is said to have no filled rows, once.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.helpers.cli_support import assert_one_clear_line, secdesk
from tests.helpers.paths import REALWORLD


def refused_untouched(db: Path, path: Path) -> str:
    """The one line the import prints for `path`, after checking nothing was written."""
    before = db.read_bytes()
    result = secdesk("--db", db, "import", path)
    assert_one_clear_line(result)
    assert "エラー" not in result.stdout, result.stdout
    assert db.read_bytes() == before
    line = result.stderr.strip()
    assert path.name in line
    return line


def data_dictionary(path: Path) -> Path:
    """A sheet describing the attributes of a map layer; one of its cells says 都道府県名."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "行政区域の属性"
    sheet.append(["行政区域データ 属性一覧"])
    sheet.append(["作成日", "2024-05-03"])
    sheet.append([])
    sheet.append(["番号", "属性コード", "属性名", "説明", "例"])
    sheet.append([1, "N03_001", "都道府県名", "当該区域を含む都道府県名称", "静岡県"])
    sheet.append([2, "N03_002", "支庁・振興局名", "北海道の場合、支庁・振興局の名称", None])
    sheet.append([3, "N03_003", "郡・政令都市名", "郡又は政令指定都市の名称", "志太郡"])
    sheet.append([4, "N03_004", "行政区域コード", "都道府県コードと市区町村コード", 22212])
    book.save(path)
    return path


def blank_roster_form(path: Path) -> Path:
    """A club's member roster to be filled in: a label row, a heading row, numbered empty rows."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "部員名簿"
    sheet.append(["団体名:", None, "担当者:", None, "HP更新担当者"])
    sheet.append(["No.", "状態", "氏名", "学籍番号", "役職", "電話番号"])
    for number in range(1, 151):
        sheet.append([number])
    book.save(path)
    return path


def test_one_heading_in_a_data_dictionary_is_not_a_list(demo_path: Path, tmp_path: Path) -> None:
    line = refused_untouched(demo_path, data_dictionary(tmp_path / "属性翻訳.xlsx"))
    assert "見出しの行が読み取れません" in line
    assert "事業を特定できません" not in line


def empty_form_said_once(db: Path, path: Path) -> str:
    """The one error line the import prints for a blank form, after checking that nothing was
    written and that the refusal is one line too."""
    before = db.read_bytes()
    result = secdesk("--db", db, "import", path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    (line,) = [x for x in result.stdout.splitlines() if x.startswith("エラー")]
    assert len(result.stderr.strip().splitlines()) == 1
    assert db.read_bytes() == before
    assert path.name in line
    return line


def test_a_blank_form_with_a_colon_label_has_no_filled_rows(
    demo_path: Path, tmp_path: Path
) -> None:
    line = empty_form_said_once(demo_path, blank_roster_form(tmp_path / "部員名簿.xlsx"))
    assert "データの行がありません" in line
    assert "団体名:" not in line and "事業を特定できません" not in line


def realworld(relative: str) -> Path:
    path = REALWORLD / relative
    if not path.exists():
        pytest.skip(f"the real files folder is absent ({REALWORLD}): nothing to read")
    return path


def test_a_real_data_dictionary_is_refused_in_one_line(demo_path: Path) -> None:
    line = refused_untouched(demo_path, realworld("unrelated/yaizu_smartmap_translation.xlsx"))
    assert "見出しの行が読み取れません" in line


def test_a_real_blank_roster_form_has_no_filled_rows(demo_path: Path) -> None:
    path = realworld("forms/extract_leaders_buin_meibo_template.xlsx")
    line = empty_form_said_once(demo_path, path)
    assert "データの行がありません" in line
