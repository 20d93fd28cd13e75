"""The 開催通知 merged into the office's Word letter from its print preview: the letter chosen,
the merged .docx saved where the user says (one letter per invitee); the sample letter saved
for the office to edit; a file that is no Word letter refused in one sentence, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui.dialogs.invitation_merge import SAMPLE_TEMPLATE
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    choose_council,
    pick_files,
    refresh,
    settle,
    window,  # noqa: F401  (a fixture)
)
from tests.helpers.meetings import MEMBERS, people_council_in
from tests.helpers.previews import preview_of


def saving_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """What the user names in the next save dialog."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))


def council_with_a_meeting(window: MainWindow, qtbot: QtBot, demo_path: Path) -> None:
    council = people_council_in(demo_path, meeting=True)
    refresh(window)
    settle(qtbot, window)
    choose_council(qtbot, window, council)


def test_the_notice_is_merged_into_the_offices_word_letter(
    window: MainWindow,
    qtbot: QtBot,
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    council_with_a_meeting(window, qtbot, demo_path)
    preview = preview_of(window, qtbot, "開催通知（会議の招集者への手紙）")
    assert preview.merge_button is not None and preview.sample_button is not None

    # The sample letter first, saved for the office to make its own.
    letter = tmp_path / "事務局の文書" / "開催通知.docx"
    letter.parent.mkdir()
    saving_to(monkeypatch, letter)
    preview.sample_button.click()
    assert letter.read_bytes() == SAMPLE_TEMPLATE.read_bytes()
    qtbot.waitUntil(lambda: bool(QApplication.activeModalWidget()))
    said = QApplication.activeModalWidget()
    assert isinstance(said, QMessageBox) and str(letter) in said.text()
    assert "{{ 宛名 }}" in said.text()
    said.accept()

    merged = tmp_path / "送付" / "第2回 開催通知.docx"
    merged.parent.mkdir()
    pick_files(monkeypatch, letter)
    saving_to(monkeypatch, merged)
    preview.merge_button.click()
    qtbot.waitUntil(merged.exists, timeout=30_000)
    settle(qtbot, window)
    text = "\n".join(p.text for p in Document(str(merged)).paragraphs)
    for _role, name, *_rest in MEMBERS:
        assert name in text  # a letter for each invitee
    assert "第2回" in text and "{{" not in text
    assert "6通の開催通知を差し込んで保存しました" in window.statusBar().currentMessage()
    assert [p.name for p in merged.parent.iterdir()] == [merged.name]  # no temporary file left


def test_a_file_that_is_no_word_letter_is_refused_in_one_sentence(
    window: MainWindow,
    qtbot: QtBot,
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    council_with_a_meeting(window, qtbot, demo_path)
    preview = preview_of(window, qtbot, "開催通知（会議の招集者への手紙）")
    not_word = tmp_path / "案内.docx"
    not_word.write_text("これは Word の文書ではありません", encoding="utf-8")
    target = tmp_path / "out" / "開催通知.docx"
    target.parent.mkdir()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    pick_files(monkeypatch, not_word)
    saving_to(monkeypatch, target)
    assert preview.merge_button is not None
    preview.merge_button.click()
    qtbot.waitUntil(lambda: bool(warned), timeout=30_000)
    (sentence,) = warned
    assert "「案内.docx」は Word 文書（.docx）として読めません" in sentence
    assert "\n" not in sentence
    assert list(target.parent.iterdir()) == []
