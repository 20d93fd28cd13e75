"""Importing a CSV from the window: the file dialog offers it, the review shows its rows, and a
problem on every row is one note for the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from db.engine import open_database
from db.models import Program
from desktop.ui.dialogs.import_review import ImportReviewDialog
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    open_window,
    settle,
    visible,
    window,  # noqa: F401  (a fixture)
)
from tests.helpers.import_files import text_table

REGISTRATIONS = ["自治体名", "フリガナ", "団体コード", "政策分野"]


def choose_in_the_file_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The user picks `path` in the import's file dialog; returns the filters it offered."""
    offered: list[str] = []

    def dialog(_parent: object, _title: str, _folder: str, filters: str) -> tuple[list[str], str]:
        offered.append(filters)
        return [str(path)], filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", dialog)
    return offered


def test_a_shift_jis_csv_chosen_in_the_file_dialog_is_reviewed_and_imported(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = text_table(
        tmp_path / "登録団体.csv",
        [REGISTRATIONS, ["小鹿野町", "オガノマチ", "11362", "教育"]],
        encoding="cp932",
    )
    offered = choose_in_the_file_dialog(monkeypatch, path)
    window.import_actions[0].trigger()
    settle(qtbot, window)
    (first_filter, *_rest) = offered[0].split(";;")
    for pattern in ("*.xlsx", "*.xls", "*.ods", "*.csv", "*.tsv", "*.txt"):
        assert pattern in first_filter
    (review,) = visible(ImportReviewDialog)
    assert "取り込む 1件" in review.summary.text()
    review.commit_button.click()
    settle(qtbot, window)
    assert "取り込み番号 1" in window.statusBar().currentMessage()


def test_a_problem_on_every_row_is_one_note_in_the_review(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = text_table(
        tmp_path / "区の一覧.csv",
        [["団体名", "フリガナ"]] + [[f"架空区{n}", f"カクウク{n}"] for n in range(1, 21)],
        encoding="utf-8-sig",
    )
    choose_in_the_file_dialog(monkeypatch, path)
    window.import_actions[0].trigger()
    settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    notes = review.file_notes.toPlainText().splitlines()
    (said,) = [n for n in notes if "事業を特定できません" in n]
    assert "区の一覧.csv" in said and "全20行" in said
    assert "エラー 20件" in review.summary.text()


def test_a_people_list_is_imported_from_the_file_menu_as_experts_of_the_chosen_programme(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = text_table(
        tmp_path / "専門家名簿.csv",
        [
            ["氏名", "ふりがな", "所属・役職", "専門分野"],
            ["高橋 誠", "たかはし まこと", "東北大学 大学院工学研究科 教授", "教育のICT活用"],
            ["中村 恵", "なかむら めぐみ", "株式会社ミライ技研 代表取締役", "遠隔医療"],
        ],
        encoding="cp932",
    )
    choose_in_the_file_dialog(monkeypatch, path)
    window.import_actions[0].trigger()
    settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    assert "取り込む 2件" in review.summary.text()
    assert "事業が指定されていない" in review.file_notes.toPlainText()
    # The user picks the programme in the review: the list is read again as its experts.
    assert review.program_choice.isVisible()
    review.program_choice.setFocus()
    qtbot.keyClick(review.program_choice, Qt.Key.Key_Down)
    settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    assert "事業が指定されていない" not in review.file_notes.toPlainText()
    review.commit_button.click()
    settle(qtbot, window)
    assert "取り込み番号 1" in window.statusBar().currentMessage()


def test_with_one_programme_stored_the_review_still_offers_it_for_a_people_list(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A people list becomes experts only of a programme the user names: the review offers
    the only one there is, rather than deciding for the user or hiding the choice."""
    db_path = tmp_path / "one.sqlite"
    database = open_database(str(db_path))
    with database.transaction() as session:
        session.add(Program(name="専門家派遣事業"))
    database.close()
    path = text_table(
        tmp_path / "派遣専門家.csv",
        [
            ["氏名", "ふりがな", "所属・役職", "専門分野"],
            ["中村 恵", "なかむら めぐみ", "株式会社ミライ技研 代表取締役", "遠隔医療"],
        ],
        encoding="utf-8-sig",
    )
    choose_in_the_file_dialog(monkeypatch, path)
    with open_window(qtbot, str(db_path)) as win:
        win.import_actions[0].trigger()
        settle(qtbot, win)
        (review,) = visible(ImportReviewDialog)
        assert review.program_choice.isVisibleTo(review)
        assert review.program_choice.currentText() != "専門家派遣事業"
        review.program_choice.setFocus()
        qtbot.keyClick(review.program_choice, Qt.Key.Key_Down)
        settle(qtbot, win)
        (again,) = visible(ImportReviewDialog)
        assert again.program_choice.currentText() == "専門家派遣事業"
        assert "専門家として登録: 専門家派遣事業" in again.preview.records[0].details()
        again.commit_button.click()
        settle(qtbot, win)
        assert "取り込み番号 1" in win.statusBar().currentMessage()
