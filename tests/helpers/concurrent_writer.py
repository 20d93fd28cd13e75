"""One of several PCs editing the same database at once (run in its own process).

`apply_together`: PCs applying at the same moment for the same session (see its test).
`save_fields_together`: PCs saving only a registration's links (分野) at the same moment.

Each round the writer edits one record that every writer edits in the same round (all load it,
wait for each other, then save: all but one must be told of a conflict) and one record of its
own. A writer told of a conflict does what the window offers: loads the latest and saves again.
Every save appends a token to the record's 備考, so that a lost update would be a missing token.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from db.database import Database
from db.engine import open_database
from db.errors import ConflictError, ValidationError
from db.models import Registration
from desktop.ops.participants import ParticipantInput, add_participant
from desktop.ops.registrations import (
    OrganizationInput,
    RegistrationInput,
    get_organization,
    save_organization,
    save_registration,
)


@dataclass
class WriterReport:
    saved: list[tuple[int, str]] = field(default_factory=list)  # (organization id, token)
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)


def append_note(database: Database, organization_id: int, token: str, wait: Any = None) -> int:
    """Load, (wait for the others), save with the loaded version; the conflicts met on the way."""
    conflicts = 0
    while True:
        with database.sessions() as session:
            d = get_organization(session, organization_id)
        if wait is not None:
            wait()
            wait = None
        edited = OrganizationInput(
            name=d.name,
            kind=d.kind,
            kana=d.kana,
            lg_code=d.lg_code,
            address=d.address,
            phone=d.phone,
            email=d.email,
            note=f"{d.note} {token}".strip(),
            id=d.id,
            version=d.version,
        )
        try:
            with database.transaction() as session:
                save_organization(session, edited)
            return conflicts
        except ConflictError:
            conflicts += 1  # the user is told, loads the latest and saves again


def write(url: str, writer: int, shared: list[int], own: int, rounds: int, barrier: Any) -> Any:
    report = WriterReport()
    database = open_database(url, create=False)
    try:
        for r in range(rounds):
            hot = shared[r % len(shared)]
            for target, wait in ((hot, barrier.wait), (own, None)):
                token = f"w{writer}r{r}"
                try:
                    report.conflicts += append_note(database, target, token, wait)
                    report.saved.append((target, token))
                except Exception as exc:  # anything but a conflict is a failure of the test
                    report.errors.append(f"{type(exc).__name__}: {exc}")
                    barrier.abort()
                    return report
    finally:
        database.close()
    return report


@dataclass(frozen=True)
class Application:
    """One application a PC sends in one trial: for that session, as that person."""

    session_id: int
    name: str
    email: str


def apply_together(url: str, applications: list[Application], barrier: Any) -> list[str]:
    """Each trial: wait for the other PCs, then apply. What each application came to: applied,
    waiting, refused: <the message the user saw>, or error: <anything else>."""
    outcomes: list[str] = []
    database = open_database(url, create=False)
    try:
        for application in applications:
            barrier.wait()
            data = ParticipantInput(
                session_id=application.session_id,
                name=application.name,
                organization="協議会事務局",
                email=application.email,
            )
            try:
                with database.transaction() as session:
                    outcomes.append(add_participant(session, data).status)
            except ValidationError as exc:
                outcomes.append(f"refused: {exc}")
            except Exception as exc:  # a failure of the test, reported by the parent
                outcomes.append(f"error: {type(exc).__name__}: {exc}")
    finally:
        database.close()
    return outcomes


def save_fields_together(
    url: str, registration_id: int, fields: list[tuple[int, ...]], barrier: Any
) -> list[str]:
    """Each round: open the registration, wait for the other PCs, save only other 分野 (its
    fields of that round), wait until all have saved. What each save came to: saved,
    conflict, or error: <anything else>."""
    outcomes: list[str] = []
    database = open_database(url, create=False)
    try:
        for chosen in fields:
            with database.sessions() as session:
                reg = session.get_one(Registration, registration_id)
                data = RegistrationInput(
                    organization_id=reg.organization_id,
                    program_id=reg.program_id,
                    role=reg.role,
                    category_ids=chosen,
                    summary=reg.summary or "",
                    status=reg.status,
                    publish_consent=reg.publish_consent,
                    id=reg.id,
                    version=reg.version,
                )
            barrier.wait()
            try:
                with database.transaction() as session:
                    save_registration(session, data)
                outcomes.append("saved")
            except ConflictError:
                outcomes.append("conflict")
            except Exception as exc:  # a failure of the test, reported by the parent
                outcomes.append(f"error: {type(exc).__name__}: {exc}")
            barrier.wait()
    finally:
        database.close()
    return outcomes
