"""The order lists show organizations in, kept in organization.sort_key: the same order as the
rules give, whichever database sorts it, and filled for every row however it was written."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select, update

from db import backup, json_backup
from db.bulk import insert_new
from db.database import Database
from db.engine import open_database
from db.keys import organization_sort_key, stored_sort_key
from db.migrate import known_revision
from db.models import AuditEntry, Organization
from tests.helpers.schema_versions import demo_at_revision

# (kind, name, reading, code): readings where 五十音順 differs from the order of the code points,
# and names beyond the Basic Multilingual Plane (four bytes in UTF-8).
TRICKY = [
    ("municipality", "秩父市", "ちちぶし", "112071"),
    ("prefecture", "埼玉県", "さいたまけん", "110001"),
    ("company", "あおば商事", "あおばしょうじ", None),
    ("company", "ごとう工業", "ゴトウコウギョウ", None),
    ("company", "こばやし製作所", "こばやし", None),
    ("company", "こうの商店", "こうの", None),
    ("company", "カート社", "カート", None),
    ("company", "かあと社", "かあと", None),
    ("company", "きっさ社", "きっさ", None),
    ("company", "きつさ社", "きつさ", None),
    ("company", "ﾊﾟﾝ工房", "ﾊﾟﾝ", None),
    ("company", "ばん工房", "ばん", None),
    ("company", "はん工房", "はん", None),
    ("company", "アイ社", "アイ", None),
    ("company", "あい社", "あい", None),
    ("association", "ジョン・スミス基金", "ジョン・スミス", None),
    ("company", "𠮷野商店", None, None),
    ("company", "未来技研", None, None),
    ("company", "😀ラボ", None, None),
    ("university", "秋田大学", "", None),
]


# More readings that each level of the 五十音 rules decides (voicing, size, ー, 踊り字, script,
# half width, spaces and ・), written as a body's reading and as a name without one.
READINGS = (
    *("キャク", "きゃく", "キヤク", "ギャク", "コーノ", "こおの", "さっか", "ざっか", "ハル"),
    *("はるか", "ヴァイオリン", "ウァイオリン", "かーと", "か－と", "いすゞ", "いすず", "ｻｯﾎﾟﾛ"),
    *("さ っ ぽ ろ", "やまだ　たろう", "ジョン・スミス", "ゐゑ", "ヵヶ", "abc", "ＡＢＣ", "123"),
)
# The revision of the latest migration that filled organization.sort_key (db.keys.refill_sort_keys)
# and the digest of these keys as the rules gave them then. When this test fails, the 五十音
# rules or organization_sort_key changed: every database keeps keys made by the old rules until
# a new migration calls refill_sort_keys. Add it, then write its revision and the new digest here.
KEYS_REFILLED_BY = ("0009", "d7878b6d0773114a09a4d964f49d4d73017ac1497a8a8025d99afcd5d186bf26")


def _digest_of_the_rules() -> str:
    bodies = [*TRICKY]
    bodies += [("company", f"テスト{i}", reading, None) for i, reading in enumerate(READINGS)]
    bodies += [("association", reading, None, None) for reading in READINGS]
    digest = hashlib.sha256()
    for body in bodies:
        digest.update(stored_sort_key(*body) + b"\xff")
    return digest.hexdigest()


def test_the_rules_are_those_the_stored_keys_were_made_by() -> None:
    revision, digest = KEYS_REFILLED_BY
    assert known_revision(revision)
    assert _digest_of_the_rules() == digest, (
        "the 五十音 rules changed: add a migration that calls db.keys.refill_sort_keys, "
        "then set KEYS_REFILLED_BY to its revision and the new digest"
    )


def test_lists_put_local_governments_by_code_then_the_others_by_reading() -> None:
    keys = {
        "秩父市": organization_sort_key("municipality", "秩父市", "ちちぶし", "112071"),
        "埼玉県": organization_sort_key("prefecture", "埼玉県", "さいたまけん", "110001"),
        "あおば商事": organization_sort_key("company", "あおば商事", "あおばしょうじ", None),
        "未来技研": organization_sort_key("company", "未来技研", None, None),
        "ごとう工業": organization_sort_key("company", "ごとう工業", "ゴトウコウギョウ", None),
        "こばやし製作所": organization_sort_key("company", "こばやし製作所", "こばやし", None),
        "秋田大学": organization_sort_key("university", "秋田大学", "", None),
    }
    assert sorted(keys, key=keys.__getitem__) == [
        "埼玉県",
        "秩父市",
        "あおば商事",
        "ごとう工業",  # ことう…: before こばやし
        "こばやし製作所",
        "未来技研",  # no reading: last, by name
        "秋田大学",
    ]


def _in_rules_order() -> list[str]:
    return [n for _k, n, *_ in sorted(TRICKY, key=lambda o: organization_sort_key(*o))]


def test_the_database_sorts_stored_keys_as_the_rules_order_them(any_database: Database) -> None:
    """Bytes compare the same on SQLite and PostgreSQL, whatever the server's collation."""
    with any_database.transaction() as session:
        for kind, name, kana, code in reversed(TRICKY):
            session.add(Organization(kind=kind, name=name, kana=kana, lg_code=code))
    with any_database.sessions() as session:
        listed = session.scalars(
            select(Organization.name).order_by(Organization.sort_key, Organization.id)
        ).all()
    assert listed == _in_rules_order()
    assert listed[:4] == ["埼玉県", "秩父市", "アイ社", "あい社"]  # katakana first on a tie
    assert listed.index("ごとう工業") < listed.index("こばやし製作所")  # ご filed under こ


