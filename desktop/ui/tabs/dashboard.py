"""ダッシュボード tab: what is coming up (milestones, sessions, 継続申請 deadlines) with the
overdue ones first and red, and the registrations counted per programme on a date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from db.vocab import label
from desktop.catalogue import in_language
from desktop.ops.dashboard import DEFAULT_WEEKS, UPCOMING_KINDS, Dashboard, Upcoming, dashboard
from desktop.sheets.registry import Selection
from desktop.ui.i18n import QT_TR_NOOP, language, show_date, tr
from desktop.ui.tabs.base import UNREADABLE, TabBase
from desktop.ui.widgets.as_of_edit import AsOfEdit
from desktop.ui.widgets.record_table import RecordTable
from desktop.ui.widgets.table_model import Column
from desktop.ui.worker import DbWorker

OVERDUE_TINT = "#f8d7da"
OVERDUE_LABEL = QT_TR_NOOP("期限超過")  # upcoming.OVERDUE, in the window's language
UPCOMING_COLUMNS: list[Column[Upcoming]] = [
    Column(
        QT_TR_NOOP("日付"),
        lambda i: show_date(i.date, weekday=True),
        lambda i: i.date.isoformat(),
    ),
    Column(QT_TR_NOOP("種類"), lambda i: tr(label(UPCOMING_KINDS, i.kind))),
    Column(QT_TR_NOOP("内容"), lambda i: in_language(i.label, language())),
    Column(QT_TR_NOOP("状況"), lambda i: tr(OVERDUE_LABEL) if i.overdue else ""),
]
COUNT_COLUMNS: list[Column[tuple[str, str, int]]] = [
    Column(QT_TR_NOOP("事業"), lambda r: r[0]),
    Column(QT_TR_NOOP("区分"), lambda r: tr(r[1])),
    Column(QT_TR_NOOP("件数"), lambda r: r[2], lambda r: r[2], align_right=True),
]


class DashboardTab(TabBase):
    default_sheet = "upcoming"
    supplies = (Selection.DASHBOARD_DAY,)
    shows = frozenset(
        {
            "milestone",
            "event_series",
            "event_session",
            "program",
            "registration",
            "registration_count",
            "project",
            "project_proposer",
            "continuation",
            "organization",
        }
    )

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.as_of_edit = AsOfEdit(tr("この日から見た予定・期限と登録数（例: 令和2年7月1日）。"))
        self.as_of_edit.editingFinished.connect(self.refresh)
        self.period = QLabel()
        self.upcoming: RecordTable[Upcoming] = RecordTable(
            UPCOMING_COLUMNS, self, lambda i: OVERDUE_TINT if i.overdue else None
        )
        self.upcoming.export_title = tr("今後の予定と期限")
        self.upcoming.empty_text = tr(
            "この期間の予定や期限はありません。上の日付を変えると、ほかの時点から表示します。"
        )
        self.counts: RecordTable[tuple[str, str, int]] = RecordTable(COUNT_COLUMNS, self)
        self.counts.export_title = tr("登録数")
        self.counts.empty_text = tr("この日までに受け付けた登録はありません。")

        top = QHBoxLayout()
        top.addWidget(QLabel(tr("時点:")))
        top.addWidget(self.as_of_edit)
        top.addWidget(self.period, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(
            QLabel(
                tr("今後{DEFAULT_WEEKS}週間の予定と期限（期限超過は赤）").format(
                    DEFAULT_WEEKS=DEFAULT_WEEKS
                )
            )
        )
        left_layout.addWidget(self.upcoming, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(tr("登録数（取下げを除く）")))
        right_layout.addWidget(self.counts, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def as_of(self) -> dt.date | None:
        return self.as_of_edit.day(self.status_message.emit)

    def refresh(self) -> None:
        day = self.as_of()
        if day is not None:
            self.worker.call(dashboard, day, on_result=self._show)

    def _show(self, board: Dashboard) -> None:
        overdue = sum(1 for i in board.upcoming if i.overdue)
        self.period.setText(
            tr("{as_of}から{until}まで").format(
                as_of=show_date(board.as_of), until=show_date(board.until)
            )
            + (tr("　期限超過 {overdue}件").format(overdue=overdue) if overdue else "")
        )
        self.upcoming.set_rows(board.upcoming)
        self.counts.set_rows([(c.program, role, n) for c in board.counts for role, n in c.counts])

    def focus_search(self) -> None:
        self.as_of_edit.setFocus()

    def selected(self, what: Selection) -> object:
        """The day the coming weeks are shown from."""
        day = self.as_of()
        return UNREADABLE if day is None else day
