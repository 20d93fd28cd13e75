"""Every file the program writes for the user: where it may go, and how it is written.

`check_output(target)` refuses, with one Japanese sentence, any target that is not a place for
an output: a folder, a device or pipe, a missing folder, the open database, its -wal / -shm /
-journal files, anything in its backups folder, an existing SQLite database file — and any path
that resolves (links followed, hard links compared by identity) to one of them. The program
registers each database it opens with `protect`.

`write_atomically(target, write)` writes through `write(temp)` to a temporary file beside the
(resolved) target, flushes it to disk and renames it into place: a failure — a full disk, a file
too large, a folder that cannot be written — leaves neither a partial file nor a damaged old one,
and comes out as one `UserError` line naming the file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import UserError
from desktop.catalogue import QT_TR_NOOP, Text

if TYPE_CHECKING:
    from db.database import Database

SQLITE_MAGIC = b"SQLite format 3\x00"
DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal")

_lock = threading.Lock()
_databases: set[Path] = set()  # resolved paths of the database files opened in this process
_backup_folders: set[Path] = set()


def protect(database_file: Path | None, backups: Path) -> None:
    """Never write an output over this database file (None: a server database) or into its
    backups folder."""
    with _lock:
        if database_file is not None:
            _databases.add(_resolved(database_file))
        _backup_folders.add(_resolved(backups))


def protect_database(database: Database) -> None:
    """`protect` for an open database (the window calls it for each one it opens)."""
    from db.backup import backup_folders

    for folder in backup_folders(database):
        protect(database.path, folder)


def protect_url(db: str | None) -> None:
    """`protect` for a `--db` argument (a path or an SQLAlchemy URL), resolved as
    db.engine.resolve_url does; the server's backups folder is the data folder's."""
    from db.backup import backup_folders, chosen_folder
    from db.engine import resolve_url
    from db.errors import DatabaseUnavailable
    from db.paths import data_dir

    try:
        url = resolve_url(db)
    except DatabaseUnavailable:  # not a URL at all: nothing to protect, opening it will say so
        return
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        path = Path(url.database)
        for folder in backup_folders(path):
            protect(path, folder)
    elif url.get_backend_name() != "sqlite":
        protect(None, data_dir() / "backups")
        chosen = chosen_folder()
        if chosen is not None:
            protect(None, chosen)


def _resolved(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _same_file(a: Path, b: Path) -> bool:
    """Whether two existing paths are one file (a hard link is caught here)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _same_path(a: Path, b: Path) -> bool:
    """The same name (letter case aside where the system ignores it) or the same file."""
    return os.path.normcase(a) == os.path.normcase(b) or _same_file(a, b)


def _is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def check_output(target: Path) -> Path:
    """The target, if an output may be written there; otherwise `UserError` (one line)."""
    target = Path(target)
    try:
        return _check_output(target)
    except OSError as exc:  # e.g. a folder this user may not look into
        raise write_error(target, exc) from None


def _check_output(target: Path) -> Path:
    if not target.name or target.is_dir():
        raise UserError(
            QT_TR_NOOP("「{target}」はフォルダです。書き出すファイルの名前を指定してください。"),
            target=target,
        )
    if target.exists() and not target.is_file():  # a device or a pipe is never replaced
        raise UserError(
            QT_TR_NOOP(
                "「{target}」はファイルではありません。書き出すファイルの名前を指定してください。"
            ),
            target=target,
        )
    resolved = _resolved(target)
    if not resolved.parent.is_dir():
        raise UserError(
            QT_TR_NOOP("フォルダ「{folder}」がありません。既存のフォルダを指定してください。"),
            folder=target.parent,
        )
    with _lock:
        databases = sorted(_databases)
        backup_folders = sorted(_backup_folders)
    for database in databases:
        for suffix in DATABASE_COMPANIONS:
            protected = database.with_name(database.name + suffix)
            if _same_path(resolved, protected):
                what = (
                    Text(QT_TR_NOOP("データベース"))
                    if not suffix
                    else Text(QT_TR_NOOP("データベースの作業ファイル（{suffix}）"), suffix=suffix)
                )
                raise UserError(
                    QT_TR_NOOP(
                        "「{target}」は使用中の{what}のため書き出し先にできません。"
                        "別のファイル名を指定してください。"
                    ),
                    target=target,
                    what=what,
                )
    for folder in backup_folders:
        if any(_same_path(place, folder) for place in resolved.parents):
            raise UserError(
                QT_TR_NOOP(
                    "「{target}」はバックアップのフォルダ「{folder}」の中のため書き出し先に"
                    "できません。別の場所を指定してください。"
                ),
                target=target,
                folder=folder,
            )
    if _is_sqlite_file(resolved):
        raise UserError(
            QT_TR_NOOP(
                "「{target}」はデータベースのファイルのため上書きできません。"
                "別のファイル名を指定してください。"
            ),
            target=target,
        )
    return target


