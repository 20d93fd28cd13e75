"""Support measures (支援策) from a 支援策一覧 row or a filled 関係省庁用 form.

A row names its ministry as people write it (経産省, 経済産業省) and its budget as budget
documents do (令和8年度当初 1,600億円, 補正 20億円, 数億円程度). The ministry is looked up
among the stored ministries and regional bureaus; a ministry of the government's list that is
not stored yet is created. The budget becomes one BudgetLine per (fiscal year, 当初/補正); a
cell saying …の内数 makes a line that is a share of that total (desktop.imports.budget_shares).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.errors import ValidationError
from db.models import BudgetLine, Category, Measure, Organization, Program
from desktop.catalogue import QT_TR_NOOP, SOURCE_LANGUAGE, Listed, Spelled, Text
from desktop.excel.headers import Heading
from desktop.imports import headings, normalize
from desktop.imports.budget_shares import noted_shares, share_total
from desktop.imports.cells import Cells
from desktop.imports.declaration import FormReading, ImportKind
from desktop.imports.matching import count, merge_values, reject_repeats, settle
from desktop.imports.model import (
    ERROR,
    WARNING,
    BuildContext,
    Candidate,
    ImportRecord,
    Location,
    Problem,
    ProgramInfo,
    SourceRecord,
)
from desktop.imports.reasons import MERGED_ROWS, fiscal_year_words, given, lines_in, listed
from desktop.imports.registrations import program_by_categories, program_named
from desktop.japanese.numbers import format_yen_oku, parse_yen
from desktop.japanese.text import normalize_for_compare
from desktop.japanese.wareki import format_fiscal_year
from desktop.ops.common import parse_fiscal_year
from desktop.rules.organizations import official_ministry

MINISTRY_KINDS = ("ministry", "regional_bureau")
INITIAL, SUPPLEMENTARY = "当初", "補正"


@dataclass(frozen=True)
class Budget:
    """One budget line as imported: amount_yen None when the amount is hedged (数億円程度)."""

    fiscal_year: int
    kind: str  # 当初 / 補正
    amount_yen: int | None
    text: str  # the cell as written
    # 内数: the larger total the line is a share of (never the measure's own amount).
    share_of: str | None = None

    def describe(self) -> str:
        amount = format_yen_oku(self.amount_yen) if self.amount_yen is not None else self.text
        return f"{format_fiscal_year(self.fiscal_year)}{self.kind} {amount}"


@dataclass(kw_only=True, slots=True)
class MeasureRecord(ImportRecord):
    """A support measure to import, with the ministry it belongs to."""

    TITLE: ClassVar[str] = QT_TR_NOOP("施策名")
    CONTEXT: ClassVar[str] = QT_TR_NOOP("府省庁")
    TARGET: ClassVar[str] = QT_TR_NOOP("施策")
    KIND: ClassVar[str] = "measures"

    measure_name: str
    ministry_written: str | None = None  # the 府省庁 cell as written (経産省 …)
    ministry_where: Location | None = None
    # Settled by resolve: the ministry's name, and its id when it is stored already (a ministry
    # with a name and no id is created by the import).
    ministry_name: str | None = None
    ministry_id: int | None = None
    department: str | None = None
    contact: str | None = None
    summary: str | None = None
    program: str | None = None
    categories: tuple[str, ...] = ()
    budget: Budget | None = None
    # The budget lines of other rows of the same measure merged into this one (当初 on one
    # row, 補正 on the next).
    more_budgets: tuple[Budget, ...] = ()

    def title(self, lang: str = SOURCE_LANGUAGE) -> str:
        return self.measure_name

    def context(self, lang: str = SOURCE_LANGUAGE) -> str:
        return self.ministry_name or self.ministry_written or ""

    def details(self, lang: str = SOURCE_LANGUAGE) -> list[str]:
        # The budget as read in Japanese; in another language as the row wrote it.
        budgets = [b for b in (self.budget, *self.more_budgets) if b is not None]
        budget = Listed(tuple(Spelled(b.describe(), b.text) for b in budgets)) if budgets else None
        return lines_in(
            [
                Text(QT_TR_NOOP("府省庁: {ministry}"), ministry=given(self.context())),
                Text(QT_TR_NOOP("分野: {categories}"), categories=listed(self.categories)),
                Text(QT_TR_NOOP("予算: {budget}"), budget=given(budget)),
            ],
            lang,
        )


# --- build ----------------------------------------------------------------------------------


class ProblemSink(Protocol):
    """Reports a problem with a field of the row (None: the row as a whole)."""

    def __call__(self, field: str | None, message: Text, severity: str = ERROR) -> None: ...


def build(source: SourceRecord, context: BuildContext) -> MeasureRecord:
    """Normalise and validate one source record; the ministry is looked up later (resolve)."""
    cells = Cells(source)
    name = cells.text("measure_name")
    if name is None:
        cells.problem(
            "measure_name", Text(QT_TR_NOOP("施策名が空です。施策名を入力してください。"))
        )
    program, categories = _program_and_categories(source, context, cells.problem)
    ministry, department = _ministry_and_bureau(
        cells.text("ministry"),
        cells.text("department"),
        cells.problem,
    )
    budget_heading = source.where["budget"].column if "budget" in source.where else None
    budget = _budget(cells.raw("fiscal_year"), cells.raw("budget"), cells.problem, budget_heading)
    return MeasureRecord(
        origin=source.origin,
        original=source.original,
        problems=cells.problems,
        measure_name=name or "",
        ministry_written=ministry,
        ministry_where=source.where.get("ministry"),
        department=department,
        contact=cells.text("contact"),
        summary=cells.text("summary"),
        program=program.name if program else None,
        categories=categories,
        budget=budget,
        more_budgets=_noted_shares(budget) if budget is not None else (),
    )


# A ministry and its bureau in one cell: 総務省自治行政局, 国交省 都市局, 内閣府地方創生推進事務局.
_MINISTRY_FIRST = re.compile(r"(?P<ministry>\S+?[省庁府])\s*(?P<bureau>\S.*)", re.DOTALL)


def _ministry_and_bureau(
    ministry: str | None, department: str | None, problem: ProblemSink
) -> tuple[str | None, str | None]:
    """The ministry cell and the department: a bureau written after the ministry's name goes
    to the department (before what the department cell says), and the user is told."""
    if ministry is None or official_ministry(ministry) is not None:
        return ministry, department
    found = _MINISTRY_FIRST.fullmatch(unicodedata.normalize("NFKC", ministry).strip())
    if found is None or official_ministry(found["ministry"]) is None:
        return ministry, department
    bureau = found["bureau"].strip()
    problem(
        "ministry",
        Text(
            QT_TR_NOOP("「{written}」を府省庁「{ministry}」と担当部署「{bureau}」に分けました。"),
            written=ministry,
            ministry=official_ministry(found["ministry"]),
            bureau=bureau,
        ),
        WARNING,
    )
    if department and bureau not in department:
        return found["ministry"], f"{bureau} {department}"
    return found["ministry"], department or bureau


def _program_and_categories(
    source: SourceRecord, context: BuildContext, problem: ProblemSink
) -> tuple[ProgramInfo | None, tuple[str, ...]]:
    """The programme (chosen for the import, the only one, or the one the categories name)
    and the categories of it the row names or marks; a measure may have none."""
    written = source.values.get("categories")
    program = program_named(context.program, context.programs)
    if program is None and context.program:
        problem(
            None,
            Text(
                QT_TR_NOOP("事業「{program}」はありません。登録済みの事業名を指定してください。"),
                program=context.program,
            ),
        )
        return None, ()
    if program is None:
        program = program_by_categories(written, source.categories_marked, context.programs)
    if program is None:
        if normalize.text(written) or source.categories_marked:
            problem(
                "categories",
                Text(
                    QT_TR_NOOP(
                        "分野からどの事業の施策か決められないため、分野は取り込みません。"
                        "取り込むときに事業を指定してください。"
                    )
                ),
                WARNING,
            )
        return None, ()
    found, unknown = normalize.categories(written, program.categories)
    for marked in source.categories_marked:
        if marked not in program.categories:
            unknown.append(marked)
        elif marked not in found:
            found.append(marked)
    if unknown:
        problem(
            "categories",
            Text(
                QT_TR_NOOP("分野「{categories}」は{program}にありません（無視しました）。"),
                categories=Listed(tuple(unknown)),
                program=program.name,
            ),
            WARNING,
        )
    order = {c: i for i, c in enumerate(program.categories)}
    return program, tuple(sorted(found, key=order.__getitem__))


# The head of a budget cell: a fiscal year (令和8年度, R8, 2026年度) and the kind of budget
# (当初, 第3次補正予算, 当初予算（案）), both optional; the amount follows. A bare era year must
# not run into the amount ("R8 1,600億円"), and a Gregorian one needs 年度 (1600億円 is no year).
_BUDGET_HEAD = re.compile(
    r"\s*(?P<year>(?:令和|平成|R|H)\s*(?:\d{1,2}|元)(?![\d,.])\s*(?:年度|年)?|\d{4}\s*年度?)?"
    r"\s*(?P<kind>(?:第\s*\d+\s*次)?\s*(?:当初|補正)?\s*(?:予算)?\s*(?:\(\s*案\s*\))?)"
    r"[\s:・]*",
    re.IGNORECASE,
)
# A bracketed note naming another amount ("（ほか、R2年度第3次補正予算305億円の内数）") says
# nothing about this line's kind, and a trailing note is not part of the amount.
_OTHER_AMOUNT_NOTE = re.compile(r"\([^()]*円[^()]*\)")
_TRAILING_NOTE = re.compile(r"\([^()]*\)\s*$")


# What a budget column's heading may say of all its cells: the year (令和8年度予算額), the kind
# (補正予算額) and the unit of bare numbers (予算額（百万円）).
_HEADING_YEAR = re.compile(r"(?:令和|平成|R|H)\s*(?:\d{1,2}|元)\s*年度|\d{4}\s*年度", re.IGNORECASE)
_HEADING_UNIT = re.compile(r"[(（]\s*(?:単位\s*[:：]?\s*)?(千円|万円|百万円|億円|円)\s*[)）]")
_BARE_AMOUNT = re.compile(r"[\d,.]+")


def _budget(
    year_cell: object, budget_cell: object, problem: ProblemSink, heading: str | None = None
) -> Budget | None:
    """The budget line of a row: the year from the budget cell, else the 年度 column, else the
    column's heading; a bare number in the unit its heading gives."""
    heading_plain = unicodedata.normalize("NFKC", heading or "")
    column_year = _fiscal_year(year_cell, "fiscal_year", problem)
    if column_year is None and (in_heading := _HEADING_YEAR.search(heading_plain)):
        column_year = _fiscal_year(in_heading[0], "budget", problem)
    text = normalize.text(budget_cell)
    if text is None:
        return None
    plain = unicodedata.normalize("NFKC", text)
    unit = _HEADING_UNIT.search(heading_plain)
    if unit is not None and _BARE_AMOUNT.fullmatch(plain.strip()):
        plain = f"{plain.strip()}{unit[1]}"

    head = _BUDGET_HEAD.match(plain)
    assert head is not None  # every part of the head is optional
    written_year = _fiscal_year(head["year"], "budget", problem)
    if written_year and column_year and written_year != column_year:
        problem(
            "budget",
            Text(
                QT_TR_NOOP(
                    "予算額の年度（{written}）が「年度」欄（{column}）と違います。"
                    "予算額に書かれた年度で取り込みます。"
                ),
                written=fiscal_year_words(written_year),
                column=fiscal_year_words(column_year),
            ),
            WARNING,
        )
    year = written_year or column_year
    if year is None:
        problem(
            "budget",
            Text(
                QT_TR_NOOP(
                    "予算額「{budget}」の年度が分からないため、予算額は取り込みません。"
                    "「年度」欄に年度（例: 令和8年度）を入力してください。"
                ),
                budget=text,
            ),
            WARNING,
        )
        return None
    written_kind = _OTHER_AMOUNT_NOTE.sub("", plain) + _OTHER_AMOUNT_NOTE.sub("", heading_plain)
    kind = SUPPLEMENTARY if SUPPLEMENTARY in written_kind else INITIAL
    share_of = share_total(text)
    if share_of is not None:  # 305億円 of which this line is a share is not the line's money
        return Budget(year, kind, None, text, share_of)
    amount = _TRAILING_NOTE.sub("", plain[head.end() :]).strip()
    amount_yen = parse_yen(amount) if amount else None
    if amount_yen is not None and abs(amount_yen) > LARGEST_YEN:
        problem(
            "budget",
            Text(
                QT_TR_NOOP("予算額「{budget}」は大きすぎて扱えません。金額を確かめてください。"),
                budget=text,
            ),
        )
        return None
    return Budget(year, kind, amount_yen, text)


