"""Issue 18's whole path, in the window, on the demo with its fictitious sample: the sample
council's next meeting set up, its 開催通知 printed as PDF and merged into the sample Word
letter, its labels from label 5 of an エーワン 72212 sheet, its envelopes, the replies
recorded, the 座席表, 卓上名札 and 名札 printed, the 受付 ticked and the calendar exported —
each file checked as the office would open it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from db.demo import load_demo
from db.engine import open_database
from desktop.ui.dialogs.invitation_merge import SAMPLE_TEMPLATE
from desktop.ui.dialogs.sheet_preview import SheetPreviewDialog
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    choose_council,
    click_row,
    enter,
    fill,
    menu_action,
    open_dialog,
    open_window,
    pick_files,
    save,
    settle,
    shown_cells,
    shown_column,
)
from tests.helpers.previews import (
    MM,
    keep_picture,
    page_count,
    pdf_text,
    preview_from,
    remade,
    text_box_mm,
)

COUNCIL = "【架空のサンプル】地域DX推進協議会"
PAPERS = "会議の資料を印刷(&P)"
LABEL_5_TOP = 21.6 + 2 * 42.3  # エーワン 72212: the third row's top edge, in mm


def saving_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))


def page_sizes_mm(pdf: bytes) -> list[tuple[int, int]]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return [(round(p.get_width() / MM), round(p.get_height() / MM)) for p in document]
    finally:
        document.close()


def paper_of(window: MainWindow, qtbot: QtBot, label: str) -> SheetPreviewDialog:
    """会議 ▸ 会議の資料を印刷 ▸ `label`…, its preview once shown."""
    return preview_from(window, qtbot, menu_action(window, "会議(&M)", PAPERS, f"{label}…"))


def printed(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    label: str,
    target: Path,
) -> bytes:
    """The paper `label` from 会議 ▸ 会議の資料を印刷, saved as PDF from its preview."""
    preview = paper_of(window, qtbot, label)
    keep_picture(preview, target.stem)
    saving_to(monkeypatch, target)
    preview.pdf_button.click()
    preview.reject()
    return target.read_bytes()


def test_a_council_meeting_from_setting_up_to_the_calendar(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = dt.date.today()
    path = tmp_path / "demo.sqlite"
    database = open_database(str(path))
    load_demo(database, today)
    database.close()
    out = tmp_path / "会議資料"
    out.mkdir()
    with open_window(qtbot, str(path)) as window:
        choose_council(qtbot, window, COUNCIL)
        panel = window.councils.meetings
        keep_picture(window, "01-council")

        # 会議 ▸ 次回の会議を設定…: 第3回, after the sample's past and coming meetings
        menu_action(window, "会議(&M)", "次回の会議を設定…").trigger()
        settle(qtbot, window)
        form = open_dialog(window)
        assert form.values()["number"] == "3"
        day = today + dt.timedelta(days=70)
        fill(qtbot, form, date=day.isoformat(), time="10:00～12:00", venue="あおば市役所 大会議室")
        keep_picture(form, "02-next-meeting")
        save(form)
        settle(qtbot, window)
        assert not form.isVisible(), form.error_label.text()
        (third,) = [i for i, n in enumerate(shown_column(panel.meetings, "回")) if n == "第3回"]
        click_row(qtbot, panel.meetings, third)
        settle(qtbot, window)
        invitees = shown_column(panel.invitees, "氏名")
        assert len(invitees) >= 6
        keep_picture(window, "03-meeting-page")
        papers = menu_action(window, "会議(&M)", PAPERS).menu()
        assert papers is not None
        assert [a.text() for a in papers.actions()] == [
            "開催通知（会議の招集者への手紙）…",
            "出欠回答票…",
            "宛名ラベル（会議の構成員）…",
            "封筒（長形3号・縦書き）…",
            "受付簿・出欠一覧（会議）…",
            "座席表…",
            "卓上名札…",
            "名札…",
        ]

        # 開催通知: a letter a page per invitee, and merged into the sample Word letter
        notices = printed(
            window, qtbot, monkeypatch, "開催通知（会議の招集者への手紙）", out / "04-notice.pdf"
        )
        assert page_count(notices) == len(invitees)
        assert "第3回" in pdf_text(notices)
        preview = paper_of(window, qtbot, "開催通知（会議の招集者への手紙）")
        merged = out / "開催通知（差し込み）.docx"
        pick_files(monkeypatch, SAMPLE_TEMPLATE)
        saving_to(monkeypatch, merged)
        assert preview.merge_button is not None
        preview.merge_button.click()
        qtbot.waitUntil(merged.exists, timeout=30_000)
        preview.reject()
        letters = "\n".join(p.text for p in Document(str(merged)).paragraphs)
        assert all(name in letters for name in invitees) and "{{" not in letters

        # 宛名ラベル from label 5 of a used エーワン 72212 sheet
        preview = paper_of(window, qtbot, "宛名ラベル（会議の構成員）")
        assert preview.controls.lists["layout"].currentText() == "エーワン 72212（12面）"
        enter(qtbot, preview.controls.counts["start"], "5")
        preview = remade(qtbot, window, preview)
        keep_picture(preview, "05-labels")
        _left, top, _right, _bottom = text_box_mm(preview.preview.pdf)
        assert top >= LABEL_5_TOP  # labels 1 to 4 stay on the sheet for another day
        saving_to(monkeypatch, out / "05-labels.pdf")
        preview.pdf_button.click()
        preview.reject()

        # 長形3号 envelopes: one 120×235 mm page each
        envelopes = printed(
            window, qtbot, monkeypatch, "封筒（長形3号・縦書き）", out / "06-envelopes.pdf"
        )
        assert set(page_sizes_mm(envelopes)) == {(120, 235)}

        # The replies, with Enter on an invitee: one attends, one sends regrets
        for row, reply in ((0, "attend"), (1, "absent")):
            click_row(qtbot, panel.invitees, row)
            qtbot.keyClick(panel.invitees, Qt.Key.Key_Return)
            dialog = open_dialog(window)
            fill(qtbot, dialog, reply=reply)
            save(dialog)
            settle(qtbot, window)
        assert shown_cells(panel.invitees, 0)["出欠"] == "出席"
        assert shown_cells(panel.invitees, 1)["出欠"] == "欠席"

        # 座席表 (A4 landscape), 卓上名札 (A4), 名札 (名刺 size on A4)
        seating = printed(window, qtbot, monkeypatch, "座席表", out / "07-seating.pdf")
        assert page_sizes_mm(seating)[0] == (297, 210)
        assert invitees[0].replace(" ", "") in pdf_text(seating).replace(" ", "")
        cards = printed(window, qtbot, monkeypatch, "卓上名札", out / "08-tent-cards.pdf")
        assert page_count(cards) >= 1 and page_sizes_mm(cards)[0] == (210, 297)
        badges = printed(window, qtbot, monkeypatch, "名札", out / "09-badges.pdf")
        assert page_count(badges) >= 1

        # On the day: the first invitee ticked at the door with Space
        click_row(qtbot, panel.invitees, 0)
        qtbot.keyClick(panel.invitees, Qt.Key.Key_Space)
        settle(qtbot, window)
        assert shown_cells(panel.invitees, 0)["受付"] == "✓"
        keep_picture(window, "10-reception")

        # ファイル ▸ 予定表（.ics）に書き出す…, twice: the same events, the same UIDs
        uids = []
        for name in ("予定表.ics", "予定表（再）.ics"):
            calendar_file = out / name
            saving_to(monkeypatch, calendar_file)
            menu_action(window, "ファイル(&F)", "予定表（.ics）に書き出す…").trigger()
            qtbot.waitUntil(calendar_file.exists, timeout=30_000)
            calendar = Calendar.from_ical(calendar_file.read_bytes())
            events = calendar.walk("VEVENT")
            assert any("第3回" in str(e["SUMMARY"]) and starts(e) == day for e in events)
            uids.append(sorted(str(e["UID"]) for e in events))
        assert uids[0] == uids[1]


def starts(event: object) -> dt.date:
    start = event.decoded("DTSTART")  # type: ignore[attr-defined]
    return start.date() if isinstance(start, dt.datetime) else start
