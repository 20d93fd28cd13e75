"""Importing event sessions (開催日程) and participants (参加者名簿, 参加申込書) end to end."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from db.database import Database
from db.errors import UserError
from db.models import EventSeries, EventSession, Organization, Person
from desktop.excel.forms import write_template
from desktop.imports import pipeline
from desktop.imports.templates import choices_from_database
from desktop.ops import events, participants
from tests.helpers.import_files import exported, type_into

R3 = "令和3年度 未来技術実装ミニシンポジウム"  # a demo series with sessions 1-4


def workbook(path: Path, *rows: list[object], title: str = "") -> Path:
    """A list as people send it: a title and a note above the header, blank rows kept."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "一覧"
    if title:
        ws.append([title])
        ws.append(["※事務局作成"])
        ws.append([])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def prepare(db: Database, *paths: Path, **options: Any) -> Any:
    with db.sessions() as session:
        return pipeline.prepare(session, list(paths), **options)


def texts(preview: Any) -> list[str]:
    return [p.text() for p in preview.all_problems()]


def problem_at(preview: Any, row: int, column: str, *words: str) -> bool:
    return any(
        p.where.row == row and p.where.column == column and all(w in p.said() for w in words)
        for p in preview.all_problems()
    )


def session_id(db: Database, series: str, number: int) -> int:
    with db.sessions() as session:
        return session.scalars(
            select(EventSession.id)
            .join(EventSeries)
            .where(EventSeries.name == series, EventSession.number == number)
        ).one()


def sessions_of(db: Database, series: str) -> dict[int, events.SessionRow]:
    with db.sessions() as session:
        series_id = session.scalars(select(EventSeries.id).where(EventSeries.name == series)).one()
        return {s.number: s for s in events.list_sessions(session, series_id)}


def participants_of(db: Database, series: str, number: int) -> list[participants.ParticipantRow]:
    with db.sessions() as session:
        return participants.list_participants(session, session_id(db, series, number))


# --- 開催日程 -----------------------------------------------------------------------------------


def messy_schedule(path: Path) -> Path:
    return workbook(
        path,
        ["行事名", "回", "テーマ", "日付", "時間", "形式", "対象", "備考"],
        [
            "令和3年度　未来技術実装ミニシンポジウム",
            "第５回",
            "観光",
            "令和4年3月10日（木）",
            "13:30～15:00",
            "オンライン",
            "どなたでも",
            None,
        ],
        [None, "６", "教育", "R4.3.24", "10時～11時30分", "ハイブリッド", None, "予備日あり"],
        [],
        [None, 7, "防災", "令和4年4月1日（月）", "13:30～", "会場", None, None],  # a Friday
        [None, 8, "医療", "令和4年2月30日", "13:30～15:00", "web", None, None],
        [None, "第1回", "物流・農業", dt.datetime(2021, 10, 1), None, None, "関係者", None],
        [None, 5, "観光（再掲）", "R4.3.10", None, None, None, None],
        [None, 9, "交通", "R4.5.12", "15:00～13:30", "web", None, None],
        [None, 10, "環境", "R4.6.2", "13:30～15:00", "未定", None, None],
        [None, None, "テーマだけ", "R4.6.9", None, None, None, None],
        title="令和3年度 ミニシンポジウム 開催日程（案）",
    )


