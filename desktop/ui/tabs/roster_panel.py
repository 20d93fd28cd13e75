"""委員名簿 panel of the 協議会 tab: one council's members on a date, and their changes over time
(add, edit, replace keeping the history, delete, reorder, copy to a new term)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from db.vocab import MEMBER_ROLES, label
from desktop.ops import councils as ops
from desktop.ui.dialogs.form import Field, postal_address_fields
from desktop.ui.i18n import QT_TR_NOOP, show_date, tr
from desktop.ui.tabs.base import TabBase
from desktop.ui.tabs.mail_actions import MailActions
from desktop.ui.widgets.as_of_edit import AsOfEdit
from desktop.ui.widgets.record_table import RecordTable, button, button_row
from desktop.ui.widgets.table_model import Column, by_reading


def member_role(row: ops.MemberRow) -> str:
    return tr(label(MEMBER_ROLES, row.role))


def member_term(row: ops.MemberRow) -> str:
    """令和4年4月1日～令和6年3月31日, or 2022-04-01～2024-03-31 in English; an open end blank."""
    if row.term_start is None and row.term_end is None:
        return ""
    start = show_date(row.term_start) if row.term_start else ""
    end = show_date(row.term_end) if row.term_end else ""
    return f"{start}～{end}"


MEMBER_COLUMNS: list[Column[ops.MemberRow]] = [
    Column(QT_TR_NOOP("役割"), member_role),
    Column(QT_TR_NOOP("区分"), lambda r: r.group),
    Column(QT_TR_NOOP("役職"), lambda r: r.post),
    Column(QT_TR_NOOP("氏名"), lambda r: r.name, by_reading),
    Column(QT_TR_NOOP("所属"), lambda r: r.organization),
    # By the first day of the term (the seats without one first), then its last.
    Column(
        QT_TR_NOOP("任期"),
        member_term,
        lambda r: f"{r.term_start or ''}～{r.term_end or ''}",
    ),
]
MEMBER_FIELDS = [
    Field("role", QT_TR_NOOP("役割"), kind="choice", choices=list(MEMBER_ROLES.items())),
    Field(
        "post", QT_TR_NOOP("役職"), placeholder=QT_TR_NOOP("例: 経済産業省地域経済産業グループ長")
    ),
    Field(
        "name",
        QT_TR_NOOP("氏名"),
        help=QT_TR_NOOP("役職だけが決まっている場合は空欄のままにします。"),
    ),
    Field("kana", QT_TR_NOOP("フリガナ"), placeholder=QT_TR_NOOP("例: やまだ たろう")),
    Field("organization", QT_TR_NOOP("所属"), placeholder=QT_TR_NOOP("例: 経済産業省")),
    Field("group", QT_TR_NOOP("区分"), placeholder=QT_TR_NOOP("例: 民間事業者")),
    Field(
        "term_start",
        QT_TR_NOOP("任期開始"),
        placeholder=QT_TR_NOOP("例: 令和4年4月1日（空欄: 定めなし）"),
    ),
    Field(
        "term_end",
        QT_TR_NOOP("任期終了"),
        placeholder=QT_TR_NOOP("例: 令和6年3月31日（空欄: 定めなし）"),
    ),
    Field("email", QT_TR_NOOP("メールアドレス")),
    Field("phone", QT_TR_NOOP("電話番号"), placeholder=QT_TR_NOOP("例: 03-1234-5678")),
    # The person's own, where letters go to them rather than to their organization.
    *postal_address_fields(QT_TR_NOOP("空欄なら、郵便物は所属の団体の住所へ送ります。")),
    Field("note", QT_TR_NOOP("備考"), placeholder=QT_TR_NOOP("例: 必要に応じて")),
]


class RosterPanel(QWidget):
    """Talks to the database through its tab (worker, forms, confirmations, history)."""

    def __init__(self, tab: TabBase, on_changed: Callable[[], None]) -> None:
        super().__init__(tab)
        self.tab = tab
        self._on_changed = on_changed  # the council list's member counts reload
        self.council_id: int | None = None
        self.members: RecordTable[ops.MemberRow] = RecordTable(MEMBER_COLUMNS, self)
        self.members.export_title = tr("委員名簿")
        self.mail = MailActions(
            self.members,
            lambda: [(m.name, m.email) for m in self.members.shown_rows()],
            tab.status_message.emit,
        )
        self.title = QLabel(tr("委員名簿"))
        self.title.setStyleSheet("font-weight: bold;")
        self.as_of_edit = AsOfEdit(
            tr("この日の委員を表示・印刷します（例: 令和4年4月1日）。空欄は今日。")
        )
        self.as_of_edit.editingFinished.connect(self.reload)
        self.history_check = QCheckBox(tr("任期外の委員も表示"))
        self.history_check.toggled.connect(lambda _on: self.reload())

        self.add_button = button(tr("委員を追加"), self.add_member)
        self.edit_button = button(tr("委員を編集"), self.edit_member)
        self.replace_button = button(
            tr("委員を交代…"),
            self.replace_member,
            tr("任期を終える委員と、その席を継ぐ委員（履歴は残ります）"),
        )
        self.delete_button = button(tr("委員を削除"), self.delete_member)
        self.up_button = button("▲", lambda: self.move_member(-1), tr("上へ（同じ役割の中で）"))
        self.down_button = button("▼", lambda: self.move_member(1), tr("下へ（同じ役割の中で）"))
        for arrow in (self.up_button, self.down_button):  # as wide as the arrow: the width
            arrow.setMaximumWidth(arrow.fontMetrics().horizontalAdvance("▲") + 24)  # is the list's
        self.history_button = button(tr("履歴"), self.member_history, tr("この委員の変更履歴"))
        self.new_term_button = button(
            tr("新しい任期へ…"), self.copy_roster, tr("今の委員全員を新しい任期の名簿に写します")
        )

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(QLabel(tr("時点:")))
        header.addWidget(self.as_of_edit)
        header.addWidget(self.history_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.members, 1)
        layout.addLayout(
            button_row(
                self.add_button,
                self.edit_button,
                self.replace_button,
                self.delete_button,
                self.up_button,
                self.down_button,
                self.history_button,
                self.new_term_button,
            )
        )
        self.members.current_row_changed.connect(lambda _r: self.update_buttons())
        self.members.edit_with(self.edit_member, self.delete_member)
        self.update_buttons()

    # showing ----------------------------------------------------------------------------
    def show_council(self, council_id: int | None, name: str) -> None:
        self.council_id = council_id
        if council_id is None:
            self.title.setText(tr("委員名簿（協議会が登録されていません）"))
            self.members.set_rows([])
        else:
            self.title.setText(tr("委員名簿 — {name}").format(name=name))
            self.reload()
        self.update_buttons()

    def as_of(self) -> dt.date | None:
        """The day whose members are shown and printed (today when blank); None: unreadable,
        which is said in the status bar."""
        return self.as_of_edit.day(self.tab.status_message.emit)

    def reload(self, keep_id: int | None = None) -> None:
        if self.council_id is None:
            return
        day = self.as_of()
        if day is None:
            return
        shown = None if self.history_check.isChecked() else day
        self.tab.load_table(self.members, ops.list_members, self.council_id, shown, keep_id=keep_id)

    def update_buttons(self) -> None:
        writable = not self.tab.read_only
        has_council = self.council_id is not None
        has_member = self.members.current() is not None
        self.add_button.setEnabled(writable and has_council)
        self.new_term_button.setEnabled(writable and has_council)
        self.mail.enable(has_council)
        for widget in (
            self.edit_button,
            self.replace_button,
            self.delete_button,
            self.up_button,
            self.down_button,
        ):
            widget.setEnabled(writable and has_member)
        self.history_button.setEnabled(has_member)

    def _changed(self, keep_id: int | None = None) -> None:
        self.reload(keep_id=keep_id)
        self._on_changed()

    # editing ----------------------------------------------------------------------------
    def add_member(self) -> None:
        if self.council_id is None or self.tab.read_only:
            return
        self._member_form(tr("委員を追加"), {"role": "member"}, None, None)

    def edit_member(self) -> None:
        m = self.members.current()
        if m is None or self.tab.read_only:
            return
        values = {
            "role": m.role,
            "post": m.post,
            "name": m.name,
            "organization": m.organization,
            "group": m.group,
            "term_start": show_date(m.term_start) if m.term_start else "",
            "term_end": show_date(m.term_end) if m.term_end else "",
            "kana": m.kana,
            "email": m.email,
            "phone": m.phone,
            "postal_code": m.postal_code,
            "address": m.address,
            "note": m.note,
        }
        self._member_form(tr("委員を編集"), values, m.id, m.version)

    def _member_form(
        self, title: str, values: dict[str, str], member_id: int | None, version: int | None
    ) -> None:
        council_id = self.council_id
        assert council_id is not None

        def save(v: dict[str, str]) -> tuple[Any, Any]:
            data = ops.MemberInput(council_id=council_id, id=member_id, version=version, **v)
            return ops.save_member, data

        def saved(new_id: int) -> None:
            self.tab.status_message.emit(tr("委員を保存しました。"))
            self._changed(keep_id=new_id)

        self.tab.edit_form(title, MEMBER_FIELDS, values, save, saved)

    def replace_member(self) -> None:
        """The selected seat goes to someone new from a day on (the old term ends the day before)."""
        m = self.members.current()
        if m is None or self.tab.read_only:
            return
        fields = [
            Field(
                "from_date",
                tr("交代する日"),
                required=True,
                placeholder=tr("新しい委員の任期の初日（例: 令和4年4月1日）"),
            ),
            Field("name", tr("新しい委員の氏名"), required=True),
            Field(
                "post",
                tr("役職"),
                placeholder=tr("空欄: 同じ（{post}）").format(post=m.post or "－"),
            ),
            Field(
                "organization",
                tr("所属"),
                placeholder=tr("空欄: 同じ（{organization}）").format(
                    organization=m.organization or "－"
                ),
            ),
        ]

        def save(v: dict[str, str]) -> tuple[Any, Any]:
            return ops.replace_member, ops.ReplacementInput(m.id, m.version, **v)

        def saved(new_id: int) -> None:
            self.tab.status_message.emit(
                tr("{post}の席を交代しました（履歴は残ります）。").format(post=m.name or m.post)
            )
            self._changed(keep_id=new_id)

        self.tab.edit_form(
            tr("委員を交代 — {post}").format(post=m.name or m.post), fields, {}, save, saved
        )

    def copy_roster(self) -> None:
        council_id = self.council_id
        if council_id is None or self.tab.read_only:
            return
        fields = [
            Field(
                "start", tr("新しい任期の初日"), required=True, placeholder=tr("例: 令和4年4月1日")
            ),
            Field(
                "end", tr("任期の終わり"), placeholder=tr("空欄: 定めなし（例: 令和6年3月31日）")
            ),
        ]

        def save(v: dict[str, str]) -> tuple[Any, Any]:
            return ops.copy_roster, ops.NewTermInput(council_id, **v)

        def saved(count: int) -> None:
            self.tab.status_message.emit(
                tr("{count}名を新しい任期の名簿に写しました。").format(count=count)
            )
            self._changed()

        self.tab.edit_form(tr("名簿を新しい任期へ"), fields, {}, save, saved)

    def delete_member(self) -> None:
        m = self.members.current()
        if m is None or self.tab.read_only:
            return
        self.tab.delete_record(
            tr("委員「{post}」").format(post=m.name or m.post),
            ops.delete_member,
            m.id,
            m.version,
            then=self._changed,
        )

    def move_member(self, step: int) -> None:
        m = self.members.current()
        if m is None or self.tab.read_only:
            return
        self.tab.worker.call(
            ops.move_member,
            m.id,
            step,
            on_result=lambda _r: self.reload(keep_id=m.id),
            on_error=self.tab.report_error,
        )

    def member_history(self) -> None:
        m = self.members.current()
        if m is not None:
            self.tab.show_history("membership", m.id, m.name or m.post)
