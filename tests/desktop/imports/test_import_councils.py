"""Importing selected projects (選定事業一覧) and council rosters (委員名簿: lists and the form)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from db import vocab
from db.database import Database
from db.models import Council
from desktop.excel.forms import write_template
from desktop.imports import pipeline
from desktop.imports.model import ImportPreview
from desktop.imports.templates import default_choices
from desktop.ops.councils import MemberRow, list_members
from desktop.ops.projects import list_projects
from tests.helpers.import_files import exported, type_into

MIRAI = "未来技術社会実装事業"
LIAISON = "近未来技術実装関係省庁連絡会議"
BOARD = "近未来技術実装関係省庁連絡会議 幹事会"


def workbook(path: Path, *rows: list[object], hidden: tuple[int, ...] = ()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "一覧"
    for row in rows:
        ws.append(row)
    for number in hidden:
        ws.row_dimensions[number].hidden = True
    wb.save(path)
    return path


def prepare(db: Database, *paths: Path, **options: Any) -> ImportPreview:
    with db.sessions() as session:
        return pipeline.prepare(session, list(paths), **options)


def problems(preview: ImportPreview) -> list[str]:
    return [p.text() for p in preview.all_problems()]


def found(texts: list[str], *parts: str) -> bool:
    return any(all(part in text for part in parts) for text in texts)


# --- selected projects --------------------------------------------------------------------


def messy_projects(path: Path) -> Path:
    return workbook(
        path,
        ["令和2・3年度 未来技術社会実装事業 選定事業一覧"],
        ["※提案者が複数の場合は連名で記載"],
        [],
        ["No.", "事業名", "提案者", "技術", "選定年度", "備考"],
        [1, "スマート農業の社会実装", "北海道\n更別村", "AI、IoT", "令和２年度", None],
        [2, "自動運転バスによる地域交通", "新見野町", "自動運転、ブロックチェーン", "R3", "新規"],
        [],
        [3, None, "秩父市", "5G", "令和2年度", None],
        [4, "遠隔医療の実装", "秩父市", "5G", "来年度", None],
        [5, "データ連携基盤", "仙台市", None, 2021, None],
        [6, "スマート農業の社会実装", "岩見沢市", "ドローン", "R2", None],
    )


def test_messy_project_list_gives_the_right_projects_and_problems(
    any_demo_db: Database, tmp_path: Path
) -> None:
    path = messy_projects(tmp_path / "選定事業.xlsx")
    preview = prepare(any_demo_db, path)
    texts = problems(preview)
    accepted = {r.title(): r for r in preview.accepted}
    assert sorted(accepted) == ["スマート農業の社会実装", "自動運転バスによる地域交通"]
    farming = accepted["スマート農業の社会実装"]
    assert farming.context() == "北海道、更別村"
    assert farming.details() == [
        "事業: 未来技術社会実装事業",
        "選定年度: 令和2年度",
        "技術: AI、IoT",
    ]
    assert found(texts, "選定事業.xlsx", "6行目", "列「技術」", "ブロックチェーン", "注意")
    assert found(texts, "6行目", "列「提案者」", "新見野町", "新しい団体（市区町村）")
    assert found(texts, "8行目", "列「事業名」", "提案タイトルが空です")
    assert found(texts, "9行目", "列「選定年度」", "来年度", "令和2年度、R2、2020")
    assert found(texts, "10行目", "--program")
    assert found(texts, "11行目", "5行目")  # the same project twice in one list
    assert found(texts, "「No.」", "「備考」")

    before = exported(any_demo_db)
    batch = pipeline.commit(any_demo_db, preview)
    with any_demo_db.sessions() as session:
        rows = {p.title: p for p in list_projects(session)}
        counts = pipeline.list_batches(session)[0].counts
    assert (
        rows["スマート農業の社会実装"].proposers,
        rows["スマート農業の社会実装"].technologies,
    ) == (
        ("北海道", "更別村"),
        ("AI", "IoT"),
    )
    bus = rows["自動運転バスによる地域交通"]
    assert (bus.proposers, bus.selected_fiscal_year, bus.technologies, bus.program) == (
        ("新見野町",),
        2021,
        ("自動運転",),
        MIRAI,
    )
    new_town = next(o for o in exported(any_demo_db)["organizations"] if o["name"] == "新見野町")
    assert new_town["kind"] == "municipality"
    assert counts["選定事業（新規）"] == 2 and counts["団体（新規）"] == 1
    pipeline.undo(any_demo_db, batch)
    assert exported(any_demo_db) == before


def test_program_given_for_the_import_and_several_stored_proposers(
    any_demo_db: Database, tmp_path: Path
) -> None:
    from db.models import Organization

    with any_demo_db.transaction() as session:
        session.add(Organization(name="美郷町", kind="municipality"))
        session.add(Organization(name="美郷町", kind="municipality"))
    path = workbook(
        tmp_path / "list.xlsx",
        ["提案者", "提案タイトル", "選定年度"],
        ["美郷町", "一つ目", "2020"],
        ["仙台市・宮城県連携協議会", "二つ目", "2020"],
    )
    preview = prepare(any_demo_db, path, program=MIRAI)
    texts = problems(preview)
    assert found(texts, "2行目", "列「提案者」", "美郷町", "複数あります", "ID")
    second = preview.records[1]
    # ・ is part of a name (split_names keeps it), so this is one proposer.
    assert not second.rejected and second.context() == "仙台市・宮城県連携協議会"
    assert found(texts, "3行目", "仙台市・宮城県連携協議会", "新しい団体（その他）")
    assert "事業: 未来技術社会実装事業" in second.details()


def existing_project(path: Path, proposers: str, technology: str) -> Path:
    return workbook(
        path,
        ["提案タイトル", "提案者", "選定年度", "技術"],
        ["防災・減災分野における　ドローン活用仙台モデル構築事業", proposers, "H30", technology],
    )


def sendai(db: Database) -> dict[str, Any]:
    return next(p for p in exported(db)["projects"] if "仙台モデル" in p["title"])


def test_reimport_fills_or_updates_a_stored_project(any_demo_db: Database, tmp_path: Path) -> None:
    before = exported(any_demo_db)
    path = existing_project(tmp_path / "a.xlsx", "仙台市、宮城県", "ドローン")
    preview = prepare(any_demo_db, path)
    [record] = preview.records
    assert record.action == "fill" and len(record.candidates) == 1
    batch = pipeline.commit(any_demo_db, preview)
    project = sendai(any_demo_db)
    assert project["proposers"] == ["仙台市"]  # filling keeps the stored proposers
    assert project["categories"] == ["ドローン"]
    assert project["title"] == "防災・減災分野におけるドローン活用仙台モデル構築事業"
    pipeline.undo(any_demo_db, batch)
    assert exported(any_demo_db) == before

    path = existing_project(tmp_path / "b.xlsx", "宮城県、仙台市", "AI")
    batch = pipeline.commit(any_demo_db, prepare(any_demo_db, path, on_duplicate="update"))
    project = sendai(any_demo_db)
    assert project["proposers"] == ["宮城県", "仙台市"]
    assert project["categories"] == ["AI"]
    assert project["title"] == "防災・減災分野における　ドローン活用仙台モデル構築事業"
    with any_demo_db.sessions() as session:
        assert pipeline.list_batches(session)[0].counts["選定事業（更新）"] == 1
    pipeline.undo(any_demo_db, batch)
    assert exported(any_demo_db) == before


# --- council rosters ----------------------------------------------------------------------


def roster_form(path: Path, council: str | None, *rows: dict[str, object]) -> Path:
    """The 委員名簿 template filled in as a council's secretariat would."""
    write_template("roster", path, default_choices())
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    type_into(ws, "会議名", council)
    columns, first_row = roster_columns(ws)
    for offset, values in enumerate(rows):
        for label, value in values.items():
            ws.cell(first_row + offset, columns[label]).value = value
    wb.save(path)
    return path


