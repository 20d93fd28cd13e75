"""Errors the user sees: each carries one clear sentence saying what to do, as a marked
template and its parameters (desktop.catalogue.Text): `str(error)` is the Japanese sentence (the
command line prints it), `error.text(lang)` the same in the window's language."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.catalogue import QT_TR_NOOP, SOURCE_LANGUAGE, Text, Translatable, in_language

BUSY = QT_TR_NOOP("データベースが別の操作で使用中です。しばらく待ってからやり直してください。")


def is_about_a_lock(detail: str) -> bool:
    """SQLite's words for a lock another program held too long, and PostgreSQL's (lock_timeout,
    or a deadlock with it: a restore locks every table while a save locks its rows)."""
    detail = detail.lower()
    return any(word in detail for word in ("locked", "busy", "lock timeout", "deadlock"))


class UserError(Exception):
    """A problem with the user's input or environment (CLI exit code 2), never a bug.

    Raised with a marked template and its parameters, `UserError(QT_TR_NOOP("「{path}」が
    ありません。"), path=…)`, or with a Text already made (a rule's refusal)."""

    def __init__(self, template: str | Text, /, **params: object) -> None:
        self.said = template if isinstance(template, Text) else Text(template, **params)
        super().__init__(str(self.said))

    def text(self, lang: str) -> str:
        """The sentence in `lang` (Japanese: the same as str())."""
        return self.said.text(lang)


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

    def __init__(self, template: str | Text, field: str | None = None, /, **params: object) -> None:
        super().__init__(template, **params)
        self.field = field


class ConflictError(UserError):
    """Someone else changed the record since it was loaded; `table` and `row_id` name it when
    it still exists (the window then shows what changed and offers to overwrite)."""

    def __init__(
        self,
        template: str | Text,
        table: str | None = None,
        row_id: int | None = None,
        /,
        **params: object,
    ) -> None:
        super().__init__(template, **params)
        self.table = table
        self.row_id = row_id


class DatabaseRestored(ConflictError):
    """The database was restored from a backup (by another window, PC or `secdesk restore`)
    after this program loaded its data: the change is refused once, and the window reloads."""


class NeedsConfirmation(UserError):
    """Nothing is wrong enough to refuse, but the user should see `warnings` first and say
    whether to go on (the operation is run again with its input's `confirmed` set)."""

    def __init__(self, warnings: Sequence[str | Translatable]) -> None:
        self.warnings_said = list(warnings)
        self.warnings = self.warnings_in(SOURCE_LANGUAGE)
        super().__init__("\n".join(self.warnings))

    def warnings_in(self, lang: str) -> list[str]:
        return [in_language(warning, lang) for warning in self.warnings_said]

    def text(self, lang: str) -> str:
        return "\n".join(self.warnings_in(lang))