def test_messy_schedule_goes_into_the_demo_series(any_demo_db: Database, tmp_path: Path) -> None:
    preview = prepare(any_demo_db, messy_schedule(tmp_path / "日程.xlsx"))
    accepted = {r.number: r for r in preview.accepted}
    assert sorted(accepted) == [1, 5, 6, 7]
    assert all(r.series_name == R3 and r.series_id is not None for r in accepted.values())
    assert accepted[5].title() == "第5回 観光" and accepted[5].context() == R3
    assert (accepted[6].date, accepted[6].start, accepted[6].end) == (
        dt.date(2022, 3, 24),
        dt.time(10, 0),
        dt.time(11, 30),
    )
    assert (accepted[5].format, accepted[6].format, accepted[7].format) == (
        "web",
        "hybrid",
        "venue",
    )
    # the stored 第1回 is the one candidate; creating it anew is refused
    first = accepted[1]
    assert first.action == "fill" and [c.name for c in first.candidates] == ["第1回 物流・農業"]
    assert first.create_refusal() is not None

    # rows are counted from the title: the header is row 4
    assert problem_at(preview, 8, "日付", "（月）", "金曜日", "日付のほうを取り込みました")
    assert accepted[7].date == dt.date(2022, 4, 1)
    assert problem_at(preview, 9, "日付", "令和4年2月30日", "28日まで")
    assert any("11行目" in t and "同じ行事の同じ回" in t and "5行目" in t for t in texts(preview))
    assert problem_at(preview, 12, "時間", "15:00～13:30", "終了時刻")
    assert problem_at(preview, 13, "形式", "未定", "会場・web")
    assert problem_at(preview, 14, "回", "回が空です")
    assert any("「備考」" in t and "使わずに" in t for t in texts(preview))
    assert not any("新しい行事" in t for t in texts(preview))
    # the scheduling checks of the 回 tab, as warnings: 第7回 (R4.4.1) is in the next fiscal year
    assert any(
        "8行目" in t and "第7回の開催日は行事の年度（令和3年度）の外" in t for t in texts(preview)
    )

    before = exported(any_demo_db)
    batch = pipeline.commit(any_demo_db, preview)
    stored = sessions_of(any_demo_db, R3)
    assert sorted(stored) == [1, 2, 3, 4, 5, 6, 7]
    assert (stored[5].date, stored[5].start_time, stored[5].end_time) == (
        dt.date(2022, 3, 10),
        dt.time(13, 30),
        dt.time(15, 0),
    )
    assert (stored[6].format, stored[7].start_time, stored[7].end_time) == (
        "hybrid",
        dt.time(13, 30),
        None,
    )
    assert stored[1].eligibility == "関係者"  # an empty field was filled
    # what was stored stays
    assert (stored[1].start_time, stored[1].end_time) == (dt.time(13, 30), dt.time(15, 0))
    with any_demo_db.sessions() as session:
        counts = pipeline.list_batches(session)[0].counts
    assert (counts["開催回（新規）"], counts["開催回（更新）"]) == (3, 1)
    assert "行事（新規）" not in counts
    pipeline.undo(any_demo_db, batch)
    assert exported(any_demo_db) == before


def test_schedule_with_start_and_end_columns_makes_a_new_series(
    any_demo_db: Database, tmp_path: Path
) -> None:
    series = "令和元年度 地域DXセミナー"
    path = workbook(
        tmp_path / "セミナー.xlsx",
        ["開催回", "開催形式", "開始時刻", "終了時刻", "開催日", "行事名"],
        ["１", "会場", dt.time(13, 30), dt.time(15, 0), dt.date(2019, 6, 3), series],
        ["第2回", "会場・Web", "10時", "11時30分", "令和元年7月1日", series],
        [3, "web", "16:00", "15:00", "2019年8月1日", series],
        [4, "web", None, "15:00", "2019/9/2", series],
    )
    preview = prepare(any_demo_db, path)
    first, second = preview.accepted
    assert (first.number, first.date, first.start, first.end) == (
        1,
        dt.date(2019, 6, 3),
        dt.time(13, 30),
        dt.time(15),
    )
    assert (second.date, second.start, second.end, second.format) == (
        dt.date(2019, 7, 1),
        dt.time(10),
        dt.time(11, 30),
        "hybrid",
    )
    assert first.series_id is None and first.candidates == []
    new_series = [p for p in preview.all_problems() if "新しい行事として作ります" in p.said()]
    assert [(p.severity, p.where.row, p.where.column) for p in new_series] == [
        ("warning", 2, "行事名")
    ]
    assert problem_at(preview, 4, "終了時刻", "16:00", "開始と終了を確かめて")
    assert problem_at(preview, 5, "終了時刻", "開始時刻も入力")

    before = exported(any_demo_db)
    batch = pipeline.commit(any_demo_db, preview)
    stored = sessions_of(any_demo_db, series)
    assert sorted(stored) == [1, 2]
    assert (stored[2].date, stored[2].start_time, stored[2].end_time) == (
        dt.date(2019, 7, 1),
        dt.time(10, 0),
        dt.time(11, 30),
    )
    with any_demo_db.sessions() as session:
        assert [s.name for s in events.list_series(session)].count(series) == 1
        counts = pipeline.list_batches(session)[0].counts
    assert (counts["行事（新規）"], counts["開催回（新規）"]) == (1, 2)

    again = prepare(any_demo_db, path, on_duplicate="create")  # the numbers are taken now
    assert [r.rejected for r in again.records] == [True] * 4
    assert any("第1回はすでにある" in t for t in texts(again))
    pipeline.undo(any_demo_db, batch)
    assert exported(any_demo_db) == before