def _noted_shares(budget: Budget) -> tuple[Budget, ...]:
    """The other budgets a note beside the line's own amount names a share of, each a line of
    its own (R2年度第3次補正予算305億円の内数 beside 1億円 of 令和3年度当初): of the note's year
    and kind where it gives them, else the line's. A note of the line's own year and kind stays
    in its text only: a measure has one line per year and kind."""
    shares = []
    for note in noted_shares(budget.text):
        head = _BUDGET_HEAD.match(note)
        assert head is not None  # every part of the head is optional
        year = _fiscal_year(head["year"], "budget", _ignored) or budget.fiscal_year
        kind = SUPPLEMENTARY if SUPPLEMENTARY in head["kind"] else INITIAL
        if (year, kind) != (budget.fiscal_year, budget.kind):
            shares.append(Budget(year, kind, None, note, share_total(note)))
    return tuple(shares)


def _ignored(field: str | None, message: Text, severity: str = ERROR) -> None:
    """A note's year that cannot be read is the line's own: nothing to tell."""


# The largest amount a budget line stores (a 64-bit integer on every database).
LARGEST_YEN = 2**63 - 1


def _fiscal_year(value: object, field: str, problem: ProblemSink) -> int | None:
    text = normalize.text(value)
    if text is None:
        return None
    try:
        return parse_fiscal_year(text)
    except ValidationError as exc:
        problem(field, exc.said)
        return None


