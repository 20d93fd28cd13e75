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
