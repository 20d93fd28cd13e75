"""五十音順 where a user reads it: the 受付簿, printed, lists people in dictionary order, the
マッチング表 its experts, and both those without a reading after all the others."""

from __future__ import annotations

from pathlib import Path

from db.database import Database
from desktop.imports import pipeline
from desktop.ops import events as event_ops
from desktop.ops import participants as participant_ops
from desktop.sheets import matching as sheet_matching
from desktop.sheets import participants as sheet_participants
from tests.helpers.cli_support import secdesk
from tests.helpers.import_files import prepare, write_list
from tests.helpers.sheet_support import FY2021, needs_poppler, pdf_text

APPLICANTS = (  # in the order they applied
    ("名無 権兵衛", ""),
    ("馬場 優", "ばば ゆう"),
    ("小林 誠", "こばやし まこと"),
    ("橋本 聡", "ハシモト サトシ"),
    ("後藤 一", "ごとう はじめ"),
    ("朴 成民", "ﾊﾟｸ ｿﾝﾐﾝ"),
    ("河野 明", "コウノ アキラ"),
)
# ごとう is read as ことう, ぱく as はく: voicing marks count only between equal readings.
DICTIONARY_ORDER = [
    "河野 明",
    "後藤 一",
    "小林 誠",
    "朴 成民",
    "橋本 聡",
    "馬場 優",
    "名無 権兵衛",
]


def applied(db: Database) -> None:
    with db.transaction() as session:
        (series,) = [s for s in event_ops.list_series(session) if s.name == FY2021]
        first = event_ops.list_sessions(session, series.id)[0]
        for name, kana in APPLICANTS:
            participant_ops.add_participant(
                session, participant_ops.ParticipantInput(first.id, name, kana=kana)
            )


def test_the_reception_sheet_lists_people_in_dictionary_order(demo_db: Database) -> None:
    applied(demo_db)
    with demo_db.sessions() as session:
        sheet = sheet_participants.build(session, FY2021, 1)
    (section,) = sheet.sections
    assert [row[1] for row in section.rows] == DICTIONARY_ORDER
    assert [row[0] for row in section.rows] == [str(n) for n in range(1, 8)]


@needs_poppler
def test_the_printed_reception_sheet_reads_in_dictionary_order(
    demo_db: Database, demo_path: Path, tmp_path: Path
) -> None:
    applied(demo_db)
    out = tmp_path / "受付簿.pdf"
    result = secdesk(
        "--db", demo_path, "print", "participants", "--series", FY2021, "--session", "1",
        "-o", out,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    places = [text.find(name) for name in DICTIONARY_ORDER]
    assert -1 not in places and places == sorted(places), places


def test_the_matching_sheet_lists_the_experts_in_dictionary_order(
    demo_db: Database, tmp_path: Path
) -> None:
    openlab = "地域未来構想20 オープンラボ"
    registrations = write_list(
        tmp_path / "登録.xlsx",
        ["団体名", "フリガナ", "区分", "事業", "政策分野"],
        ["名無商事", None, "提供", openlab, "教育"],
        ["株式会社小林", "コバヤシ", "提供", openlab, "教育"],
        ["後藤株式会社", "ゴトウ", "提供", openlab, "教育"],
        ["河野株式会社", "こうの", "提供", openlab, "教育"],
    )
    pipeline.commit(demo_db, prepare(demo_db, registrations))
    with demo_db.sessions() as session:
        sheet = sheet_matching.build(session, "教育")
    (section,) = sheet.sections
    assert [row[1] for row in section.rows] == [
        "河野株式会社",
        "後藤株式会社",
        "株式会社小林",
        "名無商事",
    ]