# --- resolve --------------------------------------------------------------------------------


def _stored_ministries(
    session: Session, records: Sequence[MeasureRecord]
) -> dict[str, Organization]:
    """Stored ministries and regional bureaus by comparison key, for the names the rows use."""
    keys: set[str] = set()
    for record in records:
        if record.ministry_written:
            keys.add(normalize_for_compare(record.ministry_written))
            official = official_ministry(record.ministry_written)
            if official:
                keys.add(normalize_for_compare(official))
    found: dict[str, Organization] = {}
    if not keys:
        return found
    query = (
        select(Organization)
        .where(Organization.name_key.in_(sorted(keys)), Organization.kind.in_(MINISTRY_KINDS))
        .order_by(Organization.id)
    )
    for org in session.scalars(query):
        found.setdefault(org.name_key, org)
    return found


def _settle_ministry(record: MeasureRecord, stored: dict[str, Organization]) -> None:
    written = record.ministry_written
    if written is None:
        return
    where = record.ministry_where or record.origin
    official = official_ministry(written)
    org = stored.get(normalize_for_compare(written)) or (
        stored.get(normalize_for_compare(official)) if official else None
    )
    if org is not None:
        record.ministry_id, record.ministry_name = org.id, org.name
    elif official is not None:
        record.ministry_name = official
        record.problems.append(
            Problem(
                where,
                Text(
                    QT_TR_NOOP(
                        "府省庁「{ministry}」はまだ登録されていないため、府省庁として新しく登録します。"
                    ),
                    ministry=official,
                ),
                WARNING,
            )
        )
    else:
        record.problems.append(
            Problem(
                where,
                Text(
                    QT_TR_NOOP(
                        "府省庁「{ministry}」は登録されている府省庁・地方支分部局にありません。"
                        "正式な府省庁名（例: 経済産業省）で入力してください（局・課は「担当部署」へ）。"
                    ),
                    ministry=written,
                ),
            )
        )


