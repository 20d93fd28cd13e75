"""変更履歴: who changed a record, when, and what (from the audit log); 「この変更を元に戻す」
puts back the selected change as a new change, after saying what it will change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ops.history import HistoryRow, history
from desktop.ops.revert import Reverting, plan, revert
from desktop.ui.i18n import QT_TR_NOOP, language, said, show_moment, tr
from desktop.ui.widgets.record_table import RecordTable
from desktop.ui.widgets.table_model import Column
from desktop.ui.widgets.window_memory import remember
from desktop.ui.worker import DbWorker

COLUMNS: list[Column[HistoryRow]] = [
    Column(QT_TR_NOOP("日時"), lambda h: show_moment(h.at), lambda h: h.at.isoformat()),
    Column(QT_TR_NOOP("操作者"), lambda h: h.user_words(language())),
    Column(QT_TR_NOOP("操作"), lambda h: h.action_words(language())),
    Column(QT_TR_NOOP("内容"), lambda h: h.words(language())),
]


def ask_and_revert(
    parent: QWidget,
    worker: DbWorker,
    entry_id: int,
    then: Callable[[], None],
) -> None:
    """Say what putting the change back will change (or why it cannot be), ask, and do it.
    `then()` runs once it is done."""

    def ask(reverting: Reverting) -> None:
        answer = QMessageBox.question(
            parent,
            tr("この変更を元に戻す"),
            tr(
                "{changes}\n\nこの変更を元に戻しますか？（元に戻したことも変更履歴に残ります）"
            ).format(changes=reverting.words(language())),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            worker.call(revert, [entry_id], on_result=done, on_error=refused)

    def done(_count: int) -> None:
        then()

    def refused(error: Exception) -> None:
        QMessageBox.warning(parent, tr("この変更を元に戻す"), said(error))

    worker.call(plan, [entry_id], on_result=ask, on_error=refused)


class HistoryDialog(QDialog):
    def __init__(
        self,
        worker: DbWorker,
        record: tuple[str, int],
        title: str,
        rows: list[HistoryRow],
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.record = record
        self.read_only = read_only
        self.setWindowTitle(tr("変更履歴 — {title}").format(title=title))
        self.memory = remember(self, "history", 900, 420)
        self.table: RecordTable[HistoryRow] = RecordTable(COLUMNS, self)
        self.table.export_title = tr("変更履歴（{title}）").format(title=title)
        self.table.set_rows(rows)
        self.revert_button = QPushButton(tr("この変更を元に戻す(&U)…"))
        self.revert_button.setToolTip(
            tr("選んだ変更の前の値に戻します（新しい変更として記録されます）")
        )
        self.revert_button.clicked.connect(self.revert_selected)
        self.table.current_row_changed.connect(lambda _row: self.update_buttons())
        buttons = QDialogButtonBox()
        buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(tr("閉じる"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.update_buttons()

    def update_buttons(self) -> None:
        self.revert_button.setEnabled(not self.read_only and self.table.current() is not None)

    def revert_selected(self) -> None:
        chosen = self.table.current()
        if chosen is not None:
            ask_and_revert(self, self.worker, chosen.id, self.reload)

    def reload(self) -> None:
        """The history again, the change that put the old values back at its top."""
        self.worker.call(history, *self.record, on_result=self.table.set_rows)
