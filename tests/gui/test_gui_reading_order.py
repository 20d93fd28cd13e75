"""Sorting a list by its 氏名 or フリガナ heading puts people in 五十音順 as a dictionary does,
those without a reading after all the others, as the printed sheets list them; the dashboard
lists a day's deadlines as the 今後の予定 sheet does, and the 登録 tab its bodies: local governments
by code, then 五十音順."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from db.engine import open_database
from db.models import Organization
from desktop.japanese.wareki import format_wareki
from desktop.ops import participants as participant_ops
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    click_heading,
    click_row,
    enter,
    refresh,
    settle,
    show_tab,
    shown_column,
    window,  # noqa: F401  (a fixture)
)
from tests.helpers.same_day import AS_OF, IN_ORDER, due_on_one_day, title

APPLICANTS = (
    ("名無 権兵衛", ""),
    ("小林 誠", "こばやし まこと"),
    ("後藤 一", "ゴトウ ハジメ"),
    ("河野 明", "こうの あきら"),
)
DICTIONARY_ORDER = ["河野 明", "後藤 一", "小林 誠", "名無 権兵衛"]


def column_of(table: QTableView, title: str) -> int:
    model = table.model()
    return next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == title
    )


def test_sorting_by_the_reading_or_name_heading_is_dictionary_order(
    window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    tab = window.events
    show_tab(qtbot, window, tab)
    click_row(qtbot, tab.sessions, 0)
    settle(qtbot, window)
    session_id = tab.sessions.current().id
    db = open_database(str(demo_path))
    try:
        with db.transaction() as session:
            for name, kana in APPLICANTS:
                participant_ops.add_participant(
                    session, participant_ops.ParticipantInput(session_id, name, kana=kana)
                )
    finally:
        db.close()
    refresh(window)
    settle(qtbot, window)
    table = tab.participants
    assert shown_column(table, "氏名") == DICTIONARY_ORDER  # the 受付簿's order

    header = table.horizontalHeader()
    for heading in ("フリガナ", "氏名"):
        click_heading(qtbot, table, column_of(table, "No."))  # another order first
        click_heading(qtbot, table, column_of(table, heading))
        if header.sortIndicatorOrder() != Qt.SortOrder.AscendingOrder:
            click_heading(qtbot, table, column_of(table, heading))  # the arrow up
        assert shown_column(table, "氏名") == DICTIONARY_ORDER, heading
        # Turned round, the readings run backwards.
        click_heading(qtbot, table, column_of(table, heading))
        assert shown_column(table, "氏名") == DICTIONARY_ORDER[::-1], heading


def test_the_dashboard_lists_a_days_deadlines_in_code_order_then_reading(
    window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    db = open_database(str(demo_path))
    try:
        due_on_one_day(db)
    finally:
        db.close()
    tab = window.dashboard
    show_tab(qtbot, window, tab)
    enter(qtbot, tab.as_of_edit, format_wareki(AS_OF))
    settle(qtbot, window)
    shown = shown_column(tab.upcoming, "内容")
    assert len(shown) == len(IN_ORDER)
    for proposers, line in zip(IN_ORDER, shown, strict=True):
        assert line.startswith(f"{proposers}「{title(proposers)}」"), line


# Bodies as the 登録 tab lists them: local governments by code, then the others by reading in
# 五十音順 (ご is filed under こ, katakana before hiragana on a tie), those without a reading last.
BODIES = (
    ("company", "名無商会", None, None),
    ("company", "小林製作所", "こばやし", None),
    ("company", "あい社", "あい", None),
    ("company", "後藤工業", "ゴトウ", None),
    ("company", "アイ社", "アイ", None),
    ("company", "河野商店", "こうの", None),
    ("municipality", "架空町", "かくうまち", "999997"),
)
BODIES_IN_ORDER = ["架空町", "アイ社", "あい社", "河野商店", "後藤工業", "小林製作所", "名無商会"]


def test_the_registrations_tab_lists_bodies_in_code_then_reading_order(
    window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    db = open_database(str(demo_path))
    try:
        with db.transaction() as session:
            for kind, name, kana, code in BODIES:
                session.add(Organization(kind=kind, name=name, kana=kana, lg_code=code))
    finally:
        db.close()
    tab = window.registrations
    show_tab(qtbot, window, tab)
    refresh(window)
    settle(qtbot, window)
    table = tab.table

    def ours() -> list[str]:
        return [name for name in shown_column(table, "団体名") if name in BODIES_IN_ORDER]

    listed = shown_column(table, "団体名")
    assert ours() == BODIES_IN_ORDER
    assert listed.index("架空町") < listed.index("アイ社")  # every local government first
    header = table.horizontalHeader()
    click_heading(qtbot, table, column_of(table, "団体名"))
    if header.sortIndicatorOrder() != Qt.SortOrder.AscendingOrder:
        click_heading(qtbot, table, column_of(table, "団体名"))
    assert ours() == BODIES_IN_ORDER
    click_heading(qtbot, table, column_of(table, "団体名"))
    assert ours() == BODIES_IN_ORDER[::-1]
