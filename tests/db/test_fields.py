"""Each entity's fields are declared once (db.fields): the model, the exports, the merge of
duplicates, the import headings, the forms and the window's tables agree with the declaration."""

from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy import Integer, String, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from db import fields
from db.database import Database
from db.export import export_data
from db.fields import FIELDS
from db.models import (
    Base,
    Council,
    EventSeries,
    EventSession,
    Measure,
    Membership,
    Milestone,
    Organization,
    Participant,
    Person,
    Program,
    Project,
    PublishedFigure,
    Registration,
    RegistrationCount,
)
from desktop.excel import forms, headers
from desktop.excel.interchange import HEADERS
from desktop.imports.kinds import all_kinds
from desktop.ops import duplicates
from tests.helpers.paths import ROOT

DOCS = ROOT / "docs" / "interchange.md"


def _models() -> list[type[Base]]:
    return [mapper.class_ for mapper in Base.registry.mappers]


def _fields_with_import(key: str) -> list[tuple[type[Base], fields.Field]]:
    return [(model, f) for model, declared in FIELDS.items() for f in declared if key in f.imports]


# ------------------------------------------------------------------ the model and the declaration


@pytest.mark.parametrize("model", _models(), ids=lambda m: m.__name__)
def test_every_column_of_every_model_is_declared(model: type[Base]) -> None:
    """Adding a column to db/models.py without declaring it in db/fields.py fails here."""
    if model in fields.BOOKKEEPING:
        assert model not in FIELDS
        return
    assert model in FIELDS, f"{model.__name__}: declare its fields in db/fields.py FIELDS"
    assert fields.undeclared_columns(model) == [], (
        f"{model.__name__}: declare these columns in db/fields.py (label, English, export, "
        "merge, imports)"
    )


def test_a_column_added_without_a_declaration_is_reported() -> None:
    class Scratch(DeclarativeBase):
        pass

    class Organization2(Scratch):  # the organization table with one column more
        __tablename__ = "organization"
        id: Mapped[int] = mapped_column(Integer, primary_key=True)
        name: Mapped[str] = mapped_column(String(200))
        website: Mapped[str] = mapped_column(String(200))

    FIELDS[Organization2] = FIELDS[Organization]  # type: ignore[index]
    try:
        assert fields.undeclared_columns(Organization2) == ["website"]  # type: ignore[arg-type]
    finally:
        del FIELDS[Organization2]  # type: ignore[arg-type]


@pytest.mark.parametrize("model", list(FIELDS), ids=lambda m: m.__name__)
def test_every_declared_field_is_part_of_the_model(model: type[Base]) -> None:
    names = [f.name for f in FIELDS[model]]
    assert len(names) == len(set(names))
    keys = [f.interchange_key for f in fields.interchange_fields(model)]
    assert len(keys) == len(set(keys))
    for f in FIELDS[model]:
        *relations, attribute = f.name.split(".")
        target: Any = model
        for relation in relations:
            target = inspect(target).relationships[relation].mapper.class_
        mapper = inspect(target)
        assert attribute in mapper.columns or attribute in mapper.relationships, f.name
        assert f.label and f.english, f.name


@pytest.mark.parametrize("model", list(FIELDS), ids=lambda m: m.__name__)
def test_lengths_are_those_of_the_columns(model: type[Base]) -> None:
    for f in FIELDS[model]:
        column = fields.column(model, f.name)
        if column is not None and isinstance(column.type, String) and column.type.length:
            assert fields.max_length(model, f.name) == column.type.length


# ------------------------------------------------------------------ merging duplicates


@pytest.mark.parametrize("model", fields.MERGED, ids=lambda m: m.__name__)
def test_a_merge_says_what_it_does_with_every_column(model: type[Base]) -> None:
    for f in FIELDS[model]:
        if fields.column(model, f.name) is not None and "." not in f.name:
            assert f.merge is not None, f"{model.__name__}.{f.name}: declare merge= in db.fields"
        else:
            assert f.merge is None, f"{model.__name__}.{f.name} is not a column of its own"


def _filled(name: str, other_id: int) -> object:
    if name.endswith("_id"):
        return other_id
    return "100-8914" if name == "postal_code" else f"{name}@"


def test_merging_organizations_carries_every_filled_field(database: Database) -> None:
    with database.transaction() as session:
        parent = Organization(kind="prefecture", name="埼玉県", name_key="埼玉県")
        keep = Organization(kind="company", name="株式会社まなび", name_key="まなび")
        drop = Organization(kind="company", name="㈱まなび", name_key="まなび")
        session.add_all([parent, keep, drop])
        session.flush()
        for name in fields.filled_on_merge(Organization):
            setattr(drop, name, _filled(name, parent.id))
        ids = parent.id, keep.id, drop.id
    with database.transaction() as session:
        duplicates.merge_organizations(session, ids[1], ids[2])
    with database.sessions() as session:
        kept = session.get_one(Organization, ids[1])
        for name in fields.filled_on_merge(Organization):
            assert getattr(kept, name) == _filled(name, ids[0]), name


