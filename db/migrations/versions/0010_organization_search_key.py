"""organizations keep the text the 登録 tab searches

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08

organization.search_key holds db.keys.organization_search_text (name, kind, code, reading and the
summaries of the organization's registrations, normalised), so that the 登録 tab's search asks
the database instead of building every row's text in Python. db.keys keeps it up to date on
every write of an organization or of its registrations.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.keys import refill_search_keys

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    # A plain ALTER TABLE with a default, as 0009 added sort_key: Alembic's batch mode would
    # rebuild the table (dropping the old one cascades to every registration, and loses its
    # AUTOINCREMENT). The empty default is filled at once, a batch of organizations at a time.
    op.add_column(
        "organization",
        sa.Column("search_key", sa.Text(), nullable=False, server_default=sa.text("''")),
    )
    refill_search_keys(bind)
    if bind.dialect.name == "postgresql":
        # As for sort_key: a row inserted around the program is refused rather than never found.
        op.alter_column("organization", "search_key", server_default=None)


def downgrade() -> None:
    op.drop_column("organization", "search_key")
