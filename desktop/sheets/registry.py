"""Every summary sheet, declared once: its name on the command line, its labels, the options it
takes (and which selection in the window supplies each), and the module that builds it.

The command line's choices and help and the window's 印刷 menu are made from SHEETS. This module
is cheap to import (--help and the window's menus read it before any database exists): a sheet's
module, with the database and PDF libraries behind it, is loaded only when the sheet is built.

Adding a sheet: a module in desktop/sheets/ with `build(session, ..., as_of=None) -> Sheet`, and
its declaration below.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from db.errors import UserError
from desktop.catalogue import QT_TR_NOOP
from desktop.sheets.geometry import LABEL_LAYOUTS, PRESETS

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.sheets.model import Sheet


class Selection(enum.Enum):
    """What the window has chosen that can fill a sheet's option, whichever tab is current."""

    COUNCIL = "council"  # the council selected on the 協議会 tab (会議・協議会 view)
    ROSTER_DAY = "roster_day"  # the day the 協議会 tab's member list is shown for
    SERIES = "series"  # the series selected on the イベント tab
    SESSION = "session"  # the session (第N回) selected on the イベント tab
    PROGRAM = "program"  # the 事業 chosen on the 登録 tab
    CATEGORY = "category"  # the 分野 chosen on the 登録 tab
    DASHBOARD_DAY = "dashboard_day"  # the day the ダッシュボード is shown for
    MEETING = "meeting"  # the meeting (第N回) selected on the 協議会 tab's 会議・出欠 page


OptionType = type[str] | type[int] | type[dt.date] | type[bool]


@dataclass(frozen=True)
class SheetOption:
    """One option a sheet takes: `--name` on the command line, `name` in build_sheet's values."""

    name: str
    type: OptionType = str
    help: str = ""  # Japanese, for --help
    required: bool = False
    missing: str = ""  # Japanese: said when a required option is not given
    selection: Selection | None = None  # what supplies it in the window
    window_value: object = None  # what the window gives when no selection supplies it
    # What the window offers when no selection supplies it (desktop.ops.sheet_choices.<name>):
    # an option the command line may leave out (the sheet then finds it, or says in its own
    # words why it cannot) is asked for when there is more than one to choose from.
    window_choices: str | None = None
    parameter: str | None = None  # the builder's keyword, when not `name`
    # The print preview's control for it: its caption, and for a text option the values it
    # takes (value, as the window lists it) — offered as a list rather than typed.
    caption: str = ""
    choices: tuple[tuple[str, str], ...] = ()

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")


@dataclass(frozen=True)
class SheetKind:
    name: str  # on the command line
    label: str  # Japanese: the window's menu and --help
    label_en: str  # the English window's menu and --help
    module: str  # desktop.sheets.<module>.build makes it
    options: tuple[SheetOption, ...]

    def option(self, name: str) -> SheetOption | None:
        return next((o for o in self.options if o.name == name), None)

    def check(self, values: Mapping[str, object]) -> None:
        """Refuse, before the database is opened, an option this sheet does not take and a
        required one that is missing (each with one sentence)."""
        given = {name for name, value in values.items() if value not in (None, False, "")}
        foreign = sorted(given - {o.name for o in self.options})
        if foreign:
            flags = "、".join("--" + f.replace("_", "-") for f in foreign)
            takes = "、".join(o.flag for o in self.options)
            raise UserError(
                f"集計表 {self.name}（{self.label}）には {flags} を指定できません"
                f"（指定できるもの: {takes}）。"
            )
        for option in self.options:
            if option.required and option.name not in given:
                raise UserError(option.missing)
            value = values.get(option.name)
            if value is not None and not isinstance(value, option.type):
                raise TypeError(f"{self.name} {option.flag}: {value!r} is not {option.type}")