def roster_columns(ws: Worksheet) -> tuple[dict[str, int], int]:
    for row in ws.iter_rows():
        labels = {c.value: c.column for c in row if isinstance(c.value, str)}
        if {"順", "役割", "氏名", "所属"} <= set(labels):
            return {str(k): v for k, v in labels.items()}, row[0].row + 1
    raise AssertionError("no roster table")


def members(db: Database, council: str) -> list[MemberRow]:
    with db.sessions() as session:
        council_id = session.query(Council.id).filter_by(name=council).scalar()
        return list_members(session, council_id)


def seats(db: Database, council: str) -> list[tuple[str, str, str, str]]:
    return [
        (vocab.label(vocab.MEMBER_ROLES, m.role), m.post, m.name, m.organization)
        for m in members(db, council)
    ]


BOARD_FORM_ROWS = (
    {
        "役割": "構成員",
        "役職": "国土交通省総合政策局課長",
        "氏名": "国交　太郎",
        "フリガナ": "コッコウ タロウ",
        "所属": "国土交通省",
    },
    {"役割": "構成員", "役職": "総務省課長", "氏名": "総務 花子", "所属": "総務省"},
    {"役割": "オブザーバー", "役職": "専門官", "氏名": "観察 一郎", "所属": "架空研究所"},
    {"役職": "内閣府参事官補佐", "所属": "内閣府"},
)


