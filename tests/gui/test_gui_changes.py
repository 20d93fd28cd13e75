"""Every tab follows every change: what one tab, dialog or import saves shows on the others at
once, without F5, and what was selected stays selected."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from db.engine import open_database
from db.models import Organization, Program, Registration
from desktop.ui.dialogs.form import FormDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.record_table import RecordTable
from tests.helpers.gui_support import (
    choose,
    click_row,
    enter,
    fill,
    menu_action,
    popups_offscreen,
    press,
    refresh,
    settle,
    show_tab,
    type_into,
    window,  # noqa: F401  (a fixture)
)

OPENLAB = "地域未来構想20 オープンラボ"


def the_form() -> FormDialog:
    (form,) = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, FormDialog) and w.isVisible()
    ]
    return form


def save(qtbot: QtBot, window: MainWindow, form: FormDialog, **values: str) -> None:
    """Type the values and press 保存, as the user does."""
    fill(qtbot, form, **values)
    press(form, QDialogButtonBox.StandardButton.Save)
    settle(qtbot, window)
    assert not form.isVisible(), form.error_label.text()


def select(qtbot: QtBot, table: RecordTable, **wanted: object) -> None:  # type: ignore[type-arg]
    """Click the row the table shows with these values."""
    for row_number, row in enumerate(table.shown_rows()):
        if all(getattr(row, k) == v for k, v in wanted.items()):
            click_row(qtbot, table, row_number)
            return
    raise AssertionError(f"no row with {wanted}")


def test_a_session_saved_on_the_events_tab_shows_on_the_dashboard(
    window: MainWindow, qtbot: QtBot
) -> None:
    board = window.dashboard
    enter(qtbot, board.as_of_edit, "2022/1/5")  # in the fiscal year of the first series (R3)
    settle(qtbot, window)

    def held() -> list[tuple[dt.date, str]]:
        return [(i.date, str(i.label)) for i in board.upcoming.source.rows() if i.kind == "session"]

    before = held()

    events = window.events
    show_tab(qtbot, window, events)
    click_row(qtbot, events.series, 0)
    settle(qtbot, window)
    events.add_session_button.click()
    save(qtbot, window, the_form(), theme="変更の伝わり方", date="2022/1/20")

    ((day, label),) = set(held()) - set(before)
    assert day == dt.date(2022, 1, 20) and "変更の伝わり方" in label
    assert events.sessions.current() is not None
    assert events.sessions.current().theme == "変更の伝わり方"  # the saved one stays selected


def test_an_organization_renamed_on_the_registrations_tab_shows_on_the_councils_tab(
    window: MainWindow, qtbot: QtBot
) -> None:
    councils = window.councils
    proposed = [p for p in councils.projects.source.rows() if "秩父市" in p.proposers]
    assert proposed
    show_tab(qtbot, window, councils)
    select(qtbot, councils.projects, id=proposed[0].id)
    settle(qtbot, window)

    tab = window.registrations
    show_tab(qtbot, window, tab)
    type_into(qtbot, tab.search, "秩父市")
    select(qtbot, tab.table, name="秩父市")
    settle(qtbot, window)
    tab.edit_button.click()
    save(qtbot, window, the_form(), name="秩父市（埼玉県）")

    renamed = {p.id: p.proposers for p in councils.projects.source.rows()}
    assert all("秩父市（埼玉県）" in renamed[p.id] for p in proposed)
    assert councils.projects.current().id == proposed[0].id  # still the project chosen
    assert councils.project is not None and "秩父市（埼玉県）" in councils.project.proposers


def test_a_registration_added_on_the_registrations_tab_is_counted_on_the_dashboard(
    window: MainWindow, qtbot: QtBot
) -> None:
    board = window.dashboard

    def interested() -> int:
        rows = board.counts.source.rows()
        return next((n for program, role, n in rows if program == OPENLAB and role == "関心"), 0)

    before = interested()
    tab = window.registrations
    type_into(qtbot, tab.search, "秩父市")
    select(qtbot, tab.table, name="秩父市")
    settle(qtbot, window)
    tab.add_registration_button.click()
    openlab = next(p for p in tab.programs if p.name == OPENLAB)
    education = next(str(c.id) for c in openlab.categories if c.name == "教育")
    save(qtbot, window, the_form(), categories=education, received_on="R2.7.20")
    assert interested() == before + 1
    assert tab.table.current().name == "秩父市"


def test_a_merge_of_duplicates_updates_the_tabs_that_show_them(
    window: MainWindow, qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(str(demo_path))
    try:
        with db.transaction() as session:
            session.add_all(
                [
                    Organization(kind="company", name="株式会社まなび", kana="まなび"),
                    Organization(kind="company", name="㈱まなび"),
                ]
            )
    finally:
        db.close()
    refresh(window)  # F5: added by another program
    settle(qtbot, window)
    tab = window.registrations
    assert "㈱まなび" in [o.name for o in tab.table.source.rows()]
    select(qtbot, tab.table, name="秩父市")
    settle(qtbot, window)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    menu_action(window, "編集(&E)", "重複の確認(&D)…").trigger()
    settle(qtbot, window)
    dialog = window.duplicates_dialog
    assert dialog is not None
    names = [p.first.name for p in dialog.pairs.shown_rows()]
    click_row(qtbot, dialog.pairs, names.index("株式会社まなび"))
    dialog.keep_left.click()
    settle(qtbot, window)

    shown = [o.name for o in tab.table.source.rows()]
    assert "㈱まなび" not in shown and "株式会社まなび" in shown
    assert tab.table.current().name == "秩父市"  # the selection is kept
    press(dialog, "閉じる")


def test_the_duplicates_dialog_follows_an_edit_on_the_registrations_tab(
    window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    db = open_database(str(demo_path))
    try:
        with db.transaction() as session:
            session.add_all(
                [
                    Organization(kind="company", name="株式会社まなび", kana="まなび"),
                    Organization(kind="company", name="㈱まなび"),
                    Organization(kind="company", name="北商事", email="office@kita.example.jp"),
                    Organization(kind="company", name="南商事", email="office@kita.example.jp"),
                ]
            )
    finally:
        db.close()
    refresh(window)  # F5: added by another program
    settle(qtbot, window)
    menu_action(window, "編集(&E)", "重複の確認(&D)…").trigger()  # Ctrl+Shift+D
    settle(qtbot, window)
    dialog = window.duplicates_dialog
    assert dialog is not None and dialog.isVisible()
    names = [p.first.name for p in dialog.pairs.shown_rows()]
    click_row(qtbot, dialog.pairs, names.index("株式会社まなび"))
    assert dialog.pairs.current().reasons == ("同じ名称",)

    # The dialog stays open beside the window: the other record is corrected on its tab.
    tab = window.registrations
    type_into(qtbot, tab.search, "㈱まなび")
    select(qtbot, tab.table, name="㈱まなび")
    settle(qtbot, window)
    tab.edit_button.click()
    save(qtbot, window, the_form(), kana="マナビ")

    assert dialog.isVisible()
    pair = dialog.pairs.current()  # the same pair, still selected, with what changed
    assert pair is not None and (pair.first.name, pair.second.name) == (
        "株式会社まなび",
        "㈱まなび",
    )
    assert pair.reasons == ("同じ名称", "同じフリガナ")
    assert "フリガナ\nまなび" in dialog.right.toPlainText()  # kept in hiragana
    with popups_offscreen():  # (the offscreen platform cannot raise a window)
        menu_action(window, "編集(&E)", "重複の確認(&D)…").trigger()  # again: the same, in front
    assert window.duplicates_dialog is dialog
    assert [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w.windowTitle() == dialog.windowTitle()
    ] == [dialog]
    press(dialog, "閉じる")


def test_the_matching_dialog_follows_a_registration_saved_on_the_registrations_tab(
    window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    db = open_database(str(demo_path))
    try:
        with db.transaction() as session:
            openlab = session.scalars(sqlalchemy.select(Program).filter_by(name=OPENLAB)).one()
            education = next(c for c in openlab.categories if c.name == "教育")
            town = Organization(kind="municipality", name="架空町", kana="かくうちょう")
            session.add(
                Registration(
                    organization=town, program=openlab, role="interest", categories=[education]
                )
            )
    finally:
        db.close()
    tab = window.registrations
    menu_action(window, "表示(&V)", "マッチング（分野ごと）…").trigger()  # Ctrl+M
    settle(qtbot, window)
    dialog = tab.matching_dialog
    assert dialog is not None and dialog.isVisible()
    choose(qtbot, dialog.category_box, f"{OPENLAB} — 教育")
    settle(qtbot, window)
    interested = dialog.tables["interested"]
    assert [r.name for r in interested.shown_rows()] == ["架空町"]
    chosen = interested.current()
    assert chosen is not None

    # The dialog stays open beside the window: 秩父市 registers its interest on the tab.
    type_into(qtbot, tab.search, "秩父市")
    select(qtbot, tab.table, name="秩父市")
    settle(qtbot, window)
    tab.add_registration_button.click()
    programme = next(p for p in tab.programs if p.name == OPENLAB)
    field = next(str(c.id) for c in programme.categories if c.name == "教育")
    save(qtbot, window, the_form(), categories=field, received_on="R2.7.20")

    assert dialog.isVisible()
    assert {r.name for r in interested.shown_rows()} == {"秩父市", "架空町"}
    assert dialog.titles["interested"].text() == "関心のある地方公共団体（2）"
    assert interested.current() is not None and interested.current().id == chosen.id
    press(dialog, "閉じる")


def test_the_worker_announces_what_a_job_committed_and_nothing_for_a_read(
    window: MainWindow, qtbot: QtBot
) -> None:
    announced: list[object] = []
    window.worker.changed.connect(announced.append)
    tab = window.registrations
    show_tab(qtbot, window, tab)
    menu_action(window, "ファイル(&F)", "新規追加(&N)…").trigger()  # Ctrl+N
    save(qtbot, window, the_form(), name="変更通知株式会社", kind="company")
    refresh(window)  # F5: reads only
    settle(qtbot, window)
    (added,) = [o for o in tab.table.source.rows() if o.name == "変更通知株式会社"]
    (changed,) = announced
    assert changed.inserted == {"organization": {added.id}}  # type: ignore[attr-defined]
