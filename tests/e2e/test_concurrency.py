"""No lost update: several processes (several PCs) editing the same and different records of
one database at once, on SQLite (one file) and on PostgreSQL."""

from __future__ import annotations

import itertools
import multiprocessing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, selectinload

from db.audit import log_inserts
from db.check import run_checks
from db.database import Database
from db.engine import open_database
from db.errors import ConflictError, ValidationError
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
    Organization,
    Participant,
    Person,
    Program,
    Project,
    ProjectProposer,
    Registration,
)
from desktop.ops.participants import ParticipantInput, add_participant, set_status
from desktop.ops.projects import ContinuationInput, ProjectInput, save_continuation, save_project
from desktop.ops.registrations import RegistrationInput, save_registration
from tests.helpers.concurrent_writer import (
    Application,
    WriterReport,
    apply_together,
    save_fields_together,
    write,
)
from tests.helpers.schema_versions import database_at_revision, demo_at_revision

WRITERS = 4
ROUNDS = 8


def _run_writer(queue: Any, *args: Any) -> None:
    queue.put(write(*args))


@dataclass(frozen=True)
class Outcome:
    writers: int
    saves: int
    conflicts: int
    lost: int


def run_writers(url: str, shared: list[int], own: list[int], rounds: int) -> list[WriterReport]:
    """The writers, each in its own process, all started together."""
    context = multiprocessing.get_context("spawn")  # a fresh interpreter, like another PC
    barrier = context.Barrier(len(own), timeout=120)
    queue = context.Queue()
    processes = [
        context.Process(target=_run_writer, args=(queue, url, k, shared, own[k], rounds, barrier))
        for k in range(len(own))
    ]
    for process in processes:
        process.start()
    reports = [queue.get(timeout=300) for _ in processes]
    for process in processes:
        process.join(timeout=60)
    return reports


def check_nothing_lost(database: Database, reports: list[WriterReport]) -> Outcome:
    """Every save is in the record's final text once, and in the audit log."""
    with database.sessions() as session:
        notes = {i: n for i, n in session.execute(select(Organization.id, Organization.note))}
        updates = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.table_name == "organization", AuditEntry.action == "update")
        )
    saved = [s for r in reports for s in r.saved]
    lost = sum(1 for org, token in saved if (notes[org] or "").split().count(token) != 1)
    assert updates == len(saved)
    return Outcome(len(reports), len(saved), sum(r.conflicts for r in reports), lost)


def test_writers_editing_the_same_and_different_records_lose_nothing(
    any_demo_db: Database, any_demo_url: str
) -> None:
    with any_demo_db.sessions() as session:
        ids = session.scalars(select(Organization.id).order_by(Organization.id).limit(6)).all()
    shared, own = list(ids[:2]), list(ids[2 : 2 + WRITERS])

    reports = run_writers(any_demo_url, shared, own, ROUNDS)

    assert [e for r in reports for e in r.errors] == []
    outcome = check_nothing_lost(any_demo_db, reports)
    print(outcome)  # the figures the README reports (pytest -s)
    assert outcome.saves == WRITERS * ROUNDS * 2 and outcome.lost == 0
    # Each round, all writers saved the shared record from the same version: all but one of
    # them must have been told so (and then some, as the retries meet each other).
    assert outcome.conflicts >= ROUNDS * (WRITERS - 1)
    check = open_database(any_demo_url, create=False)
    try:
        assert run_checks(check) == []
    finally:
        check.close()


# --- A change of a record's links is a change of the record ---------------------------------


def _registration_with_choices(database: Database) -> tuple[Registration, list[int]]:
    """A stored registration and ids of its programme's categories it has not (three or more)."""
    with database.sessions() as session:
        registration = session.scalars(
            select(Registration)
            .join(Registration.program)
            .where(Program.categories.any())
            .order_by(Registration.id)
            .options(selectinload(Registration.categories))
        ).first()
        assert registration is not None
        current = {c.id for c in registration.categories}
        choices = [c.id for c in registration.program.categories if c.id not in current]
        assert len(choices) >= 3
        session.expunge(registration)
        return registration, choices


