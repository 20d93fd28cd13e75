"""The import review read as a new user reads it, on a list written by an office the program
does not know (a CP932 CSV under a title row): what each file was taken for, the names given
the room, no choice offered that would decide nothing, and in English its counts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui import i18n
from desktop.ui.dialogs.import_review import ImportReviewDialog
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    import_files,
    menu_action,
    pick_files,
    settle,
    shown_column,
    visible,
    window,  # noqa: F401  (a fixture)
)
from tests.helpers.import_files import office_workbook, text_table


def office_roster(folder: Path) -> Path:
    """A roster as a town office exports it from Excel: a title row, a date, then the list."""
    return text_table(
        folder / "委員名簿_R6.csv",
        [
            ["令和6年度 小鹿野町まちづくり推進協議会 委員名簿", "", "", ""],
            ["", "", "", "令和6年4月1日現在"],
            ["No.", "役職", "氏名", "ふりがな"],
            ["1", "会長", "山田 一郎", "やまだ いちろう"],
            ["2", "副会長", "佐藤 花子", "さとう はなこ"],
            ["3", "委員", "鈴木 次郎", "すずき じろう"],
        ],
        encoding="cp932",
    )


@pytest.fixture
def review(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> ImportReviewDialog:
    import_files(window, monkeypatch, office_roster(tmp_path))
    settle(qtbot, window)
    (dialog,) = visible(ImportReviewDialog)
    return dialog


def test_the_review_says_what_each_file_was_read_as(review: ImportReviewDialog) -> None:
    notes = review.file_notes.toPlainText().splitlines()
    assert "委員名簿_R6.csv: 人の名簿として読み取りました（3件）" in notes


def test_the_review_offers_no_decision_for_rows_that_match_nothing(
    review: ImportReviewDialog,
) -> None:
    assert not any(record.candidates for record in review.preview.records)
    assert not review.default_decision.isVisible()


def test_the_names_get_the_free_width_not_the_file_name(review: ImportReviewDialog) -> None:
    table = review.table
    titles = [
        table.proxy.headerData(c, Qt.Orientation.Horizontal)
        for c in range(table.proxy.columnCount())
    ]
    assert shown_column(table, "氏名") == ["山田 一郎", "佐藤 花子", "鈴木 次郎"]
    widths = {title: table.columnWidth(c) for c, title in enumerate(titles)}
    # No text is cut: the width left over goes to the names, not to the file's name, which
    # shows whole at its own width.
    assert max(widths, key=widths.__getitem__) == "氏名", widths
    metrics = table.fontMetrics()
    assert widths["ファイル"] < metrics.horizontalAdvance("委員名簿_R6.csv") * 2, widths
    assert sum(widths.values()) >= table.viewport().width() - len(widths)


def test_a_rows_own_problem_comes_before_the_one_its_whole_file_shares(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An expert list with two-row headings and no programme: that every row lacks one is
    said once above the table; each row's Problems cell starts with what is its own."""
    experts = office_workbook(
        tmp_path / "専門家リスト.xlsx",
        [
            ["地域DXアドバイザー名簿（令和6年10月）"],
            [],
            ["氏名", None, "所属", "専門分野"],
            ["漢字", "カナ", None, None],
            ["高橋 進", "タカハシ ススム", "株式会社デジタル地域", "行政IT化"],
            ["伊藤 美香", "イトウ ミカ", "ちちぶ大学", "教育"],
        ],
        merged=("A3:B3", "C3:C4", "D3:D4"),
    )
    import_files(window, monkeypatch, experts)
    settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    assert "事業が指定されていない" in review.file_notes.toPlainText()
    cells = shown_column(review.table, "問題")
    assert cells[0].startswith("所属「株式会社デジタル地域」は団体として登録されていない"), cells
    assert "事業が指定されていない" in cells[0]  # still there, after
    detail = review.detail.toPlainText()  # the first row's, selected
    assert detail.index("株式会社デジタル地域」は団体として") < detail.index(
        "事業が指定されていない"
    )


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    installed = i18n.install(qapp, "en")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    i18n.set_language("ja")


def test_the_review_counts_in_english(
    english: None,
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pick_files(monkeypatch, office_roster(tmp_path))
    menu_action(window, "&File", "&Import Excel…").trigger()
    settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    assert review.summary.text().startswith("Files: 1, rows: 3 — to import: 3, errors: 0")
    notes = review.file_notes.toPlainText().splitlines()
    assert "委員名簿_R6.csv: read as People list (3 rows)" in notes
    # The width goes to the names, not to the blank Affiliation under its longer heading.
    table = review.table
    widths = {
        table.proxy.headerData(c, Qt.Orientation.Horizontal): table.columnWidth(c)
        for c in range(table.proxy.columnCount())
    }
    assert max(widths, key=widths.__getitem__) == "Name", widths
