"""The database layer: schema and migrations, audit log, versions, backups, refusal of bad files."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from db import backup
from db.bulk import insert_new
from db.check import run_checks
from db.database import Database, make_engine
from db.engine import open_database
from db.errors import DatabaseUnavailable
from db.migrate import current_revision, head_revision, upgrade
from db.models import AuditEntry, Base, Organization, Person
from desktop.japanese.text import normalize_for_compare


def test_the_head_revision_is_the_newest_migration() -> None:
    from alembic.script import ScriptDirectory

    from db.migrate import HEAD_REVISION, alembic_config

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head == HEAD_REVISION, "a migration was added: set db.migrate.HEAD_REVISION to it"


def test_migrations_build_exactly_the_models(any_database: Database) -> None:
    assert current_revision(any_database) == head_revision()
    with any_database.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], "the models changed without a migration: add one under db/migrations"


def test_sqlite_settings(database: Database) -> None:
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_audit_log_records_insert_update_delete(any_database: Database) -> None:
    with any_database.transaction() as session:
        org = Organization(kind="municipality", name="秩父市", lg_code="112071")
        session.add(org)
    with any_database.transaction() as session:
        stored = session.get(Organization, org.id)
        assert stored is not None
        stored.kana = "ちちぶし"
    with any_database.transaction() as session:
        session.delete(session.get(Organization, org.id))
    with any_database.sessions() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    assert [e.action for e in entries] == ["insert", "update", "delete"]
    assert entries[0].after is not None and entries[0].after["name"] == "秩父市"
    assert entries[1].before == {"kana": None} and entries[1].after == {"kana": "ちちぶし"}
    assert entries[2].before is not None and entries[2].before["lg_code"] == "112071"
    assert all(e.row_id == org.id and e.table_name == "organization" for e in entries)


def test_rolled_back_change_leaves_no_trace(any_database: Database) -> None:
    with pytest.raises(RuntimeError), any_database.transaction() as session:
        session.add(Organization(kind="ministry", name="内閣府"))
        session.flush()
        raise RuntimeError("simulated failure in the middle of a write")
    with any_database.sessions() as session:
        assert session.scalars(select(Organization)).all() == []
        assert session.scalars(select(AuditEntry)).all() == []


def test_name_key_ignores_width_spacing_and_corporate_forms(any_database: Database) -> None:
    with any_database.transaction() as session:
        a = Person(name="山田　太郎")
        b = Person(name="山田 太郎")
        c = Organization(kind="company", name="(株)三菱総合研究所")
        d = Organization(kind="company", name="株式会社三菱総合研究所")
        session.add_all([a, b, c, d])
    assert a.name_key == b.name_key
    assert c.name_key == d.name_key
    assert a.name == "山田　太郎"  # what was typed stays for display


def test_saving_a_stale_row_is_refused(any_database: Database) -> None:
    with any_database.transaction() as session:
        org = Organization(kind="ministry", name="総務省")
        session.add(org)
    first = any_database.sessions()
    second = any_database.sessions()
    mine = first.get(Organization, org.id)
    theirs = second.get(Organization, org.id)
    assert mine is not None and theirs is not None
    theirs.note = "先に保存"
    second.commit()
    mine.note = "後から保存"
    with pytest.raises(StaleDataError):
        first.commit()
    first.close()
    second.close()


def test_backup_and_restore_round_trip(database: Database, tmp_path: Path) -> None:
    with database.transaction() as session:
        session.add(Organization(kind="ministry", name="内閣府"))
    saved = backup.take_backup(database)
    with database.transaction() as session:
        session.add(Organization(kind="ministry", name="総務省"))
    safety = backup.restore(database, saved)
    with database.sessions() as session:
        names = session.scalars(select(Organization.name)).all()
    assert names == ["内閣府"]
    assert safety.exists()
    listed = [b.path for b in backup.list_backups(database)]
    assert saved in listed and safety in listed
    assert run_checks(database) == []


def test_restore_refuses_a_file_that_is_not_a_backup(database: Database, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("これはバックアップではありません", encoding="utf-8")
    with pytest.raises(Exception, match="バックアップファイルではありません"):
        backup.restore(database, bogus)


def test_corrupt_or_foreign_files_are_refused(tmp_path: Path) -> None:
    text_file = tmp_path / "memo.sqlite"
    text_file.write_text("hello", encoding="utf-8")
    with pytest.raises(DatabaseUnavailable, match="データベースファイルではありません"):
        open_database(str(text_file))
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE customers (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseUnavailable, match="事務局デスクのものではない表"):
        open_database(str(other))
    with pytest.raises(DatabaseUnavailable, match="フォルダ"):
        open_database(str(tmp_path / "no-such-folder" / "x.sqlite"))


def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    """A schema this version does not know is never opened (nor "upgraded" into damage)."""
    path = tmp_path / "old.sqlite"
    db = open_database(str(path))
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    db.close()
    with pytest.raises(DatabaseUnavailable, match="新しい版"):
        open_database(str(path))


def test_an_older_database_is_upgraded_after_a_backup(tmp_path: Path) -> None:
    """A database made by the first release keeps its data, gets a backup and the new schema."""
    path = tmp_path / "old.sqlite"
    engine_db = _database_at_revision(path, "0001")
    with engine_db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO organization (id, version, kind, name, name_key) "
            "VALUES (1, 1, 'municipality', '秩父市', '秩父市')"
        )
    engine_db.close()

    upgraded = open_database(str(path))
    assert current_revision(upgraded) == head_revision()
    with upgraded.sessions() as session:
        assert [o.name for o in session.scalars(select(Organization))] == ["秩父市"]
    backups = backup.list_backups(upgraded)
    upgraded.close()
    assert [b.reason for b in backups] == ["before-upgrade"]
    with sqlite3.connect(backups[0].path) as conn:  # the backup is the old database as it was
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        columns = {row[1] for row in conn.execute("PRAGMA table_info(participant)")}
    assert "attendance" not in columns


def test_check_reports_rows_written_around_the_program(any_database: Database) -> None:
    """A row inserted by SQL of one's own: no history, and no list-order or search key the rules
    give."""
    with any_database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO organization "
                "(kind, name, name_key, sort_key, search_key, version, created_at, updated_at) "
                "VALUES ('ministry', '外務省', '外務省', :k, '', 1, :t, :t)"
            ),
            {"t": dt.datetime(2026, 1, 1), "k": b""},
        )
    problems = run_checks(any_database)
    assert any("organization" in p and "変更履歴" in p for p in problems)
    assert any("organization" in p and "並び順の鍵" in p for p in problems)
    assert any("organization" in p and "検索用のキー" in p for p in problems)
    with any_database.transaction() as session:  # as the message says: the reading typed again
        (ministry,) = session.scalars(select(Organization))
        ministry.kana = "がいむしょう"
    assert not any("並び順の鍵" in p or "検索用のキー" in p for p in run_checks(any_database))


def test_ids_are_never_reused_and_collections_are_audited(any_database: Database) -> None:
    from db.models import Category, Program, Registration

    with any_database.transaction() as session:
        first = Organization(kind="company", name="A社")
        session.add(first)
    with any_database.transaction() as session:
        session.delete(session.get(Organization, first.id))
    with any_database.transaction() as session:
        second = Organization(kind="company", name="B社")
        program = Program(name="テスト事業", categories=[Category(name="教育", order=1)])
        session.add_all([second, program])
        session.flush()
        session.add(
            Registration(
                organization=second, program=program, role="offer", categories=program.categories
            )
        )
    assert second.id != first.id
    with any_database.sessions() as session:
        inserted = session.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == "registration", AuditEntry.action == "insert"
            )
        ).one()
    assert inserted.after is not None
    assert inserted.after["categories"] == [program.categories[0].id]


def _database_at_revision(path: Path, revision: str) -> Database:
    """A database as an older release left it: the migrations up to `revision` only."""
    url = make_url(f"sqlite:///{path}")
    engine = make_engine(url)
    database = Database(url, engine, sessionmaker(engine))
    upgrade(database, revision)
    return database


def test_bulk_inserts_link_ids_to_their_rows_and_are_audited(any_database: Database) -> None:
    """Imports insert thousands of rows at once; each id must be its own row's, and logged."""
    rows = [{"kind": "company", "name": f"株式会社 テスト{i:04d}"} for i in range(2500)]
    with any_database.transaction() as session:
        ids = insert_new(session, Organization, rows)
    with any_database.sessions() as session:
        stored = {o.id: o for o in session.scalars(select(Organization))}
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    assert [stored[i].name for i in ids] == [r["name"] for r in rows]  # across batches of 1000
    assert stored[ids[7]].name_key == normalize_for_compare("株式会社 テスト0007")
    assert stored[ids[7]].version == 1
    assert [(e.action, e.row_id) for e in entries] == [("insert", i) for i in ids]
    assert entries[7].after is not None and entries[7].after["name"] == "株式会社 テスト0007"


