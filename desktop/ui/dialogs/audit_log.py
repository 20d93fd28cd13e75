"""編集 ▸ 変更履歴（すべて）: every change in a period, who made it and what changed; exported
from the table's menu (Excel / CSV) or printed (Ctrl+P); the selected change can be put back
(as a new change: the log itself is never changed)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ops.history import LogRow, audit_log
from desktop.sheets import audit_log as audit_sheet
from desktop.ui.dialogs.history import ask_and_revert
from desktop.ui.dialogs.sheet_preview import PreviewMaker
from desktop.ui.i18n import QT_TR_NOOP, language, show_moment, tr
from desktop.ui.widgets.as_of_edit import AsOfEdit
from desktop.ui.widgets.record_table import RecordTable
from desktop.ui.widgets.table_model import Column
from desktop.ui.widgets.window_memory import remember
from desktop.ui.worker import DbWorker

COLUMNS: list[Column[LogRow]] = [
    Column(QT_TR_NOOP("日時"), lambda c: show_moment(c.at), lambda c: c.at.isoformat()),
    Column(QT_TR_NOOP("操作者"), lambda c: c.user_words(language())),
    Column(QT_TR_NOOP("対象"), lambda c: c.table_words(language())),
    Column(
        QT_TR_NOOP("ID"),
        lambda c: "" if c.row_id is None else str(c.row_id),
        lambda c: c.row_id or 0,
    ),
    Column(QT_TR_NOOP("操作"), lambda c: c.action_words(language())),
    Column(QT_TR_NOOP("内容"), lambda c: c.words(language())),
]


class AuditLogDialog(QDialog):
    def __init__(
        self, worker: DbWorker, parent: QWidget | None = None, *, read_only: bool = False
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setWindowTitle(tr("変更履歴（すべて）"))
        self.memory = remember(self, "audit_log", 1100, 560)
        self.since = AsOfEdit(tr("この日から（例: 令和8年4月1日）。空欄: 30 日前から"))
        self.since.setPlaceholderText(tr("30 日前"))
        self.until = AsOfEdit(tr("この日まで。空欄: 今日"))
        self.count = QLabel()
        show = QPushButton(tr("表示(&S)"))
        show.clicked.connect(self.reload)
        self.print_button = QPushButton(tr("印刷プレビュー(&P)…"))
        self.print_button.clicked.connect(self.preview)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.preview)
        for edit in (self.since, self.until):
            edit.returnPressed.connect(self.reload)
        top = QHBoxLayout()
        for widget in (QLabel(tr("期間")), self.since, QLabel("〜"), self.until, show):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.count)
        top.addWidget(self.print_button)

        self.table: RecordTable[LogRow] = RecordTable(COLUMNS, self)
        self.table.export_title = tr("変更履歴")
        self.previews = PreviewMaker(worker, self)
        self.revert_button = QPushButton(tr("この変更を元に戻す(&U)…"))
        self.revert_button.setToolTip(
            tr("選んだ変更の前の値に戻します（新しい変更として記録されます）")
        )
        self.revert_button.clicked.connect(self.revert_selected)
        self.revert_button.setEnabled(False)
        self.table.current_row_changed.connect(
            lambda row: self.revert_button.setEnabled(row is not None and not read_only)
        )
        buttons = QDialogButtonBox()
        buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(tr("閉じる"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(tr("※表の上で右クリックすると Excel・CSV に書き出せます。")))
        layout.addWidget(buttons)
        self.reload()

    def period(self) -> tuple[dt.date, dt.date] | None:
        until = self.until.day(self.count.setText)
        if until is None:
            return None
        if not self.since.text().strip():
            return until - dt.timedelta(days=audit_sheet.DEFAULT_DAYS - 1), until
        since = self.since.day(self.count.setText)
        return None if since is None else (since, until)

    def reload(self) -> None:
        chosen = self.period()
        if chosen is None:
            return

        def show(rows: list[LogRow]) -> None:
            self.table.set_rows(rows)
            self.count.setText(tr("{count}件").format(count=len(rows)))

        self.worker.call(audit_log, *chosen, on_result=show)

    def revert_selected(self) -> None:
        chosen = self.table.current()
        if chosen is not None:
            ask_and_revert(self, self.worker, chosen.id, self.reload)

    def preview(self) -> None:
        chosen = self.period()
        if chosen is not None:
            since, until = chosen
            self.previews.start_sheet("audit-log", {"as_of": until, "since": since})