# The options, as most sheets take them; a sheet's declaration may say where else it is found.
AS_OF = SheetOption("as_of", dt.date, "この日の時点で（例: 令和8年4月1日、2026-04-01）")
COUNCIL = SheetOption(
    "council",
    help="会議名",
    required=True,
    missing="会議名を --council で指定してください（例: --council 幹事会）。",
    selection=Selection.COUNCIL,
)
SERIES = SheetOption(
    "series",
    help="行事名",
    required=True,
    missing="行事名を --series で指定してください。",
    selection=Selection.SERIES,
    parameter="series_name",
)
PROGRAM = SheetOption(
    "program", help="事業名（分野名が複数の事業にあるとき）", selection=Selection.PROGRAM
)
CONTACTS = SheetOption("contacts", bool, QT_TR_NOOP("連絡先（メール・電話）も載せる（取扱注意）"))
SESSION = SheetOption(
    "session",
    int,
    "第N回",
    required=True,
    missing="何回目かを --session で指定してください（例: --session 1）。",
    selection=Selection.SESSION,
    parameter="number",
)
# A sheet of labels or cards: which maker's sheet, and from which label of it.
PRESET = SheetOption(
    "preset",
    help="ラベル用紙の品番（例: エーワン 72212）、または 列x行 幅x高さ 左余白 上余白（mm）",
)
START = SheetOption(
    "start",
    int,
    "何枚目のラベルから印刷するか（使いかけの用紙に。既定: 1）",
    caption=QT_TR_NOOP("何枚目から"),
)
# The window shows it as 横・縦 in mm, remembered for each printer (desktop.settings).
OFFSET = SheetOption("offset", help="プリンターのずれの補正 横,縦（mm。右・下が正。例: 1.5,-0.5）")
HONORIFIC = SheetOption(
    "honorific", help="人あての敬称（様 または 殿。既定: 設定の honorific、なければ 様）"
)
# The meeting pack's sheets are printed for a council's members or a session's applicants:
# either source may be named (the window offers the councils when none is selected).
MEMBERS_OF = replace(
    COUNCIL,
    help="会議名（その構成員に。--series と --session の代わりに）",
    required=False,
    window_choices="council_names",
)
APPLICANTS_OF = SheetOption(
    "series", help="行事名（その回の申込者に。--session と）", parameter="series_name"
)
APPLICANTS_SESSION = SheetOption("session", int, "第N回（--series と）", parameter="number")
# A council's meeting (第n回): its invitees, with their replies, in place of the roster.
MEETING = SheetOption(
    "meeting", int, "会議の第N回（--council と。その回の招集者に）", selection=Selection.MEETING
)
PACK = (
    MEMBERS_OF,
    MEETING,
    replace(AS_OF, selection=Selection.ROSTER_DAY),
    APPLICANTS_OF,
    APPLICANTS_SESSION,
)
# A sheet of one meeting: the council (selected in the window) and its 第N回.
OF_MEETING = (
    COUNCIL,
    SheetOption(
        "meeting",
        int,
        "会議の第N回（省略すると次の回、なければ直近の回）",
        selection=Selection.MEETING,
    ),
)
LABEL_LAYOUT = SheetOption(
    "layout",
    help=f"ラベル用紙（{'、'.join(LABEL_LAYOUTS)}。既定: a-one-72212）、"
    "または 列x行 幅x高さ 左余白 上余白（mm）",
    caption=QT_TR_NOOP("ラベル用紙"),
    # Translated as shown, as every choice is.
    choices=tuple((g.slug, g.listed_as) for g in PRESETS.values() if g.slug in LABEL_LAYOUTS),
)


def _sheet(
    name: str, label: str, label_en: str, module: str, *options: SheetOption
) -> tuple[str, SheetKind]:
    return name, SheetKind(name, label, label_en, module, options)


