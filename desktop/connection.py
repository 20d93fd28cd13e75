"""A shared database server as the user names it: host, port, database and user.

The connection dialog saves this in the settings ("server_url") so that the window opens the
office's server next time; the password is never saved. The server may know it already (a
pgpass file set up by IT, or the PGPASSWORD variable); otherwise the window asks at start and
keeps it in memory only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import URL, make_url
from sqlalchemy.exc import ArgumentError

from db.errors import ValidationError
from desktop.catalogue import QT_TR_NOOP, Text

DRIVER = "postgresql+psycopg"
NAME = re.compile(r"[^\s/?#@:%\\]+")  # what a URL can carry as it is
HOST = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.\-_]*[A-Za-z0-9])?")  # a host name or IPv4
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerConnection:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    @classmethod
    def entered(cls, host: str, port: str, database: str, user: str) -> ServerConnection:
        """From the dialog's fields, with a message naming the field at fault."""
        for value, field, label in (
            (host, "host", Text(QT_TR_NOOP("サーバー"))),
            (database, "database", Text(QT_TR_NOOP("データベース名"))),
            (user, "user", Text(QT_TR_NOOP("ユーザー名"))),
        ):
            if not value.strip():
                raise ValidationError(QT_TR_NOOP("{label}を入力してください。"), field, label=label)
            if not NAME.fullmatch(value.strip()):
                raise ValidationError(
                    QT_TR_NOOP(
                        "{label}「{value}」に使えない文字があります（空白や / ? # @ : など）。"
                    ),
                    field,
                    label=label,
                    value=value.strip(),
                )
        if not HOST.fullmatch(host.strip()):
            raise ValidationError(
                QT_TR_NOOP(
                    "サーバーには名前か IP アドレスを入力してください（例: db-server、192.168.1.10）。"
                ),
                "host",
            )
        try:
            number = int(port.strip() or DEFAULT_PORT)
        except ValueError:
            number = 0
        if not 1 <= number <= 65535:
            raise ValidationError(
                QT_TR_NOOP("ポートは 1〜65535 の数字で入力してください（既定 5432）。"), "port"
            )
        return cls(host.strip(), database.strip(), user.strip(), number)

    @classmethod
    def from_url(cls, text: str) -> ServerConnection | None:
        """The saved connection; None when `text` is not a PostgreSQL URL."""
        try:
            url = make_url(text)
        except ArgumentError:
            return None
        if url.get_backend_name() != "postgresql" or not url.host or not url.database:
            return None
        return cls(url.host, url.database, url.username or "", url.port or DEFAULT_PORT)

    def url(self, password: str | None = None) -> str:
        """The SQLAlchemy URL (with the password only when one is given: never saved so)."""
        made = URL.create(
            DRIVER,
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
        )
        return made.render_as_string(hide_password=False)


def shown(db: str | None) -> str:
    """The database as the user may see it: the file's path, or the URL without a password."""
    if not db:
        from db.paths import default_database_path

        return str(default_database_path())
    if "://" not in db:
        return db
    try:
        return make_url(db).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return db


def with_password(url: str, password: str) -> str:
    """The URL as given (driver, sslmode …) with the password the user typed, to connect with."""
    return make_url(url).set(password=password).render_as_string(hide_password=False)
