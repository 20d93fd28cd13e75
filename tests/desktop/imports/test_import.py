"""The import pipeline end to end: messy lists, filled forms, one batch, undo, bad files."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from db import backup
from db.bulk import ANALYZED_FROM
from db.database import Database
from db.models import Person
from desktop.imports import pipeline
from tests.helpers.cli_support import secdesk
from tests.helpers.import_files import (
    exported,
    filled_expert_form,
    messy_list,
    prepare,
    write_list,
)


def test_messy_list_gives_the_right_records_and_problems(
    any_demo_db: Database, tmp_path: Path
) -> None:
    path = messy_list(tmp_path / "messy.xlsx")
    with any_demo_db.sessions() as session:
        preview = pipeline.prepare(session, [path])
    accepted = {r.organization_name: r for r in preview.accepted if r.merged_into is None}
    assert set(accepted) == {"秩父市", "仙台市"}
    chichibu = accepted["秩父市"]
    assert chichibu.lg_code == "112071"  # the check digit was computed
    assert chichibu.organization_kana == "ちちぶし"
    assert chichibu.categories == ("教育", "医療")
    assert chichibu.phone == "0494-22-2211"
    assert chichibu.received_on == dt.date(2020, 7, 20)
    assert chichibu.action == "fill" and [c.name for c in chichibu.candidates] == ["秩父市"]
    assert accepted["仙台市"].publish_consent is False
    texts = [p.text() for p in preview.all_problems()]
    assert any("7行目" in t and "団体コード" in t and "999990" in t for t in texts)
    assert any("9行目" in t and "TEL" in t for t in texts)
    assert any("9行目" in t and "受付日" in t and "令和2年2月30日" in t for t in texts)
    # The same registration twice: the rows are one, said on both.
    assert any("10行目" in t and "2行を1件にまとめました: 行 5, 10" in t for t in texts)
    assert any("5行目" in t and "2行を1件にまとめました: 行 5, 10" in t for t in texts)
    assert any("10行目" in t and "非表示" in t for t in texts)
    assert any("「No.」" in t and "「備考」" in t for t in texts)


def test_commit_then_undo_restores_the_database_exactly(
    any_demo_db: Database, tmp_path: Path
) -> None:
    before = exported(any_demo_db)
    path = messy_list(tmp_path / "messy.xlsx")
    with any_demo_db.sessions() as session:
        preview = pipeline.prepare(session, [path])
    batch = pipeline.commit(any_demo_db, preview)
    after = exported(any_demo_db)
    openlab = [r for r in after["registrations"] if r["program"].startswith("地域未来構想20")]
    assert sorted((r["organization"], tuple(r["categories"])) for r in openlab) == [
        ("仙台市", ("防災IT化", "地域交通体系")),
        ("秩父市", ("教育", "医療")),
    ]
    chichibu = next(o for o in after["organizations"] if o["name"] == "秩父市")
    assert chichibu["phone"] == "0494-22-2211"  # an empty field was filled
    with any_demo_db.sessions() as session:
        again = pipeline.prepare(session, [path])
        assert again.files[0].earlier_batch == batch
        assert pipeline.list_batches(session)[0].counts["登録（新規）"] == 2
    pipeline.undo(any_demo_db, batch)
    assert exported(any_demo_db) == before
    with pytest.raises(Exception, match="取り消し済み"):
        pipeline.undo(any_demo_db, batch)
    if any_demo_db.path is not None:  # SQLite: each change of many rows had a backup first
        reasons = [b.reason for b in backup.list_backups(any_demo_db)]
        assert reasons.count("before-import") == 1 and reasons.count("before-undo") == 1


def test_undo_refuses_when_imported_records_were_edited_later(
    any_demo_db: Database, tmp_path: Path
) -> None:
    from db.models import Organization

    path = messy_list(tmp_path / "messy.xlsx")
    with any_demo_db.sessions() as session:
        preview = pipeline.prepare(session, [path])
    batch = pipeline.commit(any_demo_db, preview)
    with any_demo_db.transaction() as session:
        org = session.query(Organization).filter_by(name="秩父市").one()
        org.note = "後から追記"
    with pytest.raises(Exception, match="変更されたり"):
        pipeline.undo(any_demo_db, batch)


def test_a_folder_of_filled_forms_is_one_batch(any_demo_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "forms"
    folder.mkdir()
    for number in range(1, 6):
        filled_expert_form(folder, number)
    before = exported(any_demo_db)
    with any_demo_db.sessions() as session:
        preview = pipeline.prepare(session, [folder])
    assert [p.text() for p in preview.all_problems()] == []
    batch = pipeline.commit(any_demo_db, preview)
    data = exported(any_demo_db)
    offers = [r for r in data["registrations"] if r["role"] == "offer"]
    assert len(offers) == 5
    assert offers[0]["categories"] == ["教育", "医療"]
    assert offers[0]["summary"] == "遠隔診療の仕組みを提供します。"
    company = next(o for o in data["organizations"] if o["name"] == "株式会社テスト1")
    assert (company["kind"], company["kana"]) == ("company", "てすと1")
    with any_demo_db.sessions() as session:
        batches = pipeline.list_batches(session)
    assert len(batches) == 1 and batches[0].file_name == "申込書_001.xlsx ほか4件"
    pipeline.undo(any_demo_db, batch)
    assert exported(any_demo_db) == before


def test_form_resaved_by_libreoffice_imports(any_demo_db: Database, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    original = filled_expert_form(tmp_path, 1)
    out = tmp_path / "resaved"
    subprocess.run(
        [soffice, "--headless", "--convert-to", "xlsx", "--outdir", str(out), str(original)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    with any_demo_db.sessions() as session:
        preview = pipeline.prepare(session, [out / original.name])
    assert [(r.organization_name, r.categories) for r in preview.accepted] == [
        ("株式会社テスト1", ("教育", "医療"))
    ]


def test_cli_import_dry_run_report_and_undo(demo_path: Path, tmp_path: Path) -> None:
    path = messy_list(tmp_path / "messy.xlsx")
    report = tmp_path / "report.xlsx"
    before = demo_path.read_bytes()
    result = secdesk("--db", demo_path, "import", path, "--dry-run", "--report", report)
    assert result.returncode == 1, result.stderr  # some rows were rejected
    assert "確認のみ" in result.stdout
    assert demo_path.read_bytes() == before
    sheet = openpyxl.load_workbook(report).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("ファイル", "シート", "行", "判定", "問題")
    verdicts = {row[2]: row[3] for row in rows[1:]}
    assert verdicts[7] == "取り込まない（エラー）" and verdicts[6] == "空欄だけ補う"

    result = secdesk("--db", demo_path, "import", path)
    assert result.returncode == 1 and "取り込み番号 1" in result.stdout
    result = secdesk("--db", demo_path, "import", path)
    assert result.returncode == 2 and "--again" in result.stderr
    result = secdesk("--db", demo_path, "batches")
    assert result.stdout.startswith("1\t")
    result = secdesk("--db", demo_path, "undo", "1")
    assert result.returncode == 0, result.stderr
    out = tmp_path / "out.json"
    assert secdesk("--db", demo_path, "export", "--format", "json", "-o", out).returncode == 0
    assert not any(
        r["program"].startswith("地域未来構想20")
        for r in json.loads(out.read_text())["registrations"]
    )


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600),
        ("list.xlsx", "団体名,フリガナ\n秩父市,ちちぶし\n".encode()),
        ("scan.xlsx", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"),
        ("broken.xlsx", b"PK\x03\x04" + b"\x00" * 40),
    ],
)
def test_cli_refuses_bad_files_without_writing(
    demo_path: Path, tmp_path: Path, name: str, content: bytes
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    before = demo_path.read_bytes()
    result = secdesk("--db", demo_path, "import", bad)
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and "Traceback" not in result.stderr
    assert demo_path.read_bytes() == before


def test_template_verb_writes_each_kind(tmp_path: Path) -> None:
    for kind in ("expert", "local_government", "measure", "participation", "roster"):
        out = tmp_path / f"{kind}.xlsx"
        result = secdesk("template", kind, "-o", out)
        assert result.returncode == 0, result.stderr
        assert openpyxl.load_workbook(out).worksheets[0].protection.sheet


def test_undo_refuses_when_a_later_import_built_on_its_records(
    any_demo_db: Database, tmp_path: Path
) -> None:
    header = ["団体名", "団体区分", "政策分野"]
    first = write_list(tmp_path / "a.xlsx", header, ["新町テック株式会社", "民間企業", "教育"])
    second = write_list(tmp_path / "b.xlsx", header, ["新町テック株式会社", "民間企業", "医療"])
    before = exported(any_demo_db)
    batch_a = pipeline.commit(any_demo_db, prepare(any_demo_db, first))
    batch_b = pipeline.commit(any_demo_db, prepare(any_demo_db, second))
    with pytest.raises(Exception, match="取り消しません"):
        pipeline.undo(any_demo_db, batch_a)  # batch b's registration stands on a's organization
    pipeline.undo(any_demo_db, batch_b)
    pipeline.undo(any_demo_db, batch_a)  # in reverse order both undo
    assert exported(any_demo_db) == before
    with any_demo_db.sessions() as session:
        counts = {b.id: b.counts for b in pipeline.list_batches(session)}
    assert counts[batch_a]["登録（新規）"] == 1  # the history keeps what each batch did


def test_same_name_other_code_is_another_body(any_demo_db: Database, tmp_path: Path) -> None:
    path = write_list(
        tmp_path / "towns.xlsx",
        ["団体名", "地方公共団体コード", "政策分野"],
        ["美郷町", "054348", "教育"],  # 秋田県美郷町; the demo has 島根県美郷町 (324485)
        ["熊谷市", "112038", "教育"],  # 川口市's code beside another city's name
        ["新設市", "999997", "教育"],
        ["新設市", "999997", "医療"],  # the same new body twice: created once
    )
    preview = prepare(any_demo_db, path)
    records = {(r.organization_name, r.categories): r for r in preview.records}
    misato = records[("美郷町", ("教育",))]
    assert misato.candidates == [] and misato.action == "create"
    kumagaya = records[("熊谷市", ("教育",))]
    assert kumagaya.rejected
    (refusal,) = [p for p in kumagaya.problems if p.severity == "error"]
    assert "川口市" in refusal.said()
    before = len(exported(any_demo_db)["organizations"])
    pipeline.commit(any_demo_db, preview)
    names = [o["name"] for o in exported(any_demo_db)["organizations"]]
    assert len(names) == before + 2 and names.count("新設市") == 1


def test_guessed_kinds_and_blank_consent(any_demo_db: Database, tmp_path: Path) -> None:
    path = write_list(
        tmp_path / "mixed.xlsx",
        ["自治体名", "政策分野", "公表可否", "電話番号"],
        ["所沢市", "教育", None, 429981111],
        ["早稲田大学", "医療", "可", None],
    )
    preview = prepare(any_demo_db, path, on_duplicate="update")
    tokorozawa, waseda = preview.records
    assert (tokorozawa.organization_kind, tokorozawa.role) == ("municipality", "interest")
    assert tokorozawa.publish_consent is False and tokorozawa.phone == "0429981111"
    messages = " ".join(p.said() for p in tokorozawa.problems)
    assert "公表可否が空欄" in messages and "先頭に0" in messages
    pipeline.commit(any_demo_db, preview)
    university = next(
        o for o in exported(any_demo_db)["organizations"] if o["name"] == "早稲田大学"
    )
    assert university["kind"] == "university"  # a guess never overwrites what was stored
    assert waseda.kind_given is False


def test_hidden_and_example_sheets_are_not_data(any_demo_db: Database, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    data = wb.active
    assert data is not None
    data.title = "登録"
    data.append(["団体名", "政策分野"])
    data.append(["株式会社データ", "教育"])
    example = wb.create_sheet("記入例")
    example.append(["団体名", "政策分野"])
    example.append(["○○市", "教育"])
    lookup = wb.create_sheet("自治体一覧")
    lookup.append(["団体名", "政策分野"])
    lookup.append(["参照用", "医療"])
    lookup.sheet_state = "hidden"
    wb.save(tmp_path / "book.xlsx")
    preview = prepare(any_demo_db, tmp_path / "book.xlsx")
    assert [r.organization_name for r in preview.records] == ["株式会社データ"]
    notes = " ".join(p.text() for p in preview.problems)
    assert "記入例のシート" in notes and "非表示のシート" in notes


def test_row_notes_stay_with_their_row_and_decisions_settle_ambiguity(
    any_demo_db: Database, tmp_path: Path
) -> None:
    from db.models import Organization

    with any_demo_db.transaction() as session:
        session.add(Organization(name="全国知事会", kind="association"))  # a second one
    path = write_list(tmp_path / "marks.xlsx", ["団体名", "教育", "医療"], ["全国知事会", "○", "△"])
    (record,) = prepare(any_demo_db, path).records
    assert record.rejected and len(record.candidates) == 2
    assert any("「△」" in p.said() and p.severity == "warning" for p in record.problems)
    pipeline.decide(record, None, "skip")
    assert not record.rejected and record.action == "skip"
    pipeline.decide(record, record.candidates[1].id, "fill")  # a mis-click can be corrected
    assert record.chosen_id == record.candidates[1].id and len(record.candidates) == 2


def test_import_does_not_create_a_mistyped_database(tmp_path: Path) -> None:
    path = messy_list(tmp_path / "messy.xlsx")
    missing = tmp_path / "typo.sqlite"
    result = secdesk("--db", missing, "import", path)
    assert result.returncode == 2 and not missing.exists()


def test_a_weekday_that_contradicts_the_date_is_a_warning(
    any_demo_db: Database, tmp_path: Path
) -> None:
    path = write_list(
        tmp_path / "days.xlsx",
        ["団体名", "政策分野", "受付日"],
        ["株式会社曜日", "教育", "令和2年7月20日（火）"],  # 2020-07-20 was a Monday
    )
    (record,) = prepare(any_demo_db, path).records
    assert not record.rejected and record.received_on == dt.date(2020, 7, 20)
    (note,) = [p for p in record.problems if p.where.column == "受付日"]
    assert note.severity == "warning" and "月曜日" in note.said() and note.where.row == 2


def test_contact_person_is_matched_by_email_within_the_organization(
    any_demo_db: Database, tmp_path: Path
) -> None:
    header = ["団体名", "担当者", "メールアドレス", "政策分野"]
    first = write_list(tmp_path / "a.xlsx", header, ["秩父市", "鈴木一郎", "s@example.jp", "教育"])
    second = write_list(tmp_path / "b.xlsx", header, ["秩父市", "鈴木", "s@example.jp", "医療"])
    preview = prepare(any_demo_db, first)
    assert (
        "担当者: 鈴木一郎（この団体の新しい担当者として登録します）" in preview.records[0].details()
    )
    pipeline.commit(any_demo_db, preview)
    people = [p for p in exported(any_demo_db)["people"] if p["organization"] == "秩父市"]
    assert [p["name"] for p in people] == ["鈴木一郎"]

    # The review says before the commit which stored person the contact is taken to be.
    preview = prepare(any_demo_db, second)
    (record,) = preview.records
    with any_demo_db.sessions() as session:
        suzuki = session.scalars(select(Person).where(Person.name == "鈴木一郎")).one()
    stored = f"担当者: 鈴木（登録済みの 鈴木一郎（ID {suzuki.id}） と同じ人として扱います）"
    assert stored in record.details()
    pipeline.decide(record, None, "create")
    assert "担当者: 鈴木（新しい人として登録します）" in record.details()
    pipeline.decide(record, record.candidates[0].id, "fill")
    pipeline.commit(any_demo_db, preview)
    people = [p for p in exported(any_demo_db)["people"] if p["organization"] == "秩父市"]
    assert [p["name"] for p in people] == ["鈴木一郎"]


def rows_known_to_the_planner(database: Database, table: str) -> float:
    """How many rows the database's statistics say `table` holds (0: no statistics)."""
    with database.engine.connect() as conn:
        if database.is_sqlite:
            stats = conn.exec_driver_sql(
                "SELECT stat FROM sqlite_stat1 WHERE tbl = ?", (table,)
            ).scalars()
            return max((int(stat.split()[0]) for stat in stats), default=0)
        reltuples = "SELECT reltuples FROM pg_class WHERE relname = %(table)s"
        return float(conn.exec_driver_sql(reltuples, {"table": table}).scalar_one())


def test_a_large_import_brings_the_planners_statistics_up_to_date(
    any_demo_db: Database, tmp_path: Path
) -> None:
    """Ten thousand new organizations: the planner knows of them at once, not only after the
    program closes (SQLite) or autovacuum comes by (PostgreSQL)."""
    many = [[f"株式会社 多数{i:05d}", "民間企業", "教育"] for i in range(ANALYZED_FROM)]
    path = write_list(tmp_path / "many.xlsx", ["団体名", "団体区分", "政策分野"], *many)
    assert rows_known_to_the_planner(any_demo_db, "organization") < ANALYZED_FROM / 2
    pipeline.commit(any_demo_db, prepare(any_demo_db, path))
    assert rows_known_to_the_planner(any_demo_db, "organization") >= ANALYZED_FROM / 2
