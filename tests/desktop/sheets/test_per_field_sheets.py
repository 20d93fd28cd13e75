"""The matching sheet and the expert catalogue per policy field, in the programme's own order of
fields; a field of a few experts shares its page instead of taking one of its own."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from db.database import Database
from db.models import Category, Organization, Program, Registration
from desktop.sheets import matching
from tests.helpers.cli_support import secdesk
from tests.helpers.sheet_support import needs_poppler, pdf_text

OPEN_LAB = "地域未来構想20 オープンラボ"


def add_experts(database: Database, per_field: dict[str, int]) -> None:
    """Experts offering in the named fields of the オープンラボ, published (公表可)."""
    with database.transaction() as session:
        program = session.scalars(select(Program).where(Program.name == OPEN_LAB)).one()
        for field, count in per_field.items():
            category = session.scalars(
                select(Category).where(Category.program_id == program.id, Category.name == field)
            ).one()
            for n in range(count):
                company = Organization(name=f"株式会社{field}技研{n + 1}", kind="company")
                session.add(
                    Registration(
                        organization=company,
                        program=program,
                        role="offer",
                        summary=f"{field}の技術・ノウハウ",
                        publish_consent=True,
                        categories=[category],
                    )
                )


def printed_pages(demo_path: Path, tmp_path: Path) -> list[str]:
    out = tmp_path / "カタログ.pdf"
    result = secdesk("--db", demo_path, "print", "expert-catalog", "-o", out)
    assert result.returncode == 0, result.stderr
    return [page for page in pdf_text(out).split("\f") if page.strip()]


@needs_poppler
def test_two_companies_in_two_fields_share_one_page(
    demo_db: Database, demo_path: Path, tmp_path: Path
) -> None:
    add_experts(demo_db, {"医療": 1, "教育": 1})
    demo_db.close()
    cover, *pages = printed_pages(demo_path, tmp_path)
    assert "目次" in cover
    assert len(pages) == 1  # not a page for each company
    (page,) = pages
    assert page.index("教育（1団体）") < page.index("医療（1団体）")  # the programme's order


@needs_poppler
def test_a_field_of_many_experts_begins_a_page_of_its_own(
    demo_db: Database, demo_path: Path, tmp_path: Path
) -> None:
    add_experts(demo_db, {"医療": 7, "教育": 1})
    demo_db.close()
    _cover, first, *rest = printed_pages(demo_path, tmp_path)
    assert "教育（1団体）" in first and "医療" not in first
    assert rest and "医療（7団体）" in rest[0]


def test_the_matching_sheet_of_a_programme_has_its_fields_in_the_programmes_order(
    demo_db: Database,
) -> None:
    add_experts(demo_db, {"医療": 2, "教育": 1})
    with demo_db.sessions() as session:
        sheet = matching.build(session, program=OPEN_LAB)
        fields = [
            c.name
            for c in session.scalars(select(Program).where(Program.name == OPEN_LAB))
            .one()
            .categories
        ]
    assert sheet.title == f"{OPEN_LAB} 分野別マッチング表"
    headings = [s.heading or "" for s in sheet.sections]
    assert [h.split("（")[0] for h in headings] == fields
    medical = sheet.sections[fields.index("医療")]
    assert medical.heading == "医療（関心 0団体・提供 2団体・支援策 0件）"
    assert [row[1] for row in medical.rows] == ["株式会社医療技研1", "株式会社医療技研2"]
    assert sheet.sections[0].none_found  # 三密対策: nobody yet


@needs_poppler
def test_the_printed_matching_sheet_opens_per_field(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "マッチング表.pdf"
    result = secdesk("--db", demo_path, "print", "matching", "--program", OPEN_LAB, "-o", out)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert text.index("三密対策（") < text.index("発熱外来（") < text.index("事業構造改革（")