def _save_fields(database: Database, reg: Registration, version: int, fields: list[int]) -> None:
    data = RegistrationInput(
        organization_id=reg.organization_id,
        program_id=reg.program_id,
        role=reg.role,
        category_ids=tuple(fields),
        summary=reg.summary or "",
        status=reg.status,
        publish_consent=reg.publish_consent,
        id=reg.id,
        version=version,
    )
    with database.transaction() as session:
        save_registration(session, data)


def _version(database: Database, model: type[Any], row_id: int) -> int:
    with database.sessions() as session:
        version: int = session.get_one(model, row_id).version
        return version


def test_a_registration_saved_after_a_colleague_changed_only_its_fields_is_refused(
    any_demo_db: Database,
) -> None:
    reg, choices = _registration_with_choices(any_demo_db)
    opened = reg.version  # two people open the same registration
    _save_fields(any_demo_db, reg, opened, choices[:1])  # one changes only its 分野

    assert _version(any_demo_db, Registration, reg.id) > opened
    with pytest.raises(ConflictError, match="別の操作で変更されています"):
        _save_fields(any_demo_db, reg, opened, choices[1:3])  # the other saves what they saw
    with any_demo_db.sessions() as session:
        kept = session.get_one(Registration, reg.id).categories
        assert [c.id for c in kept] == choices[:1]


def test_a_project_saved_after_a_colleague_changed_only_its_proposers_is_refused(
    any_demo_db: Database,
) -> None:
    with any_demo_db.sessions() as session:
        project = session.scalars(select(Project).order_by(Project.id)).first()
        assert project is not None
        names = "、".join(o.name for o in project.proposers)
        fields = (project.id, project.version, project.program_id, project.title)
        year, number = str(project.selected_fiscal_year), str(project.number or "")
        summary = project.summary or ""
    project_id, opened, program_id, title = fields

    def save(proposers: str) -> None:
        data = ProjectInput(
            program_id, title, proposers, year, summary, number, id=project_id, version=opened
        )
        with any_demo_db.transaction() as session:
            save_project(session, data)

    save(f"{names}、共同提案市")
    assert _version(any_demo_db, Project, project_id) > opened
    with pytest.raises(ConflictError, match="別の操作で変更されています"):
        save(names)
    with any_demo_db.sessions() as session:
        proposers = session.get_one(Project, project_id).proposers
        assert [o.name for o in proposers][-1] == "共同提案市"


