"""Backups and restore on both backends, and upgrades of databases made by earlier releases.

A restore must give back exactly what was backed up (the export taken when the backup was made,
ids included); a cut-off or foreign file must be refused before anything is touched.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import MetaData, select

from db import backup
from db.check import run_checks
from db.database import Database
from db.engine import open_database
from db.errors import UserError
from db.migrate import current_revision, head_revision
from db.models import Organization, Project
from tests.helpers.cli_support import secdesk
from tests.helpers.import_files import exported
from tests.helpers.schema_versions import ADDED_SINCE, demo_at_revision, earlier_revisions


def change_something(database: Database) -> None:
    with database.transaction() as session:
        session.add(Organization(kind="company", name="株式会社 復元前"))
        project = session.scalars(select(Project).order_by(Project.id)).first()
        assert project is not None
        session.delete(project)


def every_row(database: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every table as it is, the audit log and the import batches included."""
    with database.engine.connect() as conn:
        meta = MetaData()
        meta.reflect(conn)
        return {
            t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))]
            for t in meta.sorted_tables
        }


def test_a_restore_gives_back_exactly_what_was_backed_up(any_demo_db: Database) -> None:
    when_saved = exported(any_demo_db)
    rows_when_saved = every_row(any_demo_db)
    saved = backup.take_backup(any_demo_db)
    assert saved.name.endswith(".sqlite" if any_demo_db.is_sqlite else ".json.gz")
    change_something(any_demo_db)

    safety = backup.restore(any_demo_db, saved)
    assert exported(any_demo_db) == when_saved
    assert every_row(any_demo_db) == rows_when_saved
    assert run_checks(any_demo_db) == []
    with any_demo_db.transaction() as session:  # new records get new ids after the restored ones
        added = Organization(kind="company", name="株式会社 復元後")
        session.add(added)
    assert added.id > max(o["id"] for o in when_saved["organizations"])

    assert safety is not None
    listed = {b.path: b.reason for b in backup.list_backups(any_demo_db)}
    assert listed == {saved: "manual", safety: "before-restore"}
    backup.restore(any_demo_db, safety)  # the state before the restore comes back too
    assert "株式会社 復元前" in {o["name"] for o in exported(any_demo_db)["organizations"]}


def test_only_the_newest_backups_of_each_kind_are_kept(any_demo_db: Database) -> None:
    before_import = backup.take_backup(any_demo_db, reason="before-import")
    backup.configure(keep=3)
    try:
        made = [backup.take_backup(any_demo_db, reason="scheduled") for _ in range(5)]
    finally:
        backup.configure(keep=backup.KEEP_BACKUPS)
    # Routine backups never push out the one taken before the import.
    assert [b.path for b in backup.list_backups(any_demo_db)] == [*made[:1:-1], before_import]


def test_the_oldest_kept_backup_can_be_restored(any_demo_db: Database) -> None:
    """The safety backup a restore takes first must not prune the backup being restored."""
    when_saved = exported(any_demo_db)
    backup.configure(keep=2)
    try:
        oldest = backup.take_backup(any_demo_db, reason="before-restore")
        change_something(any_demo_db)
        backup.take_backup(any_demo_db, reason="before-restore")
        backup.restore(any_demo_db, oldest)  # its own before-restore backup makes three
    finally:
        backup.configure(keep=backup.KEEP_BACKUPS)
    assert exported(any_demo_db) == when_saved
    assert oldest.exists()


def cut_off(source: Path, target: Path) -> Path:
    target.write_bytes(gzip.compress(gzip.decompress(source.read_bytes())[:-5000]))
    return target


def json_backup_of(database: Database, tmp_path: Path) -> Path:
    return backup.take_backup(database, target=tmp_path / "saved.json.gz")


