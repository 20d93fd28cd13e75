"""郵便番号 in the organization and member forms: a known code fills an empty address from Japan
Post's data, what the user wrote is never replaced, an unknown code is said beside the field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ops import councils as council_ops
from desktop.ops import registrations as registration_ops
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    choose_council,
    fill,
    open_dialog,
    read,
    save,
    settle,
    type_into,
    window,  # noqa: F401  (a fixture)
)


def typed_after(qtbot: QtBot, editor: QWidget, text: str) -> None:
    """Go to the end of the field (End) and type on, the Japanese as the input method gives it."""
    qtbot.keyClick(editor, Qt.Key.Key_End)
    committed = QInputMethodEvent()
    committed.setCommitString(text)
    QApplication.sendEvent(editor, committed)


def address_shown(dialog: object) -> str:
    return dialog.values()["address"]  # type: ignore[attr-defined,no-any-return]


def test_a_postal_code_typed_into_the_organization_form_fills_the_address(
    window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    window.registrations.add_button.click()
    dialog = open_dialog(window)
    fill(qtbot, dialog, name="株式会社みらい交通", kind="company")
    type_into(qtbot, dialog.editor("postal_code"), "１００８９１４")  # as an IME gives it
    assert address_shown(dialog) == "東京都千代田区永田町1丁目6-1"
    assert dialog.postal_notes["postal_code"].text() == ""
    typed_after(qtbot, dialog.editor("address"), " 中央合同庁舎8号館")  # the building
    save(dialog)
    settle(qtbot, window)
    assert not dialog.isVisible(), dialog.error_label.text()
    (added,) = [
        r
        for r in read(demo_path, registration_ops.list_organizations)
        if r.name == "株式会社みらい交通"
    ]
    detail = read(demo_path, registration_ops.get_organization, added.id)
    assert (detail.postal_code, detail.address) == (
        "100-8914",
        "東京都千代田区永田町1丁目6-1 中央合同庁舎8号館",
    )
    shown = window.registrations.detail_view.toPlainText()
    assert "100-8914" in shown and "中央合同庁舎8号館" in shown


def test_what_the_user_wrote_stays_and_an_unknown_code_is_said(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.registrations.add_button.click()
    dialog = open_dialog(window)
    fill(qtbot, dialog, address="埼玉県秩父市熊木町8-15")
    type_into(qtbot, dialog.editor("postal_code"), "368-8686")
    assert address_shown(dialog) == "埼玉県秩父市熊木町8-15"
    type_into(qtbot, dialog.editor("postal_code"), "999-9999")
    assert dialog.postal_notes["postal_code"].text() == "日本郵便のデータにない郵便番号です。"
    assert address_shown(dialog) == "埼玉県秩父市熊木町8-15"
    type_into(qtbot, dialog.editor("postal_code"), "100-891")  # not a whole code: saving says
    assert dialog.postal_notes["postal_code"].text() == ""
    fill(qtbot, dialog, name="株式会社そら", kind="company")
    save(dialog)
    settle(qtbot, window)
    assert dialog.isVisible()
    assert "7桁" in dialog.error_label.text()


def test_a_code_typed_again_replaces_the_address_it_filled_not_one_typed(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.registrations.add_button.click()
    dialog = open_dialog(window)
    type_into(qtbot, dialog.editor("postal_code"), "1000001")
    assert address_shown(dialog) == "東京都千代田区千代田"
    type_into(qtbot, dialog.editor("postal_code"), "0600042")
    assert address_shown(dialog) == "北海道札幌市中央区大通西"


def test_a_members_own_address_from_the_member_form(
    window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    tab = window.councils
    choose_council(qtbot, window)
    tab.roster.add_button.click()
    dialog = open_dialog(window)
    fill(qtbot, dialog, role="member", name="山田 太郎", organization="秩父大学")
    type_into(qtbot, dialog.editor("postal_code"), "〒368-0046")
    assert address_shown(dialog) == "埼玉県秩父市宮側町"
    save(dialog)
    settle(qtbot, window)
    assert not dialog.isVisible(), dialog.error_label.text()
    council_id = tab.councils.current().id
    (member,) = [
        m for m in read(demo_path, council_ops.list_members, council_id) if m.name == "山田 太郎"
    ]
    assert (member.postal_code, member.address) == ("368-0046", "埼玉県秩父市宮側町")
