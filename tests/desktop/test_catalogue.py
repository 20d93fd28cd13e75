"""The one catalogue of user text: every marked text has its English, with the same
placeholders; the errors of the operations and the database layer are marked templates with
parameters, Japanese when printed and in any language when asked."""

from __future__ import annotations

import ast
import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from string import Formatter

import pytest

from db import errors, output_files
from desktop import catalogue
from desktop.catalogue import QT_TR_NOOP, Listed, Spelled, Text
from desktop.ops.common import day_in_words
from tests.helpers.paths import ROOT

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# Where the program raises the errors the user reads, below the window.
RAISING = (
    *("db/*.py", "desktop/ops/*.py", "desktop/rules/*.py"),
    *("desktop/imports/*.py", "desktop/excel/*.py"),
    *("desktop/settings.py", "desktop/connection.py"),
    # the sheets whose refusals are all marked (expert_catalog, matching, geometry and the
    # registry still name a command-line option in some: those are next)
    *("desktop/sheets/council_members.py", "desktop/sheets/symposium_schedule.py"),
    *("desktop/sheets/participants.py", "desktop/sheets/smart_city.py"),
)
ERROR_CLASSES = {
    "UserError",
    "DatabaseUnavailable",
    "DatabaseMissing",
    "PasswordRequired",
    "ValidationError",
    "ConflictError",
    "DatabaseRestored",
    "ImportFileError",
}


def placeholders(text: str) -> list[tuple[str, str]]:
    return sorted((name, spec or "") for _t, name, spec, _c in Formatter().parse(text) if name)


def messages() -> list[tuple[str, str | None]]:
    """(source, translation) of every text in the English file; None while unfinished."""
    tree = ET.parse(catalogue.source_file("en"))
    found = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        done = translation.get("type") != "unfinished"
        found.append((message.findtext("source") or "", translation.text if done else None))
    return found


def test_every_marked_text_has_its_english_with_the_same_placeholders() -> None:
    found = messages()
    assert len(found) > 600
    assert [source for source, english in found if not english] == []
    assert [
        (source, english)
        for source, english in found
        if english and placeholders(source) != placeholders(english)
    ] == []
    assert catalogue.translate("データベース", "en") == "database"
    assert catalogue.translate("データベース", "ja") == "データベース"
    assert catalogue.translate("まだ誰も書いていない文", "en") == "まだ誰も書いていない文"


def raise_sites() -> list[tuple[str, int, ast.Call]]:
    """Every construction of a user error in the layers below the window."""
    sites = []
    for pattern in RAISING:
        for path in sorted(ROOT.glob(pattern)):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id in ERROR_CLASSES | {"Text"}
                    and node.args
                ):
                    sites.append((str(path.relative_to(ROOT)), node.lineno, node))
    return sites


