"""Files written for the user: never over the database, its companions or its backups (links
followed), never half written, and in workbooks text is always text (issue 13: 1, 6, 7, 11-13)."""

from __future__ import annotations

import ast
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from benchmarks.registration_list import write_registration_list
from db.check import run_checks
from db.engine import open_database
from tests.helpers.cli_support import assert_one_clear_line, secdesk, secdesk_on_a_full_disk
from tests.helpers.import_files import messy_list
from tests.helpers.paths import ROOT

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="links and size limits: POSIX")

RISKY = ("=1+2", "+81 3 1234", "-5日", "@SUM(A1)", "\t=1", '=HYPERLINK("http://x","x")')

# Every verb that writes a file, with the output path left for the test.
WRITERS: dict[str, tuple[str, ...]] = {
    "export json": ("export", "--format", "json", "-o"),
    "export xlsx": ("export", "--format", "xlsx", "-o"),
    "report xlsx": ("report", "counts", "--format", "xlsx", "-o"),
    "report pdf": ("report", "counts", "--format", "pdf", "-o"),
    "report json": ("report", "counts", "--format", "json", "-o"),
    "print": ("print", "counts", "-o"),
    "template": ("template", "expert", "-o"),
    "backup": ("backup", "-o"),
}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_to(db: Path | str, verb: str, target: Path) -> subprocess.CompletedProcess[str]:
    return secdesk("--db", db, *WRITERS[verb], target)


def import_report_to(
    db: Path | str, target: Path, tmp_path: Path
) -> subprocess.CompletedProcess[str]:
    listing = messy_list(tmp_path / "一覧.xlsx")
    return secdesk("--db", db, "import", listing, "--dry-run", "--report", target)


def assert_database_intact(db: Path, before: str) -> None:
    assert db.is_file() and not db.is_symlink()
    assert digest(db) == before
    database = open_database(str(db), create=False, upgrade=False)
    try:
        assert run_checks(database) == []
    finally:
        database.close()


# --- 1. never over the database -----------------------------------------------------------------


@pytest.mark.parametrize("verb", [*WRITERS, "import --report"])
def test_no_output_is_written_over_the_open_database(
    demo_path: Path, tmp_path: Path, verb: str
) -> None:
    before = digest(demo_path)
    if verb == "import --report":
        result = import_report_to(demo_path, demo_path, tmp_path)
    else:
        result = write_to(demo_path, verb, demo_path)
    assert_one_clear_line(result)
    assert "データベース" in result.stderr
    assert_database_intact(demo_path, before)
    assert not list(tmp_path.glob(".*.tmp"))


@posix_only
def test_no_output_goes_over_companions_backups_or_through_links(
    demo_path: Path, tmp_path: Path
) -> None:
    made = secdesk("--db", demo_path, "backup")
    assert made.returncode == 0, made.stderr
    backups = tmp_path / "backups"
    (old_backup,) = list(backups.iterdir())
    backup_before = digest(old_backup)
    link_to_db = tmp_path / "link.xlsx"
    link_to_db.symlink_to(demo_path)
    link_to_backup = tmp_path / "backup-link.json"
    link_to_backup.symlink_to(old_backup)
    hard_link = tmp_path / "hard.xlsx"
    os.link(demo_path, hard_link)
    other_folder = tmp_path / "elsewhere"
    other_folder.mkdir()
    dotted = other_folder / ".." / demo_path.name  # the same file by another spelling
    targets = [
        demo_path.with_name(demo_path.name + "-wal"),
        demo_path.with_name(demo_path.name + "-shm"),
        demo_path.with_name(demo_path.name + "-journal"),
        old_backup,
        backups / "new.json",
        link_to_db,
        link_to_backup,
        hard_link,
        dotted,
    ]
    before = digest(demo_path)
    for target in targets:
        for verb in ("template", "export xlsx"):
            result = write_to(demo_path, verb, target)
            assert_one_clear_line(result)
    assert_database_intact(demo_path, before)
    assert digest(old_backup) == backup_before
    assert link_to_db.is_symlink() and link_to_backup.is_symlink()
    assert sorted(backups.iterdir()) == [old_backup]
    for companion in targets[:3]:
        assert not companion.exists()


def test_an_import_report_never_replaces_the_file_being_imported(
    demo_path: Path, tmp_path: Path
) -> None:
    listing = messy_list(tmp_path / "一覧.xlsx")
    before = digest(listing)
    result = secdesk("--db", demo_path, "import", listing, "--dry-run", "--report", listing)
    assert_one_clear_line(result)
    assert "読み込むファイル" in result.stderr
    assert digest(listing) == before


