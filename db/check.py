"""`secdesk check`: integrity, foreign keys, schema version and audit-log consistency."""

from __future__ import annotations

from sqlalchemy import func, select, text

from db.engine import Database
from db.migrate import current_revision, head_revision
from db.models import AuditEntry, Base, Versioned


def run_checks(database: Database) -> list[str]:
    """Every problem found, as one Japanese sentence each; an empty list means clean."""
    problems: list[str] = []
    if current_revision(database) != head_revision():
        problems.append("データベースの形式が最新ではありません（アプリを起動すると更新します）。")
    with database.engine.connect() as conn:
        if database.is_sqlite:
            for (line,) in conn.execute(text("PRAGMA integrity_check")):
                if line != "ok":
                    problems.append(f"整合性検査: {line}")
            for table, rowid, parent, _fk in conn.execute(text("PRAGMA foreign_key_check")):
                problems.append(f"表 {table} の行 {rowid} が存在しない {parent} を参照しています。")
    with database.sessions() as session:
        for mapper in Base.registry.mappers:
            model = mapper.class_
            if not issubclass(model, Versioned):
                continue
            table = model.__tablename__  # type: ignore[attr-defined]
            audited = select(AuditEntry.row_id).where(
                AuditEntry.table_name == table, AuditEntry.action == "insert"
            )
            missing = session.scalar(
                select(func.count()).select_from(model).where(model.id.not_in(audited))
            )
            if missing:
                problems.append(f"表 {table} の {missing} 行に変更履歴（作成の記録）がありません。")
    return problems
