"""The official list of local governments (総務省「都道府県コード及び市区町村コード」) as
reference data: every prefecture, municipality and designated-city ward once, by its code.

The list names no programme: it is not a registration. A row's own name is its 市区町村名, or
its 都道府県名 when it is a prefecture's row; the half-width kana readings become hiragana.
Stored organizations are matched by code (else, for one without a code, by a name the list
holds once) and completed, never duplicated; a stored name that differs is reported, not
overwritten.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Organization
from db.vocab import LOCAL_GOVERNMENT_KINDS
from desktop.catalogue import QT_TR_NOOP, Text
from desktop.excel.headers import Heading
from desktop.imports import local_governments_write, normalize
from desktop.imports.cells import Cells
from desktop.imports.declaration import ImportKind
from desktop.imports.local_government_record import LocalGovernmentRecord
from desktop.imports.matching import settle
from desktop.imports.model import (
    WARNING,
    BuildContext,
    Candidate,
    ImportRecord,
    Problem,
    SourceRecord,
)
from desktop.japanese.lgcode import is_prefecture_code, lg_check_digit
from desktop.japanese.text import normalize_for_compare, to_hiragana

_PREFECTURE = QT_TR_NOOP("都道府県")
_MUNICIPALITY = QT_TR_NOOP("市区町村")

TOKYO_WARDS = ("13101", "13123")  # 特別区: the bodies of 千代田区 … 江戸川区


def build(source: SourceRecord, _context: BuildContext) -> LocalGovernmentRecord:
    """One row of the list: its own name, its reading in hiragana, its kind, and its code."""
    cells = Cells(source)

    code = cells.parsed("lg_code", normalize.lg_code)
    if cells.text("lg_code") is None:
        cells.problem(
            "lg_code",
            Text(QT_TR_NOOP("団体コードが空です。6桁の地方公共団体コードを入力してください。")),
        )
    prefecture = cells.text("prefecture_name")
    municipality = cells.text("municipality_name")
    name = municipality or prefecture
    if name is None:
        cells.problem(
            "municipality_name",
            Text(QT_TR_NOOP("都道府県名も市区町村名も空です。団体の名前を入力してください。")),
        )
    elif code is not None and is_prefecture_code(code) != (municipality is None):
        cells.problem(
            "lg_code",
            Text(
                QT_TR_NOOP(
                    "団体コード「{code}」は{code_kind}のコードですが、この行は{row_kind}"
                    "「{name}」の行です。コードか名前を確かめてください。"
                ),
                code=code,
                code_kind=Text(_PREFECTURE if is_prefecture_code(code) else _MUNICIPALITY),
                row_kind=Text(_MUNICIPALITY if municipality else _PREFECTURE),
                name=name,
            ),
        )
    reading = cells.text("municipality_kana" if municipality else "prefecture_kana")
    return LocalGovernmentRecord(
        origin=source.origin,
        original=source.original,
        problems=cells.problems,
        lg_code=code,
        name=name or "",
        kana="".join(to_hiragana(reading).split()) if reading else None,
        organization_kind=_kind_of(code, municipality),
        prefecture=prefecture,
        parent_code=_prefecture_of(code) if code and municipality else None,
    )


def _kind_of(code: str | None, municipality: str | None) -> str:
    if municipality is None:
        return "prefecture"
    if code is not None and TOKYO_WARDS[0] <= code[:5] <= TOKYO_WARDS[1]:
        return "special_ward"
    return "municipality"


def _prefecture_of(code: str) -> str:
    """The prefecture's own code (its 2 digits, 000, and the check digit)."""
    body = code[:2] + "000"
    return body + str(lg_check_digit(body))


def resolve(
    session: Session,
    records: list[LocalGovernmentRecord],
    on_duplicate: str,
    _earlier: Sequence[ImportRecord] = (),
) -> None:
    """Match each body with the stored ones, find each ward's city, report changed names."""
    usable = [r for r in records if not r.rejected and r.lg_code]
    stored = _StoredBodies(session, usable)
    _place_wards(usable, stored)
    names = {code: name for name, code in stored.cities}
    names.update(stored.names)
    names.update({r.lg_code: r.name for r in reversed(usable) if r.lg_code})
    name_counts: dict[str, set[str]] = {}
    for record in usable:
        name_counts.setdefault(record.name_key, set()).add(record.lg_code or "")
    first_of: dict[str, LocalGovernmentRecord] = {}
    for record in usable:
        code = record.lg_code or ""
        record.parent_name = names.get(record.parent_code or "")
        first = first_of.setdefault(code, record)
        if first is not record:
            record.repeats = first.origin
            if first.name_key != record.name_key:
                record.problems.append(
                    Problem(
                        record.origin,
                        Text(
                            QT_TR_NOOP(
                                "団体コード「{code}」は {first_row} では「{first_name}」、"
                                "この行では「{name}」です（前の行の名前で取り込みます）。"
                            ),
                            code=code,
                            first_row=first.origin,
                            first_name=first.name,
                            name=record.name,
                        ),
                        WARNING,
                    )
                )
        candidates = stored.by_code.get(code, [])
        if not candidates and len(name_counts[record.name_key]) == 1:
            # A body stored without its code, by a name the list gives only one body.
            candidates = stored.uncoded_by_name.get(record.name_key, [])
        settle(record, candidates, on_duplicate)
        _report_renamed(record)


