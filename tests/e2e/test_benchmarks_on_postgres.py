"""The benchmarks measure the same figures on PostgreSQL: run at tiny sizes with `--db URL`, each
fills the server's empty database, measures the application on it and labels its figures with
the backend (skipped, saying so, without a server: see conftest.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

from benchmarks import backends
from benchmarks.figures import Figure, read

ROOT = Path(__file__).resolve().parents[2]


def bench(script: str, *args: str, figures: Path) -> list[Figure]:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), *args, "--figures", str(figures)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return read(figures)


def count(url: str, sql: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(sql)).scalar_one())
    finally:
        engine.dispose()


def test_the_window_is_measured_on_a_generated_postgres_database(
    postgres_url: str, tmp_path: Path
) -> None:
    figures = bench("gui_bench.py", "--scale", "0.01", "--db", postgres_url, figures=tmp_path / "f")

    names = [f.name for f in figures]
    assert all(name.endswith(" [PostgreSQL]") for name in names), names
    assert any(name.startswith("GUI: tab 登録 open (") for name in names), names
    assert any(name.startswith("GUI: keystroke → filtered view") for name in names), names
    keystroke = next(f for f in figures if f.name.startswith("GUI: keystroke"))
    assert keystroke.peer == "bare QSortFilterProxyModel" and keystroke.ratio is not None
    # The national-size rows (times 0.01) went to the server, beside the demo's.
    assert count(postgres_url, "SELECT count(*) FROM registration") >= 3_000
    assert count(postgres_url, "SELECT count(*) FROM organization") >= 1_000


def test_the_import_is_measured_into_postgres_against_the_bare_reads(
    postgres_url: str, tmp_path: Path
) -> None:
    figures = bench(
        "import_bench.py", "--rows", "40", "--forms", "2", "--quick", "--db", postgres_url,
        figures=tmp_path / "f",
    )  # fmt: skip

    assert {(f.name, f.peer) for f in figures} == {
        ("import: registrations list, 40 rows [PostgreSQL]", "bare calamine read"),
        ("import: registrations list, 40 rows [PostgreSQL]", "bare openpyxl read"),
        ("import: folder of 専門家用 forms, 2 forms [PostgreSQL]", "bare calamine read"),
        ("import: folder of 専門家用 forms, 2 forms [PostgreSQL]", "bare openpyxl read"),
    }
    # Each import had a fresh database: the server holds the last one's batch alone.
    assert count(postgres_url, "SELECT count(*) FROM import_batch") == 1


def test_the_member_list_is_printed_from_postgres(postgres_url: str, tmp_path: Path) -> None:
    figures = bench(
        "print_bench.py", "--members", "30", "--repeats", "1", "--db", postgres_url,
        figures=tmp_path / "f",
    )  # fmt: skip

    canvas = next(f for f in figures if f.peer == "bare reportlab canvas")
    assert canvas.name == "print: 30-member list to PDF [PostgreSQL]"
    assert count(postgres_url, "SELECT count(*) FROM membership") == 30


def test_a_fresh_benchmark_database_is_empty_and_dropped_after() -> None:
    server = os.environ.get(backends.POSTGRES_VARIABLE)
    if not server:
        pytest.skip(f"PostgreSQL: set {backends.POSTGRES_VARIABLE} to a server URL to run this leg")
    with backends.fresh_database(server, "test") as url:
        name = make_url(url).database
        assert count(url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == 0
    assert count(server, f"SELECT count(*) FROM pg_database WHERE datname = '{name}'") == 0


def test_sqlite_figures_keep_their_names_and_a_server_s_say_so() -> None:
    assert backends.labelled("GUI: peak memory", None) == "GUI: peak memory"
    assert backends.labelled("GUI: peak memory", "/tmp/bench.sqlite") == "GUI: peak memory"
    assert (
        backends.labelled("GUI: peak memory", "postgresql+psycopg://u@h/db")
        == "GUI: peak memory [PostgreSQL]"
    )
