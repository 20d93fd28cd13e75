"""ファイル ▸ CSVに書き出す…: the tables Excel users ask for, one CSV file a table in the folder
chosen, as UTF-8 with a BOM or as CP932; the records whose characters CP932 cannot hold are
named to the user, never lost without a word."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.dialogs.csv_export import CsvExportDialog
from desktop.ui.i18n import said, tr
from desktop.ui.widgets import file_places

if TYPE_CHECKING:
    from desktop.ui.worker import DbWorker

NAMED_AT_MOST = 20  # records named in the warning; the rest counted


def export_csv(parent: QWidget, worker: DbWorker, say: Callable[[str], None]) -> CsvExportDialog:
    dialog = CsvExportDialog(parent)

    def chosen() -> None:
        encoding = dialog.encoding()
        folder = file_places.open_folder(parent, tr("CSV を書き出すフォルダ"), file_places.OUTPUTS)
        if folder is not None:
            _write(parent, worker, folder, encoding, say)

    dialog.accepted.connect(chosen)
    dialog.open()
    return dialog


def _write(
    parent: QWidget, worker: DbWorker, folder: Path, encoding: str, say: Callable[[str], None]
) -> None:
    def job(session: Any) -> tuple[list[Path], list[str]]:
        from db.csv_export import export_tables

        written, lost = export_tables(session, folder, encoding, None)
        return written, [str(unwritable) for unwritable in lost]

    def done(result: tuple[list[Path], list[str]]) -> None:
        written, lost = result
        say(
            tr("CSV を書き出しました（{count}ファイル）: {folder}").format(
                count=len(written), folder=folder
            )
        )
        if lost:
            _warn(parent, lost)

    def failed(error: Exception) -> None:
        QMessageBox.warning(parent, tr("CSV を書き出せません"), said(error))

    worker.call(job, on_result=done, on_error=failed)


def _warn(parent: QWidget, lost: list[str]) -> None:
    named = lost[:NAMED_AT_MOST]
    if len(lost) > NAMED_AT_MOST:
        named.append(tr("ほか {count}件").format(count=len(lost) - NAMED_AT_MOST))
    warning = QMessageBox(
        QMessageBox.Icon.Warning,
        tr("CSVに書き出す"),
        tr("Shift_JIS（CP932）で書けない文字を「〓」にしました（{count}件）。").format(
            count=len(lost)
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    warning.setInformativeText(tr("UTF-8（BOM 付き）で書き出せば、そのまま残ります。"))
    warning.setDetailedText("\n".join(named))
    warning.open()