def test_an_existing_database_file_is_never_replaced_by_an_output(tmp_path: Path) -> None:
    db, other = tmp_path / "office.sqlite", tmp_path / "other.sqlite"
    for path in (db, other):
        assert secdesk("--db", path, "init").returncode == 0
    before = digest(other)
    for verb in ("export json", "template", "report pdf"):
        assert_one_clear_line(write_to(db, verb, other))
    assert digest(other) == before


def test_a_server_databases_backups_folder_is_refused(postgres_url: str, tmp_path: Path) -> None:
    assert secdesk("--db", postgres_url, "init").returncode == 0
    backups = tmp_path / "userdata" / "backups"  # the per-user data folder of conftest
    made = secdesk("--db", postgres_url, "backup")
    assert made.returncode == 0, made.stderr
    (kept,) = list(backups.iterdir())
    before = digest(kept)
    for verb in ("export json", "template"):
        assert_one_clear_line(write_to(postgres_url, verb, kept))
    assert digest(kept) == before


def test_a_good_target_is_still_written_and_replaced(demo_path: Path, tmp_path: Path) -> None:
    umask = os.umask(0)
    os.umask(umask)
    for verb in ("export xlsx", "report pdf", "template", "export json"):
        old = tmp_path / f"old-{verb.replace(' ', '-')}"
        old.write_bytes(b"old")
        old.chmod(0o640)
        new = tmp_path / f"new-{verb.replace(' ', '-')}"
        for target in (old, new):
            result = write_to(demo_path, verb, target)
            assert result.returncode == 0, result.stderr
            assert target.stat().st_size > 1000
        assert old.stat().st_mode & 0o777 == 0o640  # a replaced file keeps its permissions
        assert new.stat().st_mode & 0o777 == 0o666 & ~umask  # a new one: the usual ones
    assert not list(tmp_path.glob(".*.tmp"))


# --- 11-13. a failed write leaves nothing, says one line ----------------------------------------


@posix_only
@pytest.mark.parametrize("verb", ["template", "export xlsx", "report pdf", "import --report"])
def test_a_full_disk_leaves_the_old_file_and_no_partial_one(
    demo_path: Path, tmp_path: Path, verb: str
) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old")
    db: Path = demo_path
    room = 40_000  # SQLite's shared-memory file (32 KB) fits; the outputs (50-75 KB) do not
    if verb == "import --report":
        listing = tmp_path / "一覧.xlsx"
        write_registration_list(listing, 500)
        args: tuple[object, ...] = ("import", listing, "--dry-run", "--report", target)
    else:
        args = (*WRITERS[verb], target)
    if verb == "template":  # the blank form (9 KB) without a database
        db, room = tmp_path / "none.sqlite", 4_000
    result = secdesk_on_a_full_disk(room, "--db", db, *args)
    assert_one_clear_line(result)
    assert "Exception ignored" not in result.stderr
    assert "ファイルが大きすぎます" in result.stderr
    assert target.read_bytes() == b"old"
    assert not list(tmp_path.glob(".*.tmp"))


def _private_mount_works() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k none /mnt"],
        capture_output=True,
    )
    return probe.returncode == 0


needs_private_mount = pytest.mark.skipif(
    not _private_mount_works(),
    reason="needs a private mount namespace (unshare -m) for a real read-only or full folder",
)


def secdesk_with_a_mount(
    folder: Path, options: str, *args: object
) -> subprocess.CompletedProcess[str]:
    """`secdesk` with a small tmpfs mounted on `folder` (`options`: e.g. "ro" or "size=16k"),
    visible to that process only. Root ignores file permissions: a read-only file system is
    the real thing for everyone."""
    command = " ".join(
        ["exec", sys.executable, "-m", "desktop.cli", *(f"'{a}'" for a in map(str, args))]
    )
    script = f"mount -t tmpfs -o {options} none '{folder}' && {command}"
    return subprocess.run(
        ["unshare", "-m", "sh", "-c", script],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=ROOT,
    )


