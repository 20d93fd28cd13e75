"""Backups as JSON: every table, every row, in one gzip file of JSON lines.

A server database (PostgreSQL) has no file to copy, so its backups are this dump; it can also be
asked for a file database (`secdesk backup -o x.json.gz`), which is how an office moves its data
from SQLite to a shared server. The dump is taken in one read transaction (a snapshot: the app may
keep running) from the tables as they are in the database, so that it works at any schema version.
Restoring rebuilds the schema at the dump's version, loads the rows and upgrades to the current
version, all in one transaction: an interruption leaves the old database as it was.

Layout, one JSON value per line: a header {"format", "version", "revision", "taken_at"}; for each
table {"table": name, "columns": [...]} followed by one array per row (bytes as hex digits); a
trailer {"end": rows}. Rows are read and written a thousand at a time, so that a large database
never sits in memory whole.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

from sqlalchemy import (
    Connection,
    Engine,
    MetaData,
    Table,
    bindparam,
    func,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.types import Date, DateTime, LargeBinary, Time

from db import text_rules
from db.errors import BUSY, DatabaseUnavailable, UserError, is_about_a_lock
from desktop.catalogue import QT_TR_NOOP, Text

if TYPE_CHECKING:
    from db.database import Database

FORMAT_NAME = "secdesk-backup"
FORMAT_VERSION = 1
SUFFIX = ".json.gz"
GZIP_MAGIC = b"\x1f\x8b"
CHUNK = 1000


def _plain(value: Any) -> Any:
    """A JSON value that reads back exactly (microseconds kept)."""
    if isinstance(value, dt.date | dt.time):  # datetime is a date
        return value.isoformat()
    if isinstance(value, bytes):  # keys kept as bytes (organization.sort_key): as hex digits
        return value.hex()
    return value


def _app_tables(conn: Connection) -> list[Table]:
    """The app's tables as they are in this database, parents before children."""
    from db.models import Base

    known = set(Base.metadata.tables)
    meta = MetaData()
    meta.reflect(conn, only=lambda name, _meta: name in known)
    return list(meta.sorted_tables)


def _write_line(out: IO[str], value: Any) -> None:
    out.write(json.dumps(value, ensure_ascii=False, separators=(",", ":")))
    out.write("\n")


def dump(database: Database, target: Path) -> None:
    """Write the whole database to `target` (written beside it and renamed: never half a file)."""
    from db.migrate import current_revision

    temp = target.with_name(f".{target.name}.tmp")
    try:
        with database.engine.connect() as conn:
            if not database.is_sqlite:  # one snapshot of every table while others keep writing
                conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin(), gzip.open(temp, "wt", encoding="utf-8", compresslevel=6) as out:
                if database.is_sqlite:  # the driver begins only before a write: a read snapshot
                    conn.exec_driver_sql("BEGIN")  # across the tables needs its own
                revision = current_revision(database, conn)
                if revision is None:
                    raise UserError(
                        QT_TR_NOOP("「{database}」は事務局デスクのデータベースではありません。"),
                        database=database.display_name(),
                    )
                _write_line(
                    out,
                    {
                        "format": FORMAT_NAME,
                        "version": FORMAT_VERSION,
                        "revision": revision,
                        "taken_at": dt.datetime.now().isoformat(timespec="seconds"),
                    },
                )
                rows = 0
                for table in _app_tables(conn):
                    _write_line(out, {"table": table.name, "columns": list(table.columns.keys())})
                    query = select(table).order_by(*table.primary_key.columns)
                    result = conn.execution_options(yield_per=CHUNK).execute(query)
                    for row in result:
                        _write_line(out, [_plain(v) for v in row])
                        rows += 1
                _write_line(out, {"end": rows})
        os.replace(temp, target)
    except UserError:
        temp.unlink(missing_ok=True)
        raise
    except (OSError, SQLAlchemyError) as exc:
        temp.unlink(missing_ok=True)
        detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        if is_about_a_lock(detail):
            raise UserError(BUSY) from None
        raise UserError(
            QT_TR_NOOP("バックアップ「{target}」を作成できません（{reason}）。"),
            target=target,
            reason=detail,
        ) from None


# ---------------------------------------------------------------- reading a dump back


@dataclass(frozen=True)
class _Clause:
    """A sentence put inside parentheses of another: its full stop left out."""

    sentence: Text

    def text(self, lang: str) -> str:
        return self.sentence.text(lang).rstrip("。.")