def test_bulk_inserts_and_edits_keep_the_key(any_database: Database) -> None:
    rows = [
        {"kind": kind, "name": name, "kana": kana, "lg_code": code}
        for kind, name, kana, code in TRICKY
    ]
    with any_database.transaction() as session:
        insert_new(session, Organization, rows)
    with any_database.transaction() as session:
        renamed = session.scalars(select(Organization).where(Organization.name == "未来技研")).one()
        renamed.kana = "あ"  # now the first of the companies
    with any_database.sessions() as session:
        listed = session.scalars(
            select(Organization.name).order_by(Organization.sort_key, Organization.id)
        ).all()
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    assert listed[:3] == ["埼玉県", "秩父市", "未来技研"]
    # The log keeps what was typed; the key is worked out again from it (an undo included).
    assert all(e.after is None or "sort_key" not in e.after for e in entries)
    assert entries[-1].before == {"kana": None} and entries[-1].after == {"kana": "あ"}


def _stored_and_expected(database: Database) -> tuple[dict[int, bytes], dict[int, bytes]]:
    with database.sessions() as session:
        found = session.execute(
            select(
                Organization.id,
                Organization.kind,
                Organization.name,
                Organization.kana,
                Organization.lg_code,
                Organization.sort_key,
            )
        ).all()
    stored = {row.id: row.sort_key for row in found}
    expected = {row.id: stored_sort_key(row.kind, row.name, row.kana, row.lg_code) for row in found}
    return stored, expected


def test_the_demo_keys_are_those_of_the_rules(any_demo_db: Database) -> None:
    """Every way the demo writes organizations leaves the key the rules give (a change of the
    rules themselves is caught above, as the demo is built anew by each run)."""
    stored, expected = _stored_and_expected(any_demo_db)
    assert len(stored) > 50
    assert stored == expected


def test_the_upgrade_fills_the_keys_of_existing_organizations(
    any_new_url: str, demo_template: Path
) -> None:
    demo_at_revision(any_new_url, "0008", demo_template)  # before organizations had the key
    upgraded = open_database(any_new_url)
    try:
        stored, expected = _stored_and_expected(upgraded)
        assert len(stored) > 50
        assert stored == expected
    finally:
        upgraded.close()


def test_a_json_backup_carries_the_keys(database: Database, tmp_path: Path) -> None:
    with database.transaction() as session:
        for kind, name, kana, code in TRICKY:
            session.add(Organization(kind=kind, name=name, kana=kana, lg_code=code))
    dump = tmp_path / "office.json.gz"
    json_backup.dump(database, dump)
    with database.transaction() as session:
        session.execute(update(Organization).values(sort_key=b""))
    backup.restore(database, dump)
    stored, expected = _stored_and_expected(database)
    assert stored == expected


def test_the_registrations_list_and_the_matching_are_in_list_order(any_database: Database) -> None:
    """What the 登録 tab and the マッチング dialog show, sorted by the database (both backends)."""
    from db.models import Category, Program, Registration
    from desktop.ops.matching import matching_for
    from desktop.ops.registrations import list_organizations

    with any_database.transaction() as session:
        program = Program(name="テスト事業", categories=[Category(name="教育", order=1)])
        session.add(program)
        for kind, name, kana, code in reversed(TRICKY):
            body = Organization(kind=kind, name=name, kana=kana, lg_code=code)
            role = "interest" if code else "offer"
            session.add(
                Registration(
                    organization=body, program=program, role=role, categories=program.categories
                )
            )
    with any_database.sessions() as session:
        listed = [row.name for row in list_organizations(session, program_id=program.id)]
        matching = matching_for(session, program.categories[0].id)
    assert listed == _in_rules_order()
    assert [m.name for m in (*matching.interested, *matching.offering)] == _in_rules_order()
