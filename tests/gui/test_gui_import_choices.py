"""The review asks for what a file does not say: the series of a schedule, the council of a
roster, the organization of people whose rows name none; a stored one picked from the list, or
a new one typed in, and the files are read again with it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Organization, Person
from desktop.ui.dialogs.import_review import ImportReviewDialog
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    choose,
    enter,
    escape,
    import_files,
    read,
    settle,
    visible,
    window,  # noqa: F401  (a fixture)
)
from tests.helpers.import_files import filled_expert_form, office_workbook, text_table, write_list

R3 = "令和3年度 未来技術実装ミニシンポジウム"  # the demo's series: sessions 1-4


def city_events(path: Path) -> Path:
    """A city's event list as its open data gives it: no series, no 回."""
    return text_table(
        path,
        [
            ["開催日", "イベント等名", "会場"],
            ["令和7年11月8日", "まちづくりとデータ", "市民ホール"],
            ["令和7年10月4日", "交通と観光", "市民ホール"],
        ],
        encoding="cp932",
    )


def test_a_new_series_typed_in_the_review_reads_the_schedule_again(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_files(window, monkeypatch, city_events(tmp_path / "催し.csv"))
    settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    assert review.name_choices["series"].isVisibleTo(review)
    assert not review.commit_button.isEnabled()
    assert "確認画面の「行事」" in review.file_notes.toPlainText()
    # numbered only once the series is known: no 第?回 meanwhile
    assert [r.title() for r in review.preview.records] == ["まちづくりとデータ", "交通と観光"]

    enter(qtbot, review.name_choices["series"].line, "令和7年度 市民講演会")
    settle(qtbot, window)
    (again,) = visible(ImportReviewDialog)
    assert again is not review  # read again, and Enter did not import the first reading
    assert again.name_choices["series"].combo.currentText() == "令和7年度 市民講演会"
    assert "取り込む 2件" in again.summary.text()
    # numbered in date order: the list gives 11月8日 before 10月4日
    titles = [r.title() for r in again.preview.records]
    assert titles == ["第2回 まちづくりとデータ", "第1回 交通と観光"]
    first = again.preview.records[0]
    assert "行事: 令和7年度 市民講演会（新しい行事・令和7年度）" in first.details()
    assert any("年度は名前から令和7年度" in p.said() for p in first.problems)

    again.commit_button.click()
    settle(qtbot, window)
    assert "取り込み番号 1" in window.statusBar().currentMessage()
    series = {s.name: s for s in window.events.series.source.rows()}
    assert series["令和7年度 市民講演会"].fiscal_year == 2025
    assert series["令和7年度 市民講演会"].session_count == 2


def test_a_stored_series_picked_from_the_list_takes_the_sessions_after_its_own(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = text_table(
        tmp_path / "追加日程.csv",
        [["開催日", "テーマ", "会場"], ["2022/3/3", "教育", "オンライン"]],
    )
    import_files(window, monkeypatch, path)
    settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    choose(qtbot, review.name_choices["series"].combo, R3)
    settle(qtbot, window)
    (again,) = visible(ImportReviewDialog)
    (record,) = again.preview.records
    assert record.title() == "第5回 教育" and record.context() == R3
    assert "取り込む 1件" in again.summary.text()

    # Enter in the field reads again in the series typed; it never imports what is shown
    enter(qtbot, again.name_choices["series"].line, "教育セミナー")
    settle(qtbot, window)
    (third,) = visible(ImportReviewDialog)
    assert third is not again
    assert third.preview.records[0].title() == "第1回 教育"
    assert "取り込み番号" not in window.statusBar().currentMessage()
    assert R3 in {s.name for s in window.events.series.source.rows()}
    assert "教育セミナー" not in {s.name for s in window.events.series.source.rows()}
    escape(qtbot, third)


def test_no_series_or_programme_to_choose_when_the_list_names_its_series(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A schedule naming its series belongs to it, not to a programme: nothing to pick."""
    path = write_list(
        tmp_path / "sessions.xlsx",
        ["行事名", "回", "テーマ", "開催日"],
        ["新しいシンポジウム", "第1回", "はじめに", "令和8年12月1日"],
    )
    import_files(window, monkeypatch, path)
    settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    assert "取り込む 1件" in review.summary.text()
    assert not review.name_choices["series"].isVisibleTo(review)
    assert not review.program_choice.isVisibleTo(review)
    escape(qtbot, review)


def test_a_roster_without_a_council_column_is_read_again_in_the_council_typed(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = office_workbook(
        tmp_path / "委員名簿.xlsx",
        [
            ["委員名簿（令和8年4月1日現在）"],
            ["役割", "氏名", "ふりがな", "所属", "役職"],
            ["会長", "山田 太郎", "やまだ たろう", "北海道大学", "教授"],
            ["委員", "佐藤 花子", "さとう はなこ", "札幌商工会議所", "事務局長"],
        ],
    )
    import_files(window, monkeypatch, path)
    settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    assert review.name_choices["council"].isVisibleTo(review)
    assert not review.name_choices["series"].isVisibleTo(review)
    assert not review.commit_button.isEnabled()
    assert "確認画面の「会議」" in review.file_notes.toPlainText()

    enter(qtbot, review.name_choices["council"].line, "デジタル推進協議会")
    settle(qtbot, window)
    (again,) = visible(ImportReviewDialog)
    assert again is not review
    assert "取り込む 2件" in again.summary.text()
    assert {r.context() for r in again.preview.records} == {"デジタル推進協議会"}
    again.commit_button.click()
    settle(qtbot, window)
    assert "取り込み番号 1" in window.statusBar().currentMessage()
    assert "デジタル推進協議会" in {c.name for c in window.councils.councils.source.rows()}


def test_a_stored_council_picked_from_the_list(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = text_table(
        tmp_path / "幹事名簿.csv",
        [["役割", "役職", "氏名"], ["構成員", "参事官", "外務 四郎"]],
        encoding="cp932",
    )
    import_files(window, monkeypatch, path)
    settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    stored = review.name_choices["council"].combo.itemText(0)
    choose(qtbot, review.name_choices["council"].combo, stored)
    settle(qtbot, window)
    (again,) = visible(ImportReviewDialog)
    (record,) = again.preview.records
    assert record.context() == stored and not record.rejected
    escape(qtbot, again)


def people_of(session: Session) -> dict[str, str]:
    """Each stored person's organization, by name."""
    rows = session.execute(
        select(Person.name, Organization.name).join(Organization, Person.organization)
    )
    return {person: organization for person, organization in rows}


def test_the_organization_of_a_roster_naming_none_typed_in_the_review(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    demo_path: Path,
) -> None:
    # A ministry's roster of its own staff: 会議名, 役割, 役職, 氏名, and no 所属.
    path = text_table(
        tmp_path / "幹部名簿.csv",
        [
            ["会議名", "役割", "役職", "氏名"],
            ["近未来技術実装関係省庁連絡会議", "構成員", "統括官", "青木 一郎"],
            ["近未来技術実装関係省庁連絡会議", "構成員", "審議官", "木村 二郎"],
        ],
        encoding="utf-8-sig",
    )
    import_files(window, monkeypatch, path)
    settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    assert review.name_choices["organization"].isVisibleTo(review)
    assert not review.name_choices["council"].isVisibleTo(review)
    assert {r.context() for r in review.preview.records} == {"近未来技術実装関係省庁連絡会議"}
    assert {r.details()[1] for r in review.preview.records} == {"所属: －"}

    enter(qtbot, review.name_choices["organization"].line, "デジタル庁")
    settle(qtbot, window)
    (again,) = visible(ImportReviewDialog)
    assert again is not review  # read again, and Enter did not import the first reading
    assert again.name_choices["organization"].combo.currentText() == "デジタル庁"
    assert {r.details()[1] for r in again.preview.records} == {"所属: デジタル庁"}
    again.commit_button.click()
    settle(qtbot, window)
    assert "取り込み番号 1" in window.statusBar().currentMessage()
    stored = read(demo_path, people_of)
    assert (stored["青木 一郎"], stored["木村 二郎"]) == ("デジタル庁", "デジタル庁")


def test_a_stored_organization_picked_for_a_people_list(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_list(
        tmp_path / "職員名簿.xlsx",
        ["氏名", "ふりがな", "役職", "電話番号"],
        ["山本 三郎", "やまもと さぶろう", "主査", "0494-22-2211"],
    )
    import_files(window, monkeypatch, path)
    settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    assert review.name_choices["organization"].isVisibleTo(review)
    choose(qtbot, review.name_choices["organization"].combo, "秩父市")
    settle(qtbot, window)
    (again,) = visible(ImportReviewDialog)
    (record,) = again.preview.records
    assert record.context() == "秩父市" and not record.rejected
    escape(qtbot, again)


def test_a_list_read_as_the_wrong_kind_is_read_again_as_the_kind_chosen(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A committee's member list whose headings look like any list of people: the review's
    読み取り方 makes it a roster (the command line's --kind roster), and the council it then
    asks for is typed in."""
    path = text_table(
        tmp_path / "委員一覧.csv",
        [
            ["まちづくり推進委員会 委員"],
            ["氏名", "ふりがな", "所属", "役職"],
            ["山田 太郎", "やまだ たろう", "秩父商工会議所", "会頭"],
            ["川口 花子", "かわぐち はなこ", "秩父市", "企画課長"],
        ],
        encoding="cp932",
    )
    import_files(window, monkeypatch, path)
    settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    assert review.kind_choice.isVisibleTo(review)
    assert review.kind_choice.currentText() == "見出しから判断"
    assert "人の名簿として読み取りました" in review.file_notes.toPlainText()

    choose(qtbot, review.kind_choice, "委員名簿")
    settle(qtbot, window)
    (again,) = visible(ImportReviewDialog)
    assert again is not review and again.kind_choice.currentText() == "委員名簿"
    assert "委員名簿として読み取りました" in again.file_notes.toPlainText()
    assert again.name_choices["council"].isVisibleTo(again)  # whose members they are
    enter(qtbot, again.name_choices["council"].line, "まちづくり推進委員会")
    settle(qtbot, window)
    (third,) = visible(ImportReviewDialog)
    assert third.kind_choice.currentText() == "委員名簿"  # the kind chosen stays
    assert "取り込む 2件" in third.summary.text()
    third.commit_button.click()
    settle(qtbot, window)
    assert "まちづくり推進委員会" in {c.name for c in window.councils.councils.source.rows()}


def test_a_filled_form_is_not_offered_another_kind(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_files(window, monkeypatch, filled_expert_form(tmp_path, 1))
    settle(qtbot, window)
    (review,) = visible(ImportReviewDialog)
    assert not review.kind_choice.isVisibleTo(review)
    escape(qtbot, review)
