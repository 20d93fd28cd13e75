"""Crash safety: the program killed outright (SIGKILL; TerminateProcess on Windows) in the middle
of a large import, of the undo of one, and of a restore, at random points, a few times each.

After every kill `check` must find the database clean (integrity, foreign keys, audit log) and
the batch must be wholly there or wholly absent: never half an import, half an undo or a mixture
of two states.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import func, select

from benchmarks.registration_list import write_registration_list
from db.check import run_checks
from db.engine import open_database
from db.models import ImportBatch, Organization

ROWS = 1000
KILLS = 3  # per operation, each at a random point of its run
SEED = 20261123


@dataclass
class KillReport:
    rng: random.Random = field(default_factory=lambda: random.Random(SEED), repr=False)
    kills: int = 0
    midway: int = 0  # killed while still running (the others had finished already)
    states: list[str] = field(default_factory=list)  # what each kill left: before / after


@dataclass(frozen=True)
class State:
    organizations: int
    live_batches: int


def state_of(url: str) -> State:
    """The database after a kill: clean, and in which state."""
    database = open_database(url, create=False)
    try:
        assert run_checks(database) == []
        with database.sessions() as session:
            organizations = session.scalar(select(func.count()).select_from(Organization)) or 0
            batches = session.scalar(
                select(func.count()).select_from(ImportBatch).where(ImportBatch.undone_at.is_(None))
            )
        return State(organizations, batches or 0)
    finally:
        database.close()


def secdesk_command(url: str, *args: object) -> list[str]:
    return [sys.executable, "-m", "desktop.cli", "--db", url, *map(str, args)]


def run_whole(url: str, *args: object) -> float:
    """Run a command to its end; how long it took."""
    start = time.perf_counter()
    done = subprocess.run(secdesk_command(url, *args), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return time.perf_counter() - start


def kill_after(url: str, seconds: float, *args: object) -> bool:
    """Start a command and kill it after `seconds`; whether it was still running then."""
    process = subprocess.Popen(
        secdesk_command(url, *args), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        process.wait(timeout=seconds)
        return False
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=60)
        return True


def kill_repeatedly(
    url: str, report: KillReport, full: float, before: State, after: State, *args: object
) -> None:
    """Kill the command at random points of its run (which takes about `full` seconds whole),
    KILLS times or until it gets to finish; each time the database is `before` or `after`."""
    for _ in range(KILLS):
        report.kills += 1
        report.midway += kill_after(url, report.rng.uniform(0.2, 1.0) * full, *args)
        state = state_of(url)
        assert state in (before, after), f"neither before nor after {args[0]}: {state}"
        report.states.append(f"{args[0]}: {'after' if state == after else 'before'}")
        if state == after:
            return


@pytest.mark.skipif(sys.platform == "win32", reason="the kill points are timed for POSIX")
def test_killed_import_undo_and_restore_leave_all_or_nothing(
    any_demo_url: str, tmp_path: Path
) -> None:
    listing = tmp_path / "登録一覧.xlsx"
    write_registration_list(listing, ROWS)
    demo = state_of(any_demo_url)
    imported = State(demo.organizations + ROWS, demo.live_batches + 1)
    saved = tmp_path / ("saved.json.gz" if "://" in any_demo_url else "saved.sqlite")
    run_whole(any_demo_url, "backup", "-o", saved)
    report = KillReport()

    import_time = run_whole(any_demo_url, "import", listing)  # timed whole, then undone whole
    undo_time = run_whole(any_demo_url, "undo", latest_batch(any_demo_url))
    assert state_of(any_demo_url) == demo

    kill_repeatedly(any_demo_url, report, import_time, demo, imported, "import", listing)
    bring_to(any_demo_url, imported, listing)
    kill_repeatedly(
        any_demo_url, report, undo_time, imported, demo, "undo", latest_batch(any_demo_url)
    )

    bring_to(any_demo_url, imported, listing)
    restore_time = run_whole(any_demo_url, "restore", saved)  # timed whole: back to the demo
    assert state_of(any_demo_url) == demo
    bring_to(any_demo_url, imported, listing)
    kill_repeatedly(any_demo_url, report, restore_time, imported, demo, "restore", saved)

    backend = "postgresql" if "://" in any_demo_url else "sqlite"
    print(f"\n{backend}: {report}")  # the README's figures (pytest -s)
    assert report.kills >= 3 and report.midway >= 1


def latest_batch(url: str) -> int:
    database = open_database(url, create=False)
    try:
        with database.sessions() as session:
            batch = session.scalar(select(func.max(ImportBatch.id)))
        assert batch is not None
        return batch
    finally:
        database.close()


def bring_to(url: str, imported: State, listing: Path) -> None:
    """The list imported (again) when a kill left the database without it."""
    if state_of(url) != imported:
        run_whole(url, "import", listing, "--again")
        assert state_of(url) == imported
