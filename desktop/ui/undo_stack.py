"""編集 ▸ 元に戻す / やり直す (Ctrl+Z / Ctrl+Y): the user's own edits made in this window since it
opened, put back one piece of work at a time.

Every job of the database worker that wrote audit entries is one step (a form saved, a record
deleted, a merge …): the worker hands over the entries' ids and the versions the records had
after it (db.audit.Written). 元に戻す puts those entries back with desktop.ops.revert, as a new
audited change, refused when the record was changed since by anyone (its version differs, or the
log has a later change of it): the stacks are then left as they were. やり直す puts back the undo.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from db.change_set import ChangeSet
from desktop.catalogue import Translatable
from desktop.ui.i18n import language, said, tr
from desktop.ui.worker import DbWorker

if TYPE_CHECKING:
    from db.audit import Written


@dataclass
class Step:
    """One piece of work as it stands now: the audit entries that would put it back."""

    ids: tuple[int, ...]
    versions: dict[tuple[str, int], int]
    # 「参加者「鈴木 一郎」の編集」, once read; the redo of an undo keeps the work's name (not
    # its own entries', which say the opposite).
    what: Translatable | None = None


class UndoStack(QObject):
    """What 元に戻す and やり直す would do; `changed` when either changes."""

    changed = Signal()

    def __init__(self, worker: DbWorker, parent: QWidget) -> None:
        super().__init__(parent)
        self.worker = worker
        self.window = parent
        self.undoable: list[Step] = []
        self.redoable: list[Step] = []
        self._running: tuple[int, str] | None = None  # our own job's number, and undo / redo
        worker.audited.connect(self._audited)
        worker.changed.connect(self._database_replaced)

    def undo_text(self) -> str | None:
        return self._text(self.undoable)

    def redo_text(self) -> str | None:
        return self._text(self.redoable)

    @property
    def busy(self) -> bool:
        return self._running is not None

    def undo(self) -> None:
        self._put_back(self.undoable, "undo")

    def redo(self) -> None:
        self._put_back(self.redoable, "redo")

    def clear(self) -> None:
        self.undoable.clear()
        self.redoable.clear()
        self.changed.emit()

    def _text(self, steps: list[Step]) -> str | None:
        if not steps:
            return None
        what = steps[-1].what
        return what.text(language()) if what is not None else ""

    def _put_back(self, steps: list[Step], direction: str) -> None:
        if not steps or self._running is not None:
            return
        from desktop.ops.revert import revert  # the database layer: loaded after the first paint

        step = steps[-1]

        def refused(error: Exception) -> None:
            self._running = None
            self.changed.emit()
            QMessageBox.warning(
                self.window,
                tr("元に戻す") if direction == "undo" else tr("やり直す"),
                said(error),
            )

        job = self.worker.call(
            revert, list(step.ids), dict(step.versions), on_result=self._done, on_error=refused
        )
        self._running = (job, direction)
        self.changed.emit()

    def _done(self, _count: int) -> None:
        if self._running is not None:  # it wrote nothing: there was nothing left to put back
            steps = self.undoable if self._running[1] == "undo" else self.redoable
            if steps:
                steps.pop()
        self._running = None
        self.changed.emit()

    def _audited(self, job: int, written: Written) -> None:
        ids, versions = tuple(written.ids), dict(written.versions)
        if written.imported:
            # An import is undone as a whole by its own undo (取り込み履歴・取り消し); stepping back
            # over it entry by entry would take apart a batch, and the edits before it may
            # depend on nothing it wrote or on all of it: the stack starts again after it.
            self.clear()
            return
        if self._running is not None and self._running[0] == job:
            done, into = (
                (self.undoable, self.redoable)
                if self._running[1] == "undo"
                else (self.redoable, self.undoable)
            )
            finished = done.pop()
            into.append(Step(ids, versions, finished.what))
            self._running = None  # moved: its result has nothing more to do
            self.changed.emit()
            return
        step = Step(ids, versions)
        self.undoable.append(step)
        self.redoable.clear()
        self.changed.emit()

        def named(what: Translatable) -> None:
            step.what = what
            self.changed.emit()

        from desktop.ops.revert import describe

        self.worker.call(describe, list(ids), on_result=named, on_error=lambda _e: None)

    def _database_replaced(self, changed: ChangeSet) -> None:
        if changed.everything:  # a restore, another database opened: nothing here applies
            self.clear()
