"""The window on a busy PC: answers from the worker threads that arrive all at once, or before
the window has finished asking, are handled as if they came one by one (database_thread_first
holds the GUI thread back until each job is done, as a loaded PC does now and then)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressDialog
from pytestqt.qtbot import QtBot

from desktop.ui.dialogs.import_review import ImportReviewDialog
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    choose_council,
    database_thread_first,
    escape,
    gone,
    import_files,
    menu_action,
    open_window,
    press,
    progress_dialog,
    settle,
    visible,
    window,  # noqa: F401  (a fixture)
)
from tests.helpers.import_files import messy_list
from tests.helpers.sheet_support import crowded_council


def show_progress_now(progress: QProgressDialog | None) -> None:
    """The progress dialog's half second is up: it is on screen (what its own timer does)."""
    assert progress is not None
    progress.forceShow()


def test_a_preview_finished_while_its_progress_is_shown(qtbot: QtBot, demo_path: Path) -> None:
    """The last pages and the finished preview come in together: the progress dialog, which
    lets the window catch up while it moves, closes; the preview opens; nothing fails."""
    council = crowded_council(demo_path, 1500)
    with open_window(qtbot, str(demo_path)) as window:
        tab = window.councils
        choose_council(qtbot, window, council)
        with database_thread_first():
            menu_action(window, "ファイル(&F)", "印刷プレビュー(&P)…").trigger()  # Ctrl+P
            progress = progress_dialog(tab)
            show_progress_now(progress)
            settle(qtbot, window)
        preview = tab.sheet_preview
        assert preview is not None and preview.isVisible() and len(preview.page_labels) > 20
        assert gone(progress)
        press(preview, "閉じる")


def test_files_read_while_the_progress_is_shown(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The files are read and the last step of the progress comes with them: the progress
    dialog closes and the review opens; nothing fails."""
    path = messy_list(tmp_path / "messy.xlsx")
    with database_thread_first():
        import_files(window, monkeypatch, path)
        show_progress_now(window.imports.reading.progress)
        settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    assert "取り込む 2件" in review.summary.text()
    assert window.imports.reading.progress is None
    escape(qtbot, review)
