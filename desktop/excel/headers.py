"""Finding the header row of a list and what each column means, whatever layout was sent.

Real lists put titles and notes above the header, order columns freely, write 団体名称 for 団体名
and 氏名（漢字） for 氏名. A header cell is compared after normalisation (width, spaces, bracketed
notes, ※ marks removed) against the synonyms of each field; the row in the first 20 that matches
the most fields of one list kind is the header.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

HEADER_SCAN_ROWS = 20

# field → the headers people write for it (compared after normalize_header)
SYNONYMS: dict[str, tuple[str, ...]] = {
    "organization_kind": ("団体区分", "団体種別", "種別", "団体の種類"),
    "organization_name": (
        "団体名",
        "市区町村名",
        "市町村名",
        "都道府県名",
        "団体名称",
        "組織名",
        "自治体名",
        "地方公共団体名",
        "企業名",
        "会社名",
        "法人名",
        "団体・企業名",
    ),
    "organization_kana": ("フリガナ", "ふりがな", "カナ", "団体名フリガナ", "よみがな", "読み"),
    "address": ("住所", "所在地", "所在地住所"),
    "contact_kana": ("担当者フリガナ", "担当者ふりがな", "担当者カナ"),
    "lg_code": ("地方公共団体コード", "団体コード", "自治体コード", "全国地方公共団体コード"),
    "program": ("事業", "事業名（枠組み）", "プログラム"),
    "role": ("区分", "登録区分", "役割区分"),
    "categories": ("政策分野", "分野", "関心分野", "提供分野", "技術", "アクション項目"),
    "summary": ("概要", "内容", "取組内容", "提供可能な技術・ノウハウ", "施策の概要"),
    "department": ("担当部署", "部署", "担当課", "所属部署"),
    "contact_name": ("担当者", "担当者名", "担当者氏名"),
    "phone": ("電話番号", "TEL", "電話", "連絡先電話番号"),
    "email": ("メールアドレス", "E-mail", "Email", "メール", "Mail"),
    "received_on": ("受付日", "申込日", "登録日"),
    "publish_consent": ("公表可否", "公表", "公開可否"),
    "measure_name": ("施策名", "支援策名", "事業名（施策）"),
    "ministry": ("府省庁", "府省庁名", "所管府省庁", "省庁"),
    "fiscal_year": ("年度",),
    "budget": ("予算額", "予算", "金額"),
    "contact": ("問合せ先", "問い合わせ先", "連絡先"),
    "proposers": ("提案者", "提案団体", "提案自治体"),
    "title": ("提案タイトル", "事業名", "タイトル"),
    "selected_fiscal_year": ("選定年度", "採択年度"),
    "council_name": ("会議名", "協議会名"),
    "order": ("順", "順番", "No", "No.", "番号", "項番"),
    "member_role": ("役割",),
    "post": ("役職", "職名", "官職"),
    "person_name": ("氏名", "名前", "お名前"),
    "person_kana": ("フリガナ", "ふりがな", "カナ", "氏名フリガナ"),
    "organization": ("所属", "所属団体", "所属機関", "所属先"),
    "event_name": ("行事名", "イベント名", "シンポジウム名"),
    "session_number": ("回", "開催回", "参加回"),
    "theme": ("テーマ",),
    "date": ("開催日", "日付", "開催日程", "日程"),
    "start": ("開始", "開始時刻", "開始時間"),
    "end": ("終了", "終了時刻", "終了時間"),
    "time": ("時間", "時間帯", "開催時間"),
    "format": ("形式", "開催形式"),
    "eligibility": ("対象", "参加対象", "対象者"),
}

# Each list kind: its Japanese name, the fields that identify it, and the fields it reads.
KINDS: dict[str, tuple[str, frozenset[str], tuple[str, ...]]] = {
    "registrations": (
        "登録一覧",
        frozenset({"organization_name"}),
        (
            "organization_kind",
            "organization_name",
            "organization_kana",
            "lg_code",
            "program",
            "role",
            "categories",
            "summary",
            "department",
            "contact_name",
            "contact_kana",
            "phone",
            "email",
            "address",
            "received_on",
            "publish_consent",
        ),
    ),
    "measures": (
        "支援策一覧",
        frozenset({"measure_name"}),
        (
            "measure_name",
            "ministry",
            "department",
            "categories",
            "summary",
            "fiscal_year",
            "budget",
            "contact",
        ),
    ),
    "projects": (
        "選定事業一覧",
        frozenset({"proposers", "title"}),
        ("proposers", "title", "selected_fiscal_year", "categories"),
    ),
    "roster": (
        "委員名簿",
        frozenset({"member_role", "post"}),
        (
            "council_name",
            "order",
            "member_role",
            "post",
            "person_name",
            "person_kana",
            "organization",
        ),
    ),
    "sessions": (
        "開催日程",
        frozenset({"session_number", "date"}),
        (
            "event_name",
            "session_number",
            "theme",
            "date",
            "start",
            "end",
            "time",
            "format",
            "eligibility",
        ),
    ),
    "participants": (
        "参加者名簿",
        frozenset({"person_name", "session_number"}),
        (
            "event_name",
            "session_number",
            "person_name",
            "person_kana",
            "organization",
            "organization_kind",
            "post",
            "email",
            "phone",
        ),
    ),
}

_BRACKETED = re.compile(r"[（(【\[<＜〈［].*?[）)】\]>＞〉］]")
_NOISE = re.compile(r"[\s　※*＊:：・･\-－ー_＿/／]")


_KANA_NOTE = re.compile(r"[(（](フリガナ|ふりがな|カナ|かな|よみがな|読み)[)）]")
_KIND_NOTE = re.compile(r"^区分[(（]団体[)）]")


def normalize_header(text: object) -> str:
    """A header for comparison: NFKC, notes in brackets and ※ marks and spacing removed.

    A bracket that changes the meaning stays: 団体名（フリガナ） is the reading, not the name,
    and 区分（団体） is the kind of body, not the registration's 区分.
    """
    if text is None:
        return ""
    value = unicodedata.normalize("NFKC", str(text))
    value = _KANA_NOTE.sub("フリガナ", value)
    value = _KIND_NOTE.sub("団体区分", value)
    value = _BRACKETED.sub("", value)
    value = value.split("※")[0] or value  # "団体名 ※必須": the note after ※ is not the name
    return _NOISE.sub("", value).casefold()


def _lookup() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for field, names in SYNONYMS.items():
        for name in names:
            table.setdefault(normalize_header(name), []).append(field)
    return table


_LOOKUP = _lookup()


@dataclass(frozen=True)
class HeaderMatch:
    kind: str
    row: int  # 0-based index of the header row in SheetData.rows
    columns: dict[int, str]  # 0-based column → field
    category_columns: dict[int, str]  # 0-based column → category name (one ○ column per field)
    extra_columns: dict[int, str]  # 0-based column → header text not understood (reported)


def _match_row(
    cells: Sequence[object], kind: str, category_names: dict[str, str]
) -> HeaderMatch | None:
    _label, required, wanted = KINDS[kind]
    columns: dict[int, str] = {}
    categories: dict[int, str] = {}
    extra: dict[int, str] = {}
    for index, cell in enumerate(cells):
        key = normalize_header(cell)
        if not key:
            continue
        fields = [f for f in _LOOKUP.get(key, []) if f in wanted and f not in columns.values()]
        if fields:
            columns[index] = fields[0]
        elif key in category_names:
            categories[index] = category_names[key]
        else:
            extra[index] = str(cell)
    if not required <= set(columns.values()):
        return None
    return HeaderMatch(kind, -1, columns, categories, extra)


def find_header(
    rows: Sequence[Sequence[object]],
    category_names: Sequence[str] = (),
    kind: str | None = None,
) -> HeaderMatch | None:
    """The best header row in the first HEADER_SCAN_ROWS rows, or None when nothing fits.

    With `kind` only that list kind is tried (the user forced it with --kind).
    """
    names = {normalize_header(n): n for n in category_names}
    kinds = [kind] if kind else list(KINDS)
    best: HeaderMatch | None = None
    best_score = 0
    for row_index, cells in enumerate(rows[:HEADER_SCAN_ROWS]):
        for candidate in kinds:
            match = _match_row(cells, candidate, names)
            if match is None:
                continue
            score = len(match.columns) * 2 + len(match.category_columns)
            if score > best_score:
                best_score = score
                best = HeaderMatch(
                    candidate,
                    row_index,
                    match.columns,
                    match.category_columns,
                    match.extra_columns,
                )
    return best


def kind_label(kind: str) -> str:
    return KINDS[kind][0]
