"""ファイル ▸ サーバーのデータベースに接続: the dialog, the kept connection (never its password)
and the password asked for at start."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, make_url

from db.engine import open_database
from db.errors import PasswordRequired, ValidationError
from desktop import settings
from desktop.connection import ServerConnection
from desktop.ui.dialogs import connect
from desktop.ui.dialogs.connect import ConnectDialog
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import answering_modal, menu_action, press, settle, type_into

# .ci/run makes the test server ask this role (and only it) for a password.
PASSWORD_ROLE = "secdesk_password_test"
PASSWORD = "kaigi-2026"


def test_the_fields_are_checked_and_the_password_never_kept() -> None:
    with pytest.raises(ValidationError, match="サーバー") as refused:
        ServerConnection.entered(" ", "5432", "secdesk", "jimukyoku")
    assert refused.value.field == "host"
    with pytest.raises(ValidationError, match="ポート"):
        ServerConnection.entered("db-server", "五四三二", "secdesk", "jimukyoku")
    chosen = ServerConnection.entered(" db-server ", "", "secdesk", "jimukyoku")
    assert chosen.url() == "postgresql+psycopg://jimukyoku@db-server:5432/secdesk"
    assert "p%40ss" in chosen.url("p@ss")  # escaped, for the connection only
    assert ServerConnection.from_url(chosen.url("secret")) == chosen
    assert ServerConnection.from_url("/home/jimu/secdesk.sqlite") is None


def open_window(qtbot: QtBot, db: str | None) -> MainWindow:
    window = MainWindow(db, offer_demo=False)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    return window


def test_connect_to_the_office_server_and_keep_it(
    postgres_url: str, demo_path: str, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, str(demo_path))
    server = make_url(postgres_url)

    def fill_in(dialog: ConnectDialog) -> None:
        type_into(qtbot, dialog.host, server.host or "")
        type_into(qtbot, dialog.port, str(server.port))
        type_into(qtbot, dialog.database, server.database or "")
        type_into(qtbot, dialog.user, server.username or "")
        type_into(qtbot, dialog.password, "unused-by-a-trusting-server")
        press(dialog, "接続")
        assert dialog.result() == QDialog.DialogCode.Accepted

    asked: list[str] = []

    def create_it(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", create_it)
    with (
        answering_modal(ConnectDialog, fill_in),
        qtbot.waitSignal(window.database_opened, timeout=30_000),
    ):
        menu_action(window, "ファイル(&F)", "サーバーのデータベースに接続(&S)…").trigger()
    settle(qtbot, window)
    # The server database is empty: made into the program's only once the user says so.
    assert len(asked) == 1 and server.database in asked[0] and "unused-by" not in asked[0]
    assert server.database in window.db_label.text()
    assert "unused-by" not in window.db_label.text()
    kept = json.loads(settings.settings_path().read_text(encoding="utf-8"))["server_url"]
    assert kept == ServerConnection.from_url(postgres_url).url()  # type: ignore[union-attr]
    assert "unused-by" not in kept
    window.close()


@pytest.fixture
def password_url(postgres_url: str) -> Iterator[str]:
    """The test database, as a role the server asks a password of."""
    url = make_url(postgres_url)
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = f"SELECT 1 FROM pg_roles WHERE rolname = '{PASSWORD_ROLE}'"
        if not conn.exec_driver_sql(exists).scalar():  # roles outlive test databases
            conn.exec_driver_sql(f"CREATE ROLE {PASSWORD_ROLE} LOGIN")
        conn.exec_driver_sql(f"ALTER ROLE {PASSWORD_ROLE} PASSWORD '{PASSWORD}'")
        conn.exec_driver_sql(f'GRANT ALL ON DATABASE "{url.database}" TO {PASSWORD_ROLE}')
        conn.exec_driver_sql(f"GRANT ALL ON SCHEMA public TO {PASSWORD_ROLE}")
    without = url.set(username=PASSWORD_ROLE).render_as_string(hide_password=False)
    try:
        open_database(without).close()
    except PasswordRequired:
        yield without
    else:
        pytest.skip(f"the server does not ask {PASSWORD_ROLE} for a password (see .ci/run)")
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP OWNED BY {PASSWORD_ROLE}")
        admin.dispose()


def test_the_password_is_asked_for_at_start(
    password_url: str, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answers = iter(["wrong", PASSWORD])

    def ask(_parent: object, connection: ServerConnection, why: str) -> str | None:
        asked.append(why)
        return next(answers)

    asked_to_create: list[str] = []

    def create_it(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked_to_create.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(connect, "ask_password", ask)
    monkeypatch.setattr(QMessageBox, "question", create_it)
    window = MainWindow(password_url, offer_demo=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.database_opened, timeout=30_000):
        window.show()
    settle(qtbot, window)
    assert len(asked) == 2 and all("パスワード" in why for why in asked)
    assert len(asked_to_create) == 1 and PASSWORD not in asked_to_create[0]  # never shown
    assert PASSWORD not in window.db_label.text()
    window.close()
