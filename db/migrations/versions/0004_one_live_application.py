"""participant: one live application per person and session (a partial unique index)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07

Two PCs applying for the same person at once could register them twice (or more). Such
duplicates already stored are resolved first: the application that holds the most (参加, then
申込, then キャンセル待ち; the earliest of equals) stays, the others become 取消 — kept, not
deleted, with an entry in the audit log saying so — so that the index can be made.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

LIVE = ("applied", "waiting", "attended")
KEPT_FIRST = {"attended": 0, "applied": 1, "waiting": 2}
WHO = "形式の更新（重複申込の整理）"

participant = sa.table(
    "participant",
    sa.column("id", sa.Integer),
    sa.column("session_id", sa.Integer),
    sa.column("person_id", sa.Integer),
    sa.column("status", sa.String),
    sa.column("version", sa.Integer),
)
audit_log = sa.table(
    "audit_log",
    sa.column("at", sa.DateTime),
    sa.column("user", sa.String),
    sa.column("action", sa.String),
    sa.column("table_name", sa.String),
    sa.column("row_id", sa.Integer),
    sa.column("before", sa.JSON),
    sa.column("after", sa.JSON),
)


def upgrade() -> None:
    _cancel_duplicate_applications()
    live = sa.text("status IN ('applied', 'waiting', 'attended')")
    op.create_index(
        "uq_participant_live_application",
        "participant",
        ["session_id", "person_id"],
        unique=True,
        sqlite_where=live,
        postgresql_where=live,
    )


def _cancel_duplicate_applications() -> None:
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(participant.c.id, participant.c.session_id, participant.c.person_id)
        .add_columns(participant.c.status)
        .where(participant.c.status.in_(LIVE))
        .order_by(participant.c.id)
    ).all()
    by_application: dict[tuple[int, int], list[tuple[int, str]]] = {}
    for row_id, session_id, person_id, status in rows:
        by_application.setdefault((session_id, person_id), []).append((row_id, status))
    now = dt.datetime.now().replace(microsecond=0)
    for applications in by_application.values():
        kept = min(applications, key=lambda a: (KEPT_FIRST[a[1]], a[0]))
        for row_id, status in applications:
            if (row_id, status) == kept:
                continue
            conn.execute(
                participant.update()
                .where(participant.c.id == row_id)
                .values(status="cancelled", version=participant.c.version + 1)
            )
            conn.execute(
                audit_log.insert().values(
                    at=now,
                    user=WHO,
                    action="update",
                    table_name="participant",
                    row_id=row_id,
                    before={"status": status},
                    after={"status": "cancelled"},
                )
            )


def downgrade() -> None:
    op.drop_index("uq_participant_live_application", table_name="participant")
