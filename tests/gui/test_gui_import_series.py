"""The review asks for the series of a schedule that names none: a stored one picked from the
list, or a new one typed in; the files are read again in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.dialogs.import_review import ImportReviewDialog
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    choose,
    enter,
    escape,
    import_files,
    settle,
    visible,
    window,  # noqa: F401  (a fixture)
)
from tests.helpers.import_files import text_table, write_list

R3 = "令和3年度 未来技術実装ミニシンポジウム"  # the demo's series: sessions 1-4


def city_events(path: Path) -> Path:
    """A city's event list as its open data gives it: no series, no 回."""
    return text_table(
        path,
        [
            ["開催日", "イベント等名", "会場"],
            ["令和7年11月8日", "まちづくりとデータ", "市民ホール"],
            ["令和7年10月4日", "交通と観光", "市民ホール"],
        ],
        encoding="cp932",
    )


def test_a_new_series_typed_in_the_review_reads_the_schedule_again(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_files(window, monkeypatch, city_events(tmp_path / "催し.csv"))
    settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    assert review.series_choice.isVisibleTo(review)
    assert not review.commit_button.isEnabled()
    assert "確認画面の「行事」" in review.file_notes.toPlainText()

    enter(qtbot, review.series_choice.lineEdit(), "令和7年度 市民講演会")
    settle(qtbot, window)
    (again,) = visible(ImportReviewDialog)
    assert again is not review  # read again, and Enter did not import the first reading
    assert again.series_choice.currentText() == "令和7年度 市民講演会"
    assert "取り込む 2件" in again.summary.text()
    first = again.preview.records[0]
    assert "行事: 令和7年度 市民講演会（新しい行事・令和7年度）" in first.details()
    assert any("年度は名前から令和7年度" in p.message for p in first.problems)

    again.commit_button.click()
    settle(qtbot, window)
    assert "取り込み番号 1" in window.statusBar().currentMessage()
    series = {s.name: s for s in window.events.series.source.rows()}
    assert series["令和7年度 市民講演会"].fiscal_year == 2025
    assert series["令和7年度 市民講演会"].session_count == 2


def test_a_stored_series_picked_from_the_list_takes_the_sessions_after_its_own(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = text_table(
        tmp_path / "追加日程.csv",
        [["開催日", "テーマ", "会場"], ["2022/3/3", "教育", "オンライン"]],
    )
    import_files(window, monkeypatch, path)
    settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    choose(qtbot, review.series_choice, R3)
    settle(qtbot, window)
    (again,) = visible(ImportReviewDialog)
    (record,) = again.preview.records
    assert record.title() == "第5回 教育" and record.context() == R3
    assert "取り込む 1件" in again.summary.text()

    # Enter in the field reads again in the series typed; it never imports what is shown
    enter(qtbot, again.series_choice.lineEdit(), "教育セミナー")
    settle(qtbot, window)
    (third,) = visible(ImportReviewDialog)
    assert third is not again
    assert third.preview.records[0].title() == "第1回 教育"
    assert "取り込み番号" not in window.statusBar().currentMessage()
    assert R3 in {s.name for s in window.events.series.source.rows()}
    assert "教育セミナー" not in {s.name for s in window.events.series.source.rows()}
    escape(qtbot, third)


def test_the_series_choice_is_hidden_when_the_list_names_its_series(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_list(
        tmp_path / "sessions.xlsx",
        ["行事名", "回", "テーマ", "開催日"],
        ["新しいシンポジウム", "第1回", "はじめに", "令和8年12月1日"],
    )
    import_files(window, monkeypatch, path)
    settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    assert "取り込む 1件" in review.summary.text()
    assert not review.series_choice.isVisibleTo(review)
    escape(qtbot, review)
