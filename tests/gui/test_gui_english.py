"""The window in English (--lang en, or "lang": "en" in the settings): the Japanese texts of
the code translated through the catalogue of user text (resources/translations/secdesk_en.ts,
kept up to date with Qt Linguist's lupdate)."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.catalogue import LUPDATE_SOURCES, translate
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    answering_modal,
    choose,
    click_row,
    enter,
    escape,
    fill,
    menu_action,
    open_dialog,
    open_window,
    press,
    save,
    settle,
    show_tab,
    shown_cells,
    shown_column,
    type_into,
)
from tests.helpers.paths import ROOT

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    installed = i18n.install(qapp, "en")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    i18n.set_language("ja")


# Shown in both languages on purpose, so that either reader finds the way back.
BILINGUAL = {"言語 / Language", *i18n.LANGUAGES.values()}


def untranslated(texts: list[str], data: list[str] = ()) -> list[str]:  # type: ignore[assignment]
    """The texts with Japanese left once the data shown in them (names …) is taken out."""
    left = []
    for text in texts:
        if text in BILINGUAL:
            continue
        for value in data:
            text = text.replace(value, "")
        # Examples of what to type are Japanese data on purpose (e.g. 秩父市, 令和2年度).
        text = re.sub(r"e\.g\. [^()]*", "", text)
        if JAPANESE.search(text):
            left.append(text)
    return left


def demo_data(demo_path: Path) -> list[str]:
    """Every text of the demo's records, longest first (they are data, not the window's words)."""
    from db.engine import open_database
    from db.export import export_data

    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str) and len(value) >= 1:
            found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    database = open_database(str(demo_path))
    try:
        with database.sessions() as session:
            walk(export_data(session, "test"))
    finally:
        database.close()
    return sorted(found, key=len, reverse=True)


def visible_texts(root: QWidget) -> list[str]:
    """What a user reads on a window or dialog: titles, buttons, labels, hints, headers, tabs."""
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QAbstractButton):
            texts += [widget.text(), widget.toolTip()]
        elif isinstance(widget, QLabel):
            texts.append(re.sub(r"<[^>]+>", "", widget.text()))
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTableView):
            model = widget.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal))
                for c in range(model.columnCount())
            ]
    return [t for t in texts if t]


def test_the_main_window_speaks_english(english: None, qtbot: QtBot, demo_path: Path) -> None:
    with open_window(qtbot, str(demo_path)) as window:
        assert window.windowTitle().startswith("Secretariat Desk")
        tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert tabs == ["Registrations", "Councils", "Events", "Dashboard"]
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == ["&File", "&Edit", "&Meetings", "&View", "&Help"]
        items = [
            item.text()
            for menu_action in window.menuBar().actions()
            if isinstance(menu := menu_action.menu(), QMenu)
            for item in menu.actions()
            if not item.isSeparator()
        ]
        items += [  # the language submenu's own items
            item.text()
            for action in window.findChildren(QMenu)
            for item in action.actions()
            if not item.isSeparator()
        ]
        assert untranslated(items) == [] and "&Import Excel…" in items
        assert window.db_label.text().startswith("Database: ")
        headers = [
            str(table.model().headerData(c, Qt.Orientation.Horizontal))
            for table in window.findChildren(QTableView)
            for c in range(table.model().columnCount())
        ]
        assert untranslated(headers) == [] and "Organization" in headers


def test_the_events_tab_spells_its_series_and_sessions_in_english(
    english: None, qtbot: QtBot, demo_path: Path
) -> None:
    """The operations hand the series and sessions over as values; the window writes their
    years and dates the English way and the format in English."""
    with open_window(qtbot, str(demo_path)) as window:
        bar = window.tabs.tabBar()
        events_tab = [window.tabs.tabText(i) for i in range(window.tabs.count())].index("Events")
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(events_tab).center())
        settle(qtbot, window)
        series = window.events.series
        years = {shown_cells(series, row)["Fiscal year"] for row in range(series.proxy.rowCount())}
        assert years and all(re.fullmatch(r"FY20[0-9][0-9]|", year) for year in years), years
        sessions = window.events.sessions
        first = shown_cells(sessions, 0)
        assert (first["Date"], first["Time"]) == ("2021-10-01 (Fri)", "13:30～15:00"), first
        formats = {shown_cells(sessions, row)["Format"] for row in range(sessions.proxy.rowCount())}
        assert formats and formats <= {"", "web", "Venue", "Venue and web"}, formats
        click_row(qtbot, sessions, 0)
        settle(qtbot, window)
        detail = window.events.detail_view.toPlainText()
        assert "Date and time" in detail and "2021-10-01 (Fri) 13:30～15:00" in detail, detail


@pytest.fixture(params=["ja", "en"])
def either_language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The window in Japanese, then in English."""
    installed = i18n.install(qapp, request.param)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)
    i18n.set_language("ja")


