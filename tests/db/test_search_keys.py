"""The text the 登録 tab searches, kept in organization.search_key: right after every way an
organization or one of its registrations is written, and found by the database's search."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from db.bulk import insert_new
from db.database import Database
from db.engine import open_database
from db.keys import expected_search_keys
from db.models import Category, Organization, Program, Registration
from desktop.imports import pipeline
from desktop.ops import registrations
from desktop.ops.history import history
from desktop.ops.revert import revert
from tests.helpers.import_files import prepare, write_list
from tests.helpers.organizations import edit_organization, new_organization
from tests.helpers.schema_versions import demo_at_revision


def stale_keys(database: Database) -> dict[int, tuple[str, str]]:
    """Organizations whose stored key is not what their rows give: id → (stored, expected)."""
    with database.sessions() as session:
        stored = dict(session.execute(select(Organization.id, Organization.search_key)).all())
        expected = expected_search_keys(session.connection(), list(stored))
    return {i: (stored[i], expected[i]) for i in stored if stored[i] != expected[i]}


def found(database: Database, text: str, program_id: int | None = None) -> list[str]:
    with database.sessions() as session:
        ids = registrations.search_organizations(session, text, program_id)
        names = dict(session.execute(select(Organization.id, Organization.name)).all())
    return [names[i] for i in ids]


def a_program(database: Database) -> tuple[int, int]:
    with database.transaction() as session:
        program = Program(name="テスト事業", categories=[Category(name="教育", order=1)])
        session.add(program)
        session.flush()
        return program.id, program.categories[0].id


def register(database: Database, org_id: int, program: tuple[int, int], summary: str) -> int:
    with database.transaction() as session:
        return registrations.save_registration(
            session,
            registrations.RegistrationInput(
                organization_id=org_id,
                program_id=program[0],
                role="offer",
                category_ids=(program[1],),
                summary=summary,
            ),
        )


def test_the_key_follows_the_organization_and_its_registrations(any_database: Database) -> None:
    program = a_program(any_database)
    org = new_organization(any_database, "あおば商事")
    assert found(any_database, "ｱｵﾊﾞ") == ["あおば商事"]  # width and kana folded
    assert found(any_database, "企業") == ["あおば商事"]  # its kind as the window names it
    edit_organization(any_database, org, kana="あおばしょうじ", name="青葉商事")
    assert found(any_database, "ｼｮｳｼﾞ 青葉") == ["青葉商事"]  # every word, in any order
    assert found(any_database, "あおば商事") == []

    registration = register(any_database, org, program, "ドローン による 測量")
    assert found(any_database, "ドローン") == ["青葉商事"]
    assert found(any_database, "ドローン", program[0]) == ["青葉商事"]
    with any_database.sessions() as session:
        version = session.get_one(Registration, registration).version
    with any_database.transaction() as session:
        registrations.save_registration(
            session,
            registrations.RegistrationInput(
                id=registration,
                version=version,
                organization_id=org,
                program_id=program[0],
                role="offer",
                category_ids=(program[1],),
                summary="森林 の 見守り",
            ),
        )
    assert found(any_database, "ドローン") == [] and found(any_database, "森林") == ["青葉商事"]
    with any_database.transaction() as session:
        registrations.delete_registration(session, registration, None)
    assert found(any_database, "森林") == []
    assert stale_keys(any_database) == {}

    # Putting the deleted registration back from the history brings its summary back too.
    with any_database.sessions() as session:
        deleted = history(session, "registration", registration)[0].id
    with any_database.transaction() as session:
        revert(session, [deleted])
    assert found(any_database, "森林") == ["青葉商事"]
    assert stale_keys(any_database) == {}


def test_a_registration_moved_to_another_organization_moves_its_words(
    any_database: Database,
) -> None:
    program = a_program(any_database)
    first, second = new_organization(any_database, "甲社"), new_organization(any_database, "乙社")
    registration = register(any_database, first, program, "養蜂")
    with any_database.transaction() as session:
        session.get_one(Registration, registration).organization_id = second
    assert found(any_database, "養蜂") == ["乙社"]
    assert stale_keys(any_database) == {}


def test_bulk_inserts_keep_the_key(any_database: Database) -> None:
    program = a_program(any_database)
    with any_database.transaction() as session:
        ids = insert_new(
            session,
            Organization,
            [
                {"kind": "municipality", "name": "秩父市", "kana": "ちちぶし", "lg_code": "112071"},
                {"kind": "company", "name": "50%_商会", "kana": None, "lg_code": None},
            ],
        )
        insert_new(
            session,
            Registration,
            [
                {
                    "organization_id": ids[1],
                    "program_id": program[0],
                    "role": "offer",
                    "summary": "地域 の 観光",
                },
            ],
        )
    assert stale_keys(any_database) == {}
    assert found(any_database, "ﾁﾁﾌﾞ") == ["秩父市"]
    assert found(any_database, "112071") == ["秩父市"]
    assert found(any_database, "観光") == ["50%_商会"]
    # LIKE's wildcards are searched as the characters typed.
    assert found(any_database, "%_") == ["50%_商会"]
    assert found(any_database, "0_") == [] and found(any_database, "商%") == []


def test_the_demo_keys_are_those_its_rows_give(any_demo_db: Database) -> None:
    assert stale_keys(any_demo_db) == {}


def test_the_upgrade_fills_the_keys_of_existing_organizations(
    any_new_url: str, demo_template: Path
) -> None:
    demo_at_revision(any_new_url, "0009", demo_template)  # before organizations had the key
    upgraded = open_database(any_new_url)
    try:
        assert stale_keys(upgraded) == {}
        with upgraded.sessions() as session:
            keys = session.scalars(select(Organization.search_key)).all()
        assert len(keys) > 50 and all(keys)
    finally:
        upgraded.close()


def test_an_import_and_its_undo_keep_the_keys(any_demo_db: Database, tmp_path: Path) -> None:
    """A list adding a registration to a stored organization (秩父市) and a new company: found
    by their summaries once imported, no longer once the import is undone."""
    path = write_list(
        tmp_path / "offers.xlsx",
        ["団体名", "地方公共団体コード", "団体区分", "政策分野", "概要", "公表可否"],
        ["秩父市", "112071", "市町村", "教育", "養蚕の体験学習", "可"],
        ["株式会社みらい工房", None, "民間企業", "医療", "遠隔診療の支援", "可"],
    )
    batch = pipeline.commit(
        any_demo_db, prepare(any_demo_db, path, program="地域未来構想20 オープンラボ")
    )
    assert found(any_demo_db, "養蚕") == ["秩父市"]
    assert found(any_demo_db, "遠隔診療") == ["株式会社みらい工房"]
    assert stale_keys(any_demo_db) == {}
    pipeline.undo(any_demo_db, batch)
    assert found(any_demo_db, "養蚕") == [] and found(any_demo_db, "遠隔診療") == []
    assert stale_keys(any_demo_db) == {}