def test_filled_roster_form_places_members_in_ministry_order(
    any_demo_db: Database, tmp_path: Path
) -> None:
    before = exported(any_demo_db)
    path = roster_form(tmp_path / "名簿.xlsx", BOARD, *BOARD_FORM_ROWS)
    preview = prepare(any_demo_db, path)
    texts = problems(preview)
    assert [t for t in texts if "エラー" in t] == []
    assert found(texts, "所属「架空研究所」", "新しい団体（その他）")
    assert [r.title() for r in preview.accepted][:2] == [
        "国交　太郎（国土交通省総合政策局課長）",
        "総務 花子（総務省課長）",
    ]
    batch = pipeline.commit(any_demo_db, preview)
    assert seats(any_demo_db, BOARD) == [
        ("座長", "内閣府地方創生推進事務局参事官", "", "内閣府"),
        ("構成員", "内閣府参事官補佐", "", "内閣府"),
        ("構成員", "総務省課長", "総務 花子", "総務省"),
        ("構成員", "国土交通省総合政策局課長", "国交　太郎", "国土交通省"),
        ("構成員", "各省庁課長級", "", ""),
        ("オブザーバー", "専門官", "観察 一郎", "架空研究所"),
    ]
    data = exported(any_demo_db)
    person = next(p for p in data["people"] if p["name"] == "国交　太郎")
    assert (person["kana"], person["organization"]) == ("こっこう たろう", "国土交通省")
    with any_demo_db.sessions() as session:
        counts = pipeline.list_batches(session)[0].counts
    assert counts["委員（新規）"] == 4 and counts["団体（新規）"] == 1

    # The same form again: every row is a member already there, and nothing changes.
    again = prepare(any_demo_db, path)
    assert [r.action for r in again.records] == ["fill"] * 4
    pipeline.commit(any_demo_db, again)
    assert len(members(any_demo_db, BOARD)) == 6
    assert len([p for p in exported(any_demo_db)["people"] if p["name"] == "総務 花子"]) == 1
    pipeline.undo(any_demo_db, batch + 1)
    pipeline.undo(any_demo_db, batch)
    assert exported(any_demo_db) == before


def test_messy_roster_list_into_a_council(any_demo_db: Database, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "委員名簿.xlsx",
        ["近未来技術実装関係省庁連絡会議 構成員名簿"],
        ["令和３年４月１日現在"],
        ["会議名", "所属団体", "役職", "氏名（漢字）", "ふりがな", "役割", "順", "備考"],
        [LIAISON, "デジタル庁", "デジタル庁統括官", None, None, "構成員", None, None],
        [None, "総務省", "総務省大臣官房総括審議官（情報通信担当）", "総務 次郎", "ソウム ジロウ"],
        [],
        [None, "(株)三菱総合研究所", "研究員", "山田　太郎", "ヤマダ タロウ", "オブザーバー", "１"],
        [None, "株式会社三菱総合研究所", "主任研究員", "佐藤 花子", None, "オブザーバー", "２"],
        [None, "総務省", "審議官", "総務　次郎", None, "構成員", None],
        [None, "外務省", "参与", "外務 三郎", None, "相談役", None],
        [None, "外務省", None, None, None, "構成員", None],
        [None, "外務省", "参与", "外務 四郎", None, None, "x"],
    )
    preview = prepare(any_demo_db, path)
    texts = problems(preview)
    assert found(texts, "委員名簿.xlsx", "デジタル庁", "新しい団体（府省庁）")
    assert found(texts, "9行目", "5行目")  # 総務 次郎 twice
    # A role the vocabulary does not know is kept as written, listed after the known ones.
    assert found(texts, "注意", "10行目", "列「役割」", "相談役", "書かれたとおり")
    assert found(texts, "11行目", "役職か氏名")
    assert found(texts, "12行目", "列「順」", "数字")
    assert found(texts, "「備考」")
    by_name = {r.title(): r for r in preview.accepted}
    jiro = by_name["総務 次郎（総務省大臣官房総括審議官（情報通信担当））"]
    assert jiro.action == "fill" and len(jiro.candidates) == 1  # the seat listed by post
    assert jiro.context() == LIAISON  # the council named on the first row

    before = exported(any_demo_db)
    batch = pipeline.commit(any_demo_db, preview)
    rows = seats(any_demo_db, LIAISON)
    assert rows[:4] == [
        ("議長", "地方創生推進事務局長", "", "内閣府"),
        ("構成員", "内閣府政策統括官（科学技術・イノベーション担当）", "", "内閣府"),
        ("構成員", "デジタル庁統括官", "", "デジタル庁"),
        ("構成員", "警察庁長官官房技術審議官", "", "警察庁"),
    ]
    assert ("構成員", "総務省大臣官房総括審議官（情報通信担当）", "総務 次郎", "総務省") in rows
    assert rows[-4] == ("構成員", "内閣府地方創生推進事務局長次長", "", "内閣府")
    assert rows[-3:] == [
        ("オブザーバー", "研究員", "山田　太郎", "(株)三菱総合研究所"),
        ("オブザーバー", "主任研究員", "佐藤 花子", "(株)三菱総合研究所"),
        ("相談役", "参与", "外務 三郎", "外務省"),
    ]
    pipeline.undo(any_demo_db, batch)
    assert exported(any_demo_db) == before


