"""The secretariat's workflows, driven from the window as a user would (issue: workflows)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select as sql_select

from db import audit, backup
from db.engine import open_database
from db.models import Organization
from desktop.imports import pipeline
from desktop.japanese.wareki import fiscal_year_of, format_wareki
from desktop.ops import projects
from desktop.ops.registrations import list_programs
from desktop.rules.support_terms import continuation_deadline
from desktop.ui.main_window import MainWindow
from desktop.ui.tabs import base
from desktop.ui.widgets.record_table import RecordTable
from tests.helpers.gui_support import (
    choose,
    click_row,
    enter,
    escape,
    fill,
    menu_action,
    open_dialog,
    press,
    save,
    settle,
    show_tab,
    shown_cells,
    shown_column,
    shown_rows,
    type_into,
    window,  # noqa: F401  (a fixture)
)
from tests.helpers.import_files import write_list


def add_project_ending_this_year(demo_path: Path) -> int:
    """A project selected two fiscal years ago: its term ends with this fiscal year."""
    db = open_database(str(demo_path))
    try:
        with db.transaction() as session:
            data = projects.ProjectInput(
                program_id=list_programs(session)[0].id,
                title="継続申請テスト事業",
                proposers="秩父市",
                selected_fiscal_year=str(fiscal_year_of(dt.date.today()) - 2),
            )
            return projects.save_project(session, data)
    finally:
        db.close()


def select(qtbot: QtBot, table: RecordTable[Any], row_id: int) -> None:
    """Click the row of the record `row_id`."""
    ids = [row.id for row in shown_rows(table)]
    click_row(qtbot, table, ids.index(row_id))


def test_record_a_continuation_and_see_the_status_change(
    window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    project_id = add_project_ending_this_year(demo_path)
    today = dt.date.today()
    this_year = fiscal_year_of(today)
    tab = window.councils
    show_tab(qtbot, window, tab)
    choose(
        qtbot, tab.view_box, tab.view_box.itemText(tab.view_box.findData("due"))
    )  # what needs an application
    menu_action(window, "編集(&E)", "最新の情報に更新(&R)").trigger()  # F5
    settle(qtbot, window)
    (place,) = [n for n, r in enumerate(shown_rows(tab.projects)) if r.id == project_id]
    due = shown_cells(tab.projects, place)
    assert due["支援状況"] == "今年度末で終了予定"
    deadline = format_wareki(continuation_deadline(this_year))
    assert due["継続申請"].startswith(f"未申請（期限 {deadline}")

    select(qtbot, tab.projects, project_id)
    settle(qtbot, window)
    assert tab.continuation_button.isEnabled()
    tab.continuation_button.click()
    dialog = open_dialog(window)
    submitted, decided = today - dt.timedelta(days=10), today
    fill(
        qtbot,
        dialog,
        submitted_on=format_wareki(submitted),
        decided_on=format_wareki(decided),
        result="approved",
    )
    save(dialog)
    settle(qtbot, window)
    assert not dialog.isVisible()
    (row,) = [r for r in tab.projects.source.rows() if r.id == project_id]
    assert (str(row.continuation_note), row.term_end_fiscal_year) == ("承認", this_year + 2)
    assert project_id not in [r.id for r in shown_rows(tab.projects)]  # no longer due

    choose(qtbot, tab.view_box, tab.view_box.itemText(tab.view_box.findData("projects")))
    settle(qtbot, window)
    select(qtbot, tab.projects, project_id)
    settle(qtbot, window)
    text = tab.detail_view.toPlainText()
    assert f"継続申請 {format_wareki(submitted)}提出 {format_wareki(decided)}決定 承認" in text


def test_a_clashing_session_is_saved_only_after_the_warning(
    window: MainWindow, qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    tab = window.events
    show_tab(qtbot, window, tab)
    click_row(qtbot, tab.series, 0)
    settle(qtbot, window)
    tab.add_session_button.click()  # 第5回, on 第1回's afternoon (R3.10.1, a Friday, 13:30～15:00)
    dialog = open_dialog(window)
    fill(qtbot, dialog, theme="追加回", date="令和3年10月1日", time="14:00～15:00")
    save(dialog)
    settle(qtbot, window)
    assert (
        len(asked) == 1
        and "第1回と時間が重なっています（14:00～15:00 と 13:30～15:00）" in asked[0]
    )
    assert dialog.isVisible() and "保存していません" in dialog.error_label.text()
    assert len(tab.sessions.source.rows()) == 4

    answer[0] = QMessageBox.StandardButton.Save  # the user keeps it after all
    save(dialog)
    settle(qtbot, window)
    assert len(asked) == 2 and not dialog.isVisible()
    # Listed by date (第5回 is held on 第1回's day), both marked for the clash after saving too.
    assert [r.number for r in tab.sessions.source.rows()] == [1, 5, 2, 3, 4]
    marks = dict(
        zip(shown_column(tab.sessions, "回"), shown_column(tab.sessions, "確認"), strict=True)
    )
    assert marks["第1回"] == marks["第5回"] == "時間の重なり" and marks["第2回"] == ""


def test_an_ineligible_participant_is_refused_in_the_form(window: MainWindow, qtbot: QtBot) -> None:
    tab = window.events
    show_tab(qtbot, window, tab)
    click_row(qtbot, tab.series, 0)
    settle(qtbot, window)
    fourth = [r.number for r in tab.sessions.source.rows()].index(4)
    click_row(qtbot, tab.sessions, fourth)  # 第4回: 地方公共団体のご担当者様のみ
    settle(qtbot, window)
    tab.add_participant_button.click()
    dialog = open_dialog(window)
    fill(qtbot, dialog, name="山田 花子", organization="架空テック株式会社")
    save(dialog)
    settle(qtbot, window)
    assert dialog.isVisible()
    assert "地方公共団体のご担当者様のみ" in dialog.error_label.text()
    assert "「架空テック株式会社」" in dialog.error_label.text()
    fill(qtbot, dialog, organization="秩父市")  # she is in fact with the city
    save(dialog)
    settle(qtbot, window)
    assert not dialog.isVisible()
    assert [p.name for p in tab.participants.source.rows()] == ["山田 花子"]
    assert "第4回の参加者に登録しました" in window.statusBar().currentMessage()


def preview_rows(window: MainWindow, qtbot: QtBot) -> list[tuple[str, ...]]:
    menu_action(window, "ファイル(&F)", "印刷プレビュー(&P)…").trigger()  # Ctrl+P
    settle(qtbot, window)
    dialog = window.councils.sheet_preview
    assert dialog is not None and dialog.isVisible()
    rows = [row for section in dialog.preview.sheet.sections for row in section.rows]
    press(dialog, "閉じる")
    return rows


def test_replace_a_council_member_and_print_before_and_after(
    window: MainWindow, qtbot: QtBot
) -> None:
    police = "警察庁長官官房技術審議官"
    tab = window.councils
    show_tab(qtbot, window, tab)
    choose(qtbot, tab.view_box, tab.view_box.itemText(tab.view_box.findData("councils")))
    settle(qtbot, window)
    names = [c.name for c in shown_rows(tab.councils)]
    click_row(qtbot, tab.councils, names.index("近未来技術実装関係省庁連絡会議"))
    settle(qtbot, window)
    seat = [m.post for m in shown_rows(tab.roster.members)].index(police)
    click_row(qtbot, tab.roster.members, seat)
    assert tab.roster.replace_button.isEnabled()
    tab.roster.replace_button.click()
    dialog = open_dialog(window)
    fill(qtbot, dialog, from_date="令和4年4月1日", name="新任 太郎")
    save(dialog)
    settle(qtbot, window)
    assert not dialog.isVisible()
    (place,) = [n for n, m in enumerate(shown_rows(tab.roster.members)) if m.post == police]
    shown = shown_cells(tab.roster.members, place)
    assert (shown["氏名"], shown["任期"]) == ("新任 太郎", "令和4年4月1日～")  # today's roster

    enter(qtbot, tab.roster.as_of_edit, "令和4年3月31日")
    settle(qtbot, window)
    (then,) = [m for m in shown_rows(tab.roster.members) if m.post == police]
    assert then.name != "新任 太郎"
    before = preview_rows(window, qtbot)
    enter(qtbot, tab.roster.as_of_edit, "R4.4.1")
    settle(qtbot, window)
    after = preview_rows(window, qtbot)
    (old_row,) = [r for r in before if police in r]
    (new_row,) = [r for r in after if police in r]
    assert "新任 太郎" not in old_row and "新任 太郎" in new_row
    assert before.index(old_row) == after.index(new_row)  # the seat keeps its place

    tab.roster.history_check.click()  # the history: both terms
    settle(qtbot, window)
    seats = [m for m in shown_rows(tab.roster.members) if m.post == police]
    assert len(seats) == 2
    old_seat = next(m for m in seats if m.name != "新任 太郎")
    select(qtbot, tab.roster.members, old_seat.id)
    tab.roster.history_button.click()  # the record's 変更履歴 from its detail
    settle(qtbot, window)
    history = tab.history_dialog
    assert history.isVisible()
    shown = [shown_cells(history.table, row) for row in range(history.table.proxy.rowCount())]
    assert (shown[0]["操作"], shown[0]["内容"]) == ("変更", "任期終了: （空欄） → 令和4年3月31日")
    assert shown[-1]["操作"] == "作成"
    escape(qtbot, history)
    assert not history.isVisible()


def test_match_a_field_and_see_an_organizations_matches(
    window: MainWindow, qtbot: QtBot, demo_path: Path, tmp_path: Path
) -> None:
    openlab = "地域未来構想20 オープンラボ"
    registrations = write_list(
        tmp_path / "登録.xlsx",
        ["団体名", "地方公共団体コード", "区分", "事業", "政策分野", "概要"],
        ["秩父市", "112071", "関心", openlab, "教育、医療", "遠隔授業の導入"],
        ["株式会社まなび", None, "提供", openlab, "教育", "ＡＩドリルで個別学習"],
        ["株式会社いりょう", None, "提供", openlab, "医療", "オンライン診療"],
    )
    measures = write_list(
        tmp_path / "支援策.xlsx",
        ["施策名", "府省庁", "政策分野"],
        ["GIGAスクール構想", "文部科学省", "教育"],
    )
    db = open_database(str(demo_path))
    try:
        with db.sessions() as session:
            preview = pipeline.prepare(session, [registrations, measures])
        pipeline.commit(db, preview)
    finally:
        db.close()
    tab = window.registrations
    choose(qtbot, tab.program_box, openlab)
    settle(qtbot, window)
    choose(qtbot, tab.category_box, "教育")
    settle(qtbot, window)

    menu_action(window, "表示(&V)", "マッチング（分野ごと）…").trigger()  # Ctrl+M
    settle(qtbot, window)
    dialog = tab.matching_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.category_box.currentText() == f"{openlab} — 教育"
    assert dialog.titles["interested"].text() == "関心のある地方公共団体（1）"
    assert [r.name for r in dialog.tables["offering"].source.rows()] == ["株式会社まなび"]
    assert [r.detail for r in dialog.tables["measures"].source.rows()] == ["文部科学省"]
    choose(qtbot, dialog.category_box, f"{openlab} — 医療")
    settle(qtbot, window)
    assert [r.name for r in dialog.tables["offering"].source.rows()] == ["株式会社いりょう"]
    assert dialog.titles["measures"].text() == "活用できる支援策（0）"
    press(dialog, "閉じる")

    # from the organization: every field it registered and its matches on the other sides
    choose(qtbot, tab.category_box, tab.category_box.itemText(0))
    settle(qtbot, window)
    type_into(qtbot, tab.search, "ちちぶ")
    select(qtbot, tab.table, next(r.id for r in shown_rows(tab.table) if r.name == "秩父市"))
    settle(qtbot, window)
    text = tab.detail_view.toPlainText()
    assert "教育（関心）: 専門家 1・支援策 1" in text and "医療（関心）: 専門家 1・支援策 0" in text

    # the search reads summaries too, whatever the width or kana
    type_into(qtbot, tab.search, "ａｉ どりる")
    assert [r.name for r in shown_rows(tab.table)] == ["株式会社まなび"]


def test_review_duplicates_merge_one_pair_and_dismiss_another(
    window: MainWindow, qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(str(demo_path))
    try:
        with db.transaction() as session:
            session.add_all(
                [
                    Organization(kind="company", name="株式会社まなび", kana="まなび"),
                    Organization(kind="company", name="㈱まなび", email="info@manabi.example.jp"),
                    Organization(kind="company", name="北商事", email="office@kita.example.jp"),
                    Organization(kind="company", name="南商事", email="office@kita.example.jp"),
                ]
            )
    finally:
        db.close()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    menu_action(window, "編集(&E)", "重複の確認(&D)…").trigger()  # Ctrl+Shift+D
    settle(qtbot, window)
    dialog = window.duplicates_dialog
    assert dialog is not None and dialog.isVisible()
    pairs = {(p.first.name, p.second.name): p for p in shown_rows(dialog.pairs)}
    assert ("株式会社まなび", "㈱まなび") in pairs and ("北商事", "南商事") in pairs
    names = [p.first.name for p in shown_rows(dialog.pairs)]
    click_row(qtbot, dialog.pairs, names.index("株式会社まなび"))
    assert "フリガナ" in dialog.left.toPlainText() and "info@manabi" in dialog.right.toPlainText()
    dialog.keep_left.click()  # keep 株式会社まなび, with the e-mail of the other
    settle(qtbot, window)
    assert "before-merge" in [b.reason for b in backup.list_backups(demo_path)]
    names = [p.first.name for p in shown_rows(dialog.pairs)]
    assert "株式会社まなび" not in names
    click_row(qtbot, dialog.pairs, names.index("北商事"))
    dialog.not_duplicate.click()  # two companies sharing an office address
    settle(qtbot, window)
    assert "北商事" not in [p.first.name for p in shown_rows(dialog.pairs)]
    press(dialog, "閉じる")
    organizations = {o.name: o for o in window.registrations.table.source.rows()}
    assert "㈱まなび" not in organizations and "北商事" in organizations


def test_dashboard_shows_what_is_coming_and_what_is_overdue(
    window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    add_project_ending_this_year(demo_path)
    tab = window.dashboard
    show_tab(qtbot, window, tab)
    this_year = fiscal_year_of(dt.date.today())
    enter(qtbot, tab.as_of_edit, format_wareki(dt.date(this_year, 12, 10)))  # after 11月30日
    settle(qtbot, window)
    (due,) = [i for i in shown_rows(tab.upcoming) if i.kind == "continuation_deadline"]
    shown = shown_cells(tab.upcoming, shown_rows(tab.upcoming).index(due))
    assert due.overdue and "継続申請テスト事業" in shown["内容"]
    assert (shown["種類"], shown["状況"]) == ("継続申請の期限", "期限超過")
    assert shown_rows(tab.upcoming)[0] == due  # the overdue first
    tint = tab.upcoming.proxy.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert tint is not None and tint.name() == "#f8d7da"
    assert "期限超過 1件" in tab.period.text()

    enter(qtbot, tab.as_of_edit, "令和2年7月1日")  # the オープンラボ's schedule (seed 000)
    settle(qtbot, window)
    shown = [shown_cells(tab.upcoming, n) for n in range(tab.upcoming.proxy.rowCount())]
    assert [(cells["日付"], cells["種類"]) for cells in shown] == [
        ("令和2年7月8日（水）", "予定"),
        ("令和2年7月31日（金）", "予定"),
        ("令和2年8月7日（金）", "予定"),
    ]
    counts = {(p, role): n for p, role, n in tab.counts.source.rows()}
    assert counts[("経団連 地域協創アクションプログラム", "連携")] > 0


def change_phone_elsewhere(demo_path: Path, name: str, phone: str) -> None:
    """Another PC saves the organization while the form is open here."""
    db = open_database(str(demo_path))
    token = audit.current_user.set("佐藤")
    try:
        with db.transaction() as session:
            org = session.scalars(sql_select(Organization).where(Organization.name == name)).one()
            org.phone = phone
    finally:
        audit.current_user.reset(token)
        db.close()


@pytest.mark.parametrize("choice", ["overwrite", "reload"])
def test_a_record_changed_elsewhere_is_not_overwritten_unasked(
    window: MainWindow,
    qtbot: QtBot,
    demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    choice: str,
) -> None:
    asked: list[str] = []

    def conflict_choice(_parent: object, text: str) -> str:
        asked.append(text)
        return choice

    monkeypatch.setattr(base, "conflict_choice", conflict_choice)
    tab = window.registrations
    type_into(qtbot, tab.search, "秩父市")
    click_row(qtbot, tab.table, 0)
    settle(qtbot, window)
    tab.edit_button.click()
    dialog = open_dialog(window)
    change_phone_elsewhere(demo_path, "秩父市", "0494-00-0000")
    fill(qtbot, dialog, address="埼玉県秩父市熊木町8-15")
    save(dialog)
    settle(qtbot, window)
    (text,) = asked
    assert "佐藤 さんが変更しました" in text and "電話番号: " in text and "0494-00-0000" in text
    settle(qtbot, window)
    assert not dialog.isVisible()
    db = open_database(str(demo_path))
    try:
        with db.sessions() as session:
            org = session.scalars(
                sql_select(Organization).where(Organization.name == "秩父市")
            ).one()
            stored = (org.address, org.phone)
    finally:
        db.close()
    if choice == "overwrite":  # ours, the whole form as the user saw it
        assert stored[0] == "埼玉県秩父市熊木町8-15" and stored[1] != "0494-00-0000"
    else:  # theirs, and ours dropped; the tab shows the latest
        assert stored[1] == "0494-00-0000" and stored[0] != "埼玉県秩父市熊木町8-15"
        settle(qtbot, window)
        assert "0494-00-0000" in tab.detail_view.toPlainText()
