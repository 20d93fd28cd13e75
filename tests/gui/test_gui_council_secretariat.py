"""A council's 事務局 is typed in its form (F2 on the list of councils) and printed under its
roster."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ops import councils as council_ops
from desktop.ui.dialogs.sheet_preview import SheetPreviewDialog
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    choose_council,
    fill,
    open_dialog,
    press,
    read,
    save,
    settle,
    shown_rows,
    window,  # noqa: F401  (a fixture)
)
from tests.helpers.sheet_support import pdf_text

SECRETARIAT = "秩父市 総合政策部 未来戦略課"


def preview_by_ctrl_p(window: MainWindow, qtbot: QtBot) -> SheetPreviewDialog:
    """ファイル ▸ 印刷プレビュー, the action Ctrl+P triggers."""
    (action,) = [
        a
        for a in window.findChildren(QAction)
        if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    ]
    action.trigger()
    settle(qtbot, window)
    (preview,) = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, SheetPreviewDialog) and w.isVisible()
    ]
    return preview


def test_the_secretariat_typed_in_the_council_form_is_printed_under_its_roster(
    window: MainWindow, qtbot: QtBot, demo_path: Path, tmp_path: Path
) -> None:
    choose_council(qtbot, window)
    regional = next(c for c in shown_rows(window.councils.councils) if c.kind == "regional")
    choose_council(qtbot, window, regional.name)
    assert regional.secretariat == ""

    qtbot.keyClick(window.councils.councils, Qt.Key.Key_F2)
    dialog = open_dialog(window)
    assert dialog.values()["secretariat"] == ""
    fill(qtbot, dialog, secretariat=SECRETARIAT)
    save(dialog)
    settle(qtbot, window)
    assert not dialog.isVisible(), dialog.error_label.text()
    stored = {c.name: c for c in read(demo_path, council_ops.list_councils)}
    assert stored[regional.name].secretariat == SECRETARIAT
    assert SECRETARIAT in window.councils.detail_view.toPlainText()

    qtbot.keyClick(window.councils.councils, Qt.Key.Key_F2)  # the form shows it when editing
    again = open_dialog(window)
    assert again.values()["secretariat"] == SECRETARIAT
    press(again, "キャンセル")
    settle(qtbot, window)

    preview = preview_by_ctrl_p(window, qtbot)
    assert f"{regional.name} 名簿" in preview.windowTitle()
    printed = tmp_path / "名簿.pdf"
    printed.write_bytes(preview.preview.pdf)
    assert f"事務局：{SECRETARIAT}" in pdf_text(printed).replace("\n", "")
    press(preview, "閉じる")
