"""人を探す (Ctrl+Shift+F): a person by part of their name or reading, with the sessions they
applied for, the councils they sit on, the council meetings they attended and the registrations
naming them as the contact; each row opens its record in its tab.

The dialog stays open beside the window, so that the user can go from one record to the next."""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from db.change_set import ChangeSet
from db.vocab import MEMBER_ROLES, PARTICIPANT_STATUSES, REGISTRATION_ROLES, REPLIES, label
from desktop.ops import people as ops
from desktop.ui.i18n import QT_TR_NOOP, show_date, tr
from desktop.ui.widgets.record_table import RecordTable
from desktop.ui.widgets.table_model import Column, by_reading
from desktop.ui.widgets.window_memory import remember
from desktop.ui.worker import DbWorker

# What the lists are read from (db.models' table names): a change to one reloads them.
SHOWS = frozenset(
    {
        *("person", "organization", "participant", "event_session", "event_series"),
        *("membership", "council", "registration", "program", "meeting", "invitation"),
    }
)


def _term(row: ops.SeatRow) -> str:
    if row.term_start is None and row.term_end is None:
        return ""
    start = show_date(row.term_start) if row.term_start else ""
    end = show_date(row.term_end) if row.term_end else ""
    return f"{start}～{end}"


PEOPLE_COLUMNS: list[Column[ops.PersonRow]] = [
    Column(QT_TR_NOOP("氏名"), lambda r: r.name, by_reading),
    Column(QT_TR_NOOP("フリガナ"), lambda r: r.kana, by_reading),
    Column(QT_TR_NOOP("所属"), lambda r: r.organization),
    Column(QT_TR_NOOP("役職"), lambda r: r.post),
    Column(QT_TR_NOOP("メールアドレス"), lambda r: r.email),
]
APPLICATION_COLUMNS: list[Column[ops.ApplicationRow]] = [
    Column(QT_TR_NOOP("行事名"), lambda r: r.series),
    Column(
        QT_TR_NOOP("回"),
        lambda r: tr("第{number}回", "a council's meeting").format(number=r.number),
        lambda r: r.number,
    ),
    Column(
        QT_TR_NOOP("開催日"),
        lambda r: show_date(r.date, weekday=True) if r.date else tr("未定"),
        lambda r: r.date.isoformat() if r.date else "",
    ),
    Column(QT_TR_NOOP("状態"), lambda r: tr(label(PARTICIPANT_STATUSES, r.status))),
]
SEAT_COLUMNS: list[Column[ops.SeatRow]] = [
    Column(QT_TR_NOOP("会議名"), lambda r: r.council),
    Column(QT_TR_NOOP("役割"), lambda r: tr(label(MEMBER_ROLES, r.role))),
    Column(QT_TR_NOOP("役職"), lambda r: r.post),
    Column(QT_TR_NOOP("任期"), _term, lambda r: f"{r.term_start or ''}～{r.term_end or ''}"),
]
ATTENDED_COLUMNS: list[Column[ops.AttendedRow]] = [
    Column(QT_TR_NOOP("会議名"), lambda r: r.council),
    Column(
        QT_TR_NOOP("回"),
        lambda r: tr("第{number}回", "a council's meeting").format(number=r.number),
        lambda r: r.number,
    ),
    Column(
        QT_TR_NOOP("開催日"),
        lambda r: show_date(r.date, weekday=True) if r.date else tr("未定"),
        lambda r: r.date.isoformat() if r.date else "",
    ),
    Column(QT_TR_NOOP("出欠"), lambda r: tr(label(REPLIES, r.reply))),
]
CONTACT_COLUMNS: list[Column[ops.ContactRow]] = [
    Column(QT_TR_NOOP("団体名"), lambda r: r.organization),
    Column(QT_TR_NOOP("事業"), lambda r: r.program),
    Column(QT_TR_NOOP("登録区分"), lambda r: tr(label(REGISTRATION_ROLES, r.role))),
    Column(
        QT_TR_NOOP("受付日"),
        lambda r: show_date(r.received_on) if r.received_on else "",
        lambda r: r.received_on.isoformat() if r.received_on else "",
    ),
]


