"""The matching sheet and the expert catalogue per policy field, in the programme's own order of
fields; a field of a few experts shares its page instead of taking one of its own."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from db.database import Database
from db.models import Category, Organization, Program, Registration
from desktop.sheets import matching
from tests.helpers.cli_support import secdesk
from tests.helpers.sheet_support import needs_poppler, pdf_text, printed_tables

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
    assert [h.split("（")[0] for h in headings] == [f for f in fields if f in ("医療", "教育")]
    medical = next(s for s in sheet.sections if (s.heading or "").startswith("医療"))
    assert medical.heading == "医療（関心 0団体・提供 2団体・支援策 0件）"
    assert [row[1] for row in medical.rows] == ["株式会社医療技研1", "株式会社医療技研2"]
    # The fields with nobody yet (三密対策 …) are named in one line, in the programme's order.
    (empty,) = sheet.notes
    assert empty == "関心・提供・支援策のいずれもない分野：" + "、".join(
        f for f in fields if f not in ("医療", "教育")
    )


@needs_poppler
def test_the_printed_matching_sheet_opens_per_field(
    demo_db: Database, demo_path: Path, tmp_path: Path
) -> None:
    add_experts(demo_db, {"三密対策": 1, "発熱外来": 1, "事業構造改革": 1})
    demo_db.close()
    out = tmp_path / "マッチング表.pdf"
    result = secdesk("--db", demo_path, "print", "matching", "--program", OPEN_LAB, "-o", out)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert text.index("三密対策（") < text.index("発熱外来（") < text.index("事業構造改革（")
    assert text.index("事業構造改革（") < text.index("関心・提供・支援策のいずれもない分野：")


def printed_cells(pdf: Path) -> list[dict[str, str]]:
    """Each printed table's rows as {column heading: cell text without spaces}, in order."""
    rows = []
    for table in printed_tables(pdf):
        bands: dict[int, dict[int, str]] = {}
        for (band, column), lines in table.cells.items():
            text = "".join(t for _l, _r, t in lines)
            bands.setdefault(band, {})[column] = "".join(text.split())
        headings: dict[int, str] = {}
        for _band, cells in sorted(bands.items()):
            if "関心のある地方公共団体" in cells.values():
                headings = cells
                continue
            row = {headings[c]: cells.get(c, "") for c in headings}
            if "（関心" not in "".join(row.values()):  # a field's heading, between two tables
                rows.append(row)
    return rows


def add_interested(database: Database, field: str, towns: list[str]) -> None:
    """Local governments interested in a field of the オープンラボ."""
    with database.transaction() as session:
        program = session.scalars(select(Program).where(Program.name == OPEN_LAB)).one()
        category = session.scalars(
            select(Category).where(Category.program_id == program.id, Category.name == field)
        ).one()
        for town in towns:
            session.add(
                Registration(
                    organization=Organization(name=town, kind="municipality"),
                    program=program,
                    role="interest",
                    categories=[category],
                )
            )


INTERESTED, OFFERING, MEASURES = (
    "関心のある地方公共団体",
    "提供できる専門家",
    "活用できる支援策（府省庁）",
)


@needs_poppler
def test_each_side_of_a_field_with_nobody_says_so(
    demo_db: Database, demo_path: Path, tmp_path: Path
) -> None:
    add_experts(demo_db, {"発熱外来": 1})
    add_interested(demo_db, "医療", ["あおば市", "みなと町"])
    demo_db.close()
    out = tmp_path / "マッチング表.pdf"
    result = secdesk("--db", demo_path, "print", "matching", "--program", OPEN_LAB, "-o", out)
    assert result.returncode == 0, result.stderr
    rows = printed_cells(out)
    # The three sides are printed for every field, even where none has anyone yet.
    assert all(set(row) == {INTERESTED, OFFERING, MEASURES} for row in rows)
    # 発熱外来 has an expert offering and nobody interested: each empty side says 該当なし.
    fever = {INTERESTED: "該当なし", OFFERING: "株式会社発熱外来技研1", MEASURES: "該当なし"}
    assert fever in rows
    # 医療: two interested, nobody else: 該当なし once on each other side, in the first row.
    medical = [r for r in rows if r[INTERESTED] in ("あおば市", "みなと町")]
    assert [(r[OFFERING], r[MEASURES]) for r in medical] == [("該当なし", "該当なし"), ("", "")]
    # A field with nobody on any side has no table: it is named under the others.
    assert {INTERESTED: "該当なし", OFFERING: "該当なし", MEASURES: "該当なし"} not in rows
    assert "関心・提供・支援策のいずれもない分野：三密対策" in "".join(pdf_text(out).split())


def test_the_json_gives_the_rows_as_printed(demo_db: Database) -> None:
    add_experts(demo_db, {"発熱外来": 1})
    with demo_db.sessions() as session:
        sheet = matching.build(session, "発熱外来", program=OPEN_LAB)
    (row,) = sheet.as_json()["sections"][0]["rows"]  # type: ignore[index]
    assert row == {INTERESTED: "該当なし", OFFERING: "株式会社発熱外来技研1", MEASURES: "該当なし"}