def click_tab(qtbot: QtBot, window: MainWindow, title: str) -> None:
    """The user clicks the tab of that title."""
    bar = window.tabs.tabBar()
    index = [window.tabs.tabText(i) for i in range(window.tabs.count())].index(title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    settle(qtbot, window)


REGISTRATION_CELLS = {
    "ja": (
        {"区分": "市区町村"},
        {"区分": "関心", "状態": "受付", "受付日": "令和2年7月20日", "公表": "可"},
    ),
    "en": (
        {"Kind": "Municipality"},
        {"Kind": "Interest", "Status": "Received", "Received": "2020-07-20", "Public": "Yes"},
    ),
}


def test_the_registrations_tab_spells_kinds_roles_statuses_and_dates(
    either_language: str, qtbot: QtBot, demo_path: Path
) -> None:
    """The operations hand organizations and registrations over with codes and dates; the
    window names them and writes the date in its own language."""
    organization_cells, registration_cells = REGISTRATION_CELLS[either_language]
    with open_window(qtbot, str(demo_path)) as window:
        click_tab(qtbot, window, translate("登録", either_language))
        tab = window.registrations
        type_into(qtbot, tab.search, "秩父市")
        click_row(qtbot, tab.table, 0)
        settle(qtbot, window)
        shown = shown_cells(tab.table, 0)
        assert {title: shown[title] for title in organization_cells} == organization_cells
        qtbot.mouseClick(tab.add_registration_button, Qt.MouseButton.LeftButton)
        form = open_dialog(window)
        fields = tab.programs[0].categories
        fill(qtbot, form, categories=str(fields[0].id), received_on="R2.7.20", publish_consent="1")
        save(form)
        settle(qtbot, window)
        shown = shown_cells(tab.registrations, 0)
        assert {title: shown[title] for title in registration_cells} == registration_cells


SUPPORT_STATUSES = ("支援前", "支援中", "延長中", "今年度末で終了予定", "終了", "継続の記録なし")
FISCAL_YEAR = {"ja": r"(平成|令和)(元|[0-9]+)年度", "en": r"FY20[0-9][0-9]"}
DAY = {
    "ja": r"(平成|令和)(元|[0-9]+)年[0-9]+月[0-9]+日",
    "en": r"20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]",
}


def test_the_councils_tab_spells_years_statuses_roles_and_terms(
    either_language: str, qtbot: QtBot, demo_path: Path
) -> None:
    """The operations hand projects, councils and members over with fiscal years, dates and
    codes; the window writes them in its own language."""
    lang = either_language
    words = {
        text: translate(text, lang) for text in ("協議会", "会議・協議会", "種別", "役割", "任期")
    }
    with open_window(qtbot, str(demo_path)) as window:
        click_tab(qtbot, window, words["協議会"])
        tab = window.councils
        projects = tab.projects
        for title in ("選定年度", "支援終了"):
            years = shown_column(projects, translate(title, lang))
            assert years and all(re.fullmatch(FISCAL_YEAR[lang], y) for y in years), years
        statuses = set(shown_column(projects, translate("支援状況", lang)))
        assert statuses and statuses <= {translate(s, lang) for s in SUPPORT_STATUSES}, statuses
        continuations = shown_column(projects, translate("継続申請", lang))
        assert lang == "ja" or not any(JAPANESE.search(c) for c in continuations), continuations

        choose(qtbot, tab.view_box, words["会議・協議会"])
        settle(qtbot, window)
        kinds = set(shown_column(tab.councils, words["種別"]))
        assert translate("関係省庁連絡会議", lang) in kinds, kinds
        assert lang == "ja" or not any(JAPANESE.search(k) for k in kinds), kinds
        click_row(qtbot, tab.councils, 0)
        settle(qtbot, window)
        members = tab.roster.members
        assert shown_column(members, words["役割"])[0] == translate("議長", lang)
        click_row(qtbot, members, 0)  # the chair's seat goes to someone new: the terms get dates
        settle(qtbot, window)
        qtbot.mouseClick(tab.roster.replace_button, Qt.MouseButton.LeftButton)
        form = open_dialog(window)
        fill(qtbot, form, from_date="2022-04-01", name="新任 太郎")
        save(form)
        settle(qtbot, window)
        terms = [t for t in shown_column(members, words["任期"]) if t]
        day = DAY[lang]
        assert terms and all(re.fullmatch(f"({day})?～({day})?", t) for t in terms), terms


def test_the_dashboard_spells_what_is_coming_up(
    either_language: str, qtbot: QtBot, demo_path: Path
) -> None:
    """What is coming up comes as kinds and values; the window names the kind and writes the
    session's number and the date in its own language."""
    lang = either_language
    with open_window(qtbot, str(demo_path)) as window:
        click_tab(qtbot, window, translate("ダッシュボード", lang))
        board = window.dashboard
        enter(qtbot, board.as_of_edit, "2021-09-25")  # a week before the R3 series begins
        settle(qtbot, window)
        rows = [shown_cells(board.upcoming, n) for n in range(board.upcoming.proxy.rowCount())]
        kind, what, day = (translate(t, lang) for t in ("種類", "内容", "日付"))
        sessions = [r for r in rows if r[kind] == translate("開催", lang)]
        assert sessions, rows
        first = sessions[0]
        if lang == "ja":
            assert re.fullmatch(r"令和3年(9|10)月[0-9]+日（.）", first[day]), first
            assert "第" in first[what], first
        else:
            assert re.fullmatch(r"2021-(09|10)-[0-9][0-9] \([A-Z][a-z][a-z]\)", first[day]), first
            assert ", session " in first[what] and "第" not in first[what], first


def test_a_participant_added_and_cancelled_is_told_in_english(
    english: None, qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[list[str]] = []

    def choose(_parent: object, _title: str, _label: str, items: list[str], *_a: object):  # type: ignore[no-untyped-def]
        offered.append(items)
        return "Cancelled", True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    with open_window(qtbot, str(demo_path)) as window:
        show_tab(qtbot, window, window.events)
        settle(qtbot, window)
        tab = window.events
        click_row(qtbot, tab.sessions, 0)
        settle(qtbot, window)
        number = tab.sessions.current().number
        qtbot.mouseClick(tab.add_participant_button, Qt.MouseButton.LeftButton)
        form = open_dialog(window)
        fill(qtbot, form, name="山田　太郎", organization="秩父市")
        save(form)
        settle(qtbot, window)
        said = window.statusBar().currentMessage()
        assert said == f"Registered 山田　太郎 for session {number}.", said

        click_row(qtbot, tab.participants, 0)
        settle(qtbot, window)
        qtbot.mouseClick(tab.status_button, Qt.MouseButton.LeftButton)
        settle(qtbot, window)
        assert offered and "Cancelled" in offered[0] and untranslated(offered[0]) == []
        said = window.statusBar().currentMessage()
        assert said == "Set 山田　太郎 to “Cancelled”.", said


def test_japanese_stays_the_default(qtbot: QtBot, demo_path: Path) -> None:
    window = MainWindow(str(demo_path), offer_demo=False)
    qtbot.addWidget(window)
    try:
        assert window.tabs.tabText(0) == "登録"
    finally:
        window.close()


def test_the_language_is_a_setting(
    qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop import settings

    assert settings.get(settings.LANGUAGE) == "ja"
    window = MainWindow(str(demo_path), offer_demo=False)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    with qtbot.waitSignal(window.database_opened, timeout=30_000):
        window.show()
    settle(qtbot, window)
    try:
        menu_action(window, "表示(&V)", "言語 / Language", "English").trigger()
    finally:
        window.close()
    assert settings.get(settings.LANGUAGE) == "en"


def test_every_tab_and_the_main_dialogs_speak_english(
    english: None, qtbot: QtBot, demo_path: Path
) -> None:
    from desktop.ui.dialogs.connect import ConnectDialog
    from tests.helpers.gui_support import open_dialog

    data = demo_data(demo_path)
    with open_window(qtbot, str(demo_path)) as window:
        for index in range(window.tabs.count()):
            show_tab(qtbot, window, window.tabs.widget(index))
            settle(qtbot, window)
            assert untranslated(visible_texts(window.tabs.currentWidget()), data) == []
        show_tab(qtbot, window, window.registrations)
        settle(qtbot, window)
        window.registrations.add_button.click()  # the record form
        form = open_dialog(window)
        assert untranslated(visible_texts(form), data) == []
        escape(qtbot, form)
        dialogs: list[QWidget] = []
        for path in (
            ("&File", "Backups / restore…"),
            ("&Edit", "Change &history (all)…"),
            ("&Edit", "Review &duplicates…"),
            ("&View", "Matching (by field)…"),
        ):
            menu_action(window, *path).trigger()
            settle(qtbot, window)
            dialogs += [
                w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window
            ]
        for dialog in dialogs:
            assert untranslated(visible_texts(dialog), data) == [], dialog.windowTitle()

        def read_and_cancel(dialog: QWidget) -> None:
            assert untranslated(visible_texts(dialog), data) == [], dialog.windowTitle()
            escape(qtbot, dialog)

        with answering_modal(ConnectDialog, read_and_cancel):
            menu_action(window, "&File", "Connect to a &server database…").trigger()


def japanese_marks(texts: list[str], data: list[str]) -> list[str]:
    """The texts with Japanese punctuation left once the data shown in them is taken out (a
    list of names joined with 、 in the English window)."""
    left = []
    for text in texts:
        for value in data:
            text = text.replace(value, "")
        if re.search(r"[、。（）「」]", text):
            left.append(text)
    return left


def shown_texts(root: QWidget) -> list[str]:
    """What the tables, labels and text panes of a window show now, cell by cell."""
    texts = []
    for view in root.findChildren(QTableView):
        model = view.model()
        if view.isVisible() and model is not None:
            for row in range(min(model.rowCount(), 60)):
                texts += [str(model.index(row, c).data() or "") for c in range(model.columnCount())]
    texts += [re.sub(r"<[^>]+>", "", w.text()) for w in root.findChildren(QLabel) if w.isVisible()]
    return [t for t in texts if t]


def test_every_cell_and_history_the_window_shows_is_english(
    english: None, qtbot: QtBot, demo_path: Path
) -> None:
    data = demo_data(demo_path)
    with open_window(qtbot, str(demo_path)) as window:
        for index in range(window.tabs.count()):
            show_tab(qtbot, window, window.tabs.widget(index))
            settle(qtbot, window)
            tab = window.tabs.currentWidget()
            for view in tab.findChildren(QTableView):  # a record chosen: its detail shows
                if view.isVisible() and view.model().rowCount():
                    click_row(qtbot, view, 0)
                    settle(qtbot, window)
            assert untranslated(shown_texts(tab), data) == [], window.tabs.tabText(index)
            assert japanese_marks(shown_texts(tab), data) == [], window.tabs.tabText(index)
        show_tab(qtbot, window, window.registrations)
        settle(qtbot, window)
        click_row(qtbot, window.registrations.table, 0)
        settle(qtbot, window)
        window.registrations.history_button.click()  # the record's Change history
        settle(qtbot, window)
        history = window.registrations.history_dialog
        assert history is not None and history.table.proxy.rowCount() > 0
        assert untranslated(shown_texts(history), data) == []
        escape(qtbot, history)
        menu_action(window, "&Edit", "Change &history (all)…").trigger()
        settle(qtbot, window)
        log = window.audit_log_dialog
        assert log is not None and log.table.proxy.rowCount() > 0
        assert untranslated(shown_texts(log), data) == []
        escape(qtbot, log)


def test_sheets_stay_japanese_unless_english_headings_are_asked_for(
    demo_path: Path, tmp_path: Path
) -> None:
    import json

    from tests.helpers.cli_support import secdesk

    sheets = {}
    for flag in ([], ["--english-headings"]):
        out = tmp_path / f"projects{len(flag)}.json"
        done = secdesk(
            "--db", demo_path, "report", "projects", "--as-of", "2021-04-01", "--format", "json",
            "-o", out, *flag,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        sheets[bool(flag)] = json.loads(out.read_text(encoding="utf-8"))
    japanese, english = sheets[False], sheets[True]
    assert japanese["title"] == "選定事業一覧" and japanese["as_of"] == "令和3年4月1日現在"
    assert english["title"] == "Selected projects" and english["as_of"] == "as of 2021-04-01"
    assert english["columns"] == ["No.", "Proposers", "Proposal title", "Technology",
                                  "Support term", "Status"]  # fmt: skip
    # The records are the same, only the headings differ.
    rows = [list(r.values()) for s in japanese["sections"] for r in s["rows"]]
    assert rows == [list(r.values()) for s in english["sections"] for r in s["rows"]]


def test_every_text_of_the_code_has_its_english(tmp_path: Path) -> None:
    """The .ts in the repository is what lupdate finds in the code today, all translated (a new
    tr() text fails here until resources/translations/secdesk_en.ts has its English)."""
    import shutil
    import sys
    import xml.etree.ElementTree as ET

    root = ROOT
    kept = root / "resources" / "translations" / "secdesk_en.ts"
    fresh = tmp_path / "fresh.ts"
    shutil.copy(kept, fresh)
    sources = [path for pattern in LUPDATE_SOURCES for path in sorted(root.glob(pattern))]
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), *map(str, sources), "-ts", str(fresh), "-no-obsolete", "-silent"],
        check=True,
        capture_output=True,
    )

    def texts(ts: Path) -> dict[tuple[str, str], str | None]:
        return {
            (m.findtext("source") or "", m.findtext("comment") or ""): (
                None
                if m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
                else m.findtext("translation")
            )
            for m in ET.parse(ts).iter("message")
        }

    found, kept_texts = texts(fresh), texts(kept)
    assert sorted(set(found) - set(kept_texts)) == [], "run lupdate and translate the new texts"
    assert sorted(set(kept_texts) - set(found)) == [], "run lupdate -no-obsolete: texts are gone"
    assert [source for source, english in found.items() if not english] == []


def english_sheet_items(window: MainWindow) -> dict[str, QAction]:
    """The items of File ▸ Print a sheet in the English window, by their text."""
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    (sheets,) = [a.menu() for a in file_menu.actions() if a.text() == "Prin&t a sheet"]
    assert isinstance(sheets, QMenu)
    return {a.text(): a for a in sheets.actions()}


def test_the_sheets_menu_and_its_chooser_speak_english(
    english: None, qtbot: QtBot, demo_path: Path
) -> None:
    from desktop.ui.dialogs.sheet_chooser import SheetChooser

    data = demo_data(demo_path)
    with open_window(qtbot, str(demo_path)) as window:
        items = english_sheet_items(window)
        assert untranslated(list(items)) == [] and "Council member list…" in items
        items["Council member list…"].trigger()  # nothing selected: asked which
        qtbot.waitUntil(lambda: bool(window.findChildren(SheetChooser)), timeout=20_000)
        (chooser,) = window.findChildren(SheetChooser)
        assert chooser.box.count() > 0
        assert untranslated(visible_texts(chooser), data) == []
        escape(qtbot, chooser)


def test_the_label_papers_are_named_in_english_in_the_print_preview(
    english: None, qtbot: QtBot, demo_path: Path
) -> None:
    from desktop.ui.dialogs.sheet_chooser import SheetChooser
    from tests.helpers.previews import shown_previews

    with open_window(qtbot, str(demo_path)) as window:
        items = english_sheet_items(window)
        items["Address labels (council members)…"].trigger()
        qtbot.waitUntil(
            lambda: bool(window.findChildren(SheetChooser)) or bool(shown_previews()),
            timeout=60_000,
        )
        for chooser in window.findChildren(SheetChooser):  # which council's members
            press(chooser, "Print preview")
        qtbot.waitUntil(lambda: bool(shown_previews()), timeout=60_000)
        settle(qtbot, window)
        (preview,) = shown_previews()
        paper = preview.controls.lists["layout"]
        listed = [paper.itemText(i) for i in range(paper.count())]
        assert listed[0] == "A-ONE 72212 (12 per sheet)"
        assert "A-ONE 72244 (44 per sheet)" in listed and "Avery L7160 (21 per sheet)" in listed
        assert untranslated(listed) == []
        preview.reject()


def test_a_councils_meetings_are_meetings_and_an_events_sessions_sessions(
    english: None, qtbot: QtBot, demo_path: Path
) -> None:
    """Both are 第n回 in Japanese; in English a council meets, an event has sessions."""
    from tests.helpers.meetings import people_council_in

    council = people_council_in(demo_path, meeting=True)  # its 第2回
    number = translate("回", "en")
    with open_window(qtbot, str(demo_path)) as window:
        click_tab(qtbot, window, "Events")
        assert shown_cells(window.events.sessions, 0)[number] == "Session 1"

        click_tab(qtbot, window, translate("協議会", "en"))
        tab = window.councils
        choose(qtbot, tab.view_box, translate("会議・協議会", "en"))
        settle(qtbot, window)
        names = shown_column(tab.councils, translate("会議名", "en"))
        click_row(qtbot, tab.councils, names.index(council))
        settle(qtbot, window)
        assert shown_column(tab.meetings.meetings, number) == ["Meeting 2"]
