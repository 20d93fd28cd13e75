"""ファイル ▸ 印刷する集計表: every registered sheet, previewed for what the tabs select, or for
what a small list asks when nothing is selected."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.engine import open_database
from db.models import Organization, Program, Registration
from desktop.imports import pipeline
from desktop.sheets.registry import SHEETS
from desktop.ui import i18n
from desktop.ui.dialogs.sheet_chooser import SheetChooser
from desktop.ui.dialogs.sheet_preview import SheetPreviewDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.sheet_printing import PROMPTS, WHAT_TO_SELECT
from tests.helpers.gui_support import (
    choose,
    choose_council,
    click_row,
    enter,
    open_window,
    press,
    refresh,
    settle,
    show_tab,
    unselect,
    window,  # noqa: F401  (a fixture)
)
from tests.helpers.import_files import filled_expert_form
from tests.helpers.meetings import add_meeting

OPEN_LAB = "地域未来構想20 オープンラボ"


def sheets_menu(window: MainWindow) -> QMenu:
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    (menu,) = [a.menu() for a in file_menu.actions() if a.text() == "印刷する集計表(&T)"]
    assert isinstance(menu, QMenu)
    return menu


def sheet_action(window: MainWindow, label: str) -> QAction:
    (action,) = [a for a in sheets_menu(window).actions() if a.text() == f"{label}…"]
    return action


def shown(kind: type) -> list[object]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def preview_of(window: MainWindow, qtbot: QtBot, action: QAction) -> SheetPreviewDialog:
    action.trigger()
    qtbot.waitUntil(lambda: bool(shown(SheetPreviewDialog)), timeout=60_000)
    settle(qtbot, window)
    (preview,) = shown(SheetPreviewDialog)
    assert isinstance(preview, SheetPreviewDialog)
    return preview


def chooser_of(window: MainWindow, qtbot: QtBot, action: QAction) -> SheetChooser:
    action.trigger()
    qtbot.waitUntil(lambda: bool(shown(SheetChooser)), timeout=20_000)
    (chooser,) = shown(SheetChooser)
    assert isinstance(chooser, SheetChooser)
    return chooser


def add_an_expert(demo_path: Path, tmp_path: Path) -> None:
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


def test_the_menu_lists_every_registered_sheet(window: MainWindow) -> None:
    labels = [a.text() for a in sheets_menu(window).actions()]
    assert labels == [f"{kind.label}…" for kind in SHEETS.values()]


def test_what_a_sheet_takes_from_the_window_one_tab_supplies(window: MainWindow) -> None:
    options = [o for kind in SHEETS.values() for o in kind.options if o.selection]
    for option in options:
        suppliers = [tab for tab in window.all_tabs() if option.selection in tab.supplies]
        assert len(suppliers) == 1, option
    for option in (o for o in options if o.required or o.window_choices):
        assert option.selection in WHAT_TO_SELECT and option.selection in PROMPTS
    # The window asks in its own words, never with the command line's --option.
    assert not [text for text in [*WHAT_TO_SELECT.values(), *PROMPTS.values()] if "--" in text]


def test_every_registered_sheet_previews_from_its_menu_item(
    window: MainWindow, qtbot: QtBot, demo_path: Path, tmp_path: Path
) -> None:
    add_an_expert(demo_path, tmp_path)
    database = open_database(str(demo_path))
    try:  # a meeting of the first council, for the sheets of a meeting
        add_meeting(database, council="近未来技術実装関係省庁連絡会議", number=1)
    finally:
        database.close()
    refresh(window)
    settle(qtbot, window)
    # What the tabs select: a council, an event and its first session, a field of a programme.
    choose_council(qtbot, window)
    show_tab(qtbot, window, window.events)
    click_row(qtbot, window.events.series, 0)
    settle(qtbot, window)
    click_row(qtbot, window.events.sessions, 0)
    registrations = window.registrations
    show_tab(qtbot, window, registrations)
    choose(qtbot, registrations.program_box, OPEN_LAB)
    settle(qtbot, window)
    choose(qtbot, registrations.category_box, "教育")
    settle(qtbot, window)
    show_tab(qtbot, window, window.dashboard)  # whichever tab is shown
    council = window.councils.councils.current()
    series = window.events.series.current()
    assert council is not None and series is not None
    expected = {
        "council-members": f"{council.name} 名簿",
        "symposium-schedule": series.name,
        "participants": "参加者名簿",
        "matching": "教育 マッチング表",
        "expert-catalog": "専門家カタログ",
        "audit-log": "変更履歴",
        "invitation": f"第1回{council.name} 開催通知",
        "reply-form": f"第1回{council.name} 出欠回答票",
        "seating": f"第1回{council.name} 座席表",
        "attendance": f"第1回{council.name} 受付簿・出欠一覧",
    }
    for name, kind in SHEETS.items():
        preview = preview_of(window, qtbot, sheet_action(window, kind.label))
        assert preview.page_labels, name
        assert expected.get(name, "") in preview.windowTitle(), (name, preview.windowTitle())
        press(preview, "閉じる")
        settle(qtbot, window)


def test_a_sheet_that_needs_a_council_asks_for_one_when_none_is_selected(
    window: MainWindow, qtbot: QtBot
) -> None:
    show_tab(qtbot, window, window.registrations)
    chooser = chooser_of(window, qtbot, sheet_action(window, "会議の名簿"))
    councils = [chooser.box.itemText(i) for i in range(chooser.box.count())]
    assert "近未来技術実装関係省庁連絡会議" in councils and len(councils) > 1
    choose(qtbot, chooser.box, "近未来技術実装関係省庁連絡会議")
    press(chooser, "印刷プレビュー")
    qtbot.waitUntil(lambda: bool(shown(SheetPreviewDialog)), timeout=60_000)
    (preview,) = shown(SheetPreviewDialog)
    assert isinstance(preview, SheetPreviewDialog)
    assert "近未来技術実装関係省庁連絡会議 名簿" in preview.windowTitle()
    press(preview, "閉じる")


def test_a_sheets_options_are_ticked_in_its_preview_with_the_command_lines_defaults(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The member list of the 連絡会議 without its 幹事会 and without contacts, as
    `print council-members --council …` makes it; ticked in the preview, made again with them."""
    choose_council(qtbot, window, "近未来技術実装関係省庁連絡会議")
    settle(qtbot, window)
    preview = preview_of(window, qtbot, sheet_action(window, "会議の名簿"))
    children = preview.switches["children"]
    assert children.text() == "下部の会議（幹事会など）も載せる" and not children.isChecked()
    assert not preview.switches["contacts"].isChecked()
    alone = [s.heading for s in preview.preview.sheet.sections]
    qtbot.mouseClick(children, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: bool(shown(SheetPreviewDialog)) and shown(SheetPreviewDialog)[0] is not preview,
        timeout=60_000,
    )
    settle(qtbot, window)
    (again,) = shown(SheetPreviewDialog)
    assert isinstance(again, SheetPreviewDialog) and again.switches["children"].isChecked()
    with_board = [s.heading for s in again.preview.sheet.sections]
    assert len(with_board) > len(alone) and any("幹事会" in (h or "") for h in with_board)
    press(again, "閉じる")


