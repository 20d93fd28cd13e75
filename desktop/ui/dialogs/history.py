"""変更履歴: who changed a record, when, and what (from the audit log)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from desktop.ops.history import HistoryRow
from desktop.ui.i18n import QT_TR_NOOP, language, show_moment, tr
from desktop.ui.widgets.record_table import RecordTable
from desktop.ui.widgets.table_model import Column
from desktop.ui.widgets.window_memory import remember

COLUMNS: list[Column[HistoryRow]] = [
    Column(QT_TR_NOOP("日時"), lambda h: show_moment(h.at), lambda h: h.at.isoformat()),
    Column(QT_TR_NOOP("操作者"), lambda h: h.user_words(language())),
    Column(QT_TR_NOOP("操作"), lambda h: h.action_words(language())),
    Column(QT_TR_NOOP("内容"), lambda h: h.words(language())),
]


class HistoryDialog(QDialog):
    def __init__(self, title: str, rows: list[HistoryRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("変更履歴 — {title}").format(title=title))
        self.memory = remember(self, "history", 900, 420)
        self.table: RecordTable[HistoryRow] = RecordTable(COLUMNS, self)
        self.table.export_title = tr("変更履歴（{title}）").format(title=title)
        self.table.set_rows(rows)
        buttons = QDialogButtonBox()
        buttons.addButton(tr("閉じる"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
