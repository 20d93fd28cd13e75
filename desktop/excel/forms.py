"""Application forms (利用申込書・参加申込書・委員名簿): the templates we hand out and reading them back.

One applicant per file. The template is a protected sheet (no password) in which only the white
input cells can be edited; labels are shaded. A hidden column carries the marker
``SECDESK-FORM:<kind>:<version>`` so that the importer recognises the file even after Excel or
LibreOffice has re-saved it.

Reading does not depend on cell positions: a field is found by its label text and its value is
the first non-empty cell to the right of the label; checklist rows are found below the
「選択」 header; the roster table below its header row. So an applicant who inserts a row or
widens a column does not break the import.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties

from desktop.excel import check_marks
from desktop.excel.sheets import SheetData
from desktop.excel.writing import put, put_text, save_workbook

FORM_KINDS: dict[str, str] = {
    "expert": "専門家用",
    "local_government": "地方公共団体用",
    "measure": "関係省庁用",
    "participation": "参加申込書",
    "roster": "委員名簿",
}
FORM_VERSION = 1

MARKER_PREFIX = "SECDESK-FORM"
MARKER_NAME = "SECDESK_FORM"  # workbook defined name holding the same text

ORGANIZATION_KINDS: tuple[str, ...] = (
    "都道府県",
    "市区町村",
    "特別区",
    "府省庁",
    "地方支分部局",
    "民間企業",
    "大学・研究機関",
    "団体・NPO",
    "経済団体",
    "その他",
)
PUBLISH_CHOICES: tuple[str, ...] = ("可", "否")
ROLES: tuple[str, ...] = ("議長", "座長", "構成員", "現地支援責任者", "事務局", "オブザーバー")
ATTENDANCE_CHOICES: tuple[str, ...] = ("会場", "オンライン")

# Marks that tick a checklist row: the lists' (check_marks), compared after NFKC and case
# folding so that full-width forms count too.
CHECK_MARKS: frozenset[str] = check_marks.YES_MARKS
# Marks that say "not this one", with the dashes a form's cell may hold; anything else is
# reported as an unknown mark.
NO_MARKS: frozenset[str] = check_marks.NO_MARKS | {"ー", "−", "―", "‐", "–", "—"}

ROSTER_COLUMNS: tuple[tuple[str, str], ...] = (
    ("order", "順"),
    ("role", "役割"),
    ("post", "役職"),
    ("name", "氏名"),
    ("kana", "フリガナ"),
    ("organization", "所属"),
)
ROSTER_ROWS = 30
MARK_HEADER = "選択"


@dataclass(frozen=True)
class FormChoices:
    """What the template offers: the programme's name and categories, dropdown contents."""

    program_name: str = "地域未来構想20 オープンラボ"
    category_label: str = "政策分野"
    categories: tuple[str, ...] = ()  # e.g. the 20 policy fields, in order
    event_names: tuple[str, ...] = ()  # for the participation form's 行事名 dropdown
    session_numbers: tuple[int, ...] = ()
    council_names: tuple[str, ...] = ()  # for the roster form


@dataclass(frozen=True)
class FormCell:
    value: object  # None when blank
    ref: str  # A1-style, e.g. "C7", for problem reports
    label: str = dataclasses.field(default="", compare=False)  # the form's label (氏名, 施策名 …)


@dataclass(frozen=True)
class FormData:
    kind: str
    version: int
    fields: dict[str, FormCell]  # only fields present in the form; value None when blank
    categories: list[str]  # names of the checked categories, in form order
    unknown_marks: list[FormCell]  # mark cells whose text is not a recognised mark
    rows: list[dict[str, FormCell]]  # roster rows that have any value


# --------------------------------------------------------------------------------------------
# Field definitions


@dataclass(frozen=True)
class _Field:
    key: str
    label: str
    kind: str = "text"  # text | long | date | digits | session | choice
    choices: tuple[str, ...] = ()
    prompt: str = ""  # input message shown by Excel when the cell is selected


@dataclass(frozen=True)
class _Section:
    title: str
    fields: tuple[_Field, ...]


def _received_on() -> _Field:
    return _Field("received_on", "申込日", "date", prompt="例：2025/7/10")


