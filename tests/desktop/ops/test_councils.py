"""Councils kept from the 協議会 tab: made without a project, renamed, put under another,
deleted with their members; a member's term, フリガナ and contact kept with the seat."""

from __future__ import annotations

import datetime as dt

import pytest

from db.database import Database
from db.errors import ConflictError, ValidationError
from desktop.ops import councils
from desktop.ops.councils import CouncilInput, MemberInput, delete_council, save_council
from desktop.ops.history import history

LIAISON = "近未来技術実装関係省庁連絡会議"
BOARD = "近未来技術実装関係省庁連絡会議 幹事会"


def by_name(db: Database) -> dict[str, councils.CouncilRow]:
    with db.sessions() as session:
        return {c.name: c for c in councils.list_councils(session)}


def save(db: Database, data: CouncilInput) -> int:
    with db.transaction() as session:
        return save_council(session, data)


def test_a_council_of_its_own_is_made_renamed_and_put_under_another(
    any_demo_db: Database,
) -> None:
    liaison = by_name(any_demo_db)[LIAISON]
    made = save(any_demo_db, CouncilInput("スマートシティ検討会", "other"))
    row = by_name(any_demo_db)["スマートシティ検討会"]
    assert (row.id, row.kind, row.parent, row.project) == (made, "other", "", "")

    save(
        any_demo_db,
        CouncilInput(
            "スマートシティ検討会 幹事会",
            "board",
            parent_id=liaison.id,
            note="年2回",
            id=row.id,
            version=row.version,
        ),
    )
    shown = by_name(any_demo_db)
    assert "スマートシティ検討会" not in shown
    renamed = shown["スマートシティ検討会 幹事会"]
    assert (renamed.id, renamed.kind, renamed.parent, renamed.note) == (
        made,
        "board",
        LIAISON,
        "年2回",
    )
    with pytest.raises(ConflictError):  # the form loaded before the rename
        save(any_demo_db, CouncilInput("検討会", "other", id=row.id, version=row.version))


def test_a_councils_secretariat_is_kept_checked_and_in_its_history(
    any_demo_db: Database,
) -> None:
    made = save(any_demo_db, CouncilInput("スマートシティ検討会", "other"))
    row = by_name(any_demo_db)["スマートシティ検討会"]
    assert row.secretariat == ""
    save(
        any_demo_db,
        CouncilInput(
            row.name,
            row.kind,
            secretariat="　秩父市 総合政策部 未来戦略課 ",
            id=made,
            version=row.version,
        ),
    )
    assert by_name(any_demo_db)[row.name].secretariat == "秩父市 総合政策部 未来戦略課"
    with pytest.raises(ConflictError):  # a form opened before that change
        save(
            any_demo_db,
            CouncilInput(row.name, row.kind, secretariat="内閣府", id=made, version=row.version),
        )
    with any_demo_db.sessions() as session:
        latest = history(session, "council", made)[0]
    assert latest.action == "update"
    assert latest.words("ja") == "事務局: （空欄） → 秩父市 総合政策部 未来戦略課"


def test_a_council_form_follows_the_rules(any_demo_db: Database) -> None:
    councils_now = by_name(any_demo_db)
    liaison, board = councils_now[LIAISON], councils_now[BOARD]
    with pytest.raises(ValidationError, match="幹事会の上位会議") as refused:
        save(any_demo_db, CouncilInput("新しい幹事会", "board"))
    assert refused.value.field == "parent_id"
    with pytest.raises(ValidationError, match="すでにあります") as refused:
        save(any_demo_db, CouncilInput(LIAISON, "other", id=board.id, version=board.version))
    assert refused.value.field == "name"
    with pytest.raises(ValidationError, match="この会議の下にある") as refused:
        save(
            any_demo_db,
            CouncilInput(
                LIAISON, "liaison", parent_id=board.id, id=liaison.id, version=liaison.version
            ),
        )
    assert refused.value.field == "parent_id"
    with pytest.raises(ValidationError, match="会議名を入力"):
        save(any_demo_db, CouncilInput("　", "other"))
    assert by_name(any_demo_db) == councils_now  # nothing stored of those


def test_a_council_is_deleted_with_its_members_but_not_from_under_another(
    any_demo_db: Database,
) -> None:
    councils_now = by_name(any_demo_db)
    liaison, board = councils_now[LIAISON], councils_now[BOARD]
    with (
        pytest.raises(ValidationError, match=f"「{BOARD}」があります"),
        any_demo_db.transaction() as session,
    ):
        delete_council(session, liaison.id, liaison.version)
    assert board.member_count == 2
    with any_demo_db.transaction() as session:
        delete_council(session, board.id, board.version)
    with any_demo_db.sessions() as session:
        assert councils.list_members(session, board.id) == []
    with any_demo_db.transaction() as session:
        delete_council(session, liaison.id, liaison.version)
    assert set(by_name(any_demo_db)) == set(councils_now) - {LIAISON, BOARD}


def test_a_members_term_kana_and_contact_are_kept(any_demo_db: Database) -> None:
    council_id = save(any_demo_db, CouncilInput("スマートシティ検討会", "other"))
    data = MemberInput(
        council_id,
        "chair",
        post="座長",
        name="山田 太郎",
        kana="ヤマダ タロウ",
        email="yamada@example.jp",
        phone="03-1234-5678",
        term_start="令和4年4月1日",
        term_end="R6.3.31",
    )
    with any_demo_db.transaction() as session:
        councils.save_member(session, data)
    with any_demo_db.sessions() as session:
        [member] = councils.list_members(session, council_id)
    assert (member.kana, member.email, member.phone) == (
        "やまだ たろう",
        "yamada@example.jp",
        "03-1234-5678",
    )
    assert (member.term_start, member.term_end) == (dt.date(2022, 4, 1), dt.date(2024, 3, 31))

    def edited(**changes: str) -> MemberInput:
        values = {
            "post": member.post,
            "name": member.name,
            "kana": member.kana,
            "email": member.email,
            "phone": member.phone,
            "term_start": "2022-04-01",
            "term_end": "2024-03-31",
            **changes,
        }
        return MemberInput(council_id, "chair", id=member.id, version=member.version, **values)

    with any_demo_db.transaction() as session:
        councils.save_member(session, edited(phone="03-9999-0000"))
    with pytest.raises(ConflictError), any_demo_db.transaction() as session:
        councils.save_member(session, edited(email="other@example.jp"))  # loaded before that
    with any_demo_db.sessions() as session:
        [member] = councils.list_members(session, council_id)
    assert (member.phone, member.email) == ("03-9999-0000", "yamada@example.jp")
    with (
        pytest.raises(ValidationError, match="任期の終わりが初日より前") as refused,
        any_demo_db.transaction() as session,
    ):
        councils.save_member(session, edited(term_end="令和3年3月31日"))
    assert refused.value.field == "term_end"
    with (
        pytest.raises(ValidationError, match="氏名と一緒に") as refused,
        any_demo_db.transaction() as session,
    ):
        councils.save_member(session, edited(name=""))
    assert refused.value.field == "name"
