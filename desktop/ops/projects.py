"""協議会 tab, 選定事業: selected projects, their support terms and continuation applications."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.errors import ValidationError
from db.models import Continuation, Program, Project, ProjectProposer
from db.vocab import CONTINUATION_RESULTS, label
from desktop import settings
from desktop.catalogue import QT_TR_NOOP, Text
from desktop.ops.common import (
    clean,
    day_in_words,
    editable,
    fetch,
    find_or_create_organization,
    optional_date,
    parse_count,
    parse_fiscal_year,
    required,
    split_names,
)
from desktop.rules.councils import serves_on
from desktop.rules.organizations import unique
from desktop.rules.support_terms import (
    Application,
    continuation_deadline,
    support_term,
)


@dataclass(frozen=True)
class ProjectRow:
    """A project and its support term as values: fiscal years as numbers, the status and the
    latest application as marked words of the rules (the window and the sheets spell them)."""

    id: int
    number: int | None
    title: str
    proposers: tuple[str, ...]
    program: str
    selected_fiscal_year: int
    term_end_fiscal_year: int
    status: str  # 支援前 / 支援中 / 延長中 / 今年度末で終了予定 / 終了, marked for translation
    technologies: tuple[str, ...]
    continuation: str  # the latest 継続申請 on the date: "", 審査中, 承認, 不承認 (marked)
    continuation_deadline: dt.date | None  # set when an application is due and none was made
    continuation_overdue: bool  # due, and the deadline has passed
    # The deadline is the app's own default, not one the office set: no source gives it.
    deadline_is_default: bool = False

    @property
    def continuation_note(self) -> Text:
        """承認, or 未申請（期限 令和3年11月30日）, with 期限超過 when late and 既定値 when the
        deadline is the app's default."""
        if self.continuation_deadline is None:
            return Text(self.continuation)
        day = day_in_words(self.continuation_deadline)
        if self.deadline_is_default:
            if self.continuation_overdue:
                return Text(QT_TR_NOOP("未申請（期限 {day}〔既定値〕・期限超過）"), day=day)
            return Text(QT_TR_NOOP("未申請（期限 {day}〔既定値〕）"), day=day)
        if self.continuation_overdue:
            return Text(QT_TR_NOOP("未申請（期限 {day}・期限超過）"), day=day)
        return Text(QT_TR_NOOP("未申請（期限 {day}）"), day=day)


@dataclass(frozen=True)
class ContinuationRow:
    id: int
    submitted_on: dt.date | None
    decided_on: dt.date | None
    result: str  # a code of CONTINUATION_RESULTS

    @property
    def note(self) -> Text:
        """継続申請 令和3年11月1日提出 令和3年12月17日決定 承認"""
        submitted = self.submitted_on
        decided = self.decided_on
        return Text(
            QT_TR_NOOP("継続申請{submitted}{decided} {result}"),
            submitted=Text(QT_TR_NOOP(" {day}提出"), day=day_in_words(submitted))
            if submitted
            else "",
            decided=Text(QT_TR_NOOP(" {day}決定"), day=day_in_words(decided)) if decided else "",
            result=Text(label(CONTINUATION_RESULTS, self.result)),
        )


@dataclass(frozen=True)
class ProjectDetail:
    id: int
    version: int
    program_id: int
    program: str
    number: int | None
    title: str
    proposers: tuple[str, ...]
    selected_fiscal_year: int
    summary: str
    continuations: tuple[ContinuationRow, ...]
    councils: tuple[tuple[int, str], ...]
    onsite_leads: tuple[str, ...]  # 現地支援責任者 serving today on its councils


def _applications(project: Project) -> list[Application]:
    return [Application(c.result, c.submitted_on, c.decided_on) for c in project.continuations]


def list_projects(
    session: Session,
    as_of: dt.date | None = None,
    deadline: tuple[int, int] | None = None,
) -> list[ProjectRow]:
    """Every project with its support term as known on `as_of` (default today).

    `deadline` is the (month, day) a continuation application is due in the term's last year
    (default: the settings' continuation_deadline).
    """
    today = as_of or dt.date.today()
    month_day = deadline or settings.get(settings.CONTINUATION_DEADLINE)
    default_deadline = deadline is None and not settings.chosen(settings.CONTINUATION_DEADLINE)
    projects = session.scalars(
        select(Project)
        .options(
            selectinload(Project.program),
            selectinload(Project.proposer_links).selectinload(ProjectProposer.organization),
            selectinload(Project.continuations),
            selectinload(Project.categories),
        )
        .order_by(Project.selected_fiscal_year, Project.number, Project.id)
    ).all()
    rows = []
    for p in projects:
        term = support_term(p.selected_fiscal_year, _applications(p), today)
        due = (
            continuation_deadline(term.term_end_fiscal_year, month_day)
            if term.continuation_due
            else None
        )
        rows.append(
            ProjectRow(
                id=p.id,
                number=p.number,
                title=p.title,
                proposers=tuple(o.name for o in p.proposers),
                program=p.program.name,
                selected_fiscal_year=p.selected_fiscal_year,
                term_end_fiscal_year=term.term_end_fiscal_year,
                status=term.status,
                technologies=tuple(c.name for c in p.categories),
                continuation=term.continuation,
                continuation_deadline=due,
                continuation_overdue=due is not None and today > due,
                deadline_is_default=default_deadline,
            )
        )
    return rows


