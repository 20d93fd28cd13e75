"""変更履歴: a record's entries in the audit log, for its detail pane (who, when, what changed)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.audit import DEMO_USER
from db.models import AuditEntry
from desktop.catalogue import QT_TR_NOOP, Listed, Text, Translatable, translate
from desktop.ops.history_values import ValueWords, field_label

ACTIONS = {"insert": QT_TR_NOOP("作成"), "update": QT_TR_NOOP("変更"), "delete": QT_TR_NOOP("削除")}
# Bookkeeping columns the user never edits: not worth a line in the history.
_QUIET = {"id", "version", "created_at", "updated_at", "name_key", "import_batch_id"}
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
    "postal_code": QT_TR_NOOP("郵便番号"),
    "agenda": QT_TR_NOOP("議事次第"),
    "reply_by": QT_TR_NOOP("回答期限"),
    "reply": QT_TR_NOOP("出欠"),
    "replied_on": QT_TR_NOOP("回答日"),
    "deputy_name": QT_TR_NOOP("代理出席者"),
    "deputy_post": QT_TR_NOOP("代理出席者の役職"),
    "companions": QT_TR_NOOP("随行者"),
    "attended": QT_TR_NOOP("受付"),
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
    "meeting": QT_TR_NOOP("会議の開催回"),
    "invitation": QT_TR_NOOP("出欠"),
}


@dataclass(frozen=True)
class Change:
    """One column's values before and after a change, as the user reads them (labels of codes,
    names of the records referred to, dates in the reader's calendar)."""

    field: str | Translatable
    before: str | Translatable
    after: str | Translatable


@dataclass(frozen=True, kw_only=True)
class HistoryRow:
    """One change of a record: values, put into words in the reader's language by `words`."""

    id: int  # the audit entry's, which 「この変更を元に戻す」 names
    at: dt.datetime
    user: str
    action: str  # insert / update / delete
    changes: tuple[Change, ...]
    import_batch_id: int | None = None

    def user_words(self, lang: str) -> str:
        """Who made it: the user's name, or the demo data's own name in the reader's language."""
        if self.user.startswith(DEMO_USER):
            return translate(DEMO_USER, lang) + self.user.removeprefix(DEMO_USER)
        return self.user

    def action_words(self, lang: str) -> str:
        """作成 / 変更 / 削除, or Created / Changed / Deleted."""
        return translate(ACTIONS[self.action], lang) if self.action in ACTIONS else self.action

    def words(self, lang: str) -> str:
        """「氏名: 鈴木 → 佐藤、…」: what changed; the import batch first when it came from one."""
        parts: list[Translatable] = []
        if self.import_batch_id is not None:
            parts.append(Text(QT_TR_NOOP("取り込み番号 {number}"), number=self.import_batch_id))
        for change in self.changes:
            field = change.field
            if self.action == "insert":
                parts.append(Text(QT_TR_NOOP("{field}: {value}"), field=field, value=change.after))
            else:
                parts.append(
                    Text(
                        QT_TR_NOOP("{field}: {before} → {after}"),
                        field=field,
                        before=change.before,
                        after=change.after,
                    )
                )
        return Listed(tuple(parts)).text(lang)


@dataclass(frozen=True, kw_only=True)
class LogRow(HistoryRow):
    """One change in the whole audit log."""

    table: str  # the table's name (organization …)
    row_id: int | None
    entry: dict[str, Any]  # everything the log holds, for the JSON export

    def table_words(self, lang: str) -> str:
        """What the user calls the table (団体 …)."""
        label = TABLE_LABELS.get(self.table)
        return translate(label, lang) if label else self.table


def changed_columns(entry: AuditEntry) -> list[str]:
    """The columns of an update the user edits (bookkeeping left out) whose value changed."""
    before, after = entry.before or {}, entry.after or {}
    return [k for k in {**before, **after} if k not in _QUIET and before.get(k) != after.get(k)]


def changes_in(entry: AuditEntry, words: ValueWords) -> tuple[Change, ...]:
    """What the entry changed, column by column, in the reader's words."""
    before, after = entry.before or {}, entry.after or {}
    keys = changed_columns(entry)
    if entry.action == "insert":
        keys = [k for k in keys if after.get(k) not in (None, "", [])]
    elif entry.action == "delete":
        keys = []
    table = entry.table_name
    return tuple(
        Change(
            field_label(table, k, FIELD_LABELS.get(k, k)),
            words.shown(table, k, before.get(k)),
            words.shown(table, k, after.get(k)),
        )
        for k in keys
    )


def history(session: Session, table: str, row_id: int) -> list[HistoryRow]:
    """The record's history, newest first."""
    words = ValueWords(session)
    entries = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.table_name == table, AuditEntry.row_id == row_id)
        .order_by(AuditEntry.id.desc())
    )
    return [
        HistoryRow(
            id=e.id,
            at=e.at,
            user=e.user,
            action=e.action,
            changes=changes_in(e, words),
            import_batch_id=e.import_batch_id,
        )
        for e in entries
    ]


def audit_log(session: Session, since: dt.date, until: dt.date) -> list[LogRow]:
    """Every change from `since` to `until` (both days included), newest first."""
    words = ValueWords(session)
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
            id=e.id,
            at=e.at,
            user=e.user,
            table=e.table_name,
            row_id=e.row_id,
            action=e.action,
            changes=changes_in(e, words),
            import_batch_id=e.import_batch_id,
            entry={
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
