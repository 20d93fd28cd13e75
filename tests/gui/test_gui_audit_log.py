"""The whole audit log: who changed what and when, for a period; viewed in the window, printed,
exported as JSON for an auditor; on a server, the database role is part of "who"."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.database import Database
from db.engine import open_database
from db.models import Organization
from desktop.ops.registrations import OrganizationInput, get_organization, save_organization
from desktop.ui.main_window import MainWindow
from tests.helpers.cli_support import secdesk
from tests.helpers.gui_support import (
    enter,
    menu_action,
    settle,
    shown_cells,
    shown_rows,
    type_into,
    window,  # noqa: F401  (a fixture)
)


def rename_chichibu(database: Database) -> None:
    with database.sessions() as session:
        org_id = session.scalars(select(Organization.id).where(Organization.name == "秩父市")).one()
        d = get_organization(session, org_id)
    with database.transaction() as session:
        save_organization(
            session,
            OrganizationInput(
                name=d.name, kind=d.kind, kana=d.kana, lg_code=d.lg_code,
                note="監査テスト", id=d.id, version=d.version,
            ),
        )  # fmt: skip


def test_the_log_of_a_period_as_json(any_demo_url: str, tmp_path: Path) -> None:
    database = open_database(any_demo_url)
    try:
        rename_chichibu(database)
    finally:
        database.close()
    out = tmp_path / "log.json"
    today = dt.date.today().isoformat()
    done = secdesk(
        "--db", any_demo_url, "report", "audit-log", "--since", today, "--format", "json", "-o", out
    )
    assert done.returncode == 0, done.stderr
    rows = json.loads(out.read_text(encoding="utf-8"))["sections"][0]["rows"]
    newest = rows[0]
    assert (newest["対象"], newest["操作"], newest["table"]) == (
        f"団体 ID {newest['row_id']}",
        "変更",
        "organization",
    )
    assert newest["before"]["note"] is None
    assert (
        newest["after"]["note"] == "監査テスト" and "備考: （空欄） → 監査テスト" in newest["内容"]
    )
    if "://" in any_demo_url:  # on a server the database role is named with the OS user
        assert "（DB: postgres）" in newest["user"]

    old = secdesk(
        "--db", any_demo_url, "report", "audit-log", "--since", "2001-04-01",
        "--as-of", "2001-04-30", "--format", "json", "-o", out,
    )  # fmt: skip
    assert old.returncode == 0, old.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["sections"][0]["rows"] == []
    bad = secdesk("--db", any_demo_url, "print", "audit-log", "--since", "昨日", "-o", out)
    assert bad.returncode == 2 and "--since" in bad.stderr


def test_the_log_in_the_window(window: MainWindow, qtbot: QtBot, demo_path: Path) -> None:
    database = open_database(str(demo_path))
    try:
        rename_chichibu(database)
    finally:
        database.close()
    menu_action(window, "編集(&E)", "変更履歴（すべて）(&H)…").trigger()  # Ctrl+H
    settle(qtbot, window)
    dialog = window.audit_log_dialog
    assert dialog is not None and dialog.isVisible()
    first = shown_cells(dialog.table, 0)
    assert (first["対象"], first["操作"]) == ("団体", "変更") and "監査テスト" in first["内容"]
    assert dialog.count.text() == f"{len(shown_rows(dialog.table))}件"

    type_into(qtbot, dialog.since, "令和2年4月1日")
    enter(qtbot, dialog.until, "令和2年4月30日")
    settle(qtbot, window)
    assert shown_rows(dialog.table) == [] and dialog.count.text() == "0件"

    type_into(qtbot, dialog.since, "")
    type_into(qtbot, dialog.until, "")
    dialog.print_button.click()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.previews.dialog is not None, timeout=20_000)
    assert dialog.previews.dialog is not None
    assert "変更履歴" in dialog.previews.dialog.windowTitle()
