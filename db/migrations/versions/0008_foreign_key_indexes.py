"""an index on every foreign key

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07

Without one, deleting a row makes the database scan each table that refers to it (SQLite checks
and cascades a foreign key with a query on the referring column), and a policy field's
registrations were found by reading every registration's links. The link of a registration to a
field gets (category_id, registration_id), so that a field's registrations are read from the
index alone.
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# (table, indexed columns): the index is named after the table and its first column.
INDEXES = (
    ("organization", ("parent_id",)),
    ("event_series", ("program_id",)),
    ("measure", ("ministry_id",)),
    ("measure", ("program_id",)),
    ("milestone", ("program_id",)),
    ("project", ("program_id",)),
    ("published_figure", ("program_id",)),
    ("registration_count", ("program_id",)),
    ("budget_line", ("measure_id",)),
    ("continuation", ("project_id",)),
    ("council", ("parent_id",)),
    ("council", ("project_id",)),
    ("measure_category", ("category_id",)),
    ("measure_selection", ("measure_id",)),
    ("project_category", ("category_id",)),
    ("project_proposer", ("organization_id",)),
    ("registration", ("program_id",)),
    ("registration", ("contact_person_id",)),
    ("registration", ("import_batch_id",)),
    ("measure_selection_organization", ("organization_id",)),
    ("membership", ("council_id",)),
    ("membership", ("person_id",)),
    ("membership", ("organization_id",)),
    ("participant", ("session_id",)),
    ("participant", ("person_id",)),
    ("invitation", ("membership_id",)),
    ("invitation", ("organization_id",)),
    ("registration_category", ("category_id", "registration_id")),
)


def _name(table: str, columns: tuple[str, ...]) -> str:
    return op.f(f"ix_{table}_{columns[0]}")


def upgrade() -> None:
    for table, columns in INDEXES:
        op.create_index(_name(table, columns), table, list(columns), unique=False)


def downgrade() -> None:
    for table, columns in reversed(INDEXES):
        op.drop_index(_name(table, columns), table_name=table)
