"""Importing from the window: choose or drop files, progress with cancel, review, commit, undo."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QInputDialog,
    QMainWindow,
    QMessageBox,
)

from db.database import Database
from desktop.imports.model import BatchSummary, ImportPreview
from desktop.ui.dialogs.import_batches import BatchesDialog
from desktop.ui.i18n import QT_TR_NOOP, language, said, tr
from desktop.ui.long_work import LongWork
from desktop.ui.widgets import file_places
from desktop.ui.worker import DbWorker

if TYPE_CHECKING:
    from types import ModuleType

    from desktop.ui.dialogs.import_review import ImportReviewDialog


def _pipeline() -> ModuleType:
    """The import pipeline (the Excel readers with it), loaded at the first import, not at start."""
    from desktop.imports import pipeline

    return pipeline


TITLE = QT_TR_NOOP("取り込み")
SPREADSHEETS = QT_TR_NOOP(
    "表計算ファイル・CSV (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;"
    "Excel ブック (*.xlsx *.xlsm *.xls);;OpenDocument 表計算 (*.ods);;"
    "CSV・テキスト (*.csv *.tsv *.txt);;すべてのファイル (*)"
)
# The kind the official code list is read as (desktop.imports.local_governments), named here
# so that the window need not load the importers before the file is read.
LOCAL_GOVERNMENT_CODES = "local_governments"


def _reading(done: int, total: int, name: str) -> str | None:
    """The progress label while the files are read."""
    if not name:
        return None
    return tr("{name} を読んでいます…（{done}/{total}）").format(
        name=name, done=done + 1, total=total
    )


class ImportFlow(QObject):
    """Runs one import at a time for the main window."""

    imported = Signal(int)  # batch id, after a commit

    def __init__(self, worker: DbWorker, window: QMainWindow) -> None:
        super().__init__(window)
        self.worker = worker
        self.window = window
        self.review: ImportReviewDialog | None = None
        self.reading = LongWork(
            worker,
            window,
            tr(TITLE),
            tr("ファイルを読んでいます…"),
            can_cancel=True,
            describe=_reading,
        )
        self.reading.success(self._prepared).failure(self._failed)
        self._paths: list[Path] = []  # what the review on screen was read from
        # The import options it was read with: program, series, council, organization.
        self._choices: dict[str, str | None] = {}
        self._kind: str | None = None
        self._again = False
        self._skip_refused = False  # the review's tick, kept when the files are read again

    # choosing what to import ------------------------------------------------------------
    def choose_files(self) -> None:
        paths = file_places.open_files(self.window, tr("取り込むファイル"), tr(SPREADSHEETS))
        if paths:
            self.start(paths)

    def choose_local_government_codes(self) -> None:
        """The official list of local-government codes, read as the reference list of local
        governments whatever its headings make of it; no programme is asked for."""
        path = file_places.open_file(
            self.window, tr("地方公共団体コード一覧（総務省）"), tr(SPREADSHEETS)
        )
        if path is not None:
            self.start([path], kind=LOCAL_GOVERNMENT_CODES)

    def choose_folder(self) -> None:
        folder = file_places.open_folder(self.window, tr("取り込むフォルダ（申込書の束）"))
        if folder is not None:
            self.start([folder])

    def start(
        self,
        paths: list[Path],
        program: str | None = None,
        *,
        series: str | None = None,
        council: str | None = None,
        organization: str | None = None,
        kind: str | None = None,
        again: bool = False,
    ) -> None:
        """Read and check the files on the worker; the review opens when that is done.

        `program`: the programme (事業) every row belongs to; None lets each row say. `series`:
        the event series (行事) of the lists that name none; `council`: the council (会議) of
        the rosters that name none; `organization`: the organization (所属) of the people
        whose rows name none. `kind`: the list kind the files are read as (None: told by their
        headings). `again`: the same files read once more, so whether to import them twice
        was answered already."""
        if self.review is not None and self.review.isVisible():
            QMessageBox.information(
                self.window, tr(TITLE), tr("確認中の取り込みを先に終えてください。")
            )
            return
        self._paths, self._kind, self._again = paths, kind, again
        if not again:
            self._skip_refused = False
        choices = {
            "program": program,
            "series": series,
            "council": council,
            "organization": organization,
        }
        self._choices = choices
        self.reading.run_in_transaction(
            lambda session, report: _pipeline().prepare(
                session, paths, kind=kind, progress=report, **choices
            )
        )

    def _failed(self, error: Exception) -> None:
        if isinstance(error, _pipeline().Cancelled):
            self.window.statusBar().showMessage(said(error), 6000)
            return
        QMessageBox.warning(self.window, tr(TITLE), said(error))

    # review and commit --------------------------------------------------------------------
    def _prepared(self, preview: ImportPreview) -> None:
        if preview.refused and not preview.files:  # nothing read: there is nothing to review
            reasons = [refused.reason.text(language()) for refused in preview.refused]
            if len(reasons) > 1:
                reasons.insert(0, tr("どのファイルも読み取れませんでした。"))
            QMessageBox.warning(self.window, tr(TITLE), "\n".join(reasons))
            return
        again = [f for f in preview.files if f.earlier_batch is not None]
        if again and not self._again:
            names = "、".join(
                tr("{name}（取り込み番号 {earlier_batch}）").format(
                    name=f.path.name, earlier_batch=f.earlier_batch
                )
                for f in again[:3]
            )
            answer = QMessageBox.question(
                self.window,
                tr(TITLE),
                tr(
                    "次のファイルはすでに取り込み済みです: {names}\nもう一度取り込みますか？"
                ).format(names=names),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        from desktop.ui.dialogs.import_review import ImportReviewDialog

        preview.skip_refused = self._skip_refused
        self.review = ImportReviewDialog(
            preview, self._commit, self.window, self._read_with, read_as=self._kind
        )
        self.review.open()

    def _read_with(self, option: str, name: str | None) -> None:
        """The user chose a programme, series, council or organization in the review for the
        rows whose file does not say it, or the kind of list the files are: the review is made
        anew with it."""
        current = self._kind if option == "kind" else self._choices.get(option)
        if name == current or self.review is None:
            return
        self._skip_refused = self.review.preview.skip_refused
        self.review.reject()
        kind = name if option == "kind" else self._kind
        choices = {**self._choices}
        if option != "kind":
            choices[option] = name
        program = choices.pop("program")
        self.start(self._paths, program, kind=kind, again=True, **choices)

    def _commit(self, preview: ImportPreview) -> None:
        def committed(batch_id: int) -> None:
            if self.review is not None:
                self.review.accept()
            self.window.statusBar().showMessage(
                tr(
                    "取り込みました（取り込み番号 {batch_id}）。取り消しは ファイル ▸ 取り込み履歴 から。"
                ).format(batch_id=batch_id),
                10000,
            )
            self.imported.emit(batch_id)

        def failed(error: Exception) -> None:
            if self.review is not None:
                self.review.commit_button.setEnabled(True)
            QMessageBox.warning(self.window, tr(TITLE), said(error))

        committing = LongWork(
            self.worker, self.review or self.window, tr(TITLE), tr("取り込んでいます…")
        )
        committing.success(committed).failure(failed).run(
            lambda database, _report: _pipeline().commit(database, preview)
        )

    # history and undo ---------------------------------------------------------------------
    def show_batches(self) -> None:
        self.worker.call(_pipeline().list_batches, on_result=self._batches_loaded)

    def _batches_loaded(self, batches: list[BatchSummary]) -> None:
        dialog = BatchesDialog(batches, self.undo, self.window)
        dialog.open()

    def undo(self, batch: BatchSummary, dialog: BatchesDialog) -> None:
        answer = QMessageBox.question(
            self.window,
            tr("取り込みの取り消し"),
            tr(
                "取り込み番号 {id}（{file_name}）を取り消します。この取り込みで作ったデータを削除し、更新したデータを元に戻します。よろしいですか？"
            ).format(id=batch.id, file_name=batch.file_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def undone(_counts: dict[str, int]) -> None:
            dialog.accept()
            self.window.statusBar().showMessage(
                tr("取り込み番号 {id} を取り消しました。").format(id=batch.id), 8000
            )

        def failed(error: Exception) -> None:
            QMessageBox.warning(self.window, tr("取り込みの取り消し"), said(error))

        undoing = LongWork(self.worker, dialog, tr("取り込みの取り消し"), tr("取り消しています…"))
        undoing.success(undone).failure(failed).run(
            lambda database, _report: _pipeline().undo(database, batch.id)
        )

    # blank forms --------------------------------------------------------------------------
    def save_template(self) -> None:
        from desktop.excel.forms import write_template
        from desktop.imports.kinds import form_labels
        from desktop.imports.templates import choices_from_database

        forms = form_labels()
        labels = list(forms.values())
        label, ok = QInputDialog.getItem(
            self.window, tr("様式を保存"), tr("様式の種類:"), labels, 0, False
        )
        if not ok:
            return
        kind = next(k for k, v in forms.items() if v == label)
        path = file_places.save_file(
            self.window,
            tr("様式を保存"),
            tr("利用申込書（{label}）.xlsx").format(label=label),
            tr("Excel ブック (*.xlsx)"),
        )
        if path is None:
            return
        target = path

        def job(database: Database) -> Path:
            with database.sessions() as session:
                choices = choices_from_database(session, None)
            write_template(kind, target, choices)  # a refusal is a UserError, shown as is
            return target

        self.worker.run(
            job,
            on_result=lambda saved: self.window.statusBar().showMessage(
                tr("様式を保存しました: {saved}").format(saved=saved), 8000
            ),
        )
