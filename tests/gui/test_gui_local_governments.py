"""The official local-government code list, imported from the window's menu on an empty
database, through the same review as any other list."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.engine import open_database
from db.models import Organization
from desktop.japanese.lgcode import lg_check_digit
from desktop.ui.dialogs.import_review import ImportReviewDialog
from tests.helpers.gui_support import menu_action, open_window, pick_files, settle, visible


def code(body: str) -> str:
    return body + str(lg_check_digit(body))


def code_list(path: Path) -> Path:
    """A small edition of 総務省「都道府県コード及び市区町村コード」: the bodies, then the
    designated cities with their wards (headings with line breaks, half-width kana)."""
    headings = ("団体コード", "都道府県名\n（漢字）", "市区町村名\n（漢字）", "都道府県名\n（ｶﾅ）", "市区町村名\n（ｶﾅ）")  # fmt: skip
    workbook = openpyxl.Workbook()
    bodies = workbook.active
    assert bodies is not None
    bodies.title = "R6.1.1現在の団体"
    bodies.append(headings)
    bodies.append((code("04000"), "宮城県", None, "ﾐﾔｷﾞｹﾝ", None))
    bodies.append((code("04100"), "宮城県", "仙台市", "ﾐﾔｷﾞｹﾝ", "ｾﾝﾀﾞｲｼ"))
    bodies.append((code("04202"), "宮城県", "石巻市", "ﾐﾔｷﾞｹﾝ", "ｲｼﾉﾏｷｼ"))
    cities = workbook.create_sheet("R6.1.1政令指定都市")
    cities.append(headings)
    cities.append((code("04100"), "宮城県", "仙台市", "ﾐﾔｷﾞｹﾝ", "ｾﾝﾀﾞｲｼ"))
    cities.append((code("04101"), "宮城県", "仙台市青葉区", "ﾐﾔｷﾞｹﾝ", "ｾﾝﾀﾞｲｼｱｵﾊﾞｸ"))
    workbook.save(path)
    return path


def test_the_code_list_is_imported_from_the_file_menu_on_an_empty_database(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = tmp_path / "new.sqlite"
    open_database(str(db_path)).close()
    with open_window(qtbot, str(db_path)) as window:
        pick_files(monkeypatch, code_list(tmp_path / "000925835.xlsx"))
        menu_action(window, "ファイル(&F)", "地方公共団体コード一覧を取り込む…").trigger()
        settle(qtbot, window)
        (review,) = visible(ImportReviewDialog)
        # 仙台市 is on both sheets: five rows, four bodies.
        assert "取り込む 5件、エラー 0件" in review.summary.text(), review.summary.text()
        review.commit_button.click()
        settle(qtbot, window)
        assert not review.isVisible()
        assert "取り込み番号 1" in window.statusBar().currentMessage()
    database = open_database(str(db_path), create=False)
    try:
        with database.sessions() as session:
            bodies = {
                o.lg_code: (o.name, o.kana, o.parent.name if o.parent else None)
                for o in session.scalars(select(Organization))
            }
    finally:
        database.close()
    assert bodies == {
        code("04000"): ("宮城県", "みやぎけん", None),
        code("04100"): ("仙台市", "せんだいし", "宮城県"),
        code("04202"): ("石巻市", "いしのまきし", "宮城県"),
        code("04101"): ("仙台市青葉区", "せんだいしあおばく", "仙台市"),
    }