def _run_in_processes(target: Any, args_per_pc: list[tuple[Any, ...]]) -> list[Any]:
    """target(*args, barrier) in one process per PC (a fresh interpreter, like another PC),
    all sharing one barrier; what each returned, in the order of the PCs."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(args_per_pc), timeout=120)
    queue = context.Queue()
    processes = [
        context.Process(target=_report, args=(queue, k, target, *args, barrier))
        for k, args in enumerate(args_per_pc)
    ]
    for process in processes:
        process.start()
    by_pc = dict(queue.get(timeout=600) for _ in processes)
    for process in processes:
        process.join(timeout=60)
    return [by_pc[k] for k in range(len(args_per_pc))]


def _report(queue: Any, k: int, target: Any, *args: Any) -> None:
    queue.put((k, target(*args)))


def test_pcs_saving_only_a_registrations_fields_at_once_are_told_all_but_one(
    any_demo_db: Database, any_demo_url: str
) -> None:
    """Each round all PCs open the registration, then save different 分野 together: exactly
    one save goes in, every other is told of the conflict (none silently overwrites it)."""
    reg, choices = _registration_with_choices(any_demo_db)
    # Every save a real change: each PC's 分野 of each round differ from all others (a save
    # that changes nothing is no conflict: it may go in whatever was saved before it).
    distinct = [*itertools.combinations(choices, 1), *itertools.combinations(choices, 2)]
    pcs = WRITERS
    assert len(distinct) >= pcs * ROUNDS
    per_pc = _run_in_processes(
        save_fields_together,
        [(any_demo_url, reg.id, distinct[k::pcs][:ROUNDS]) for k in range(pcs)],
    )

    rounds = [sorted(outcomes) for outcomes in zip(*per_pc, strict=True)]
    held = sum(r == ["conflict"] * (pcs - 1) + ["saved"] for r in rounds)
    print(f"分野 saved by {pcs} PCs at once: {held}/{ROUNDS} rounds held")  # for the README
    assert rounds == [["conflict"] * (pcs - 1) + ["saved"]] * ROUNDS
    assert _version(any_demo_db, Registration, reg.id) == reg.version + ROUNDS


def test_every_change_of_links_and_parts_raises_the_records_version(
    any_demo_db: Database,
) -> None:
    """Technologies, continuations, a measure's fields, budget and selected areas, a council's
    members: each change, alone, raises the owning record's version (the imports and the
    duplicate merge change them through the same session)."""
    with any_demo_db.sessions() as session:
        # A project with no continuation yet: the test records its first one.
        project_id = session.scalars(
            select(Project.id).where(~Project.continuations.any()).order_by(Project.id)
        ).first()
        measure_id = session.scalars(select(Measure.id).order_by(Measure.id)).first()
        org_id = session.scalars(
            select(Organization.id).where(
                ~Organization.id.in_(select(ProjectProposer.organization_id))
            )
        ).first()
        council_id = session.scalars(
            select(Council.id).where(Council.memberships.any()).order_by(Council.id)
        ).first()
        assert project_id and measure_id and council_id and org_id
    changes: list[tuple[type[Any], int, Callable[[Session], object]]] = [
        (Project, project_id, lambda s: _toggle_field(s, s.get_one(Project, project_id))),
        (
            Project,
            project_id,
            lambda s: save_continuation(s, ContinuationInput(project_id, "令和5年1月10日")),
        ),
        (Measure, measure_id, lambda s: _toggle_field(s, s.get_one(Measure, measure_id))),
        (
            Measure,
            measure_id,
            lambda s: _add_part(
                s.get_one(Measure, measure_id),
                "budget_lines",
                BudgetLine(fiscal_year=2030, kind="当初", text="1億円"),
            ),
        ),
        (
            Measure,
            measure_id,
            lambda s: _add_part(
                s.get_one(Measure, measure_id),
                "selections",
                MeasureSelection(area="新しい地域", fiscal_year=2030),
            ),
        ),
        (Council, council_id, lambda s: _retitle_first_member(s, council_id)),
        (  # as the merge of two organizations re-links a proposal: by ids only
            Project,
            project_id,
            lambda s: s.add(ProjectProposer(project_id=project_id, organization_id=org_id)),
        ),
    ]
    for model, row_id, change in changes:
        before = _version(any_demo_db, model, row_id)
        with any_demo_db.transaction() as session:
            change(session)
        assert _version(any_demo_db, model, row_id) == before + 1, change


def _add_part(record: Measure, parts: str, part: Any) -> None:
    getattr(record, parts).append(part)


def _toggle_field(session: Session, record: Project | Measure) -> None:
    """One 分野 (技術) less, or one more when it has none."""
    if record.categories:
        record.categories.pop()
    else:
        record.categories.append(session.scalars(select(Category).limit(1)).one())


def _retitle_first_member(session: Session, council_id: int) -> None:
    member = session.get_one(Council, council_id).memberships[0]
    member.post = f"{member.post or ''}（改）"


# --- Applications sent at the same moment from several PCs ------------------------------------

APPLICANTS = 4
TRIALS = 16


def run_applicants(url: str, plans: list[list[Application]]) -> list[list[str]]:
    """Each plan in its own process (another PC); each trial's applications sent together.
    Returns, per trial, what the PCs' applications came to."""
    per_pc = _run_in_processes(apply_together, [(url, plan) for plan in plans])
    return [list(trial) for trial in zip(*per_pc, strict=True)]


