"""`secdesk check`: integrity, foreign keys, schema version and audit-log consistency."""

from __future__ import annotations

from sqlalchemy import String, Table, func, select, text
from sqlalchemy.orm import Session

from db import text_rules
from db.database import Database
from db.keys import expected_search_keys, organization_id_batches, stored_sort_key
from db.migrate import current_revision, head_revision
from db.models import AuditEntry, Base, Organization, Versioned


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
        for table in Base.metadata.sorted_tables:
            problems += _texts_the_server_refuses(session, table, sqlite=database.is_sqlite)
        problems += _stale_sort_keys(session)
        problems += _stale_search_keys(session)
    return problems


def _stale_sort_keys(session: Session) -> list[str]:
    """Organizations whose stored list-order key is not the one their name, reading and code
    give: a row written around the program (its own SQL, another tool) that lists out of order
    in the 登録 tab and the matching."""
    o = Organization
    stale = [
        org_id
        for org_id, kind, name, kana, code, key in session.execute(
            select(o.id, o.kind, o.name, o.kana, o.lg_code, o.sort_key).order_by(o.id)
        )
        if key != stored_sort_key(kind, name, kana, code)
    ]
    return _stale(
        stale,
        "並び順の鍵が団体名・フリガナ・コード",
        "画面でその団体のフリガナを入れ直して保存する",
    )


def _stale_search_keys(session: Session) -> list[str]:
    """Organizations whose stored search key is not what their columns and registrations' summaries
    give (rows written around the program): the 登録 tab's search would miss or wrongly find them."""
    connection = session.connection()
    stale = []
    for batch in organization_id_batches(connection):
        expected = expected_search_keys(connection, batch)
        stored = connection.execute(
            select(Organization.id, Organization.search_key).where(Organization.id.in_(batch))
        )
        stale += sorted(i for i, key in stored if key != expected[i])
    return _stale(
        stale,
        "検索用のキーが団体名・フリガナ・コード・登録の概要",
        "画面でその団体を開いて保存する",
    )


def _stale(ids: list[int], what: str, mend: str) -> list[str]:
    """One sentence for the organizations whose stored key (`what` … と合っていません) is stale."""
    if not ids:
        return []
    shown = "、".join(str(i) for i in ids[:5]) + (" ほか" if len(ids) > 5 else "")
    return [
        f"表 organization の {len(ids)} 行（id {shown}）は、{what}と合っていません"
        f"（アプリの外から書き込まれた行です）。{mend}と直ります。"
    ]


def _texts_the_server_refuses(session: Session, table: Table, *, sqlite: bool) -> list[str]:
    """Values an SQLite file may hold but PostgreSQL refuses (longer than the column, or with
    a NUL character): the database could not be moved to a server until they are shortened."""
    found = []
    key = table.c.id if "id" in table.c else None
    for column in table.columns:
        limit = text_rules.max_length(column)
        if not isinstance(column.type, String):
            continue
        # SQLite's length() stops at a NUL character, hence the separate test for one.
        tests = [(f"{limit} 文字より長い値", func.length(column) > limit)] if limit else []
        if sqlite:
            tests.append(("NUL 文字を含む値", func.instr(column, func.char(0)) > 0))
        for what, test in tests:
            rows = list(session.scalars(select(key if key is not None else column).where(test)))
            if not rows:
                continue
            shown = "、".join(str(r) for r in rows[:5]) + (" ほか" if len(rows) > 5 else "")
            which = f"（id {shown}）" if key is not None else ""
            found.append(
                f"表 {table.name} の列 {column.name} に{what}が {len(rows)} 件あります{which}。"
                "サーバー（PostgreSQL）には移せないため、画面で直してください。"
            )
    return found
