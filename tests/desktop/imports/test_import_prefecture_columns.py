"""A registration list that names each local government in two columns, 都道府県名 and
市区町村名: the row's body is the municipality (its own name), or the prefecture on the
prefecture's own row; the prefecture tells apart two towns of one name."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from db.database import Database
from db.models import Organization, Registration
from desktop.imports import pipeline
from tests.helpers.import_files import prepare, text_table

PROGRAM = "地域未来構想20 オープンラボ"
HEADING = ["都道府県名", "市区町村名", "担当課", "関心分野"]


def registered(db: Database) -> list[tuple[str, str, str | None]]:
    """Each registration of the programme: organization, its kind, its code."""
    with db.sessions() as session:
        found = session.scalars(
            select(Registration)
            .options(selectinload(Registration.organization), selectinload(Registration.program))
            .order_by(Registration.id)
        )
        return [
            (r.organization.name, r.organization.kind, r.organization.lg_code)
            for r in found
            if r.program.name == PROGRAM and r.import_batch_id is not None
        ]


def test_the_municipality_is_the_body_and_a_blank_one_means_the_prefecture(
    demo_db: Database, tmp_path: Path
) -> None:
    path = text_table(
        tmp_path / "関心自治体.csv",
        [
            HEADING,
            ["北海道", "", "総合政策課", "教育"],
            ["北海道", "函館市", "企画課", "医療"],
            ["秋田県", "美郷町", "企画財政課", "教育"],
            ["島根県", "美郷町", "情報政策課", "教育"],
        ],
        encoding="cp932",
    )
    preview = prepare(demo_db, path, program=PROGRAM)
    assert not [p.text() for r in preview.records for p in r.problems if p.severity == "error"]
    pipeline.commit(demo_db, preview)
    # The demo holds 北海道 and 島根県's 美郷町 with their codes: those rows are theirs.
    assert sorted(registered(demo_db), key=str) == sorted(
        [
            ("北海道", "prefecture", "010006"),
            ("函館市", "municipality", None),
            ("美郷町", "municipality", None),
            ("美郷町", "municipality", "324485"),
        ],
        key=str,
    )


def test_the_prefecture_picks_the_stored_town_of_that_name(
    demo_db: Database, tmp_path: Path
) -> None:
    # The demo holds 秋田県, 島根県 and 島根県's 美郷町 with their codes; 秋田県's comes too.
    with demo_db.transaction() as session:
        session.add(Organization(name="美郷町", kind="municipality", lg_code="054348"))
    path = text_table(
        tmp_path / "関心自治体.csv",
        [
            HEADING,
            ["秋田県", "美郷町", "企画財政課", "教育"],
            ["島根県", "美郷町", "情報政策課", "教育"],
        ],
        encoding="utf-8-sig",
    )
    preview = prepare(demo_db, path, program=PROGRAM)
    assert [len(r.candidates) for r in preview.records] == [1, 1]
    assert not [p.text() for r in preview.records for p in r.problems if p.severity == "error"]
    pipeline.commit(demo_db, preview)
    assert sorted(registered(demo_db)) == [
        ("美郷町", "municipality", "054348"),
        ("美郷町", "municipality", "324485"),
    ]
