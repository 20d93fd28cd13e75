"""The window, offscreen: each tab shows and edits its records; every table model is sound."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ops import councils as council_ops
from desktop.ops import events as event_ops
from desktop.ops import participants as participant_ops
from desktop.ops import registrations as registration_ops
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    choose,
    choose_council,
    click_heading,
    click_row,
    context_menu_item,
    escape,
    fill,
    menu_action,
    open_dialog,
    open_window,
    read,
    save,
    settle,
    show_tab,
    shown_cells,
    type_into,
    window,  # noqa: F401  (a fixture)
)


def test_window_opens_on_the_demo_database(window: MainWindow, demo_path: Path) -> None:
    assert str(demo_path) in window.db_label.text()
    assert [window.tabs.tabText(i) for i in range(3)] == ["登録", "協議会", "イベント"]
    assert window.registrations.table.source.rowCount() == 156
    assert window.councils.projects.source.rowCount() == 20
    assert window.events.series.source.rowCount() == 2


def test_every_table_model_passes_the_model_tester(
    window: MainWindow,
    qtbot: QtBot,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    choose(
        qtbot, window.councils.view_box, window.councils.view_box.itemText(1)
    )  # a council with members
    settle(qtbot, window)
    tables = [
        window.registrations.table,
        window.councils.projects,
        window.councils.councils,
        window.councils.roster.members,
        window.events.series,
        window.events.sessions,
    ]
    for table in tables:
        assert table.source.rowCount() > 0
        qtmodeltester.check(table.source)
        qtmodeltester.check(table.proxy)


def test_filter_by_program_and_category_and_search(window: MainWindow, qtbot: QtBot) -> None:
    tab = window.registrations
    index = tab.program_box.findText("経団連 地域協創アクションプログラム")
    choose(qtbot, tab.program_box, tab.program_box.itemText(index))
    settle(qtbot, window)
    partners = tab.table.source.rowCount()
    assert 0 < partners < 156
    choose(qtbot, tab.category_box, tab.category_box.itemText(1))  # the first action item
    settle(qtbot, window)
    assert 0 < tab.table.source.rowCount() < partners

    choose(qtbot, tab.program_box, tab.program_box.itemText(0))
    settle(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is tab.search
    type_into(qtbot, tab.search, "ﾁﾁﾌﾞ")  # half-width katakana finds the readings ちちぶ…
    found = {tab.table.proxy.index(r, 0).data() for r in range(tab.table.proxy.rowCount())}
    assert found == {"秩父市", "秩父商工会議所"}
    type_into(qtbot, tab.search, "112071")
    assert tab.table.proxy.rowCount() == 1


def test_f5_keeps_the_chosen_programme_field_and_organization(
    window: MainWindow, qtbot: QtBot
) -> None:
    tab = window.registrations
    choose(qtbot, tab.program_box, "経団連 地域協創アクションプログラム")
    settle(qtbot, window)
    field = tab.category_box.itemText(1)
    choose(qtbot, tab.category_box, field)
    settle(qtbot, window)
    shown = [tab.table.proxy.index(r, 0).data() for r in range(tab.table.proxy.rowCount())]
    assert len(shown) > 1
    click_row(qtbot, tab.table, 1)
    settle(qtbot, window)
    chosen = tab.table.current()

    qtbot.keyClick(window, Qt.Key.Key_F5)  # 最新の情報に更新
    settle(qtbot, window)
    assert tab.program_box.currentText() == "経団連 地域協創アクションプログラム"
    assert tab.category_box.currentText() == field
    assert [tab.table.proxy.index(r, 0).data() for r in range(tab.table.proxy.rowCount())] == shown
    assert tab.table.current() is not None and tab.table.current().id == chosen.id
    assert tab.detail is not None and tab.detail.id == chosen.id


def test_add_organization_with_check_digit_validation(
    window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    tab = window.registrations
    tab.add_button.click()
    dialog = open_dialog(window)
    fill(qtbot, dialog, name="小鹿野町", kind="municipality", kana="オガノマチ", lg_code="113621")
    save(dialog)
    settle(qtbot, window)
    assert dialog.isVisible()
    assert "検査数字" in dialog.error_label.text()
    QApplication.processEvents()
    assert QApplication.focusWidget() is dialog.editor("lg_code")

    fill(qtbot, dialog, lg_code="113620")  # 11362 + its check digit 0
    save(dialog)
    settle(qtbot, window)
    assert not dialog.isVisible()
    rows = read(demo_path, registration_ops.list_organizations)
    added = [r for r in rows if r.name == "小鹿野町"]
    assert len(added) == 1
    assert added[0].lg_code == "113620" and added[0].kana == "おがのまち"
    assert tab.table.current() is not None and tab.table.current().name == "小鹿野町"


def test_edit_organization_shows_change_in_table(
    window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    tab = window.registrations
    type_into(qtbot, tab.search, "秩父市")
    click_row(qtbot, tab.table, 0)
    settle(qtbot, window)
    tab.edit_button.click()
    dialog = open_dialog(window)
    fill(qtbot, dialog, phone="0494-22-2211")
    save(dialog)
    settle(qtbot, window)
    assert not dialog.isVisible()
    chichibu = next(
        r for r in read(demo_path, registration_ops.list_organizations) if r.name == "秩父市"
    )
    detail = read(demo_path, registration_ops.get_organization, chichibu.id)
    assert detail.phone == "0494-22-2211"
    assert "0494-22-2211" in tab.detail_view.toPlainText()


def test_council_members_and_ministry_order(
    window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    tab = window.councils
    choose_council(qtbot, window)
    members = tab.roster.members.source.rows()
    assert shown_cells(tab.roster.members, 0)["役割"] == "議長"
    assert len(members) == 12
    tab.roster.add_button.click()
    dialog = open_dialog(window)
    fill(qtbot, dialog, role="member", post="デジタル庁統括官", organization="デジタル庁")
    save(dialog)
    settle(qtbot, window)
    assert not dialog.isVisible(), dialog.error_label.text()
    council_id = tab.councils.current().id
    posts = [m.post for m in read(demo_path, council_ops.list_members, council_id)]
    # デジタル庁 follows 内閣府 and precedes 警察庁 in the customary order
    assert posts.index("デジタル庁統括官") == posts.index("警察庁長官官房技術審議官") - 1


def test_edit_session_dates_and_times(
    window: MainWindow, qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.events
    show_tab(qtbot, window, tab)
    first = shown_cells(tab.sessions, 0)
    assert (first["開催日"], first["時間"]) == ("令和3年10月1日（金）", "13:30～15:00")
    click_row(qtbot, tab.sessions, 0)
    settle(qtbot, window)
    tab.edit_session_button.click()
    dialog = open_dialog(window)
    fill(qtbot, dialog, date="R3.10.8", time="１４：００～１５：３０")
    save(dialog)
    settle(qtbot, window)
    assert not dialog.isVisible()
    series_id = tab.series.current().id
    stored = read(demo_path, event_ops.list_sessions, series_id)[0]
    assert (stored.date, stored.start_time, stored.end_time) == (
        dt.date(2021, 10, 8),
        dt.time(14, 0),
        dt.time(15, 30),
    )
    shown = shown_cells(tab.sessions, 0)
    assert (shown["開催日"], shown["時間"]) == ("令和3年10月8日（金）", "14:00～15:30")

    tab.edit_session_button.click()
    dialog = open_dialog(window)
    fill(qtbot, dialog, date="令和3年2月30日")
    save(dialog)
    settle(qtbot, window)
    assert dialog.isVisible() and "令和3年2月30日" in dialog.error_label.text()
    asked: list[str] = []

    def discard(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", discard)
    escape(qtbot, dialog)  # what was typed is thrown away only when the user says so
    assert asked == ["入力した内容を保存せずに閉じますか？"] and not dialog.isVisible()


def test_add_participant(window: MainWindow, qtbot: QtBot, demo_path: Path) -> None:
    tab = window.events
    show_tab(qtbot, window, tab)
    click_row(qtbot, tab.sessions, 3)
    settle(qtbot, window)
    tab.add_participant_button.click()
    dialog = open_dialog(window)
    fill(
        qtbot,
        dialog,
        name="山田　太郎",
        kana="ヤマダ タロウ",
        organization="秩父市",
        post="主任",
        attendance="online",
    )
    save(dialog)
    settle(qtbot, window)
    assert not dialog.isVisible()
    session_id = tab.sessions.current().id
    people = read(demo_path, participant_ops.list_participants, session_id)
    assert [(p.name, p.organization, p.attendance) for p in people] == [
        ("山田　太郎", "秩父市", "online")
    ]
    assert tab.participants.source.rowCount() == 1
    shown = shown_cells(tab.participants, 0)
    assert (shown["参加形式"], shown["状態"]) == ("オンライン", "申込")


def test_first_start_offers_the_demo_data(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    defaults: list[object] = []

    def answer_yes(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        defaults.append(args[4])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    new = tmp_path / "new.sqlite"
    win = MainWindow(str(new), offer_demo=True)
    qtbot.addWidget(win)
    win.show()
    # 156 registrations of the seeds and 6 of the fictitious sample (架空のサンプル)
    qtbot.waitUntil(lambda: win.registrations.table.source.rowCount() == 162, timeout=20_000)
    settle(qtbot, win)
    assert len(asked) == 2
    assert str(new) in asked[0] and "新しく作成しますか" in asked[0]
    assert "デモデータ" in asked[1]
    # The first message on an empty database points to the official code list.
    assert "ファイル ▸ 地方公共団体コード一覧を取り込む…" in asked[1]
    # One Enter does not fill what may be the office's database with the demo; once it is
    # loaded, the title bar says so.
    assert defaults[1] == QMessageBox.StandardButton.No and "本番" in asked[1]
    assert win.councils.projects.source.rowCount() == 20
    qtbot.waitUntil(lambda: win.windowTitle().endswith("（デモデータ入り）"))
    win.close()
    with open_window(qtbot, str(new)) as again:
        assert again.windowTitle() == "事務局デスク — new.sqlite（デモデータ入り）"


def test_a_mistyped_database_path_is_not_made_without_asking(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`secdesk --db secdsk.sqlite gui` (a typo): the window asks before making a new, empty
    database there; declined, no file appears and the window says no database is open."""
    asked: list[str] = []

    def answer_no(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    typo = tmp_path / "secdsk.sqlite"
    win = MainWindow(str(typo), offer_demo=True)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
    settle(qtbot, win)
    assert len(asked) == 1 and str(typo) in asked[0]
    assert win.db_label.text() == "データベースが開かれていません"
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith("secdsk")]
    win.close()