def _report_renamed(record: LocalGovernmentRecord) -> None:
    if len(record.candidates) != 1 or record.lg_code != record.candidates[0].lg_code:
        return
    stored = record.candidates[0].name
    if normalize_for_compare(stored) != record.name_key:
        record.problems.append(
            Problem(
                record.origin,
                Text(
                    QT_TR_NOOP(
                        "団体コード「{code}」の団体は「{stored}」の名前で登録されています"
                        "（一覧では「{name}」）。「空欄だけ補う」では登録済みの名前のままにします。"
                        "名前が変わったのか確かめてください。"
                    ),
                    code=record.lg_code,
                    stored=stored,
                    name=record.name,
                ),
                WARNING,
            )
        )


class _StoredBodies:
    """The stored organizations the list may mean: by code, and those without a code by name;
    the stored cities with their codes, for wards whose city the list does not hold."""

    CHUNK = 500  # keeps each IN (...) list well inside the database's parameter limits

    def __init__(self, session: Session, records: Sequence[LocalGovernmentRecord]) -> None:
        self.by_code: dict[str, list[Candidate]] = {}
        self.uncoded_by_name: dict[str, list[Candidate]] = {}
        self.names: dict[str, str] = {}
        codes = sorted({r.lg_code for r in records if r.lg_code})
        keys = sorted({r.name_key for r in records})
        for start in range(0, len(codes), self.CHUNK):
            chunk = codes[start : start + self.CHUNK]
            for org in session.scalars(select(Organization).where(Organization.lg_code.in_(chunk))):
                code = org.lg_code or ""
                self.by_code.setdefault(code, []).append(Candidate(org.id, org.name, code))
        for start in range(0, len(keys), self.CHUNK):
            chunk = keys[start : start + self.CHUNK]
            query = select(Organization).where(
                Organization.name_key.in_(chunk),
                Organization.lg_code.is_(None),
                Organization.kind.in_(sorted(LOCAL_GOVERNMENT_KINDS)),
            )
            for org in session.scalars(query):
                self.uncoded_by_name.setdefault(org.name_key, []).append(
                    Candidate(org.id, org.name, "")
                )
        self.cities = [
            (name, code)
            for name, code in session.execute(
                select(Organization.name, Organization.lg_code).where(
                    Organization.lg_code.is_not(None), Organization.kind == "municipality"
                )
            )
            if code and name.endswith("市")
        ]
        parents = sorted({r.parent_code for r in records if r.parent_code})
        for start in range(0, len(parents), self.CHUNK):
            chunk = parents[start : start + self.CHUNK]
            named = select(Organization.lg_code, Organization.name)
            for parent_code, parent_name in session.execute(
                named.where(Organization.lg_code.in_(chunk))
            ):
                self.names[parent_code or ""] = parent_name


def _place_wards(records: Sequence[LocalGovernmentRecord], stored: _StoredBodies) -> None:
    """A designated city's ward (札幌市中央区) goes under its city (札幌市): the city of the same
    prefecture whose name begins the ward's, in the list or, failing that, stored."""
    cities: dict[str, list[tuple[str, str]]] = {}
    for name, code in stored.cities:
        cities.setdefault(code[:2], []).append((name, code))
    for record in records:
        if record.organization_kind == "municipality" and record.name.endswith("市"):
            cities.setdefault((record.lg_code or "")[:2], []).append(
                (record.name, record.lg_code or "")
            )
    for record in records:
        if record.organization_kind != "municipality" or not record.name.endswith("区"):
            continue
        found = [
            (name, code)
            for name, code in cities.get((record.lg_code or "")[:2], [])
            if record.name.startswith(name) and len(record.name) > len(name)
        ]
        if found:
            record.parent_code = max(found, key=lambda pair: len(pair[0]))[1]


KIND: ImportKind[LocalGovernmentRecord] = ImportKind(
    name="local_governments",
    label=QT_TR_NOOP("地方公共団体コード一覧"),
    label_en="Local government code list",
    order=70,
    becomes="the reference list of prefectures, municipalities and wards (own name, reading, wards under their city)",
    matched_by="local-government code, else the name of a stored body without a code",
    remark="総務省 list, no programme needed",
    headings=(
        Heading(
            "lg_code",
            ("団体コード", "地方公共団体コード", "全国地方公共団体コード", "自治体コード"),
        ),
        Heading("prefecture_name", ("都道府県名（漢字）", "都道府県名", "都道府県")),
        Heading("municipality_name", ("市区町村名（漢字）", "市区町村名", "市町村名")),
        Heading("prefecture_kana", ("都道府県名（カナ）", "都道府県名（ｶﾅ）", "都道府県名カナ")),
        Heading(
            "municipality_kana",
            ("市区町村名（カナ）", "市区町村名（ｶﾅ）", "市区町村名カナ", "市町村名（カナ）"),
        ),
    ),
    required=frozenset({"lg_code", "prefecture_name", "municipality_name"}),
    record=LocalGovernmentRecord,
    stored_in=(
        ("prefecture_own_name", "prefecture_name", "organization.name"),
        ("municipality_own_name", "municipality_name", "organization.name"),
        ("prefecture_own_kana", "prefecture_kana", "organization.kana"),
        ("municipality_own_kana", "municipality_kana", "organization.kana"),
    ),
    build=build,
    resolve=resolve,
    write=local_governments_write.write,
)