def test_rows_removed_from_a_collection_are_in_the_audit_log(any_demo_db: Database) -> None:
    """Proposers dropped from a project (delete-orphan) leave a trace like any other delete."""
    from db.models import Project

    with any_demo_db.transaction() as session:
        project = session.scalars(select(Project).order_by(Project.id)).first()
        assert project is not None
        removed = {link.organization_id for link in project.proposer_links}
        project.proposer_links.clear()
    with any_demo_db.sessions() as session:
        deleted = session.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == "project_proposer", AuditEntry.action == "delete"
            )
        ).all()
    assert removed and {e.before["organization_id"] for e in deleted} == removed


def _has_statistics(path: Path) -> bool:
    with sqlite3.connect(path) as conn:
        found = conn.execute("SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'")
        return found.fetchone() is not None


def _without_statistics(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE IF EXISTS sqlite_stat1")
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # into the file itself, as a copy sees it
    return path


def _list_in_order(database: Database) -> None:
    """What the 登録 tab reads for one programme (SQLite gathers statistics on the tables a
    connection's queries chose an index of)."""
    from db.models import Registration
    from desktop.ops.registrations import list_organizations

    with database.sessions() as session:
        program = session.scalars(select(Registration.program_id)).first()
        assert list_organizations(session, program_id=program)


def test_closing_a_file_database_leaves_statistics_for_the_planner(demo_path: Path) -> None:
    database = open_database(str(_without_statistics(demo_path)))
    with database.transaction() as session:
        session.add(Organization(kind="company", name="株式会社 統計"))
    _list_in_order(database)
    database.close()
    assert _has_statistics(demo_path)


def test_a_database_only_read_is_left_as_it_was(demo_path: Path) -> None:
    before = _without_statistics(demo_path).read_bytes()
    database = open_database(str(demo_path))
    _list_in_order(database)
    database.close()
    assert demo_path.read_bytes() == before
    url = make_url(f"sqlite:///file:{demo_path}?mode=ro&uri=true")  # a read-only file too
    engine = make_engine(url)
    database = Database(url, engine, sessionmaker(engine))
    _list_in_order(database)
    database.close()
    assert demo_path.read_bytes() == before