def test_delete_member_after_confirmation(
    window: MainWindow, qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.councils
    choose_council(qtbot, window)
    click_row(qtbot, tab.roster.members, 3)
    doomed = tab.roster.members.current()
    assert doomed is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tab.roster.delete_button.click()
    settle(qtbot, window)
    assert tab.roster.members.source.rowCount() == 12
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.roster.delete_button.click()
    settle(qtbot, window)
    posts = [m.post for m in tab.roster.members.source.rows()]
    assert len(posts) == 11 and doomed.post not in posts
    council_id = tab.councils.current().id
    assert len(read(demo_path, council_ops.list_members, council_id)) == 11


def test_ctrl_n_adds_in_the_current_tab(window: MainWindow, qtbot: QtBot) -> None:
    show_tab(qtbot, window, window.events)
    settle(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(window)
    assert dialog.windowTitle() == "回を追加"
    assert dialog.values()["number"] == "5"
    escape(qtbot, dialog)


def test_a_failed_open_keeps_the_current_database(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    not_a_db = tmp_path / "memo.sqlite"
    not_a_db.write_text("会議メモ", encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(not_a_db), "")
    )  # the file the user picks in the file dialog
    menu_action(window, "ファイル(&F)", "別のデータベースを開く(&O)…").trigger()
    settle(qtbot, window)
    assert len(shown) == 1 and "memo.sqlite" in shown[0]
    # the demo database is still open and answers
    menu_action(window, "編集(&E)", "最新の情報に更新(&R)").trigger()
    settle(qtbot, window)
    assert window.registrations.table.source.rowCount() == 156


def test_search_updates_the_count(window: MainWindow, qtbot: QtBot) -> None:
    tab = window.registrations
    type_into(qtbot, tab.search, "ﾁﾁﾌﾞ")
    assert tab.count_label.text() == "2 / 156 団体"


def test_register_a_policy_field_and_edit_it(
    window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    tab = window.registrations
    type_into(qtbot, tab.search, "秩父市")
    click_row(qtbot, tab.table, 0)
    settle(qtbot, window)
    openlab = next(p for p in tab.programs if p.name == "地域未来構想20 オープンラボ")
    assert read(demo_path, registration_ops.list_organizations, openlab.id, None) == []
    tab.add_registration_button.click()  # with no programme chosen, the first one (オープンラボ) is offered
    dialog = open_dialog(window)
    assert openlab.name in dialog.windowTitle()
    fields = {c.name: str(c.id) for c in openlab.categories}
    fill(qtbot, dialog, categories=f"{fields['教育']},{fields['医療']}", received_on="R2.7.20")
    save(dialog)
    settle(qtbot, window)
    assert not dialog.isVisible(), dialog.error_label.text()
    rows = tab.registrations.source.rows()
    assert [(r.program, r.categories, r.received_on) for r in rows] == [
        (openlab.name, ("教育", "医療"), dt.date(2020, 7, 20))
    ]
    shown = shown_cells(tab.registrations, 0)
    assert (shown["分野"], shown["受付日"], shown["状態"]) == (
        "教育、医療",
        "令和2年7月20日",
        "受付",
    )
    assert shown["公表"] == "否"  # nothing is published without an explicit yes

    click_row(qtbot, tab.registrations, 0)
    tab.edit_registration_button.click()
    dialog = open_dialog(window)
    assert dialog.values()["categories"] == f"{fields['教育']},{fields['医療']}"
    fill(qtbot, dialog, categories=fields["医療"], status="published")
    save(dialog)
    settle(qtbot, window)
    assert not dialog.isVisible(), dialog.error_label.text()
    chichibu = next(
        r for r in read(demo_path, registration_ops.list_organizations) if r.name == "秩父市"
    )
    stored = read(demo_path, registration_ops.get_organization, chichibu.id).registrations
    assert [(r.categories, r.status) for r in stored] == [(("医療",), "published")]
    assert shown_cells(tab.registrations, 0)["状態"] == "公開"
    filtered = read(demo_path, registration_ops.list_organizations, openlab.id, None)
    assert [r.name for r in filtered] == ["秩父市"]


def test_new_series_and_a_council_for_a_project(
    window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    events = window.events
    show_tab(qtbot, window, events)
    events.add_series_button.click()
    dialog = open_dialog(window)
    fill(qtbot, dialog, name="令和4年度 未来技術実装ミニシンポジウム", fiscal_year="R4")
    save(dialog)
    settle(qtbot, window)
    assert not dialog.isVisible(), dialog.error_label.text()
    assert events.series.current().fiscal_year == 2022
    shown = shown_cells(events.series, events.series.currentIndex().row())
    assert shown["年度"] == "令和4年度"
    assert events.sessions.source.rowCount() == 0

    councils = window.councils
    show_tab(qtbot, window, councils)
    click_row(qtbot, councils.projects, 0)  # 北海道… FY2018 has no council in the demo
    settle(qtbot, window)
    assert councils.roster.council_id is None and councils.add_council_button.isEnabled()
    councils.add_council_button.click()
    dialog = open_dialog(window)
    assert dialog.values()["name"] == "北海道 地域実装協議会"
    save(dialog)
    settle(qtbot, window)
    assert not dialog.isVisible(), dialog.error_label.text()
    assert councils.roster.council_id is not None
    assert "北海道 地域実装協議会" in councils.roster.title.text()
    names = [c.name for c in read(demo_path, council_ops.list_councils)]
    assert "北海道 地域実装協議会" in names


def test_tables_export_what_they_show(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    import openpyxl

    sessions = window.events.sessions
    out = tmp_path / "日程.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    context_menu_item(qtbot, sessions, "表示中の表を Excel に書き出す…")
    assert out.exists()
    sheet = openpyxl.load_workbook(out).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("開催日程",) + (None,) * (len(rows[1]) - 1)
    assert rows[1][:4] == ("回", "テーマ", "開催日", "時間")
    assert rows[2][:4] == (1, "物流・農業", dt.datetime(2021, 10, 1), "13:30～15:00")

    organizations = window.registrations.table
    type_into(qtbot, window.registrations.search, "秩父")
    csv_file = tmp_path / "団体.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(csv_file), ""))
    context_menu_item(qtbot, organizations, "表示中の表を CSV に書き出す…")
    assert csv_file.exists()
    text = csv_file.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    lines = text.decode("utf-8-sig").splitlines()
    assert len(lines) == 1 + organizations.proxy.rowCount() and "秩父市" in lines[1]


def test_sorting_by_a_column_keeps_the_search(window: MainWindow, qtbot: QtBot) -> None:
    tab = window.registrations
    table = tab.table
    click_heading(qtbot, table, 0)  # 団体名, twice: from Z to A
    click_heading(qtbot, table, 0)
    keys = [r.sort_key for r in table.shown_rows()]
    assert keys == sorted(keys, reverse=True) and len(keys) == 156
    type_into(qtbot, tab.search, "市")
    shown = table.shown_rows()
    assert 0 < len(shown) < 156 and all(
        "市" in cells["団体名"] + cells["区分"]
        for cells in (shown_cells(table, row) for row in range(len(shown)))
    )
    assert [r.sort_key for r in shown] == sorted((r.sort_key for r in shown), reverse=True)
    click_heading(qtbot, table, 4)  # 登録数, as numbers, from the smallest
    counts = [r.registration_count for r in table.shown_rows()]
    assert counts == sorted(counts)
    assert tab.count_label.text() == f"{len(shown)} / 156 団体"


def test_the_selection_follows_its_row_through_sorting_and_searching(
    window: MainWindow, qtbot: QtBot
) -> None:
    tab = window.registrations
    table = tab.table
    names = [r.name for r in table.shown_rows()]
    click_row(qtbot, table, names.index("秩父市"))
    settle(qtbot, window)
    assert "秩父市" in tab.detail_view.toPlainText()
    click_heading(qtbot, table, 0)
    click_heading(qtbot, table, 0)  # 団体名, from Z to A
    assert table.current() is not None and table.current().name == "秩父市"
    type_into(qtbot, tab.search, "ちちぶ")  # still shown: still selected, the detail unchanged
    assert table.current() is not None and table.current().name == "秩父市"
    type_into(
        qtbot, tab.search, "架空の団体名"
    )  # filtered out: nothing selected, the detail says so
    settle(qtbot, window)
    assert table.current() is None
    assert "秩父市" not in tab.detail_view.toPlainText()
    assert not tab.edit_button.isEnabled()
