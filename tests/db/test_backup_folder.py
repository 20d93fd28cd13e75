"""The backup folder the user chooses (a USB drive, a share): backups go there, are listed and
restored from there, and while it is gone or read-only they go beside the database, said."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from db import backup
from db.database import Database
from desktop import settings
from tests.helpers.cli_support import assert_one_clear_line, secdesk
from tests.helpers.import_files import exported


@pytest.fixture(autouse=True)
def _usual_folder_afterwards() -> Iterator[None]:
    yield
    backup.use_folder(None)


@pytest.fixture
def usb(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "usb" / "secdesk-backups"
    folder.mkdir(parents=True)
    yield folder
    folder.chmod(0o755)  # a test made it read-only: let the temporary folder be removed


def test_backups_go_to_the_chosen_folder_and_are_restored_from_there(
    any_demo_db: Database, usb: Path
) -> None:
    demo_db = any_demo_db  # a file, or a server database (its usual folder is the data folder's)
    beside = backup.usual_backup_dir(demo_db)
    before = backup.take_backup(demo_db)
    assert before.parent == beside

    backup.use_folder(usb)
    assert backup.backup_place(demo_db) == backup.Place(usb)
    saved = backup.take_backup(demo_db)
    assert saved.parent == usb
    # both folders are listed: the backups taken before the choice are not lost from view
    assert [b.path for b in backup.list_backups(demo_db)] == [saved, before]

    when_saved = exported(demo_db)
    with demo_db.transaction() as session:
        from db.models import Organization

        session.add(Organization(kind="company", name="株式会社 保存先のあと"))
    safety = backup.restore(demo_db, saved)
    assert exported(demo_db) == when_saved
    assert safety is not None and safety.parent == usb


def test_a_folder_that_is_gone_means_beside_the_database_with_a_warning(
    demo_db: Database, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    assert demo_db.path is not None
    unplugged = tmp_path / "E-drive" / "backups"
    backup.use_folder(unplugged)
    place = backup.backup_place(demo_db)
    assert place.folder == demo_db.path.parent / "backups"
    assert place.problem is not None
    said = str(place.problem)
    assert f"「{unplugged}」がありません" in said and str(place.folder) in said
    assert "\n" not in said

    with caplog.at_level(logging.WARNING, logger="db.backup"):
        saved = backup.take_backup(demo_db)
    assert saved.parent == place.folder
    assert said in caplog.text
    assert [b.path for b in backup.list_backups(demo_db)] == [saved]


def test_a_read_only_folder_means_beside_the_database_and_its_backups_still_restore(
    demo_db: Database, usb: Path
) -> None:
    assert demo_db.path is not None
    backup.use_folder(usb)
    on_usb = backup.take_backup(demo_db)
    usb.chmod(0o555)

    place = backup.backup_place(demo_db)
    assert place.problem is not None and "読み取り専用" in str(place.problem)
    fallback = backup.take_backup(demo_db)
    assert fallback.parent == demo_db.path.parent / "backups"
    assert {b.path for b in backup.list_backups(demo_db)} == {on_usb, fallback}
    assert backup.restore(demo_db, on_usb) is not None


def test_the_command_line_chooses_remembers_and_warns(demo_path: Path, usb: Path) -> None:
    chosen = secdesk("--db", demo_path, "backup", "--folder", usb)
    assert chosen.returncode == 0, chosen.stderr
    assert f"記憶しました: {usb}" in chosen.stdout
    assert settings.get(settings.BACKUP_FOLDER) == usb
    assert [p.parent for p in usb.iterdir()] == [usb]

    again = secdesk("--db", demo_path, "backup")  # remembered: no --folder this time
    assert again.returncode == 0 and again.stderr == ""
    assert len(list(usb.iterdir())) == 2
    listed = secdesk("--db", demo_path, "backup", "--list")
    assert listed.stdout.count(str(usb)) == 2

    usb.chmod(0o555)
    fallback = secdesk("--db", demo_path, "backup")
    assert fallback.returncode == 0
    warning = fallback.stderr.strip().splitlines()
    assert len(warning) == 1 and warning[0].startswith("secdesk: 警告: ")
    assert "読み取り専用" in warning[0]
    assert str(demo_path.parent / "backups") in fallback.stdout
    assert len(list((demo_path.parent / "backups").iterdir())) == 1

    usual = secdesk("--db", demo_path, "backup", "--folder", "")
    assert usual.returncode == 0 and "backups に戻しました" in usual.stdout
    stored = json.loads(settings.settings_path().read_text(encoding="utf-8"))
    assert "backup_folder" not in stored


def test_a_folder_that_is_not_there_is_refused_on_the_command_line(
    demo_path: Path, tmp_path: Path
) -> None:
    result = secdesk("--db", demo_path, "backup", "--folder", tmp_path / "typo")
    assert_one_clear_line(result)
    assert "がありません" in result.stderr
    assert settings.get(settings.BACKUP_FOLDER) is None