def _contact_fields() -> tuple[_Field, ...]:
    return (
        _Field("department", "担当部署"),
        _Field("contact_name", "担当者氏名"),
        _Field("contact_kana", "担当者フリガナ", prompt="全角カタカナで入力してください。"),
        _Field("phone", "電話番号", "digits", prompt="例：03-1234-5678"),
        _Field("email", "メールアドレス", "digits"),
    )


def _publish() -> _Field:
    return _Field(
        "publish_consent",
        "公表可否",
        "choice",
        PUBLISH_CHOICES,
        prompt="登録内容の公表に同意いただける場合は「可」を選んでください。",
    )


def _sections(kind: str, choices: FormChoices) -> tuple[_Section, ...]:
    """The body of each form, top to bottom (the checklist and roster table come after)."""
    if kind == "expert":
        return (
            _Section(
                "申込者",
                (
                    _Field("organization_name", "団体名（企業名）"),
                    _Field(
                        "organization_kana", "フリガナ", prompt="全角カタカナで入力してください。"
                    ),
                    _Field("organization_kind", "団体区分", "choice", ORGANIZATION_KINDS),
                    _Field("address", "所在地"),
                ),
            ),
            _Section("担当者", _contact_fields()),
            _Section(
                "提供可能な技術・ノウハウ",
                (
                    _Field(
                        "summary",
                        "提供可能な技術・ノウハウの概要",
                        "long",
                        prompt="400字程度でご記入ください。セル内の改行は Alt+Enter です。",
                    ),
                    _publish(),
                ),
            ),
        )
    if kind == "local_government":
        return (
            _Section(
                "申込団体",
                (
                    _Field("organization_name", "団体名"),
                    _Field(
                        "lg_code",
                        "地方公共団体コード（6桁）",
                        "digits",
                        prompt="全国地方公共団体コード（検査数字を含む6桁）を半角数字で入力してください。",
                    ),
                ),
            ),
            _Section("担当者", _contact_fields()),
            _Section(
                "取り組みたい内容",
                (
                    _Field(
                        "summary",
                        "取り組みたい内容",
                        "long",
                        prompt="400字程度でご記入ください。セル内の改行は Alt+Enter です。",
                    ),
                    _publish(),
                ),
            ),
        )
    if kind == "measure":
        return (
            _Section(
                "支援策",
                (
                    _Field("measure_name", "施策名"),
                    _Field("ministry", "府省庁名"),
                    _Field("department", "担当部署"),
                    _Field("contact", "問合せ先", prompt="電話番号・メールアドレス等"),
                    _Field("fiscal_year", "年度", prompt="例：令和8年度"),
                    _Field("budget", "予算額", prompt="例：令和8年度当初 1,600億円"),
                ),
            ),
            _Section(
                "施策の概要",
                (_Field("summary", "施策の概要", "long", prompt="支援対象・支援内容等"),),
            ),
        )
    if kind == "participation":
        event = (
            _Field("event_name", "行事名", "choice", choices.event_names)
            if choices.event_names
            else _Field("event_name", "行事名")
        )
        session = _Field(
            "session_number",
            "参加回",
            "session",
            tuple(str(n) for n in choices.session_numbers),
            prompt="参加する回の番号を選んでください。",
        )
        return (
            _Section(
                "参加行事",
                (
                    event,
                    session,
                    _Field("attendance", "参加形式", "choice", ATTENDANCE_CHOICES),
                ),
            ),
            _Section(
                "参加者",
                (
                    _Field("name", "氏名"),
                    _Field("kana", "フリガナ", prompt="全角カタカナで入力してください。"),
                    _Field("organization", "所属"),
                    _Field("organization_kind", "団体区分", "choice", ORGANIZATION_KINDS),
                    _Field("post", "役職"),
                    _Field("email", "メールアドレス", "digits"),
                    _Field("phone", "電話番号", "digits", prompt="例：03-1234-5678"),
                ),
            ),
        )
    if kind == "roster":
        council = (
            _Field("council_name", "会議名", "choice", choices.council_names)
            if choices.council_names
            else _Field("council_name", "会議名")
        )
        return (_Section("会議", (council,)),)
    raise ValueError(f"unknown form kind: {kind!r}")


def _has_received_on(kind: str) -> bool:
    return kind in ("expert", "local_government")


def _has_checklist(kind: str) -> bool:
    return kind in ("expert", "local_government", "measure")


def _all_fields(kind: str) -> list[_Field]:
    fields = [f for s in _sections(kind, FormChoices()) for f in s.fields]
    if _has_received_on(kind):
        fields.append(_received_on())
    return fields


