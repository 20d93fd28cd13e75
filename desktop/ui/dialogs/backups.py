"""ファイル ▸ バックアップ / 復元: this database's backups with their dates, restore one, the
folder they go to (a USB drive, a share: remembered), and how many are kept and how often one is
taken while the window is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db import backup
from db.errors import UserError
from desktop import settings
from desktop.ui.i18n import QT_TR_NOOP, language, said, tr
from desktop.ui.long_work import LongWork
from desktop.ui.widgets.record_table import RecordTable
from desktop.ui.widgets.table_model import Column
from desktop.ui.widgets.window_memory import remember
from desktop.ui.worker import DbWorker

REASONS = {
    "manual": QT_TR_NOOP("手動"),
    "scheduled": QT_TR_NOOP("定期"),
    "before-import": QT_TR_NOOP("取り込みの前"),
    "before-undo": QT_TR_NOOP("取り消しの前"),
    "before-merge": QT_TR_NOOP("重複の統合の前"),
    "before-restore": QT_TR_NOOP("復元の前"),
    "before-upgrade": QT_TR_NOOP("形式の更新の前"),
}


def size_text(size: int) -> str:
    return f"{size / 1024:,.0f} KB" if size < 1024**2 else f"{size / 1024**2:,.1f} MB"


COLUMNS: list[Column[backup.BackupInfo]] = [
    Column(
        QT_TR_NOOP("日時"),
        lambda b: b.taken_at.strftime("%Y-%m-%d %H:%M:%S"),
        lambda b: b.taken_at.isoformat(),
    ),
    Column(QT_TR_NOOP("きっかけ"), lambda b: tr(REASONS.get(b.reason, b.reason))),
    Column(QT_TR_NOOP("大きさ"), lambda b: size_text(b.size), lambda b: b.size),
    Column(QT_TR_NOOP("ファイル"), lambda b: b.path.name),
]


class BackupsDialog(QDialog):
    # The window notes the restored database as its own (its tabs reload by themselves).
    restored = Signal()

    def __init__(
        self, worker: DbWorker, parent: QWidget | None = None, *, read_only: bool = False
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.read_only = read_only  # a user who may not write may back up, not restore
        self.setWindowTitle(tr("バックアップ") if read_only else tr("バックアップと復元"))
        self.memory = remember(self, "backups", 820, 460)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        # The chosen folder is gone or read-only: said while backups go beside the database
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020;")
        self.problem_label.hide()
        self.choose_folder_button = QPushButton(tr("保存先を選ぶ(&F)…"))
        self.choose_folder_button.clicked.connect(self.choose_folder)
        self.usual_folder_button = QPushButton(tr("データベースの横に戻す"))
        self.usual_folder_button.clicked.connect(lambda: self._use_folder(None))
        for button in (self.choose_folder_button, self.usual_folder_button):
            button.setAutoDefault(False)  # Enter in a number field must not open a folder picker
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.choose_folder_button)
        folder_row.addWidget(self.usual_folder_button)
        self.table: RecordTable[backup.BackupInfo] = RecordTable(COLUMNS, self)
        self.table.export_title = tr("バックアップ一覧")
        self.chosen: backup.BackupInfo | None = None
        self.table.current_row_changed.connect(self._choose)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())

        self.keep = QSpinBox()
        self.keep.setRange(*settings.number_range(settings.BACKUP_KEEP))
        self.keep.setValue(settings.get(settings.BACKUP_KEEP))
        self.keep.setSuffix(tr(" 個"))
        self.every = QSpinBox()
        self.every.setRange(*settings.number_range(settings.BACKUP_EVERY_HOURS))
        self.every.setValue(settings.get(settings.BACKUP_EVERY_HOURS))
        self.every.setSuffix(tr(" 時間ごと"))
        self.every.setSpecialValueText(tr("しない"))
        for box in (self.keep, self.every):
            box.setKeyboardTracking(False)  # typing 15 over 20 must not keep 1 for a moment
            box.valueChanged.connect(self._save_settings)
        form = QFormLayout()
        form.addRow(tr("残す数（きっかけごと）"), self.keep)
        form.addRow(tr("定期バックアップ（起動中）"), self.every)

        self.take_button = QPushButton(tr("今すぐバックアップ(&B)"))
        self.take_button.clicked.connect(self.take_now)
        self.restore_button = QPushButton(tr("選んだバックアップから復元(&R)…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.from_file_button = QPushButton(tr("ファイルから復元…"))
        self.from_file_button.clicked.connect(self.restore_from_file)
        row = QHBoxLayout()
        for button in (self.take_button, self.restore_button, self.from_file_button):
            row.addWidget(button)
        self.from_file_button.setVisible(not read_only)
        self.restore_button.setVisible(not read_only)
        row.addStretch(1)

        close = QDialogButtonBox()
        close.addButton(tr("閉じる"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        def show(found: tuple[backup.Place, list[backup.BackupInfo]]) -> None:
            place, backups = found
            self.folder_label.setText(
                tr("保存先: {folder}（新しい順）").format(folder=place.folder)
            )
            self.problem_label.setText(place.problem.text(language()) if place.problem else "")
            self.problem_label.setVisible(place.problem is not None)
            self.usual_folder_button.setEnabled(backup.chosen_folder() is not None)
            self.table.set_rows(backups)

        self.worker.run(
            lambda db: (backup.backup_place(db), backup.list_backups(db)), on_result=show
        )

    def choose_folder(self) -> None:
        current = backup.chosen_folder()
        folder = QFileDialog.getExistingDirectory(
            self, tr("バックアップの保存先"), str(current) if current else ""
        )
        if folder:
            self._use_folder(Path(folder))

    def _use_folder(self, folder: Path | None) -> None:
        """Remember the folder (None: beside the database again) and list what is there."""
        try:
            settings.save({settings.BACKUP_FOLDER: folder})
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), said(exc))
            return
        backup.use_folder(folder)
        self.reload()

    def _save_settings(self) -> None:
        try:
            settings.save(
                {
                    settings.BACKUP_KEEP: self.keep.value(),
                    settings.BACKUP_EVERY_HOURS: self.every.value(),
                }
            )
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), said(exc))
            return
        backup.configure(keep=self.keep.value())

    def take_now(self) -> None:
        self.worker.run(lambda db: backup.take_backup(db), on_result=lambda _p: self.reload())

    def _choose(self, row: backup.BackupInfo | None) -> None:
        self.chosen = row
        self.restore_button.setEnabled(row is not None)

    def restore_selected(self) -> None:
        if self.chosen is not None and not self.read_only:
            self.restore(self.chosen.path, self.chosen.taken_at.strftime("%Y-%m-%d %H:%M:%S"))

    def restore_from_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            tr("復元するバックアップ"),
            "",
            tr("バックアップ (*.sqlite *.json.gz);;すべてのファイル (*)"),
        )
        if path:
            self.restore(Path(path), Path(path).name)

    def restore(self, source: Path, label: str) -> None:
        answer = QMessageBox.warning(
            self,
            tr("復元の確認"),
            tr(
                "現在のデータを「{label}」のバックアップの内容に置き換えます。\n（現在の状態は復元の前に自動でバックアップします）"
            ).format(label=label),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return

        def done(_safety: Path | None) -> None:
            self.reload()
            self.restored.emit()
            QMessageBox.information(
                self, tr("復元"), tr("「{label}」の状態に戻しました。").format(label=label)
            )

        restoring = LongWork(self.worker, self, tr("復元"), tr("復元しています…"))
        restoring.success(done).run(lambda db, _report: backup.restore(db, source))
