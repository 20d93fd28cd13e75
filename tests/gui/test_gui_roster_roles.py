"""A roster imported with roles of its own (会長, 相談役): the roster panel lists them by rank,
and editing such a member keeps the role the roster wrote."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from desktop.ops import councils as council_ops
from desktop.ui.dialogs.import_review import ImportReviewDialog
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    choose_council,
    click_row,
    fill,
    import_files,
    open_dialog,
    read,
    save,
    settle,
    shown_column,
    visible,
    window,  # noqa: F401  (a fixture)
)

COUNCIL = "さくら市まちづくり協議会"


def test_imported_roles_are_ranked_and_kept_when_a_member_is_edited(
    window: MainWindow,
    qtbot: QtBot,
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    roster = tmp_path / "委員名簿.csv"
    roster.write_text(
        "会議名,役割,氏名,役職\n"
        f"{COUNCIL},相談役,木村 修,元市長\n"
        f"{COUNCIL},委員,山田 一郎,商工会長\n"
        f"{COUNCIL},会長,佐藤 花子,教授\n",
        encoding="utf-8",
    )
    import_files(window, monkeypatch, roster)
    settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    review.commit_button.click()
    settle(qtbot, window)

    tab = window.councils
    choose_council(qtbot, window, COUNCIL)
    shown = tab.roster.members
    assert list(zip(shown_column(shown, "役割"), shown_column(shown, "氏名"), strict=True)) == [
        ("会長", "佐藤 花子"),
        ("委員", "山田 一郎"),
        ("相談役", "木村 修"),
    ]

    click_row(qtbot, tab.roster.members, 2)
    settle(qtbot, window)
    tab.roster.edit_button.click()
    dialog = open_dialog(window)
    role = dialog.editor("role")
    assert isinstance(role, QComboBox) and role.currentText() == "相談役"
    fill(qtbot, dialog, post="前市長")
    save(dialog)
    settle(qtbot, window)
    assert not dialog.isVisible(), dialog.error_label.text()
    council_id = tab.councils.current().id
    stored = read(demo_path, council_ops.list_members, council_id)
    assert [(m.role, m.post) for m in stored][-1] == ("相談役", "前市長")  # kept as written