def _title(kind: str, choices: FormChoices) -> str:
    program = choices.program_name.strip()
    prefix = f"{program} " if program else ""
    if kind in ("expert", "local_government"):
        return f"{prefix}利用申込書（{FORM_KINDS[kind]}）"
    if kind == "measure":
        return f"{prefix}支援策登録票（{FORM_KINDS[kind]}）"
    return f"{prefix}{FORM_KINDS[kind]}"


def _instructions(kind: str, choices: FormChoices) -> list[str]:
    lines = [
        "・白色の枠内にご記入ください（灰色の欄は入力できません）。",
        "・選択式の欄は、セルを選ぶと表示される▼から選んでください。",
    ]
    if _has_checklist(kind) and choices.categories:
        lines.append(
            f"・該当する{choices.category_label}の「{MARK_HEADER}」欄に○を付けてください（複数選択可）。"
        )
    if kind == "roster":
        lines.append(
            "・「順」には名簿に掲載する順番を数字で入力してください（空欄の場合は上から順）。"
        )
        lines.append(f"・1ファイルに1会議、{ROSTER_ROWS}名までご記入ください。")
    else:
        lines.append("・1申込者につき1ファイルでお願いします。")
    lines.append("・ご記入後は上書き保存し、Excel形式のまま事務局へお送りください。")
    return lines


# --------------------------------------------------------------------------------------------
# Writing the template

_FONT_NAME = "ＭＳ Ｐゴシック"
_THIN = Side(style="thin", color="000000")
_HAIR = Side(style="hair", color="808080")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_LABEL_FILL = PatternFill("solid", fgColor="D9D9D9")
_NAME_FILL = PatternFill("solid", fgColor="F2F2F2")
_HEAD_FILL = PatternFill("solid", fgColor="BFBFBF")
_SECTION_FILL = PatternFill("solid", fgColor="404040")
_LOCKED = Protection(locked=True)
_UNLOCKED = Protection(locked=False)
_LAST_COL = 6  # A..F are printed
_MARKER_COL = 8  # H, hidden
_LIST_SHEET = "選択肢"
_DATE_FORMAT = '[$-411]ggge"年"m"月"d"日"'
_SESSION_FORMAT = '"第"0"回"'
_FORM_WIDTHS = (5.0, 26.0, 15.0, 15.0, 15.0, 15.0)
_ROSTER_WIDTHS = (5.0, 15.0, 22.0, 16.0, 18.0, 26.0)


def _font(size: float = 11, *, bold: bool = False, color: str = "000000") -> Font:
    return Font(name=_FONT_NAME, size=size, bold=bold, color=color)


def _whole_number_rule(error: str) -> DataValidation:
    """A cell that takes a whole number from 1 to 999 (回, 順), with the message Excel shows."""
    return DataValidation(
        type="whole",
        operator="between",
        formula1="1",
        formula2="999",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="入力できない値です",
        error=error,
    )


