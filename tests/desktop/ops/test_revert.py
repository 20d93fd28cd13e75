"""Putting a change back from the history, and undoing a piece of work: a new, audited change,
refused in one sentence when later work depends on it."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from db import audit
from db.database import Database
from db.errors import ConflictError, UserError
from db.models import EventSeries, EventSession, Participant, Person
from desktop.ops import events, participants, registrations
from desktop.ops.history import history
from desktop.ops.revert import describe, plan, revert
from tests.helpers.organizations import edit_organization, new_organization


def newest_entry(db: Database, table: str, row_id: int) -> int:
    with db.sessions() as session:
        return history(session, table, row_id)[0].id


def test_an_edit_is_put_back_as_a_new_change_said_as_the_history_says_it(
    any_database: Database,
) -> None:
    org = new_organization(any_database, "山田商店")
    edit_organization(any_database, org, name="山田商事")
    entry = newest_entry(any_database, "organization", org)
    with any_database.sessions() as session:
        assert plan(session, [entry]).words("ja") == (
            "団体「山田商事」を戻します（団体名: 山田商事 → 山田商店）。"
        )
    with any_database.transaction() as session:
        assert revert(session, [entry]) == 1
    with any_database.sessions() as session:
        assert registrations.get_organization(session, org).name == "山田商店"
        rows = history(session, "organization", org)
    assert [r.action for r in rows] == ["update", "update", "insert"]
    assert rows[0].words("ja") == "団体名: 山田商事 → 山田商店"


def test_a_later_change_of_the_same_field_refuses_it_another_field_does_not(
    any_database: Database,
) -> None:
    org = new_organization(any_database, "山田商店")
    edit_organization(any_database, org, name="山田商事")
    first = newest_entry(any_database, "organization", org)
    edit_organization(any_database, org, phone="03-1234-5678")
    with any_database.sessions() as session:
        assert "団体名: 山田商事 → 山田商店" in plan(session, [first]).words("ja")
    edit_organization(any_database, org, name="山田ホールディングス")
    with pytest.raises(ConflictError) as refused, any_database.transaction() as session:
        revert(session, [first])
    assert "団体「山田ホールディングス」の団体名はその後" in str(refused.value)
    assert "元に戻せません" in str(refused.value)
    with any_database.sessions() as session:
        detail = registrations.get_organization(session, org)
    assert (detail.name, detail.phone) == ("山田ホールディングス", "03-1234-5678")


def test_a_created_record_is_deleted_unless_another_refers_to_it(any_demo_db: Database) -> None:
    lonely = new_organization(any_demo_db, "取り消す商店")
    with any_demo_db.sessions() as session:
        assert plan(session, [newest_entry(any_demo_db, "organization", lonely)]).words("ja") == (
            "団体「取り消す商店」を削除します。"
        )
    with any_demo_db.transaction() as session:
        revert(session, [newest_entry(any_demo_db, "organization", lonely)])
    with any_demo_db.sessions() as session:
        names = [o.name for o in registrations.list_organizations(session)]
    assert "取り消す商店" not in names

    with any_demo_db.transaction() as session:
        series = events.save_series(session, events.SeriesInput("令和9年度 セミナー"))
    created = newest_entry(any_demo_db, "event_series", series)
    with any_demo_db.transaction() as session:
        events.save_session(session, events.SessionInput(series, "1", date="2027-06-01"))
    with pytest.raises(ConflictError) as refused, any_demo_db.transaction() as session:
        revert(session, [created])
    assert "を参照している開催回があるため" in str(refused.value)


def test_a_deleted_record_comes_back_unless_what_it_names_is_gone(any_demo_db: Database) -> None:
    with any_demo_db.sessions() as session:
        event = session.scalars(select(EventSession).order_by(EventSession.id)).first()
        assert event is not None
    with any_demo_db.transaction() as session:
        added = participants.add_participant(
            session, participants.ParticipantInput(event.id, "青木 一郎", organization="秩父市")
        )
    with any_demo_db.sessions() as session:
        applied = session.get_one(Participant, added.id)
        ids = applied.id, applied.version, applied.session_id
        status = applied.status
    with any_demo_db.transaction() as session:
        participants.delete_participant(session, ids[0], ids[1])
    deleted = newest_entry(any_demo_db, "participant", ids[0])
    with any_demo_db.sessions() as session:
        assert "を元どおりに作ります" in plan(session, [deleted]).words("ja")
    with any_demo_db.transaction() as session:
        revert(session, [deleted])
    with any_demo_db.sessions() as session:
        back = session.get(Participant, ids[0])
        assert back is not None and back.status == status
    with pytest.raises(ConflictError), any_demo_db.transaction() as session:
        revert(session, [deleted])  # it is there again: nothing to put back

    with any_demo_db.transaction() as session:
        participants.delete_participant(session, ids[0], back.version)
    deleted_again = newest_entry(any_demo_db, "participant", ids[0])
    with any_demo_db.sessions() as session:
        event_version = session.scalars(
            select(EventSession.version).where(EventSession.id == ids[2])
        ).one()
    with any_demo_db.transaction() as session:
        events.delete_session(session, ids[2], event_version)
    with pytest.raises(ConflictError) as refused, any_demo_db.transaction() as session:
        revert(session, [deleted_again])
    assert "開催回" in str(refused.value) and "が削除されているため" in str(refused.value)


def test_a_name_another_record_took_meanwhile_is_not_put_back(any_database: Database) -> None:
    with any_database.transaction() as session:
        series = events.save_series(session, events.SeriesInput("令和8年度 セミナー"))
    with any_database.transaction() as session:
        events.save_series(session, events.SeriesInput("令和8年度 勉強会", id=series, version=1))
    renamed = newest_entry(any_database, "event_series", series)
    with any_database.transaction() as session:
        events.save_series(session, events.SeriesInput("令和8年度 セミナー"))
    with pytest.raises(ConflictError) as refused, any_database.transaction() as session:
        revert(session, [renamed])
    assert str(refused.value) == (
        "行事名「令和8年度 セミナー」はほかの行事が使っているため、元に戻せません。"
    )


def test_an_undo_puts_back_the_whole_work_and_is_refused_after_any_other_change(
    any_database: Database,
) -> None:
    org = new_organization(any_database, "山田商店")
    with audit.noting_entries() as written, any_database.transaction() as session:
        with any_database.sessions() as reading:
            version = registrations.get_organization(reading, org).version
        registrations.save_organization(
            session,
            registrations.OrganizationInput(
                name="山田商事", kind="company", phone="03-1111-2222", id=org, version=version
            ),
        )
    assert len(written.ids) == 1 and not written.imported
    with any_database.sessions() as session:
        assert describe(session, written.ids).text("ja") == "団体「山田商事」の編集"

    edit_organization(any_database, org, kana="ヤマダ")  # another field, by someone else
    with pytest.raises(ConflictError) as refused, any_database.transaction() as session:
        revert(session, written.ids, dict(written.versions))
    assert "団体「山田商事」はその後" in str(refused.value)
    with any_database.sessions() as session:
        assert registrations.get_organization(session, org).name == "山田商事"


def test_an_undo_and_its_redo(any_database: Database) -> None:
    with audit.noting_entries() as made, any_database.transaction() as session:
        series = events.save_series(session, events.SeriesInput("令和8年度 セミナー"))
    with any_database.sessions() as session:
        assert describe(session, made.ids).text("ja") == "行事「令和8年度 セミナー」の追加"
    with audit.noting_entries() as undone, any_database.transaction() as session:
        revert(session, made.ids, dict(made.versions))
    with any_database.sessions() as session:
        assert session.get(EventSeries, series) is None
        assert describe(session, undone.ids).text("ja") == "行事「令和8年度 セミナー」の削除"
    with any_database.transaction() as session:
        revert(session, undone.ids, dict(undone.versions))  # やり直す
    with any_database.sessions() as session:
        again = session.get(EventSeries, series)
        assert again is not None and again.name == "令和8年度 セミナー"


def test_an_entry_not_in_the_log(any_database: Database) -> None:
    with pytest.raises(UserError), any_database.transaction() as session:
        revert(session, [123456])


def test_an_undone_delete_brings_back_the_series_with_its_sessions(any_demo_db: Database) -> None:
    with any_demo_db.sessions() as session:
        series = session.scalars(select(EventSeries).order_by(EventSeries.id)).first()
        assert series is not None
        series_id, version, name = series.id, series.version, series.name
        numbers = sorted(s.number for s in series.sessions)
    assert numbers
    with audit.noting_entries() as deleted, any_demo_db.transaction() as session:
        events.delete_series(session, series_id, version)
    with any_demo_db.sessions() as session:
        assert describe(session, deleted.ids).text("ja") == f"行事「{name}」の削除"
        assert "削除された行事" in plan(session, deleted.ids, {}).words("ja")
    with any_demo_db.transaction() as session:
        revert(session, deleted.ids, dict(deleted.versions))
    with any_demo_db.sessions() as session:
        back = session.get(EventSeries, series_id)
        assert back is not None and back.name == name
        assert sorted(s.number for s in back.sessions) == numbers


def test_an_undo_is_refused_when_the_version_differs_without_a_word_in_the_log(
    any_database: Database,
) -> None:
    """Another program saved the record past this one (its version moved, nothing logged)."""
    with audit.noting_entries() as made, any_database.transaction() as session:
        org = registrations.save_organization(
            session, registrations.OrganizationInput(name="山田商店", kind="company")
        )
    with any_database.transaction() as session:
        session.execute(
            text("UPDATE organization SET phone = '03-0000-0000', version = version + 1")
        )
    with pytest.raises(ConflictError) as refused, any_database.transaction() as session:
        revert(session, made.ids, dict(made.versions))
    assert str(refused.value) == (
        "団体「山田商店」はその後ほかの人（別の PC など）が変更したため、元に戻せません。"
    )
    assert refused.value.text("en") == (
        "“山田商店” (Organizations) was changed since by someone else (on another PC, for example),"
        " so this cannot be undone."
    )
    with any_database.sessions() as session:
        assert registrations.get_organization(session, org).name == "山田商店"


def test_an_undone_application_takes_the_person_it_made_with_it(any_demo_db: Database) -> None:
    with any_demo_db.sessions() as session:
        event = session.scalars(select(EventSession).order_by(EventSession.id)).first()
        assert event is not None
    with audit.noting_entries() as applied, any_demo_db.transaction() as session:
        added = participants.add_participant(
            session,
            participants.ParticipantInput(event.id, "新顔 花子", organization="新しい協会"),
        )
    with any_demo_db.sessions() as session:
        assert describe(session, applied.ids).text("ja") == "参加者「新顔 花子」の追加"
    with any_demo_db.transaction() as session:
        revert(session, applied.ids, dict(applied.versions))
    with any_demo_db.sessions() as session:
        assert session.get(Participant, added.id) is None
        names = [o.name for o in registrations.list_organizations(session)]
        people = session.scalars(select(Person.name)).all()
    assert "新しい協会" not in names and "新顔 花子" not in people
