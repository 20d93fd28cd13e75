"""Support terms and continuation applications: computed on any date, recorded, reported."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from db.database import Database
from db.errors import ValidationError
from desktop.ops import projects
from desktop.rules.support_terms import Application, continuation_deadline, support_term
from tests.helpers.cli_support import secdesk

APPROVED_2021_12_17 = Application("approved", dt.date(2021, 11, 1), dt.date(2021, 12, 17))


def test_a_term_of_three_years_ends_by_itself() -> None:
    term = support_term(2020, [], dt.date(2022, 4, 1))  # FY2022: the third year
    assert (term.status, term.term_end_fiscal_year, term.continuation_due) == (
        "今年度末で終了予定",
        2022,
        True,
    )
    assert support_term(2020, [], dt.date(2023, 4, 1)).status == "終了"
    assert support_term(2020, [], dt.date(2020, 3, 31)).status == "支援前"
    assert support_term(2020, [], dt.date(2021, 3, 31)).status == "支援中"


def test_an_approval_counts_from_the_day_it_was_decided() -> None:
    before = support_term(2019, [APPROVED_2021_12_17], dt.date(2021, 10, 1))
    assert (before.status, before.term_end_fiscal_year) == ("今年度末で終了予定", 2021)
    assert before.continuation == "" and before.continuation_due  # not submitted yet
    waiting = support_term(2019, [APPROVED_2021_12_17], dt.date(2021, 12, 1))
    assert (waiting.continuation, waiting.continuation_due) == ("審査中", False)
    after = support_term(2019, [APPROVED_2021_12_17], dt.date(2022, 4, 1))
    assert (after.status, after.term_end_fiscal_year, after.continuation) == (
        "延長中",
        2023,
        "承認",
    )
    last = support_term(2019, [APPROVED_2021_12_17], dt.date(2023, 4, 1))
    assert (last.status, last.continuation_due) == ("今年度末で終了予定", False)  # no 2nd extension


def test_a_rejected_application_ends_the_support_with_its_term() -> None:
    rejected = Application("rejected", dt.date(2021, 11, 1), dt.date(2021, 12, 17))
    term = support_term(2019, [rejected], dt.date(2022, 4, 1))
    assert (term.status, term.term_end_fiscal_year, term.continuation) == ("終了", 2021, "不承認")


def test_a_decision_implies_its_application_in_the_terms_last_year() -> None:
    decided_only = Application("approved", None, dt.date(2021, 12, 17))
    before = support_term(2019, [decided_only], dt.date(2021, 12, 10))
    assert (before.continuation, before.continuation_due) == ("審査中", False)
    assert support_term(2019, [decided_only], dt.date(2020, 6, 1)).continuation == ""
    assert support_term(2019, [decided_only], dt.date(2022, 1, 1)).continuation == "承認"


def test_a_continuation_no_source_records_is_unknown_not_ended() -> None:
    unknown = Application("unknown")
    last_year = support_term(2018, [unknown], dt.date(2020, 10, 1))
    assert (last_year.status, last_year.continuation, last_year.continuation_due) == (
        "支援中",
        "記録なし",
        False,
    )
    for day in (dt.date(2021, 4, 1), dt.date(2024, 4, 1)):
        assert support_term(2018, [unknown], day).status == "継続の記録なし"
    assert support_term(2018, [], dt.date(2021, 4, 1)).status == "終了"  # none applied: ended


def test_the_deadline_falls_in_the_terms_last_fiscal_year() -> None:
    assert continuation_deadline(2021) == dt.date(2021, 11, 30)
    assert continuation_deadline(2021, (1, 31)) == dt.date(2022, 1, 31)  # January is FY2021 too


def report(demo_path: Path, tmp_path: Path, day: str) -> list[dict[str, Any]]:
    target = tmp_path / f"support-{day}.json"
    done = secdesk(
        "--db",
        demo_path,
        "report",
        "support-status",
        "--as-of",
        day,
        "--format",
        "json",
        "-o",
        target,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(target.read_text(encoding="utf-8"))
    return [row for section in data["sections"] for row in section["rows"]]


def test_report_on_the_demo_data(demo_path: Path, tmp_path: Path) -> None:
    rows = report(demo_path, tmp_path, "2022-04-01")
    fy2019 = [r for r in rows if r["selected_fiscal_year"] == 2019]
    assert len(fy2019) == 5
    assert {(r["status"], r["term_end_fiscal_year"], r["continuation"]) for r in fy2019} == {
        ("延長中", 2023, "承認")
    }
    fy2018 = [r for r in rows if r["selected_fiscal_year"] == 2018]
    assert fy2018 and {r["term_end_fiscal_year"] for r in fy2018} == {2020}
    assert {r["status"] for r in fy2018} == {"継続の記録なし"}  # the seeds do not say which ended
    assert all(isinstance(r["title"], str) and r["title"] for r in rows)

    # Before the decision of 2021-12-17 the same five were due to end with FY2021, and their
    # applications, implied by the decision, were under review: never missing or overdue.
    for day in ("2021-10-01", "2021-12-01", "2021-12-16"):
        autumn = [r for r in report(demo_path, tmp_path, day) if r["selected_fiscal_year"] == 2019]
        assert {
            (r["status"], r["term_end_fiscal_year"], r["continuation"], r["continuation_deadline"])
            for r in autumn
        } == {("今年度末で終了予定", 2021, "審査中", None)}, day


def test_recording_a_continuation_and_its_decision(demo_db: Database) -> None:
    day = dt.date(2022, 4, 1)
    with demo_db.sessions() as session:
        row = next(
            p for p in projects.list_projects(session, day) if p.selected_fiscal_year == 2020
        )
    assert row.status == "今年度末で終了予定" and row.continuation_deadline == dt.date(2022, 11, 30)

    with demo_db.transaction() as session:
        new_id = projects.save_continuation(
            session, projects.ContinuationInput(row.id, submitted_on="令和4年4月1日")
        )
    with demo_db.sessions() as session:
        row = next(p for p in projects.list_projects(session, day) if p.id == row.id)
    assert (str(row.continuation_note), row.continuation_deadline) == ("審査中", None)

    with pytest.raises(ValidationError, match="すでにあります"), demo_db.transaction() as session:
        projects.save_continuation(session, projects.ContinuationInput(row.id, "令和4年5月1日"))
    decision = projects.ContinuationInput(
        row.id, "令和4年4月1日", decided_on="R4.12.20", result="approved", id=new_id
    )
    with demo_db.transaction() as session:
        projects.save_continuation(session, decision)
    with demo_db.sessions() as session:
        later = next(
            p for p in projects.list_projects(session, dt.date(2023, 4, 1)) if p.id == row.id
        )
        detail = projects.get_project(session, row.id)
    assert (later.status, later.term_end_fiscal_year) == ("延長中", 2024)
    note = detail.continuations[0].note
    assert str(note) == "継続申請 令和4年4月1日提出 令和4年12月20日決定 承認"
    assert note.text("en") == "Continuation submitted 2022-04-01 decided 2022-12-20: Approved"


@pytest.mark.parametrize(
    ("entered", "field", "words"),
    [
        ({"submitted_on": "令和4年13月1日"}, "submitted_on", "13月"),
        ({"submitted_on": "R4.4.1", "result": "approved"}, "decided_on", "決定日を入力"),
        ({"submitted_on": "R4.4.1", "decided_on": "R4.5.1"}, "result", "審査結果"),
        (
            {"submitted_on": "R4.4.1", "decided_on": "R4.3.1", "result": "rejected"},
            "decided_on",
            "提出日より前",
        ),
    ],
)
def test_a_continuation_entered_wrongly_is_refused_with_the_field(
    demo_db: Database, entered: dict[str, str], field: str, words: str
) -> None:
    with demo_db.sessions() as session:
        project_id = projects.list_projects(session)[-1].id
    data = projects.ContinuationInput(project_id, **entered)
    with pytest.raises(ValidationError, match=words) as refused, demo_db.transaction() as session:
        projects.save_continuation(session, data)
    assert refused.value.field == field