class _Writer:
    """Lays out one form sheet, row by row."""

    def __init__(self, kind: str, choices: FormChoices) -> None:
        self.kind = kind
        self.choices = choices
        self.wb = Workbook()
        self.ws = self.wb.active
        self.ws.title = FORM_KINDS[kind]
        self.row = 1
        self.list_sheet_cols = 0
        self.first_input = ""

    # -- cell helpers ------------------------------------------------------------------------

    def _style_range(
        self,
        row: int,
        first: int,
        last: int,
        *,
        height: int = 1,
        fill: PatternFill | None = None,
        border: Border | None = None,
        protection: Protection = _LOCKED,
    ) -> None:
        for r in range(row, row + height):
            for c in range(first, last + 1):
                cell = self.ws.cell(row=r, column=c)
                if fill is not None:
                    cell.fill = fill
                if border is not None:
                    cell.border = border
                cell.protection = protection

    def _merge(self, row: int, first: int, last: int, height: int = 1) -> None:
        if first != last or height > 1:
            self.ws.merge_cells(
                start_row=row, start_column=first, end_row=row + height - 1, end_column=last
            )

    def _put(
        self,
        row: int,
        first: int,
        last: int,
        value: object,
        *,
        font: Font | None = None,
        alignment: Alignment | None = None,
        fill: PatternFill | None = None,
        border: Border | None = None,
        height: int = 1,
        locked: bool = True,
        number_format: str | None = None,
    ) -> str:
        self._style_range(
            row,
            first,
            last,
            height=height,
            fill=fill,
            border=border,
            protection=_LOCKED if locked else _UNLOCKED,
        )
        cell = self.ws.cell(row=row, column=first)
        if value is not None:
            put(self.ws, row, first, value)  # a category named "=…" stays text
        cell.font = font or _font()
        cell.alignment = alignment or Alignment(vertical="center")
        if number_format is not None:
            cell.number_format = number_format
        self._merge(row, first, last, height)
        ref = f"{get_column_letter(first)}{row}"
        if not locked and not self.first_input:
            self.first_input = ref
        return ref

    def _height(self, row: int, points: float) -> None:
        self.ws.row_dimensions[row].height = points

    def _list_formula(self, items: Sequence[str]) -> str:
        inline = ",".join(items)
        if len(inline) <= 250 and not any("," in i or '"' in i for i in items):
            return f'"{inline}"'
        # Too long for an inline list: keep the items on a hidden sheet.
        if _LIST_SHEET in self.wb.sheetnames:
            lists = self.wb[_LIST_SHEET]
        else:
            lists = self.wb.create_sheet(_LIST_SHEET)
            lists.sheet_state = "hidden"
            lists.protection.sheet = True
        self.list_sheet_cols += 1
        col = get_column_letter(self.list_sheet_cols)
        for i, item in enumerate(items, start=1):
            put_text(lists, i, self.list_sheet_cols, item)
        return f"'{_LIST_SHEET}'!${col}$1:${col}${len(items)}"

    def _dropdown(
        self, ref: str, items: Sequence[str], *, strict: bool = True, prompt: str = ""
    ) -> None:
        dv = DataValidation(
            type="list",
            formula1=self._list_formula(items),
            allow_blank=True,
            showErrorMessage=strict,
            errorStyle="stop",
            errorTitle="入力できない値です",
            error="一覧から選んでください。",
            showInputMessage=bool(prompt),
            prompt=prompt or None,
        )
        self.ws.add_data_validation(dv)
        dv.add(ref)

    def _prompt_only(self, ref: str, prompt: str, validation: DataValidation | None) -> None:
        dv = validation or DataValidation(allow_blank=True)
        dv.showInputMessage = True
        dv.prompt = prompt
        self.ws.add_data_validation(dv)
        dv.add(ref)

    # -- blocks --------------------------------------------------------------------------------

    def title(self) -> None:
        title = _title(self.kind, self.choices)
        self._put(
            1,
            1,
            _LAST_COL,
            title,
            font=_font(16, bold=True),
            alignment=Alignment(horizontal="center", vertical="center"),
        )
        self._height(1, 32)
        marker = put_text(self.ws, 1, _MARKER_COL, f"{MARKER_PREFIX}:{self.kind}:{FORM_VERSION}")
        marker.protection = _LOCKED
        self.ws.column_dimensions[get_column_letter(_MARKER_COL)].hidden = True
        self.wb.defined_names[MARKER_NAME] = DefinedName(MARKER_NAME, attr_text=f'"{marker.value}"')

        # Row 2: addressee on the left, the application date on the right.
        program = self.choices.program_name.strip()
        self._put(2, 1, 4, f"{program} 事務局　御中" if program else "事務局　御中")
        if _has_received_on(self.kind):
            self._field_cells(2, _received_on(), label_cols=(5, 5), input_cols=(6, 6))
        self._height(2, 22)

        lines = _instructions(self.kind, self.choices)
        self._put(
            4,
            1,
            _LAST_COL,
            "\n".join(lines),
            font=_font(9),
            alignment=Alignment(vertical="top", wrap_text=True),
            border=Border(left=_HAIR, right=_HAIR, top=_HAIR, bottom=_HAIR),
        )
        self._height(4, 11.5 * len(lines) + 5)
        self._height(3, 6)
        self._height(5, 9)
        self.row = 6

    def gap(self) -> None:
        self._height(self.row, 9)
        self.row += 1

    def section(self, number: int, title: str) -> None:
        self._put(
            self.row,
            1,
            _LAST_COL,
            f"{number}．{title}",
            font=_font(11, bold=True, color="FFFFFF"),
            fill=_SECTION_FILL,
        )
        self._height(self.row, 18)
        self.row += 1

    def _field_cells(
        self,
        row: int,
        field: _Field,
        *,
        label_cols: tuple[int, int] = (1, 2),
        input_cols: tuple[int, int] = (3, _LAST_COL),
        height: int = 1,
    ) -> str:
        self._put(
            row,
            label_cols[0],
            label_cols[1],
            field.label,
            fill=_LABEL_FILL,
            border=_BOX,
            height=height,
            alignment=Alignment(horizontal="left", vertical="center", wrap_text=True, indent=1),
        )
        number_format = {"date": _DATE_FORMAT, "digits": "@", "session": _SESSION_FORMAT}.get(
            field.kind
        )
        if field.kind == "long":
            alignment = Alignment(vertical="top", wrap_text=True)
        elif field.kind in ("date", "session") or field.key == "publish_consent":
            alignment = Alignment(horizontal="center", vertical="center", shrink_to_fit=True)
        else:
            alignment = Alignment(vertical="center", shrink_to_fit=True)
        ref = self._put(
            row,
            input_cols[0],
            input_cols[1],
            None,
            border=_BOX,
            height=height,
            locked=False,
            alignment=alignment,
            number_format=number_format,
        )
        if field.choices:
            self._dropdown(ref, field.choices, prompt=field.prompt)
        elif field.kind == "session":
            dv = _whole_number_rule("回の番号を数字で入力してください。")
            self._prompt_only(ref, field.prompt, dv)
        elif field.key == "lg_code":
            dv = DataValidation(
                type="textLength",
                operator="equal",
                formula1="6",
                allow_blank=True,
                showErrorMessage=True,
                errorStyle="warning",
                errorTitle="桁数をご確認ください",
                error="地方公共団体コードは6桁です。",
            )
            self._prompt_only(ref, field.prompt, dv)
        elif field.prompt:
            self._prompt_only(ref, field.prompt, None)
        return ref

    def field(self, field: _Field) -> None:
        if field.kind == "long":
            height = 6
            self._field_cells(self.row, field, height=height)
            for r in range(self.row, self.row + height):
                self._height(r, 17)
            self.row += height
        else:
            self._field_cells(self.row, field)
            self._height(self.row, 21)
            self.row += 1

    def checklist(self, number: int) -> None:
        label = self.choices.category_label
        self.section(number, f"{label}（該当するものすべてに○）")
        center = Alignment(horizontal="center", vertical="center")
        self._put(self.row, 1, 1, MARK_HEADER, fill=_HEAD_FILL, border=_BOX, alignment=center)
        self._put(self.row, 2, _LAST_COL, label, fill=_HEAD_FILL, border=_BOX, alignment=center)
        self._height(self.row, 18)
        self.row += 1
        first = self.row
        for name in self.choices.categories:
            self._put(self.row, 1, 1, None, border=_BOX, locked=False, alignment=center)
            self._put(
                self.row,
                2,
                _LAST_COL,
                name,
                fill=_NAME_FILL,
                border=_BOX,
                alignment=Alignment(
                    horizontal="left", vertical="center", indent=1, shrink_to_fit=True
                ),
            )
            self._height(self.row, 16.5)
            self.row += 1
        if self.row > first:
            # Offer ○ from a dropdown but accept any mark.
            dv = DataValidation(
                type="list",
                formula1='"○"',
                allow_blank=True,
                showErrorMessage=False,
                showInputMessage=True,
                prompt="該当する場合は○を付けてください。",
            )
            self.ws.add_data_validation(dv)
            dv.add(f"A{first}:A{self.row - 1}")

    def roster_table(self, number: int) -> None:
        self.section(number, "委員")
        center = Alignment(horizontal="center", vertical="center")
        for col, (_key, label) in enumerate(ROSTER_COLUMNS, start=1):
            self._put(self.row, col, col, label, fill=_HEAD_FILL, border=_BOX, alignment=center)
        self._height(self.row, 20)
        self.row += 1
        first = self.row
        for _ in range(ROSTER_ROWS):
            for col, (key, _label) in enumerate(ROSTER_COLUMNS, start=1):
                if key in ("order", "role"):
                    alignment = center
                else:
                    alignment = Alignment(vertical="center", shrink_to_fit=True)
                self._put(
                    self.row,
                    col,
                    col,
                    None,
                    border=_BOX,
                    locked=False,
                    alignment=alignment,
                    font=_font(10),
                )
            self._height(self.row, 20)
            self.row += 1
        last = self.row - 1
        self._dropdown(f"B{first}:B{last}", ROLES)
        dv = _whole_number_rule("順は数字で入力してください。")
        self.ws.add_data_validation(dv)
        dv.add(f"A{first}:A{last}")

    # -- page --------------------------------------------------------------------------------

    def finish(self, target: Path) -> None:
        ws = self.ws
        last_row = self.row - 1
        widths = _ROSTER_WIDTHS if self.kind == "roster" else _FORM_WIDTHS
        for col, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(col)].width = width
        ws.column_dimensions[get_column_letter(_LAST_COL + 1)].width = 2.0
        ws.print_area = f"A1:{get_column_letter(_LAST_COL)}{last_row}"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.6, bottom=0.7, footer=0.3)
        ws.print_options.horizontalCentered = True
        ws.oddFooter.center.text = "&P / &N"
        ws.oddFooter.center.size = 9
        ws.sheet_view.showGridLines = False
        if self.first_input:
            ws.sheet_view.selection[0].activeCell = self.first_input
            ws.sheet_view.selection[0].sqref = self.first_input
        # Protected without a password: only the input cells can be edited; columns and rows may
        # still be resized.
        ws.protection.sheet = True
        ws.protection.formatColumns = False
        ws.protection.formatRows = False
        self.wb.active = 0
        save_workbook(self.wb, target)