def _continuation_row(c: Continuation) -> ContinuationRow:
    return ContinuationRow(c.id, c.submitted_on, c.decided_on, c.result)


def get_project(session: Session, project_id: int) -> ProjectDetail:
    p = fetch(session, Project, project_id)
    return ProjectDetail(
        id=p.id,
        version=p.version,
        program_id=p.program_id,
        program=p.program.name,
        number=p.number,
        title=p.title,
        proposers=tuple(o.name for o in p.proposers),
        selected_fiscal_year=p.selected_fiscal_year,
        summary=p.summary or "",
        continuations=tuple(_continuation_row(c) for c in p.continuations),
        councils=tuple((c.id, c.name) for c in p.councils),
        onsite_leads=tuple(
            " ".join(part for part in (m.post, m.person.name if m.person else None) if part)
            for c in p.councils
            for m in c.memberships
            if m.role == "onsite_lead" and serves_on(m, dt.date.today())
        ),
    )


@dataclass(frozen=True)
class ProjectInput:
    program_id: int
    title: str
    proposers: str
    selected_fiscal_year: str
    summary: str = ""
    number: str = ""
    id: int | None = None
    version: int | None = None


def save_project(session: Session, data: ProjectInput) -> int:
    title = required(data.title, "title", QT_TR_NOOP("提案タイトル"))
    names = unique(split_names(data.proposers))
    if not names:
        raise ValidationError(QT_TR_NOOP("提案者（地方公共団体）を入力してください。"), "proposers")
    fiscal_year = parse_fiscal_year(data.selected_fiscal_year, "selected_fiscal_year")
    number = parse_count(data.number, "number", QT_TR_NOOP("番号")) if clean(data.number) else None
    program = fetch(session, Program, data.program_id)
    project = editable(
        session,
        Project,
        data.id,
        data.version,
        program=program,
        title=title,
        selected_fiscal_year=fiscal_year,
    )
    project.program = program
    project.title = title
    project.selected_fiscal_year = fiscal_year
    project.number = number
    project.summary = clean(data.summary)
    current = [link.organization.name for link in project.proposer_links]
    if current != names:
        project.proposer_links.clear()
        session.flush()
        for order, name in enumerate(names, start=1):
            # A proposer not yet known is added as その他; the user sets its kind and code later.
            org = find_or_create_organization(session, name)
            project.proposer_links.append(ProjectProposer(organization=org, order=order))
    session.flush()
    return project.id


@dataclass(frozen=True)
class ContinuationInput:
    """A 継続申請 as the user enters it: dates in wareki or Gregorian, result by key."""

    project_id: int
    submitted_on: str
    decided_on: str = ""
    result: str = "pending"
    id: int | None = None
    # The project's version when the form was opened: a continuation recorded (or decided)
    # meanwhile by someone else raised it, and this save is then refused as stale.
    project_version: int | None = None


def save_continuation(session: Session, data: ContinuationInput) -> int:
    """Record a continuation application, or its decision; returns its id."""
    if data.result not in CONTINUATION_RESULTS:
        raise ValidationError(QT_TR_NOOP("審査結果を選んでください。"), "result")
    submitted = optional_date(data.submitted_on, "submitted_on")
    decided = optional_date(data.decided_on, "decided_on")
    if data.result in ("approved", "rejected") and decided is None:
        raise ValidationError(
            QT_TR_NOOP("承認・不承認には決定日を入力してください。"), "decided_on"
        )
    if data.result == "pending" and decided is not None:
        raise ValidationError(
            QT_TR_NOOP("決定日を入れたときは、審査結果（承認・不承認）も選んでください。"), "result"
        )
    if submitted and decided and decided < submitted:
        raise ValidationError(QT_TR_NOOP("決定日が提出日より前になっています。"), "decided_on")
    # Locked: two PCs recording the first continuation at once take turns, the second sees it.
    project = fetch(session, Project, data.project_id, data.project_version, lock=True)
    if data.id is None:
        others = [c for c in project.continuations if c.result != "rejected"]
        if others:
            raise ValidationError(
                QT_TR_NOOP(
                    "この事業には継続申請がすでにあります（延長は一度、最長5年度まで）。"
                    "結果を記録するときは、その申請を選んで編集してください。"
                ),
                "submitted_on",
            )
        continuation = Continuation(project=project)
        session.add(continuation)
    else:
        continuation = fetch(session, Continuation, data.id)
    continuation.submitted_on = submitted
    continuation.decided_on = decided
    continuation.result = data.result
    session.flush()
    return continuation.id
