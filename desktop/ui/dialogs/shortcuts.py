"""ヘルプ ▸ キーボード操作 (F1): every key the window answers to, read from its menus (so the
list cannot fall behind them), then the keys of the tables and forms."""

from __future__ import annotations

import html

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QTextBrowser, QVBoxLayout, QWidget

from desktop.ui.i18n import QT_TR_NOOP, tr
from desktop.ui.widgets.window_memory import remember

# What the tables and forms do with keys of their own (not menu items).
TABLE_KEYS = (
    (QT_TR_NOOP("選んだ行を編集"), "Enter / F2 / " + QT_TR_NOOP("ダブルクリック")),
    (QT_TR_NOOP("選んだ行を削除（確認あり）"), "Delete"),
    (QT_TR_NOOP("選んだ参加者を出席にする（イベント）"), "Space"),
    (QT_TR_NOOP("選んだ参加者の出席を取り消す（イベント）"), "Shift+Space"),
    (QT_TR_NOOP("選んだ招待者の出欠を記録（会議）"), "Enter"),
    (QT_TR_NOOP("選んだ招待者を受付済みにする（会議）"), "Space"),
    (QT_TR_NOOP("選んだ招待者の受付を取り消す（会議）"), "Shift+Space"),
    (QT_TR_NOOP("フォームを保存"), "Enter"),
    (QT_TR_NOOP("フォームを閉じる（変更があれば確認）"), "Esc"),
    (QT_TR_NOOP("列の表示・幅を戻す"), QT_TR_NOOP("見出しを右クリック")),
)


def menu_keys(menus: list[QMenu]) -> list[tuple[str, str, str]]:
    """(menu, item, key) for every menu item that has a key, in menu order."""
    found = []
    for menu in menus:
        for action in _actions(menu):
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if key:
                found.append((_plain(menu.title()), _plain(action.text()), key))
    return found


def _actions(menu: QMenu) -> list[QAction]:
    listed: list[QAction] = []
    for action in menu.actions():
        submenu = action.menu()
        listed += _actions(submenu) if isinstance(submenu, QMenu) else [action]
    return listed


def _plain(text: str) -> str:
    """A menu text without its mnemonic: 編集(&E) → 編集, &Edit → Edit."""
    for mark in ("(&", "（&"):
        if mark in text:
            text = text[: text.index(mark)]
    return text.replace("&", "").removesuffix("…").strip()


class ShortcutsDialog(QDialog):
    def __init__(self, menus: list[QMenu], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("キーボード操作"))
        self.memory = remember(self, "shortcuts", 560, 620)
        rows = [
            f"<tr><td>{html.escape(menu)} ▸ {html.escape(item)}</td><td><b>{html.escape(key)}</b></td></tr>"
            for menu, item, key in menu_keys(menus)
        ]
        rows += [
            f"<tr><td>{html.escape(tr(what))}</td><td><b>{html.escape(_keys(keys))}</b></td></tr>"
            for what, keys in TABLE_KEYS
        ]
        self.text = QTextBrowser()
        self.text.setHtml(f"<table cellpadding='4'>{''.join(rows)}</table>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("閉じる"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


def _keys(keys: str) -> str:
    return " / ".join(tr(part) for part in keys.split(" / "))
