"""The window on an office laptop (1366×768, the screen the tests run on): every window and
dialog fits with its buttons on screen, and comes back as its user left it — size, splitters,
the columns they widened or hid. Columns fit what they show each time it changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSplitter, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    choose,
    click_row,
    context_menu_item,
    escape,
    fits_the_screen,
    menu_action,
    open_dialog,
    open_window,
    settle,
    show_tab,
)


def dialogs_shown(window: MainWindow) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]


def test_the_window_and_every_dialog_fit_an_office_laptop(qtbot: QtBot, demo_path: Path) -> None:
    with open_window(qtbot, str(demo_path)) as window:
        assert window.screen().availableGeometry().height() == 768
        assert fits_the_screen(window)
        for path in (
            ("ファイル(&F)", "バックアップ / 復元…"),
            ("ファイル(&F)", "取り込み履歴・取り消し…"),
            ("編集(&E)", "変更履歴（すべて）(&H)…"),
            ("編集(&E)", "重複の確認(&D)…"),
            ("表示(&V)", "マッチング（分野ごと）…"),
        ):
            menu_action(window, *path).trigger()
            settle(qtbot, window)
            (dialog,) = dialogs_shown(window)
            assert fits_the_screen(dialog), (path, dialog.frameGeometry())
            escape(qtbot, dialog)
        menu_action(window, "ファイル(&F)", "新規追加(&N)…").trigger()  # Ctrl+N: the record form
        form = open_dialog(window)
        assert fits_the_screen(form)
        escape(qtbot, form)
        menu_action(window, "ファイル(&F)", "印刷プレビュー(&P)…").trigger()  # Ctrl+P
        qtbot.waitUntil(lambda: bool(dialogs_shown(window)), timeout=60_000)
        (preview,) = dialogs_shown(window)
        assert fits_the_screen(preview), preview.frameGeometry()
        escape(qtbot, preview)


def test_the_window_comes_back_as_it_was_left(qtbot: QtBot, demo_path: Path) -> None:
    with open_window(qtbot, str(demo_path)) as window:
        window.resize(1000, 600)  # the user drags the window's corner
        splitter = window.registrations.findChildren(QSplitter)[0]
        splitter.setSizes([300, 700])  # and the bar between the list and the detail
        left = splitter.sizes()[0]
        table = window.registrations.table
        note = table.source.columns.index(
            next(c for c in table.source.columns if c.title == "フリガナ")
        )
        context_menu_item(qtbot, table.horizontalHeader(), "フリガナ")  # hides it
        assert table.isColumnHidden(note)
        table.horizontalHeader().resizeSection(0, 333)  # and widens the first column
    with open_window(qtbot, str(demo_path)) as window:
        assert (window.width(), window.height()) == (1000, 600)
        assert window.registrations.findChildren(QSplitter)[0].sizes()[0] == left
        table = window.registrations.table
        assert table.isColumnHidden(note) and table.columnWidth(0) == 333
        context_menu_item(qtbot, table.horizontalHeader(), "列の幅と並びを元に戻す")
        assert not table.isColumnHidden(note) and table.columnWidth(0) != 333


def test_columns_fit_what_they_show_whenever_it_changes(qtbot: QtBot, demo_path: Path) -> None:
    with open_window(qtbot, str(demo_path)) as window:
        tab = window.councils
        show_tab(qtbot, window, tab)
        choose(qtbot, tab.view_box, tab.view_box.itemText(1))  # the councils
        settle(qtbot, window)
        members = tab.roster.members
        widths = {}
        for row in range(tab.councils.proxy.rowCount()):
            click_row(qtbot, tab.councils, row)
            settle(qtbot, window)
            if members.proxy.rowCount():
                widths[row] = [members.columnWidth(c) for c in range(members.proxy.columnCount())]
        assert len({tuple(w) for w in widths.values()}) > 1  # sized again for each roster
        # No column is left with nothing to show while another one's text is cut.
        viewport = members.viewport().width()
        assert (
            sum(w for c, w in enumerate(widths[max(widths)]) if not members.isColumnHidden(c))
            >= viewport - 2
        )


def test_the_projects_titles_are_on_screen_beside_the_roster(qtbot: QtBot, demo_path: Path) -> None:
    """At 1366×768 the 選定事業 list shows its projects' titles, not only years and statuses:
    the roster's buttons beside it leave it the room (▲ ▼ as wide as their arrows)."""
    with open_window(qtbot, str(demo_path)) as window:
        tab = window.councils
        show_tab(qtbot, window, tab)
        choose(qtbot, tab.view_box, "選定事業")
        settle(qtbot, window)
        table = tab.projects
        titles = [
            table.proxy.headerData(c, Qt.Orientation.Horizontal)
            for c in range(table.proxy.columnCount())
        ]
        title = titles.index("提案タイトル")
        start = table.horizontalHeader().sectionViewportPosition(title)
        assert table.viewport().width() - start >= 100, (start, table.viewport().width())
        arrows = tab.roster.up_button, tab.roster.down_button
        assert all(arrow.width() < 60 for arrow in arrows)


def test_a_long_name_gives_way_to_the_short_columns_beside_it(
    qtbot: QtBot, demo_path: Path
) -> None:
    """The イベント tab's series list at 1366×768: the series' long names are elided rather than
    pushing 年度 and 回数 off the side."""
    with open_window(qtbot, str(demo_path)) as window:
        window.showMaximized()
        tab = window.events
        show_tab(qtbot, window, tab)
        settle(qtbot, window)
        table = tab.series
        titles = [
            table.proxy.headerData(c, Qt.Orientation.Horizontal)
            for c in range(table.proxy.columnCount())
        ]
        count = titles.index("回数")
        header = table.horizontalHeader()
        right_edge = header.sectionViewportPosition(count) + header.sectionSize(count)
        assert right_edge <= table.viewport().width(), (right_edge, table.viewport().width())
        assert header.sectionSize(
            titles.index("行事名")
        ) >= 8 * table.fontMetrics().horizontalAdvance("あ")
