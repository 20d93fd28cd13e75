"""organizations keep the key that puts them in list order

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08

organization.sort_key holds the key of db.keys.organization_sort_key (local governments by code,
the others in 五十音順 by reading) as UTF-8 bytes, with an index, so that the 登録 tab and the
matching sort in the database instead of working out every organization's key in Python.

The key follows the 五十音 rules of desktop.japanese.gojuon: whoever changes those rules (or
organization_sort_key) adds a migration that calls db.keys.refill_sort_keys again, as this one
does; tests/db/test_sort_keys.py (KEYS_REFILLED_BY) fails until then.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.keys import refill_sort_keys

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    # SQLite adds a NOT NULL column only with a default (making the column NOT NULL later would
    # rebuild the table, and dropping the old one would cascade the deletion to every
    # registration). The default is the empty key, which a row written by the app never keeps:
    # db.keys fills the column on every insert and update.
    empty = sa.text("X''") if bind.dialect.name == "sqlite" else sa.text("''")
    # A plain ALTER TABLE, not Alembic's batch mode: that would rebuild the table for a default
    # that is an expression, and lose its AUTOINCREMENT (ids of deleted rows given again).
    op.add_column(
        "organization",
        sa.Column("sort_key", sa.LargeBinary(), nullable=False, server_default=empty),
    )
    refill_sort_keys(bind)
    if bind.dialect.name == "postgresql":
        # The server can drop it in place: a row inserted around the program is then refused
        # rather than listed first with an empty key. (On SQLite `secdesk check` finds those.)
        op.alter_column("organization", "sort_key", server_default=None)
    op.create_index(op.f("ix_organization_sort_key"), "organization", ["sort_key"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_organization_sort_key"), table_name="organization")
    op.drop_column("organization", "sort_key")