def write_template(kind: str, target: Path, choices: FormChoices) -> None:
    """Write the blank form of `kind` (a key of FORM_KINDS) to `target` (.xlsx)."""
    if kind not in FORM_KINDS:
        raise ValueError(f"unknown form kind: {kind!r}")
    writer = _Writer(kind, choices)
    writer.title()
    number = 0
    for section in _sections(kind, choices):
        number += 1
        writer.section(number, section.title)
        for field in section.fields:
            writer.field(field)
        writer.gap()
    if _has_checklist(kind) and choices.categories:
        number += 1
        writer.checklist(number)
    if kind == "roster":
        number += 1
        writer.roster_table(number)
    writer.finish(Path(target))


# --------------------------------------------------------------------------------------------
# Reading a filled form

_MARKER_RE = re.compile(rf"^{MARKER_PREFIX}:([a-z_]+):(\d+)$")
_TRAILING_NOTE_RE = re.compile(
    r"(\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】|〔[^〔〕]*〕|<[^<>]*>|〈[^〈〉]*〉)$"
)


def _label_key(text: str) -> str:
    """A label as compared: NFKC, no spaces, without a trailing ※ note or bracketed note."""
    key = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    key = key.split("※", 1)[0].rstrip(":")
    while True:
        m = _TRAILING_NOTE_RE.search(key)
        if m is None or m.start() == 0:
            return key
        key = key[: m.start()].rstrip(":")


