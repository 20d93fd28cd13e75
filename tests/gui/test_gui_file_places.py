"""The file dialogs open where the user went last time: files to import where the last ones came
from, a table, a sheet or an export where the last one was saved — also after a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.ui.dialogs.import_review import ImportReviewDialog
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    context_menu_item,
    escape,
    menu_action,
    open_window,
    settle,
    visible,
    window,  # noqa: F401  (a fixture)
)
from tests.helpers.import_files import filled_expert_form

EXPORT = "表示中の表を Excel に書き出す…"


class Dialogs:
    """The file dialogs' answers, and the folder each was opened in."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.opened_in: list[str] = []
        self.answer = ""
        for name in ("getSaveFileName", "getOpenFileName"):
            monkeypatch.setattr(QFileDialog, name, self._file)
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", self._files)

    def _file(self, _parent: object, _caption: str, start: str, _filters: str) -> tuple[str, str]:
        self.opened_in.append(start)
        return self.answer, ""

    def _files(self, parent: object, caption: str, start: str, filters: str) -> tuple[list, str]:
        chosen, _filter = self._file(parent, caption, start, filters)
        return ([chosen] if chosen else []), ""


def test_a_table_saved_in_a_folder_is_offered_there_next_time_and_after_a_restart(
    window: MainWindow,
    qtbot: QtBot,
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    share = tmp_path / "共有" / "名簿"
    share.mkdir(parents=True)
    dialogs = Dialogs(monkeypatch)
    dialogs.answer = str(share / "団体一覧.xlsx")
    context_menu_item(qtbot, window.registrations.table, EXPORT)
    settle(qtbot, window)
    assert (share / "団体一覧.xlsx").is_file()
    assert not Path(dialogs.opened_in[0]).parent.samefile(share)  # nothing remembered yet

    dialogs.answer = ""  # the user looks, and cancels
    context_menu_item(qtbot, window.registrations.table, EXPORT)
    assert Path(dialogs.opened_in[-1]).parent == share
    window.close()

    with open_window(qtbot, str(demo_path)) as again:
        context_menu_item(qtbot, again.registrations.table, EXPORT)
        assert Path(dialogs.opened_in[-1]).parent == share
        # opening a database is another place: it does not start in the outputs' folder
        menu_action(again, "ファイル(&F)", "別のデータベースを開く(&O)…").trigger()
        assert Path(dialogs.opened_in[-1]) != share


def test_files_to_import_are_looked_for_where_the_last_ones_came_from(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mail = tmp_path / "メール添付"
    mail.mkdir()
    form = filled_expert_form(mail, 1)
    dialogs = Dialogs(monkeypatch)
    dialogs.answer = str(form)
    menu_action(window, "ファイル(&F)", "Excel を取り込み(&I)…").trigger()
    qtbot.waitUntil(lambda: bool(visible(ImportReviewDialog)), timeout=60_000)
    (review,) = visible(ImportReviewDialog)
    escape(qtbot, review)
    dialogs.answer = ""
    menu_action(window, "ファイル(&F)", "Excel を取り込み(&I)…").trigger()
    assert dialogs.opened_in[-1] == str(mail)


def test_a_remembered_folder_that_is_gone_is_not_offered(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    dialogs = Dialogs(monkeypatch)
    dialogs.answer = str(usb / "一覧.xlsx")
    context_menu_item(qtbot, window.registrations.table, EXPORT)
    settle(qtbot, window)
    (usb / "一覧.xlsx").unlink()
    usb.rmdir()  # the drive pulled out
    dialogs.answer = ""
    context_menu_item(qtbot, window.registrations.table, EXPORT)
    assert "usb" not in dialogs.opened_in[-1]