def test_rows_without_event_name_need_one_series(any_demo_db: Database, tmp_path: Path) -> None:
    path = workbook(tmp_path / "回だけ.xlsx", ["回", "開催日", "テーマ"], [5, "R4.3.10", "観光"])
    (record,) = prepare(any_demo_db, path).records
    assert record.rejected  # the demo has two series and the sheet names none
    assert "行事名の列がありません" in record.problems[0].said()
    assert "--series" in record.problems[0].said()
    assert record.problems[0].where.row == 2


# --- 参加申込書 --------------------------------------------------------------------------------


def filled_participation_form(db: Database, path: Path) -> Path:
    with db.sessions() as session:
        write_template("participation", path, choices_from_database(session, None))
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    type_into(ws, "行事名", R3)
    type_into(ws, "参加回", 2)
    type_into(ws, "参加形式", "オンライン")
    type_into(ws, "氏名", "高橋　花子")
    type_into(ws, "フリガナ", "タカハシ　ハナコ")
    type_into(ws, "所属", "株式会社ミライ技研")
    type_into(ws, "団体区分", "民間企業")
    type_into(ws, "役職", "主任研究員")
    type_into(ws, "メールアドレス", "hanako@mirai.example.jp")
    type_into(ws, "電話番号", "０３－１２３４－５６７８")
    wb.save(path)
    return path


def test_filled_participation_form_adds_a_participant(
    any_demo_db: Database, tmp_path: Path
) -> None:
    before = exported(any_demo_db)
    path = filled_participation_form(any_demo_db, tmp_path / "参加申込書_高橋.xlsx")
    preview = prepare(any_demo_db, path)
    assert texts(preview) == []
    (record,) = preview.accepted
    assert (record.title(), record.context()) == ("高橋　花子", f"{R3} 第2回")
    assert (record.person_kana, record.phone) == ("たかはし はなこ", "03-1234-5678")
    batch = pipeline.commit(any_demo_db, preview)

    (row,) = participants_of(any_demo_db, R3, 2)
    assert (row.name, row.organization, row.post, row.email) == (
        "高橋　花子",
        "株式会社ミライ技研",
        "主任研究員",
        "hanako@mirai.example.jp",
    )
    assert (row.attendance, row.status) == ("online", "applied")
    with any_demo_db.sessions() as session:
        org = session.scalars(
            select(Organization).where(Organization.name == "株式会社ミライ技研")
        ).one()
        assert org.kind == "company"
        counts = pipeline.list_batches(session)[0].counts
    assert (counts["参加者（新規）"], counts["人（新規）"], counts["団体（新規）"]) == (1, 1, 1)

    # the same form sent again: found as the same person, who is already registered
    again = prepare(any_demo_db, path)
    assert again.files[0].earlier_batch == batch
    (repeat,) = again.records
    assert repeat.action == "fill" and len(repeat.candidates) == 1
    (note,) = repeat.problems
    assert note.severity == "warning" and "すでに" in note.said() and "第2回" in note.said()
    second = pipeline.commit(any_demo_db, again)
    assert len(participants_of(any_demo_db, R3, 2)) == 1
    with any_demo_db.sessions() as session:
        assert pipeline.list_batches(session)[0].counts["参加者（登録済み）"] == 1
    pipeline.undo(any_demo_db, second)
    pipeline.undo(any_demo_db, batch)
    assert exported(any_demo_db) == before


# --- 参加者名簿 --------------------------------------------------------------------------------


def add_people(db: Database) -> None:
    with db.transaction() as session:
        chichibu = session.scalars(select(Organization).where(Organization.name == "秩父市")).one()
        session.add(Person(name="鈴木 一郎", organization=chichibu, email="suzuki@city.example.jp"))
        # two people of one name in one organization: a row naming them is never linked to one
        session.add(Person(name="山田太郎", organization=chichibu, post="企画課"))
        session.add(Person(name="山田 太郎", organization=chichibu, post="税務課"))


