"""会議 panel of the 協議会 tab: one council's meetings (第n回), the invitees of the selected one
with their replies (出欠回答), and the ticks at the 受付 on the day."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from db.vocab import MEMBER_ROLES, REPLIES, SESSION_FORMATS, label
from desktop.catalogue import Text
from desktop.japanese.wareki import format_time_range, format_wareki
from desktop.ops import meetings as ops
from desktop.ui.dialogs.form import Field
from desktop.ui.i18n import QT_TR_NOOP, language, listed, show_date, tr
from desktop.ui.tabs.base import TabBase
from desktop.ui.tabs.mail_actions import MailActions
from desktop.ui.widgets.reception import rows_to_tick, tick_with_keys
from desktop.ui.widgets.record_table import RecordTable, button, button_row
from desktop.ui.widgets.table_model import Column, by_reading


def meeting_label(row: ops.MeetingRow) -> str:
    """第3回, or "Meeting 3" in English."""
    return tr("第{number}回", "a council's meeting").format(number=row.number)


def meeting_when(row: ops.MeetingRow) -> str:
    """令和8年6月10日（水） 13:30～15:00; 未定 while the date is not fixed."""
    day = show_date(row.date, weekday=True) if row.date else tr("未定")
    time = format_time_range(row.start_time, row.end_time) if row.start_time else ""
    return f"{day} {time}".strip()


def meeting_place(row: ops.MeetingRow) -> str:
    """The venue; a web meeting its URL (or web while none is given)."""
    if row.venue:
        return row.venue
    return row.url or (tr(label(SESSION_FORMATS, row.format)) if row.format else "")


def reply_counts(row: ops.MeetingRow) -> str:
    return tr("出席{attending}／欠席{absent}／未回答{unanswered}").format(
        attending=row.attending, absent=row.absent, unanswered=row.unanswered
    )


def reply_shown(row: ops.InviteeRow) -> str:
    """出席, or 代理出席（佐藤 三郎 副市長） naming the deputy."""
    said = tr(label(REPLIES, row.reply))
    if row.reply == "deputy":
        return tr("{reply}（{deputy}）").format(
            reply=said, deputy=f"{row.deputy_name} {row.deputy_post}".strip()
        )
    return said


MEETING_COLUMNS: list[Column[ops.MeetingRow]] = [
    Column(QT_TR_NOOP("回"), meeting_label, lambda r: r.number, raw=lambda r: r.number, kind="int"),
    Column(
        QT_TR_NOOP("日時"),
        meeting_when,
        lambda r: r.date.isoformat() if r.date else "",
        raw=lambda r: r.date,
        kind="date",
    ),
    Column(QT_TR_NOOP("会場"), meeting_place, long_text=True),
    Column(QT_TR_NOOP("出欠"), reply_counts),
    Column(
        QT_TR_NOOP("受付"),
        lambda r: tr("{count}名").format(count=r.attended) if r.attended else "",
        lambda r: r.attended,
        align_right=True,
    ),
]
INVITEE_COLUMNS: list[Column[ops.InviteeRow]] = [
    Column(QT_TR_NOOP("役割"), lambda r: tr(label(MEMBER_ROLES, r.role)) if r.role else ""),
    Column(QT_TR_NOOP("役職"), lambda r: r.post),
    Column(QT_TR_NOOP("氏名"), lambda r: r.name, by_reading),
    Column(QT_TR_NOOP("所属"), lambda r: r.organization),
    Column(QT_TR_NOOP("出欠"), reply_shown),
    Column(
        QT_TR_NOOP("回答日"),
        lambda r: show_date(r.replied_on) if r.replied_on else "",
        lambda r: r.replied_on.isoformat() if r.replied_on else "",
    ),
    Column(QT_TR_NOOP("随行者"), lambda r: listed(r.companions.splitlines())),
    Column(QT_TR_NOOP("受付"), lambda r: "✓" if r.attended else "", lambda r: int(r.attended)),
]
MEETING_FIELDS = [
    Field("number", QT_TR_NOOP("回"), required=True, placeholder=QT_TR_NOOP("例: 3")),
    Field(
        "date",
        QT_TR_NOOP("開催日"),
        placeholder=QT_TR_NOOP("例: 令和8年6月10日、R8.6.10、2026/6/10"),
        help=QT_TR_NOOP("この日の委員が招待者になります。"),
    ),
    Field("time", QT_TR_NOOP("時間"), placeholder=QT_TR_NOOP("例: 13:30～15:00")),
    Field(
        "format",
        QT_TR_NOOP("形式"),
        kind="choice",
        choices=[("", QT_TR_NOOP("未定")), *SESSION_FORMATS.items()],
    ),
    Field("venue", QT_TR_NOOP("会場"), placeholder=QT_TR_NOOP("例: 中央合同庁舎8号館 会議室A")),
    Field("url", QT_TR_NOOP("URL"), placeholder=QT_TR_NOOP("web で開くときの会議の URL")),
    Field(
        "agenda",
        QT_TR_NOOP("議事次第"),
        kind="multiline",
        help=QT_TR_NOOP("1行に1項目ずつ、進める順に書きます。"),
    ),
    Field(
        "reply_by",
        QT_TR_NOOP("回答期限"),
        placeholder=QT_TR_NOOP("空欄: 開催日の7日前"),
    ),
    Field("note", QT_TR_NOOP("備考")),
]
REPLY_FIELDS = [
    Field("reply", QT_TR_NOOP("出欠"), kind="choice", choices=list(REPLIES.items())),
    Field("replied_on", QT_TR_NOOP("回答日"), placeholder=QT_TR_NOOP("例: 令和8年6月1日")),
    Field(
        "deputy_name",
        QT_TR_NOOP("代理出席者の氏名"),
        help=QT_TR_NOOP("代理出席のときは氏名と役職の両方を入力します。"),
    ),
    Field("deputy_post", QT_TR_NOOP("代理出席者の役職"), placeholder=QT_TR_NOOP("例: 副市長")),
    Field(
        "companions",
        QT_TR_NOOP("随行者"),
        kind="multiline",
        help=QT_TR_NOOP("1行に1名ずつ（例: 企画課 主査 田中 一郎）。"),
    ),
    Field("note", QT_TR_NOOP("備考")),
]
INVITEE_FIELDS = [
    Field("name", QT_TR_NOOP("氏名"), required=True),
    Field("organization", QT_TR_NOOP("所属")),
    Field("post", QT_TR_NOOP("役職"), placeholder=QT_TR_NOOP("例: オブザーバー")),
    Field("note", QT_TR_NOOP("備考")),
]


class MeetingsPanel(QWidget):
    """Talks to the database through its tab (worker, forms, confirmations, history)."""

    def __init__(self, tab: TabBase) -> None:
        super().__init__(tab)
        self.tab = tab
        self.council_id: int | None = None
        self._invitee_to_show: int | None = None  # the row below those just ticked
        self.meetings: RecordTable[ops.MeetingRow] = RecordTable(MEETING_COLUMNS, self)
        self.meetings.export_title = tr("会議の開催")
        self.meetings.empty_text = tr("会議はまだありません（「次回の会議を設定…」）。")
        self.invitees: RecordTable[ops.InviteeRow] = RecordTable(INVITEE_COLUMNS, self)
        self.mail = MailActions(
            self.invitees,
            lambda: [(i.name or i.post, i.email) for i in self.invitees.shown_rows()],
            tab.status_message.emit,
        )
        self.invitees.export_title = tr("出欠一覧")
        self.invitees.empty_text = tr("会議を選ぶと、招待者と出欠が表示されます。")
        self.title = QLabel(tr("会議"))
        self.title.setStyleSheet("font-weight: bold;")
        self.invitees_title = QLabel(tr("招待者と出欠"))
        self.invitees_title.setStyleSheet("font-weight: bold;")
        self.unanswered_check = QCheckBox(tr("未回答だけ"))
        self.unanswered_check.setToolTip(tr("まだ回答のない招待者だけを表示します"))
        self.unanswered_check.toggled.connect(self._only_unanswered)

        self.new_button = button(
            tr("次回の会議を設定…"),
            self.new_meeting,
            tr("次の回を設定し、その日の委員を招待者にします（Ctrl+Shift+M）"),
        )
        self.edit_button = button(tr("会議を編集"), self.edit_meeting)
        self.delete_button = button(tr("会議を削除"), self.delete_meeting)
        self.history_button = button(tr("変更履歴"), self.meeting_history)
        self.reply_button = button(
            tr("出欠を記録…"), self.record_reply, tr("選んだ招待者の回答を記録します（Enter）")
        )
        self.attend_button = button(
            tr("受付済みにする"),
            lambda: self.mark_attendance(attended=True),
            tr("選んだ招待者を受付済みにします（Space）。Shift・Ctrl+クリックで複数選べます"),
        )
        self.unattend_button = button(
            tr("受付を取り消す"),
            lambda: self.mark_attendance(attended=False),
            tr("選んだ招待者の受付を取り消します（Shift+Space）"),
        )
        self.add_invitee_button = button(tr("招待者を追加"), self.add_invitee)
        self.remove_invitee_button = button(tr("招待者を外す"), self.remove_invitee)

        meetings_box = QWidget()
        meetings_layout = QVBoxLayout(meetings_box)
        meetings_layout.setContentsMargins(0, 0, 0, 0)
        meetings_layout.addWidget(self.title)
        meetings_layout.addWidget(self.meetings, 1)
        meetings_layout.addLayout(
            button_row(self.new_button, self.edit_button, self.delete_button, self.history_button)
        )
        invitees_box = QWidget()
        invitees_layout = QVBoxLayout(invitees_box)
        invitees_layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.invitees_title, 1)
        header.addWidget(self.unanswered_check)
        invitees_layout.addLayout(header)
        invitees_layout.addWidget(self.invitees, 1)
        invitees_layout.addLayout(
            button_row(
                self.reply_button,
                self.attend_button,
                self.unattend_button,
                self.add_invitee_button,
                self.remove_invitee_button,
            )
        )
        # The meetings above their invitees, each the pane's whole width. Not a splitter: the
        # window remembers its splitters by their place, which a new one would shift.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(meetings_box, 2)
        layout.addWidget(invitees_box, 3)

        self.meetings.current_row_changed.connect(self._meeting_selected)
        self.invitees.current_row_changed.connect(lambda _r: self.update_buttons())
        self.meetings.edit_with(self.edit_meeting, self.delete_meeting)
        self.invitees.edit_with(self.record_reply, self.remove_invitee)
        tick_with_keys(self.invitees, lambda on: self.mark_attendance(attended=on))
        self.update_buttons()

    # showing ----------------------------------------------------------------------------
    def show_council(self, council_id: int | None, name: str) -> None:
        self.council_id = council_id
        if council_id is None:
            self.title.setText(tr("会議"))
            self.meetings.set_rows([])
        else:
            self.title.setText(tr("会議 — {name}").format(name=name))
            self.reload()
        self.update_buttons()

    def reload(self, keep_id: int | None = None) -> None:
        if self.council_id is not None:
            self.tab.load_table(self.meetings, ops.list_meetings, self.council_id, keep_id=keep_id)

    def open_meeting(self, meeting_id: int, invitation_id: int) -> None:
        """The meeting selected, and the invitee in it, once the list is loaded."""
        self.unanswered_check.setChecked(False)
        self._invitee_to_show = invitation_id
        self.reload(keep_id=meeting_id)

    def _meeting_selected(self, row: ops.MeetingRow | None) -> None:
        self.update_buttons()
        if row is None:
            self.invitees_title.setText(tr("招待者と出欠"))
            self.invitees.set_rows([])
            return
        deadline = (
            tr("（回答期限 {day}）").format(day=show_date(row.reply_by)) if row.reply_by else ""
        )
        self.invitees_title.setText(
            tr("招待者と出欠 — {meeting}{deadline}").format(
                meeting=meeting_label(row), deadline=deadline
            )
        )
        self._load_invitees(row.id)

    def _load_invitees(self, meeting_id: int) -> None:
        keep = self._invitee_to_show or getattr(self.invitees.current(), "id", None)
        self._invitee_to_show = None
        listing = ops.not_replied if self.unanswered_check.isChecked() else ops.list_invitees
        self.tab.load_table(self.invitees, listing, meeting_id, keep_id=keep)

    def _only_unanswered(self, _on: bool) -> None:
        """未回答だけ: those to remind (a reply recorded takes its row out of the list)."""
        m = self.meetings.current()
        if m is not None:
            self._load_invitees(m.id)

    def selected_number(self) -> int | None:
        """第N回 of the meeting selected, for the sheets printed of it."""
        meeting = self.meetings.current()
        return None if meeting is None else meeting.number

    def update_buttons(self) -> None:
        writable = not self.tab.read_only
        has_meeting = self.meetings.current() is not None
        has_invitee = self.invitees.current() is not None
        self.new_button.setEnabled(writable and self.council_id is not None)
        self.edit_button.setEnabled(writable and has_meeting)
        self.delete_button.setEnabled(writable and has_meeting)
        self.history_button.setEnabled(has_meeting)
        self.mail.enable(has_meeting)
        self.add_invitee_button.setEnabled(writable and has_meeting)
        for widget in (
            self.reply_button,
            self.attend_button,
            self.unattend_button,
            self.remove_invitee_button,
        ):
            widget.setEnabled(writable and has_invitee)

    def _changed(self, keep_id: int | None = None) -> None:
        """A meeting or its invitees changed: the counts in the list and the invitees reload."""
        self.reload(keep_id=keep_id)

    def _writable_council(self) -> int | None:
        if self.council_id is None:
            self.tab.status_message.emit(tr("先に会議・協議会を選んでください。"))
            return None
        return None if self.tab.read_only else self.council_id

    # meetings ---------------------------------------------------------------------------
    def new_meeting(self) -> None:
        """次回の会議を設定: the form opens with the next 第n回."""
        council_id = self._writable_council()
        if council_id is None:
            return

        def open_form(number: int) -> None:
            values = {"number": str(number), "format": "venue"}
            title = tr("次回の会議を設定 — 第{number}回").format(number=number)
            self._meeting_form(title, values, None, None)

        self.tab.worker.call(
            ops.next_number, council_id, on_result=open_form, on_error=self.tab.report_error
        )

    def edit_meeting(self) -> None:
        m = self.meetings.current()
        if m is None or self.tab.read_only:
            return
        values = {
            "number": str(m.number),
            "date": format_wareki(m.date) if m.date else "",
            "time": format_time_range(m.start_time, m.end_time) if m.start_time else "",
            "format": m.format,
            "venue": m.venue,
            "url": m.url,
            "agenda": m.agenda,
            "reply_by": format_wareki(m.reply_by) if m.reply_by else "",
            "note": m.note,
        }
        title = tr("会議を編集 — {meeting}").format(meeting=meeting_label(m))
        self._meeting_form(title, values, m.id, m.version)

    def _meeting_form(
        self, title: str, values: dict[str, str], meeting_id: int | None, version: int | None
    ) -> None:
        council_id = self.council_id
        assert council_id is not None

        def save(v: dict[str, str]) -> tuple[Any, Any]:
            data = ops.MeetingInput(council_id, id=meeting_id, version=version, **v)
            return ops.save_meeting, data

        def saved(new_id: int) -> None:
            self.tab.status_message.emit(tr("会議を保存しました。"))
            self._changed(keep_id=new_id)

        self.tab.edit_form(title, MEETING_FIELDS, values, save, saved)

    def delete_meeting(self) -> None:
        m = self.meetings.current()
        if m is None or self.tab.read_only:
            return
        self.tab.delete_record(
            tr("{meeting}の会議（招待者{count}名の出欠を含む）").format(
                meeting=meeting_label(m), count=m.invited
            ),
            ops.delete_meeting,
            m.id,
            m.version,
            then=self._changed,
        )

    def meeting_history(self) -> None:
        m = self.meetings.current()
        if m is not None:
            self.tab.show_history("meeting", m.id, meeting_label(m))

    # invitees ---------------------------------------------------------------------------
    def record_reply(self) -> None:
        """出欠回答 of the selected invitee: the reply, the day it came, a deputy, 随行者."""
        i = self.invitees.current()
        if i is None or self.tab.read_only:
            return
        values = {
            "reply": i.reply,
            "replied_on": format_wareki(i.replied_on or dt.date.today()),
            "deputy_name": i.deputy_name,
            "deputy_post": i.deputy_post,
            "companions": i.companions,
            "note": i.note,
        }

        def save(v: dict[str, str]) -> tuple[Any, Any]:
            return ops.record_reply, ops.ReplyInput(i.id, i.version, **v)

        def saved(invitation_id: int) -> None:
            self.tab.status_message.emit(tr("出欠を記録しました。"))
            self._invitee_to_show = invitation_id
            self._changed()

        who = i.name or i.post
        self.tab.edit_form(
            tr("出欠を記録 — {name}").format(name=who), REPLY_FIELDS, values, save, saved
        )

    def add_invitee(self) -> None:
        m = self.meetings.current()
        if m is None or self.tab.read_only:
            return

        def save(v: dict[str, str]) -> tuple[Any, Any]:
            return ops.add_invitee, ops.InviteeInput(m.id, **v)

        def saved(invitation_id: int) -> None:
            self.tab.status_message.emit(tr("招待者を追加しました。"))
            self._invitee_to_show = invitation_id
            self._changed()

        self.tab.edit_form(
            tr("招待者を追加 — {meeting}").format(meeting=meeting_label(m)),
            INVITEE_FIELDS,
            {},
            save,
            saved,
        )

    def remove_invitee(self) -> None:
        i = self.invitees.current()
        if i is None or self.tab.read_only:
            return
        self.tab.delete_record(
            tr("招待者「{name}」").format(name=i.name or i.post),
            ops.remove_invitee,
            i.id,
            i.version,
            then=self._changed,
        )

    def mark_attendance(self, *, attended: bool) -> None:
        """受付 (or its undoing) for every selected invitee, in one save."""
        chosen, next_row = rows_to_tick(self.invitees, attended)
        m = self.meetings.current()
        if not chosen or m is None or self.tab.read_only:
            return

        def marked(told: Text) -> None:
            self.tab.status_message.emit(told.text(language()))
            self._invitee_to_show = next_row.id
            self._changed()

        self.tab.worker.call(
            ops.mark_attendance,
            m.id,
            [(i.id, i.version) for i in chosen],
            attended,
            on_result=marked,
            on_error=self.tab.report_error,
        )