def marked_template(node: ast.expr) -> str | None:
    """The text of QT_TR_NOOP("…") (lupdate reads only a literal there)."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TR_NOOP"
    ):
        (argument,) = node.args
        assert isinstance(argument, ast.Constant) and isinstance(argument.value, str)
        return argument.value
    return None


def test_every_error_below_the_window_is_a_marked_template_given_its_parameters() -> None:
    sites = raise_sites()
    assert len(sites) > 100
    unmarked, mismatched = [], []
    for where, line, call in sites:
        first = call.args[0]
        if isinstance(first, ast.JoinedStr) or (
            isinstance(first, ast.Constant) and isinstance(first.value, str)
        ):
            unmarked.append(f"{where}:{line}")  # an f-string or a text lupdate cannot find
            continue
        template = marked_template(first)
        if template is None:
            continue  # a text made elsewhere (a rule's refusal, a marked constant)
        given = sorted(k.arg for k in call.keywords if k.arg is not None)
        if not any(k.arg is None for k in call.keywords):  # no **params: names must agree
            wanted = sorted({name for name, _spec in placeholders(template)})
            if wanted != given:
                mismatched.append(f"{where}:{line}: {wanted} != {given}")
    assert unmarked == []
    assert mismatched == []


@pytest.mark.parametrize(
    "make",
    [
        lambda: errors.UserError(QT_TR_NOOP("フォルダ「{folder}」がありません。"), folder="/tmp/x"),
        lambda: errors.DatabaseUnavailable(
            QT_TR_NOOP("データベース「{database}」を開けません。{problem}"),
            database="秘書室.sqlite",
            problem=Text(errors.BUSY),
        ),
        lambda: errors.DatabaseMissing(
            QT_TR_NOOP(
                "データベース「{path}」がありません。パスを確かめるか、"
                "secdesk --db … init で作成してください。"
            ),
            path="名簿.sqlite",
        ),
        lambda: errors.PasswordRequired(
            QT_TR_NOOP(
                "データベース「{database}」に接続するにはパスワードが必要です"
                "（{detail}）。正しいパスワードを入力してください。"
            ),
            database="secdesk@db",
            detail="password authentication failed",
        ),
        lambda: errors.ValidationError(
            QT_TR_NOOP("{label}を入力してください。"), "name", label=Text(QT_TR_NOOP("団体名"))
        ),
        lambda: errors.ConflictError(
            QT_TR_NOOP("このデータは削除されています。一覧を更新してください。"), "person", 3
        ),
        lambda: errors.DatabaseRestored(
            QT_TR_NOOP(
                "データベースは別の操作でバックアップから復元されました。この変更は保存していません。"
                "一覧を更新（F5）して、内容を確かめてからやり直してください。"
            )
        ),
        lambda: errors.NeedsConfirmation(
            [
                Text(
                    QT_TR_NOOP("{day}の時点の委員がいません。"),
                    day=day_in_words(dt.date(2026, 4, 1)),
                )
            ]
        ),
    ],
)
def test_str_is_the_japanese_text_and_text_gives_any_language(make) -> None:  # type: ignore[no-untyped-def]
    error = make()
    assert isinstance(error, errors.UserError)
    assert str(error) == error.text("ja")
    assert JAPANESE.search(str(error))
    english = error.text("en")
    assert english != str(error)
    assert not JAPANESE.search(english.replace("秘書室", "").replace("名簿", "")), english


def test_each_error_keeps_what_the_window_reads_of_it() -> None:
    invalid = errors.ValidationError(QT_TR_NOOP("役割を選んでください。"), "role")
    assert (invalid.field, invalid.text("en")) == ("role", "Choose the role.")
    conflict = errors.ConflictError(QT_TR_NOOP("同じ人どうしは統合できません。"), "person", 7)
    assert (conflict.table, conflict.row_id) == ("person", 7)
    asked = errors.NeedsConfirmation(["一つ目", Text(QT_TR_NOOP("形式を選んでください。"))])
    assert asked.warnings == ["一つ目", "形式を選んでください。"]
    assert asked.warnings_in("en") == ["一つ目", "Choose the format."]
    # A finished text (not a template) keeps its braces: they are not placeholders.
    assert str(errors.UserError("値 {x} のまま")) == "値 {x} のまま"


def test_parameters_that_are_words_are_put_in_the_same_language() -> None:
    day = day_in_words(dt.date(2026, 11, 22))
    assert (day.text("ja"), day.text("en")) == ("令和8年11月22日", "2026-11-22")
    text = Text(QT_TR_NOOP("{day}の時点の委員がいません。"), day=day)
    assert (str(text), text.text("en")) == (
        "令和8年11月22日の時点の委員がいません。",
        "There are no members serving on 2026-11-22.",
    )
    listed = Listed((Text(QT_TR_NOOP("データベース")), "秩父市"))
    assert (listed.text("ja"), listed.text("en")) == ("データベース、秩父市", "database, 秩父市")
    assert Spelled("令和", "Reiwa").text("en") == "Reiwa"


def test_a_refused_output_names_the_file_in_either_language(tmp_path: Path) -> None:
    folder = tmp_path / "書き出し"
    folder.mkdir()
    with pytest.raises(errors.UserError) as refused:
        output_files.check_output(folder)
    assert str(refused.value) == (
        f"「{folder}」はフォルダです。書き出すファイルの名前を指定してください。"
    )
    assert (
        refused.value.text("en") == f"“{folder}” is a folder. Give the name of the file to write."
    )
