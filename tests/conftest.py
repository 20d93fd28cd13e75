"""Shared fixtures: every test gets a fresh database; Qt runs offscreen on a 1366×768 screen."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.database import Database
from db.demo import load_demo
from db.engine import open_database

# Offscreen, on the screen of the office laptop the window must fit (1366×768); set before Qt
# starts (the first window test), and passed on to the programs the tests start.
_SCREEN = Path(__file__).resolve().parent / "helpers" / "office_screen.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the real per-user data folder."""
    monkeypatch.setenv("SECDESK_DATA_DIR", str(tmp_path / "userdata"))


@pytest.fixture(autouse=True)
def _no_unanswered_message_box(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box no test answers would wait forever offscreen: it fails the test instead,
    naming the box (a test expecting one answers it with its own monkeypatch)."""
    from PySide6.QtWidgets import QMessageBox

    def unanswered(kind: str) -> object:
        def box(_parent: object, _title: str, text: str, *_args: object, **_kwargs: object):
            raise AssertionError(f"QMessageBox.{kind} shown and not answered by the test: {text}")

        return staticmethod(box)

    for kind in ("question", "critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, unanswered(kind))


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(str(tmp_path / "test.sqlite"))
    yield db
    db.close()


def _built_demo(tmp_path_factory: pytest.TempPathFactory, sample: bool) -> Path:
    path = tmp_path_factory.mktemp("sample" if sample else "template") / "demo.sqlite"
    db = open_database(str(path))
    load_demo(db, sample=sample)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database built once; tests get their own copy of it.

    It holds the seed facts alone: the fictitious sample (架空のサンプル) is dated from the day it
    is made, so tests that need it take sample_path / sample_db."""
    return _built_demo(tmp_path_factory, sample=False)


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo as `secdesk demo` makes it on the day the test run starts: the seed facts and
    the fictitious sample (its council with a past meeting and one coming)."""
    return _built_demo(tmp_path_factory, sample=True)


@pytest.fixture
def demo_path(tmp_path: Path, demo_template: Path) -> Path:
    target = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, target)
    return target


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    db = open_database(str(demo_path))
    yield db
    db.close()


@pytest.fixture
def sample_path(tmp_path: Path, sample_template: Path) -> Path:
    target = tmp_path / "sample.sqlite"
    shutil.copy(sample_template, target)
    return target


@pytest.fixture
def sample_db(sample_path: Path) -> Iterator[Database]:
    db = open_database(str(sample_path))
    yield db
    db.close()


# The PostgreSQL leg: a server given by this variable (an SQLAlchemy URL of a database the
# tests may create databases from, e.g. postgresql+psycopg://postgres@127.0.0.1:5432/postgres).
# Without it those tests are skipped, saying so; `.ci/run` starts a throwaway server.
POSTGRES_VARIABLE = "SECDESK_TEST_POSTGRES"


@pytest.fixture
def postgres_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test (dropped afterwards)."""
    server = os.environ.get(POSTGRES_VARIABLE)
    if not server:
        pytest.skip(f"PostgreSQL: set {POSTGRES_VARIABLE} to a server URL to run this leg")
    from benchmarks.backends import fresh_database

    name = f"secdesk_test_{os.getpid()}_{abs(hash(request.node.nodeid)) % 10**8}"
    with fresh_database(server, "test", name) as url:
        yield url


@pytest.fixture
def reader_url(postgres_url: str) -> Iterator[str]:
    """The demo on the server, and the URL of a role that may only read it."""
    from sqlalchemy import create_engine, make_url

    database = open_database(postgres_url)
    load_demo(database, sample=False)
    database.close()
    url = make_url(postgres_url)
    role = f"reader_{url.database}"
    owner = create_engine(url, isolation_level="AUTOCOMMIT")
    with owner.connect() as conn:
        conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
        conn.exec_driver_sql(f'CREATE ROLE "{role}" LOGIN')
        conn.exec_driver_sql(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{role}"')
    try:
        yield url.set(username=role).render_as_string(hide_password=False)
    finally:
        with owner.connect() as conn:
            conn.exec_driver_sql(f'DROP OWNED BY "{role}"')
        owner.dispose()
        admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:  # after the test database is dropped the role can go
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')
            conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A new, empty database on each backend (PostgreSQL skipped, saying so, without a server)."""
    if request.param == "sqlite":
        db = open_database(str(tmp_path / "test.sqlite"))
    else:
        db = open_database(request.getfixturevalue("postgres_url"))
    yield db
    db.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_new_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """`--db` of a database not made yet: a file path, or an empty PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "office.sqlite")
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def any_demo_url(request: pytest.FixtureRequest) -> str:
    """`--db` of the demo database on each backend: the SQLite copy, and a PostgreSQL twin when
    a server is given (skipped, saying so, otherwise)."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("demo_path"))
    url: str = request.getfixturevalue("postgres_url")
    db = open_database(url)
    load_demo(db, sample=False)
    db.close()
    return url


@pytest.fixture
def any_demo_db(any_demo_url: str) -> Iterator[Database]:
    """The demo database, opened, on each backend (see any_demo_url)."""
    db = open_database(any_demo_url)
    yield db
    db.close()