def test_unknown_council_and_a_row_without_council(any_demo_db: Database, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "名簿.xlsx",
        ["会議名", "役割", "役職", "氏名", "所属"],
        ["架空市 協議会", "構成員", "市長", "架空 太郎", "架空市"],
        ["近未来技術実装関係省庁連絡会議　幹事会", "構成員", "課長", "実在 花子", "総務省"],
        [None, "構成員", "課長補佐", "未定 次郎", "総務省"],
    )
    preview = prepare(any_demo_db, path)
    texts = problems(preview)
    # A council not stored is created, as a schedule creates its series; said once, by name.
    assert found(texts, "注意", "名簿.xlsx", "2行目", "列「会議名」", "架空市 協議会", "新しい会議")
    assert found(texts, "4行目", "会議名が空", "架空市 協議会")
    new, stored = preview.accepted
    assert new.context() == "架空市 協議会"
    assert stored.context() == BOARD  # matched with the stored spelling
    pipeline.commit(any_demo_db, preview)
    assert seats(any_demo_db, "架空市 協議会") == [("構成員", "市長", "架空 太郎", "架空市")]


def board_list(path: Path, *rows: list[object]) -> Path:
    return workbook(path, ["会議名", "役割", "役職", "氏名", "所属"], *rows)


def test_reimported_roster_fills_or_updates(any_demo_db: Database, tmp_path: Path) -> None:
    form = roster_form(tmp_path / "名簿.xlsx", BOARD, *BOARD_FORM_ROWS)
    pipeline.commit(any_demo_db, prepare(any_demo_db, form))
    before = exported(any_demo_db)
    changes = board_list(
        tmp_path / "変更.xlsx",
        [BOARD, "議長", "総務省大臣官房企画課長", "総務　花子", "総務省"],
        [BOARD, "構成員", "各省庁課長級", "新任 三郎", "総務省"],
        [BOARD, "構成員", "各省庁課長級", "後任 四郎", "外務省"],
    )
    fill = prepare(any_demo_db, changes)
    assert [r.action for r in fill.records] == ["fill", "fill", "create"]
    assert fill.records[1].candidates[0].name == "各省庁課長級（構成員）"
    batch = pipeline.commit(any_demo_db, fill)
    rows = seats(any_demo_db, BOARD)
    assert ("構成員", "総務省課長", "総務 花子", "総務省") in rows  # nothing was empty
    # The seat so far listed by its post alone now names who holds it.
    assert ("構成員", "各省庁課長級", "新任 三郎", "総務省") in rows
    assert ("構成員", "各省庁課長級", "", "") not in rows
    assert ("構成員", "各省庁課長級", "後任 四郎", "外務省") in rows  # one row per vacant seat
    pipeline.undo(any_demo_db, batch)
    assert exported(any_demo_db) == before

    batch = pipeline.commit(any_demo_db, prepare(any_demo_db, changes, on_duplicate="update"))
    rows = seats(any_demo_db, BOARD)
    assert rows[0] == ("議長", "総務省大臣官房企画課長", "総務 花子", "総務省")
    assert ("構成員", "総務省課長", "総務 花子", "総務省") not in rows
    pipeline.undo(any_demo_db, batch)
    assert exported(any_demo_db) == before


def test_form_without_council_name_is_refused_row_by_row(
    any_demo_db: Database, tmp_path: Path
) -> None:
    path = roster_form(tmp_path / "名簿.xlsx", None, *BOARD_FORM_ROWS[:2])
    preview = prepare(any_demo_db, path)
    assert preview.accepted == []
    assert all(found([p.text() for p in r.problems], "会議名が空") for r in preview.records)
