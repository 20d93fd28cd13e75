"""A restore while other programs have the database open (a second window, another PC, a
scheduled backup), a restore refused, and what a killed or failed backup or restore leaves.

Every save a program makes after a restore must be in the restored database (none may go to a
replaced file), and a form loaded before the restore must not be saved over the restored data
without the user being told.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select

from db import backup
from db.database import Database
from db.engine import open_database
from db.errors import BUSY, ConflictError, UserError
from db.models import Organization
from desktop.ops.registrations import OrganizationInput, get_organization, save_organization
from tests.helpers.cli_support import secdesk
from tests.helpers.concurrent_writer import append_note

SAVES = 20  # before the restore, and again after it


def _save_form(database: Database, loaded: Any, note: str) -> None:
    """What 保存 does with a form filled from `loaded` (an organization's details)."""
    edited = OrganizationInput(
        name=loaded.name,
        kind=loaded.kind,
        kana=loaded.kana,
        lg_code=loaded.lg_code,
        postal_code=loaded.postal_code,
        address=loaded.address,
        phone=loaded.phone,
        email=loaded.email,
        note=note,
        id=loaded.id,
        version=loaded.version,
    )
    with database.transaction() as session:
        save_organization(session, edited)


def _second_window(url: str, organization: int, ready: Any, restored: Any, queue: Any) -> None:
    """Another program with the database open: saves, loads a form, waits for the restore,
    saves that form, then saves again as the user would."""
    outcome: dict[str, Any] = {"before": [], "after": [], "stale": "", "told": 0, "errors": []}
    database = open_database(url, create=False)
    try:
        for k in range(SAVES):
            append_note(database, organization, f"before{k}")
            outcome["before"].append(f"before{k}")
        with database.sessions() as session:
            form = get_organization(session, organization)  # opened before the restore
        ready.set()
        restored.wait(timeout=120)
        try:
            _save_form(database, form, f"{form.note} stale")
            outcome["stale"] = "saved"
        except ConflictError as exc:
            outcome["stale"] = str(exc)
        for k in range(SAVES):
            outcome["told"] += append_note(database, organization, f"after{k}")
            outcome["after"].append(f"after{k}")
    except Exception as exc:  # anything else fails the test
        outcome["errors"].append(f"{type(exc).__name__}: {exc}")
    finally:
        database.close()
        ready.set()
        queue.put(outcome)


def note_of(database: Database, organization: int) -> list[str]:
    with database.sessions() as session:
        note = session.scalar(select(Organization.note).where(Organization.id == organization))
    return (note or "").split()


def test_every_save_after_a_restore_is_in_the_restored_database(
    any_demo_db: Database, any_demo_url: str, tmp_path: Path
) -> None:
    with any_demo_db.sessions() as session:
        organization = session.scalars(select(Organization.id).order_by(Organization.id)).first()
    assert organization is not None
    saved = tmp_path / ("saved.json.gz" if "://" in any_demo_url else "saved.sqlite")
    assert secdesk("--db", any_demo_url, "backup", "-o", saved).returncode == 0
    when_saved = note_of(any_demo_db, organization)

    context = multiprocessing.get_context("spawn")  # a fresh interpreter, like another PC
    ready, restored, queue = context.Event(), context.Event(), context.Queue()
    other = context.Process(
        target=_second_window, args=(any_demo_url, organization, ready, restored, queue)
    )
    other.start()
    try:
        assert ready.wait(timeout=300)
        done = secdesk("--db", any_demo_url, "restore", saved)
        assert done.returncode == 0, done.stderr
        restored.set()
        outcome = queue.get(timeout=300)
    finally:
        other.join(timeout=60)
    assert outcome["errors"] == []
    assert outcome["stale"] not in ("", "saved")  # the form loaded before: refused, and said so
    note = note_of(any_demo_db, organization)  # this program had it open all along too
    assert note == [*when_saved, *outcome["after"]]  # every save after, nothing from before
    assert len(outcome["after"]) == SAVES and outcome["told"] <= 1  # told of the restore once
    check = open_database(any_demo_url, create=False)
    try:
        assert note_of(check, organization) == note
    finally:
        check.close()


def test_a_program_that_had_the_database_open_is_told_once(
    any_demo_db: Database, any_demo_url: str, tmp_path: Path
) -> None:
    """Its next save is refused with the reason, the one after goes into the restored data."""
    saved = tmp_path / ("saved.json.gz" if "://" in any_demo_url else "saved.sqlite")
    assert secdesk("--db", any_demo_url, "backup", "-o", saved).returncode == 0
    with any_demo_db.sessions() as session:
        organization = session.scalars(select(Organization.id).order_by(Organization.id)).first()
    assert organization is not None
    assert secdesk("--db", any_demo_url, "restore", saved).returncode == 0
    with any_demo_db.sessions() as session:
        loaded = get_organization(session, organization)
    with pytest.raises(ConflictError, match="復元されました"):
        _save_form(any_demo_db, loaded, "first")
    _save_form(any_demo_db, loaded, "second")
    assert note_of(any_demo_db, organization) == ["second"]
    backup.restore(any_demo_db, saved)  # its own restore: nothing to be told
    with any_demo_db.sessions() as session:
        loaded = get_organization(session, organization)
    _save_form(any_demo_db, loaded, "third")
    assert note_of(any_demo_db, organization) == ["third"]


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder another (ordinary) user can work in."""
    with tempfile.TemporaryDirectory() as folder:
        os.chmod(folder, 0o777)
        yield Path(folder)


def as_ordinary_user(*args: object, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """`secdesk` run by a user without administrator rights (root ignores file permissions)."""
    command = [sys.executable, "-m", "desktop.cli", *map(str, args)]
    env = {**os.environ, "SECDESK_DATA_DIR": str(data_dir)}
    user = 65534 if os.geteuid() == 0 else None  # nobody
    return subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", env=env, user=user, timeout=120
    )


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_every_writing_verb_refuses_a_read_only_database(shared_dir: Path) -> None:
    db = shared_dir / "office.sqlite"
    saved = shared_dir / "saved.sqlite"
    assert secdesk("--db", db, "demo").returncode == 0
    assert secdesk("--db", db, "backup", "-o", saved).returncode == 0
    os.chmod(saved, 0o644)
    os.chmod(db, 0o444)  # the folder stays writable: the file itself is protected
    before = db.read_bytes()
    for verb in (("restore", saved), ("undo", "1")):
        done = as_ordinary_user("--db", db, *verb, data_dir=shared_dir / "userdata")
        lines = done.stderr.strip().splitlines()
        assert done.returncode == 2 and len(lines) == 1, (verb, done.stderr)
        assert "読み取り専用" in lines[0] or verb[0] == "undo", done.stderr
    assert db.read_bytes() == before
    assert not [p for p in shared_dir.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize(
    "verb", [("batches",), ("undo", "1"), ("check",), ("export", "--format", "json", "-o")]
)
def test_reading_verbs_never_make_a_database_of_an_empty_file(
    verb: tuple[str, ...], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    args = [*verb, tmp_path / "out.json"] if verb[-1] == "-o" else list(verb)
    done = secdesk("--db", empty, *args)
    assert done.returncode in (1, 2) and "Traceback" not in done.stderr
    message = (done.stderr or done.stdout).strip().splitlines()
    assert len(message) == 1 and "事務局デスクのデータベースではありません" in message[0]
    assert empty.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite"]


def test_an_empty_file_is_not_backed_up(tmp_path: Path) -> None:
    """Its empty copy would count as the newest backup and push a real one out."""
    empty = tmp_path / "office.sqlite"
    empty.touch()
    done = secdesk("--db", empty, "backup")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "空のファイル" in lines[0], done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["office.sqlite"]


@pytest.mark.parametrize(
    "url", ["postgresql+psycopg://user@host:notaport/db", "postgresql+psycopg://u@[::1/x"]
)
def test_a_malformed_database_url_is_one_clear_line(url: str) -> None:
    done = secdesk("--db", url, "batches")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "URL として読めません" in lines[0], done.stderr


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
@pytest.mark.parametrize("verb", [["init"], ["demo"], ["batches"]])
def test_a_database_that_would_vanish_at_the_end_is_refused(url: str, verb: list[str]) -> None:
    """SQLite's in-memory database keeps nothing: `init` or `demo` there would say done and
    lose it all at exit."""
    done = secdesk("--db", url, *verb)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "ファイルのパスを指定してください" in lines[0], done.stderr


def _hold_exclusive_lock(path: str, locked: Any, release: Any) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")  # a program that keeps everyone else out
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("UPDATE organization SET note = note")
    locked.set()
    release.wait(timeout=300)
    conn.execute("ROLLBACK")
    conn.close()


@contextlib.contextmanager
def locked_by_another_program(url: str) -> Iterator[None]:
    """Another program holds the database locked (SQLite: exclusively, readers too; PostgreSQL:
    every table an export reads) until the block ends."""
    if "://" in url:
        engine = create_engine(url)
        try:
            with engine.connect() as conn, conn.begin():
                conn.exec_driver_sql("LOCK TABLE organization IN ACCESS EXCLUSIVE MODE")
                yield
        finally:
            engine.dispose()
        return
    context = multiprocessing.get_context("spawn")
    locked, release = context.Event(), context.Event()
    holder = context.Process(target=_hold_exclusive_lock, args=(url, locked, release))
    holder.start()
    try:
        assert locked.wait(timeout=120)
        yield
    finally:
        release.set()
        holder.join(timeout=60)


def test_backup_and_restore_give_up_on_a_database_locked_by_another_program(
    any_demo_url: str, tmp_path: Path
) -> None:
    saved = tmp_path / ("saved.json.gz" if "://" in any_demo_url else "saved.sqlite")
    assert secdesk("--db", any_demo_url, "backup", "-o", saved).returncode == 0
    with locked_by_another_program(any_demo_url):
        for verb in (("backup",), ("restore", saved)):
            done = secdesk("--db", any_demo_url, *verb)  # within the busy timeout, not forever
            lines = done.stderr.strip().splitlines()
            assert done.returncode == 2 and len(lines) == 1, (verb, done.stderr)
            assert "使用中" in lines[0], done.stderr
    if "://" not in any_demo_url:
        folder = Path(any_demo_url).parent / "backups"
        assert not [p for p in folder.iterdir() if p.name.startswith(".")]
    assert secdesk("--db", any_demo_url, "backup").returncode == 0  # and works once it is free


def _limit_file_size() -> None:
    """A full disk, as SQLite meets it: writes beyond a size fail (the signal is ignored)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file size limit")
def test_a_backup_or_restore_on_a_full_disk_leaves_nothing_behind(
    demo_path: Path, tmp_path: Path
) -> None:
    saved = tmp_path / "saved.sqlite"
    assert secdesk("--db", demo_path, "backup", "-o", saved).returncode == 0
    assert saved.stat().st_size > 200_000  # too big for the "disk" below
    before = demo_path.read_bytes()
    for verb in (("backup",), ("restore", saved)):
        done = subprocess.run(
            [sys.executable, "-m", "desktop.cli", "--db", str(demo_path), *map(str, verb)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            preexec_fn=_limit_file_size,
            timeout=120,
        )
        lines = done.stderr.strip().splitlines()
        assert done.returncode == 2 and len(lines) == 1, (verb, done.stderr)
    assert demo_path.read_bytes() == before
    left = [p.name for p in (demo_path.parent / "backups").iterdir()]
    assert left == [], left


def test_a_later_start_removes_what_a_killed_backup_left(demo_path: Path) -> None:
    folder = demo_path.parent / "backups"
    folder.mkdir()
    part = folder / f".{demo_path.stem}-20260101-000000-manual.sqlite.part"
    part.write_bytes(demo_path.read_bytes()[:8192])  # killed midway
    Path(f"{part}-journal").write_bytes(b"\0" * 512)
    restoring = demo_path.parent / f".{demo_path.name}.restoring"  # a restore of a damaged file
    restoring.write_bytes(b"SQLite format 3\0")
    for left in (part, Path(f"{part}-journal"), restoring):
        _made_long_ago(left)
    assert secdesk("--db", demo_path, "batches").returncode == 0  # the next start
    assert not restoring.exists()
    assert secdesk("--db", demo_path, "backup").returncode == 0
    assert not part.exists() and not Path(f"{part}-journal").exists()
    assert secdesk("--db", demo_path, "restore", next(folder.iterdir())).returncode == 0
    assert not [p for p in demo_path.parent.rglob(".*")]


def _made_long_ago(path: Path) -> None:
    """Left by a program killed an hour ago."""
    an_hour_ago = time.time() - 3600
    os.utime(path, (an_hour_ago, an_hour_ago))


def test_opening_a_database_leaves_the_users_files_beside_it_alone(demo_path: Path) -> None:
    """The folder of a database (Documents, say) holds other programs' files too: one that
    ends like the program's temporary copies is not the program's to delete, nor is a backup
    another program has just finished writing and is about to give its name."""
    folder = demo_path.parent / "backups"
    folder.mkdir()
    theirs = [demo_path.parent / ".thesis.docx.part", demo_path.parent / ".report.part"]
    theirs += [folder / ".report.part", demo_path.parent / ".thesis.docx.restoring"]
    for path in theirs:
        path.write_bytes(b"PK\3\4 a document being saved")
        _made_long_ago(path)
    copy = demo_path.parent / f".{demo_path.stem}-20260101-000000-manual.sqlite.part"
    copy.write_bytes(demo_path.read_bytes())  # a database of the same name elsewhere, not ours
    _made_long_ago(copy)
    finishing = folder / f".{demo_path.stem}-20260101-000000-manual.sqlite.part"
    finishing.write_bytes(demo_path.read_bytes())  # written, not yet renamed: no lock held
    for verb in (("batches",), ("backup",)):
        assert secdesk("--db", demo_path, *verb).returncode == 0
    assert all(path.read_bytes() == b"PK\3\4 a document being saved" for path in theirs)
    assert copy.exists() and finishing.exists()


def _restore_killed_midway(target: str, source: str) -> None:
    """A restore killed outright halfway through copying the backup into the database."""
    from db import backup as restoring

    def kill_halfway(_status: int, remaining: int, total: int) -> None:
        if 0 < remaining < total // 2:
            os.kill(os.getpid(), signal.SIGKILL)

    restoring.COPY_STEP_PAGES = 1
    restoring._stop_when_busy = kill_halfway  # the copy's progress, called after every page
    restoring.restore(Path(target), Path(source))


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_restore_killed_midway_leaves_the_old_database(demo_db: Database, tmp_path: Path) -> None:
    assert demo_db.path is not None
    saved = backup.take_backup(demo_db, target=tmp_path / "saved.sqlite")
    with demo_db.transaction() as session:
        session.add(Organization(kind="company", name="株式会社 復元前"))
    names_before = {o.name for o in note_free_names(demo_db)}
    context = multiprocessing.get_context("spawn")
    killed = context.Process(target=_restore_killed_midway, args=(str(demo_db.path), str(saved)))
    killed.start()
    killed.join(timeout=300)
    assert killed.exitcode == -signal.SIGKILL
    assert {o.name for o in note_free_names(demo_db)} == names_before  # the old data, whole
    assert secdesk("--db", demo_db.path, "check").returncode == 0
    assert secdesk("--db", demo_db.path, "restore", saved).returncode == 0
    assert "株式会社 復元前" not in {o.name for o in note_free_names(demo_db)}
    assert not [p for p in demo_db.path.parent.rglob(".*")]


def note_free_names(database: Database) -> list[Organization]:
    with database.sessions() as session:
        return list(session.scalars(select(Organization)))


def test_a_backup_is_one_file_that_reading_leaves_alone(demo_path: Path, tmp_path: Path) -> None:
    saved = tmp_path / "saved.sqlite"
    assert secdesk("--db", demo_path, "backup", "-o", saved).returncode == 0
    assert secdesk("--db", tmp_path / "copy.sqlite", "restore", saved).returncode == 0
    assert sorted(p.name for p in tmp_path.glob("saved.sqlite*")) == ["saved.sqlite"]


def test_a_read_only_role_cannot_restore(
    reader_url: str,
    postgres_url: str,
    tmp_path: Path,
) -> None:
    saved = tmp_path / "saved.json.gz"
    assert secdesk("--db", postgres_url, "backup", "-o", saved).returncode == 0
    done = secdesk("--db", reader_url, "restore", saved)
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 2 and len(lines) == 1 and "読み取り専用" in lines[0], done.stderr


def _busy_window(url: str, organization: int, started: Any, stop: Any, queue: Any) -> None:
    """A program saving as fast as it can, all through a restore, and on for 20 saves after it
    is told the restore is over; when each save was made, and how often it was told to retry."""
    import time

    made: list[tuple[str, float]] = []
    errors: list[str] = []
    told = 0
    database = open_database(url, create=False)
    try:
        k = after = 0
        while after < 20:
            try:
                with database.transaction() as session:  # as the window loads, then saves
                    form = get_organization(session, organization)
                recent = [*(form.note or "").split(), f"s{k}"][-40:]  # a note of bounded length
                _save_form(database, form, " ".join(recent))
            except UserError as exc:  # a conflict, the restore itself, a lock: told, tries again
                told += 1
                if not isinstance(exc, ConflictError) and BUSY not in str(exc):
                    raise
                continue
            made.append((f"s{k}", time.time()))
            k += 1
            after += stop.is_set()
            if k == 10:
                started.set()
    except Exception as exc:
        errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        database.close()
        started.set()
        queue.put((made, errors, told))


def test_saves_made_all_through_a_restore_are_never_lost(
    any_demo_db: Database, any_demo_url: str, tmp_path: Path
) -> None:
    """The review's case: a window saving while `secdesk restore` runs. What it saved before
    the restore is gone (that is what a restore does); everything after is there."""
    import time

    with any_demo_db.sessions() as session:
        organization = session.scalars(select(Organization.id).order_by(Organization.id)).first()
    assert organization is not None
    saved = tmp_path / ("saved.json.gz" if "://" in any_demo_url else "saved.sqlite")
    assert secdesk("--db", any_demo_url, "backup", "-o", saved).returncode == 0
    context = multiprocessing.get_context("spawn")
    started, stop, queue = context.Event(), context.Event(), context.Queue()
    writer = context.Process(
        target=_busy_window, args=(any_demo_url, organization, started, stop, queue)
    )
    writer.start()
    try:
        assert started.wait(timeout=300)
        done = secdesk("--db", any_demo_url, "restore", saved)
        restored_at = time.time()
        stop.set()
        assert done.returncode == 0, done.stderr
        made, errors, told = queue.get(timeout=600)
    finally:
        writer.join(timeout=60)
    assert errors == []
    kept = note_of(any_demo_db, organization)
    tokens = [token for token, _at in made]
    assert kept == tokens[len(tokens) - len(kept) :]  # the latest saves, in order, none missing
    after = [token for token, at in made if at > restored_at]
    assert after and set(after) <= set(kept)
    print(f"\n{len(made)} saves, {len(after)} after the restore, {len(kept)} kept, {told} told")


def _backup_of_page_size(database: Path, target: Path, page_size: int) -> None:
    """A backup whose pages differ in size from the database's (another program's copy, a
    database made with other settings)."""
    assert secdesk("--db", database, "backup", "-o", target).returncode == 0
    conn = sqlite3.connect(target)
    try:
        conn.execute(f"PRAGMA page_size = {page_size}")
        conn.execute("VACUUM")
        assert conn.execute("PRAGMA page_size").fetchone()[0] == page_size
    finally:
        conn.close()


def _damage(path: Path) -> None:
    """What makes a restore needed: the file's first page overwritten (SQLite cannot read it)."""
    with path.open("r+b") as fh:
        fh.write(b"\0" * 100)


def _count(path: Path) -> int:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        count: int = conn.execute("SELECT count(*) FROM organization").fetchone()[0]
        return count
    finally:
        conn.close()


@pytest.mark.parametrize("by", ["this program", "another program"])
@pytest.mark.parametrize("why", ["backup of another page size", "damaged database"])
def test_every_save_after_any_restore_of_a_file_is_in_the_restored_file(
    demo_path: Path, tmp_path: Path, why: str, by: str
) -> None:
    """Whether the backup is copied into the file or (damaged) a new file is moved over it: a
    program that had it open shows the restored data, and each save it makes after the restore
    is in the restored file or refused once, with the reason; none goes into a deleted file."""
    saved = tmp_path / "saved.sqlite"
    _backup_of_page_size(demo_path, saved, 8192)
    restored_count = _count(saved)
    database = open_database(str(demo_path), create=False)
    try:
        with database.transaction() as session:
            session.add(Organization(kind="company", name="株式会社 復元で消える"))
        organization = session.scalars(select(Organization.id)).first()
        assert organization is not None and len(note_free_names(database)) == restored_count + 1
        if why == "damaged database":
            _damage(demo_path)
        if by == "this program":
            backup.restore(database, saved)
        else:
            done = secdesk("--db", demo_path, "restore", saved)
            assert done.returncode == 0, done.stderr
        assert len(note_free_names(database)) == restored_count  # the lists show restored data
        noticed = database.read_restore_mark() != database.restore_mark  # what the window checks
        assert noticed == (by == "another program")
        told = sum(append_note(database, organization, f"after{k}") for k in range(5))
    finally:
        database.close()
    assert told <= (by == "another program")  # told of someone else's restore once
    assert _count(demo_path) == restored_count
    assert secdesk("--db", demo_path, "check").returncode == 0  # whole, in its own page size
    check = open_database(str(demo_path), create=False)
    try:
        assert note_of(check, organization)[-5:] == [f"after{k}" for k in range(5)]
    finally:
        check.close()


def test_restoring_from_a_plain_copy_leaves_its_folder_as_it_was(
    demo_path: Path, tmp_path: Path
) -> None:
    """A copy made in Explorer of a database keeps its WAL mode: reading it must not leave -wal
    and -shm files beside it."""
    folder = tmp_path / "copies"
    folder.mkdir()
    copy = folder / "office copy.sqlite"
    copy.write_bytes(demo_path.read_bytes())
    assert copy.read_bytes()[18:20] == b"\2\2"  # WAL mode, as the database was
    before = copy.read_bytes()
    for target in (demo_path, tmp_path / "new.sqlite"):
        done = secdesk("--db", target, "restore", copy)
        assert done.returncode == 0, done.stderr
    assert [p.name for p in folder.iterdir()] == [copy.name] and copy.read_bytes() == before


@pytest.mark.parametrize("why", ["backup of another page size", "damaged database"])
def test_another_program_saves_into_the_restored_file_whatever_the_restore(
    demo_path: Path, tmp_path: Path, why: str
) -> None:
    """A program that had the database open in another process when it was restored (copied
    into, or a new file moved over it): its stale form is refused, each later save is kept."""
    saved = tmp_path / "saved.sqlite"
    _backup_of_page_size(demo_path, saved, 8192)
    check = open_database(str(demo_path), create=False)
    try:
        with check.sessions() as session:
            organization = session.scalars(select(Organization.id)).first()
        when_saved = note_of(check, organization)
    finally:
        check.close()
    assert organization is not None
    context = multiprocessing.get_context("spawn")
    ready, restored, queue = context.Event(), context.Event(), context.Queue()
    other = context.Process(
        target=_second_window, args=(str(demo_path), organization, ready, restored, queue)
    )
    other.start()
    try:
        assert ready.wait(timeout=300)
        if why == "damaged database":
            _damage(demo_path)
        backup.restore(demo_path, saved)
        restored.set()
        outcome = queue.get(timeout=300)
    finally:
        other.join(timeout=60)
    assert outcome["errors"] == []
    assert outcome["stale"] not in ("", "saved")  # the form loaded before: refused, and said so
    assert len(outcome["after"]) == SAVES and outcome["told"] <= 1
    check = open_database(str(demo_path), create=False)
    try:
        assert note_of(check, organization) == [*when_saved, *outcome["after"]]
    finally:
        check.close()
