"""Importing from the window: review with highlighted problems, per-row decisions, undo."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.excel.forms import read_form
from desktop.excel.workbook import read_workbook
from desktop.imports.kinds import form_labels
from desktop.ui.dialogs.import_batches import BatchesDialog
from desktop.ui.dialogs.import_review import ERROR_TINT, ImportReviewDialog, decision_key
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.table_model import ROW_ROLE
from tests.helpers.gui_support import (
    choose,
    click_row,
    escape,
    import_files,
    import_folder,
    menu_action,
    settle,
    visible,
    window,  # noqa: F401  (a fixture)
)
from tests.helpers.import_files import filled_expert_form, messy_list, type_into, write_list


def test_review_commit_and_undo_from_the_window(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = messy_list(tmp_path / "messy.xlsx")
    import_files(window, monkeypatch, path)
    settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    # 秩父市 is on rows 5 and 10: one registration, not an error.
    assert "取り込む 2件" in review.summary.text() and "エラー 2件" in review.summary.text()
    proxy = review.table.proxy
    verdicts = {
        proxy.index(r, 0).data(ROW_ROLE).origin.row: proxy.index(r, 4).data()
        for r in range(proxy.rowCount())
    }
    assert verdicts[10] == "5行目とまとめて取り込む"
    tints = {
        proxy.index(r, 0).data(ROW_ROLE).origin.row: proxy.index(r, 0).data(
            Qt.ItemDataRole.BackgroundRole
        )
        for r in range(proxy.rowCount())
    }
    assert tints[7] is not None and tints[7].name() == ERROR_TINT
    assert tints[6] is None  # a clean row (仙台市)

    # The user decides that 仙台市's row should not be imported after all.
    for r in range(proxy.rowCount()):
        if proxy.index(r, 0).data(ROW_ROLE).organization_name == "仙台市":
            click_row(qtbot, review.table, r)
    assert review.decision.isEnabled()
    skip = review.decision.itemText(review.decision.findData(decision_key(None, "skip")))
    choose(qtbot, review.decision, skip)
    assert "取り込む 1件" in review.summary.text()

    review.commit_button.click()
    settle(qtbot, window)
    assert not review.isVisible()
    assert "取り込み番号 1" in window.statusBar().currentMessage()
    tab = window.registrations
    choose(qtbot, tab.program_box, "地域未来構想20 オープンラボ")
    settle(qtbot, window)
    assert [r.name for r in tab.table.source.rows()] == ["秩父市"]

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    menu_action(window, "ファイル(&F)", "取り込み履歴・取り消し…").trigger()
    settle(qtbot, window)
    (history,) = visible(BatchesDialog)
    click_row(qtbot, history.table, 0)
    assert history.undo_button.isEnabled()
    history.undo_button.click()
    settle(qtbot, window)
    assert not history.isVisible()
    settle(qtbot, window)
    assert tab.table.source.rowCount() == 0


def test_a_bad_file_gets_a_clear_dialog(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    bad = tmp_path / "old.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    import_files(window, monkeypatch, bad)
    settle(qtbot, window)
    assert len(shown) == 1 and "old.xls" in shown[0]
    assert visible(ImportReviewDialog) == []


def test_one_decision_for_all_matched_rows(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_files(window, monkeypatch, messy_list(tmp_path / "messy.xlsx"))
    settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    box = review.default_decision
    choose(qtbot, box, box.itemText(box.findData("skip")))
    assert not review.commit_button.isEnabled()  # both matched rows are now left out
    choose(qtbot, box, box.itemText(box.findData("update")))
    assert "取り込む 2件" in review.summary.text()
    assert {r.action for r in review.preview.accepted} == {"update"}
    escape(qtbot, review)


def test_review_of_a_folder_shows_the_rows_that_need_a_look(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder of many forms: the user narrows the review to the errors, or to one file."""
    folder = tmp_path / "forms"
    folder.mkdir()
    for number in range(1, 5):
        filled_expert_form(folder, number)
    bad = openpyxl.load_workbook(folder / "申込書_003.xlsx")
    type_into(bad.worksheets[0], "メールアドレス", "info3(at)example")
    bad.save(folder / "申込書_003.xlsx")
    import_folder(window, monkeypatch, folder)
    settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    proxy = review.table.proxy
    assert proxy.rowCount() == 4
    # What each file was taken for, before anything is imported.
    notes = review.file_notes.toPlainText().splitlines()
    assert "申込書_001.xlsx: 事務局デスクの様式（登録一覧）として読み取りました（1件）" in notes

    def shown() -> list[str]:
        return [proxy.index(r, 0).data(ROW_ROLE).origin.file for r in range(proxy.rowCount())]

    choose(qtbot, review.show_filter, "エラーの行")
    assert shown() == ["申込書_003.xlsx"]
    choose(qtbot, review.show_filter, "ファイル: 申込書_002.xlsx")
    assert shown() == ["申込書_002.xlsx"]
    choose(qtbot, review.show_filter, "すべての行")
    assert len(shown()) == 4
    escape(qtbot, review)