class _Reader:
    """The lines of a dump, checked as they are read."""

    def __init__(self, source: Path) -> None:
        self.source = source

    def _bad(self, why: Text) -> UserError:
        return UserError(
            QT_TR_NOOP(
                "「{source}」は事務局デスクのバックアップとして使えません（{why}）。"
                "secdesk backup で作ったファイルを指定してください。"
            ),
            source=self.source,
            why=why,
        )

    def lines(self) -> Iterator[Any]:
        try:
            with gzip.open(self.source, "rt", encoding="utf-8") as fh:
                for line in fh:
                    yield json.loads(line)
        except (OSError, EOFError, zlib.error, UnicodeDecodeError, ValueError):
            raise self._bad(Text(QT_TR_NOOP("途中で切れているか壊れています"))) from None

    def header(self) -> dict[str, Any]:
        first = next(self.lines(), None)
        if not isinstance(first, dict) or first.get("format") != FORMAT_NAME:
            raise self._bad(Text(QT_TR_NOOP("形式が違います")))
        if first.get("version") != FORMAT_VERSION or not isinstance(first.get("revision"), str):
            raise self._bad(
                Text(
                    QT_TR_NOOP("バックアップ形式 {version} には対応していません"),
                    version=first.get("version"),
                )
            )
        return first

    def check_whole(self) -> None:
        """A cut-off file is refused before anything is touched."""
        last: Any = None
        for last in self.lines():  # noqa: B007  (only the last line matters)
            pass
        if not (isinstance(last, dict) and "end" in last):
            raise self._bad(Text(QT_TR_NOOP("途中で切れています")))


def _converter(column: Any) -> Callable[[Any], Any]:
    kind = column.type
    if isinstance(kind, DateTime):
        return lambda v: None if v is None else dt.datetime.fromisoformat(v)
    if isinstance(kind, Date):
        return lambda v: None if v is None else dt.date.fromisoformat(v)
    if isinstance(kind, Time):
        return lambda v: None if v is None else dt.time.fromisoformat(v)
    if isinstance(kind, LargeBinary):
        return lambda v: None if v is None else bytes.fromhex(v)
    return lambda v: v


class _TableLoader:
    """Inserts one table's rows a chunk at a time. A reference to a row of the same table
    (an organization's parent) may point forwards, so those are set once all rows are in."""

    def __init__(self, conn: Connection, table: Table, columns: list[str]) -> None:
        unknown = [c for c in columns if c not in table.columns]
        if unknown:
            raise UserError(
                QT_TR_NOOP("バックアップの表 {table} に知らない列があります: {unknown}"),
                table=table.name,
                unknown=unknown,
            )
        self.conn, self.table, self.columns = conn, table, columns
        self.convert = [_converter(table.columns[c]) for c in columns]
        self.self_refs = {
            fk.parent.name for fk in table.foreign_keys if fk.column.table.name == table.name
        }
        self.pending: list[dict[str, Any]] = []
        self.later: list[dict[str, Any]] = []
        self.count = 0  # rows of this table read so far, for the message about a bad one

    def add(self, values: list[Any]) -> None:
        self.count += 1
        row = self._checked_row(values)
        for name in self.self_refs:
            if row[name] is not None:
                self.later.append({"key": row["id"], "value": row[name], "column": name})
                row[name] = None
        self.pending.append(row)
        if len(self.pending) >= CHUNK:
            self.flush()

    def _checked_row(self, values: list[Any]) -> dict[str, Any]:
        """The row as the database takes it, or one line naming the table, row and column that
        the database would refuse (nothing is restored then: the load is one transaction)."""
        if len(values) != len(self.columns):
            self._refuse(
                Text(
                    QT_TR_NOOP("値が {values} 個です（列は {columns} 個）"),
                    values=len(values),
                    columns=len(self.columns),
                )
            )
        row: dict[str, Any] = {}
        for column, convert, value in zip(self.columns, self.convert, values, strict=True):
            try:
                row[column] = convert(value)
            except (TypeError, ValueError):
                self._refuse(
                    Text(
                        QT_TR_NOOP("列 {column}: 「{value}」は読めません"),
                        column=column,
                        value=value,
                    )
                )
        problem = text_rules.table_row_problem(self.table, row)
        if problem is not None:
            self._refuse(problem, row.get("id"))
        return row

    def _refuse(self, why: Text, row_id: object = None) -> NoReturn:
        which = (
            Text(QT_TR_NOOP("{count}行目（id {id}）"), count=self.count, id=row_id)
            if row_id is not None
            else Text(QT_TR_NOOP("{count}行目"), count=self.count)
        )
        raise UserError(
            QT_TR_NOOP(
                "バックアップの表 {table} の{which}は復元できません（{why}）。"
                "元のデータベースで直してからバックアップを作り直してください。"
            ),
            table=self.table.name,
            which=which,
            why=_Clause(why),
        )

    def flush(self) -> None:
        if self.pending:
            self.conn.execute(self.table.insert(), self.pending)
            self.pending = []

    def finish(self) -> None:
        self.flush()
        for name in self.self_refs:
            pairs = [p for p in self.later if p["column"] == name]
            if pairs:
                statement = (
                    update(self.table)
                    .where(self.table.c.id == bindparam("b_id"))
                    .values({name: bindparam("b_value")})
                )
                self.conn.execute(
                    statement, [{"b_id": p["key"], "b_value": p["value"]} for p in pairs]
                )