class PersonFinderDialog(QDialog):
    """`open_record` carries the row to open (an ApplicationRow, SeatRow or ContactRow)."""

    open_record = Signal(object)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setWindowTitle(tr("人を探す"))
        self.memory = remember(self, "person_finder", 1000, 700)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("氏名またはフリガナの一部（例: やまだ、山田 太郎）"))
        self.search.setClearButtonEnabled(True)
        self.people: RecordTable[ops.PersonRow] = RecordTable(PEOPLE_COLUMNS, self)
        self.people.empty_text = tr("氏名かフリガナの一部を入力してください。")
        self.applications: RecordTable[ops.ApplicationRow] = RecordTable(APPLICATION_COLUMNS, self)
        self.applications.empty_text = tr("申し込んだ回はありません。")
        self.seats: RecordTable[ops.SeatRow] = RecordTable(SEAT_COLUMNS, self)
        self.seats.empty_text = tr("委員を務める会議はありません。")
        self.attended: RecordTable[ops.AttendedRow] = RecordTable(ATTENDED_COLUMNS, self)
        self.attended.empty_text = tr("出席した会議はありません。")
        self.contacts: RecordTable[ops.ContactRow] = RecordTable(CONTACT_COLUMNS, self)
        self.contacts.empty_text = tr("連絡先になっている登録はありません。")
        hint = QLabel(tr("行をダブルクリックするか Enter で、そのデータをタブで開きます。"))
        hint.setStyleSheet("color: palette(mid);")

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.people)
        records: list[tuple[str, RecordTable[Any]]] = [
            (tr("申し込んだ回"), self.applications),
            (tr("委員を務める会議"), self.seats),
            (tr("出席した会議"), self.attended),
            (tr("連絡先になっている登録"), self.contacts),
        ]
        for title, table in records:
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(title)
            heading.setStyleSheet("font-weight: bold;")
            box_layout.addWidget(heading)
            box_layout.addWidget(table, 1)
            splitter.addWidget(box)
            table.edit_with(functools.partial(self._open, table))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("閉じる"))
        buttons.rejected.connect(self.reject)
        # Enter in the search field finds at once (it must not close the dialog).
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.search.returnPressed.connect(self._search_entered)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)

        # The list follows the name as it is typed, once the typing pauses.
        self.typing = QTimer(self, singleShot=True, interval=250)
        self.typing.timeout.connect(self.look_up)
        self.search.textChanged.connect(lambda _text: self.typing.start())
        self.people.current_row_changed.connect(self._person_selected)
        worker.changed.connect(self._data_changed)
        self.search.setFocus()

    def look_up(self) -> None:
        self.typing.stop()
        self.people.empty_text = (
            tr("当てはまる人はいません。")
            if self.search.text().strip()
            else tr("氏名かフリガナの一部を入力してください。")
        )
        self.worker.call(ops.find_people, self.search.text(), on_result=self._found)

    def _search_entered(self) -> None:
        self.look_up()
        self.people.setFocus()

    def _found(self, rows: list[ops.PersonRow]) -> None:
        self.people.set_rows(rows, getattr(self.people.current(), "id", None))

    def _person_selected(self, row: ops.PersonRow | None) -> None:
        if row is None:
            self._show(ops.PersonRecords((), (), ()))
            return
        self.worker.call(ops.records_of, row.id, on_result=self._show)

    def _show(self, records: ops.PersonRecords) -> None:
        shown: list[tuple[RecordTable[Any], tuple[Any, ...]]] = [
            (self.applications, records.applications),
            (self.seats, records.seats),
            (self.attended, records.attended),
            (self.contacts, records.contacts),
        ]
        for table, rows in shown:
            table.set_rows(rows, getattr(table.current(), "id", None))

    def _open(self, table: RecordTable[Any]) -> None:
        row = table.current()
        if row is not None:
            self.open_record.emit(row)

    def _data_changed(self, changed: ChangeSet) -> None:
        if self.isVisible() and changed.touches(SHOWS):
            self.look_up()