def _sessions_for_trials(database: Database, capacity: int | None) -> list[int]:
    with database.transaction() as session:
        series = EventSeries(name=f"同時申込の試験（定員 {capacity}）")
        series.sessions = [EventSession(number=n, capacity=capacity) for n in range(1, TRIALS + 1)]
        session.add(series)
        session.flush()
        return [s.id for s in series.sessions]


def _statuses(database: Database, session_id: int) -> list[str]:
    with database.sessions() as session:
        return sorted(
            session.scalars(select(Participant.status).where(Participant.session_id == session_id))
        )


def test_applicants_at_the_same_moment_never_overfill_a_session(
    any_demo_db: Database, any_demo_url: str
) -> None:
    sessions = _sessions_for_trials(any_demo_db, capacity=1)
    plans = [
        [Application(s, f"申込者{t}の{k}", f"t{t}k{k}@example.jp") for t, s in enumerate(sessions)]
        for k in range(APPLICANTS)
    ]

    trials = run_applicants(any_demo_url, plans)

    expected = ["applied"] + ["waiting"] * (APPLICANTS - 1)
    held = sum(sorted(outcomes) == expected for outcomes in trials)
    print(f"定員 1, {APPLICANTS} at once: {held}/{TRIALS} trials held")  # for the README
    assert [sorted(outcomes) for outcomes in trials] == [expected] * TRIALS
    for session_id in sessions:
        assert _statuses(any_demo_db, session_id) == ["applied"] + ["waiting"] * (APPLICANTS - 1)


def test_one_person_applying_from_several_pcs_at_once_is_registered_once(
    any_demo_db: Database, any_demo_url: str
) -> None:
    sessions = _sessions_for_trials(any_demo_db, capacity=None)
    same_person = [
        Application(s, f"同時太郎{t}", f"same{t}@example.jp") for t, s in enumerate(sessions)
    ]

    trials = run_applicants(any_demo_url, [same_person] * APPLICANTS)

    held = sum(
        [o for o in outcomes if not o.startswith("refused: ")] == ["applied"] for outcomes in trials
    )
    print(f"one person from {APPLICANTS} PCs: {held}/{TRIALS} trials held")  # for the README
    for t, outcomes in enumerate(trials):
        assert [o for o in outcomes if not o.startswith("refused: ")] == ["applied"], outcomes
        refused = {o for o in outcomes if o.startswith("refused: ")}
        assert refused == {
            f"refused: 同時太郎{t}さんはすでに第{t + 1}回に申し込まれています（状態: 申込）。"
        }
    with any_demo_db.sessions() as session:
        for t, session_id in enumerate(sessions):
            assert _statuses(any_demo_db, session_id) == ["applied"]
            people = session.scalars(select(Person).where(Person.email == f"same{t}@example.jp"))
            assert len(people.all()) == 1


def test_an_older_database_with_duplicate_applications_upgrades_keeping_one(
    any_new_url: str, demo_template: Path
) -> None:
    """Duplicates an earlier release let in stay as 取消 (nothing deleted, the audit log says
    why), the one that holds the most stays live, and the unique index can then be made."""
    demo_at_revision(any_new_url, "0003", demo_template)
    old = database_at_revision(any_new_url, "0003")
    try:
        # As the earlier release wrote them, audited; only its columns (the model has gained
        # others since, which its tables do not have).
        with old.sessions.begin() as session:
            session_id = session.scalars(
                select(EventSession.id).order_by(EventSession.id).limit(1)
            ).one()
            person = {"name": "重複花子", "name_key": "重複花子", "version": 1}
            person_id = session.scalars(
                insert(Person.__table__).values(person).returning(Person.__table__.c.id)
            ).one()
            log_inserts(session, "person", [{"id": person_id, **person}])
            for status in ("applied", "waiting", "attended", "cancelled"):
                application = {"session_id": session_id, "person_id": person_id, "status": status}
                application_id = session.scalars(
                    insert(Participant.__table__)
                    .values({**application, "version": 1})
                    .returning(Participant.__table__.c.id)
                ).one()
                log_inserts(session, "participant", [{"id": application_id, **application}])
    finally:
        old.close()

    upgraded = open_database(any_new_url)
    try:
        with upgraded.sessions() as session:
            theirs = session.execute(
                select(Participant.id, Participant.status)
                .where(Participant.session_id == session_id, Participant.person_id == person_id)
                .order_by(Participant.id)
            ).all()
            assert [status for _id, status in theirs] == [
                "cancelled",
                "cancelled",
                "attended",
                "cancelled",
            ]
            notes = session.scalars(
                select(AuditEntry).where(
                    AuditEntry.table_name == "participant", AuditEntry.action == "update"
                )
            ).all()
            assert {(n.row_id, n.before["status"], n.after["status"]) for n in notes} == {
                (theirs[0][0], "applied", "cancelled"),
                (theirs[1][0], "waiting", "cancelled"),
            }
        assert run_checks(upgraded) == []
        with pytest.raises(ValidationError, match="すでに"), upgraded.transaction() as session:
            set_status(session, theirs[0][0], None, "applied")
    finally:
        upgraded.close()


