"""次年度へ複製: the new fiscal year and name of a copied series, with its sessions' new dates
shown before anything is saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db.errors import ValidationError
from db.vocab import SCHEDULE_WARNINGS
from desktop.japanese.wareki import format_fiscal_year, format_time_range
from desktop.ops import series_copy as ops
from desktop.ui.dialogs.form import may_discard
from desktop.ui.i18n import QT_TR_NOOP, language, listed, said, show_date, tr
from desktop.ui.widgets.record_table import RecordTable
from desktop.ui.widgets.table_model import WARNING_TINT, Column
from desktop.ui.widgets.window_memory import remember
from desktop.ui.worker import DbWorker


def _year_text(year: int) -> str:
    """The year as the user would type it: 令和5年度, or 2023 in other languages."""
    return format_fiscal_year(year) if language() == "ja" else str(year)


def _day(row: ops.CopiedSession, new: bool) -> str:
    day = row.date if new else row.old_date
    return show_date(day, weekday=True) if day else tr("未定")


COLUMNS: list[Column[ops.CopiedSession]] = [
    Column(QT_TR_NOOP("回"), lambda r: tr("第{number}回").format(number=r.number)),
    Column(QT_TR_NOOP("テーマ"), lambda r: r.theme),
    Column(QT_TR_NOOP("元の開催日"), lambda r: _day(r, new=False)),
    Column(QT_TR_NOOP("新しい開催日"), lambda r: _day(r, new=True)),
    Column(
        QT_TR_NOOP("時間"),
        lambda r: format_time_range(r.start_time, r.end_time) if r.start_time else "",
    ),
    Column(QT_TR_NOOP("会場"), lambda r: r.venue),
    Column(QT_TR_NOOP("定員"), lambda r: r.capacity or "", align_right=True),
    Column(QT_TR_NOOP("確認"), lambda r: listed(tr(SCHEDULE_WARNINGS[k]) for k in r.warnings)),
]


class SeriesCopyDialog(QDialog):
    """Asks the new fiscal year (the next by default) and name; 保存 stores the copy in one
    transaction and hands the new series' id to `on_copied`."""

    def __init__(
        self,
        worker: DbWorker,
        series_id: int,
        series_name: str,
        fiscal_year: int | None,
        on_copied: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.series_id = series_id
        self.on_copied = on_copied
        self.setWindowTitle(tr("次年度へ複製 — {name}").format(name=series_name))
        self.memory = remember(self, "series_copy", 900, 520)
        self.year_edit = QLineEdit(_year_text(fiscal_year + 1) if fiscal_year else "")
        self.year_edit.setPlaceholderText(tr("例: 令和5年度、R5、2023"))
        # The dates follow the year as it is typed, once the typing pauses.
        self.replan = QTimer(self, singleShot=True, interval=300)
        self.replan.timeout.connect(self._year_changed)
        self.year_edit.textEdited.connect(lambda _text: self.replan.start())
        self.edited = False  # the year or the name typed by the user: Esc then asks
        self.year_edit.textEdited.connect(self._note_edit)
        self.year_edit.installEventFilter(self)  # Enter there shows the dates, not saves
        self.name_edit = QLineEdit()
        self.name_edit.textEdited.connect(self._note_edit)
        self.sessions: RecordTable[ops.CopiedSession] = RecordTable(
            COLUMNS, self, tint=lambda r: WARNING_TINT if r.warnings else None
        )
        self.sessions.empty_text = tr("この行事には回がありません。行事だけを複製します。")
        hint = QLabel(
            tr(
                "各回の開催日は、1年後の同じ日付に最も近い同じ曜日に移します（保存後も回ごとに"
                "直せます）。参加者は写しません。"
            )
        )
        hint.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("複製を保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("キャンセル"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(tr("新しい年度 *"), self.year_edit)
        form.addRow(tr("新しい行事名 *"), self.name_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.sessions, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._proposed = ""  # the name last proposed: replaced when the year changes
        self._year_changed()

    def _note_edit(self, _text: str) -> None:
        self.edited = True

    def reject(self) -> None:
        """Esc, キャンセル or the window's close: a year or name the user typed asks first."""
        if self.edited and not may_discard(self):
            return
        super().reject()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the year field shows that year's dates: saving is for the button, once the
        user has seen them."""
        if (
            watched is self.year_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._year_changed()
            return True
        return super().eventFilter(watched, event)

    def _year_changed(self) -> None:
        """Show the sessions' dates in the year typed, and propose the name for it."""
        self.replan.stop()
        self.error_label.hide()

        def planned(plan: ops.CopyPlan) -> None:
            if self.name_edit.text() in ("", self._proposed):
                self.name_edit.setText(plan.name)
            self._proposed = plan.name
            self.sessions.set_rows(list(plan.sessions))

        self.worker.call(
            ops.plan_copy,
            self.series_id,
            self.year_edit.text(),
            on_result=planned,
            on_error=self._show_error,
        )

    def save(self) -> None:
        self.replan.stop()
        self.error_label.hide()
        self.buttons.setEnabled(False)
        data = ops.SeriesCopyInput(self.series_id, self.year_edit.text(), self.name_edit.text())

        def copied(new_id: int) -> None:
            self.buttons.setEnabled(True)
            self.accept()
            self.on_copied(new_id)

        self.worker.call(ops.copy_series, data, on_result=copied, on_error=self._show_error)

    def _show_error(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.error_label.setText(said(error))
        self.error_label.show()
        if isinstance(error, ValidationError):
            editor = self.name_edit if error.field == "name" else self.year_edit
            editor.setFocus()
            editor.selectAll()
