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


class ConnectDialog(QDialog):
    def __init__(self, current: ServerConnection | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("サーバーのデータベースに接続")
        self.setMinimumWidth(460)
        self.host = QLineEdit(current.host if current else "")
        self.host.setPlaceholderText("例: 192.168.1.10 または db-server")
        self.port = QLineEdit(str(current.port if current else DEFAULT_PORT))
        self.database = QLineEdit(current.database if current else "secdesk")
        self.user = QLineEdit(current.user if current else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("空欄: サーバー側の設定（pgpass）を使う")
        self.remember = QCheckBox(
            "次回の起動時もこのサーバーに接続する（パスワードは保存しません）"
        )
        self.remember.setChecked(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow("サーバー(&S)", self.host)
        form.addRow("ポート(&P)", self.port)
        form.addRow("データベース名(&D)", self.database)
        form.addRow("ユーザー名(&U)", self.user)
        form.addRow("パスワード(&W)", self.password)
        self.fields = {
            "host": self.host,
            "port": self.port,
            "database": self.database,
            "user": self.user,
        }
        buttons = QDialogButtonBox()
        buttons.addButton("接続", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton("キャンセル", QDialogButtonBox.ButtonRole.RejectRole)
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
            self.error.setText(str(exc))
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
        "パスワード",
        f"{why}\n\n{connection.user}@{connection.host}:{connection.port}/{connection.database}"
        " のパスワード:",
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None
