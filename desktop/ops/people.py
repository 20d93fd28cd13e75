"""人を探す: a person found by part of their name or reading, and everything they are part of —
the sessions they applied for, the councils they sit on, the meetings they attended, the
registrations naming them as the contact."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from db.models import (
    Council,
    EventSession,
    Invitation,
    Meeting,
    Membership,
    Organization,
    Participant,
    Person,
    Registration,
)
from desktop.japanese.gojuon import name_order_key
from desktop.japanese.text import normalize_for_compare

MOST_SHOWN = 200  # a search matching more asks for more of the name


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    kana: str
    organization: str
    post: str
    email: str


def find_people(session: Session, text: str) -> list[PersonRow]:
    """People whose name or reading holds `text`, compared as the house compares names (width,
    spaces, katakana or hiragana alike), in 五十音順; none for a blank text."""
    key = normalize_for_compare(text)
    if not key:
        return []
    found = [
        person_id
        for person_id, name_key, kana in session.execute(
            select(Person.id, Person.name_key, Person.kana)
        )
        if key in name_key or (kana and key in normalize_for_compare(kana))
    ]
    people = session.scalars(
        select(Person)
        .where(Person.id.in_(found[: MOST_SHOWN * 5]))
        .options(selectinload(Person.organization))
    ).all()
    rows = [
        PersonRow(
            id=p.id,
            name=p.name,
            kana=p.kana or "",
            organization=p.organization.name if p.organization else "",
            post=p.post or "",
            email=p.email or "",
        )
        for p in people
    ]
    return sorted(rows, key=lambda r: (name_order_key(r.kana, r.name), r.id))[:MOST_SHOWN]


@dataclass(frozen=True)
class ApplicationRow:
    """A session the person applied for (the status a code of PARTICIPANT_STATUSES)."""

    id: int  # the participant's
    series_id: int
    series: str
    session_id: int
    number: int
    date: dt.date | None
    status: str


@dataclass(frozen=True)
class SeatRow:
    """A council the person sits on, or sat on (the role a code of MEMBER_ROLES)."""

    id: int  # the membership's
    council_id: int
    council: str
    role: str
    post: str
    term_start: dt.date | None
    term_end: dt.date | None


@dataclass(frozen=True)
class AttendedRow:
    """A council meeting the person was ticked at the 受付 of (the reply a code of REPLIES)."""

    id: int  # the invitation's
    council_id: int
    council: str
    meeting_id: int
    number: int
    date: dt.date | None
    reply: str


@dataclass(frozen=True)
class ContactRow:
    """A registration naming the person as its contact (the role a code of REGISTRATION_ROLES)."""

    id: int  # the registration's
    organization_id: int
    organization: str
    program_id: int
    program: str
    role: str
    received_on: dt.date | None


@dataclass(frozen=True)
class PersonRecords:
    applications: tuple[ApplicationRow, ...]
    seats: tuple[SeatRow, ...]
    contacts: tuple[ContactRow, ...]
    attended: tuple[AttendedRow, ...] = ()


def records_of(session: Session, person_id: int) -> PersonRecords:
    """Everything the person is part of: their applications by date (the newest first), their
    seats by term (the current and latest first), the registrations they are the contact of,
    the council meetings they attended (the latest first)."""
    applications = session.scalars(
        select(Participant)
        .join(EventSession, Participant.session_id == EventSession.id)
        .where(Participant.person_id == person_id)
        .options(selectinload(Participant.session).selectinload(EventSession.series))
        .order_by(EventSession.date.is_(None), EventSession.date.desc(), Participant.id)
    ).all()
    seats = session.scalars(
        select(Membership)
        .join(Council, Membership.council_id == Council.id)
        .where(Membership.person_id == person_id)
        .options(selectinload(Membership.council))
        .order_by(
            func.coalesce(Membership.term_end, dt.date.max).desc(),
            Council.name,
            Membership.id,
        )
    ).all()
    contacts = session.scalars(
        select(Registration)
        .join(Organization, Registration.organization_id == Organization.id)
        .where(Registration.contact_person_id == person_id)
        .options(selectinload(Registration.organization), selectinload(Registration.program))
        .order_by(Organization.name_key, Registration.id)
    ).all()
    attended = session.scalars(
        select(Invitation)
        .join(Meeting, Invitation.meeting_id == Meeting.id)
        .where(Invitation.person_id == person_id, Invitation.attended.is_(True))
        .options(selectinload(Invitation.meeting).selectinload(Meeting.council))
        .order_by(Meeting.date.is_(None), Meeting.date.desc(), Invitation.id)
    ).all()
    return PersonRecords(
        applications=tuple(
            ApplicationRow(
                id=p.id,
                series_id=p.session.series_id,
                series=p.session.series.name,
                session_id=p.session_id,
                number=p.session.number,
                date=p.session.date,
                status=p.status,
            )
            for p in applications
        ),
        seats=tuple(
            SeatRow(
                id=m.id,
                council_id=m.council_id,
                council=m.council.name,
                role=m.role,
                post=m.post or "",
                term_start=m.term_start,
                term_end=m.term_end,
            )
            for m in seats
        ),
        contacts=tuple(
            ContactRow(
                id=r.id,
                organization_id=r.organization_id,
                organization=r.organization.name,
                program_id=r.program_id,
                program=r.program.name,
                role=r.role,
                received_on=r.received_on,
            )
            for r in contacts
        ),
        attended=tuple(
            AttendedRow(
                id=i.id,
                council_id=i.meeting.council_id,
                council=i.meeting.council.name,
                meeting_id=i.meeting_id,
                number=i.meeting.number,
                date=i.meeting.date,
                reply=i.reply,
            )
            for i in attended
        ),
    )
