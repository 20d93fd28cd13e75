"""Each entity's fields, declared once: name, Japanese and English label, where it goes.

A field's type and length are not repeated here: they are read from the model's column (see
`column` and `max_length`), so they cannot disagree with what the database and db.text_rules
enforce. What is declared is what the model cannot say — how people call the field, its key in
the JSON interchange (docs/interchange.md) and the heading of that key in the xlsx export, how a
merge of duplicates treats it, and which import and form fields are stored in it. The JSON
export, the xlsx export's headings and the merge of duplicates are derived from this table;
tests check the import headings, the forms and the window's tables against it, and fail when a
model gains a column that is not declared here.

Adding a field to an entity: the column in db/models.py and a migration; its Field here (a test
fails until it has one), which gives it its place in the JSON and xlsx exports and in a merge;
its key in docs/interchange.md (a test compares); and, where people enter it, the operation's
input (desktop/ops), the window's form and table, and for an imported field its headings
(desktop/excel/headers.py) and form cell, whose labels the tests hold to the declared ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Column, inspect

from db import text_rules
from db.models import (
    AuditEntry,
    Base,
    BudgetLine,
    Category,
    Continuation,
    Council,
    DuplicateDismissal,
    EventSeries,
    EventSession,
    ImportBatch,
    Invitation,
    Measure,
    MeasureSelection,
    Meeting,
    Membership,
    Milestone,
    Organization,
    Participant,
    Person,
    Program,
    Project,
    ProjectProposer,
    PublishedFigure,
    Registration,
    RegistrationCount,
)

# What a merge of two duplicates does with a field of the merged record:
#   fill  – the kept record's empty value is filled from the other's;
#   rule  – a rule of its own in desktop/ops/duplicates.py (joined, the earlier date, …);
#   kept  – the kept record's value stays, the other's is dropped on purpose.
Merge = Literal["fill", "rule", "kept"]


@dataclass(frozen=True)
class Field:
    """One field of an entity.

    `name` is the model's attribute: a column, a relationship, or a path through a
    relationship ("parent.name": the name of the parent beside its id).
    """

    name: str
    label: str  # Japanese, as forms and detail views call it
    english: str
    short: str = ""  # a table column's shorter heading (団体コード for 地方公共団体コード)
    key: str = ""  # the JSON interchange key; the name when empty
    exported: bool = True  # carried by the JSON and xlsx exports
    heading: str | None = None  # the xlsx export's heading; the label when None, the key when ""
    merge: Merge | None = None  # only for the kinds that are merged (MERGED)
    imports: tuple[str, ...] = ()  # import and form fields (desktop/excel/headers.py) stored here

    @property
    def interchange_key(self) -> str:
        return self.key or self.name

    @property
    def labels(self) -> tuple[str, ...]:
        return (self.label, self.short) if self.short else (self.label,)


def _id(label: str = "ID", english: str = "ID", **options: Any) -> Field:
    return Field("id", label, english, **options)


FIELDS: dict[type[Base], tuple[Field, ...]] = {
    Organization: (
        _id(merge="kept"),
        Field(
            "kind",
            "団体区分",
            "Kind",
            short="区分",
            heading="区分",
            merge="rule",
            imports=("organization_kind",),
        ),
        Field(
            "name",
            "団体名",
            "Name",
            heading="名称",
            merge="kept",
            # the code list names a prefecture or a municipality in columns of its own
            imports=("organization_name", "prefecture_name", "municipality_name"),
        ),
        Field(
            "kana",
            "フリガナ",
            "Kana",
            merge="fill",
            imports=("organization_kana", "prefecture_kana", "municipality_kana"),
        ),
        Field(
            "lg_code",
            "地方公共団体コード",
            "Local government code",
            short="団体コード",
            merge="rule",
            imports=("lg_code",),
        ),
        Field("parent_id", "上位団体ID", "Parent ID", heading="上位ID", merge="fill"),
        Field("parent.name", "上位団体", "Parent", key="parent", heading="上位"),
        Field("postal_code", "郵便番号", "Postal code", merge="fill", imports=("postal_code",)),
        Field("address", "住所", "Address", merge="fill", imports=("address",)),
        Field("phone", "電話番号", "Phone", merge="fill", imports=("phone",)),
        Field("email", "メールアドレス", "E-mail", merge="fill", imports=("email",)),
        Field("note", "備考", "Note", merge="fill"),
        Field("name_key", "名称の照合キー", "Name key", exported=False, merge="kept"),
        Field("sort_key", "並び順のキー", "Sort key", exported=False, merge="kept"),
        Field("search_key", "検索用のキー", "Search key", exported=False, merge="kept"),
    ),
    Person: (
        _id(merge="kept"),
        Field(
            "name",
            "氏名",
            "Name",
            heading="名称",
            merge="kept",
            imports=("person_name", "contact_name", "name"),
        ),
        Field(
            "kana",
            "フリガナ",
            "Kana",
            merge="fill",
            imports=("person_kana", "contact_kana", "kana"),
        ),
        Field("organization_id", "所属ID", "Organization ID", heading="団体ID", merge="fill"),
        Field(
            "organization.name",
            "所属",
            "Organization",
            key="organization",
            heading="所属・団体",
            imports=("organization",),
        ),
        Field("post", "役職", "Post", merge="fill", imports=("post",)),
        # A people list's or a roster's 郵便番号 and 住所 are the person's own.
        Field("postal_code", "郵便番号", "Postal code", merge="fill", imports=("postal_code",)),
        Field("address", "住所", "Address", merge="fill", imports=("address",)),
        Field("email", "メールアドレス", "E-mail", merge="fill", imports=("email",)),
        Field("phone", "電話番号", "Phone", merge="fill", imports=("phone",)),
        Field("name_key", "氏名の照合キー", "Name key", exported=False, merge="kept"),
    ),
    Program: (
        _id(),
        Field("name", "事業名", "Name", heading="名称"),
        Field("category_label", "分類名", "Category label"),
        Field("description", "説明", "Description"),
        Field("categories", "分野", "Categories"),
    ),
    Category: (
        _id(),
        Field("program_id", "事業ID", "Programme ID", exported=False),
        Field("name", "分野名", "Name", heading="名称", imports=("categories",)),
        Field("group", "グループ", "Group"),
        Field("order", "順", "Order"),
    ),
    Registration: (
        _id(merge="kept"),
        Field("organization_id", "団体ID", "Organization ID", merge="rule"),
        Field(
            "organization.name", "団体", "Organization", key="organization", heading="所属・団体"
        ),
        Field("program_id", "事業ID", "Programme ID", merge="kept"),
        Field("program.name", "事業", "Programme", key="program", imports=("program",)),
        Field("role", "区分", "Role", heading="役割", merge="kept", imports=("role",)),
        Field("categories", "分野", "Categories", imports=("categories",)),
        Field("categories.id", "分野ID", "Category IDs", key="category_ids", heading=""),
        Field("summary", "概要", "Summary", merge="fill", imports=("summary",)),
        Field("department", "担当部署", "Department", merge="fill", imports=("department",)),
        Field("contact_person_id", "担当者ID", "Contact person ID", heading="", merge="fill"),
        Field("received_on", "受付日", "Received on", merge="fill", imports=("received_on",)),
        Field("status", "状態", "Status", merge="rule"),
        Field(
            "publish_consent",
            "公表可否",
            "Publication consent",
            short="公表",
            merge="rule",
            imports=("publish_consent",),
        ),
        Field("import_batch_id", "取込ID", "Import batch ID", exported=False, merge="kept"),
    ),
    Measure: (
        _id(),
        Field("name", "施策名", "Name", heading="名称", imports=("measure_name",)),
        Field("ministry_id", "府省庁ID", "Ministry ID", heading=""),
        Field("ministry.name", "府省庁", "Ministry", key="ministry", imports=("ministry",)),
        Field("department", "担当部署", "Department", imports=("department",)),
        Field("program_id", "事業ID", "Programme ID"),
        Field("program.name", "事業", "Programme", key="program"),
        Field("summary", "概要", "Summary", imports=("summary",)),
        Field("support", "主な支援対象", "Main beneficiaries"),
        Field("contact", "問合せ先", "Contact", imports=("contact",)),
        Field("mark", "記号", "Mark"),
        Field("aliases", "別名", "Aliases"),
        Field("past_selections", "過去の選定数", "Past selections"),
        Field("legend_name", "凡例での名称", "Name in the legend"),
        Field("legend_note", "凡例の注記", "Legend footnote"),
        Field("categories", "分野", "Categories", imports=("categories",)),
        Field("budget_lines", "予算", "Budget lines"),
        Field("selections", "選定", "Selections"),
    ),
    BudgetLine: (
        _id(exported=False),
        Field("measure_id", "支援策ID", "Measure ID", exported=False),
        Field("fiscal_year", "年度", "Fiscal year", imports=("fiscal_year",)),
        Field("kind", "区分", "Kind"),
        Field("amount_yen", "金額（円）", "Amount (yen)"),
        Field("text", "予算額", "Budget as written", heading="表記", imports=("budget",)),
        Field("share_of", "内数の元", "Share of (total)", heading="内数"),
    ),
    MeasureSelection: (
        _id(exported=False),
        Field("measure_id", "支援策ID", "Measure ID", exported=False),
        Field("item_no", "項番", "Item no."),
        Field("area", "実施地域", "Area"),
        Field("fiscal_year", "年度", "Fiscal year"),
        Field("past", "過年度", "Earlier year"),
        Field("organizations.id", "団体ID", "Organization IDs", key="organization_ids", heading=""),
        Field("organizations.name", "団体", "Organizations", key="organizations"),
    ),
    Project: (
        _id(),
        Field("program_id", "事業ID", "Programme ID"),
        Field("program.name", "事業", "Programme", key="program"),
        Field("number", "番号", "Number", short="No."),
        Field("title", "提案タイトル", "Title", heading="タイトル", imports=("title",)),
        Field(
            "proposer_links.organization.name",
            "提案者",
            "Proposers",
            key="proposers",
            imports=("proposers",),
        ),
        Field(
            "proposer_links.organization_id",
            "提案者ID",
            "Proposer IDs",
            key="proposer_ids",
            heading="",
        ),
        Field(
            "selected_fiscal_year",
            "選定年度",
            "Selected in fiscal year",
            imports=("selected_fiscal_year",),
        ),
        Field("categories", "分野", "Categories", imports=("categories",)),
        Field("summary", "概要", "Summary"),
        Field("continuations", "継続申請", "Continuations"),
    ),
    Continuation: (
        _id(exported=False),
        Field("project_id", "選定事業ID", "Project ID", exported=False),
        Field("submitted_on", "提出日", "Submitted on", heading="申請日"),
        Field("decided_on", "決定日", "Decided on"),
        Field("result", "結果", "Result"),
    ),
    Council: (
        _id(),
        Field("name", "会議名", "Name", heading="名称", imports=("council_name",)),
        Field("kind", "種別", "Kind", heading="区分"),
        Field("parent_id", "上位会議ID", "Parent ID", heading="上位ID"),
        Field("parent.name", "上位会議", "Parent", key="parent", heading="上位"),
        Field("project_id", "選定事業ID", "Project ID", heading="事業ID"),
        Field("project.title", "選定事業", "Project", key="project", heading="事業"),
        Field("established_on", "設置日", "Established on"),
        Field("secretariat", "事務局", "Secretariat"),
        Field("note", "備考", "Note"),
        Field("memberships", "委員", "Members", key="members"),
        Field("meetings", "会議", "Meetings"),
    ),
    Meeting: (
        _id(),
        Field("council_id", "会議ID", "Council ID", exported=False),
        Field("number", "回", "Number", heading="番号"),
        Field("date", "開催日", "Date", heading="日付"),
        Field("start_time", "開始", "Start", key="start"),
        Field("end_time", "終了", "End", key="end"),
        Field("format", "形式", "Format"),
        Field("venue", "会場", "Venue"),
        Field("url", "URL", "URL"),
        Field("agenda", "議事次第", "Agenda"),
        Field("reply_by", "回答期限", "Reply by"),
        Field("note", "備考", "Note"),
        Field("invitations", "出欠", "Invitations"),
    ),
    Invitation: (
        _id(),
        Field("meeting_id", "開催回ID", "Meeting ID", exported=False),
        Field("order", "順", "Order"),
        Field("membership_id", "委員ID", "Member ID"),
        Field("person_id", "人物ID", "Person ID"),
        Field("person.name", "氏名", "Name", key="name", heading="名称"),
        Field("organization_id", "団体ID", "Organization ID"),
        Field(
            "organization.name",
            "所属",
            "Organization",
            key="organization",
            heading="所属・団体",
        ),
        Field("post", "役職", "Post"),
        Field("role", "役割", "Role"),
        Field("reply", "出欠", "Reply"),
        Field("replied_on", "回答日", "Replied on"),
        Field("deputy_name", "代理出席者", "Deputy"),
        Field("deputy_post", "代理出席者の役職", "Deputy's post"),
        Field("companions", "随行者", "Companions"),
        Field("attended", "受付", "Attended"),
        Field("note", "備考", "Note"),
    ),
    Membership: (
        _id(),
        Field("council_id", "会議ID", "Council ID", exported=False),
        Field("order", "順", "Order", imports=("order",)),
        Field("role", "役割", "Role", imports=("member_role", "role")),
        Field(
            "group_name",
            "区分",
            "Group",
            key="group",
            heading="グループ",
            imports=("member_group",),
        ),
        Field("post", "役職", "Post", imports=("post",)),
        Field("person.name", "氏名", "Name", key="name", heading="名称"),
        Field("person_id", "人物ID", "Person ID"),
        Field(
            "organization.name",
            "所属",
            "Organization",
            key="organization",
            heading="所属・団体",
            imports=("organization",),
        ),
        Field("organization_id", "団体ID", "Organization ID"),
        # A roster's 任期 (from ～ to) fills both.
        Field("term_start", "任期開始", "Term start", imports=("term_start", "term")),
        Field("term_end", "任期終了", "Term end", imports=("term_end",)),
        Field("note", "備考", "Note"),
    ),
    EventSeries: (
        _id(),
        Field("name", "行事名", "Name", heading="名称", imports=("event_name",)),
        Field("fiscal_year", "年度", "Fiscal year"),
        Field("program_id", "事業ID", "Programme ID"),
        Field("program.name", "事業", "Programme", key="program"),
        Field("eligibility", "参加対象", "Eligibility", short="対象", heading="対象"),
        Field("note", "備考", "Note"),
        Field("sessions", "開催回", "Sessions"),
    ),
    EventSession: (
        _id(),
        Field("series_id", "行事ID", "Series ID", exported=False),
        Field("number", "回", "Number", heading="番号", imports=("session_number",)),
        Field("theme", "テーマ", "Theme", imports=("theme",)),
        Field("date", "開催日", "Date", heading="日付", imports=("date",)),
        Field("start_time", "開始", "Start", key="start", imports=("start",)),
        Field("end_time", "終了", "End", key="end", imports=("end",)),
        Field("format", "形式", "Format", imports=("format",)),
        Field("venue", "会場", "Venue", imports=("venue",)),
        Field("url", "URL", "URL", imports=("url",)),
        Field("eligibility", "対象", "Eligibility", imports=("eligibility",)),
        Field("capacity", "定員", "Capacity"),
        Field("note", "備考", "Note"),
        Field("participants", "参加者", "Participants"),
    ),
    Participant: (
        _id(merge="kept"),
        Field("session_id", "開催回ID", "Session ID", exported=False, merge="kept"),
        Field("person_id", "人物ID", "Person ID", merge="rule"),
        Field("person.name", "氏名", "Name", key="name", heading="名称"),
        Field(
            "person.organization.name",
            "所属",
            "Organization",
            key="organization",
            heading="所属・団体",
            imports=("organization",),
        ),
        Field("status", "状態", "Status", merge="rule"),
        Field(
            "attendance",
            "参加形式",
            "Attendance",
            heading="",
            merge="fill",
            imports=("attendance",),
        ),
    ),
    Milestone: (
        _id(),
        Field("program_id", "事業ID", "Programme ID"),
        Field("program.name", "事業", "Programme", key="program"),
        Field("date", "日付", "Date"),
        Field("label", "内容", "Label"),
        Field("note", "備考", "Note"),
    ),
    PublishedFigure: (
        _id(),
        Field("program_id", "事業ID", "Programme ID"),
        Field("published_on", "公表日", "Published on"),
        Field("kind", "区分", "Kind"),
        Field("fiscal_year", "年度", "Fiscal year"),
        Field("ended_after", "支援の最終年度", "Last fiscal year of support"),
        Field("count", "件数", "Count"),
        Field("source", "出典", "Source"),
    ),
    RegistrationCount: (
        _id(),
        Field("program_id", "事業ID", "Programme ID"),
        Field("as_of", "時点", "As of"),
        Field("role", "区分", "Role", heading="役割"),
        Field("count", "件数", "Count"),
        Field("unit", "単位", "Unit"),
    ),
}

# Columns every editable record has for bookkeeping: never shown, exported or merged.
SYSTEM_COLUMNS = ("version", "created_at", "updated_at")
# Tables that keep the app's own records, not the office's data: no fields to declare.
BOOKKEEPING: tuple[type[Base], ...] = (
    ProjectProposer,  # the order of a project's proposers: Project.proposers
    DuplicateDismissal,
    ImportBatch,
    AuditEntry,
)
# The kinds of record the duplicate review merges: each field says what a merge does with it.
MERGED: tuple[type[Base], ...] = (Organization, Person, Registration, Participant)


def column(model: type[Base], name: str) -> Column[Any] | None:
    """The column a field is stored in, at the end of its path ("parent.name": the parent's
    name column); None for a relationship."""
    *relations, attribute = name.split(".")
    target: Any = model
    for relation in relations:
        target = inspect(target).relationships[relation].mapper.class_
    return target.__table__.columns.get(attribute)  # type: ignore[no-any-return]


def max_length(model: type[Base], name: str) -> int | None:
    """The field's length limit, as db.text_rules enforces it (String(200) → 200)."""
    stored = column(model, name)
    return text_rules.max_length(stored) if stored is not None else None


