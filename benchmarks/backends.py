"""Which database a benchmark measures: a temporary SQLite file by default, or the empty
PostgreSQL database its `--db URL` names. The figures of a server are labelled with it, so that
run_all.py's one table shows both backends' rows apart."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager

POSTGRES_VARIABLE = "SECDESK_TEST_POSTGRES"  # the server the tests use, a default for run_all


def add_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        help="an empty PostgreSQL database to measure on (default: a temporary SQLite file)",
    )


def is_server(db: str) -> bool:
    return "://" in db and not db.startswith("sqlite")


def labelled(name: str, db: str | None) -> str:
    """The figure's name, with the backend when it is not the default SQLite file."""
    return f"{name} [PostgreSQL]" if db and is_server(db) else name


def emptied(url: str) -> str:
    """The server database made empty again (for a benchmark that needs several fresh ones)."""
    from sqlalchemy import create_engine

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("DROP SCHEMA public CASCADE")
            conn.exec_driver_sql("CREATE SCHEMA public")
    finally:
        engine.dispose()
    return url


def analyzed(url: str) -> None:
    """What autovacuum does soon after a big load: the planner's statistics, and a visibility map
    that lets an index be read without its table. Measured without it, a server looks slower
    than an office's would."""
    from sqlalchemy import create_engine

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    finally:
        engine.dispose()


@contextmanager
def fresh_database(server: str, purpose: str, name: str = "") -> Iterator[str]:
    """A new, empty database on the server (dropped afterwards, even by force when a test left
    a connection open): its URL. Named after the purpose and this process unless `name` is
    given (the tests name one per test)."""
    from sqlalchemy import create_engine, make_url

    name = name or f"secdesk_bench_{purpose}_{os.getpid()}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        try:
            yield make_url(server).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()
