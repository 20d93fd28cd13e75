"""Long database work, run the same way by every dialog that does it (reading files to import,
a merge, a restore, a print preview): on the worker, with a progress dialog that appears only when the work
takes more than a moment, 中止 when the work can stop, and the answer or the failure handed back
on the GUI thread. What the work changed reaches the tabs by itself (DbWorker.changed): the
dialog only says how it went.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.ui.i18n import tr
from desktop.ui.worker import DbWorker, ErrorHandler, ResultHandler

if TYPE_CHECKING:
    from db.database import Database

# What the work calls as it goes: (done, total, what), and whether to go on (False: 中止).
Report = Callable[[int, int, str], bool]
Describe = Callable[[int, int, str], str | None]  # None: the label stays
SHOW_AFTER_MS = 400  # quick work never flashes a dialog


class LongWork(QObject):
    """One piece of long work: `LongWork(...).success(shown).failure(said).run(job)`."""

    progressed = Signal(int, int, str)  # emitted on the worker's thread, shown on the GUI thread

    def __init__(
        self,
        worker: DbWorker,
        parent: QWidget,
        title: str,
        label: str,
        *,
        can_cancel: bool = False,
        describe: Describe | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.parent_widget = parent
        self.title = title
        self.label = label
        self.can_cancel = can_cancel
        self.describe = describe  # the progress label for a step (None: the step's own words)
        self.progress: QProgressDialog | None = None  # open while the work runs
        self._cancel = threading.Event()
        self._report: Report = lambda _done, _total, _what: True
        self._then: Callable[[Any, Report], Any] | None = None
        self._on_success: ResultHandler = lambda _result: None
        self._on_failure: ErrorHandler = worker.report_failure  # as any other work's failure
        self.progressed.connect(self._show_progress)

    def success(self, handler: ResultHandler) -> LongWork:
        self._on_success = handler
        return self

    def failure(self, handler: ErrorHandler) -> LongWork:
        """What to do when the work fails or is stopped (by default the window says it, as for
        any other work)."""
        self._on_failure = handler
        return self

    def then_beside(self, step: Callable[[Any, Report], Any]) -> LongWork:
        """After the database work, `step(its result, report)` beside the database thread, on
        plain data (drawing a sheet's pages), under the same progress dialog: its result is the
        work's. 中止 pressed in between stops the step at its first report."""
        self._then = step
        return self

    @property
    def running(self) -> bool:
        return self.progress is not None

    def run(self, job: Callable[[Database, Report], Any]) -> None:
        """`job(database, report)` on the worker (work that runs its own transactions)."""
        report = self._start()
        self.worker.run(
            lambda database: job(database, report),
            on_result=self._database_done,
            on_error=self._failed,
        )

    def run_in_transaction(self, job: Callable[[Any, Report], Any]) -> None:
        """`job(session, report)` on the worker, in one transaction."""
        report = self._start()
        self.worker.call(
            lambda session: job(session, report),
            on_result=self._database_done,
            on_error=self._failed,
        )

    def _start(self) -> Report:
        self._cancel.clear()
        progress = QProgressDialog(
            self.label, tr("中止") if self.can_cancel else "", 0, 0, self.parent_widget
        )
        if not self.can_cancel:
            progress.setCancelButton(None)
        progress.setWindowTitle(self.title)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(SHOW_AFTER_MS)
        progress.canceled.connect(self._cancel.set)
        self.progress = progress
        cancel = self._cancel

        def report(done: int, total: int, what: str) -> bool:
            self.progressed.emit(done, total, what)  # queued to the GUI thread
            return not cancel.is_set()

        self._report = report
        return report

    def _show_progress(self, done: int, total: int, what: str) -> None:
        # A modal dialog's setValue runs the event loop, which may deliver the finished work and
        # close the progress there: keep hold of this one, and set its value last.
        progress = self.progress
        if progress is None:
            return
        label = self.describe(done, total, what) if self.describe is not None else what
        if label:
            progress.setLabelText(label)
        progress.setMaximum(total)  # 0: how much is left is not known yet
        progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _database_done(self, result: Any) -> None:
        step, report = self._then, self._report
        if step is None:
            self._succeeded(result)
            return
        self.worker.off_thread(
            lambda: step(result, report), on_result=self._succeeded, on_error=self._failed
        )

    def _succeeded(self, result: Any) -> None:
        self._close_progress()
        self._on_success(result)

    def _failed(self, error: Exception) -> None:
        self._close_progress()
        self._on_failure(error)