def refuse_inputs(target: Path, inputs: Iterable[Path]) -> None:
    """An output (e.g. an import's report) never replaces one of the files it was made from."""
    for source in inputs:
        if Path(source).is_file() and _same_file(Path(target), Path(source)):
            raise UserError(
                QT_TR_NOOP(
                    "「{target}」は読み込むファイルのため書き出し先にできません。"
                    "別のファイル名を指定してください。"
                ),
                target=target,
            )


def write_atomically(target: Path, write: Callable[[Path], object]) -> None:
    """Check the target, write `write(temp)` beside it, fsync, rename into place (see above)."""
    target = check_output(target)
    final = _resolved(target)  # through a link: the file it points to is what gets replaced
    try:
        temp = _new_temporary_file(final)
    except OSError as exc:
        raise write_error(target, exc) from None
    try:
        try:
            write(temp)
        except Exception as exc:
            raise as_os_error(exc) from exc
        _keep_mode(final, temp)
        with temp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(temp, final)
    except OSError as exc:
        raise write_error(target, exc) from None
    finally:
        with contextlib.suppress(OSError):  # if it cannot be removed, the error says why
            temp.unlink(missing_ok=True)


def as_os_error(exc: Exception) -> Exception:
    """lxml's writer (which openpyxl uses) reports a failed write as "IO_EFBIG", "IO_ENOSPC" …
    rather than as an OSError: the same failure, said the same way."""
    name = str(exc)
    if type(exc).__name__ == "SerialisationError" and name.startswith("IO_"):
        number = getattr(errno, name.removeprefix("IO_"), None)
        if isinstance(number, int):
            return OSError(number, os.strerror(number))
    return exc


def write_bytes_atomically(target: Path, content: bytes) -> None:
    write_atomically(target, lambda temp: temp.write_bytes(content))


def _new_temporary_file(final: Path) -> Path:
    """A new, empty file beside `final`, with the permissions a new file gets here (the umask
    applies, as when the program writes any file)."""
    while True:
        # the name shortened: it must fit wherever the target's name just fits
        temp = final.with_name(f".{final.name[:100]}.{secrets.token_hex(4)}.tmp")
        try:
            os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        except FileExistsError:
            continue
        return temp


def _keep_mode(final: Path, temp: Path) -> None:
    """A replaced file keeps its permissions."""
    with contextlib.suppress(FileNotFoundError):
        os.chmod(temp, stat.S_IMODE(final.stat().st_mode))


def write_error(target: Path, exc: OSError) -> UserError:
    """The one line that says why `target` could not be written."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        reason = Text(
            QT_TR_NOOP("ファイルが大きすぎます")
            if exc.errno == errno.EFBIG
            else QT_TR_NOOP("ディスクの空きが足りません")
        )
        return UserError(
            QT_TR_NOOP(
                "「{target}」を書き出せません（{reason}）。"
                "空きを作るか、別の場所を指定してください（途中までのファイルは残していません）。"
            ),
            target=target,
            reason=reason,
        )
    if exc.errno == errno.EROFS:
        return UserError(
            QT_TR_NOOP(
                "「{target}」を書き出せません（読み取り専用の場所です）。"
                "書き込めるフォルダを指定してください。"
            ),
            target=target,
        )
    if exc.errno in (errno.EACCES, errno.EPERM):  # on Windows also: the file is open in Excel
        return UserError(
            QT_TR_NOOP(
                "「{target}」を書き出せません（書き込みが許可されていません）。"
                "Excel などでそのファイルを開いている場合は閉じてから、書き込めるフォルダか確かめて"
                "もう一度書き出してください。"
            ),
            target=target,
        )
    return UserError(
        QT_TR_NOOP(
            "「{target}」を書き出せません（{reason}）。"
            "ファイルを開いているアプリを閉じるか、別の場所を指定してください。"
        ),
        target=target,
        reason=exc.strerror or exc,
    )
