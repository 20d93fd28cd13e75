"""Whatever is typed: the parsers answer or refuse with a message, and the forms' operations
either save or say which field to correct (ValidationError) — never another error, and a refused
save leaves nothing behind."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.database import Database
from db.engine import open_database
from db.errors import NeedsConfirmation, ValidationError
from db.models import EventSeries, Program
from desktop.connection import ServerConnection
from desktop.japanese.numbers import parse_yen
from desktop.japanese.wareki import DateParseError, parse_date, parse_time, parse_time_range
from desktop.ops.events import SeriesInput, SessionInput, save_series, save_session
from desktop.ops.projects import ProjectInput, save_project
from desktop.ops.registrations import OrganizationInput, save_organization

# What people type into date, time, number and name fields, and anything at all.
typed = st.one_of(
    st.text(max_size=24),
    st.text(
        alphabet="令和平成昭元年月日度0123456789０１２３４５６７８９/-.:：〜~ 　時分", max_size=16
    ),
)
often_blank = st.one_of(st.just(""), typed)


@given(typed)
def test_dates_and_times_parse_or_say_why(text: str) -> None:
    for parse in (parse_date, parse_time, parse_time_range):
        try:
            parse(text)
        except DateParseError as exc:
            assert "「" in str(exc) or "入力" in str(exc)  # names what it read, or asks for it


@given(typed)
def test_amounts_parse_or_say_why(text: str) -> None:
    try:
        amount = parse_yen(text)
    except ValueError as exc:
        assert str(exc)
    else:
        assert amount is None or isinstance(amount, int)


@given(typed, typed, typed, typed)
def test_server_connections_are_checked_field_by_field(
    host: str, port: str, name: str, user: str
) -> None:
    try:
        chosen = ServerConnection.entered(host, port, name, user)
    except ValidationError as exc:
        assert exc.field in ("host", "port", "database", "user")
    else:
        assert ServerConnection.from_url(chosen.url("秘密")) == chosen


@pytest.fixture(scope="module")
def form_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    from db.demo import load_demo

    database = open_database(str(tmp_path_factory.mktemp("forms") / "forms.sqlite"))
    load_demo(database)
    yield database
    database.close()


def submit(database: Database, save: Callable[[Session, Any], Any], data: Any) -> None:
    """What the form's 保存 does, then undone: each example starts from the same database."""
    with database.sessions() as session, session.begin():
        try:
            save(session, data)
            session.flush()
        except (ValidationError, NeedsConfirmation):
            pass
        finally:
            session.rollback()


relaxed = settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])


@relaxed
@given(typed, st.sampled_from(["municipality", "company", "人", ""]), often_blank, often_blank,
       often_blank, often_blank)  # fmt: skip
def test_the_organization_form(
    form_database: Database, name: str, kind: str, kana: str, code: str, phone: str, email: str
) -> None:
    data = OrganizationInput(name, kind, kana=kana, lg_code=code, phone=phone, email=email)
    submit(form_database, save_organization, data)


@relaxed
@given(typed, typed, often_blank, often_blank)
def test_the_project_form(
    form_database: Database, title: str, proposers: str, year: str, number: str
) -> None:
    with form_database.sessions() as session:
        program = session.scalars(select(Program.id)).first()
    assert program is not None
    data = ProjectInput(program, title, proposers, year, number=number)
    submit(form_database, save_project, data)


@relaxed
@given(typed, often_blank, often_blank, often_blank, often_blank, often_blank)
def test_the_series_and_session_forms(
    form_database: Database, name: str, year: str, number: str, date: str, time: str, cap: str
) -> None:
    submit(form_database, save_series, SeriesInput(name, fiscal_year=year))
    with form_database.sessions() as session:
        series = session.scalars(select(EventSeries.id)).first()
    assert series is not None
    data = SessionInput(series, number, date=date, time=time, capacity=cap)
    submit(form_database, save_session, data)


def test_the_form_database_is_untouched(form_database: Database, tmp_path: Path) -> None:
    """Every example above was rolled back: the check finds the demo as it was."""
    from db.check import run_checks

    assert run_checks(form_database) == []
