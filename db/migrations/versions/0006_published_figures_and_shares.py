"""published figures beside the computed ones; budget lines that are a share (内数); a
measure's name and footnote in a legend

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07

published_figure keeps what a source published about a programme's projects (selected per
year, in support on a date, ended), so that a sheet can print it beside what the records
compute. budget_line.share_of names the larger total a line is a share of (内数), which is
never the measure's own amount. measure.legend_name / legend_note keep how a legend names a
measure and its footnote on the name, so that the legend prints as its source.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "published_figure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=True),
        sa.Column("ended_after", sa.Integer(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("source", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["program.id"],
            name=op.f("fk_published_figure_program_id_program"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_published_figure")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("share_of", sa.Text(), nullable=True))
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.add_column(sa.Column("legend_name", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("legend_note", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.drop_column("legend_note")
        batch_op.drop_column("legend_name")
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.drop_column("share_of")
    op.drop_table("published_figure")
