"""A shared database server as the user names it: host, port, database and user.

The connection dialog saves this in the settings ("server_url") so that the window opens the
office's server next time; the password is never saved. The server may know it already (a
pgpass file set up by IT, or the PGPASSWORD variable); otherwise the window asks at start and
keeps it in memory only.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import URL, make_url
from sqlalchemy.exc import ArgumentError

from db.errors import ValidationError

DRIVER = "postgresql+psycopg"
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
            (host, "host", "サーバー"),
            (database, "database", "データベース名"),
            (user, "user", "ユーザー名"),
        ):
            if not value.strip():
                raise ValidationError(f"{label}を入力してください。", field)
        try:
            number = int(port.strip() or DEFAULT_PORT)
        except ValueError:
            number = 0
        if not 1 <= number <= 65535:
            raise ValidationError(
                "ポートは 1〜65535 の数字で入力してください（既定 5432）。", "port"
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
