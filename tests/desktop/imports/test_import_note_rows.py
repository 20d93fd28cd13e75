"""Notes under (and between) a list's rows, as offices write them: 「※雨天の場合は…」, 「（注）…」,
「注1 …」, 「備考：…」, 「以上」, or a line merged across the row. For every kind of list they are
passed over with one note for the sheet naming their rows, never imported or refused as
records; a row whose first cell begins so but that has other values is still a record."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from db.database import Database
from desktop.imports import pipeline
from desktop.imports.model import WHOLE_FILE
from tests.helpers.cli_support import secdesk
from tests.helpers.import_files import office_workbook, prepare, text_table

R3 = "令和3年度 未来技術実装ミニシンポジウム"  # a demo series with sessions 1-4
LIAISON = "近未来技術実装関係省庁連絡会議"  # a demo council
MIRAI = "未来技術社会実装事業"  # a demo programme

# kind: (heading, first record, second record, options); the notes go between and under them.
LISTS: dict[str, tuple[list[str], list[object], list[object], dict[str, Any]]] = {
    "registrations": (
        ["自治体名", "フリガナ", "団体コード", "政策分野", "担当者"],
        ["小鹿野町", "オガノマチ", "11362", "教育", "山田 太郎"],
        ["横瀬町", "ヨコゼマチ", "11361", "医療", "佐藤 花子"],
        {},
    ),
    "measures": (
        ["支援策名", "概要", "所管府省庁", "政策分野"],
        ["スマート農業実証プロジェクト", "生産現場で実証", "農林水産省", "教育"],
        ["地方創生テレワーク推進事業", "地方でのテレワーク", "内閣府", "教育"],
        {"program": "地域未来構想20 オープンラボ"},
    ),
    "projects": (
        ["提案者", "提案タイトル", "選定年度"],
        ["秩父市", "山間地のドローン配送", "2020"],
        ["小鹿野町", "遠隔診療の実装", "2021"],
        {"program": MIRAI},
    ),
    "roster": (
        ["会議名", "役割", "役職", "氏名", "所属"],
        [LIAISON, "構成員", "審議官", "総務 次郎", "総務省"],
        [LIAISON, "オブザーバー", "研究員", "山田 一郎", "架空研究所"],
        {},
    ),
    "sessions": (
        ["回", "開催日", "会場", "テーマ"],
        ["第5回", "令和4年2月10日", "市民会館", "観光DX"],
        ["第6回", "令和4年3月10日", "オンライン", "防災DX"],
        {"series": R3},
    ),
    "participants": (
        ["行事名", "回", "氏名", "ふりがな", "所属団体", "E-mail"],
        [R3, "第3回", "青木 花子", "あおき はなこ", "秩父市", "aoki@example.jp"],
        [R3, "第3回", "木村 健", "きむら けん", "秩父市", "kimura@example.jp"],
        {},
    ),
    "people": (
        ["氏名", "ふりがな", "所属", "役職", "電話番号"],
        ["青木 花子", "あおき はなこ", "秩父市", "課長", "0494-22-2211"],
        ["木村 健", "きむら けん", "秩父市", "主査", "0494-22-2212"],
        {},
    ),
}

NOTES = ["※雨天の場合は中止します", "（注）金額は税込みです", "注1 敬称略", "備考：順不同", "以上"]


def a_note_said_once(preview: Any, rows: list[int]) -> None:
    (said,) = [p for p in preview.problems if "注記" in p.said()]
    assert said.where.sheet != WHOLE_FILE and said.where.row is None
    assert said.said().startswith("、".join(map(str, rows)) + "行目は一覧の注記")
    for note in NOTES:  # none of them is a record, nor a problem of one
        assert not [r for r in preview.records if note in str(r.original.values)]
        assert not [p for p in preview.all_problems() if note in p.said() and p is not said]


@pytest.mark.parametrize("kind", list(LISTS))
def test_notes_under_a_list_are_not_records(kind: str, demo_db: Database, tmp_path: Path) -> None:
    heading, first, second, options = LISTS[kind]
    width = len(heading)
    rows: list[list[object]] = [
        ["令和4年度 一覧"],
        heading,
        first,
        [NOTES[0]],  # between the records
        second,
        [NOTES[1]],
        [None, None],
        [NOTES[2]],
        ["令和4年4月1日現在の内容です"] * width,  # one line merged across the row
        [NOTES[3]],
        [NOTES[4]],
    ]
    path = office_workbook(tmp_path / f"{kind}.xlsx", rows, merged=(f"A9:{chr(64 + width)}9",))
    preview = prepare(demo_db, path, **options)
    assert {r.KIND for r in preview.records} == {kind}
    assert len(preview.records) == 2, [r.title() for r in preview.records]
    assert not [r.origin.describe() for r in preview.records if r.rejected]
    a_note_said_once(preview, [4, 6, 8, 9, 10, 11])
    pipeline.commit(demo_db, preview)


def test_notes_in_a_shift_jis_csv_schedule(demo_db: Database, tmp_path: Path) -> None:
    heading, first, second, options = LISTS["sessions"]
    path = text_table(
        tmp_path / "日程.csv",
        [heading, first, [NOTES[2], None, None, None], second, [NOTES[0]], ["＊印は予定です"]],
        encoding="cp932",
    )
    preview = prepare(demo_db, path, **options)
    assert [r.title() for r in preview.records] == ["第5回 観光DX", "第6回 防災DX"]
    (said,) = [p for p in preview.problems if "注記" in p.said()]
    assert said.said().startswith("3、5、6行目は一覧の注記（「注1 敬称略」など）")


def test_a_row_beginning_like_a_note_but_filled_is_a_record(
    demo_db: Database, tmp_path: Path
) -> None:
    heading, first, _second, _options = LISTS["people"]
    path = text_table(
        tmp_path / "名簿.csv",
        [heading, first, ["※山田 花子", "やまだ はなこ", "秩父市", None, None]],
    )
    preview = prepare(demo_db, path)
    assert len(preview.records) == 2
    assert not [p for p in preview.problems if "注記" in p.said()]


def test_the_command_line_says_the_notes_once(demo_path: Path, tmp_path: Path) -> None:
    heading, first, second, _options = LISTS["people"]
    path = text_table(
        tmp_path / "職員名簿.csv",
        [heading, first, second, *([note] for note in NOTES)],
        encoding="utf-8-sig",
    )
    result = secdesk("--db", demo_path, "import", path)
    assert result.returncode == 0, result.stdout + result.stderr
    (line,) = [x for x in result.stdout.splitlines() if "注記" in x]
    assert line == (
        "注意: 職員名簿.csv シート「職員名簿」: 4、5、6、7、8行目は一覧の注記"
        "（「※雨天の場合は中止します」など）とみて、取り込みませんでした。"
    )