class _StoredMeasures:
    """Stored measures by the comparison key of their name and of their former names.

    Measures are few (tens to hundreds) and have no stored comparison key, so they are read
    once and compared here.
    """

    def __init__(self, session: Session) -> None:
        self.by_key: dict[str, list[tuple[Candidate, int | None]]] = {}
        rows = session.execute(
            select(
                Measure.id, Measure.name, Measure.aliases, Measure.ministry_id, Organization.name
            )
            .outerjoin(Organization, Measure.ministry_id == Organization.id)
            .order_by(Measure.id)
        )
        for measure_id, name, aliases, ministry_id, ministry in rows:
            label = f"{name}（{ministry}）" if ministry else name
            candidate = Candidate(measure_id, label)
            for key in {normalize_for_compare(n) for n in [name, *aliases]}:
                self.by_key.setdefault(key, []).append((candidate, ministry_id))

    def match(self, record: MeasureRecord) -> list[Candidate]:
        found = self.by_key.get(normalize_for_compare(record.measure_name), [])
        if record.ministry_name is None:  # no ministry given: any ministry's measure of that name
            return [c for c, _ministry in found]
        if record.ministry_id is None:  # a ministry new to the database has no measures yet
            return []
        return [c for c, ministry in found if ministry == record.ministry_id]