def test_merging_people_carries_every_filled_field(database: Database) -> None:
    with database.transaction() as session:
        body = Organization(kind="company", name="株式会社まなび", name_key="まなび")
        keep = Person(name="山田太郎", name_key="山田太郎")
        drop = Person(name="山田 太郎", name_key="山田太郎")
        session.add_all([body, keep, drop])
        session.flush()
        for name in fields.filled_on_merge(Person):
            setattr(drop, name, _filled(name, body.id))
        ids = body.id, keep.id, drop.id
    with database.transaction() as session:
        duplicates.merge_people(session, ids[1], ids[2])
    with database.sessions() as session:
        kept = session.get_one(Person, ids[1])
        for name in fields.filled_on_merge(Person):
            assert getattr(kept, name) == _filled(name, ids[0]), name


# ------------------------------------------------------------------ the exports

SECTIONS: dict[str, type[Base]] = {
    "organizations": Organization,
    "people": Person,
    "programs": Program,
    "registrations": Registration,
    "measures": Measure,
    "projects": Project,
    "councils": Council,
    "event_series": EventSeries,
    "milestones": Milestone,
    "registration_counts": RegistrationCount,
    "published_figures": PublishedFigure,
}


def _split(text: str) -> list[str]:
    """Comma-separated items of a documented key list, brackets kept together."""
    items, depth, current = [], 0, ""
    for char in text:
        depth += char in "[{"
        depth -= char in "]}"
        if char == "," and depth == 0:
            items.append(current.strip())
            current = ""
        else:
            current += char
    return [*items, current.strip()] if current.strip() else items


def _documented(keys: str, model: type[Base]) -> None:
    """The keys docs/interchange.md lists for `model` are its declared ones, in order."""
    declared = {f.interchange_key: f for f in fields.interchange_fields(model)}
    names = []
    for item in _split(keys):
        name, _, nested = item.partition(":")
        name = re.sub(r"\s*\(.*?\)", "", name).strip()
        names.append(name)
        if nested.strip().startswith("[{"):
            relation = declared[name].name
            child = inspect(model).relationships[relation].mapper.class_
            _documented(nested.strip()[2:-2], child)
    assert names == list(declared), model.__name__


def test_the_documented_interchange_keys_are_the_declared_ones() -> None:
    rows = re.findall(r"^\| `(\w+)` \| (.*) \|$", DOCS.read_text(encoding="utf-8"), re.M)
    documented = {section: text for section, text in rows if section in SECTIONS}
    assert set(documented) == set(SECTIONS)
    for section, text in documented.items():
        keys = " ".join(re.findall(r"`([^`]*)`", text.split(" — ")[0]))
        keys = re.sub(r"\[(names|organization names)\]", "", keys).replace(": ,", ",")
        keys = re.sub(r"(\w) (\w)", r"\1, \2", keys)  # two backticked runs side by side
        _documented(keys, SECTIONS[section])


