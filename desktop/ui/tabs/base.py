"""What every tab shares: a searchable, sortable table, a detail pane, and add/edit/delete."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from db.change_set import ChangeSet
from db.errors import ConflictError, NeedsConfirmation, ValidationError
from desktop.ops.common import check_input
from desktop.ops.history import HistoryRow, history
from desktop.sheets.registry import Selection
from desktop.ui.dialogs.form import Field, FormDialog
from desktop.ui.dialogs.history import HistoryDialog
from desktop.ui.dialogs.sheet_preview import PreviewMaker, SheetPreviewDialog
from desktop.ui.i18n import language, said, show_moment, tr
from desktop.ui.widgets.record_table import RecordTable, conflict_choice
from desktop.ui.worker import DbWorker

# A day typed on a tab that cannot be read (the tab says so in the status bar): print nothing.
UNREADABLE = object()


@dataclasses.dataclass
class _Load:
    """A table's rows asked for and not yet shown."""

    request: tuple[Any, ...]
    job: int  # the worker's number for it
    keep_id: int | None  # the row selected once they are shown


class TabBase(QWidget):
    """A tab that talks to the database only through the worker."""

    status_message = Signal(str)
    default_sheet: str | None = None  # the registered sheet Ctrl+P prints on this tab
    supplies: tuple[Selection, ...] = ()  # the sheets' options this tab's selection fills
    # The tables whose rows the tab shows (db.models' table names): whatever tab, dialog or
    # import commits a change to one of them, the tab loads what it shows again.
    shows: frozenset[str] = frozenset()

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.read_only = False
        self.history_dialog: HistoryDialog | None = None
        self.previews = PreviewMaker(worker, self)
        self.previews.status.connect(self.status_message)
        self._loads: dict[int, _Load] = {}  # by id() of the table
        worker.changed.connect(self._data_changed)

    def refresh(self) -> None:  # pragma: no cover - every tab overrides it
        raise NotImplementedError

    def _data_changed(self, changed: ChangeSet) -> None:
        if changed.touches(self.shows):
            self.show_changes(changed)

    def show_changes(self, changed: ChangeSet) -> None:
        """Load again what shows the changed tables, keeping the selection (by default: as F5
        does; tabs whose F5 also resets choices override it)."""
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        """A database this user may only read: viewing, searching, exporting and printing."""
        self.read_only = read_only
        self.update_buttons()

    def update_buttons(self) -> None:
        """Enable what the selection and the user's rights allow (tabs with buttons override)."""

    def focus_search(self) -> None:  # pragma: no cover - every tab overrides it
        raise NotImplementedError

    def edit_form(
        self,
        title: str,
        fields: Sequence[Field],
        values: dict[str, str],
        save: Callable[[dict[str, str]], tuple[Callable[..., Any], Any]],
        on_saved: Callable[[Any], None],
    ) -> FormDialog:
        """Open a form; on 保存, run the operation `save(values)` gives and report back."""

        def submit(entered: dict[str, str]) -> None:
            try:
                operation, payload = save(entered)
                check_input(payload)  # a broken character is refused before any lookup
            except ValidationError as exc:
                dialog.show_error(said(exc), exc.field)
                return
            except Exception as exc:  # a bug must not leave the form stuck with 保存 disabled
                dialog.show_error(
                    tr("入力内容を処理できませんでした（{exc}）。").format(exc=said(exc))
                )
                return

            def saved(result: Any) -> None:
                dialog.succeeded()
                on_saved(result)

            def failed(error: Exception) -> None:
                if isinstance(error, NeedsConfirmation):
                    if self.confirm_warnings(error.warnings_in(language())):
                        self.worker.call(
                            operation,
                            dataclasses.replace(payload, confirmed=True),
                            on_result=saved,
                            on_error=failed,
                        )
                    else:
                        dialog.show_error(
                            tr("保存していません。内容を直すか、もう一度保存してください。")
                        )
                elif isinstance(error, ValidationError):
                    dialog.show_error(said(error), error.field)
                elif isinstance(error, ConflictError) and error.row_id is not None:
                    self._resolve_conflict(error, dialog, overwrite)
                elif isinstance(error, ConflictError):
                    dialog.show_error(said(error))
                else:
                    dialog.show_error(
                        tr("保存できませんでした（{error}）。").format(error=said(error))
                    )

            def overwrite() -> None:
                """The user saw the other change and keeps theirs: saved over it."""
                self.worker.call(
                    operation,
                    dataclasses.replace(payload, version=None),
                    on_result=saved,
                    on_error=failed,
                )

            self.worker.call(operation, payload, on_result=saved, on_error=failed)

        dialog = FormDialog(title, fields, values, submit, self)
        dialog.open()
        return dialog

    def load_table(
        self,
        table: RecordTable[Any],
        operation: Callable[..., Any],
        *args: Any,
        keep_id: int | None = None,
    ) -> None:
        """Reload a table from an operation, keeping (or moving to) the selected row.

        The same rows already asked for after the latest change are not asked for twice (a form
        that saved reloads its table, and so does the change it made): that answer is shown,
        with the row to select given here."""
        request = (operation, *args)
        pending = self._loads.get(id(table))
        if (
            pending is not None
            and pending.request == request
            and pending.job > self.worker.last_changed_job
            and pending.job > self.worker.last_delivered_job
        ):
            if keep_id is not None:
                pending.keep_id = keep_id
            return
        if keep_id is None:
            keep_id = getattr(table.current(), "id", None)
        load = _Load(request, 0, keep_id)

        def loaded(rows: Sequence[Any]) -> None:
            table.set_rows(rows, load.keep_id)

        load.job = self.worker.call(operation, *args, on_result=loaded)
        self._loads[id(table)] = load

    def delete_record(
        self,
        what: str,
        operation: Callable[..., Any],
        *args: Any,
        then: Callable[[], None],
    ) -> None:
        """Ask first; then run the delete operation and refresh with `then`."""
        if not self.confirm_delete(what):
            return
        self.worker.call(operation, *args, on_result=lambda _r: then(), on_error=self.report_error)

    def _resolve_conflict(
        self, error: ConflictError, dialog: FormDialog, overwrite: Callable[[], None]
    ) -> None:
        """Someone saved the record after it was loaded: show their change (from the audit
        log) and let the user overwrite it, or reload and start again."""
        assert error.table is not None and error.row_id is not None

        def ask(rows: list[HistoryRow]) -> None:
            latest = rows[0] if rows else None
            change = (
                tr("{at} に {user} さんが変更しました（{action}）。").format(
                    at=show_moment(latest.at),
                    user=latest.user_words(language()),
                    action=latest.words(language()) or latest.action_words(language()),
                )
                if latest
                else tr("別の操作で変更されています。")
            )
            choice = conflict_choice(
                self, tr("このデータは読み込んだ後に、{change}").format(change=change)
            )
            if choice == "overwrite":
                overwrite()
            elif choice == "reload":
                dialog.discard()
                self.refresh()
            else:
                dialog.show_error(said(error))

        self.worker.call(history, error.table, error.row_id, on_result=ask)

    def confirm_warnings(self, warnings: Sequence[str]) -> bool:
        """The scheduling (or other) warnings of a save: go on, or go back to the form."""
        answer = QMessageBox.question(
            self,
            tr("確認してください"),
            "\n".join(tr("・{w}").format(w=w) for w in warnings) + tr("\n\nこのまま保存しますか？"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def confirm_delete(self, what: str) -> bool:
        answer = QMessageBox.question(
            self,
            tr("削除の確認"),
            tr("{what}を削除します。よろしいですか？\n（削除は変更履歴に記録されます）").format(
                what=what
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def report_error(self, error: Exception) -> None:
        QMessageBox.warning(self, tr("事務局デスク"), said(error))

    def show_history(self, table: str, row_id: int, title: str) -> None:
        """The record's 変更履歴 from the audit log, in a dialog."""

        def loaded(rows: list[HistoryRow]) -> None:
            self.history_dialog = HistoryDialog(
                self.worker, (table, row_id), title, rows, self, read_only=self.read_only
            )
            self.history_dialog.open()

        self.worker.call(history, table, row_id, on_result=loaded, on_error=self.report_error)

    def natural_sheet(self) -> str | None:
        """The sheet Ctrl+P prints here (a tab whose choice depends on its selection overrides)."""
        return self.default_sheet

    def selected(self, what: Selection) -> object:
        """What this tab has selected for `what` (one of `supplies`): None when nothing is,
        UNREADABLE when a day typed cannot be read."""
        return None

    @property
    def sheet_preview(self) -> SheetPreviewDialog | None:
        """The preview last opened from this tab."""
        return self.previews.dialog