def participant_list(path: Path) -> Path:
    return workbook(
        path,
        [
            "No.",
            "行事名",
            "回",
            "氏名（漢字）",
            "ふりがな",
            "所属団体",
            "団体区分",
            "役職",
            "E-mail",
            "TEL",
            "備考",
        ],
        [
            1,
            R3,
            "第3回",
            "鈴木一郎",
            "スズキ イチロウ",
            "秩父市役所",
            None,
            "課長",
            "Suzuki@City.example.jp",
            494221111,
            None,
        ],
        [
            2,
            R3,
            "３",
            "田中 次郎",
            "タナカ ジロウ",
            "架空大学",
            "大学",
            "教授",
            "tanaka@univ.example.ac.jp",
            None,
            None,
        ],
        [3, R3, "9", "佐藤 三郎", None, "秩父市", None, None, None, None, None],
        [4, "令和9年度 未知の行事", 1, "伊藤 四郎", None, None, None, None, None, None, None],
        [5, R3, 3, "渡辺 五郎", None, None, None, None, "watanabe(at)example", None, None],
        [6, R3, 3, None, None, "秩父市", None, None, None, "03-1111-2222", None],
        [],
        [7, R3, 3, "鈴木　一郎", None, "秩父市", None, None, None, None, "再掲"],
        [8, R3, 3, "山田太郎", None, "秩父市", None, None, None, None, None],
        [9, R3, 3, "小林 六郎", None, "株式会社ロク", "国", None, None, None, None],
        title="ミニシンポジウム 参加者名簿",
    )


def test_participant_list_matches_people_and_reports_what_is_missing(
    any_demo_db: Database, tmp_path: Path
) -> None:
    add_people(any_demo_db)
    before = exported(any_demo_db)
    path = participant_list(tmp_path / "名簿.xlsx")
    preview = prepare(any_demo_db, path)
    accepted = {r.person_name: r for r in preview.accepted}
    assert sorted(accepted) == ["小林 六郎", "田中 次郎", "鈴木一郎"]
    suzuki = accepted[
        "鈴木一郎"
    ]  # matched by e-mail although the organization is spelled otherwise
    assert suzuki.action == "fill" and [c.name for c in suzuki.candidates] == [
        "鈴木 一郎（秩父市、suzuki@city.example.jp）"
    ]
    assert suzuki.phone == "0494221111" and suzuki.person_kana == "すずき いちろう"
    assert accepted["田中 次郎"].candidates == []
    assert accepted["小林 六郎"].organization_kind == "other"

    # header on row 4, so list row n is sheet row n + 4 (the blank row counts too)
    assert problem_at(preview, 5, "TEL", "先頭に0")
    assert problem_at(preview, 7, "回", "第9回は登録されていません", "先に開催日程を取り込む")
    assert problem_at(preview, 8, "行事名", "令和9年度 未知の行事", "先に開催日程を取り込む")
    assert problem_at(preview, 9, "E-mail", "watanabe(at)example")
    assert problem_at(preview, 10, "氏名（漢字）", "氏名が空です")
    assert any("12行目" in t and "同じ回の同じ参加者" in t and "5行目" in t for t in texts(preview))
    yamada = next(r for r in preview.records if r.person_name == "山田太郎")
    assert yamada.rejected and len(yamada.candidates) == 2 and yamada.chosen_id is None
    assert problem_at(preview, 14, "団体区分", "「国」", "その他")

    batch = pipeline.commit(any_demo_db, preview)
    rows = {r.name: r for r in participants_of(any_demo_db, R3, 3)}
    assert sorted(rows) == ["小林 六郎", "田中 次郎", "鈴木 一郎"]
    assert rows["鈴木 一郎"].organization == "秩父市"  # fill: the stored organization stays
    assert (rows["鈴木 一郎"].kana, rows["鈴木 一郎"].post) == ("すずき いちろう", "課長")
    assert rows["田中 次郎"].organization == "架空大学"
    data = exported(any_demo_db)
    assert next(o for o in data["organizations"] if o["name"] == "架空大学")["kind"] == "university"
    assert [p["name"] for p in data["people"]].count("鈴木 一郎") == 1
    with any_demo_db.sessions() as session:
        counts = pipeline.list_batches(session)[0].counts
    assert (counts["参加者（新規）"], counts["人（新規）"], counts["人（更新）"]) == (3, 2, 1)

    # imported again: everyone who was added is found and already registered
    again = prepare(any_demo_db, path)
    for record in again.accepted:
        assert record.chosen_id is not None
        assert any("すでに" in p.said() for p in record.problems)
    second = pipeline.commit(any_demo_db, again)
    assert len(participants_of(any_demo_db, R3, 3)) == 3
    with any_demo_db.sessions() as session:
        counts = pipeline.list_batches(session)[0].counts
    assert counts["参加者（登録済み）"] == 3 and "参加者（新規）" not in counts
    pipeline.undo(any_demo_db, second)
    pipeline.undo(any_demo_db, batch)
    assert exported(any_demo_db) == before


