"""取り込み履歴: the import batches and their state; the selected one is undone through the
import flow, which asks first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from desktop.imports.model import BatchSummary
from desktop.ui.i18n import QT_TR_NOOP, listed, tr
from desktop.ui.widgets.record_table import RecordTable
from desktop.ui.widgets.table_model import Column
from desktop.ui.widgets.window_memory import remember

BATCH_COLUMNS: list[Column[BatchSummary]] = [
    Column(QT_TR_NOOP("番号"), lambda b: b.id, lambda b: b.id, align_right=True),
    Column(QT_TR_NOOP("日時"), lambda b: f"{b.created_at:%Y-%m-%d %H:%M}"),
    Column(QT_TR_NOOP("ファイル"), lambda b: b.file_name),
    # The counts are stored in Japanese (desktop.imports.matching.BATCH_COUNTS): said in the
    # window's language.
    Column(QT_TR_NOOP("内容"), lambda b: listed(f"{tr(k)} {v}" for k, v in b.counts.items())),
    Column(
        QT_TR_NOOP("状態"),
        lambda b: (
            tr("取消済み（{undone_at:%m/%d %H:%M}）").format(undone_at=b.undone_at)
            if b.undone_at
            else tr("有効")
        ),
    ),
]


class BatchesDialog(QDialog):
    def __init__(
        self,
        batches: list[BatchSummary],
        undo: Callable[[BatchSummary, BatchesDialog], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("取り込み履歴"))
        self.memory = remember(self, "import_batches", 900, 420)
        self.table: RecordTable[BatchSummary] = RecordTable(BATCH_COLUMNS, self)
        self.table.empty_text = tr(
            "まだ何も取り込んでいません。ファイル ▸ Excel を取り込み… で取り込めます。"
        )
        self.table.set_rows(batches)
        buttons = QDialogButtonBox()
        self.undo_button = buttons.addButton(
            tr("選んだ取り込みを取り消す"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = buttons.addButton(tr("閉じる"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        self.undo_button.clicked.connect(self._undo)
        self._undo_action = undo
        self.table.current_row_changed.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self._update(self.table.current())

    def _update(self, batch: BatchSummary | None) -> None:
        self.undo_button.setEnabled(batch is not None and batch.undone_at is None)

    def _undo(self) -> None:
        batch = self.table.current()
        if batch is not None:
            self._undo_action(batch, self)
