"""The same program on PostgreSQL, for an office whose PCs share one database server.

These tests run when SECDESK_TEST_POSTGRES names a server (see conftest.py) and are skipped,
saying so, otherwise.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from db.demo import load_demo
from db.engine import open_database
from desktop.imports import pipeline
from tests.helpers.cli_support import secdesk
from tests.helpers.import_files import exported, messy_list


def without_ids(data: Any) -> Any:
    """An export with what differs between two databases of the same content left out."""
    if isinstance(data, dict):
        return {
            k: without_ids(v) for k, v in data.items() if k not in ("id", "exported_at", "database")
        }
    if isinstance(data, list):
        return [without_ids(v) for v in data]
    return data


def test_the_demo_exports_the_same_from_sqlite_and_postgresql(
    postgres_url: str, tmp_path: Path
) -> None:
    # Both made by `secdesk demo` the same day: the seed facts and the dated sample.
    sqlite = str(tmp_path / "demo.sqlite")
    for db in (sqlite, postgres_url):
        assert secdesk("--db", db, "demo").returncode == 0
    exports = []
    for db in (sqlite, postgres_url):
        target = tmp_path / f"export-{len(exports)}.json"
        done = secdesk("--db", db, "export", "--format", "json", "-o", target)
        assert done.returncode == 0, done.stderr
        exports.append(without_ids(json.loads(target.read_text(encoding="utf-8"))))
    assert exports[0] == exports[1]
    check = secdesk("--db", postgres_url, "check")
    assert check.returncode == 0 and "問題は見つかりませんでした" in check.stdout


def test_an_import_and_its_undo_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    database = open_database(postgres_url)
    try:
        load_demo(database)
        before = exported(database)
        with database.sessions() as session:
            preview = pipeline.prepare(session, [messy_list(tmp_path / "messy.xlsx")])
        batch = pipeline.commit(database, preview)
        names = {o["name"] for o in exported(database)["organizations"]}
        assert "仙台市" in names
        pipeline.undo(database, batch)
        assert exported(database) == before
    finally:
        database.close()
