"""`secdesk demo`: load the demo dataset (db.demo_facts, transcribed from the seeds), then the
fictitious sample set (db.demo_sample, marked 架空のサンプル) that makes every feature show.

Everything goes in through the ORM in one transaction, so the audit log records it and a
failure leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from db import demo_facts as facts
from db.audit import DEMO_USER, current_user
from db.database import Database
from db.demo_sample import load_sample
from db.models import (
    AuditEntry,
    BudgetLine,
    Category,
    Continuation,
    Council,
    EventSeries,
    EventSession,
    Measure,
    MeasureSelection,
    Membership,
    Milestone,
    Organization,
    Program,
    Project,
    ProjectProposer,
    PublishedFigure,
    Registration,
    RegistrationCount,
)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _time(value: str | None) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None


class _Loader:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.organizations: dict[str, Organization] = {}
        self.programs: dict[str, Program] = {}
        self.categories: dict[tuple[str, str], Category] = {}
        self.projects: dict[str, Project] = {}
        self.councils: dict[str, Council] = {}
        self.measures: dict[str, Measure] = {}

    def org(self, name: str) -> Organization:
        return self.organizations[name]

    def cats(self, program_key: str | None, names: list[str]) -> list[Category]:
        return [self.categories[(program_key or "", name)] for name in names]

    def load_organizations(self) -> None:
        for row in facts.ORGANIZATIONS:
            org = Organization(
                kind=row["kind"],
                name=row["name"],
                kana=row.get("kana"),
                lg_code=row.get("lg_code"),
                note=row.get("note"),
            )
            self.organizations[row["name"]] = org
            self.session.add(org)
        for row in facts.ORGANIZATIONS:
            if row.get("parent"):
                self.org(row["name"]).parent = self.org(row["parent"])

    def load_programs(self) -> None:
        for row in facts.PROGRAMS:
            program = Program(
                name=row["name"],
                category_label=row["category_label"],
                description=row.get("description"),
            )
            for cat in row["categories"]:
                category = Category(name=cat["name"], group=cat.get("group"), order=cat["order"])
                program.categories.append(category)
                self.categories[(row["key"], cat["name"])] = category
            self.programs[row["key"]] = program
            self.session.add(program)

    def load_milestones_and_counts(self) -> None:
        for row in facts.MILESTONES:
            self.session.add(
                Milestone(
                    program=self.programs.get(row["program"]),
                    date=_date(row["date"]),
                    label=row["label"],
                    note=row.get("note"),
                )
            )
        for row in facts.REGISTRATION_COUNTS:
            self.session.add(
                RegistrationCount(
                    program=self.programs[row["program"]],
                    as_of=_date(row["as_of"]),
                    role=row["role"],
                    count=row["count"],
                    unit=row["unit"],
                )
            )

    def load_published_figures(self) -> None:
        for row in facts.PUBLISHED_FIGURES:
            self.session.add(
                PublishedFigure(
                    program=self.programs[row["program"]],
                    published_on=_date(row["published_on"]),
                    kind=row["kind"],
                    fiscal_year=row.get("fiscal_year"),
                    ended_after=row.get("ended_after"),
                    count=row["count"],
                    source=row.get("source"),
                )
            )

    def load_projects(self) -> None:
        for row in facts.PROJECTS:
            project = Project(
                program=self.programs[row["program"]],
                number=row.get("no"),
                title=row["title"],
                selected_fiscal_year=row["selected_fiscal_year"],
                summary=row.get("summary"),
                categories=self.cats(row["program"], row.get("categories") or []),
            )
            for order, name in enumerate(row["proposers"], start=1):
                project.proposer_links.append(
                    ProjectProposer(organization=self.org(name), order=order)
                )
            for cont in row.get("continuations") or []:
                project.continuations.append(
                    Continuation(
                        submitted_on=_date(cont.get("submitted_on")),
                        decided_on=_date(cont.get("decided_on")),
                        result=cont["result"],
                    )
                )
            self.projects[row["title"]] = project
            self.session.add(project)

    def load_councils(self) -> None:
        for row in facts.COUNCILS:
            council = Council(
                name=row["name"],
                kind=row["kind"],
                established_on=_date(row.get("established_on")),
                note=row.get("note"),
                project=self.projects[row["project"]] if row.get("project") else None,
                parent=self.councils[row["parent"]] if row.get("parent") else None,
            )
            for order, member in enumerate(row["members"], start=1):
                council.memberships.append(self._membership(member, order))
            self.councils[row["name"]] = council
            self.session.add(council)

    def _membership(self, member: dict[str, Any], default_order: int) -> Membership:
        if member.get("person"):
            raise ValueError("the demo facts name no people; extend the loader first")
        return Membership(
            role=member["role"],
            post=member.get("post"),
            group_name=member.get("group"),
            order=member.get("order") or default_order,
            organization=self.org(member["organization"]) if member.get("organization") else None,
            note=member.get("note"),
        )

    def load_events(self) -> None:
        for row in facts.EVENT_SERIES:
            series = EventSeries(
                name=row["name"],
                fiscal_year=row.get("fiscal_year"),
                program=self.programs.get(row.get("program") or ""),
                eligibility=row.get("eligibility"),
                note=row.get("note"),
            )
            for s in row["sessions"]:
                series.sessions.append(
                    EventSession(
                        number=s["number"],
                        theme=s.get("theme"),
                        date=_date(s.get("date")),
                        start_time=_time(s.get("start")),
                        end_time=_time(s.get("end")),
                        format=s.get("format"),
                        eligibility=s.get("eligibility"),
                        note=s.get("note"),
                    )
                )
            self.session.add(series)

    def load_measures(self) -> None:
        by_mark: dict[str, Measure] = {}
        for row in facts.MEASURES:
            measure = Measure(
                name=row["name"],
                ministry=self.org(row["ministry"]) if row.get("ministry") else None,
                department=row.get("department"),
                program=self.programs.get(row.get("program") or ""),
                summary=row.get("summary"),
                support=row.get("support"),
                contact=row.get("contact"),
                mark=row.get("mark"),
                aliases=list(row.get("aliases") or []),
                past_selections=row.get("past_selections"),
                legend_name=row.get("legend_name"),
                legend_note=row.get("legend_note"),
                categories=self.cats(row.get("program"), row.get("categories") or []),
            )
            for line in row.get("budget_lines") or []:
                measure.budget_lines.append(
                    BudgetLine(
                        fiscal_year=line["fiscal_year"],
                        kind=line["kind"],
                        amount_yen=line.get("amount_yen"),
                        text=line.get("text"),
                        share_of=line.get("share_of"),
                    )
                )
            if measure.mark:
                by_mark[measure.mark] = measure
            self.measures[row["name"]] = measure
            self.session.add(measure)
        for sel in facts.MEASURE_SELECTIONS:
            orgs = [self.org(name) for name in sel.get("organizations") or []]
            for past, marks in ((False, sel.get("selected") or []), (True, sel.get("past") or [])):
                for mark in marks:
                    by_mark[mark].selections.append(
                        MeasureSelection(
                            item_no=sel.get("no"),
                            area=sel["area"],
                            fiscal_year=None if past else sel.get("fiscal_year"),
                            past=past,
                            organizations=list(orgs),
                        )
                    )

    def load_registrations(self) -> None:
        # A 連携先 cell may name several bodies ("MBTコンソーシアム・奈良県立医科大学"): each of
        # them is a partner in its own right, with the same 連携概要.
        for row in facts.REGISTRATIONS:
            for name in [row["organization"], *(row.get("also") or [])]:
                self.session.add(
                    Registration(
                        organization=self.org(name),
                        program=self.programs[row["program"]],
                        role=row["role"],
                        categories=self.cats(row["program"], row.get("categories") or []),
                        summary=row.get("summary"),
                        received_on=_date(row.get("received_on")),
                        status=row.get("status") or "received",
                        publish_consent=True,
                    )
                )


def load_demo(
    database: Database, today: dt.date | None = None, *, sample: bool = True
) -> dict[str, int]:
    """Load every demo fact and, unless `sample` is off, the fictitious sample (dated from
    `today`, default the day it is made) in one transaction; returns counts for the user."""
    token = current_user.set(DEMO_USER)
    try:
        _load(database, (today or dt.date.today()) if sample else None)
    finally:
        current_user.reset(token)
    return counts(database)


def holds_demo(database: Database) -> bool:
    """Whether the demo was loaded into this database (its records may still be there)."""
    from sqlalchemy import select

    with database.sessions() as session:
        found = session.scalar(
            select(AuditEntry.id).where(AuditEntry.user.startswith(DEMO_USER)).limit(1)
        )
    return found is not None


def _load(database: Database, sample_day: dt.date | None) -> None:
    with database.transaction() as session:
        loader = _Loader(session)
        loader.load_organizations()
        loader.load_programs()
        loader.load_milestones_and_counts()
        loader.load_projects()
        loader.load_published_figures()
        loader.load_councils()
        loader.load_events()
        loader.load_measures()
        loader.load_registrations()
        if sample_day is not None:
            session.flush()
            load_sample(session, sample_day)


def counts(database: Database) -> dict[str, int]:
    """How many records of each kind the database holds, for the user's confirmation."""
    from sqlalchemy import func, select

    models = {
        "団体": Organization,
        "事業": Program,
        "選定事業": Project,
        "会議": Council,
        "行事": EventSeries,
        "支援策": Measure,
        "登録": Registration,
    }
    with database.sessions() as session:
        return {
            label: session.scalar(select(func.count()).select_from(model)) or 0
            for label, model in models.items()
        }
