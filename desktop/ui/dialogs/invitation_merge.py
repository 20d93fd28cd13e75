"""The 開催通知 merged into the office's own Word letter, from its print preview: the letter
(.docx) chosen, the merged document saved as one .docx — built on the database worker, written
beside its target and renamed into place (desktop/sheets/docx_merge.py). And the sample letter
(resources/templates/invitation.docx) saved for the office to make its own from."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox, QWidget

from db.errors import UserError
from desktop.ui.i18n import said, tr
from desktop.ui.widgets import file_places

if TYPE_CHECKING:
    from desktop.ui.worker import DbWorker

SAMPLE_TEMPLATE = (
    Path(__file__).resolve().parents[3] / "resources" / "templates" / "invitation.docx"
)


def merge_into_word(
    parent: QWidget,
    worker: DbWorker,
    sheet: str,
    values: Mapping[str, object],
    say: Callable[[str], None],
) -> None:
    template = file_places.open_file(
        parent, tr("差し込む Word の文書を選ぶ"), tr("Word 文書 (*.docx)"), file_places.TEMPLATES
    )
    if template is None:
        return
    target = file_places.save_file(
        parent,
        tr("差し込んだ開催通知を保存"),
        tr("開催通知（差し込み）.docx"),
        tr("Word 文書 (*.docx)"),
    )
    if target is None:
        return
    if target.suffix.casefold() != ".docx":
        target = target.with_name(target.name + ".docx")

    def job(session: Any) -> int:
        from desktop.sheets.model import Letters
        from desktop.sheets.registry import build_sheet
        from desktop.sheets.render import render

        built = build_sheet(session, sheet, {**values, "template": str(template)})
        render(built, "docx", target)  # written beside the target, renamed into place
        return len(built.layout.letters) if isinstance(built.layout, Letters) else 0

    def failed(error: Exception) -> None:
        QMessageBox.warning(parent, tr("差し込みできません"), said(error))

    worker.call(
        job,
        on_result=lambda count: say(
            tr("{count}通の開催通知を差し込んで保存しました: {path}").format(
                count=count, path=target
            )
        ),
        on_error=failed,
    )


def save_sample_template(parent: QWidget) -> None:
    """The sample letter, with its merge fields ({{ 宛名 }} …), saved where the user says."""
    from db.output_files import write_bytes_atomically

    target = file_places.save_file(
        parent,
        tr("見本の差し込み文書を保存"),
        tr("開催通知の見本.docx"),
        tr("Word 文書 (*.docx)"),
        file_places.TEMPLATES,
    )
    if target is None:
        return
    try:
        write_bytes_atomically(target, SAMPLE_TEMPLATE.read_bytes())
    except (UserError, OSError) as exc:
        QMessageBox.warning(parent, tr("保存できません"), said(exc))
        return
    done = QMessageBox(
        QMessageBox.Icon.Information,
        tr("見本の差し込み文書を保存"),
        tr("保存しました: {path}").format(path=target)
        + "\n"
        + tr(
            "Word で開いて事務局の文面に直してください。{{ 宛名 }} のような差し込み欄は、"
            "「Word の文書に差し込む…」で宛先ごとに埋まります。"
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    done.open()  # not exec(): the preview stays usable behind it
