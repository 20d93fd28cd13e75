"""Errors the user sees: each carries one clear Japanese sentence saying what to do."""

from __future__ import annotations

BUSY = "データベースが別の操作で使用中です。しばらく待ってからやり直してください。"


def is_about_a_lock(detail: str) -> bool:
    """SQLite's words for a lock another program held too long, and PostgreSQL's (lock_timeout,
    or a deadlock with it: a restore locks every table while a save locks its rows)."""
    detail = detail.lower()
    return any(word in detail for word in ("locked", "busy", "lock timeout", "deadlock"))


class UserError(Exception):
    """A problem with the user's input or environment (CLI exit code 2), never a bug."""


class DatabaseUnavailable(UserError):
    """The database cannot be opened: bad path, not a database, corrupt, too new."""


class DatabaseMissing(DatabaseUnavailable):
    """There is no database there yet (no file, an empty file, an empty server database) and
    creating one was not asked for: the window asks whether to create it, a reading verb stops."""


class PasswordRequired(DatabaseUnavailable):
    """The server wants a password that was not given, or refused the one given: the window
    asks for it (it is never saved)."""


class ValidationError(UserError):
    """A record fails validation; `field` names the input that needs correcting."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ConflictError(UserError):
    """Someone else changed the record since it was loaded; `table` and `row_id` name it when
    it still exists (the window then shows what changed and offers to overwrite)."""

    def __init__(self, message: str, table: str | None = None, row_id: int | None = None) -> None:
        super().__init__(message)
        self.table = table
        self.row_id = row_id


class DatabaseRestored(ConflictError):
    """The database was restored from a backup (by another window, PC or `secdesk restore`)
    after this program loaded its data: the change is refused once, and the window reloads."""


class NeedsConfirmation(UserError):
    """Nothing is wrong enough to refuse, but the user should see `warnings` first and say
    whether to go on (the operation is run again with its input's `confirmed` set)."""

    def __init__(self, warnings: list[str]) -> None:
        super().__init__("\n".join(warnings))
        self.warnings = warnings
