"""A council's meetings in the 協議会 tab: the next one set up from the 会議 menu, the replies
recorded with Enter on an invitee, the 受付 ticked with Space and taken back with Shift+Space,
those not replied shown alone, a meeting edited (F2) and deleted (asks first)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from db.engine import open_database
from desktop.ops import meetings as meeting_ops
from desktop.ops.councils import CouncilInput, MemberInput, save_council, save_member
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    answering_questions,
    choose_council,
    click_row,
    fill,
    menu_action,
    open_dialog,
    press_f1,
    read,
    refresh,
    save,
    settle,
    shown_cells,
    shown_column,
    type_into,
    visible,
    window,  # noqa: F401  (a fixture)
)

COUNCIL = "スマート農業検討会"


def council_on_another_pc(demo_path: Path) -> int:
    db = open_database(str(demo_path))
    try:
        with db.transaction() as session:
            council_id = save_council(session, CouncilInput(COUNCIL, "other"))
            for role, name, kana in (
                ("member", "佐藤 一郎", "さとう いちろう"),
                ("chair", "鈴木 花子", "すずき はなこ"),
                ("member", "高橋 次郎", "たかはし じろう"),
            ):
                save_member(
                    session,
                    MemberInput(council_id, role, post="委員", name=name, kana=kana),
                )
        return council_id
    finally:
        db.close()


def meeting_item(window: MainWindow, text: str) -> None:
    menu_action(window, "会議(&M)", text).trigger()


def test_the_next_meeting_is_set_up_replied_to_and_ticked_at_the_door(
    window: MainWindow, qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    council_id = council_on_another_pc(demo_path)
    refresh(window)
    settle(qtbot, window)
    choose_council(qtbot, window, COUNCIL)
    panel = window.councils.meetings
    assert panel.meetings.source.rows() == []
    pages = window.councils.council_pages
    assert pages.tabText(pages.currentIndex()) == "委員名簿"

    meeting_item(window, "次回の会議を設定…")
    settle(qtbot, window)
    assert pages.currentWidget() is panel  # the meetings page brought forward
    form = open_dialog(window)
    assert form.values()["number"] == "1"  # prefilled with the next number
    fill(
        qtbot,
        form,
        date="令和8年6月10日",
        time="13:30～15:00",
        venue="〇〇市役所 大会議室",
        agenda="開会\n議事\n閉会",
    )
    save(form)
    settle(qtbot, window)
    assert not form.isVisible(), form.error_label.text()
    assert shown_cells(panel.meetings, 0) == {
        "回": "第1回",
        "日時": "令和8年6月10日（水） 13:30～15:00",
        "会場": "〇〇市役所 大会議室",
        "出欠": "出席0／欠席0／未回答3",
        "受付": "",
    }
    # the chair first, then the members in the roster's order
    assert shown_column(panel.invitees, "氏名") == ["鈴木 花子", "佐藤 一郎", "高橋 次郎"]
    assert "回答期限 令和8年6月3日" in panel.invitees_title.text()

    # Enter on the second invitee: the reply dialog; 代理出席 needs the deputy's post too.
    click_row(qtbot, panel.invitees, 1)
    qtbot.keyClick(panel.invitees, Qt.Key.Key_Return)
    reply = open_dialog(window)
    fill(qtbot, reply, reply="deputy", deputy_name="佐藤 三郎")
    save(reply)
    settle(qtbot, window)
    assert reply.isVisible()
    assert "代理出席者の役職" in reply.error_label.text()
    fill(qtbot, reply, deputy_post="副市長", companions="秘書 田中")
    save(reply)
    settle(qtbot, window)
    assert not reply.isVisible(), reply.error_label.text()
    assert shown_cells(panel.invitees, 1)["出欠"] == "代理出席（佐藤 三郎 副市長）"
    assert shown_cells(panel.invitees, 1)["随行者"] == "秘書 田中"
    assert shown_cells(panel.meetings, 0)["出欠"] == "出席1／欠席0／未回答2"

    # 未回答だけ: those still to be reminded.
    panel.unanswered_check.click()
    settle(qtbot, window)
    assert shown_column(panel.invitees, "氏名") == ["鈴木 花子", "高橋 次郎"]
    meeting_item(window, "未回答だけ表示（切り替え）")
    settle(qtbot, window)
    assert not panel.unanswered_check.isChecked()
    assert len(shown_column(panel.invitees, "氏名")) == 3

    # On the day: two rows selected, Space ticks them; the row below is selected next.
    click_row(qtbot, panel.invitees, 0)
    click_row(qtbot, panel.invitees, 1, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(panel.invitees, Qt.Key.Key_Space)
    settle(qtbot, window)
    assert shown_column(panel.invitees, "受付") == ["✓", "✓", ""]
    assert "2名を受付済みにしました。" in window.statusBar().currentMessage()
    assert [r.name for r in panel.invitees.selected_rows()] == ["高橋 次郎"]
    assert shown_cells(panel.meetings, 0)["受付"] == "2名"
    click_row(qtbot, panel.invitees, 0)
    qtbot.keyClick(panel.invitees, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, window)
    assert shown_column(panel.invitees, "受付") == ["", "✓", ""]

    stored = read(demo_path, meeting_ops.list_meetings, council_id)
    assert [(m.number, m.attending, m.attended) for m in stored] == [(1, 1, 1)]


def test_a_meeting_is_edited_with_f2_and_deleted_after_asking(
    window: MainWindow, qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    council_id = council_on_another_pc(demo_path)
    refresh(window)
    settle(qtbot, window)
    choose_council(qtbot, window, COUNCIL)
    panel = window.councils.meetings
    pages = window.councils.council_pages
    bar = pages.tabBar()  # the user clicks the 会議・出欠 page
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert pages.currentWidget() is panel
    qtbot.keyClick(
        window,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    settle(qtbot, window)
    form = open_dialog(window)
    fill(qtbot, form, date="2026-06-10")
    save(form)
    settle(qtbot, window)
    assert shown_column(panel.meetings, "回") == ["第1回"]

    click_row(qtbot, panel.meetings, 0)
    qtbot.keyClick(panel.meetings, Qt.Key.Key_F2)
    edit = open_dialog(window)
    assert edit.values()["reply_by"] == "令和8年6月3日"
    fill(qtbot, edit, venue="オンライン会議室")
    save(edit)
    settle(qtbot, window)
    assert shown_cells(panel.meetings, 0)["会場"] == "オンライン会議室"

    asked = answering_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    meeting_item(window, "会議を削除…")
    settle(qtbot, window)
    assert "第1回の会議（招待者3名の出欠を含む）" in asked[0]
    assert read(demo_path, meeting_ops.list_meetings, council_id) == []
    assert panel.meetings.source.rows() == []

    # 編集 ▸ 元に戻す: the meeting is back with its invitees.
    assert "削除" in window.undo_action.text()
    window.undo_action.trigger()
    settle(qtbot, window)
    (back,) = read(demo_path, meeting_ops.list_meetings, council_id)
    assert (back.number, back.venue, back.invited) == (1, "オンライン会議室", 3)
    assert shown_column(panel.meetings, "回") == ["第1回"]


def test_the_keys_of_the_invitees_are_listed_in_the_help(window: MainWindow, qtbot: QtBot) -> None:
    text = press_f1(qtbot, window).findChild(type(window.councils.detail_view)).toPlainText()
    assert "選んだ招待者を受付済みにする（会議）" in text
    assert "会議 ▸ 次回の会議を設定\nCtrl+Shift+M" in text


def test_a_meeting_attended_opens_from_the_persons_records(
    window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    from desktop.ui.dialogs.person_finder import PersonFinderDialog

    council_id = council_on_another_pc(demo_path)
    db = open_database(str(demo_path))
    try:
        with db.transaction() as session:
            meeting_id = meeting_ops.save_meeting(
                session, meeting_ops.MeetingInput(council_id, "1", date="2026-06-10")
            )
            chair = meeting_ops.list_invitees(session, meeting_id)[0]
            meeting_ops.mark_attendance(session, meeting_id, [(chair.id, chair.version)], True)
    finally:
        db.close()
    refresh(window)
    settle(qtbot, window)
    menu_action(window, "編集(&E)", "人を探す…").trigger()
    settle(qtbot, window)
    (finder,) = visible(PersonFinderDialog)
    type_into(qtbot, finder.search, "すずき")
    qtbot.keyClick(finder.search, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert shown_column(finder.attended, "会議名") == [COUNCIL]
    assert shown_column(finder.attended, "出欠") == ["未回答"]  # ticked without a reply

    finder.attended.selectRow(0)
    qtbot.keyClick(finder.attended, Qt.Key.Key_Return)
    settle(qtbot, window)
    councils = window.councils
    assert window.tabs.currentWidget() is councils
    assert councils.council_pages.currentWidget() is councils.meetings
    assert councils.councils.current().name == COUNCIL
    assert councils.meetings.meetings.current().id == meeting_id
    assert councils.meetings.invitees.current().name == "鈴木 花子"
    finder.close()