SHEETS: dict[str, SheetKind] = dict(
    (
        _sheet(
            "council-members",
            "会議の名簿",
            "Council member list",
            "council_members",
            COUNCIL,
            replace(AS_OF, selection=Selection.ROSTER_DAY),
            CONTACTS,
            SheetOption("children", bool, QT_TR_NOOP("下部の会議（幹事会など）も載せる")),
        ),
        _sheet(
            "symposium-schedule",
            "行事の開催日程",
            "Event schedule",
            "symposium_schedule",
            SERIES,
            AS_OF,
        ),
        _sheet(
            "schedule-conflicts",
            "開催日程の確認（重なり・休日・年度外）",
            "Schedule check (overlaps, holidays, outside the fiscal year)",
            "schedule_conflicts",
            SERIES,
            AS_OF,
        ),
        _sheet(
            "participants",
            "参加者名簿（受付簿）",
            "Participant list (reception)",
            "participants",
            SERIES,
            SESSION,
            AS_OF,
            CONTACTS,
        ),
        _sheet("counts", "登録状況", "Registration counts", "counts", AS_OF),
        _sheet(
            "duplicates",
            "重複の可能性がある団体・人",
            "Possible duplicate organizations and people",
            "duplicates",
            AS_OF,
        ),
        _sheet("projects", "選定事業一覧", "Selected projects", "projects", AS_OF),
        _sheet(
            "support-status",
            "選定事業の支援状況（継続申請）",
            "Support status of the selected projects (renewals)",
            "support_status",
            AS_OF,
        ),
        _sheet(
            "matching",
            "分野ごとのマッチング表",
            "Matching sheet per field",
            "matching",
            SheetOption(
                "category",
                help="分野名（省略すると事業の分野を順にすべて）",
                selection=Selection.CATEGORY,
                window_choices="category_choices",
            ),
            PROGRAM,
            AS_OF,
        ),
        _sheet(
            "expert-catalog",
            "専門家カタログ",
            "Expert catalogue",
            "expert_catalog",
            replace(PROGRAM, window_choices="programs_with_experts"),
            SheetOption("category", help="分野名（その分野だけ）", selection=Selection.CATEGORY),
            AS_OF,
        ),
        _sheet(
            "smart-city-matrix",
            "スマートシティ関連事業の選定結果",
            "Smart-city projects selected",
            "smart_city",
            AS_OF,
        ),
        _sheet(
            "upcoming",
            "今後の予定と期限",
            "Coming plans and deadlines",
            "upcoming",
            replace(AS_OF, selection=Selection.DASHBOARD_DAY),
        ),
        _sheet(
            "address-labels",
            "宛名ラベル（会議の構成員）",
            "Address labels (council members)",
            "address_labels",
            *PACK,
            LABEL_LAYOUT,
            replace(PRESET, help="--layout の別名（以前の指定）"),
            START,
            OFFSET,
            HONORIFIC,
        ),
        _sheet(
            "label-calibration",
            "ラベル位置合わせ（枠と100mm定規）",
            "Label alignment page (outlines and a 100 mm rule)",
            "label_calibration",
            LABEL_LAYOUT,
            replace(PRESET, help="--layout の別名（以前の指定）"),
            OFFSET,
        ),
        _sheet(
            "envelopes",
            "封筒（長形3号・縦書き）",
            "Envelopes (Naga 3, vertical)",
            "envelopes",
            *PACK,
            SheetOption(
                "layout",
                help="封筒（naga3: 長形3号 120×235mm。既定）",
                caption=QT_TR_NOOP("封筒"),
                choices=(("naga3", QT_TR_NOOP("長形3号（120×235mm）")),),
            ),
            OFFSET,
            HONORIFIC,
        ),
        _sheet(
            "name-cards",
            "卓上名札",
            "Tent cards",
            "name_cards",
            *PACK,
        ),
        _sheet(
            "badges",
            "名札",
            "Badges",
            "badges",
            *PACK,
            SheetOption(
                "layout",
                help="用紙（a-one-51002: 名刺 91×55mm 10面、a6: A6 4枚。既定: a-one-51002）",
                caption=QT_TR_NOOP("用紙"),
                choices=(
                    ("a-one-51002", PRESETS["エーワン 51002"].listed_as),
                    ("a6", QT_TR_NOOP("A6（4枚）")),
                ),
            ),
            replace(START, help="何枚目から印刷するか（使いかけの用紙に。既定: 1）"),
        ),
        _sheet(
            "session-invitation",
            "開催のご案内（参加者への手紙）",
            "Invitation letters to the participants",
            "session_invitation",
            SERIES,
            SESSION,
            replace(AS_OF, help="手紙の日付（既定: 今日）"),
            HONORIFIC,
        ),
        _sheet(
            "invitation",
            "開催通知（会議の招集者への手紙）",
            "Meeting notices to the invitees",
            "invitation",
            *OF_MEETING,
            replace(AS_OF, help="手紙の日付（既定: 今日）"),
            SheetOption(
                "template",
                help="事務局の Word の文書（.docx）に差し込み、1つの .docx に書き出す",
            ),
            HONORIFIC,
        ),
        _sheet(
            "reply-form",
            "出欠回答票",
            "Reply forms",
            "reply_form",
            *OF_MEETING,
        ),
        _sheet(
            "seating",
            "座席表",
            "Seating plan",
            "seating",
            *OF_MEETING,
            SheetOption(
                "seating_rule",
                help="上位の側（left: 左上位、right: 右上位。議長から見て。既定: left）",
                caption=QT_TR_NOOP("上位の側"),
                choices=(("left", QT_TR_NOOP("左上位")), ("right", QT_TR_NOOP("右上位"))),
            ),
        ),
        _sheet(
            "attendance",
            "受付簿・出欠一覧（会議）",
            "Reception list and replies (meeting)",
            "attendance",
            *OF_MEETING,
            SheetOption(
                "order",
                help="並び順（roster: 名簿順、gojuon: 五十音順。既定: roster）",
                caption=QT_TR_NOOP("並び順"),
                choices=(("roster", QT_TR_NOOP("名簿順")), ("gojuon", QT_TR_NOOP("五十音順"))),
            ),
        ),
        _sheet(
            "audit-log",
            "変更履歴",
            "Change history",
            "audit_log",
            replace(AS_OF, help="この日まで（既定: 今日）"),
            SheetOption("since", dt.date, "この日から（既定: --as-of の 30 日前から）"),
        ),
    )
)


def build_sheet(
    session: Session, name: str, values: Mapping[str, object], *, english: bool = False
) -> Sheet:
    """The sheet `name` with the options in `values` (by option name; None: not given), its
    titles and headings in English when `english`."""
    from desktop.sheets.words import english_headings

    kind = SHEETS[name]
    kind.check(values)
    arguments = {
        option.parameter or option.name: values[option.name]
        for option in kind.options
        if values.get(option.name) is not None
    }
    module = importlib.import_module(f"desktop.sheets.{kind.module}")
    with english_headings(english):
        sheet: Sheet = module.build(session, **arguments)
    return sheet
