"""The change history says a change in the user's words: labels of codes, the names of the
records referred to, dates in wareki (in Japanese) — in the reader's language."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from db.database import Database
from db.models import Membership, Organization, Registration
from desktop.ops.history import audit_log, history


def test_a_status_an_id_and_a_date_read_as_the_window_shows_them(demo_db: Database) -> None:
    with demo_db.sessions() as session:
        registration = session.scalars(
            select(Registration).where(Registration.status == "published")
        ).first()
        assert registration is not None
        registration.status = "withdrawn"
        member = session.scalars(select(Membership).where(Membership.term_end.is_(None))).first()
        assert member is not None
        member.term_end = dt.date(2022, 3, 31)
        ids = registration.id, member.id
        council = member.council.name
        session.commit()
    with demo_db.sessions() as session:
        status_change = history(session, "registration", ids[0])[0]
        term_change = history(session, "membership", ids[1])[0]
        created = history(session, "membership", ids[1])[-1]
    assert status_change.words("ja") == "状態: 公開 → 取下げ"
    assert status_change.words("en") == "Status: Published → Withdrawn"
    assert (status_change.action_words("ja"), status_change.action_words("en")) == (
        "変更",
        "Changed",
    )
    assert term_change.words("ja") == "任期終了: （空欄） → 令和4年3月31日"
    assert term_change.words("en") == "Term end: (blank) → 2022-03-31"
    assert f"会議: {council}" in created.words("ja") and "council_id" not in created.words("ja")


def test_a_kind_and_a_deleted_record_in_the_whole_log(demo_db: Database) -> None:
    with demo_db.sessions() as session:
        organization = session.scalars(
            select(Organization).where(Organization.kind == "company")
        ).first()
        assert organization is not None
        organization.kind = "university"
        session.commit()
    with demo_db.sessions() as session:
        newest = audit_log(session, dt.date.today(), dt.date.today())[0]
    assert newest.table_words("ja") == "団体" and newest.table_words("en") != "団体"
    assert newest.words("ja") == "団体区分: 民間企業 → 大学・研究機関"
    assert "company" not in newest.words("en")