def interchange_fields(model: type[Base]) -> tuple[Field, ...]:
    """The fields the JSON export carries, in the order of its keys."""
    return tuple(f for f in FIELDS[model] if f.exported)


def filled_on_merge(model: type[Base]) -> tuple[str, ...]:
    """The columns whose empty value a merge fills from the duplicate."""
    return tuple(f.name for f in FIELDS[model] if f.merge == "fill")


def undeclared_columns(model: type[Base]) -> list[str]:
    """The model's columns that no field declares (a column added without its declaration)."""
    declared = {f.name for f in FIELDS.get(model, ())} | set(SYSTEM_COLUMNS)
    return [c.key for c in model.__table__.columns if c.key not in declared]


def value(obj: Any, name: str) -> Any:
    """The attribute `name` of `obj`, following "relation.attribute" paths (None past a None)."""
    for part in name.split("."):
        if obj is None:
            return None
        obj = getattr(obj, part)
    return obj


def _headings() -> Iterator[tuple[str, str]]:
    for fields in FIELDS.values():
        for f in fields:
            if f.exported and f.heading != "":
                yield f.interchange_key, f.heading or f.label


def interchange_headings() -> dict[str, str]:
    """The xlsx export's Japanese heading of each interchange key: one heading per key,
    whichever entity carries it, since the workbook names a key the same on every sheet."""
    headings: dict[str, str] = {}
    for key, heading in _headings():
        if headings.setdefault(key, heading) != heading:
            raise ValueError(f"key {key!r} has two headings: {headings[key]} / {heading}")
    return headings
