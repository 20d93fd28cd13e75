"""Schedules in date order with 会場 and 定員, counts with 「－」 for none, 「該当なし」 for an
empty table, and symbols the print font lacks printed as their nearest equivalent."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from db.database import Database
from db.models import EventSeries, EventSession
from desktop.sheets import symposium_schedule
from desktop.sheets.fonts import japanese_font
from desktop.sheets.glyphs import Glyphs, printable
from tests.helpers.cli_support import secdesk
from tests.helpers.sheet_support import FY2021, needs_poppler, pdf_text, printed_tables

SERIES = "地域DXセミナー"


def seminar(database: Database) -> None:
    """A series entered out of order: 第2回 was held before 第1回, 第3回 is not dated yet."""
    with database.transaction() as session:
        series = EventSeries(name=SERIES)
        series.sessions += [
            EventSession(number=1, theme="自動運転", date=dt.date(2026, 7, 10), venue="秩父市役所", capacity=80),
            EventSession(number=2, theme="ドローン物流", date=dt.date(2026, 6, 5)),
            EventSession(number=3, theme="スマート農業"),
        ]  # fmt: skip
        session.add(series)


@needs_poppler
def test_a_schedule_prints_in_date_order_with_venue_and_capacity(
    database: Database, tmp_path: Path
) -> None:
    seminar(database)
    out = tmp_path / "日程.pdf"
    result = secdesk(
        "--db", tmp_path / "test.sqlite", "print", "symposium-schedule", "--series", SERIES,
        "-o", out,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert text.index("ドローン物流") < text.index("自動運転") < text.index("スマート農業")
    assert "会場" in text and "秩父市役所" in text and "80名" in text and "定員" in text


def test_a_schedule_without_venues_or_capacities_has_no_such_columns(demo_db: Database) -> None:
    with demo_db.sessions() as session:
        sheet = symposium_schedule.build(session, "令和3年度 未来技術実装ミニシンポジウム")
    titles = [c.title for c in sheet.columns]
    assert "会場" not in titles and "定員" not in titles
    assert [row[0] for row in sheet.sections[0].rows] == ["第1回", "第2回", "第3回", "第4回"]


@needs_poppler
def test_counts_print_a_dash_for_none_and_give_numbers_to_scripts(
    demo_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "登録状況.pdf"
    result = secdesk("--db", demo_path, "print", "counts", "--as-of", "2021-10-01", "-o", out)
    assert result.returncode == 0, result.stderr
    lines = pdf_text(out).splitlines()
    total = next(line for line in lines if line.startswith("合計（重複なし）"))
    assert total.split()[1:] == ["－", "－", "－", "－", "－"]  # the オープンラボ, none yet
    assert not any(" 0 " in f" {line} " for line in lines if "－" in line)
    target = tmp_path / "登録状況.json"
    result = secdesk(
        "--db", demo_path, "report", "counts", "--as-of", "2021-10-01", "--format", "json",
        "-o", target,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    first = json.loads(target.read_text(encoding="utf-8"))["sections"][0]["rows"][0]
    assert first["関心"] == "－" and first["interest"] == 0 and first["total"] == 0


@needs_poppler
def test_an_empty_table_says_none_found(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "マッチング表.pdf"
    result = secdesk(
        "--db", demo_path, "print", "matching", "--category", "教育", "--as-of", "2021-10-01",
        "-o", out,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "該当なし" in pdf_text(out)
    target = tmp_path / "m.json"
    result = secdesk(
        "--db", demo_path, "report", "matching", "--category", "教育", "--format", "json",
        "-o", target,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["sections"][0]["rows"] == []


def test_symbols_the_print_font_lacks_print_as_their_nearest_equivalent() -> None:
    glyphs = Glyphs(japanese_font())
    for text in ("編集 ▸ 重複の確認", "► 次へ", "✔ 済", "✕ 不可", "〰"):
        printed = printable(text)
        assert glyphs.plain(printed) or not japanese_font().embedded, printed
    assert printable("編集 ▸ 重複の確認") == "編集 ▶ 重複の確認"


@needs_poppler
def test_the_duplicates_note_prints_its_menu_path_without_a_box(
    demo_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "重複.pdf"
    result = secdesk("--db", demo_path, "print", "duplicates", "-o", out)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "編集 ▶ 重複の確認" in text and "▸" not in text and "〓" not in text


@needs_poppler
def test_no_duplicates_and_no_schedule_problems_say_so_across_the_whole_table(
    demo_path: Path, tmp_path: Path
) -> None:
    duplicates = tmp_path / "重複.pdf"
    result = secdesk("--db", demo_path, "print", "duplicates", "-o", duplicates)
    assert result.returncode == 0, result.stderr
    (table, *_rest) = printed_tables(duplicates)
    cells = {key: [t for _l, _r, t in lines] for key, lines in table.cells.items()}
    headings = [cells[band, column] for band, column in sorted(cells) if band == 1]
    assert headings == [["1件目"], ["2件目"], ["理由"]]  # every column kept
    said = [band for (band, _column), texts in cells.items() if texts == ["該当なし"]]
    assert said and all([key for key in cells if key[0] == band] == [(band, 0)] for band in said)
    conflicts = tmp_path / "日程の確認.pdf"
    result = secdesk(
        "--db", demo_path, "print", "schedule-conflicts", "--series", FY2021, "-o", conflicts
    )
    assert result.returncode == 0, result.stderr
    text = "".join(pdf_text(conflicts).split())
    assert "回開催日時確認事項内容確認が必要な点はありません" in text