def test_a_cut_off_or_newer_backup_is_refused_before_anything_changes(
    any_demo_db: Database, tmp_path: Path
) -> None:
    saved = json_backup_of(any_demo_db, tmp_path)
    change_something(any_demo_db)
    now = exported(any_demo_db)
    with pytest.raises(UserError, match="途中で切れて"):
        backup.restore(any_demo_db, cut_off(saved, tmp_path / "cut.json.gz"))

    lines = gzip.decompress(saved.read_bytes()).decode("utf-8").splitlines()
    header = json.loads(lines[0]) | {"revision": "ffffffffffff"}
    newer = tmp_path / "newer.json.gz"
    newer.write_bytes(gzip.compress("\n".join([json.dumps(header), *lines[1:]]).encode()))
    with pytest.raises(UserError, match="新しい版"):
        backup.restore(any_demo_db, newer)

    notes = tmp_path / "notes.json.gz"
    notes.write_bytes(gzip.compress("会議メモ".encode()))
    with pytest.raises(UserError, match="使えません"):
        backup.restore(any_demo_db, notes)
    assert exported(any_demo_db) == now
    assert backup.list_backups(any_demo_db) == []  # not even a safety backup was needed


def test_a_json_backup_moves_an_office_from_a_file_to_a_server(
    demo_path: Path, postgres_url: str, tmp_path: Path
) -> None:
    """`backup -o x.json.gz` on the file, `restore x.json.gz` on the new, empty server."""
    moved = tmp_path / "moving.json.gz"
    done = secdesk("--db", demo_path, "backup", "-o", moved)
    assert done.returncode == 0, done.stderr
    done = secdesk("--db", postgres_url, "restore", moved)
    assert done.returncode == 0, done.stderr
    assert "復元前の状態" not in done.stdout  # the server was empty: nothing to keep
    exports = []
    for db in (str(demo_path), postgres_url):
        out = tmp_path / f"export-{len(exports)}.json"
        assert secdesk("--db", db, "export", "--format", "json", "-o", out).returncode == 0
        data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        data.pop("exported_at")
        exports.append(data)
    assert exports[0] == exports[1]  # ids included


def test_a_json_backup_restores_into_a_new_file(any_demo_db: Database, tmp_path: Path) -> None:
    saved = json_backup_of(any_demo_db, tmp_path)
    fresh = tmp_path / "fresh.sqlite"
    done = secdesk("--db", fresh, "restore", saved)
    assert done.returncode == 0, done.stderr
    copy = open_database(str(fresh), create=False)
    try:
        assert exported(copy) == exported(any_demo_db)
        assert run_checks(copy) == []
    finally:
        copy.close()


def test_a_file_backup_cannot_go_into_a_server(postgres_url: str, demo_path: Path) -> None:
    database = open_database(postgres_url)
    try:
        with pytest.raises(UserError, match=r"\.json\.gz"):
            backup.restore(database, backup.take_backup(demo_path))
    finally:
        database.close()


def without_added_since(data: Any, keys: set[str]) -> Any:
    if isinstance(data, dict):
        return {k: without_added_since(v, keys) for k, v in data.items() if k not in keys}
    if isinstance(data, list):
        return [without_added_since(v, keys) for v in data]
    return data


@pytest.mark.parametrize("revision", earlier_revisions())
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_database_of_every_earlier_version_upgrades_with_its_data(
    revision: str,
    backend: str,
    demo_db: Database,
    demo_template: Path,
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    """A database an earlier release made keeps every record through the upgrade, after a
    backup that gives back the old database when restored."""
    url = (
        request.getfixturevalue("postgres_url")
        if backend == "postgresql"
        else str(tmp_path / f"made-by-{revision}.sqlite")
    )
    demo_at_revision(url, revision, demo_template)
    upgraded = open_database(url)
    try:
        assert current_revision(upgraded) == head_revision()
        assert run_checks(upgraded) == []
        added = set().union(*(ADDED_SINCE[r] for r in ADDED_SINCE if r >= revision))
        after_upgrade = exported(upgraded)
        assert without_added_since(after_upgrade, added) == without_added_since(
            exported(demo_db), added
        )
        (made,) = backup.list_backups(upgraded)
        assert made.reason == "before-upgrade"
        change_something(upgraded)
        backup.restore(upgraded, made.path)  # the old version's backup, upgraded again
        assert exported(upgraded) == after_upgrade
    finally:
        upgraded.close()