def remade(qtbot: QtBot, window: MainWindow, before: SheetPreviewDialog) -> SheetPreviewDialog:
    qtbot.waitUntil(
        lambda: bool(shown(SheetPreviewDialog)) and shown(SheetPreviewDialog)[0] is not before,
        timeout=60_000,
    )
    settle(qtbot, window)
    (again,) = shown(SheetPreviewDialog)
    assert isinstance(again, SheetPreviewDialog)
    return again


def test_the_day_and_the_headings_language_are_changed_in_the_preview(
    window: MainWindow, qtbot: QtBot
) -> None:
    """`--as-of` and English headings from the window: a date typed in the preview's 時点 and
    Enter make the list again for that day; 英語の見出し makes this sheet in English only."""
    choose_council(qtbot, window, "近未来技術実装関係省庁連絡会議")
    settle(qtbot, window)
    preview = preview_of(window, qtbot, sheet_action(window, "会議の名簿"))
    day = preview.dates["as_of"]
    assert preview.preview.sheet.as_of == f"{day.text()}現在"  # the day the roster shows
    enter(qtbot, day, "令和5年4月1日")
    then = remade(qtbot, window, preview)
    assert then.preview.sheet.as_of == "令和5年4月1日現在"
    assert then.dates["as_of"].text() == "令和5年4月1日"
    qtbot.mouseClick(then.switches["english"], Qt.MouseButton.LeftButton)
    english = remade(qtbot, window, then)
    assert english.switches["english"].isChecked()
    sheet = english.preview.sheet
    assert [c.title for c in sheet.columns][:2] == ["Role", "Position"]
    assert sheet.as_of == "as of 2023-04-01"
    assert english.dates["as_of"].text() == "令和5年4月1日"  # the day chosen stays
    assert not window.english_headings_action.isChecked()  # the setting is not changed
    press(english, "閉じる")