def test_the_review_reads_a_list_again_with_the_programme_the_user_chooses(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A project list without 技術 cannot tell its programme: the user picks it in the review."""
    path = write_list(
        tmp_path / "projects.xlsx",
        ["提案者", "提案タイトル", "選定年度"],
        ["秩父市", "山間地の見守り", "2022"],
    )
    import_files(window, monkeypatch, path)
    settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    assert review.program_choice.isVisibleTo(review)
    assert not review.commit_button.isEnabled()
    assert "確認画面の「事業」で選ぶ" in review.preview.records[0].problems[0].said()

    choose(qtbot, review.program_choice, "未来技術社会実装事業")
    settle(qtbot, window)
    (again,) = visible(ImportReviewDialog)
    assert again is not review
    assert again.program_choice.currentText() == "未来技術社会実装事業"
    assert "取り込む 1件" in again.summary.text()
    assert "事業: 未来技術社会実装事業" in again.preview.records[0].details()
    escape(qtbot, again)


def test_the_blank_forms_offered_are_the_ones_the_import_kinds_read(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[str] = []

    def choose(
        _parent: object, _title: str, _label: str, items: list[str], *_a: object
    ) -> tuple[str, bool]:
        offered.extend(items)
        return "委員名簿", True

    target = tmp_path / "名簿.xlsx"
    monkeypatch.setattr(QInputDialog, "getItem", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    menu_action(window, "ファイル(&F)", "テンプレートを保存…").trigger()
    settle(qtbot, window)
    assert offered == list(form_labels().values())
    (sheet,) = [s for s in read_workbook(target).sheets if not s.hidden]
    form = read_form(sheet)
    assert form is not None and form.kind == "roster"


def test_two_forms_from_one_company_are_one_registration_in_the_review(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A company sent its form twice (another field the second time): the review says the
    second is imported with the first, and one registration is made."""
    folder = tmp_path / "forms"
    folder.mkdir()
    for number in (1, 2):
        path = filled_expert_form(folder, number)
        book = openpyxl.load_workbook(path)
        type_into(book.worksheets[0], "団体名（企業名）", "株式会社にどめ")
        book.save(path)
    import_folder(window, monkeypatch, folder)
    settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    proxy = review.table.proxy
    verdicts = [proxy.index(r, 4).data() for r in range(proxy.rowCount())]
    assert verdicts[0] == "新規"
    assert verdicts[1].startswith("申込書_001.xlsx") and verdicts[1].endswith("とまとめて取り込む")
    assert "取り込む 1件" in review.summary.text()
    click_row(qtbot, review.table, 1)
    assert not review.decision.isEnabled()  # decided with the row it is merged into
    assert "2行を1件にまとめました" in review.detail.toPlainText()
    review.commit_button.click()
    settle(qtbot, window)
    assert not review.isVisible()
    tab = window.registrations
    choose(qtbot, tab.program_box, "地域未来構想20 オープンラボ")
    settle(qtbot, window)
    assert [r.name for r in tab.table.source.rows()].count("株式会社にどめ") == 1
