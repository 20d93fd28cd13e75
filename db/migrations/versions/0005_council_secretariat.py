"""council: its 事務局 (who runs it), printed under its roster

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("council") as batch:
        batch.add_column(sa.Column("secretariat", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("council") as batch:
        batch.drop_column("secretariat")