def _ref(row: int, col: int) -> str:
    """A1-style reference from 0-based indexes."""
    return f"{get_column_letter(col + 1)}{row + 1}"


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _cell(rows: list[tuple[object, ...]], r: int, c: int) -> object:
    row = rows[r]
    return row[c] if c < len(row) else None


def _keyed_cells(sheet: SheetData) -> list[tuple[int, int, str]]:
    """(row, column, label key) of every text cell, in reading order (0-based)."""
    found = []
    for r, row in enumerate(sheet.rows):
        for c, value in enumerate(row):
            if isinstance(value, str) and value.strip():
                key = _label_key(value)
                if key:
                    found.append((r, c, key))
    return found


def find_marker(sheet: SheetData) -> tuple[str, int] | None:
    """(kind, version) of the form in `sheet`, or None when the sheet is not one of our forms."""
    for row in sheet.rows:
        for value in row:
            if isinstance(value, str) and value.startswith(MARKER_PREFIX):
                m = _MARKER_RE.match(value.strip())
                if m is not None:
                    return m.group(1), int(m.group(2))
    return None


def _is_marker(value: object) -> bool:
    return isinstance(value, str) and value.strip().startswith(MARKER_PREFIX + ":")


def _field_value(sheet: SheetData, r: int, c: int, stop_keys: frozenset[str]) -> FormCell:
    """The first non-empty cell right of the label at (r, c); None if the input is blank."""
    label = sheet.rows[r][c]
    row = sheet.rows[r]
    first_ref = ""
    for j in range(c + 1, len(row)):
        value = row[j]
        if value == label:  # the rest of a merged label
            continue
        if not first_ref:
            first_ref = _ref(r, j)
        if _blank(value):
            continue
        if _is_marker(value) or (isinstance(value, str) and _label_key(value) in stop_keys):
            break
        return FormCell(value, _ref(r, j))
    return FormCell(None, first_ref or _ref(r, c + 1))


