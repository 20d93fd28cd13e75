"""Matching benchmark: one policy field's three sides at the scale of a national programme.

Run from the project folder:

    .venv/bin/python benchmarks/matching_bench.py                  # national size (~1 min)
    .venv/bin/python benchmarks/matching_bench.py --scale 0.1      # a quick run
    .venv/bin/python benchmarks/matching_bench.py --db postgresql+psycopg://…/empty_db

It fills a new database (a temporary SQLite file, or the empty database --db names) with the demo
and 100,000 organizations and 300,000 registrations (times --scale; not measured), then measures
in the same run, for the first field of the first programme:
  * the app: `matching_for`, what the マッチング dialog and sheet show (first call, then the
    median of --repeats calls);
  * the floor: the same registrations and organizations read by their primary keys with one bare
    SELECT through the driver, unsorted (what showing these rows costs at least).
It prints the figures and the ratio, and always exits 0: a measurement, not a test.
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.figures import Figure, add_option, write  # noqa: E402

SEED = 20219
ORGANIZATIONS = 100_000
REGISTRATIONS = 300_000
GOAL_MS = 50.0
CHUNK = 10_000
STEMS = ("日本", "東都", "北陸", "みらい", "あおば", "さくら", "大和", "瀬戸内", "九州", "東北")
CORES = ("テック", "ソリューションズ", "技研", "情報システム", "データ", "メディカル", "モビリティ")
SYLLABLES = (
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわん"
)
TOWNS = ("市", "町", "村")


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def reading(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 9)))


def organization(rng: random.Random, i: int) -> dict[str, Any]:
    """One in six a municipality with a code of its own (interested); the others companies,
    half of them with a reading (offering)."""
    from db.keys import stored_sort_key
    from desktop.japanese.text import normalize_for_compare

    kana: str | None = reading(rng)
    if i % 6 == 0:
        name = f"ベンチ{reading(rng)}{rng.choice(TOWNS)}{i:06d}"
        kind, lg_code = "municipality", f"9{i // 6:05d}"  # no real code starts with 9
    else:
        name = f"株式会社{rng.choice(STEMS)}{rng.choice(CORES)}{i:06d}"
        kind, lg_code = "company", None
        kana = kana if i % 2 else None
    return {
        "kind": kind,
        "name": name,
        "name_key": normalize_for_compare(name),
        "sort_key": stored_sort_key(kind, name, kana, lg_code),
        "kana": kana,
        "lg_code": lg_code,
        "version": 1,
    }


def generate(url: str, scale: float) -> None:
    """Plain inserts: fixture data, without the audit log an import would write."""
    from sqlalchemy import insert, select

    from db.demo import load_demo
    from db.engine import open_database
    from db.json_backup import reset_sequences
    from db.models import Category, Organization, Registration, registration_categories

    rng = random.Random(SEED)
    database = open_database(url)
    load_demo(database)
    with database.transaction() as session:
        conn = session.connection()
        fields: dict[int, list[int]] = {}
        for category in session.scalars(select(Category).order_by(Category.id)):
            fields.setdefault(category.program_id, []).append(category.id)
        programs = sorted(fields)
        first_org = (
            session.scalar(select(Organization.id).order_by(Organization.id.desc())) or 0
        ) + 1
        n_orgs = int(ORGANIZATIONS * scale)
        orgs = [{"id": first_org + i, **organization(rng, i)} for i in range(n_orgs)]
        for start in range(0, n_orgs, CHUNK):
            conn.execute(insert(Organization), orgs[start : start + CHUNK])
        log(f"  {n_orgs:,} organizations")
        first_reg = (
            session.scalar(select(Registration.id).order_by(Registration.id.desc())) or 0
        ) + 1
        registrations, links = [], []
        for i in range(int(REGISTRATIONS * scale)):
            program, org = programs[i % len(programs)], orgs[(i // 3) % n_orgs]
            registrations.append(
                {
                    "id": first_reg + i,
                    "organization_id": org["id"],
                    "program_id": program,
                    "role": "interest" if org["kind"] == "municipality" else "offer",
                    "status": "withdrawn" if i % 20 == 0 else "received",
                    "publish_consent": True,
                    "summary": f"{rng.choice(CORES)}の導入支援",
                    "version": 1,
                }
            )
            for field in rng.sample(fields[program], min(2, len(fields[program]))):
                links.append({"registration_id": first_reg + i, "category_id": field})
        for start in range(0, len(registrations), CHUNK):
            conn.execute(insert(Registration), registrations[start : start + CHUNK])
        for start in range(0, len(links), CHUNK):
            conn.execute(insert(registration_categories), links[start : start + CHUNK])
        reset_sequences(conn)
        log(f"  {len(registrations):,} registrations, {len(links):,} field links")
    if database.engine.dialect.name == "postgresql":
        # What autovacuum does soon after a load this size: statistics, and a visibility map
        # that lets an index be read without its table.
        with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    database.close()


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return (time.perf_counter() - start) * 1000


def measure(url: str, repeats: int) -> dict[str, Any]:
    from sqlalchemy import Column, Integer, MetaData, Table, insert, select

    from db.engine import open_database
    from db.models import Category, Organization, Registration
    from db.models import registration_categories as links
    from desktop.ops.matching import matching_for

    database = open_database(url)
    try:
        with database.sessions() as session:
            field = session.scalars(select(Category).order_by(Category.id)).first()
            assert field is not None
            label = f"{field.program.name} — {field.name}"
            first_ms = timed(lambda: matching_for(session, field.id))
            app_ms = [timed(lambda: matching_for(session, field.id)) for _ in range(repeats)]
            found = matching_for(session, field.id)
            # The floor's rows: the field's registrations, found once (not measured).
            conn = session.connection()
            ids = conn.scalars(
                select(Registration.id)
                .join(links, links.c.registration_id == Registration.id)
                .where(links.c.category_id == field.id, Registration.status != "withdrawn")
            ).all()
            wanted = Table(
                "bench_wanted", MetaData(), Column("id", Integer), prefixes=["TEMPORARY"]
            )
            wanted.create(conn)
            conn.execute(insert(wanted), [{"id": i} for i in ids])
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql("ANALYZE bench_wanted")  # no autovacuum for temporary tables
            bare = (
                select(Organization.id, Organization.name, Registration.summary)
                .select_from(wanted)
                .join(Registration, Registration.id == wanted.c.id)
                .join(Organization, Organization.id == Registration.organization_id)
            )
            sql = str(bare.compile(conn, compile_kwargs={"literal_binds": True}))
            floor_ms = [timed(lambda: conn.exec_driver_sql(sql).fetchall()) for _ in range(repeats)]
            session.rollback()
        return {
            "field": label,
            "rows": len(ids),
            "interested": len(found.interested),
            "offering": len(found.offering),
            "measures": len(found.measures),
            "first_ms": first_ms,
            "app_ms": statistics.median(app_ms),
            "floor_ms": statistics.median(floor_ms),
            "backend": database.engine.dialect.name,
        }
    finally:
        database.close()


def figures_of(results: dict[str, Any]) -> list[Figure]:
    floor = float(results["floor_ms"])
    size = f"{results['rows']:,} registrations, {results['backend']}"
    return [
        Figure(
            f"matching, one field ({size}; {when})",
            value,
            "ms",
            "bare SELECT of the same rows by key",
            value / floor,
            f"< {GOAL_MS:g} ms",
            value < GOAL_MS,
        )
        for when, value in (
            ("first call", float(results["first_ms"])),
            ("median", float(results["app_ms"])),
        )
    ]


def report(results: dict[str, Any], scale: float) -> None:
    app, floor = float(results["app_ms"]), float(results["floor_ms"])
    print(f"machine: {platform.platform()}, Python {platform.python_version()}")
    print(
        f"database ({results['backend']}): {int(ORGANIZATIONS * scale):,} organizations, "
        f"{int(REGISTRATIONS * scale):,} registrations besides the demo's"
    )
    print(
        f"field 「{results['field']}」: {results['rows']:,} registrations — "
        f"{results['interested']:,} interested, {results['offering']:,} offering, "
        f"{results['measures']} measures"
    )
    first = float(results["first_ms"])
    print(f"matching_for, first call           {first:8.1f} ms   {first / floor:.2f}× the floor")
    print(
        f"matching_for, median               {app:8.1f} ms   goal < {GOAL_MS:g} ms: "
        f"{'met' if app < GOAL_MS else 'NOT MET'}"
    )
    print(
        f"floor: bare SELECT of the same rows {floor:8.1f} ms   the app {app / floor:.2f}× the floor"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = the national scale")
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--db", help="an empty database to fill (default: a temporary SQLite file)")
    add_option(parser)
    args = parser.parse_args(argv)
    with TemporaryDirectory(prefix="secdesk-matching-bench-") as folder:
        url = args.db or str(Path(folder) / "bench.sqlite")
        log(f"generating the database (not measured) at scale {args.scale} …")
        start = time.perf_counter()
        generate(url, args.scale)
        log(f"  generated in {time.perf_counter() - start:.0f} s; measuring …")
        results = measure(url, args.repeats)
    report(results, args.scale)
    write(args.figures, figures_of(results))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
