"""The one database worker: every operation runs on it, off the GUI thread, one at a time.

Operations are plain functions of a Session (desktop.ops); the worker runs each in its own
transaction and hands back plain data on the GUI thread through a queued signal. The Database
object lives and is used only on the worker's thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal

from db.errors import DatabaseRestored, UserError
from desktop.ui.i18n import said, tr

if TYPE_CHECKING:
    from db.database import Database

log = logging.getLogger(__name__)

ResultHandler = Callable[[Any], None]
ErrorHandler = Callable[[Exception], None]


class DbWorker(QObject):
    """Runs database work on a single background thread and reports back on the GUI thread."""

    _finished = Signal(object, object, object)  # handler, result, error
    busy_changed = Signal(bool)
    failed = Signal(str)  # an error nobody handled: the window shows it
    restored = Signal()  # a save was refused: someone restored the database meanwhile

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="secdesk-db")
        # Long work on plain data (drawing a sheet's pages) runs beside the database thread.
        self._side = ThreadPoolExecutor(max_workers=1, thread_name_prefix="secdesk-side")
        self._database: Database | None = None
        self._pending = 0
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
            return opened.display_name()

        self._submit(job, on_result, on_error)

    def run(
        self,
        job: Callable[[Database], Any],
        on_result: ResultHandler | None = None,
        on_error: ErrorHandler | None = None,
    ) -> None:
        """Run `job(database)` on the worker (for work that is not one transaction)."""

        def wrapped() -> Any:
            return job(self._require())

        self._submit(wrapped, on_result, on_error)

    def call(
        self,
        operation: Callable[..., Any],
        *args: Any,
        on_result: ResultHandler | None = None,
        on_error: ErrorHandler | None = None,
    ) -> None:
        """Run `operation(session, *args)` in one transaction on the worker."""

        def job() -> Any:
            with self._require().transaction() as session:
                return operation(session, *args)

        self._submit(job, on_result, on_error)

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
    ) -> None:
        if self._closed:  # the window closed while a reply was on its way: nothing more to do
            return
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        future = (executor or self._executor).submit(job)
        handlers = (on_result, on_error)

        def done(f: Future[Any]) -> None:
            error = f.exception()
            self._finished.emit(handlers, None if error else f.result(), error)

        future.add_done_callback(done)

    def _deliver(self, handlers: Any, result: Any, error: BaseException | None) -> None:
        on_result, on_error = handlers
        try:
            if isinstance(error, DatabaseRestored):
                self.restored.emit()  # the window reloads, whoever handles the refusal
            if error is None:
                if on_result is not None:
                    on_result(result)
            elif on_error is not None and isinstance(error, Exception):
                on_error(error)
            elif isinstance(error, UserError):
                self.failed.emit(said(error))
            else:
                log.error("database operation failed", exc_info=error)
                self.failed.emit(
                    tr("予期しないエラーが発生しました（{kind}: {error}）。").format(
                        kind=type(error).__name__, error=error
                    )
                )
        finally:
            self._pending -= 1
            if self._pending == 0:
                self.busy_changed.emit(False)

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