def _mark_state(value: object) -> bool | None:
    """True for a tick, False for no tick, None for something that is not a recognised mark."""
    if value is None or value is False:
        return False
    if value is True:
        return True
    if isinstance(value, int | float):
        return True if value == 1 else (False if value == 0 else None)
    text = unicodedata.normalize("NFKC", str(value)).casefold()
    text = re.sub(r"[\s\ufe0e\ufe0f]+", "", text)
    if not text or text in NO_MARKS:
        return False
    if text in CHECK_MARKS:
        return True
    return None


def _read_checklist(
    sheet: SheetData, keyed: list[tuple[int, int, str]]
) -> tuple[list[str], list[FormCell]]:
    header = next((rc for rc in keyed if rc[2] == MARK_HEADER), None)
    if header is None:
        return [], []
    hr, mark_col, _ = header
    name_col = next(
        (
            j
            for j in range(mark_col + 1, len(sheet.rows[hr]))
            if not _blank(sheet.rows[hr][j]) and sheet.rows[hr][j] != sheet.rows[hr][mark_col]
        ),
        mark_col + 1,
    )
    checked: list[str] = []
    unknown: list[FormCell] = []
    for r in range(hr + 1, len(sheet.rows)):
        name = _cell(sheet.rows, r, name_col)
        if _blank(name):
            continue
        mark = _cell(sheet.rows, r, mark_col)
        state = _mark_state(mark)
        if state is None:
            unknown.append(FormCell(mark, _ref(r, mark_col)))
        elif state:
            checked.append(str(name).strip())
    return checked, unknown


def _read_roster(sheet: SheetData, keyed: list[tuple[int, int, str]]) -> list[dict[str, FormCell]]:
    wanted = {label: key for key, label in ROSTER_COLUMNS}
    by_row: dict[int, dict[str, int]] = {}
    for r, c, label_key in keyed:
        if label_key in wanted:
            by_row.setdefault(r, {}).setdefault(wanted[label_key], c)
    header_row = next(
        (r for r, cols in sorted(by_row.items()) if "name" in cols and len(cols) >= 3), None
    )
    if header_row is None:
        return []
    columns = by_row[header_row]
    rows: list[dict[str, FormCell]] = []
    for r in range(header_row + 1, len(sheet.rows)):
        record = {
            key: FormCell(
                None if _blank(v := _cell(sheet.rows, r, columns[key])) else v,
                _ref(r, columns[key]),
                label,
            )
            for key, label in ROSTER_COLUMNS
            if key in columns
        }
        if any(cell.value is not None for cell in record.values()):
            rows.append(record)
    return rows


def read_form(sheet: SheetData) -> FormData | None:
    """The values of a filled form, or None when `sheet` is not one of our forms."""
    marker = find_marker(sheet)
    if marker is None:
        return None
    kind, version = marker
    if kind not in FORM_KINDS:
        return None
    keyed = _keyed_cells(sheet)
    fields = _all_fields(kind)
    stop_keys = frozenset(
        {_label_key(f.label) for f in fields}
        | {MARK_HEADER}
        | ({label for _key, label in ROSTER_COLUMNS} if kind == "roster" else set())
    )
    values: dict[str, FormCell] = {}
    for field in fields:
        key = _label_key(field.label)
        found = next(((r, c) for r, c, k in keyed if k == key), None)
        if found is not None:
            cell = _field_value(sheet, found[0], found[1], stop_keys)
            values[field.key] = replace(cell, label=field.label)
    categories: list[str] = []
    unknown: list[FormCell] = []
    if _has_checklist(kind):
        categories, unknown = _read_checklist(sheet, keyed)
    rows = _read_roster(sheet, keyed) if kind == "roster" else []
    return FormData(
        kind=kind,
        version=version,
        fields=values,
        categories=categories,
        unknown_marks=unknown,
        rows=rows,
    )
