"""council meetings and their invitations; postal codes of organizations and people, and an
address of a person's own

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07

meeting is 第n回 of a council (date, time, venue or web, 議事次第, reply deadline); invitation is
one invitee of it, with the seat as it was on the day, the reply (出席 / 欠席 / 代理出席 with
the deputy / 未回答), companions (随行者) and the attendance ticked at the 受付. Organizations
kept their postal code at the start of the address (〒100-8914 東京都…): it moves to a column of
its own, as an envelope's frame and a label need it apart.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# As the importer and the forms wrote it before this revision: 〒 optional, a hyphen of any width.
_LEADING_POSTAL_CODE = re.compile(r"^\s*〒?\s*(\d{3})[-－ー‐]?(\d{4})\s*")


def _versioned() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
    ]


def upgrade() -> None:
    op.create_table(
        "meeting",
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("format", sa.String(length=10), nullable=True),
        sa.Column("venue", sa.String(length=300), nullable=True),
        sa.Column("url", sa.String(length=500), nullable=True),
        sa.Column("agenda", sa.Text(), nullable=True),
        sa.Column("reply_by", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *_versioned(),
        sa.ForeignKeyConstraint(
            ["council_id"],
            ["council.id"],
            name=op.f("fk_meeting_council_id_council"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
        sa.UniqueConstraint("council_id", "number", name=op.f("uq_meeting_council_id")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "invitation",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("membership_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("post", sa.String(length=300), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=True),
        sa.Column("order", sa.Integer(), nullable=False),
        sa.Column("reply", sa.String(length=20), nullable=False),
        sa.Column("replied_on", sa.Date(), nullable=True),
        sa.Column("deputy_name", sa.String(length=100), nullable=True),
        sa.Column("deputy_post", sa.String(length=200), nullable=True),
        sa.Column("companions", sa.Text(), nullable=True),
        sa.Column("attended", sa.Boolean(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *_versioned(),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_invitation_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["membership.id"],
            name=op.f("fk_invitation_membership_id_membership"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_invitation_organization_id_organization"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_invitation_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invitation")),
        sa.UniqueConstraint("meeting_id", "person_id", name=op.f("uq_invitation_meeting_id")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("invitation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invitation_person_id"), ["person_id"], unique=False)
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.add_column(sa.Column("postal_code", sa.String(length=8), nullable=True))
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("postal_code", sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column("address", sa.Text(), nullable=True))
    _move_postal_codes()


def _move_postal_codes() -> None:
    """〒100-8914 東京都… → postal_code 100-8914, address 東京都…"""
    organization = sa.table(
        "organization",
        sa.column("id", sa.Integer),
        sa.column("address", sa.Text),
        sa.column("postal_code", sa.String),
    )
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(organization.c.id, organization.c.address).where(
            organization.c.address.is_not(None)
        )
    ).all()
    for row_id, address in rows:
        found = _LEADING_POSTAL_CODE.match(address)
        if found is None:
            continue
        rest = address[found.end() :].strip() or None
        conn.execute(
            organization.update()
            .where(organization.c.id == row_id)
            .values(postal_code=f"{found[1]}-{found[2]}", address=rest)
        )


def downgrade() -> None:
    organization = sa.table(
        "organization",
        sa.column("address", sa.Text),
        sa.column("postal_code", sa.String),
    )
    # The postal code goes back before the address, where the earlier revision kept it.
    op.get_bind().execute(
        organization.update()
        .where(organization.c.postal_code.is_not(None))
        .values(
            address=sa.func.trim(
                "〒" + organization.c.postal_code + " " + sa.func.coalesce(organization.c.address, "")
            )
        )
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("address")
        batch_op.drop_column("postal_code")
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.drop_column("postal_code")
    with op.batch_alter_table("invitation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invitation_person_id"))
    op.drop_table("invitation")
    op.drop_table("meeting")