def test_update_overwrites_the_matched_persons_details(
    any_demo_db: Database, tmp_path: Path
) -> None:
    add_people(any_demo_db)
    path = workbook(
        tmp_path / "更新.xlsx",
        ["行事名", "回", "氏名", "所属", "役職", "メールアドレス"],
        [R3, 1, "鈴木一郎", "秩父市役所", "部長", "suzuki@city.example.jp"],
    )
    pipeline.commit(any_demo_db, prepare(any_demo_db, path, on_duplicate="update"))
    (row,) = participants_of(any_demo_db, R3, 1)
    assert (row.name, row.organization, row.post) == ("鈴木一郎", "秩父市役所", "部長")
    with any_demo_db.sessions() as session:
        suzuki = session.scalars(select(Person).where(Person.email == "suzuki@city.example.jp"))
        assert len(suzuki.all()) == 1


def schedule_and_participants(path: Path) -> Path:
    """One book as an organizer sends it: the schedule of a new series and who comes."""
    wb = openpyxl.Workbook()
    schedule = wb.active
    assert schedule is not None
    schedule.title = "開催日程"
    schedule.append(["行事名", "回", "テーマ", "開催日", "時間"])
    schedule.append(["地域DXセミナー", 1, "はじめに", "令和8年12月2日", "13:30～15:00"])
    schedule.append(["地域DXセミナー", 2, "事例", "令和8年12月9日", "13:30～15:00"])
    people = wb.create_sheet("参加者")
    people.append(["行事名", "回", "氏名", "所属", "メールアドレス"])
    people.append(["地域DXセミナー", 1, "青木 花子", "架空大学", "aoki@example.jp"])
    people.append(["地域DXセミナー", 2, "青木 花子", "架空大学", "aoki@example.jp"])
    people.append(["地域DXセミナー", 3, "石井 二郎", "架空大学", None])
    wb.save(path)
    return path


def test_a_schedule_and_its_participants_in_one_import(
    any_demo_db: Database, tmp_path: Path
) -> None:
    before = exported(any_demo_db)
    preview = prepare(any_demo_db, schedule_and_participants(tmp_path / "セミナー.xlsx"))
    aoki = [r for r in preview.records if getattr(r, "person_name", "") == "青木 花子"]
    assert [r.rejected for r in aoki] == [False, False]  # two sessions: not a repeat
    assert problem_at(preview, 4, "回", "第3回は登録されていません")  # no such schedule row

    batch = pipeline.commit(any_demo_db, preview)
    assert [p.name for p in participants_of(any_demo_db, "地域DXセミナー", 1)] == ["青木 花子"]
    assert [p.name for p in participants_of(any_demo_db, "地域DXセミナー", 2)] == ["青木 花子"]
    assert [p["name"] for p in exported(any_demo_db)["people"]].count("青木 花子") == 1
    pipeline.undo(any_demo_db, batch)
    assert exported(any_demo_db) == before


def test_participants_of_a_schedule_row_left_out_are_not_written(
    any_demo_db: Database, tmp_path: Path
) -> None:
    before = exported(any_demo_db)
    preview = prepare(any_demo_db, schedule_and_participants(tmp_path / "セミナー.xlsx"))
    second = next(r for r in preview.records if r.KIND == "sessions" and r.number == 2)
    pipeline.decide(second, None, "skip")
    with pytest.raises(UserError) as refused:
        pipeline.commit(any_demo_db, preview)
    assert "シート「参加者」 3行目: 地域DXセミナー 第2回は取り込まれない" in str(refused.value)
    assert exported(any_demo_db) == before


def test_a_new_sessions_target_is_enforced_in_the_same_import(
    any_demo_db: Database, tmp_path: Path
) -> None:
    wb = openpyxl.Workbook()
    schedule = wb.active
    assert schedule is not None
    schedule.title = "開催日程"
    schedule.append(["行事名", "回", "テーマ", "開催日", "対象"])
    schedule.append(
        ["自治体向け説明会", 1, "制度", "令和8年12月2日", "地方公共団体のご担当者様のみ"]
    )
    people = wb.create_sheet("参加者")
    people.append(["行事名", "回", "氏名", "所属"])
    people.append(["自治体向け説明会", 1, "青木 花子", "架空大学"])
    people.append(["自治体向け説明会", 1, "秩父 太郎", "秩父市"])
    wb.save(tmp_path / "説明会.xlsx")
    preview = prepare(any_demo_db, tmp_path / "説明会.xlsx")
    (refused,) = [r for r in preview.records if r.rejected]
    assert refused.person_name == "青木 花子"
    assert problem_at(preview, 2, "所属", "地方公共団体のご担当者様のみ", "「架空大学」")
