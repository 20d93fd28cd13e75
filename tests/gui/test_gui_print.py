"""Ctrl+P: the preview shows the sheet's own PDF pages; save them, or print them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QProgressBar,
)
from pytestqt.qtbot import QtBot

from db.engine import open_database
from desktop import settings
from desktop.imports import pipeline
from desktop.sheets import fonts
from desktop.ui.dialogs.sheet_preview import SheetPreviewDialog
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    answering_modal,
    choose,
    choose_council,
    click_cancel,
    click_row,
    gone,
    open_window,
    popups_offscreen,
    press,
    progress_dialog,
    settle,
    show_tab,
    unselect,
    window,  # noqa: F401  (a fixture)
)
from tests.helpers.import_files import filled_expert_form
from tests.helpers.print_dialog import print_to
from tests.helpers.sheet_support import crowded_council


def press_ctrl_p(window: MainWindow) -> None:
    """ファイル ▸ 印刷プレビュー, the action Ctrl+P triggers."""
    (action,) = [
        a
        for a in window.findChildren(QAction)
        if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    ]
    action.trigger()


def open_preview(window: MainWindow, qtbot: QtBot) -> SheetPreviewDialog:
    press_ctrl_p(window)
    settle(qtbot, window)
    shown = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, SheetPreviewDialog) and w.isVisible()
    ]
    assert len(shown) == 1
    return shown[0]


def test_council_member_list_preview_save_and_print(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_council(qtbot, window)
    preview = open_preview(window, qtbot)
    assert "近未来技術実装関係省庁連絡会議 名簿" in preview.windowTitle()
    assert len(preview.page_labels) == 1
    assert preview.page_labels[0].pixmap().width() > 700  # an A4 page at screen resolution

    target = tmp_path / "名簿.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    preview.pdf_button.click()
    assert target.read_bytes() == preview.preview.pdf  # the file is what was shown

    printed = tmp_path / "printed.pdf"
    # The file name field offers the names of files it may complete, in a popup that shows
    # whenever the folder has been read, as long as the dialog is open.
    with popups_offscreen(), answering_modal(QPrintDialog, print_to(qtbot, printed)):
        preview.print_button.click()  # 印刷…
    assert len(pdfium.PdfDocument(printed)) == len(preview.page_labels)
    press(preview, "閉じる")


def test_schedule_preview_on_the_events_tab(window: MainWindow, qtbot: QtBot) -> None:
    show_tab(qtbot, window, window.events)
    click_row(qtbot, window.events.series, 0)
    settle(qtbot, window)
    preview = open_preview(window, qtbot)
    assert "開催日程" in preview.windowTitle()
    press(preview, "閉じる")


def test_the_councils_tab_prints_the_list_it_shows(window: MainWindow, qtbot: QtBot) -> None:
    """Ctrl+P on 選定事業 prints the projects, on the projects due for renewal their support
    status: not a request to choose a council in another list."""
    tab = window.councils
    show_tab(qtbot, window, tab)
    for view, title in (
        ("選定事業", "選定事業一覧"),
        ("継続申請が必要な事業（今年度末で終了予定）", "選定事業の支援状況"),
    ):
        choose(qtbot, tab.view_box, view)
        settle(qtbot, window)
        preview = open_preview(window, qtbot)
        assert preview.windowTitle() == f"印刷プレビュー — {title}"
        press(preview, "閉じる")


def test_nothing_selected_says_what_to_select(window: MainWindow, qtbot: QtBot) -> None:
    choose_council(qtbot, window)
    unselect(qtbot, window.councils.councils)
    press_ctrl_p(window)
    settle(qtbot, window)
    assert "会議" in window.statusBar().currentMessage()


def test_registrations_tab_previews_the_chosen_fields_matching_sheet(
    window: MainWindow, qtbot: QtBot
) -> None:
    tab = window.registrations
    show_tab(qtbot, window, tab)
    preview = open_preview(window, qtbot)  # no field chosen: the 登録状況
    assert "登録状況" in preview.windowTitle()
    press(preview, "閉じる")
    choose(qtbot, tab.program_box, "地域未来構想20 オープンラボ")
    settle(qtbot, window)
    choose(qtbot, tab.category_box, "教育")
    settle(qtbot, window)
    preview = open_preview(window, qtbot)
    assert "教育 マッチング表" in preview.windowTitle()
    press(preview, "閉じる")


def test_registrations_tab_previews_the_programmes_expert_catalog(
    window: MainWindow,
    qtbot: QtBot,
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = window.registrations
    show_tab(qtbot, window, tab)
    choose(qtbot, tab.program_box, "地域未来構想20 オープンラボ")
    settle(qtbot, window)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(str(a[2])))
    press_ctrl_p(window)  # no expert has registered yet: said, no empty booklet
    settle(qtbot, window)
    assert warnings and "専門家" in warnings[0]

    folder = tmp_path / "forms"
    folder.mkdir()
    filled_expert_form(folder, 1)
    database = open_database(str(demo_path))
    try:
        with database.sessions() as session:
            preview = pipeline.prepare(session, [folder])
        pipeline.commit(database, preview)
    finally:
        database.close()
    shown = open_preview(window, qtbot)
    assert "専門家カタログ" in shown.windowTitle() and len(shown.page_labels) >= 2  # cover + field
    press(shown, "閉じる")


IPAEX = Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")


@pytest.mark.skipif(not IPAEX.is_file(), reason="the IPAex font package is not installed")
def test_the_print_font_is_chosen_once_for_the_window_and_the_command_line(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_font = tmp_path / "memo.ttf"
    not_a_font.write_text("not a font", encoding="utf-8")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(str(a[2])))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(not_a_font), ""))
    window.print_font_action.trigger()  # ファイル ▸ 印刷用フォントを選ぶ…
    assert warnings and "memo.ttf" in warnings[0] and "TrueType" in warnings[0]
    assert settings.get(settings.PRINT_FONT) is None  # nothing kept

    copy = tmp_path / "選んだフォント.ttf"
    copy.write_bytes(IPAEX.read_bytes())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    try:
        window.print_font_action.trigger()
        assert settings.get(settings.PRINT_FONT) == copy
        assert fonts.japanese_font().source == str(copy)  # what the sheets print with now
    finally:
        fonts.forget_found_fonts()


@contextmanager
def crowded_council_previewed(qtbot: QtBot, demo_path: Path, members: int) -> Iterator[MainWindow]:
    """The window on a database with a council of `members` members: that council chosen on
    the 会議・協議会 tab and Ctrl+P pressed, its 名簿 of dozens of pages being made."""
    council = crowded_council(demo_path, members)
    with open_window(qtbot, str(demo_path)) as window:
        choose_council(qtbot, window, council)
        press_ctrl_p(window)
        yield window


def test_a_long_sheet_is_drawn_with_progress_page_by_page(qtbot: QtBot, demo_path: Path) -> None:
    with crowded_council_previewed(qtbot, demo_path, 1500) as window:
        tab = window.councils
        progress = progress_dialog(tab)
        assert not progress.isVisible()  # the dialog waits a moment before it shows
        told: list[tuple[int, int, str]] = []  # what the dialog's bar and label say, step by step
        bar = progress.findChild(QProgressBar)
        bar.valueChanged.connect(
            lambda done: told.append((done, bar.maximum(), progress.labelText()))
        )
        settle(qtbot, window)
        preview = tab.sheet_preview
        assert preview is not None and preview.isVisible()
        pages = len(preview.page_labels)
        assert pages > 20
        laid_out = [done for done, total, _what in told if total == 0]
        assert laid_out == list(range(1, pages + 1))  # each page as it is laid out
        assert told[-1] == (pages - 1, pages, f"表示しています（{pages}/{pages}）…")
        assert gone(progress)  # closed with the preview open
        press(preview, "閉じる")


def test_cancelling_a_long_preview_opens_nothing(qtbot: QtBot, demo_path: Path) -> None:
    # Long enough for the progress to show.
    with crowded_council_previewed(qtbot, demo_path, 6000) as window:
        tab = window.councils
        progress = progress_dialog(tab)
        qtbot.waitUntil(progress.isVisible, timeout=20_000)
        click_cancel(progress)  # the user clicks 中止
        settle(qtbot, window)
        assert tab.sheet_preview is None
        assert "中止しました" in window.statusBar().currentMessage()
        assert gone(progress)
