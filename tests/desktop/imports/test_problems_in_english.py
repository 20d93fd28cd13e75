"""An import's problems are marked texts: Japanese for the command line and the report, and in
English for an English reader, with the user's own values (names, headings, sheets) as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from db.database import Database
from desktop.catalogue import Listed, Text
from desktop.excel.reading import read_book
from desktop.excel.sheets import ImportFileError
from desktop.imports import pipeline
from desktop.imports.model import AMBIGUOUS_MATCH, ERROR, WARNING, Location, Problem
from tests.helpers.import_files import write_list

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def without(text: str, *values: str) -> str:
    for value in sorted(values, key=len, reverse=True):
        text = text.replace(value, "")
    return text


def test_a_problem_reads_in_either_language() -> None:
    where = Location("登録.xlsx", "一覧", 7, "団体名")
    ambiguous = Problem(
        where,
        Text(
            AMBIGUOUS_MATCH, target=Text("団体"), names=Listed(("秩父市（ID 3）", "秩父市（ID 9）"))
        ),
    )
    assert ambiguous.text() == (
        "エラー: 登録.xlsx シート「一覧」 7行目 列「団体名」: 候補が複数あります: 既存の団体が"
        "複数当てはまります（秩父市（ID 3）、秩父市（ID 9））。どれか一つに決められないため"
        "取り込みません。確認画面でどの団体か選んでください。"
    )
    english = ambiguous.text("en")
    assert english.startswith("Error: 登録.xlsx sheet “一覧” row 7 column “団体名”: "), english
    assert "(秩父市（ID 3）, 秩父市（ID 9）)" in english
    assert not JAPANESE.search(without(english, "登録.xlsx", "一覧", "団体名", "秩父市"))
    assert ambiguous.ambiguous and not Problem(where, "秩父市").ambiguous

    note = Problem(
        Location("登録.xlsx", "-"), Text("合計の行なので取り込みませんでした。"), WARNING
    )
    assert note.text() == "注意: 登録.xlsx: 合計の行なので取り込みませんでした。"
    assert note.text("en") == "Note: 登録.xlsx: A totals row: not imported."


def test_the_problems_of_a_list_have_english_words(demo_db: Database, tmp_path: Path) -> None:
    program = "地域未来構想20 オープンラボ"
    headings = ["団体名", "事業", "TEL", "E-mail", "公表", "独自の集計欄"]
    rows = [
        ["みどり商事", program, "03-1", "みどり商事宛", "たぶん", "x"],
        [None, program, None, None, "可", "y"],
        ["あおば物産", "存在しない事業", None, None, "可", None],
        ["あおば物産", "存在しない事業", None, None, "可", None],
    ]
    path = write_list(tmp_path / "list.xlsx", headings, *rows)
    with demo_db.sessions() as session:
        preview = pipeline.prepare(session, [path])
    problems = preview.all_problems()
    japanese = [p.text() for p in problems]
    assert any("団体名が空です" in t for t in japanese), japanese
    assert any("存在しない事業" in t and "ありません" in t for t in japanese), japanese

    user_values = [path.name, "Sheet", *headings, *(str(v) for row in rows for v in row if v)]
    english = [p.text("en") for p in problems]
    assert len(english) >= 6 and {p.severity for p in problems} == {ERROR, WARNING}
    assert [t for t in english if JAPANESE.search(without(t, *user_values))] == []
    assert any("The organization name is empty." in t for t in english), english
    assert any("The e-mail address “みどり商事宛” is not well formed" in t for t in english)


def test_a_file_that_cannot_be_read_is_refused_in_either_language(tmp_path: Path) -> None:
    empty = tmp_path / "名簿.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(ImportFileError) as refused:
        read_book(empty)
    assert str(refused.value).startswith("名簿.xlsx は中身のない空のファイル（0 バイト）のため")
    assert refused.value.text("en") == (
        "名簿.xlsx is an empty file (0 bytes). Choose the Excel file to read."
    )
    binary = tmp_path / "list.csv"
    binary.write_bytes(b"a,b\x00\x01\x02\n" * 20)
    with pytest.raises(ImportFileError) as refused:
        read_book(binary)
    english = refused.value.text("en")
    assert english.startswith("list.csv is a text of unknown encoding"), english
    assert not JAPANESE.search(english), english
