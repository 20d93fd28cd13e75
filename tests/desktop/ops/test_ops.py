"""Operations the GUI calls: validation messages in Japanese, and records that are never lost."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from db.database import Database
from db.errors import ConflictError, ValidationError
from db.models import Organization
from desktop.ops import events, projects, registrations
from desktop.ops.common import parse_fiscal_year


def org_id(db: Database, name: str) -> int:
    with db.sessions() as session:
        return session.scalars(select(Organization.id).where(Organization.name == name)).one()


def test_wrong_check_digit_is_explained(database: Database) -> None:
    data = registrations.OrganizationInput(name="秩父市", kind="municipality", lg_code="112070")
    with pytest.raises(ValidationError) as info, database.transaction() as session:
        registrations.save_organization(session, data)
    assert info.value.field == "lg_code"
    assert "112070" in str(info.value) and "112071" in str(info.value)


def test_local_government_needs_a_code_and_others_may_not_have_one(database: Database) -> None:
    with pytest.raises(ValidationError, match="6桁"), database.transaction() as session:
        registrations.save_organization(
            session, registrations.OrganizationInput(name="秩父市", kind="municipality")
        )
    with pytest.raises(ValidationError, match="だけ入力"), database.transaction() as session:
        registrations.save_organization(
            session,
            registrations.OrganizationInput(name="内閣府", kind="ministry", lg_code="112071"),
        )


def test_full_width_code_is_normalised_and_duplicates_refused(database: Database) -> None:
    with database.transaction() as session:
        new_id = registrations.save_organization(
            session,
            registrations.OrganizationInput(
                name="秩父市", kind="municipality", lg_code="１１２０７１", kana="チチブシ"
            ),
        )
    with database.sessions() as session:
        stored = session.get(Organization, new_id)
        assert stored is not None
        assert (stored.lg_code, stored.kana) == ("112071", "ちちぶし")
    with pytest.raises(ValidationError, match="秩父市"), database.transaction() as session:
        registrations.save_organization(
            session,
            registrations.OrganizationInput(name="ちちぶ", kind="municipality", lg_code="112071"),
        )


def test_editing_a_stale_copy_is_refused(database: Database) -> None:
    with database.transaction() as session:
        new_id = registrations.save_organization(
            session, registrations.OrganizationInput(name="総務省", kind="ministry")
        )
    with database.transaction() as session:
        registrations.save_organization(
            session,
            registrations.OrganizationInput(
                id=new_id, version=1, name="総務省", kind="ministry", note="先に保存"
            ),
        )
    with pytest.raises(ConflictError), database.transaction() as session:
        registrations.save_organization(
            session,
            registrations.OrganizationInput(id=new_id, version=1, name="総務", kind="ministry"),
        )


def test_organization_in_use_cannot_be_deleted(demo_db: Database) -> None:
    chichibu = org_id(demo_db, "秩父市")
    with pytest.raises(ValidationError, match="提案者") as info, demo_db.transaction() as session:
        registrations.delete_organization(session, chichibu, None)
    assert "秩父市" in str(info.value)
    with demo_db.sessions() as session:
        assert session.get(Organization, chichibu) is not None


def test_fiscal_year_inputs() -> None:
    assert parse_fiscal_year("令和2年度") == 2020
    assert parse_fiscal_year("R2") == 2020
    assert parse_fiscal_year("２０２０") == 2020
    assert parse_fiscal_year("平成30年度") == 2018
    assert parse_fiscal_year("令和元年度") == 2019
    for typo in ("来年", "1800", "0202", "R99999"):
        with pytest.raises(ValidationError, match="年度"):
            parse_fiscal_year(typo)


def test_new_project_with_proposers(demo_db: Database) -> None:
    with demo_db.sessions() as session:
        program_id = registrations.list_programs(session)[1].id
    data = projects.ProjectInput(
        program_id=program_id,
        title="テスト事業",
        proposers="埼玉県、秩父市",
        selected_fiscal_year="R3",
    )
    with demo_db.transaction() as session:
        new_id = projects.save_project(session, data)
    with demo_db.sessions() as session:
        detail = projects.get_project(session, new_id)
    assert detail.proposers == ("埼玉県", "秩父市")
    assert detail.selected_fiscal_year == 2021


def test_session_times_validated(demo_db: Database) -> None:
    with demo_db.sessions() as session:
        series = events.list_series(session)[0]
    bad = events.SessionInput(series_id=series.id, number="9", time="15:00～13:30")
    with pytest.raises(ValidationError) as info, demo_db.transaction() as session:
        events.save_session(session, bad)
    assert info.value.field == "time"
    taken = events.SessionInput(series_id=series.id, number="1")
    with pytest.raises(ValidationError, match="第1回"), demo_db.transaction() as session:
        events.save_session(session, taken)


def test_odd_numbers_and_open_ended_times(demo_db: Database) -> None:
    with demo_db.sessions() as session:
        series = events.list_series(session)[0]
    for number in ("①", "²", "0", "1234567"):
        bad = events.SessionInput(series_id=series.id, number=number)
        with pytest.raises(ValidationError, match="回は"), demo_db.transaction() as session:
            events.save_session(session, bad)
    open_end = events.SessionInput(series_id=series.id, number="１２", time="13:30～")
    with demo_db.transaction() as session:
        events.save_session(session, open_end)
    with demo_db.sessions() as session:
        row = events.list_sessions(session, series.id)[-1]
    assert (row.number, row.start_time, row.end_time) == (12, dt.time(13, 30), None)


def test_duplicate_proposers_and_unknown_proposer_kind(demo_db: Database) -> None:
    with demo_db.sessions() as session:
        program_id = registrations.list_programs(session)[1].id
    data = projects.ProjectInput(
        program_id=program_id,
        title="重複テスト",
        proposers="秩父市、秩父市、株式会社テスト",
        selected_fiscal_year="2021",
    )
    with demo_db.transaction() as session:
        new_id = projects.save_project(session, data)
    with demo_db.sessions() as session:
        assert projects.get_project(session, new_id).proposers == ("秩父市", "株式会社テスト")
        company = session.scalars(
            select(Organization).where(Organization.name == "株式会社テスト")
        ).one()
        assert company.kind == "other"


def test_organizations_others_depend_on_are_kept(demo_db: Database) -> None:
    for name, reason in (("長崎県", "選定地域"), ("岩手県", "上位団体")):
        with pytest.raises(ValidationError, match=reason), demo_db.transaction() as session:
            registrations.delete_organization(session, org_id(demo_db, name), None)


def test_database_refusals_are_japanese(demo_db: Database) -> None:
    from db.models import Registration

    with pytest.raises(ValidationError, match="一覧を更新"), demo_db.transaction() as session:
        session.add(Registration(organization_id=999_999, program_id=1, role="interest"))
