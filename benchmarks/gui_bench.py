"""GUI benchmark: the window at the scale of a national programme.

Run from the project folder:

    .venv/bin/python benchmarks/gui_bench.py [--scale 1.0] [--keep DB_PATH]
    .venv/bin/python benchmarks/gui_bench.py --db postgresql+psycopg://…/empty_db

One run generates (in a child process, not measured) a database (a temporary SQLite file, or the
empty database --db names) of 100,000 organizations,
300,000 registrations, 20,000 council members and 2,000 event sessions (times --scale), then
measures in this process, with the real window offscreen:
  * opening each tab (its rows loaded and shown), from the tab's refresh to the worker idle;
  * a keystroke in the 登録 tab's search box to the filtered view (median and worst of 20): the
    database answers the search, so each is timed until the view shows the rows found, the
    keys a pause apart as a user reading the list types them (and once as one quick burst),
    against a bare QSortFilterProxyModel over the same rows' text (the floor);
  * the matching query of one policy field (median of 20);
  * the peak memory of this process.
It prints the figures, the ratios and which goals are met, and always exits 0.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import backends  # noqa: E402
from benchmarks.figures import Figure, add_option, write  # noqa: E402

SEED = 20201
ORGANIZATIONS = 100_000
REGISTRATIONS = 300_000
COUNCIL_MEMBERS = 20_000
SESSIONS = 2_000
KEYSTROKES = "株式会社みらいソリューションズ00012"  # typed one character at a time (20 keystrokes)
GOAL_TAB_SECONDS = 1.0
GOAL_KEYSTROKE_MS = 100.0
GOAL_MATCHING_MS = 50.0
GOAL_PEAK_MIB = 500.0
STEMS = ("日本", "東都", "北陸", "みらい", "あおば", "さくら", "大和", "瀬戸内", "九州", "東北")
CORES = ("テック", "ソリューションズ", "技研", "情報システム", "データ", "メディカル", "モビリティ")
CHUNK = 10_000


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# --- the database (child process) ----------------------------------------------------------


def generate(url: str, scale: float) -> None:
    """Fill a fresh demo database with a national programme's worth of rows (plain inserts:
    fixture data, so without the audit log an import would write)."""
    from sqlalchemy import insert, select

    from db.demo import load_demo
    from db.engine import open_database
    from db.json_backup import reset_sequences
    from db.keys import organization_search_text, refill_search_keys, stored_sort_key
    from db.models import (
        Category,
        Council,
        EventSeries,
        EventSession,
        Membership,
        Organization,
        Person,
        Program,
        Registration,
        registration_categories,
    )
    from desktop.japanese.text import normalize_for_compare

    rng = random.Random(SEED)
    database = open_database(url)
    load_demo(database)
    n_orgs = int(ORGANIZATIONS * scale)
    with database.transaction() as session:
        conn = session.connection()
        programs = [p.id for p in session.scalars(select(Program))]
        categories: dict[int, list[int]] = {}
        for category in session.scalars(select(Category)):
            categories.setdefault(category.program_id, []).append(category.id)
        programs = [p for p in programs if p in categories]
        first_org = (
            session.scalar(select(Organization.id).order_by(Organization.id.desc())) or 0
        ) + 1
        rows = []
        for i in range(n_orgs):
            name = f"株式会社{rng.choice(STEMS)}{rng.choice(CORES)}{i:06d}"
            rows.append(
                {
                    "id": first_org + i,
                    "kind": "company",
                    "name": name,
                    "name_key": normalize_for_compare(name),
                    "sort_key": stored_sort_key("company", name, None, None),
                    "search_key": organization_search_text("company", name, None, None, ()),
                    "kana": None,
                    "version": 1,
                }
            )
        for start in range(0, len(rows), CHUNK):
            conn.execute(insert(Organization), rows[start : start + CHUNK])
        log(f"  {n_orgs:,} organizations")
        registrations, links = [], []
        first_reg = (
            session.scalar(select(Registration.id).order_by(Registration.id.desc())) or 0
        ) + 1
        for i in range(int(REGISTRATIONS * scale)):
            program = programs[i % len(programs)]
            reg_id = first_reg + i
            registrations.append(
                {
                    "id": reg_id,
                    "organization_id": first_org + (i // 3) % n_orgs,
                    "program_id": program,
                    "role": "offer" if i % 2 else "interest",
                    "status": "received",
                    "publish_consent": True,
                    "summary": f"{rng.choice(CORES)}の導入支援",
                    "version": 1,
                }
            )
            for category in rng.sample(categories[program], min(2, len(categories[program]))):
                links.append({"registration_id": reg_id, "category_id": category})
        for start in range(0, len(registrations), CHUNK):
            conn.execute(insert(Registration), registrations[start : start + CHUNK])
        for start in range(0, len(links), CHUNK):
            conn.execute(insert(registration_categories), links[start : start + CHUNK])
        refill_search_keys(conn)  # the summaries are searched with their organization
        log(f"  {len(registrations):,} registrations, {len(links):,} field links")
        members = int(COUNCIL_MEMBERS * scale)
        councils = [
            Council(name=f"ベンチマーク協議会{c:03d}", kind="regional")
            for c in range(members // 50)
        ]
        session.add_all(councils)
        session.flush()
        first_person = (session.scalar(select(Person.id).order_by(Person.id.desc())) or 0) + 1
        people = [
            {
                "id": first_person + i,
                "name": f"委員{i:05d}",
                "name_key": f"委員{i:05d}",
                "organization_id": first_org + i % n_orgs,
                "version": 1,
            }
            for i in range(members)
        ]
        conn.execute(insert(Person), people)
        conn.execute(
            insert(Membership),
            [
                {
                    "council_id": councils[i // 50].id,
                    "person_id": first_person + i,
                    "organization_id": first_org + i % n_orgs,
                    "role": "member",
                    "order": i % 50 + 1,
                    "version": 1,
                }
                for i in range(members)
            ],
        )
        log(f"  {members:,} council members in {len(councils)} councils")
        n_sessions = int(SESSIONS * scale)
        series = [EventSeries(name=f"ベンチマーク行事{s:03d}") for s in range(n_sessions // 20)]
        session.add_all(series)
        session.flush()
        conn.execute(
            insert(EventSession),
            [
                {
                    "series_id": series[i // 20].id,
                    "number": i % 20 + 1,
                    "theme": f"テーマ{i}",
                    "version": 1,
                }
                for i in range(n_sessions)
            ],
        )
        log(f"  {n_sessions:,} sessions")
        reset_sequences(conn)  # the rows above came with their ids
    database.close()
    if backends.is_server(url):
        backends.analyzed(url)


# --- measuring (this process) --------------------------------------------------------------


def wait_idle(app: Any, window: Any) -> None:
    while not window.worker.idle:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def measure(url: str) -> dict[str, Any]:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QApplication

    from db.engine import open_database
    from desktop.ops.matching import matching_for
    from desktop.ui.main_window import MainWindow
    from desktop.ui.widgets.database_search import PAUSE_MS

    app = QApplication.instance() or QApplication([])
    results: dict[str, Any] = {}
    start = time.perf_counter()
    window = MainWindow(url, offer_demo=False)
    window.show()
    while window.database_name == "":
        app.processEvents()
        time.sleep(0.001)
    wait_idle(app, window)
    results["open_window"] = time.perf_counter() - start
    tabs = {}
    for index, tab in enumerate(window.all_tabs()):

        def open_tab(i: int = index, t: Any = tab) -> None:
            window.tabs.setCurrentIndex(i)
            t.refresh()
            wait_idle(app, window)

        tabs[window.tabs.tabText(index)] = min(timed(open_tab) for _ in range(2))
    results["tabs"] = tabs

    registrations = window.registrations
    window.tabs.setCurrentIndex(0)
    rows = registrations.table.source.rows()
    results["rows"] = len(rows)
    searcher = registrations.searcher

    def shown_for(text: str) -> None:
        """A keystroke, until the view shows the rows the database found for it."""
        registrations.search.setText(text)
        while searcher.pending:
            app.processEvents()
            time.sleep(0.0005)
        app.processEvents()

    times = []
    typed = ""
    for char in KEYSTROKES:
        typed += char
        times.append(timed(lambda text=typed: shown_for(text)))
        time.sleep(PAUSE_MS / 1000)  # the user reads the list: the next key starts anew
    results["keystroke_ms"] = [t * 1000 for t in times]
    results["shown_after_typing"] = registrations.table.proxy.rowCount()
    shown_for("")
    # The same text typed in one quick burst: one question once the typing stops, from the
    # last key to the rows shown (the pause waited for included).
    for end in range(1, len(KEYSTROKES)):
        registrations.search.setText(KEYSTROKES[:end])
        app.processEvents()
    results["burst_ms"] = timed(lambda: shown_for(KEYSTROKES)) * 1000
    shown_for("")

    texts = [" ".join(str(c.value(r)) for c in registrations.table.source.columns) for r in rows]

    class Bare(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return len(texts)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 1

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            return texts[index.row()] if role == Qt.ItemDataRole.DisplayRole else None

    bare = Bare()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(bare)
    floor = []
    typed = ""
    for char in KEYSTROKES:
        typed += char
        floor.append(timed(lambda text=typed: proxy.setFilterFixedString(text)))
    results["floor_ms"] = [t * 1000 for t in floor]
    window.close()

    database = open_database(url)
    with database.sessions() as session:
        from sqlalchemy import select

        from db.models import Category

        category_id = session.scalars(select(Category.id).order_by(Category.id)).first()
        matching = [timed(lambda: matching_for(session, category_id)) for _ in range(20)]
    database.close()
    results["matching_ms"] = [t * 1000 for t in matching]
    results["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return results


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT MET"


def report(results: dict[str, Any], scale: float, db: str | None = None) -> None:
    print(
        f"machine: {platform.platform()} ({platform.machine()}), Python {platform.python_version()}"
    )
    print(
        f"database{backends.labelled('', db)}: {int(ORGANIZATIONS * scale):,} organizations, "
        f"{int(REGISTRATIONS * scale):,} registrations, {int(COUNCIL_MEMBERS * scale):,} council "
        f"members, {int(SESSIONS * scale):,} sessions; the 登録 tab lists {results['rows']:,} rows"
    )
    print(f"window open (first tab loaded)      {results['open_window']:8.3f} s")
    for name, seconds in results["tabs"].items():
        print(
            f"tab {name:<12} open              {seconds:8.3f} s   goal < {GOAL_TAB_SECONDS} s: {verdict(seconds < GOAL_TAB_SECONDS)}"
        )
    keys, floor = results["keystroke_ms"], results["floor_ms"]
    median, worst = statistics.median(keys), max(keys)
    floor_median = statistics.median(floor)
    print(
        f"keystroke → filtered view           median {median:7.1f} ms, worst {worst:7.1f} ms "
        f"({len(keys)} keystrokes; {results['shown_after_typing']:,} rows left)   "
        f"goal < {GOAL_KEYSTROKE_MS:.0f} ms: median {verdict(median < GOAL_KEYSTROKE_MS)}, "
        f"worst {verdict(worst < GOAL_KEYSTROKE_MS)}"
    )
    print(
        f"  the same text typed in one burst: last key → filtered view {results['burst_ms']:7.1f} ms "
        "(the pause the search waits for included)"
    )
    print(
        f"  floor: bare QSortFilterProxyModel median {floor_median:7.1f} ms, worst {max(floor):7.1f} ms;"
        f" the app {median / floor_median:.2f}× the floor (median)"
    )
    match = statistics.median(results["matching_ms"])
    print(
        f"matching query (one field)          median {match:7.1f} ms   goal < {GOAL_MATCHING_MS:.0f} ms: "
        f"{verdict(match < GOAL_MATCHING_MS)}"
    )
    peak = results["peak_mib"]
    print(
        f"peak memory (this process)          {peak:7.0f} MiB   goal < {GOAL_PEAK_MIB:.0f} MB: "
        f"{verdict(peak < GOAL_PEAK_MIB)}"
    )


def figures_of(results: dict[str, Any], db: str | None = None) -> list[Figure]:
    rows = f"{results['rows']:,} rows"
    figures = [
        Figure(backends.labelled(f"GUI: tab {name} open ({rows} in 登録)", db), seconds, "s", goal=f"< {GOAL_TAB_SECONDS:g} s",
               met=seconds < GOAL_TAB_SECONDS)
        for name, seconds in results["tabs"].items()
    ]  # fmt: skip
    keys, floor = results["keystroke_ms"], results["floor_ms"]
    median = statistics.median(keys)
    figures.append(
        Figure(
            backends.labelled("GUI: keystroke → filtered view (median)", db),
            median,
            "ms",
            "bare QSortFilterProxyModel",
            median / statistics.median(floor),
            f"< {GOAL_KEYSTROKE_MS:g} ms",
            median < GOAL_KEYSTROKE_MS,
        )
    )
    match = statistics.median(results["matching_ms"])
    figures.append(
        Figure(backends.labelled("GUI: matching query, one field (median)", db), match, "ms", goal=f"< {GOAL_MATCHING_MS:g} ms",
               met=match < GOAL_MATCHING_MS)
    )  # fmt: skip
    peak = results["peak_mib"]
    figures.append(
        Figure(backends.labelled("GUI: peak memory", db), peak, "MiB", goal=f"< {GOAL_PEAK_MIB:g} MB", met=peak < GOAL_PEAK_MIB)
    )  # fmt: skip
    return figures


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = the national scale")
    parser.add_argument("--keep", type=Path, help="generate into (or reuse) this database file")
    backends.add_option(parser)
    parser.add_argument("--generate", help=argparse.SUPPRESS)  # the child, with the database
    add_option(parser)
    args = parser.parse_args(argv)
    if args.generate:
        generate(args.generate, args.scale)
        return 0
    with tempfile.TemporaryDirectory(prefix="secdesk-gui-bench-") as folder:
        db_path = args.keep or Path(folder) / "bench.sqlite"
        url = args.db or str(db_path)
        if args.db or not db_path.exists():
            log(f"generating the database (not measured) at scale {args.scale} …")
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, __file__, "--generate", url, "--scale", str(args.scale)],
                check=True,
            )
            log(f"  generated in {time.perf_counter() - start:.0f} s")
        log("measuring …")
        results = measure(url)
        report(results, args.scale, args.db)
        write(args.figures, figures_of(results, args.db))
        log(json.dumps({k: v for k, v in results.items() if k != "tabs"})[:300])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
