"""The office's own Word letter, filled in for each addressee (差し込み印刷): merge fields written
as {{ 宛名 }}, {{ 会議名 }} … in the .docx, one letter per addressee in one combined document,
each from the top of a new page.

A field the template names that the program does not know, a template without the addressee,
a file that is no Word document: each is refused in one sentence naming it, before anything is
written. The document is written beside its target and renamed into place.
"""

from __future__ import annotations

import copy
import io
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from db.errors import UserError
from db.output_files import write_bytes_atomically

# What a template may name, in the order the sample template and the README list them.
FIELDS = (
    "宛名",  # 山田 太郎 様 / 総務課 御中: the addressee line with its honorific
    "郵便番号",
    "住所",
    "所属",  # the organization, its legal form written out
    "役職",
    "氏名",  # the name alone, without honorific
    "日付",  # the letter's date, in wareki
    "発信者",  # the council's 事務局
    "会議名",  # 第2回○○協議会
    "件名",  # 第2回○○協議会の開催について（通知）
    "日時",
    "会場",  # the venue, or the web address
    "議事次第",  # numbered, one item a line
    "回答期限",
)
SECTION = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr"
# Without one of these a letter would not say whom it is for.
ADDRESSEE_FIELDS = ("宛名", "氏名")


def _open(template: Path) -> Any:
    from docxtpl import DocxTemplate  # type: ignore[import-untyped]

    if not template.is_file():
        raise UserError(f"差し込みに使う文書「{template}」がありません。")
    try:
        document = DocxTemplate(template)
        document.init_docx()
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UserError(
            f"「{template.name}」は Word 文書（.docx）として読めません（{exc}）。"
        ) from None
    return document


def check_template(template: Path) -> None:
    """Refuse, in one sentence, a template that names a field the program does not fill, has
    no addressee, or whose fields are not closed."""
    from jinja2 import TemplateSyntaxError

    document = _open(template)
    try:
        named = document.get_undeclared_template_variables()
    except TemplateSyntaxError as exc:
        raise UserError(
            f"「{template.name}」の差し込みフィールドが読めません（{exc.message}）。"
            "{{ 宛名 }} のように二重の波かっこで囲んでください。"
        ) from None
    unknown = sorted(set(named) - set(FIELDS))
    if unknown:
        fields = "、".join("{{ " + name + " }}" for name in unknown)
        raise UserError(
            f"「{template.name}」の差し込みフィールド {fields} は使えません"
            f"（使えるもの: {'、'.join(FIELDS)}）。"
        )
    if not set(named) & set(ADDRESSEE_FIELDS):
        raise UserError(
            f"「{template.name}」に宛先の差し込みフィールドがありません"
            "（{{ 宛名 }} または {{ 氏名 }} を入れてください）。"
        )


def _filled(template: Path, values: Mapping[str, str]) -> Any:
    from docxtpl import Listing

    document = _open(template)
    # A value of several lines (議事次第, an address) keeps its line breaks in Word.
    context = {name: Listing(values.get(name, "")) for name in FIELDS}
    document.render(context, autoescape=True)
    return document


def _page_break() -> Any:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    return parse_xml(f'<w:p {nsdecls("w")}><w:r><w:br w:type="page"/></w:r></w:p>')


def merged_document(template: Path, letters: Sequence[Mapping[str, str]]) -> bytes:
    """The template filled in for each letter's values, the letters one after another."""
    check_template(template)
    first = _filled(template, letters[0] if letters else {})
    body = first.docx.element.body
    ending = body.find(SECTION)  # the page setup, last in the body: letters go before it
    for values in letters[1:]:
        filled = _filled(template, values).docx.element.body
        # Filled from the same template, every letter refers to the same pictures and styles.
        for element in [_page_break(), *(copy.deepcopy(e) for e in filled if e.tag != SECTION)]:
            if ending is not None:
                ending.addprevious(element)
            else:
                body.append(element)
    buffer = io.BytesIO()
    first.save(buffer)
    return buffer.getvalue()


def write_merged(template: Path, letters: Sequence[Mapping[str, str]], target: Path) -> None:
    """The merged letters as one Word document at `target` (a .docx), or, when `target` is a
    folder, one document per addressee in it (01_山田太郎.docx …: numbered in the letters'
    order, so that two of one name stay apart and the files sort as the letters go out)."""
    if target.is_dir():
        check_template(template)
        for number, values in enumerate(letters, start=1):
            name = f"{number:02d}_{_file_name(values)}.docx"
            write_bytes_atomically(target / name, merged_document(template, [values]))
        return
    if target.suffix.casefold() != ".docx":
        raise UserError(
            f"差し込んだ開催通知は Word 文書です。出力先には .docx のファイル名か、"
            f"一人一文書にするときはフォルダーを指定してください（「{target.name}」ではなく）。"
        )
    write_bytes_atomically(target, merged_document(template, letters))


# Characters no file name may hold on Windows, and the spaces in a name.
_NOT_IN_FILE_NAMES = str.maketrans({c: "" for c in '\\/:*?"<>| 　'})


def _file_name(values: Mapping[str, str]) -> str:
    """Whom the letter is for, as a file name: the name, else the addressee line."""
    who = values.get("氏名") or values.get("宛名") or ""
    return who.translate(_NOT_IN_FILE_NAMES)[:40] or "宛先"
