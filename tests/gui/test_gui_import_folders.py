"""A folder with strangers in it, imported from the window: the review lists every file it
cannot read with its reason, and 取り込む goes ahead only once the user ticks the box that
leaves them out."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ImportBatch
from desktop.ui.dialogs.import_review import ImportReviewDialog
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    enter,
    escape,
    import_folder,
    read,
    settle,
    visible,
    window,  # noqa: F401  (a fixture)
)
from tests.helpers.import_files import STRANGERS, folder_with_strangers, write_list


def batches(session: Session) -> list[tuple[list[str], list[str]]]:
    """Each batch's files, and the places of its problems."""
    return [
        (sorted(f["name"] for f in b.files), [p["where"] for p in b.problems])
        for b in session.scalars(select(ImportBatch))
    ]


def test_the_rest_of_a_folder_is_imported_once_the_box_is_ticked(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    demo_path: Path,
) -> None:
    import_folder(window, monkeypatch, folder_with_strangers(tmp_path / "共有フォルダ"))
    settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    notes = review.file_notes.toPlainText().splitlines()
    for name, reason in STRANGERS.items():
        (line,) = [n for n in notes if n.startswith(f"エラー: {name}")]
        assert reason in line, line
        assert line.count(name) == 1, line  # the file named once, not as a place and again
    assert any("メモ.txt" in n and n.startswith("注意") for n in notes)
    assert "読み取れないファイルが 3個あります" in review.summary.text()
    assert not review.commit_button.isEnabled()
    box = review.skip_refused
    assert box.isVisible() and "3個" in box.text()

    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked() and review.commit_button.isEnabled()
    notes = review.file_notes.toPlainText()
    assert "エラー" not in notes and notes.count("除いて取り込みます") == len(STRANGERS)
    for name in STRANGERS:
        (line,) = [n for n in notes.splitlines() if name in n]
        assert line.startswith("注意: 次のファイルは除いて") and line.count(name) == 1, line
    review.commit_button.click()
    settle(qtbot, window)
    assert not review.isVisible()
    assert "取り込み番号 1" in window.statusBar().currentMessage()
    ((files, problems),) = read(demo_path, batches)
    assert files == ["申込書_001.xlsx", "申込書_002.xlsx", "登録団体.csv"]
    assert set(STRANGERS) <= set(problems)


def test_a_folder_of_strangers_only_is_one_message(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = folder_with_strangers(tmp_path / "共有フォルダ")
    for readable in ("申込書_001.xlsx", "申込書_002.xlsx", "登録団体.csv"):
        (folder / readable).unlink()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    import_folder(window, monkeypatch, folder)
    settle(qtbot, window)
    assert visible(ImportReviewDialog) == []
    (message,) = shown
    lines = message.splitlines()
    assert lines[0] == "どのファイルも読み取れませんでした。"
    assert [n for n in STRANGERS if any(line.startswith(n) for line in lines)] == list(STRANGERS)


def test_the_tick_stays_when_the_review_is_read_again(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = folder_with_strangers(tmp_path / "共有フォルダ")
    write_list(folder / "職員名簿.xlsx", ["氏名", "ふりがな", "役職"], ["山本 三郎", None, "主査"])
    import_folder(window, monkeypatch, folder)
    settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    review.skip_refused.setFocus()
    qtbot.keyClick(review.skip_refused, Qt.Key.Key_Space)
    enter(qtbot, review.name_choices["organization"].line, "秩父市")
    settle(qtbot, window)
    (again,) = visible(ImportReviewDialog)
    assert again is not review
    assert again.skip_refused.isChecked() and again.commit_button.isEnabled()
    escape(qtbot, again)