def resolve(
    session: Session,
    records: list[MeasureRecord],
    on_duplicate: str,
    _earlier: Sequence[ImportRecord] = (),
) -> None:
    """Settle each row's ministry and find the stored measures it may be."""
    live = [r for r in records if not r.rejected]
    ministries = _stored_ministries(session, live)
    for record in live:
        _settle_ministry(record, ministries)
    measures = _StoredMeasures(session)
    for record in live:
        if not record.rejected:
            settle(record, measures.match(record), on_duplicate)
    _merge_budget_rows(live)
    reject_repeats(
        records,
        lambda r: None if r.merged_into else _same_measure(r),
        QT_TR_NOOP("同じ府省庁の同じ施策"),
    )


def _same_measure(record: MeasureRecord) -> tuple[str, str]:
    return (
        normalize_for_compare(record.ministry_name or record.ministry_written or ""),
        normalize_for_compare(record.measure_name),
    )


def _merge_budget_rows(records: Sequence[MeasureRecord]) -> None:
    """A measure on several rows, each with another year's or kind's budget (当初 and 補正):
    one measure with every budget line, the blanks of the first row filled from the others.
    Rows giving the same budget line twice stay apart (and are refused as a repeat)."""
    groups: dict[tuple[str, str], list[MeasureRecord]] = {}
    for record in records:
        if not record.rejected:
            groups.setdefault(_same_measure(record), []).append(record)
    for group in groups.values():
        first = group[0]
        merged = [first]
        for other in group[1:]:
            lines = {(b.fiscal_year, b.kind) for b in (first.budget, *first.more_budgets) if b}
            if other.budget is None or (other.budget.fiscal_year, other.budget.kind) in lines:
                continue
            first.more_budgets = (
                *first.more_budgets,
                other.budget,
                *(b for b in other.more_budgets if (b.fiscal_year, b.kind) not in lines),
            )
            for name in ("department", "contact", "summary", "program"):
                if getattr(first, name) is None:
                    setattr(first, name, getattr(other, name))
            first.categories = (
                *first.categories,
                *(c for c in other.categories if c not in first.categories),
            )
            other.merged_into = first.origin
            merged.append(other)
        if len(merged) > 1:
            rows = ", ".join(str(r.origin.row or "") for r in merged)
            note = Text(MERGED_ROWS, count=len(merged), rows=rows)
            for record in merged:
                record.problems.append(Problem(record.origin, note, WARNING))


# --- write ----------------------------------------------------------------------------------


def write(session: Session, records: list[MeasureRecord], counts: dict[str, int]) -> None:
    """Add or update what the accepted rows say (the caller's transaction, no autoflush)."""
    programs = {
        p.name: p
        for p in session.scalars(select(Program).options(selectinload(Program.categories)))
    }
    new_ministries: dict[str, Organization] = {}
    for record in (r for r in records if r.merged_into is None):  # merged: written with its row
        ministry = _ministry(session, record, new_ministries, counts)
        program = programs[record.program] if record.program else None
        categories = (
            [c for c in program.categories if c.name in record.categories] if program else []
        )
        if record.action == "create" or record.chosen_id is None:
            _create(session, record, ministry, program, categories)
            count(counts, "施策（新規）")
        elif _update(
            session.get_one(Measure, record.chosen_id), record, ministry, program, categories
        ):
            count(counts, "施策（更新）")


def _ministry(
    session: Session,
    record: MeasureRecord,
    created: dict[str, Organization],
    counts: dict[str, int],
) -> Organization | None:
    """The row's ministry: a stored one, or one created once however many rows name it."""
    if record.ministry_id is not None:
        return session.get_one(Organization, record.ministry_id)
    if record.ministry_name is None:
        return None
    if record.ministry_name not in created:
        org = Organization(kind="ministry", name=record.ministry_name)
        session.add(org)
        created[record.ministry_name] = org
        count(counts, "府省庁（新規）")
    return created[record.ministry_name]


