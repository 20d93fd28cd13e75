"""イベント tab: series → sessions (dates in wareki, times as 13:30～15:00) → participants."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from db.vocab import (
    PARTICIPANT_ATTENDANCE,
    PARTICIPANT_STATUSES,
    SCHEDULE_WARNINGS,
    SESSION_FORMATS,
    label,
)
from desktop.catalogue import Text
from desktop.japanese.wareki import format_time_range, format_wareki
from desktop.ops import events as ops
from desktop.ops import participants as participant_ops
from desktop.sheets.registry import Selection
from desktop.ui.dialogs.form import Field, postal_address_fields
from desktop.ui.dialogs.series_copy import SeriesCopyDialog
from desktop.ui.i18n import QT_TR_NOOP, language, listed, show_date, show_fiscal_year, tr
from desktop.ui.tabs.base import TabBase
from desktop.ui.tabs.mail_actions import MailActions
from desktop.ui.widgets.reception import rows_to_tick, tick_with_keys
from desktop.ui.widgets.record_table import (
    RecordTable,
    button,
    button_row,
    detail_browser,
    detail_html,
    search_box,
)
from desktop.ui.widgets.table_model import WARNING_TINT, Column, by_reading
from desktop.ui.worker import DbWorker


def session_label(row: ops.SessionRow) -> str:
    """第3回, or "Session 3" in English."""
    return tr("第{number}回").format(number=row.number)


def session_date(row: ops.SessionRow) -> str:
    """令和3年10月1日（金）, or 2021-10-01 (Fri) in English; 未定 while not fixed."""
    return show_date(row.date, weekday=True) if row.date else tr("未定")


def session_time(row: ops.SessionRow) -> str:
    """13:30～15:00, 13:30～ when the end is open, nothing while not fixed."""
    return format_time_range(row.start_time, row.end_time) if row.start_time else ""


def session_format(row: ops.SessionRow) -> str:
    return tr(label(SESSION_FORMATS, row.format))


SERIES_COLUMNS: list[Column[ops.SeriesRow]] = [
    Column(QT_TR_NOOP("行事名"), lambda r: r.name, long_text=True),
    Column(
        QT_TR_NOOP("年度"),
        lambda r: show_fiscal_year(r.fiscal_year) if r.fiscal_year else "",
        lambda r: r.fiscal_year or 0,
    ),
    Column(
        QT_TR_NOOP("回数"), lambda r: r.session_count, lambda r: r.session_count, align_right=True
    ),
]
SESSION_COLUMNS: list[Column[ops.SessionRow]] = [
    Column(
        QT_TR_NOOP("回"),
        session_label,
        lambda r: r.number,
        raw=lambda r: r.number,
        kind="int",
    ),
    Column(QT_TR_NOOP("テーマ"), lambda r: r.theme),
    Column(
        QT_TR_NOOP("開催日"),
        session_date,
        lambda r: r.date.isoformat() if r.date else "",
        raw=lambda r: r.date,
        kind="date",
    ),
    Column(QT_TR_NOOP("時間"), session_time),
    Column(QT_TR_NOOP("形式"), session_format),
    Column(QT_TR_NOOP("対象"), lambda r: r.eligibility),
    Column(
        QT_TR_NOOP("参加者"),
        lambda r: r.participant_count,
        lambda r: r.participant_count,
        align_right=True,
    ),
    Column(QT_TR_NOOP("確認"), lambda r: listed(tr(SCHEDULE_WARNINGS[k]) for k in r.warnings)),
]
PARTICIPANT_COLUMNS: list[Column[participant_ops.ParticipantRow]] = [
    # The No. the 受付簿 prints: sorted by it, the list reads as the printed one.
    Column(
        QT_TR_NOOP("No."),
        lambda r: r.reception_number or "",
        lambda r: r.reception_number or 1_000_000,
        align_right=True,
    ),
    Column(QT_TR_NOOP("氏名"), lambda r: r.name, by_reading),
    Column(QT_TR_NOOP("フリガナ"), lambda r: r.kana, by_reading),
    Column(QT_TR_NOOP("所属"), lambda r: r.organization),
    Column(QT_TR_NOOP("役職"), lambda r: r.post),
    Column(QT_TR_NOOP("メールアドレス"), lambda r: r.email),
    Column(QT_TR_NOOP("参加形式"), lambda r: tr(label(PARTICIPANT_ATTENDANCE, r.attendance))),
    Column(QT_TR_NOOP("状態"), lambda r: tr(label(PARTICIPANT_STATUSES, r.status))),
]
SESSION_FIELDS = [
    Field("number", QT_TR_NOOP("回"), required=True, placeholder=QT_TR_NOOP("例: 1")),
    Field("theme", QT_TR_NOOP("テーマ"), placeholder=QT_TR_NOOP("例: 物流・農業")),
    Field(
        "date",
        QT_TR_NOOP("開催日"),
        placeholder=QT_TR_NOOP("例: 令和3年10月1日、R3.10.1、2021/10/1"),
        help=QT_TR_NOOP("和暦・西暦のどちらでも入力できます。"),
    ),
    Field("time", QT_TR_NOOP("時間"), placeholder=QT_TR_NOOP("例: 13:30～15:00")),
    Field(
        "format",
        QT_TR_NOOP("形式"),
        kind="choice",
        choices=[("", QT_TR_NOOP("未定")), *SESSION_FORMATS.items()],
    ),
    Field(
        "venue",
        QT_TR_NOOP("会場"),
        placeholder=QT_TR_NOOP("例: 中央合同庁舎8号館 1階講堂（会場・会場とwebのとき）"),
    ),
    Field(
        "eligibility",
        QT_TR_NOOP("対象"),
        placeholder=QT_TR_NOOP("例: 地方公共団体のご担当者様のみ"),
    ),
    Field(
        "capacity",
        QT_TR_NOOP("定員"),
        placeholder=QT_TR_NOOP("例: 100（空欄: 定員なし。超えた申込はキャンセル待ち）"),
    ),
    Field("note", QT_TR_NOOP("備考")),
]
SERIES_FIELDS = [
    Field(
        "name",
        QT_TR_NOOP("行事名"),
        required=True,
        placeholder=QT_TR_NOOP("例: 令和4年度 未来技術実装ミニシンポジウム"),
    ),
    Field("fiscal_year", QT_TR_NOOP("年度"), placeholder=QT_TR_NOOP("例: 令和4年度、R4、2022")),
    Field("eligibility", QT_TR_NOOP("参加対象"), kind="multiline"),
    Field("note", QT_TR_NOOP("備考"), placeholder=QT_TR_NOOP("例: ※web開催予定")),
]
PARTICIPANT_FIELDS = [
    Field("name", QT_TR_NOOP("氏名"), required=True),
    Field("kana", QT_TR_NOOP("フリガナ")),
    Field("organization", QT_TR_NOOP("所属")),
    Field("post", QT_TR_NOOP("役職")),
    Field("email", QT_TR_NOOP("メールアドレス")),
    *postal_address_fields(QT_TR_NOOP("空欄なら、郵便物は所属の団体の住所へ送ります。")),
    Field(
        "attendance",
        QT_TR_NOOP("参加形式"),
        kind="choice",
        choices=[("", QT_TR_NOOP("未定")), *PARTICIPANT_ATTENDANCE.items()],
    ),
    Field("status", QT_TR_NOOP("状態"), kind="choice", choices=list(PARTICIPANT_STATUSES.items())),
]


class EventsTab(TabBase):
    default_sheet = "symposium-schedule"
    supplies = (Selection.SERIES, Selection.SESSION)
    shows = frozenset({"event_series", "event_session", "participant", "person", "organization"})

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.series: RecordTable[ops.SeriesRow] = RecordTable(SERIES_COLUMNS, self)
        self.sessions: RecordTable[ops.SessionRow] = RecordTable(
            SESSION_COLUMNS, self, tint=lambda r: WARNING_TINT if r.warnings else None
        )
        self.participants: RecordTable[participant_ops.ParticipantRow] = RecordTable(
            PARTICIPANT_COLUMNS, self
        )
        self.participants.empty_text = tr("この回の参加者はまだいません。")
        self.mail = MailActions(self.participants, self._applicants, self.status_message.emit)
        self.series_copy: SeriesCopyDialog | None = None
        self._participant_to_show: int | None = None  # a participant opened from 人を探す
        self.series.export_title = tr("行事一覧")
        self.sessions.export_title = tr("開催日程")
        self.participants.export_title = tr("参加者名簿")
        self.search = search_box(tr("検索（テーマ・対象）  Ctrl+F"), self.sessions)
        self.detail_view = detail_browser()
        self.participants_title = QLabel(tr("参加者"))
        self.participants_title.setStyleSheet("font-weight: bold;")

        self.add_series_button = button(tr("行事を追加"), self.add_series)
        self.edit_series_button = button(tr("行事を編集"), self.edit_series)
        self.delete_series_button = button(tr("行事を削除"), self.delete_series)
        self.copy_series_button = button(
            tr("次年度へ複製…"),
            self.copy_series,
            tr(
                "この行事と各回（日付は翌年度の同じ曜日）を新しい年度に写します。参加者は写しません"
            ),
        )
        self.add_session_button = button(tr("回を追加"), self.add_session)
        self.edit_session_button = button(tr("回を編集"), self.edit_session)
        self.delete_session_button = button(tr("回を削除"), self.delete_session)
        self.session_history_button = button(tr("変更履歴"), self.session_history)
        self.add_participant_button = button(tr("参加者を追加"), self.add_participant)
        self.edit_participant_button = button(tr("参加者を編集"), self.edit_participant)
        self.delete_participant_button = button(tr("参加者を削除"), self.delete_participant)
        self.status_button = button(
            tr("状態を変更"), self.change_status, tr("申込・参加・欠席・取消")
        )
        # At the door: the rows selected (Shift / Ctrl+click, Ctrl+A) ticked at once.
        self.attend_button = button(
            tr("出席にする"),
            lambda: self.mark_attendance(attended=True),
            tr(
                "選んだ参加者を「参加」にします（Space）。Shift・Ctrl+クリックや Ctrl+A で複数選べます"
            ),
        )
        self.unattend_button = button(
            tr("出席を取り消す"),
            lambda: self.mark_attendance(attended=False),
            tr("選んだ参加者の「参加」を「申込」に戻します（Shift+Space）"),
        )
        self.reception_order_check = QCheckBox(tr("受付簿の順（取消を除く）"))
        self.reception_order_check.setToolTip(tr("印刷した受付簿と同じ並びと No. で表示します"))
        self.reception_order_check.toggled.connect(self._reception_order)

        sessions_box = QWidget()
        sessions_layout = QVBoxLayout(sessions_box)
        sessions_layout.setContentsMargins(0, 0, 0, 0)
        sessions_layout.addWidget(self.search)
        sessions_layout.addWidget(self.sessions)
        sessions_layout.addLayout(
            button_row(
                self.add_session_button,
                self.edit_session_button,
                self.delete_session_button,
                self.session_history_button,
            )
        )
        series_box = QWidget()
        series_layout = QVBoxLayout(series_box)
        series_layout.setContentsMargins(0, 0, 0, 0)
        series_layout.addWidget(self.series)
        series_layout.addLayout(
            button_row(
                self.add_series_button,
                self.edit_series_button,
                self.delete_series_button,
                self.copy_series_button,
            )
        )
        upper = QSplitter()
        upper.addWidget(series_box)
        upper.addWidget(sessions_box)
        upper.setStretchFactor(0, 1)
        upper.setStretchFactor(1, 3)

        participants_box = QWidget()
        participants_layout = QVBoxLayout(participants_box)
        participants_layout.setContentsMargins(0, 0, 0, 0)
        participants_header = QHBoxLayout()
        participants_header.addWidget(self.participants_title, 1)
        participants_header.addWidget(self.reception_order_check)
        participants_layout.addLayout(participants_header)
        participants_layout.addWidget(self.participants)
        participants_layout.addLayout(
            button_row(
                self.add_participant_button,
                self.edit_participant_button,
                self.status_button,
                self.attend_button,
                self.unattend_button,
                self.delete_participant_button,
            )
        )
        lower = QSplitter()
        lower.addWidget(self.detail_view)
        lower.addWidget(participants_box)
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 2)

        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(upper)
        outer.addWidget(lower)
        layout = QHBoxLayout(self)
        layout.addWidget(outer)

        self.series.current_row_changed.connect(self._series_selected)
        self.sessions.current_row_changed.connect(self._session_selected)
        self.participants.current_row_changed.connect(lambda _r: self.update_buttons())
        self.series.edit_with(self.edit_series, self.delete_series)
        self.sessions.edit_with(self.edit_session, self.delete_session)
        self.participants.edit_with(self.edit_participant, self.delete_participant)
        tick_with_keys(self.participants, lambda on: self.mark_attendance(attended=on))
        self.update_buttons()

    def selected(self, what: Selection) -> object:
        """The selected series by name, and its selected session by number."""
        if what is Selection.SERIES:
            series = self.series.current()
            return None if series is None else series.name
        session = self.sessions.current()
        return None if session is None else session.number

    def _applicants(self) -> list[tuple[str, str]]:
        """The session's applicants as the 受付簿 lists them: everyone but those who cancelled."""
        return [
            (row.name, row.email)
            for row in self.participants.shown_rows()
            if row.reception_number is not None
        ]

    def refresh(self) -> None:
        self.load_table(self.series, ops.list_series)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _series_selected(self, row: ops.SeriesRow | None) -> None:
        self.update_buttons()
        if row is None:
            self.sessions.set_rows([])
            return
        self.reload_sessions()

    def show_participant(self, series_id: int, session_id: int, participant_id: int) -> None:
        """Open a participant found elsewhere (人を探す): its series, session and row selected."""
        if not self.series.select_id(series_id):
            return  # deleted meanwhile: the list no longer shows it
        self.search.clear()
        self._participant_to_show = participant_id
        self.reload_sessions(keep_id=session_id)

    def reload_sessions(self, keep_id: int | None = None) -> None:
        series = self.series.current()
        if series is not None:
            self.load_table(self.sessions, ops.list_sessions, series.id, keep_id=keep_id)

    def _session_selected(self, row: ops.SessionRow | None) -> None:
        self.update_buttons()
        series = self.series.current()
        if row is None:
            note = f"<p>{html.escape(series.note)}</p>" if series and series.note else ""
            self.detail_view.setHtml(
                tr("<p>回を選ぶと詳細と参加者が表示されます。</p>{note}").format(note=note)
            )
            self.participants.set_rows([])
            return
        self.detail_view.setHtml(
            detail_html(
                f"{series.name if series else ''} {session_label(row)}",
                [
                    (tr("テーマ"), row.theme),
                    (tr("日時"), f"{session_date(row)} {session_time(row)}".strip()),
                    (tr("形式"), session_format(row)),
                    (tr("会場"), row.venue),
                    (tr("対象"), row.eligibility or (series.eligibility if series else "")),
                    (
                        tr("定員"),
                        tr("{capacity}名").format(capacity=row.capacity) if row.capacity else "",
                    ),
                    (tr("備考"), row.note),
                ],
            )
        )
        self._participants_heading(row, waiting=0)
        self.reload_participants()

    def _participants_heading(self, row: ops.SessionRow, waiting: int) -> None:
        capacity = tr("／定員{capacity}名").format(capacity=row.capacity) if row.capacity else ""
        if waiting:
            capacity += tr("、キャンセル待ち{waiting}名").format(waiting=waiting)
        self.participants_title.setText(
            tr("参加者 — {number_label}（{participant_count}名{capacity}）").format(
                number_label=session_label(row),
                participant_count=row.participant_count,
                capacity=capacity,
            )
        )

    def reload_participants(self) -> None:
        session = self.sessions.current()
        if session is None:
            return

        keep = self._participant_to_show or getattr(self.participants.current(), "id", None)
        self._participant_to_show = None

        def loaded(rows: list[participant_ops.ParticipantRow]) -> None:
            self.participants.set_rows(rows, keep)
            waiting = sum(1 for r in rows if r.status == "waiting")
            if waiting:
                self._participants_heading(session, waiting)

        self.worker.call(participant_ops.list_participants, session.id, on_result=loaded)

    def update_buttons(self) -> None:
        writable = not self.read_only
        has_series = self.series.current() is not None
        self.add_series_button.setEnabled(writable)
        self.edit_series_button.setEnabled(writable and has_series)
        self.delete_series_button.setEnabled(writable and has_series)
        self.copy_series_button.setEnabled(writable and has_series)
        self.add_session_button.setEnabled(writable and has_series)
        has_session = self.sessions.current() is not None
        self.edit_session_button.setEnabled(writable and has_session)
        self.delete_session_button.setEnabled(writable and has_session)
        self.session_history_button.setEnabled(has_session)
        self.mail.enable(has_session)
        self.add_participant_button.setEnabled(writable and has_session)
        has_participant = self.participants.current() is not None
        self.edit_participant_button.setEnabled(writable and has_participant)
        self.delete_participant_button.setEnabled(writable and has_participant)
        self.status_button.setEnabled(writable and has_participant)
        self.attend_button.setEnabled(writable and has_participant)
        self.unattend_button.setEnabled(writable and has_participant)

    # editing -----------------------------------------------------------------------------
    def add_series(self) -> None:
        self._series_form(tr("行事を追加"), {}, None, None)

    def edit_series(self) -> None:
        r = self.series.current()
        if r is None or self.read_only:
            return
        values = {
            "name": r.name,
            "fiscal_year": str(r.fiscal_year or ""),
            "eligibility": r.eligibility,
            "note": r.note,
        }
        self._series_form(tr("行事を編集 — {name}").format(name=r.name), values, r.id, r.version)

    def _series_form(
        self, title: str, values: dict[str, str], series_id: int | None, version: int | None
    ) -> None:
        def save(v: dict[str, str]) -> tuple[Any, Any]:
            return ops.save_series, ops.SeriesInput(id=series_id, version=version, **v)

        def saved(new_id: int) -> None:
            self.status_message.emit(tr("行事を保存しました。"))
            self.load_table(self.series, ops.list_series, keep_id=new_id)

        self.edit_form(title, SERIES_FIELDS, values, save, saved)

    def delete_series(self) -> None:
        """Asks first, saying how many sessions and applications go with it."""
        r = self.series.current()
        if r is None or self.read_only:
            return
        what = tr("行事「{name}」").format(name=r.name)
        if r.session_count:
            what = tr(
                "行事「{name}」と、その{session_count}回分の開催・参加者{application_count}名の記録"
            ).format(
                name=r.name,
                session_count=r.session_count,
                application_count=r.application_count,
            )
        self.delete_record(what, ops.delete_series, r.id, r.version, then=self.refresh)

    def copy_series(self) -> None:
        """次年度へ複製: the dialog shows the copy's dates; the copy is selected once saved."""
        r = self.series.current()
        if r is None or self.read_only:
            return

        def copied(new_id: int) -> None:
            self.status_message.emit(tr("行事を次年度へ複製しました。"))
            self.load_table(self.series, ops.list_series, keep_id=new_id)

        self.series_copy = SeriesCopyDialog(self.worker, r.id, r.name, r.fiscal_year, copied, self)
        self.series_copy.open()

    def add_session(self) -> None:
        series = self.series.current()
        if series is None or self.read_only:
            return
        next_number = max((r.number for r in self.sessions.source.rows()), default=0) + 1
        self._session_form(
            tr("回を追加"), {"number": str(next_number), "format": "web"}, None, None
        )

    def edit_session(self) -> None:
        s = self.sessions.current()
        if s is None or self.read_only:
            return
        values = {
            "number": str(s.number),
            "theme": s.theme,
            "date": format_wareki(s.date) if s.date else "",
            "time": session_time(s),
            "format": s.format,
            "venue": s.venue,
            "eligibility": s.eligibility,
            "capacity": str(s.capacity or ""),
            "note": s.note,
        }
        self._session_form(
            tr("回を編集 — {number_label}").format(number_label=session_label(s)),
            values,
            s.id,
            s.version,
        )

    def _session_form(
        self, title: str, values: dict[str, str], session_id: int | None, version: int | None
    ) -> None:
        series = self.series.current()
        assert series is not None

        def save(v: dict[str, str]) -> tuple[Any, Any]:
            entered: dict[str, Any] = dict(v)  # texts, for the input's text fields
            data = ops.SessionInput(series_id=series.id, id=session_id, version=version, **entered)
            return ops.save_session, data

        def saved(new_id: int) -> None:
            self.status_message.emit(tr("開催回を保存しました。"))
            self.reload_sessions(keep_id=new_id)

        self.edit_form(title, SESSION_FIELDS, values, save, saved)

    def delete_session(self) -> None:
        s = self.sessions.current()
        if s is None or self.read_only:
            return
        self.delete_record(
            tr("{number_label}（参加者{participant_count}名を含む）").format(
                number_label=session_label(s), participant_count=s.participant_count
            ),
            ops.delete_session,
            s.id,
            s.version,
            then=self.reload_sessions,
        )

    def add_participant(self) -> None:
        s = self.sessions.current()
        if s is None or self.read_only:
            return

        def save(v: dict[str, str]) -> tuple[Any, Any]:
            data = participant_ops.ParticipantInput(session_id=s.id, **v)
            return participant_ops.add_participant, data

        def saved(added: participant_ops.Added) -> None:
            told = added.message.text(language())
            self.status_message.emit(told)
            if added.status == "waiting":
                QMessageBox.information(self, tr("キャンセル待ち"), told)
            self.reload_sessions(keep_id=s.id)

        self.edit_form(
            tr("参加者を追加 — {number_label}").format(number_label=session_label(s)),
            PARTICIPANT_FIELDS,
            {"status": "applied"},
            save,
            saved,
        )

    def edit_participant(self) -> None:
        """Correct an application (a typo in the name, a new address …): the same row, so a
        place on the waiting list is kept."""
        p = self.participants.current()
        s = self.sessions.current()
        if p is None or s is None or self.read_only:
            return
        values = {
            "name": p.name,
            "kana": p.kana,
            "organization": p.organization,
            "post": p.post,
            "email": p.email,
            "postal_code": p.postal_code,
            "address": p.address,
            "attendance": p.attendance,
            "status": p.status,
        }

        def save(v: dict[str, str]) -> tuple[Any, Any]:
            data = participant_ops.ParticipantEdit(id=p.id, version=p.version, **v)
            return participant_ops.edit_participant, data

        def saved(told: Text) -> None:
            self.status_message.emit(told.text(language()))
            self.reload_sessions(keep_id=s.id)

        self.edit_form(
            tr("参加者を編集 — {name}").format(name=p.name),
            PARTICIPANT_FIELDS,
            values,
            save,
            saved,
        )

    def delete_participant(self) -> None:
        p = self.participants.current()
        s = self.sessions.current()
        if p is None or s is None or self.read_only:
            return
        self.delete_record(
            tr("参加者「{name}」").format(name=p.name),
            participant_ops.delete_participant,
            p.id,
            p.version,
            then=lambda: self.reload_sessions(keep_id=s.id),
        )

    def session_history(self) -> None:
        s = self.sessions.current()
        series = self.series.current()
        if s is not None:
            title = f"{series.name if series else ''} {session_label(s)}".strip()
            self.show_history("event_session", s.id, title)

    def change_status(self) -> None:
        """申込 → 参加 / 欠席 / 取消 …; a place freed goes to the first one waiting."""
        p = self.participants.current()
        s = self.sessions.current()
        if p is None or s is None or self.read_only:
            return
        codes = list(PARTICIPANT_STATUSES)
        labels = [tr(text) for text in PARTICIPANT_STATUSES.values()]
        chosen, ok = QInputDialog.getItem(
            self,
            tr("状態を変更"),
            tr("{name}さんの状態:").format(name=p.name),
            labels,
            codes.index(p.status) if p.status in codes else 0,
            False,
        )
        if not ok:
            return
        status = codes[labels.index(chosen)]

        def changed(message: Text) -> None:
            self.status_message.emit(message.text(language()))
            self.reload_sessions(keep_id=s.id)

        self.worker.call(
            participant_ops.set_status,
            p.id,
            p.version,
            status,
            on_result=changed,
            on_error=self.report_error,
        )

    # at the door ---------------------------------------------------------------------------
    def _reception_order(self, on: bool) -> None:
        """The participants as the 受付簿 lists them (by its No., without those who cancelled),
        or every application again."""
        self.participants.proxy.set_row_filter(
            (lambda r: r.reception_number is not None) if on else None
        )
        self.participants.sortByColumn(0 if on else -1, Qt.SortOrder.AscendingOrder)

    def mark_attendance(self, *, attended: bool) -> None:
        """出席 (or its undoing) for every selected participant, in one save; after ticking,
        the row below the last one ticked is selected, as the eye goes down the printed list."""
        chosen, next_row = rows_to_tick(self.participants, attended)
        s = self.sessions.current()
        if not chosen or s is None or self.read_only:
            return

        def marked(told: Text) -> None:
            self.status_message.emit(told.text(language()))
            self._participant_to_show = next_row.id
            self.reload_sessions(keep_id=s.id)

        self.worker.call(
            participant_ops.mark_attendance,
            s.id,
            [(p.id, p.version) for p in chosen],
            attended,
            on_result=marked,
            on_error=self.report_error,
        )