def test_the_database_itself_refuses_a_second_live_application(any_demo_db: Database) -> None:
    """Whatever path writes it (a tool, an old PC not yet updated), a second live application
    of a person to a session is refused by the database; a cancelled one may stay beside it."""
    (session_id,) = _sessions_for_trials(any_demo_db, capacity=None)[:1]
    data = ParticipantInput(session_id=session_id, name="二重一郎", email="niju@example.jp")
    with any_demo_db.transaction() as session:
        person_id = session.get_one(Participant, add_participant(session, data).id).person_id
    second = Participant(session_id=session_id, person_id=person_id, status="waiting")
    with (
        pytest.raises(ValidationError, match="同じ内容のデータがすでに"),
        any_demo_db.transaction() as session,
    ):
        session.add(second)
    with any_demo_db.transaction() as session:
        session.add(Participant(session_id=session_id, person_id=person_id, status="cancelled"))
    assert _statuses(any_demo_db, session_id) == ["applied", "cancelled"]


def test_a_continuation_decided_on_a_form_opened_before_a_colleagues_decision_is_refused(
    any_demo_db: Database,
) -> None:
    with any_demo_db.sessions() as session:
        project_id = session.scalars(
            select(Project.id).where(~Project.continuations.any()).order_by(Project.id)
        ).first()
        assert project_id is not None
    submitted = ContinuationInput(
        project_id, "令和5年1月10日", project_version=_version(any_demo_db, Project, project_id)
    )
    with any_demo_db.transaction() as session:
        continuation_id = save_continuation(session, submitted)
    opened = _version(any_demo_db, Project, project_id)  # two people open the decision form

    def decide(result: str) -> None:
        data = ContinuationInput(
            project_id, "令和5年1月10日", "令和5年3月1日", result, continuation_id, opened
        )
        with any_demo_db.transaction() as session:
            save_continuation(session, data)

    decide("approved")
    with pytest.raises(ConflictError, match="別の操作で変更されています"):
        decide("rejected")
    with any_demo_db.sessions() as session:
        assert session.get_one(Continuation, continuation_id).result == "approved"


def test_reading_never_waits_for_a_writer_and_never_holds_one_up(demo_path: Path) -> None:
    """On SQLite only the operations that decide from what they read take the write lock first:
    a window's lists load while another PC's import holds it, and a long read blocks nobody."""
    import sqlite3

    from desktop.ops.registrations import list_organizations

    writer = sqlite3.connect(demo_path, isolation_level=None, timeout=0)
    db = open_database(str(demo_path))
    try:
        writer.execute("BEGIN IMMEDIATE")  # another PC in the middle of an import
        writer.execute("UPDATE organization SET note = note")
        with db.transaction() as session:
            assert list_organizations(session)  # read at once, not "busy" after the timeout
        writer.execute("ROLLBACK")
        with db.transaction() as session:
            assert list_organizations(session)
            writer.execute("BEGIN IMMEDIATE")  # not held up by the open read (timeout 0)
            writer.execute("UPDATE organization SET note = note")
            writer.execute("COMMIT")
    finally:
        writer.close()
        db.close()
