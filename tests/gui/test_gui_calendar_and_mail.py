"""The calendar and mail in the window: ファイル ▸ 予定表（.ics）に書き出す… for the series or
council selected, and メールアドレスをコピー / メールを作成 in the right-click menu of a session's
participants and of a council's members."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.engine import open_database
from db.models import Council, EventSeries, Meeting, Membership, Person
from desktop.ops import events as event_ops
from desktop.ops import participants as participant_ops
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    choose_council,
    click_row,
    context_menu_item,
    menu_action,
    open_window,
    settle,
    show_tab,
    shown_rows,
)

FY2021 = "令和3年度 未来技術実装ミニシンポジウム"
APPLICANTS = [
    ("渡辺 健", "watanabe@example.jp"),
    ("青木 花子", "aoki@example.jp"),
    ("加藤 一郎", ""),  # no address: left out, and said
    ("佐藤 次郎", "sato@example.jp"),  # cancels: left out
]


def _apply(demo_path: Path, people: list[tuple[str, str]], cancel: str = "") -> None:
    database = open_database(str(demo_path))
    try:
        with database.transaction() as session:
            (series,) = [s for s in event_ops.list_series(session) if s.name == FY2021]
            first = event_ops.list_sessions(session, series.id)[0]
            for name, email in people:
                added = participant_ops.add_participant(
                    session, participant_ops.ParticipantInput(first.id, name, email=email)
                )
                if name == cancel:
                    participant_ops.set_status(session, added.id, None, "cancelled")
    finally:
        database.close()


def _show_first_session(qtbot: QtBot, window: MainWindow) -> None:
    events = window.events
    show_tab(qtbot, window, events)
    click_row(qtbot, events.series, [s.name for s in shown_rows(events.series)].index(FY2021))
    settle(qtbot, window)
    click_row(qtbot, events.sessions, 0)
    settle(qtbot, window)


class MailProgram(QObject):
    """What the PC's mail program receives: the mailto: links the window opens."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def mail_program() -> Iterator[MailProgram]:
    program = MailProgram()
    QDesktopServices.setUrlHandler("mailto", program, "open")
    yield program
    QDesktopServices.unsetUrlHandler("mailto")


def test_applicants_addresses_copied_and_mailed(
    qtbot: QtBot, demo_path: Path, mail_program: MailProgram
) -> None:
    _apply(demo_path, APPLICANTS, cancel="佐藤 次郎")
    with open_window(qtbot, str(demo_path)) as window:
        _show_first_session(qtbot, window)
        context_menu_item(qtbot, window.events.participants, "メールアドレスをコピー")
        copied = QApplication.clipboard().text()
        assert sorted(copied.split("; ")) == [
            "渡辺 健 <watanabe@example.jp>",
            "青木 花子 <aoki@example.jp>",
        ]
        said = window.statusBar().currentMessage()
        assert "2件" in said and "メールアドレスのない1人を除く" in said

        context_menu_item(qtbot, window.events.participants, "メールを作成")
        (url,) = mail_program.opened
        assert url.scheme() == "mailto"
        assert sorted(url.query().removeprefix("bcc=").split(",")) == [
            "aoki@example.jp",
            "watanabe@example.jp",
        ]


def test_a_large_group_is_told_to_use_the_copy(
    qtbot: QtBot, demo_path: Path, mail_program: MailProgram
) -> None:
    _apply(demo_path, [(f"参加者 {n}", f"p{n}@example.jp") for n in range(31)])
    with open_window(qtbot, str(demo_path)) as window:
        _show_first_session(qtbot, window)
        context_menu_item(qtbot, window.events.participants, "メールを作成")
        assert mail_program.opened == []
        assert "「メールアドレスをコピー」" in window.statusBar().currentMessage()
        context_menu_item(qtbot, window.events.participants, "メールアドレスをコピー")
        assert len(QApplication.clipboard().text().split("; ")) == 31


def test_council_members_addresses(qtbot: QtBot, demo_path: Path) -> None:
    database = open_database(str(demo_path))
    try:
        with database.transaction() as session:
            council = Council(name="テスト地域協議会", kind="council")
            chair = Person(name="山田 太郎", name_key="山田太郎", email="yamada@example.go.jp")
            deputy = Person(name="山田 次郎", name_key="山田次郎", email="YAMADA@example.go.jp")
            member = Person(name="鈴木 (株)", name_key="鈴木株", email="suzuki@example.jp")
            council.memberships = [
                Membership(person=chair, role="chair", order=1),
                Membership(person=deputy, order=2),  # one mailbox shared: listed once
                Membership(person=member, order=3),
                Membership(post="市長", order=4),  # a seat known by its post only
            ]
            session.add(council)
    finally:
        database.close()
    with open_window(qtbot, str(demo_path)) as window:
        choose_council(qtbot, window, "テスト地域協議会")
        context_menu_item(qtbot, window.councils.roster.members, "メールアドレスをコピー")
        assert QApplication.clipboard().text() == (
            '山田 太郎 <yamada@example.go.jp>; "鈴木 (株)" <suzuki@example.jp>'
        )


def test_calendar_of_the_selected_series(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "行事.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with open_window(qtbot, str(demo_path)) as window:
        _show_first_session(qtbot, window)
        menu_action(window, "ファイル(&F)", "予定表（.ics）に書き出す…").trigger()
        qtbot.waitUntil(lambda: "予定表を書き出しました" in window.statusBar().currentMessage())
    calendar = Calendar.from_ical(target.read_bytes())
    database = open_database(str(demo_path))
    try:
        with database.sessions() as session:
            series = session.scalars(select(EventSeries).where(EventSeries.name == FY2021)).one()
            dated = sorted(f"session-{s.id}@secdesk" for s in series.sessions if s.date)
    finally:
        database.close()
    assert sorted(str(e["uid"]) for e in calendar.events) == dated
    assert all(FY2021 in str(e["summary"]) for e in calendar.events)


def test_calendar_of_the_selected_council(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    day = dt.date.today() + dt.timedelta(days=20)
    database = open_database(str(demo_path))
    try:
        with database.transaction() as session:
            council = Council(name="テスト地域協議会", kind="council")
            council.meetings = [
                Meeting(number=1, date=day, start_time=dt.time(10), venue="市役所 3階会議室"),
                Meeting(number=2, reply_by=day),  # its date not fixed yet: the deadline only
            ]
            session.add(council)
            session.flush()
            first, second = (m.id for m in council.meetings)
    finally:
        database.close()
    target = tmp_path / "協議会.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with open_window(qtbot, str(demo_path)) as window:
        choose_council(qtbot, window, "テスト地域協議会")
        menu_action(window, "ファイル(&F)", "予定表（.ics）に書き出す…").trigger()
        qtbot.waitUntil(lambda: "予定表を書き出しました" in window.statusBar().currentMessage())
    events = {str(e["uid"]): e for e in Calendar.from_ical(target.read_bytes()).events}
    assert sorted(events) == sorted([f"meeting-{first}@secdesk", f"reply-by-{second}@secdesk"])
    assert str(events[f"meeting-{first}@secdesk"]["location"]) == "市役所 3階会議室"