def test_a_date_the_preview_cannot_read_is_said_and_nothing_is_made_again(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_council(qtbot, window, "近未来技術実装関係省庁連絡会議")
    settle(qtbot, window)
    preview = preview_of(window, qtbot, sheet_action(window, "会議の名簿"))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    day = preview.dates["as_of"]
    enter(qtbot, day, "令和5年13月1日")
    assert len(said) == 1 and "時点" in said[0]
    assert shown(SheetPreviewDialog) == [preview]
    press(preview, "閉じる")


def test_the_session_list_starts_at_the_selected_event_and_cancelling_prints_nothing(
    window: MainWindow, qtbot: QtBot
) -> None:
    events = window.events
    show_tab(qtbot, window, events)
    click_row(qtbot, events.series, 1)
    settle(qtbot, window)
    unselect(qtbot, events.sessions)  # the event chosen, not yet which session
    series = events.series.current()
    assert series is not None and events.sessions.current() is None
    chooser = chooser_of(window, qtbot, sheet_action(window, "参加者名簿（受付簿）"))
    assert chooser.box.currentText() == f"{series.name} 第1回"
    press(chooser, "キャンセル")
    settle(qtbot, window)
    assert not shown(SheetPreviewDialog)


def test_a_field_is_asked_for_with_its_programme(window: MainWindow, qtbot: QtBot) -> None:
    chooser = chooser_of(window, qtbot, sheet_action(window, "分野ごとのマッチング表"))
    choose(qtbot, chooser.box, f"{OPEN_LAB}　教育")
    press(chooser, "印刷プレビュー")
    qtbot.waitUntil(lambda: bool(shown(SheetPreviewDialog)), timeout=60_000)
    (preview,) = shown(SheetPreviewDialog)
    assert isinstance(preview, SheetPreviewDialog)
    assert "教育 マッチング表" in preview.windowTitle()
    press(preview, "閉じる")


def test_ctrl_p_prints_the_tabs_own_sheet(window: MainWindow, qtbot: QtBot) -> None:
    show_tab(qtbot, window, window.dashboard)  # the coming weeks
    (ctrl_p,) = [
        a
        for a in window.findChildren(QAction)
        if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    ]
    preview = preview_of(window, qtbot, ctrl_p)
    assert "今後の予定と期限" in preview.windowTitle()
    press(preview, "閉じる")


def experts_in(demo_path: Path, count: int) -> list[str]:
    """An expert offering in each of the first `count` programmes; their names."""
    database = open_database(str(demo_path))
    try:
        with database.transaction() as session:
            with_fields = select(Program).where(Program.categories.any()).order_by(Program.id)
            programmes = session.scalars(with_fields.limit(count)).all()
            expert = Organization(kind="company", name="株式会社カタログ", kana="かたろぐ")
            session.add_all(
                Registration(
                    organization=expert,
                    program=p,
                    role="offer",
                    summary="遠隔診療",
                    categories=[p.categories[0]],
                )
                for p in programmes
            )
            return [p.name for p in programmes]
    finally:
        database.close()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_expert_catalogue_asks_for_its_programme_in_the_windows_own_words(
    lang: str, qapp: QApplication, qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Experts in two programmes and none chosen on the 登録 tab: the window lists the two, in
    its own words, never the command line's --program."""
    programmes = experts_in(demo_path, 2)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(str(a[2])))
    installed = i18n.install(qapp, lang)
    try:
        with open_window(qtbot, str(demo_path)) as window:
            kind = SHEETS["expert-catalog"]
            label = kind.label if lang == "ja" else kind.label_en
            (action,) = [a for a in window.findChildren(QAction) if a.text() == f"{label}…"]
            chooser = chooser_of(window, qtbot, action)
            prompts = [label.text() for label in chooser.findChildren(QLabel)]
            assert prompts == (["印刷する事業:"] if lang == "ja" else ["Programme to print:"])
            assert [chooser.box.itemText(i) for i in range(chooser.box.count())] == programmes
            choose(qtbot, chooser.box, programmes[1])
            press(chooser, "印刷プレビュー" if lang == "ja" else "Print preview")
            qtbot.waitUntil(lambda: bool(shown(SheetPreviewDialog)), timeout=60_000)
            (preview,) = shown(SheetPreviewDialog)
            assert isinstance(preview, SheetPreviewDialog)
            assert programmes[1] in preview.windowTitle()
            assert "--" not in window.statusBar().currentMessage()
            press(preview, "閉じる" if lang == "ja" else "Close")
            settle(qtbot, window)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        i18n.set_language("ja")
    assert warnings == []


def test_the_expert_catalogue_of_the_only_programme_with_experts_asks_nothing(
    window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    (programme,) = experts_in(demo_path, 1)
    preview = preview_of(window, qtbot, sheet_action(window, "専門家カタログ"))
    assert not shown(SheetChooser)
    assert programme in preview.windowTitle()
    press(preview, "閉じる")