def _budget_line(budget: Budget) -> BudgetLine:
    return BudgetLine(
        fiscal_year=budget.fiscal_year,
        kind=budget.kind,
        amount_yen=budget.amount_yen,
        text=budget.text,
        share_of=budget.share_of,
    )


def _create(
    session: Session,
    record: MeasureRecord,
    ministry: Organization | None,
    program: Program | None,
    categories: list[Category],
) -> None:
    session.add(
        Measure(
            name=record.measure_name,
            ministry=ministry,
            program=program,
            department=record.department,
            contact=record.contact,
            summary=record.summary,
            categories=categories,
            budget_lines=[
                _budget_line(b) for b in (record.budget, *record.more_budgets) if b is not None
            ],
        )
    )


def _update(
    measure: Measure,
    record: MeasureRecord,
    ministry: Organization | None,
    program: Program | None,
    categories: list[Category],
) -> bool:
    """Fill the measure's empty fields, or overwrite them ("update"); True if anything changed.

    A budget line that was there is changed in place, never deleted and added again: undo
    restores updated rows, and a deleted one would be lost.
    """
    overwrite = record.action == "update"
    values = {
        "ministry": ministry,
        "program": program,
        "department": record.department,
        "contact": record.contact,
        "summary": record.summary,
    }
    changed = merge_values(measure, values, overwrite)
    if categories:
        wanted = categories if overwrite else _merged(measure.categories, categories)
        if {c.id for c in wanted} != {c.id for c in measure.categories}:
            measure.categories = wanted
            changed = True
    for budget in (record.budget, *record.more_budgets):
        changed = _apply_budget(measure, budget, overwrite) or changed
    return changed


def _merged(current: list[Category], added: list[Category]) -> list[Category]:
    return [*current, *(c for c in added if c not in current)]


def _apply_budget(measure: Measure, budget: Budget | None, overwrite: bool) -> bool:
    if budget is None:
        return False
    line = next(
        (
            b
            for b in measure.budget_lines
            if (b.fiscal_year, b.kind) == (budget.fiscal_year, budget.kind)
        ),
        None,
    )
    if line is None:
        measure.budget_lines.append(_budget_line(budget))
        return True
    written = (budget.amount_yen, budget.text, budget.share_of)
    if not overwrite or (line.amount_yen, line.text, line.share_of) == written:
        return False
    line.amount_yen, line.text, line.share_of = written
    return True


KIND: ImportKind[MeasureRecord] = ImportKind(
    name="measures",
    label=QT_TR_NOOP("支援策一覧"),
    label_en="Support measure list",
    order=20,
    becomes="support measures with ministry, categories, budget line",
    matched_by="measure name (and ministry)",
    # What ministries' own lists call their columns, besides the program's own headings.
    headings=(
        Heading(
            "measure_name",
            ("施策名", "支援策名", "事業名（施策）", "施策名称", "支援策の名称", "施策・事業名"),
        ),
        Heading(
            "ministry",
            (
                "府省庁",
                "府省庁名",
                "所管府省庁",
                "省庁",
                "所管",
                "所管省庁",
                "所管府省",
                "担当府省庁",
                "担当府省",
                "担当省庁",
                "府省名",
            ),
        ),
        Heading(
            "department",
            (
                *headings.DEPARTMENT.synonyms,
                "担当部局",
                "所管部局",
                "担当局課",
                "所管課",
                "担当課室",
            ),
        ),
        headings.CATEGORIES,
        Heading(
            "summary",
            (*headings.SUMMARY.synonyms, "事業概要", "施策概要", "支援内容", "支援の内容"),
        ),
        Heading("fiscal_year", ("年度", "予算年度")),
        Heading("budget", ("予算額", "予算", "金額", "予算額（案）", "当初予算額", "補正予算額")),
        Heading("contact", ("問合せ先", "問い合わせ先", "連絡先", "お問い合わせ先", "問合せ窓口")),
    ),
    required=frozenset({"measure_name"}),
    record=MeasureRecord,
    stored_in=(
        ("measure_name", "measure_name", "measure.name"),
        ("ministry_written", "ministry", "organization.name"),
        ("department", "department", "measure.department"),
    ),
    build=build,
    resolve=resolve,
    write=write,
    forms=(FormReading("measure"),),
)
