"""Every benchmark of the project, one after the other, and one table of their figures: each
figure, the floor or peer it is compared with, the ratio, the goal and whether it is met.

    .venv/bin/python benchmarks/run_all.py            # quick sizes (about 5 minutes)
    .venv/bin/python benchmarks/run_all.py --full     # the sizes the README reports (~15 min)
    .venv/bin/python benchmarks/run_all.py --postgres postgresql+psycopg://user@host/postgres

Start-up is measured from the built bundle too when dist/secdesk is there (dev.py build).
With --postgres (by default the server SECDESK_TEST_POSTGRES names, when set), the benchmarks
that read and write the database run a second time, each on a new empty database made on that
server and dropped after, and the table holds both backends' rows.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import backends  # noqa: E402
from benchmarks.figures import Figure, read  # noqa: E402

# (script, quick arguments, full arguments)
BENCHMARKS = (
    ("startup_bench.py", ["--repeats", "3"], ["--repeats", "7"]),
    ("print_bench.py", ["--members", "1000"], ["--members", "1000", "--repeats", "5"]),
    ("import_bench.py", ["--rows", "2000", "--forms", "100", "--quick"], []),
    ("lgcode_bench.py", [], []),
    ("gui_bench.py", ["--scale", "0.1"], ["--scale", "1.0"]),
    ("matching_bench.py", ["--scale", "0.1"], []),
)
# Those whose figures depend on the database (`--db URL`): measured on PostgreSQL too.
DATABASE_BOUND = ("print_bench.py", "import_bench.py", "gui_bench.py", "matching_bench.py")


def run(script: str, arguments: list[str], figures_file: Path) -> list[Figure]:
    print(f"== {script} {' '.join(arguments)}", file=sys.stderr, flush=True)
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / script),
            *arguments,
            "--figures",
            str(figures_file),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen")),
    )
    if done.returncode != 0 or not figures_file.exists():
        print(f"{script} failed (exit {done.returncode}):\n{done.stdout}", file=sys.stderr)
        return []
    return read(figures_file)


def number(value: float, unit: str) -> str:
    return f"{value:,.0f} {unit}" if unit in ("ms", "MiB") else f"{value:.2f} {unit}"


def table(figures: list[Figure]) -> list[str]:
    lines = [
        "| figure | measured | floor / peer | ratio | goal | met |",
        "|---|---|---|---|---|---|",
    ]
    for f in figures:
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else ""
        met = "" if f.met is None else ("yes" if f.met else "**no**")
        lines.append(
            f"| {f.name} | {number(f.value, f.unit)} | {f.peer} | {ratio} | {f.goal} | {met} |"
        )
    return lines


def server_version(server: str) -> str:
    from sqlalchemy import create_engine

    engine = create_engine(server)
    try:
        with engine.connect() as conn:
            return str(conn.exec_driver_sql("SHOW server_version").scalar())
    finally:
        engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="the sizes the README reports")
    parser.add_argument(
        "--postgres",
        metavar="URL",
        default=os.environ.get(backends.POSTGRES_VARIABLE) or None,
        help="a PostgreSQL server to measure on too, as a URL of a database from which new "
        f"ones may be created (default: ${backends.POSTGRES_VARIABLE} when set)",
    )
    args = parser.parse_args()
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as folder:
        for script, quick, full in BENCHMARKS:
            out = Path(folder) / f"{script}.json"
            figures += run(script, full if args.full else quick, out)
        if args.postgres:
            for script, quick, full in BENCHMARKS:
                if script in DATABASE_BOUND:
                    out = Path(folder) / f"{script}.postgres.json"
                    with backends.fresh_database(args.postgres, Path(script).stem) as url:
                        figures += run(script, [*(full if args.full else quick), "--db", url], out)
    print(
        f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}; {'full' if args.full else 'quick'} sizes"
    )
    if args.postgres:
        print(f"PostgreSQL {server_version(args.postgres)}: rows marked [PostgreSQL] / postgresql")
    else:
        print(
            "PostgreSQL: not measured (give --postgres URL, or set "
            f"{backends.POSTGRES_VARIABLE}); SQLite only"
        )
    print("\n".join(table(figures)))
    met = [f.met for f in figures if f.met is not None]
    print(f"\ngoals met: {sum(met)} of {len(met)}")
    return 0  # measurements, not tests: missed goals are shown, not signalled


if __name__ == "__main__":
    sys.exit(main())