@needs_private_mount
def test_a_read_only_folder_or_a_full_disk_is_one_line(demo_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mounted"
    folder.mkdir()
    target = folder / "様式.xlsx"
    listing = tmp_path / "一覧.xlsx"
    write_registration_list(listing, 500)  # its report (about 60 KB) does not fit in 4 KB
    for options in ("ro,size=64k", "size=4k"):
        template = secdesk_with_a_mount(folder, options, "template", "expert", "-o", target)
        report = secdesk_with_a_mount(
            folder, options, "--db", demo_path, "import", listing, "--dry-run", "--report", target
        )
        for result in (template, report):
            assert_one_clear_line(result)
            assert "Exception ignored" not in result.stderr
            reason = "読み取り専用" if options.startswith("ro") else "ディスクの空き"
            assert reason in result.stderr
    assert list(folder.iterdir()) == []  # the mounts were private: nothing here either


# --- 6-7. text stays text -----------------------------------------------------------------------


def text_cells(path: Path) -> dict[str, tuple[str, bool]]:
    """Every text cell of the workbook: its text → (the cell's type, Excel's quote prefix)."""
    book = openpyxl.load_workbook(path)
    found: dict[str, tuple[str, bool]] = {}
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    found[cell.value] = (cell.data_type, bool(cell.quotePrefix))
    return found


def assert_text_with_quote_prefix(path: Path, texts: tuple[str, ...]) -> None:
    cells = text_cells(path)
    for text in texts:
        assert cells.get(text) == ("s", True), (text, cells.get(text))
    assert not any(kind == "f" for kind, _ in cells.values())


def rename_in(db: Path, table: str, names: tuple[str, ...]) -> None:
    conn = sqlite3.connect(db)
    with conn:
        ids = [r[0] for r in conn.execute(f"SELECT id FROM {table} ORDER BY id LIMIT {len(names)}")]
        for row_id, name in zip(ids, names, strict=True):
            conn.execute(f"UPDATE {table} SET name = ? WHERE id = ?", (name, row_id))
    conn.close()


@pytest.mark.parametrize("kind", ["expert", "local_government", "measure"])
def test_blank_forms_write_category_names_as_text(
    demo_path: Path, tmp_path: Path, kind: str
) -> None:
    rename_in(demo_path, "category", RISKY)
    target = tmp_path / f"{kind}.xlsx"
    result = secdesk("--db", demo_path, "template", kind, "-o", target)
    assert result.returncode == 0, result.stderr
    assert_text_with_quote_prefix(target, RISKY)


def test_a_long_category_list_on_the_hidden_sheet_is_text_too(tmp_path: Path) -> None:
    from desktop.excel.forms import FormChoices, write_template

    names = tuple(f'=HYPERLINK("http://example.com/{n}","分野{n}")' for n in range(30))
    target = tmp_path / "form.xlsx"
    write_template("expert", target, FormChoices(categories=names))
    assert_text_with_quote_prefix(target, names)


def test_export_and_report_workbooks_keep_risky_text_as_text(
    demo_path: Path, tmp_path: Path
) -> None:
    rename_in(demo_path, "organization", RISKY)
    exported = tmp_path / "export.xlsx"
    assert secdesk("--db", demo_path, "export", "--format", "xlsx", "-o", exported).returncode == 0
    assert_text_with_quote_prefix(exported, RISKY)
    rename_in(demo_path, "category", RISKY)
    report = tmp_path / "counts.xlsx"  # registrations per category
    result = secdesk("--db", demo_path, "report", "counts", "--format", "xlsx", "-o", report)
    assert result.returncode == 0, result.stderr
    assert_text_with_quote_prefix(report, tuple(t for t in RISKY if not t.startswith("\t")))


def test_the_import_report_keeps_the_files_risky_text_as_text(
    demo_path: Path, tmp_path: Path
) -> None:
    listing = messy_list(tmp_path / "一覧.xlsx")
    book = openpyxl.load_workbook(listing)
    sheet = book.active
    assert sheet is not None
    header_row = next(r for r in range(1, 10) if sheet.cell(r, 2).value == "自治体名")
    sheet.cell(header_row, sheet.max_column + 1).value = "=メモ"  # a header that looks like one
    sheet.cell(header_row, sheet.max_column).data_type = "s"
    for offset, text in enumerate(RISKY[:3], start=1):
        sheet.cell(header_row + offset, 4).value = text
        sheet.cell(header_row + offset, 4).data_type = "s"
    book.save(listing)
    report = tmp_path / "report.xlsx"
    result = secdesk("--db", demo_path, "import", listing, "--dry-run", "--report", report)
    assert result.returncode in (0, 1), result.stderr
    assert_text_with_quote_prefix(report, ("=メモ", *RISKY[:3]))


def test_every_workbook_cell_is_written_through_the_one_writer() -> None:
    """No module but desktop/excel/writing.py sets a cell's value or saves a workbook itself."""
    offenders = []
    for path in [*(ROOT / "desktop").rglob("*.py"), *(ROOT / "db").rglob("*.py")]:
        if path.name == "writing.py" or "openpyxl" not in path.read_text(encoding="utf-8"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            sets_value = isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Attribute) and t.attr == "value" for t in node.targets
            )
            calls = isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            saves = calls and node.func.attr == "save"  # type: ignore[union-attr]
            passes_value = calls and any(k.arg == "value" for k in node.keywords)  # type: ignore[attr-defined]
            if sets_value or saves or passes_value:
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")  # type: ignore[attr-defined]
    assert offenders == []
