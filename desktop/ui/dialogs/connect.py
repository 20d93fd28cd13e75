"""ファイル ▸ サーバーに接続: the office's shared PostgreSQL database, and the password prompt.

The connection (without the password) may be kept in the settings so that the window opens the
server next time; the password is asked for when the server wants one and kept in memory only.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db.errors import ValidationError
from desktop.connection import DEFAULT_PORT, ServerConnection
from desktop.ui.i18n import said, tr


class ConnectDialog(QDialog):
    def __init__(self, current: ServerConnection | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("サーバーのデータベースに接続"))
        self.setMinimumWidth(460)
        self.host = QLineEdit(current.host if current else "")
        self.host.setPlaceholderText(tr("例: 192.168.1.10 または db-server"))
        self.port = QLineEdit(str(current.port if current else DEFAULT_PORT))
        self.database = QLineEdit(current.database if current else "secdesk")
        self.user = QLineEdit(current.user if current else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("空欄: サーバー側の設定（pgpass）を使う"))
        self.remember = QCheckBox(
            tr("次回の起動時もこのサーバーに接続する（パスワードは保存しません）")
        )
        self.remember.setChecked(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(tr("サーバー(&S)"), self.host)
        form.addRow(tr("ポート(&P)"), self.port)
        form.addRow(tr("データベース名(&D)"), self.database)
        form.addRow(tr("ユーザー名(&U)"), self.user)
        form.addRow(tr("パスワード(&W)"), self.password)
        self.fields = {
            "host": self.host,
            "port": self.port,
            "database": self.database,
            "user": self.user,
        }
        buttons = QDialogButtonBox()
        buttons.addButton(tr("接続"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("キャンセル"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.connection: ServerConnection | None = None

    def accept(self) -> None:
        try:
            self.connection = ServerConnection.entered(
                self.host.text(), self.port.text(), self.database.text(), self.user.text()
            )
        except ValidationError as exc:
            self.error.setText(said(exc))
            self.error.show()
            if exc.field in self.fields:
                self.fields[exc.field].setFocus()
            return
        super().accept()

    def url(self) -> str:
        assert self.connection is not None
        return self.connection.url(self.password.text())


def ask_password(parent: QWidget, connection: ServerConnection, why: str) -> str | None:
    """The password for `connection`, or None when the user cancels."""
    text, ok = QInputDialog.getText(
        parent,
        tr("パスワード"),
        tr("{why}\n\n{user}@{host}:{port}/{database} のパスワード:").format(
            why=why,
            user=connection.user,
            host=connection.host,
            port=connection.port,
            database=connection.database,
        ),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None