def _load_rows(conn: Connection, reader: _Reader) -> None:
    tables = {t.name: t for t in _app_tables(conn)}
    loader: _TableLoader | None = None
    lines = reader.lines()
    next(lines)  # the header
    for line in lines:
        if isinstance(line, list):
            if loader is None:
                raise reader._bad(Text(QT_TR_NOOP("表の見出しがありません")))
            loader.add(line)
        elif isinstance(line, dict) and "table" in line:
            if loader is not None:
                loader.finish()
            table = tables.get(line["table"]) if isinstance(line["table"], str) else None
            if table is None:
                raise reader._bad(
                    Text(QT_TR_NOOP("知らない表 {table} があります"), table=line["table"])
                )
            columns = line.get("columns")
            if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
                raise reader._bad(
                    Text(QT_TR_NOOP("表 {table} の列名がありません"), table=table.name)
                )
            loader = _TableLoader(conn, table, columns)
    if loader is not None:
        loader.finish()


def reset_sequences(conn: Connection) -> None:
    """PostgreSQL hands out ids from sequences: they must continue after the restored rows."""
    if conn.dialect.name != "postgresql":
        return
    for table in _app_tables(conn):
        if "id" in table.columns and table.columns["id"].autoincrement in (True, "auto"):
            sequence = conn.scalar(
                text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table.name}
            )
            if sequence:
                top = conn.scalar(select(func.max(table.c.id)))
                conn.execute(
                    text("SELECT setval(:s, :v, :called)"),
                    {"s": sequence, "v": top or 1, "called": top is not None},
                )


def _drop_app_tables(conn: Connection) -> None:
    from db.models import Base

    present = set(inspect(conn).get_table_names())
    for table in reversed(Base.metadata.sorted_tables):
        if table.name in present:
            table.drop(conn)
    if "alembic_version" in present:
        conn.execute(text("DROP TABLE alembic_version"))


def check_file(source: Path) -> str:
    """Read the whole dump before anything is touched; its schema revision."""
    from db.migrate import known_revision

    if not source.is_file():
        raise UserError(
            QT_TR_NOOP("バックアップファイル「{source}」がありません。パスを確かめてください。"),
            source=source,
        )
    reader = _Reader(source)
    revision: str = reader.header()["revision"]
    if not known_revision(revision):
        raise UserError(
            QT_TR_NOOP(
                "「{source}」は新しい版の事務局デスクのバックアップです（形式 {revision}）。"
                "事務局デスクを更新してから復元してください。"
            ),
            source=source,
            revision=revision,
        )
    reader.check_whole()
    return revision


def load(conn: Connection, source: Path, revision: str) -> None:
    """Replace everything on `conn` (inside its transaction) with the dump in `source`, checked
    beforehand by check_file."""
    from db.migrate import head_revision, upgrade_connection

    _drop_app_tables(conn)
    upgrade_connection(conn, revision)
    _load_rows(conn, _Reader(source))
    reset_sequences(conn)  # before an upgrade that might add rows of its own
    if revision != head_revision():
        upgrade_connection(conn, "head")
        reset_sequences(conn)


def load_into_sqlite(source: Path, revision: str, engine: Engine) -> None:
    """Build a new SQLite database on `engine` from the dump (the caller puts it in place)."""
    with engine.begin() as conn:
        load(conn, source, revision)
        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise UserError(
            QT_TR_NOOP(
                "「{source}」の中に、存在しないデータを参照する行があります（表 {table} ほか"
                " {rows} 行）。別のバックアップを指定してください。"
            ),
            source=source,
            table=broken[0][0],
            rows=len(broken),
        )


# A restore that meets a save in a deadlock is tried again this many times in all: the save
# finishes (or is refused, and the window says so) and the restore then holds every table.
RESTORE_ATTEMPTS = 3


def restore_into_server(database: Database, source: Path, revision: str) -> None:
    """Restore a dump into a server database in one transaction (DDL is transactional there).

    Every table is locked before the first is dropped, so that a save that began meanwhile
    finishes first instead of holding one table while it waits for another; a deadlock in that
    moment is retried (the transaction was rolled back: nothing is half done)."""
    for attempt in range(1, RESTORE_ATTEMPTS + 1):
        try:
            with database.engine.begin() as conn:
                _lock_app_tables(conn)
                load(conn, source, revision)
            return
        except SQLAlchemyError as exc:
            deadlocked = getattr(getattr(exc, "orig", None), "sqlstate", None) == "40P01"
            if not (deadlocked and attempt < RESTORE_ATTEMPTS):
                _refuse_restore(exc)


def _lock_app_tables(conn: Connection) -> None:
    from db.models import Base

    present = set(inspect(conn).get_table_names())
    names = [t.name for t in Base.metadata.sorted_tables if t.name in present]
    if names:
        quoted = ", ".join(conn.dialect.identifier_preparer.quote(n) for n in names)
        conn.execute(text(f"LOCK TABLE {quoted} IN ACCESS EXCLUSIVE MODE"))


def _refuse_restore(exc: SQLAlchemyError) -> NoReturn:
    detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    if is_about_a_lock(detail):
        raise DatabaseUnavailable(QT_TR_NOOP("{busy}復元していません。"), busy=Text(BUSY)) from None
    raise DatabaseUnavailable(
        QT_TR_NOOP("復元できませんでした（{detail}）。元のデータベースはそのままです。"),
        detail=detail,
    ) from None
