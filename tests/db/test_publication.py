"""The publication export (公表用): consented, not withdrawn registrations, no personal details."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import select

from db.database import Database
from db.engine import open_database
from db.export import export_data, export_publication
from db.models import (
    Council,
    EventSession,
    Invitation,
    Meeting,
    Membership,
    Organization,
    Participant,
    Person,
    Program,
    Registration,
)
from tests.helpers.cli_support import secdesk

PERSONAL = ("phone", "email", "postal_code", "address", "contact_person_id")
PHONE = "03-1111-2222"
EMAIL = "tanaka@example.co.jp"
ADDRESS = "東京都千代田区永田町1-1-1"
POSTAL_CODE = "100-8914"
DEPUTY = "田中　次郎"
PERSON = "田中　一郎"


def add_private_records(database: Database) -> dict[str, int]:
    """An organization with contact details and a person, and registrations of every kind."""
    with database.transaction() as session:
        program = session.scalars(select(Program).order_by(Program.id)).first()
        assert program is not None
        company = Organization(
            kind="company",
            name="公表テスト株式会社",
            phone=PHONE,
            email=EMAIL,
            postal_code=POSTAL_CODE,
            address=ADDRESS,
        )
        secret = Organization(kind="company", name="非公表テスト合同会社", phone="090-0000-0000")
        person = Person(
            name=PERSON, organization=company, email="ichiro@example.jp", phone="080-1234-5678"
        )
        session.add_all([company, secret, person])

        def registration(org: Organization, summary: str, **kw: Any) -> Registration:
            reg = Registration(
                organization=org,
                program=program,
                role="offer",
                summary=summary,
                department="営業部",
                contact_person=person,
                received_on=dt.date(2021, 10, 1),
                **kw,
            )
            session.add(reg)
            return reg

        normal = registration(company, "公表してよい登録", status="published")
        no_consent = registration(company, "公表に同意していない登録", publish_consent=False)
        withdrawn = registration(company, "取り下げた登録", status="withdrawn")
        only_secret = registration(secret, "非公表団体の登録", publish_consent=False)

        council = session.scalars(select(Council).order_by(Council.id)).first()
        assert council is not None
        seat = Membership(role="member", person=person, organization=company, post="代表取締役")
        council.memberships.append(seat)
        meeting = Meeting(council=council, number=99, venue="本庁舎")
        meeting.invitations.append(
            Invitation(
                membership=seat,
                person=person,
                organization=company,
                reply="deputy",
                deputy_name=DEPUTY,
                deputy_post="部長",
            )
        )
        session.add(meeting)
        event = session.scalars(select(EventSession).order_by(EventSession.id)).first()
        assert event is not None
        session.add(Participant(session=event, person=person, status="applied"))
        session.flush()
        return {
            "company": company.id,
            "secret": secret.id,
            "normal": normal.id,
            "no_consent": no_consent.id,
            "withdrawn": withdrawn.id,
            "only_secret": only_secret.id,
        }


def walk(value: Any) -> Iterator[dict[str, Any]]:
    """Every object in the export, however deeply nested."""
    if isinstance(value, dict):
        yield value
        for child in value.values():
            yield from walk(child)
    elif isinstance(value, list):
        for child in value:
            yield from walk(child)


def assert_publishable(data: dict[str, Any], ids: dict[str, int]) -> None:
    assert data["publication"] is True
    assert data["format"] == "secdesk-interchange"
    assert "people" not in data
    for obj in walk(data):
        for key in PERSONAL:
            assert not obj.get(key), (key, obj)
    text = json.dumps(data, ensure_ascii=False)
    for private in (
        PHONE,
        EMAIL,
        POSTAL_CODE,
        ADDRESS,
        PERSON,
        DEPUTY,
        "ichiro@example.jp",
        "080-1234-5678",
    ):
        assert private not in text

    registration_ids = {r["id"] for r in data["registrations"]}
    assert ids["normal"] in registration_ids
    for left_out in ("no_consent", "withdrawn", "only_secret"):
        assert ids[left_out] not in registration_ids
    assert all(r["publish_consent"] and r["status"] != "withdrawn" for r in data["registrations"])
    mine = [r for r in data["registrations"] if r["organization_id"] == ids["company"]]
    assert [r["summary"] for r in mine] == ["公表してよい登録"]
    assert set(mine[0]) >= {"id", "organization", "program", "summary", "department", "status"}

    organizations = {o["id"]: o for o in data["organizations"]}
    assert organizations[ids["company"]]["name"] == "公表テスト株式会社"
    assert not set(PERSONAL) & set(organizations[ids["company"]])
    # known only through a registration that may not be published: not listed at all
    assert ids["secret"] not in organizations
    assert "非公表テスト合同会社" not in text

    for council in data["councils"]:
        for member in council["members"]:
            assert "name" not in member and "person_id" not in member
        for meeting in council["meetings"]:  # held, where; not who was invited
            assert "invitations" not in meeting
    assert any(m["venue"] == "本庁舎" for c in data["councils"] for m in c["meetings"])
    for series in data["event_series"]:
        for session in series["sessions"]:
            assert "participants" not in session


def test_publication_export_leaves_out_private_data(demo_db: Database) -> None:
    ids = add_private_records(demo_db)
    with demo_db.sessions() as session:
        full = export_data(session, "test")
        data = export_publication(session, "test")
    # the full export still has everything …
    assert any(p["name"] == PERSON for p in full["people"])
    assert ids["no_consent"] in {r["id"] for r in full["registrations"]}
    # … the publication export does not
    assert_publishable(data, ids)
    # the demo registrations are all published with consent: every one of them stays
    assert len(data["registrations"]) == len(full["registrations"]) - 3
    assert len(data["organizations"]) == len(full["organizations"]) - 1
    # a measure's contact is the ministry's public contact point and stays
    contacts = [m["contact"] for m in data["measures"] if m["contact"]]
    assert contacts == [m["contact"] for m in full["measures"] if m["contact"]]
    assert contacts
    member_posts = [m.get("post") for c in data["councils"] for m in c["members"]]
    assert "代表取締役" in member_posts  # the member's post and organization remain


def test_cli_publication_json_and_xlsx(demo_path: Path, tmp_path: Path) -> None:
    database = open_database(str(demo_path))
    try:
        ids = add_private_records(database)
    finally:
        database.close()

    out = tmp_path / "公表用.json"
    result = secdesk("--db", demo_path, "export", "--format", "json", "-o", out, "--publication")
    assert result.returncode == 0, result.stderr
    assert "書き出しました" in result.stdout
    assert_publishable(json.loads(out.read_text(encoding="utf-8")), ids)

    xlsx = tmp_path / "公表用.xlsx"
    result = secdesk("--db", demo_path, "export", "--format", "xlsx", "-o", xlsx, "--publication")
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(xlsx, read_only=True)
    try:
        assert "担当者" not in book.sheetnames
        assert "参加者" not in book.sheetnames
        assert "登録" in book.sheetnames
        cells: list[object] = []
        for sheet in book.worksheets:
            cells.extend(v for row in sheet.iter_rows(values_only=True) for v in row)
    finally:
        book.close()
    for header in ("phone", "email", "address", "contact_person_id", "電話番号", "住所"):
        assert header not in cells
    for private in (PHONE, EMAIL, ADDRESS, PERSON, "公表に同意していない登録", "取り下げた登録"):
        assert private not in cells
    assert "公表してよい登録" in cells

    # without the flag the same database exports everything, as before
    full = tmp_path / "full.json"
    result = secdesk("--db", demo_path, "export", "--format", "json", "-o", full)
    assert result.returncode == 0, result.stderr
    data = json.loads(full.read_text(encoding="utf-8"))
    assert "publication" not in data
    assert any(p["name"] == PERSON for p in data["people"])
