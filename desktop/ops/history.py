"""変更履歴: a record's entries in the audit log, for its detail pane (who, when, what changed)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuditEntry
from desktop.catalogue import QT_TR_NOOP

ACTIONS = {"insert": "作成", "update": "変更", "delete": "削除"}
# Bookkeeping columns the user never edits: not worth a line in the history.
_QUIET = {"id", "version", "created_at", "updated_at", "name_key"}
# Column names as the forms call them (marked: messages name fields with them).
FIELD_LABELS = {
    "name": QT_TR_NOOP("名称"),
    "kind": QT_TR_NOOP("区分"),
    "kana": QT_TR_NOOP("フリガナ"),
    "lg_code": QT_TR_NOOP("地方公共団体コード"),
    "address": QT_TR_NOOP("住所"),
    "phone": QT_TR_NOOP("電話番号"),
    "email": QT_TR_NOOP("メールアドレス"),
    "note": QT_TR_NOOP("備考"),
    "post": QT_TR_NOOP("役職"),
    "role": QT_TR_NOOP("役割"),
    "order": QT_TR_NOOP("順"),
    "group_name": QT_TR_NOOP("区分"),
    "term_start": QT_TR_NOOP("任期開始"),
    "term_end": QT_TR_NOOP("任期終了"),
    "person_id": QT_TR_NOOP("人"),
    "organization_id": QT_TR_NOOP("団体"),
    "status": QT_TR_NOOP("状態"),
    "summary": QT_TR_NOOP("概要"),
    "title": QT_TR_NOOP("提案タイトル"),
    "selected_fiscal_year": QT_TR_NOOP("選定年度"),
    "number": QT_TR_NOOP("No."),
    "theme": QT_TR_NOOP("テーマ"),
    "date": QT_TR_NOOP("開催日"),
    "start_time": QT_TR_NOOP("開始時刻"),
    "end_time": QT_TR_NOOP("終了時刻"),
    "format": QT_TR_NOOP("形式"),
    "venue": QT_TR_NOOP("会場"),
    "eligibility": QT_TR_NOOP("対象"),
    "capacity": QT_TR_NOOP("定員"),
    "categories": QT_TR_NOOP("分野"),
    "publish_consent": QT_TR_NOOP("公表可否"),
    "received_on": QT_TR_NOOP("受付日"),
    "department": QT_TR_NOOP("担当部署"),
    "contact_person_id": QT_TR_NOOP("担当者"),
    "program_id": QT_TR_NOOP("事業"),
}


# What the user calls each table, in the whole log.
TABLE_LABELS = {
    "organization": QT_TR_NOOP("団体"),
    "person": QT_TR_NOOP("人"),
    "program": QT_TR_NOOP("事業"),
    "category": QT_TR_NOOP("分野"),
    "registration": QT_TR_NOOP("登録"),
    "measure": QT_TR_NOOP("支援策"),
    "budget_line": QT_TR_NOOP("予算"),
    "measure_selection": QT_TR_NOOP("支援策の選定"),
    "project_proposer": QT_TR_NOOP("提案団体"),
    "project": QT_TR_NOOP("選定事業"),
    "continuation": QT_TR_NOOP("継続申請"),
    "council": QT_TR_NOOP("会議"),
    "membership": QT_TR_NOOP("委員"),
    "event_series": QT_TR_NOOP("行事"),
    "event_session": QT_TR_NOOP("開催回"),
    "participant": QT_TR_NOOP("参加者"),
    "milestone": QT_TR_NOOP("予定"),
    "registration_count": QT_TR_NOOP("登録数"),
    "duplicate_dismissal": QT_TR_NOOP("重複ではない組"),
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
