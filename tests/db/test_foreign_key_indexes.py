"""Every foreign key has an index: deleting a row checks and cascades to the rows referring to it
with a query on the referring column, which without an index reads the whole table."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, MetaData, Table, UniqueConstraint, text

from db.models import Base


def _leading_columns(table: Table) -> set[str]:
    """The columns a lookup of one value can start an index with (a partial index does not
    serve every lookup, so it does not count)."""
    found = {next(iter(table.primary_key.columns)).name} if table.primary_key.columns else set()
    for index in table.indexes:
        partial = any(
            index.dialect_options[d].get("where") is not None for d in ("sqlite", "postgresql")
        )
        if not partial:
            found.add(index.expressions[0].name)  # type: ignore[union-attr]
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint) and constraint.columns:
            found.add(next(iter(constraint.columns)).name)
    found |= {column.name for column in table.columns if column.unique}
    return found


def test_every_foreign_key_leads_an_index() -> None:
    missing = [
        f"{table.name}.{key.parent.name}"
        for table in Base.metadata.sorted_tables
        for key in table.foreign_keys
        if key.parent.name not in _leading_columns(table)
    ]
    assert missing == [], "give these foreign keys an index (index=True) and a migration"


def test_a_partial_or_later_column_index_does_not_count() -> None:
    """The check itself: what does not serve a lookup of the key is not taken for its index."""
    metadata = MetaData()
    Table("parent", metadata, Column("id", Integer, primary_key=True))
    child = Table(
        "child",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("other", Integer),
        Column("parent_id", ForeignKey("parent.id")),
        Index("ix_later", "other", "parent_id"),
        Index("ix_partial", "parent_id", sqlite_where=text("other > 0")),
    )
    assert "parent_id" not in _leading_columns(child)
    Index("ix_leading", child.c.parent_id, child.c.other)
    assert "parent_id" in _leading_columns(child)
