"""A folder as an office's shared drive holds it: forms and lists beside a note, a picture
renamed .xlsx, a workbook that is no list and a CSV in a broken encoding.

Every file the import cannot read or understand is listed at once, each with its one line, and
the rest are read all the same. Nothing is imported while some file is refused, unless the user
says to import the rest (`--skip-unrecognised`); the batch then names only the files imported,
and the refused ones are among its problems.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from sqlalchemy import select

from db.engine import open_database
from db.models import ImportBatch
from tests.helpers.cli_support import secdesk
from tests.helpers.import_files import STRANGERS, folder_with_strangers

READ = ["申込書_001.xlsx", "申込書_002.xlsx", "登録団体.csv"]


def lines_starting(result: subprocess.CompletedProcess[str], mark: str) -> list[str]:
    return [line for line in result.stdout.splitlines() if line.startswith(mark)]


def stored_organizations(db: Path, tmp_path: Path) -> set[str]:
    out = tmp_path / "stored.json"
    assert secdesk("--db", db, "export", "--format", "json", "-o", out).returncode == 0
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return {o["name"] for o in data["organizations"]}


def test_every_stranger_is_listed_and_nothing_is_imported(demo_path: Path, tmp_path: Path) -> None:
    folder = folder_with_strangers(tmp_path / "共有フォルダ")
    before = demo_path.read_bytes()
    result = secdesk("--db", demo_path, "import", folder)
    assert result.returncode == 2, result.stdout + result.stderr
    assert demo_path.read_bytes() == before
    errors = lines_starting(result, "エラー")
    assert len(errors) == len(STRANGERS), errors  # each refused file once, one line each
    for name, reason in STRANGERS.items():
        (line,) = [e for e in errors if e.startswith(f"エラー: {name}")]
        assert reason in line and line.count(name) == 1, line  # the file named once
    # The note is not read, and says so without holding the import back.
    (note,) = [n for n in lines_starting(result, "注意") if "メモ.txt" in n]
    assert note.startswith("注意: 共有フォルダ: ") and "読みませんでした" in note
    (said,) = result.stderr.strip().splitlines()
    assert said.startswith("secdesk: 読み取れないファイルが 3 個ある")
    assert "--skip-unrecognised" in said
    assert "Traceback" not in result.stderr


def test_the_rest_is_imported_when_the_user_says_so(demo_path: Path, tmp_path: Path) -> None:
    folder = folder_with_strangers(tmp_path / "共有フォルダ")
    result = secdesk("--db", demo_path, "import", folder, "--skip-unrecognised")
    assert result.returncode == 1, result.stdout + result.stderr  # imported, not everything
    assert lines_starting(result, "エラー") == []
    notes = lines_starting(result, "注意")
    for name, reason in STRANGERS.items():
        (line,) = [n for n in notes if name in n]
        assert line.startswith("注意: 次のファイルは除いて取り込みます: "), line
        assert reason in line and line.count(name) == 1, line
    assert "取り込みました（取り込み番号" in result.stdout
    assert {"株式会社テスト1", "株式会社テスト2", "小鹿野町"} <= stored_organizations(
        demo_path, tmp_path
    )
    database = open_database(str(demo_path))
    try:
        with database.sessions() as session:
            (batch,) = session.scalars(select(ImportBatch)).all()
            assert sorted(f["name"] for f in batch.files) == sorted(READ)
            refused = [p for p in batch.problems if p["where"] in STRANGERS]
            assert sorted(p["where"] for p in refused) == sorted(STRANGERS)
            assert {p["severity"] for p in refused} == {"warning"}
    finally:
        database.close()


def test_a_dry_run_lists_the_strangers_too(demo_path: Path, tmp_path: Path) -> None:
    folder = folder_with_strangers(tmp_path / "共有フォルダ")
    result = secdesk("--db", demo_path, "import", folder, "--dry-run", "--skip-unrecognised")
    assert result.returncode == 1, result.stdout + result.stderr
    assert len([n for n in lines_starting(result, "注意") if "除いて" in n]) == len(STRANGERS)
    assert "--dry-run" in result.stdout


def test_a_single_file_not_understood_is_still_one_line(demo_path: Path, tmp_path: Path) -> None:
    folder = folder_with_strangers(tmp_path / "共有フォルダ")
    result = secdesk("--db", demo_path, "import", folder / "属性一覧.xlsx")
    assert result.returncode == 2
    assert result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("secdesk: 属性一覧.xlsx: 取り込める様式や一覧が見つかりません")


def test_files_named_one_by_one_are_listed_the_same(demo_path: Path, tmp_path: Path) -> None:
    folder = folder_with_strangers(tmp_path / "共有フォルダ")
    named = [folder / "写真.xlsx", folder / "申込書_001.xlsx", folder / "文字化け.csv"]
    result = secdesk("--db", demo_path, "import", *named)
    assert result.returncode == 2
    errors = lines_starting(result, "エラー")
    assert [e.removeprefix("エラー: ").split()[0].rstrip(":") for e in errors] == [
        "写真.xlsx",
        "文字化け.csv",
    ]
