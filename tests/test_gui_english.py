"""The window in English (--lang en, or "lang": "en" in the settings): the Japanese texts of
the code translated through Qt Linguist (resources/translations/secdesk_en.ts)."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QTableView
from pytestqt.qtbot import QtBot

from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from tests.gui_support import settle

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def compiled_english() -> Path:
    """The .qm as dev.py makes it; made here when pytest runs on its own."""
    target = i18n.compiled("en")
    source = target.with_suffix(".ts")
    if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
        import sys

        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)
    return target


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    compiled_english()
    installed = i18n.install(qapp, "en")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


# Shown in both languages on purpose, so that either reader finds the way back.
BILINGUAL = {"言語 / Language", *i18n.LANGUAGES.values()}


def untranslated(texts: list[str]) -> list[str]:
    return [t for t in texts if JAPANESE.search(t) and t not in BILINGUAL]


def test_the_main_window_speaks_english(english: None, qtbot: QtBot, demo_path: Path) -> None:
    window = MainWindow(str(demo_path), offer_demo=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.database_opened, timeout=30_000):
        window.show()
    settle(qtbot, window)
    try:
        assert window.windowTitle().startswith("Secretariat Desk")
        tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert tabs == ["Registrations", "Councils", "Events", "Dashboard"]
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == ["&File", "&Edit", "&View", "&Help"]
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
    finally:
        window.close()


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

    assert settings.language() == "ja"
    window = MainWindow(str(demo_path), offer_demo=False)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    try:
        window.choose_language("en")  # 表示 ▸ 言語 / Language ▸ English
    finally:
        window.close()
    assert settings.language() == "en"
