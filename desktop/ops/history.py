"""変更履歴: a record's entries in the audit log, for its detail pane (who, when, what changed)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuditEntry

ACTIONS = {"insert": "作成", "update": "変更", "delete": "削除"}
# Bookkeeping columns the user never edits: not worth a line in the history.
_QUIET = {"id", "version", "created_at", "updated_at", "name_key"}
# Column names as the forms call them.
FIELD_LABELS = {
    "name": "名称",
    "kind": "区分",
    "kana": "フリガナ",
    "lg_code": "地方公共団体コード",
    "address": "住所",
    "phone": "電話番号",
    "email": "メールアドレス",
    "note": "備考",
    "post": "役職",
    "role": "役割",
    "order": "順",
    "group_name": "区分",
    "term_start": "任期開始",
    "term_end": "任期終了",
    "person_id": "人",
    "organization_id": "団体",
    "status": "状態",
    "summary": "概要",
    "title": "提案タイトル",
    "selected_fiscal_year": "選定年度",
    "number": "No.",
    "theme": "テーマ",
    "date": "開催日",
    "start_time": "開始",
    "end_time": "終了",
    "format": "形式",
    "venue": "会場",
    "eligibility": "対象",
    "capacity": "定員",
    "categories": "分野",
    "publish_consent": "公表可否",
    "received_on": "受付日",
    "department": "担当部署",
    "contact_person_id": "担当者",
    "program_id": "事業",
}


# What the user calls each table, in the whole log.
TABLE_LABELS = {
    "organization": "団体",
    "person": "人",
    "program": "事業",
    "category": "分野",
    "registration": "登録",
    "measure": "支援策",
    "budget_line": "予算",
    "measure_selection": "支援策の選定",
    "project_proposer": "提案団体",
    "project": "選定事業",
    "continuation": "継続申請",
    "council": "会議",
    "membership": "委員",
    "event_series": "行事",
    "event_session": "開催回",
    "participant": "参加者",
    "milestone": "予定",
    "registration_count": "登録数",
    "duplicate_dismissal": "重複ではない組",
}


@dataclass(frozen=True)
class LogRow:
    """One change in the whole audit log."""

    id: int
    at: dt.datetime
    user: str
    table: str  # the user's word for it (団体 …)
    row_id: int | None
    action: str  # 作成 / 変更 / 削除
    changes: str
    entry: dict[str, Any]  # everything the log holds, for the JSON export


@dataclass(frozen=True)
class HistoryRow:
    at: dt.datetime
    user: str
    action: str  # 作成 / 変更 / 削除
    changes: str  # 「氏名: 鈴木 → 佐藤」…; the import batch when it came from one


def _show(value: Any) -> str:
    if value is None or value == "":
        return "（空欄）"
    if isinstance(value, list):
        return "、".join(str(v) for v in value) or "（なし）"
    return str(value)


def _changes(entry: AuditEntry) -> str:
    before, after = entry.before or {}, entry.after or {}
    keys = [k for k in {**before, **after} if k not in _QUIET and before.get(k) != after.get(k)]
    if entry.action == "insert":
        parts = [
            f"{FIELD_LABELS.get(k, k)}: {_show(after[k])}"
            for k in keys
            if after.get(k) not in (None, "", [])
        ]
    elif entry.action == "delete":
        parts = []
    else:
        parts = [
            f"{FIELD_LABELS.get(k, k)}: {_show(before.get(k))} → {_show(after.get(k))}"
            for k in keys
        ]
    if entry.import_batch_id is not None:
        parts.insert(0, f"取り込み番号 {entry.import_batch_id}")
    return "、".join(parts)


def history(session: Session, table: str, row_id: int) -> list[HistoryRow]:
    """The record's history, newest first."""
    entries = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.table_name == table, AuditEntry.row_id == row_id)
        .order_by(AuditEntry.id.desc())
    )
    return [HistoryRow(e.at, e.user, ACTIONS.get(e.action, e.action), _changes(e)) for e in entries]


def audit_log(session: Session, since: dt.date, until: dt.date) -> list[LogRow]:
    """Every change from `since` to `until` (both days included), newest first."""
    entries = session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.at >= dt.datetime.combine(since, dt.time()),
            AuditEntry.at < dt.datetime.combine(until + dt.timedelta(days=1), dt.time()),
        )
        .order_by(AuditEntry.id.desc())
    )
    return [
        LogRow(
            e.id,
            e.at,
            e.user,
            TABLE_LABELS.get(e.table_name, e.table_name),
            e.row_id,
            ACTIONS.get(e.action, e.action),
            _changes(e),
            {
                "id": e.id,
                "at": e.at.isoformat(timespec="seconds"),
                "user": e.user,
                "action": e.action,
                "table": e.table_name,
                "row_id": e.row_id,
                "before": e.before,
                "after": e.after,
                "import_batch_id": e.import_batch_id,
            },
        )
        for e in entries
    ]
