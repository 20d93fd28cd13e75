"""The one database worker: every operation runs on it, off the GUI thread, one at a time.

Operations are plain functions of a Session (desktop.ops); the worker runs each in its own
transaction and hands back plain data on the GUI thread through a queued signal. The Database
object lives and is used only on the worker's thread. What each job committed (db.changes) is
announced on the GUI thread too, before its result, whoever asked for the job: every tab that
shows what changed reloads it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal

from db.change_set import ChangeSet
from db.errors import DatabaseRestored, UserError
from desktop.ui.i18n import said, tr

if TYPE_CHECKING:
    from db.database import Database

log = logging.getLogger(__name__)

ResultHandler = Callable[[Any], None]
ErrorHandler = Callable[[Exception], None]


class DbWorker(QObject):
    """Runs database work on a single background thread and reports back on the GUI thread."""

    # handlers, result, error, changes, the audit entries written (db.audit.Written), job
    _finished = Signal(object, object, object, object, object, int)
    busy_changed = Signal(bool)
    changed = Signal(object)  # the ChangeSet a job committed (nothing: not emitted)
    failed = Signal(str)  # an error nobody handled: the window shows it
    restored = Signal()  # a save was refused: someone restored the database meanwhile
    # The job's number and the audit entries it wrote (db.audit.Written), after `changed` and
    # before its result: what 元に戻す (Ctrl+Z) puts back.
    audited = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="secdesk-db")
        # Long work on plain data (drawing a sheet's pages) runs beside the database thread.
        self._side = ThreadPoolExecutor(max_workers=1, thread_name_prefix="secdesk-side")
        self._database: Database | None = None
        self._pending = 0
        self._submitted = 0  # jobs run in the order they are numbered
        self.last_changed_job = 0  # the number of the last job whose changes were announced
        self.last_delivered_job = 0  # jobs numbered higher have not been answered yet
        self._closed = False
        # Always queued, even when emitted on the GUI thread: a job that is already done when its
        # callback is added (a quick open on a busy PC) has the callback run at once, on the
        # asking thread. Delivered there directly, the answer would be handled inside the call
        # that asked for it, before the caller is ready: a window told its database is open
        # before it listens waits for ever. Queued, every answer comes from the event loop.
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def has_database(self) -> bool:
        return self._database is not None

    @property
    def idle(self) -> bool:
        return self._pending == 0

    def open(
        self,
        db: str | None,
        on_result: ResultHandler | None = None,
        on_error: ErrorHandler | None = None,
        *,
        create: bool = False,
    ) -> None:
        """Open (upgrade, and with `create` make) the database; the result handed back is its
        display name. Without `create`, a database that is not there yet is DatabaseMissing."""

        def job() -> str:
            from db.engine import open_database  # the database layer loads here, off the GUI thread

            # Open the new one first: if it cannot be used, the current database stays open.
            opened = open_database(db, create=create)
            from db.output_files import protect_database

            protect_database(opened)  # no save dialog may write over it or into its backups
            if self._database is not None:
                self._database.close()
            self._database = opened
            from db import changes

            changes.note_everything()  # what the window shows is another database's now
            return opened.display_name()

        self._submit(job, on_result, on_error)

    def run(
        self,
        job: Callable[[Database], Any],
        on_result: ResultHandler | None = None,
        on_error: ErrorHandler | None = None,
    ) -> int:
        """Run `job(database)` on the worker (for work that is not one transaction); returns
        the job's number."""

        def wrapped() -> Any:
            return job(self._require())

        return self._submit(wrapped, on_result, on_error)

    def call(
        self,
        operation: Callable[..., Any],
        *args: Any,
        on_result: ResultHandler | None = None,
        on_error: ErrorHandler | None = None,
    ) -> int:
        """Run `operation(session, *args)` in one transaction on the worker; returns the job's
        number (a job numbered higher than `last_changed_job` sees those changes)."""

        def job() -> Any:
            with self._require().transaction() as session:
                return operation(session, *args)

        return self._submit(job, on_result, on_error)

    def off_thread(
        self,
        job: Callable[[], Any],
        on_result: ResultHandler | None = None,
        on_error: ErrorHandler | None = None,
    ) -> None:
        """Run `job()` — no database, plain data in and out — beside the database thread."""
        self._submit(job, on_result, on_error, self._side)

    def _require(self) -> Database:
        if self._database is None:
            raise UserError(tr("データベースが開かれていません。"))
        return self._database

    def _submit(
        self,
        job: Callable[[], Any],
        on_result: ResultHandler | None,
        on_error: ErrorHandler | None,
        executor: ThreadPoolExecutor | None = None,
    ) -> int:
        if self._closed:  # the window closed while a reply was on its way: nothing more to do
            return self._submitted
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        number = 0  # work beside the database is not in its order
        if executor is None:
            self._submitted += 1
            number = self._submitted
        committed: list[ChangeSet] = []
        written: list[Any] = []

        def recorded() -> Any:
            from db import audit, changes  # the database layer loads here, off the GUI thread

            with changes.recording() as changed, audit.noting_entries() as noted:
                try:
                    result = job()
                    written.append(noted)  # a failed job's entries were rolled back with it
                    return result
                finally:  # what was committed before a failure was changed all the same
                    committed.append(changed())

        future = (executor or self._executor).submit(job if executor else recorded)
        handlers = (on_result, on_error)

        def done(f: Future[Any]) -> None:
            error = f.exception()
            changed = committed[0] if committed else ChangeSet()
            noted = written[0] if written else None
            result = None if error else f.result()
            self._finished.emit(handlers, result, error, changed, noted, number)

        future.add_done_callback(done)
        return number

    def _deliver(
        self,
        handlers: Any,
        result: Any,
        error: BaseException | None,
        changed: ChangeSet,
        written: Any,
        number: int,
    ) -> None:
        on_result, on_error = handlers
        if number:
            self.last_delivered_job = number
        try:
            if changed:
                self.last_changed_job = number
                self.changed.emit(changed)
            if written is not None and (written.ids or written.imported):
                self.audited.emit(number, written)
            if isinstance(error, DatabaseRestored):
                self.restored.emit()  # the window reloads, whoever handles the refusal
            if error is None:
                if on_result is not None:
                    on_result(result)
            elif on_error is not None and isinstance(error, Exception):
                on_error(error)
            else:
                self.report_failure(error)
        finally:
            self._pending -= 1
            if self._pending == 0:
                self.busy_changed.emit(False)

    def report_failure(self, error: BaseException) -> None:
        """An error nobody handled: the window shows it (a bug is logged for the team)."""
        if isinstance(error, UserError):
            self.failed.emit(said(error))
        else:
            log.error("database operation failed", exc_info=error)
            self.failed.emit(
                tr("予期しないエラーが発生しました（{kind}: {error}）。").format(
                    kind=type(error).__name__, error=error
                )
            )

    def shutdown(self) -> None:
        """Finish queued work and close the database (called when the window closes)."""

        def close() -> None:
            if self._database is not None:
                self._database.close()
                self._database = None

        if self._closed:
            return
        self._closed = True
        self._side.shutdown(wait=True)
        self._executor.submit(close)
        self._executor.shutdown(wait=True)