def test_an_export_carries_every_declared_field_in_order(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        session.add(Person(name="山田太郎", name_key="山田太郎", email="yamada@example.jp"))
    with demo_db.sessions() as session:
        data = export_data(session, "test")
    for section, model in SECTIONS.items():
        assert data[section], section
        expected = [f.interchange_key for f in fields.interchange_fields(model)]
        assert all(list(row) == expected for row in data[section]), section
    parts = [
        (EventSession, [s for e in data["event_series"] for s in e["sessions"]]),
        (Membership, [m for c in data["councils"] for m in c["members"]]),
    ]
    for model, rows in parts:
        assert rows, model.__name__
        expected = [f.interchange_key for f in fields.interchange_fields(model)]
        assert all(list(row) == expected for row in rows), model.__name__


def test_the_workbook_heads_each_exported_key_as_declared() -> None:
    for model, declared in FIELDS.items():
        for f in declared:
            if f.exported and f.heading != "":
                assert HEADERS[f.interchange_key] == (f.heading or f.label), (model, f.name)
            elif f.exported:  # no heading yet: the workbook shows the key
                assert f.interchange_key not in HEADERS, (model, f.name)


# ------------------------------------------------------------------ imports and forms

# Import fields that fill no single field: the time range is split into start and end.
# A schedule's 終了日 and 開催状況 are written into the session's note, with words around them;
# a people list's 所属・役職 is split into the organization and the post, its 専門分野 joined with
# its URL into what the expert offers.
NOT_STORED_AS_IS = {"time", "end_date", "status", "affiliation_post", "expertise"}
# Fields a kind joins with others into one stored text (a people list's URL goes into what the
# expert offers, its 部署 before the post; that kind fits the whole into its column).
JOINED = {"people": {"url", "department"}}
# Fields read through a vocabulary, a pattern or a match with a stored record (the programme),
# never stored as written: no length to check.
CODED = {
    "organization_kind",
    "role",
    "member_role",
    "lg_code",
    "publish_consent",
    "format",
    "program",
    "categories",
    "prefecture_name",  # tells apart two stored towns of one name; never stored from the list
    "postal_code",  # stored as 100-8914 however it is written, or not at all
}


def test_import_headings_cover_the_declared_importable_fields() -> None:
    declared = {key for fs in FIELDS.values() for f in fs for key in f.imports}
    form_keys = {f.key for kind in forms.FORM_KINDS for f in forms._all_fields(kind)}
    form_keys |= {key for key, _label in forms.ROSTER_COLUMNS}
    readable = {field for kind in all_kinds() for field in kind.fields}  # some list kind's heading
    assert declared <= readable | form_keys
    assert readable - NOT_STORED_AS_IS <= declared
    assert form_keys <= declared


def test_import_length_checks_use_the_declared_fields() -> None:
    """Each length an import checks is that of the field declaring the source field, and
    every such field with a length limit is checked for each list kind that reads it."""
    for kind in all_kinds():
        stored = kind.stored_in
        for _attribute, source, target in stored:
            table, column = target.split(".")
            candidates = [fields.column(model, f.name) for model, f in _fields_with_import(source)]
            assert any(
                c is not None and (c.table.name, c.key) == (table, column) for c in candidates
            ), (kind.name, source, target)
        checked = {source for _attribute, source, _target in stored}
        for key in set(kind.fields) - CODED - JOINED.get(kind.name, set()):
            limited = [
                fields.max_length(model, f.name)
                for model, f in _fields_with_import(key)
                if fields.max_length(model, f.name)
            ]
            assert not limited or key in checked, (kind.name, key)


# Where a form words a field differently from the window (found by this test; the forms are
# the applicants' wording, so the lead decides whether to align them).
FORM_WORDING = {
    ("expert", "address"): "所在地",
    ("local_government", "summary"): "取り組みたい内容",
    ("expert", "received_on"): "申込日",
    ("local_government", "received_on"): "申込日",
}


@pytest.mark.parametrize("kind", list(forms.FORM_KINDS))
def test_form_fields_are_declared_fields_with_their_labels(kind: str) -> None:
    asked = [(f.key, f.label) for f in forms._all_fields(kind)]
    if kind == "roster":
        asked += list(forms.ROSTER_COLUMNS)
    for key, label in asked:
        declared = _fields_with_import(key)
        assert declared, f"form {kind}: {key} is declared by no field"
        wording = headers.normalize_header(label)
        if FORM_WORDING.get((kind, key)) == label:
            continue
        assert any(
            headers.normalize_header(name) in wording for _m, f in declared for name in f.labels
        ), f"form {kind}: 「{label}」 is not the label of {[f.name for _m, f in declared]}"


# ------------------------------------------------------------------ the window's tables and forms


def _labels(*models: type[Base]) -> set[str]:
    return {name for model in models for f in FIELDS[model] for name in f.labels}


def _window_lists() -> list[tuple[str, list[Any], tuple[type[Base], ...], set[str]]]:
    """Each table's columns and each form's fields, what they show, and the labels of values
    computed from several fields (counts, 任期 from its start and end …)."""
    from desktop.ui.tabs import councils, events, registrations, roster_panel

    return [
        ("organizations", registrations.COLUMNS, (Organization,), {"登録数"}),
        ("registrations", registrations.REGISTRATION_COLUMNS, (Registration,), set()),
        ("organization form", registrations.ORGANIZATION_FIELDS, (Organization,), set()),
        ("projects", councils.PROJECT_COLUMNS, (Project,), {"支援状況", "支援終了"}),
        ("councils", councils.COUNCIL_COLUMNS, (Council,), {"委員数"}),
        ("series", events.SERIES_COLUMNS, (EventSeries,), {"回数"}),
        ("series form", events.SERIES_FIELDS, (EventSeries,), set()),
        # 確認: what the scheduling checks say of the session, not a stored field
        ("sessions", events.SESSION_COLUMNS, (EventSession,), {"時間", "確認"}),
        ("session form", events.SESSION_FIELDS, (EventSession,), {"時間"}),
        # No.: the participant's number on the printed 受付簿, counted, not stored
        ("participants", events.PARTICIPANT_COLUMNS, (Participant, Person), {"No."}),
        ("participant form", events.PARTICIPANT_FIELDS, (Participant, Person), set()),
        ("members", roster_panel.MEMBER_COLUMNS, (Membership,), {"任期"}),
        # The member form edits its person's reading and contact, as the participant form does.
        ("member form", roster_panel.MEMBER_FIELDS, (Membership, Person), set()),
    ]


def test_window_tables_and_forms_use_the_declared_labels() -> None:
    for name, shown, models, computed in _window_lists():
        for item in shown:
            label = getattr(item, "title", None) or item.label
            assert label in _labels(*models) | computed, f"{name}: 「{label}」"


def test_the_duplicate_review_compares_fields_by_their_declared_labels() -> None:
    body = Organization(id=1, version=1, kind="company", name="株式会社まなび")
    person = Person(id=2, version=1, name="山田太郎", organization=body)
    for side, models, computed in (
        (duplicates._organization_side(body), (Organization,), {"登録数"}),
        (duplicates._person_side(person), (Person,), set()),
    ):
        for label, _value in side.facts:
            assert label in _labels(*models) | computed, label
