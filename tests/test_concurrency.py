"""No lost update: several processes (several PCs) editing the same and different records of
one database at once, on SQLite (one file) and on PostgreSQL."""

from __future__ import annotations

import multiprocessing
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from db.engine import Database, open_database
from db.models import AuditEntry, Organization
from tests.concurrent_writer import WriterReport, write

WRITERS = 4
ROUNDS = 8


def _run_writer(queue: Any, *args: Any) -> None:
    queue.put(write(*args))


@dataclass(frozen=True)
class Outcome:
    writers: int
    saves: int
    conflicts: int
    lost: int


def run_writers(url: str, shared: list[int], own: list[int], rounds: int) -> list[WriterReport]:
    """The writers, each in its own process, all started together."""
    context = multiprocessing.get_context("spawn")  # a fresh interpreter, like another PC
    barrier = context.Barrier(len(own), timeout=120)
    queue = context.Queue()
    processes = [
        context.Process(target=_run_writer, args=(queue, url, k, shared, own[k], rounds, barrier))
        for k in range(len(own))
    ]
    for process in processes:
        process.start()
    reports = [queue.get(timeout=300) for _ in processes]
    for process in processes:
        process.join(timeout=60)
    return reports


def check_nothing_lost(database: Database, reports: list[WriterReport]) -> Outcome:
    """Every save is in the record's final text once, and in the audit log."""
    with database.sessions() as session:
        notes = {i: n for i, n in session.execute(select(Organization.id, Organization.note))}
        updates = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.table_name == "organization", AuditEntry.action == "update")
        )
    saved = [s for r in reports for s in r.saved]
    lost = sum(1 for org, token in saved if (notes[org] or "").split().count(token) != 1)
    assert updates == len(saved)
    return Outcome(len(reports), len(saved), sum(r.conflicts for r in reports), lost)


def test_writers_editing_the_same_and_different_records_lose_nothing(
    any_demo_db: Database, any_demo_url: str
) -> None:
    with any_demo_db.sessions() as session:
        ids = session.scalars(select(Organization.id).order_by(Organization.id).limit(6)).all()
    shared, own = list(ids[:2]), list(ids[2 : 2 + WRITERS])

    reports = run_writers(any_demo_url, shared, own, ROUNDS)

    assert [e for r in reports for e in r.errors] == []
    outcome = check_nothing_lost(any_demo_db, reports)
    print(outcome)  # the figures the README reports (pytest -s)
    assert outcome.saves == WRITERS * ROUNDS * 2 and outcome.lost == 0
    # Each round, all writers saved the shared record from the same version: all but one of
    # them must have been told so (and then some, as the retries meet each other).
    assert outcome.conflicts >= ROUNDS * (WRITERS - 1)
    check = open_database(any_demo_url, create=False)
    try:
        from db.check import run_checks

        assert run_checks(check) == []
    finally:
        check.close()
