"""The demo's fictitious addresses in the forms: opened and saved unchanged they stay as they
were, though Japan Post knows none of their postal codes (000-xxxx) and no prefecture has the
sample municipalities' codes (99…); typed again, such a postal code is said to be unknown beside
the field, and the address is left alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pytestqt.qtbot import QtBot

from desktop.ops import councils as council_ops
from desktop.ops import registrations as registration_ops
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    choose_council,
    click_row,
    escape,
    open_dialog,
    open_window,
    read,
    save,
    settle,
    shown_column,
    type_into,
)

if TYPE_CHECKING:
    from desktop.ui.dialogs.form import FormDialog

AOBA = "あおば市（架空のサンプル）"
AOBA_ADDRESS = ("000-0001", "架空県あおば市本町一丁目2番3号")
KONO_ADDRESS = ("000-0022", "架空県みなと郡みなと町港南2-8-10 みなとビジネスセンター3階")
COUNCIL = "【架空のサンプル】地域DX推進協議会"


@pytest.fixture
def window(qtbot: QtBot, sample_path: Path) -> Iterator[MainWindow]:
    with open_window(qtbot, str(sample_path)) as win:
        yield win


def edit_aoba(window: MainWindow, qtbot: QtBot) -> FormDialog:
    """The sample town found by its name in the 登録 tab and its form opened, as a user would."""
    tab = window.registrations
    type_into(qtbot, tab.search, AOBA)
    settle(qtbot, window)
    click_row(qtbot, tab.table, shown_column(tab.table, "団体名").index(AOBA))
    settle(qtbot, window)
    tab.edit_button.click()
    return open_dialog(window)


def test_a_sample_organization_saved_unchanged_keeps_its_address(
    window: MainWindow, qtbot: QtBot, sample_path: Path
) -> None:
    form = edit_aoba(window, qtbot)
    shown = form.values()
    assert (shown["postal_code"], shown["address"]) == AOBA_ADDRESS
    assert form.postal_notes["postal_code"].text() == ""  # nothing said before a code is typed
    save(form)
    settle(qtbot, window)
    assert not form.isVisible(), form.error_label.text()
    (aoba,) = [r for r in read(sample_path, registration_ops.list_organizations) if r.name == AOBA]
    detail = read(sample_path, registration_ops.get_organization, aoba.id)
    assert (detail.postal_code, detail.address) == AOBA_ADDRESS


def test_a_sample_code_typed_again_is_said_to_be_unknown(window: MainWindow, qtbot: QtBot) -> None:
    form = edit_aoba(window, qtbot)
    type_into(qtbot, form.editor("postal_code"), "0000001")
    assert form.postal_notes["postal_code"].text() == "日本郵便のデータにない郵便番号です。"
    assert form.values()["address"] == AOBA_ADDRESS[1]
    type_into(qtbot, form.editor("postal_code"), AOBA_ADDRESS[0])  # as it was: nothing to lose
    escape(qtbot, form)
    assert not form.isVisible()


def test_a_sample_members_own_address_stays_when_saved_unchanged(
    window: MainWindow, qtbot: QtBot, sample_path: Path
) -> None:
    tab = window.councils
    choose_council(qtbot, window, COUNCIL)
    click_row(
        qtbot, tab.roster.members, shown_column(tab.roster.members, "氏名").index("河野 花子")
    )
    settle(qtbot, window)
    tab.roster.edit_button.click()
    form = open_dialog(window)
    assert (form.values()["postal_code"], form.values()["address"]) == KONO_ADDRESS
    save(form)
    settle(qtbot, window)
    assert not form.isVisible(), form.error_label.text()
    council_id = tab.councils.current().id
    (member,) = [
        m for m in read(sample_path, council_ops.list_members, council_id) if m.name == "河野 花子"
    ]
    assert (member.postal_code, member.address) == KONO_ADDRESS
