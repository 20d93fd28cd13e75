"""The import pipeline, one for every input: read → detect → map → normalise → validate →
review (ImportPreview) → commit as one batch → undo.

`prepare` reads and checks everything and writes nothing. `commit` writes the accepted records
in one transaction as an ImportBatch; every change it makes is tagged with the batch in the
audit log, which is what `undo` replays backwards.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from sqlalchemy import Date, DateTime, Time, inspect, or_, select
from sqlalchemy.orm import Session, selectinload

from db import audit
from db.engine import Database
from db.errors import UserError
from db.models import (
    AuditEntry,
    Base,
    ImportBatch,
    Organization,
    Person,
    Program,
    Registration,
)
from desktop.excel.forms import read_form
from desktop.excel.headers import KINDS, find_header, kind_label
from desktop.excel.sheets import ImportFileError, SheetData, WorkbookData
from desktop.excel.workbook import read_workbook
from desktop.imports import registrations
from desktop.imports.model import (
    AMBIGUOUS_MATCH,
    WARNING,
    BatchSummary,
    FileInfo,
    ImportPreview,
    Location,
    Problem,
    RegistrationRecord,
    SourceRecord,
)
from desktop.imports.normalize import is_mark
from desktop.japanese.text import normalize_for_compare

EXCEL_SUFFIXES = (".xlsx", ".xlsm")
FORM_ROLES = {"expert": "offer", "local_government": "interest"}
Progress = Callable[[int, int, str], bool]  # (done, total, file name) → False to cancel


class Cancelled(UserError):
    def __init__(self) -> None:
        super().__init__("取り込みを中止しました。データベースは変更していません。")


def gather(paths: Iterable[Path]) -> list[Path]:
    """The Excel files named, and those inside folders (recursively), in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p
                for p in path.rglob("*")
                if p.suffix.lower() in EXCEL_SUFFIXES and not p.name.startswith(("~$", "."))
            )
        else:
            found.append(path)
    if not found:
        raise UserError(
            "取り込む Excel ファイル（.xlsx）が見つかりません。ファイルかフォルダを指定してください。"
        )
    return found


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _form_sources(path: Path, sheet: SheetData) -> tuple[str, list[SourceRecord]] | None:
    form = read_form(sheet)
    if form is None:
        return None
    origin = Location(path.name, sheet.name)
    values = {key: cell.value for key, cell in form.fields.items()}
    where = {
        key: Location(path.name, sheet.name, None, cell.ref) for key, cell in form.fields.items()
    }
    original = tuple((key, cell.value) for key, cell in form.fields.items())
    notes = tuple(
        _unclear_mark(Location(path.name, sheet.name, None, cell.ref), cell.value)
        for cell in form.unknown_marks
    )
    source = SourceRecord(values, where, origin, tuple(form.categories), original, notes)
    return form.kind, [source]


def _unclear_mark(where: Location, value: object) -> Problem:
    return Problem(
        where,
        f"「{value}」は○印として読めません（選ばなかったものとしました）。"
        "○ ● ✓ 1 レ のどれかを使ってください。",
        WARNING,
    )


def _list_sources(
    path: Path, sheet: SheetData, category_names: Sequence[str], kind: str | None
) -> tuple[str, list[SourceRecord], list[Problem]] | None:
    header = find_header(sheet.rows, category_names, kind)
    if header is None:
        return None
    problems: list[Problem] = []
    heading = sheet.rows[header.row]
    if header.extra_columns:
        names = "、".join(f"「{h}」" for h in header.extra_columns.values())
        problems.append(
            Problem(
                Location(path.name, sheet.name, header.row + 1),
                f"列 {names} は使わずに取り込みます。",
                WARNING,
            )
        )
    sources: list[SourceRecord] = []
    for index in range(header.row + 1, len(sheet.rows)):
        cells = sheet.rows[index]
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in cells):
            continue
        row_number = index + 1
        origin = Location(path.name, sheet.name, row_number)
        values: dict[str, object] = {}
        where: dict[str, Location] = {}
        for column, field in header.columns.items():
            values[field] = cells[column] if column < len(cells) else None
            where[field] = Location(path.name, sheet.name, row_number, str(heading[column]))
        marked: list[str] = []
        notes: list[Problem] = []
        for column, category in header.category_columns.items():
            value = cells[column] if column < len(cells) else None
            mark = is_mark(value)
            if mark:
                marked.append(category)
            elif mark is None:
                notes.append(
                    _unclear_mark(Location(path.name, sheet.name, row_number, category), value)
                )
        if row_number in sheet.hidden_rows:
            notes.append(Problem(origin, "非表示の行です（取り込み対象にしました）。", WARNING))
        original = tuple(
            (str(heading[c]), cells[c] if c < len(cells) else None)
            for c in range(len(heading))
            if heading[c] is not None
        )
        sources.append(SourceRecord(values, where, origin, tuple(marked), original, tuple(notes)))
    return header.kind, sources, problems


def _programs(session: Session) -> list[registrations.ProgramInfo]:
    rows = session.scalars(
        select(Program).options(selectinload(Program.categories)).order_by(Program.id)
    ).all()
    return [registrations.ProgramInfo(p.name, tuple(c.name for c in p.categories)) for p in rows]


def _earlier_batch(session: Session, sha256: str) -> int | None:
    for batch in session.scalars(
        select(ImportBatch).where(ImportBatch.undone_at.is_(None)).order_by(ImportBatch.id)
    ):
        if any(f.get("sha256") == sha256 for f in batch.files):
            return batch.id
    return None


def prepare(
    session: Session,
    paths: Sequence[Path],
    *,
    kind: str | None = None,
    program: str | None = None,
    on_duplicate: str = "fill",
    progress: Progress | None = None,
) -> ImportPreview:
    """Read and check every file; nothing is written. Unreadable files are refused whole."""
    files = gather(paths)
    programs = _programs(session)
    category_names = sorted({c for p in programs for c in p.categories})
    preview = ImportPreview()
    for done, path in enumerate(files):
        if progress is not None and not progress(done, len(files), path.name):
            raise Cancelled()
        workbook = read_workbook(path)
        file_kind = _read_file(path, workbook, category_names, kind, program, programs, preview)
        sha = _sha256(path)
        preview.files.append(FileInfo(path, sha, file_kind, _earlier_batch(session, sha)))
    index = registrations.OrganizationIndex(session, preview.records)
    for record in preview.records:
        _match(index, record, on_duplicate)
    _flag_duplicates_within(preview.records)
    if progress is not None:
        progress(len(files), len(files), "")
    return preview


def _read_file(
    path: Path,
    workbook: WorkbookData,
    category_names: Sequence[str],
    kind: str | None,
    program: str | None,
    programs: Sequence[registrations.ProgramInfo],
    preview: ImportPreview,
) -> str:
    for note in workbook.notes:
        preview.problems.append(Problem(Location(path.name, "-"), note, WARNING))
    kinds: list[str] = []
    for sheet in workbook.sheets:
        if sheet.hidden or "記入例" in sheet.name or sheet.name.strip() in ("例", "記入例"):
            # A hidden lookup sheet or a filled-in example is not data to import.
            reason = "非表示のシート" if sheet.hidden else "記入例のシート"
            preview.problems.append(
                Problem(
                    Location(path.name, sheet.name),
                    f"{reason}なので取り込みませんでした。",
                    WARNING,
                )
            )
            continue
        if sheet.formula_cells:
            cells = "、".join(sheet.formula_cells[:5])
            more = f" ほか{len(sheet.formula_cells) - 5}個" if len(sheet.formula_cells) > 5 else ""
            preview.problems.append(
                Problem(
                    Location(path.name, sheet.name),
                    f"数式のセル（{cells}{more}）は、Excel が最後に計算した値を取り込みます。",
                    WARNING,
                )
            )
        form = _form_sources(path, sheet)
        if form is not None:
            form_kind, sources = form
            if form_kind not in FORM_ROLES:
                raise ImportFileError(
                    f"{path.name}: この様式（{form_kind}）の取り込みにはまだ対応していません。"
                )
            kinds.append(form_kind)
            role = FORM_ROLES[form_kind]
            for source in sources:
                preview.records.append(registrations.build(source, programs, program, role))
            continue
        listed = _list_sources(path, sheet, category_names, kind)
        if listed is None:
            continue
        list_kind, sources, problems = listed
        if list_kind != "registrations":
            raise ImportFileError(
                f"{path.name} シート「{sheet.name}」: {kind_label(list_kind)}の取り込みにはまだ対応していません。"
            )
        kinds.append(list_kind)
        preview.problems.extend(problems)
        for source in sources:
            preview.records.append(registrations.build(source, programs, program, None))
    if not kinds:
        known = "、".join(label for label, _r, _f in KINDS.values())
        raise ImportFileError(
            f"{path.name}: 取り込める様式や一覧が見つかりません（見出しの行が読み取れません）。"
            f"事務局デスクの様式か、見出し付きの一覧（{known}）を指定してください。"
        )
    return kinds[0]


def _match(
    index: registrations.OrganizationIndex, record: RegistrationRecord, on_duplicate: str
) -> None:
    if record.rejected:
        return
    record.candidates = index.match(record)
    if not record.candidates:
        record.action = "create"
        return
    record.action = on_duplicate
    if len(record.candidates) == 1:
        only = record.candidates[0]
        if (
            record.lg_code
            and only.lg_code == record.lg_code
            and (
                normalize_for_compare(only.name) != normalize_for_compare(record.organization_name)
            )
        ):
            record.problems.append(
                Problem(
                    record.origin,
                    f"地方公共団体コード「{record.lg_code}」は「{only.name}」のコードです"
                    f"（この行の団体名は「{record.organization_name}」）。"
                    "コードか団体名を確かめてください。",
                )
            )
            return
        record.chosen_id = only.id
    elif on_duplicate in ("fill", "update"):
        names = "、".join(f"{c.name}（ID {c.id}）" for c in record.candidates)
        record.problems.append(
            Problem(
                record.origin,
                f"{AMBIGUOUS_MATCH}（{names}）。どれか一つに決められないため取り込みません。"
                "確認画面で対応を選ぶか、地方公共団体コードを入力してください。",
            )
        )
    if on_duplicate == "create" and _code_taken(record):
        record.problems.append(
            Problem(
                record.origin,
                f"地方公共団体コード「{record.lg_code}」の団体はすでにあります。"
                "別の団体としては作れません（「空欄だけ補う」か「上書き」を選んでください）。",
            )
        )


def _code_taken(record: RegistrationRecord) -> bool:
    return bool(record.lg_code) and any(c.lg_code == record.lg_code for c in record.candidates)


def decide(record: RegistrationRecord, candidate_id: int | None, action: str) -> None:
    """The user's decision in the review for one row: which organization, and what to do.

    candidate_id None with action "create" makes a new organization; "skip" leaves the row out.
    Any decision settles the ambiguity the preparation reported; the candidates stay listed
    so that a mis-click can be corrected.
    """
    if candidate_id is not None and candidate_id not in {c.id for c in record.candidates}:
        raise UserError("選んだ団体はこの行の候補にありません。")
    if action == "create" and _code_taken(record):
        raise UserError(
            f"地方公共団体コード「{record.lg_code}」の団体はすでにあるため、"
            "別の団体としては作れません。"
        )
    record.chosen_id = candidate_id
    record.action = action
    record.problems = [p for p in record.problems if not p.message.startswith(AMBIGUOUS_MATCH)]


def _flag_duplicates_within(records: Sequence[RegistrationRecord]) -> None:
    """The same organization twice in one import for the same program and role is reported."""
    seen: dict[tuple[str, str | None, str | None], RegistrationRecord] = {}
    for record in records:
        if record.rejected:
            continue
        key = (
            record.lg_code or normalize_for_compare(record.organization_name),
            record.program,
            record.role,
        )
        first = seen.setdefault(key, record)
        if first is not record:
            record.problems.append(
                Problem(
                    record.origin,
                    f"同じ団体の同じ登録が {first.origin.describe()} にもあります（後の行は取り込みません）。",
                )
            )


# --- commit -------------------------------------------------------------------------------


def _organization(
    session: Session,
    record: RegistrationRecord,
    counts: dict[str, int],
    created: dict[str, Organization],
) -> Organization:
    fields: dict[str, object] = {
        "kana": record.organization_kana,
        "lg_code": record.lg_code,
        "phone": record.phone,
        "email": record.email,
        "address": record.address,
    }
    if record.kind_given:
        fields["kind"] = record.organization_kind
    if record.action == "create" or record.chosen_id is None:
        # The same new organization on several rows of one import is created once.
        key = record.lg_code or normalize_for_compare(record.organization_name)
        if key in created:
            return created[key]
        org = Organization(
            name=record.organization_name, **{**fields, "kind": record.organization_kind}
        )
        session.add(org)
        created[key] = org
        counts["団体（新規）"] = counts.get("団体（新規）", 0) + 1
        return org
    org = session.get_one(Organization, record.chosen_id)
    changed = False
    for name, value in fields.items():
        if value is None:
            continue
        current = getattr(org, name)
        if (record.action == "update" or current is None) and current != value:
            setattr(org, name, value)
            changed = True
    if changed:
        counts["団体（更新）"] = counts.get("団体（更新）", 0) + 1
    return org


def _contact(
    session: Session,
    org: Organization,
    record: RegistrationRecord,
    people: dict[tuple[int, str], Person],
) -> Person | None:
    """The contact person of a row: one already known for that organization, or a new one."""
    if not record.contact_name:
        return None
    key = (id(org), normalize_for_compare(record.contact_name))
    if key in people:
        return people[key]
    existing = None
    if org.id is not None:  # an organization created in this batch has nobody stored yet
        # The same person may be written 鈴木 once and 鈴木一郎 the next time: the e-mail
        # address then tells that it is one person.
        same = Person.name_key == key[1]
        if record.email:
            same = or_(same, Person.email == record.email)
        existing = session.scalars(
            select(Person).where(Person.organization_id == org.id, same).order_by(Person.id)
        ).first()
    person = existing or Person(
        name=record.contact_name,
        kana=record.contact_kana,
        organization=org,
        post=record.department,
        email=record.email,
        phone=record.phone,
    )
    if existing is None:
        session.add(person)
    people[key] = person
    return person


def _apply(
    session: Session,
    record: RegistrationRecord,
    programs: dict[str, Program],
    counts: dict[str, int],
    created: dict[str, Organization],
    people: dict[tuple[int, str], Person],
) -> None:
    org = _organization(session, record, counts, created)
    program = programs[record.program or ""]
    wanted = [c for c in program.categories if c.name in record.categories]
    person = _contact(session, org, record, people)
    existing = None
    if org.id is not None:  # a new organization has no registration yet (and duplicates
        # within one import were rejected when it was prepared)
        existing = session.scalars(
            select(Registration).where(
                Registration.organization_id == org.id,
                Registration.program_id == program.id,
                Registration.role == record.role,
            )
        ).first()
    if existing is None:
        session.add(
            Registration(
                organization=org,
                program=program,
                role=record.role or "offer",
                categories=wanted,
                summary=record.summary,
                department=record.department,
                contact_person=person,
                received_on=record.received_on,
                status="received",
                publish_consent=record.publish_consent,
            )
        )
        counts["登録（新規）"] = counts.get("登録（新規）", 0) + 1
        return
    overwrite = record.action == "update"
    merged = {c.id: c for c in existing.categories}
    merged.update({c.id: c for c in wanted})
    existing.categories = wanted if overwrite else list(merged.values())
    for name, value in (
        ("summary", record.summary),
        ("department", record.department),
        ("received_on", record.received_on),
    ):
        if value is not None and (overwrite or getattr(existing, name) is None):
            setattr(existing, name, value)
    if person is not None and (overwrite or existing.contact_person is None):
        existing.contact_person = person
    counts["登録（更新）"] = counts.get("登録（更新）", 0) + 1


def commit(database: Database, preview: ImportPreview) -> int:
    """Write the accepted records in one transaction as one batch; returns the batch id."""
    accepted = preview.accepted
    if not accepted:
        raise UserError("取り込める行がありません（すべてエラーか「取り込まない」です）。")
    names = [f.path.name for f in preview.files]
    with database.transaction() as session:
        programs = {
            p.name: p
            for p in session.scalars(select(Program).options(selectinload(Program.categories)))
        }
        batch = ImportBatch(
            created_at=dt.datetime.now().replace(microsecond=0),
            file_name=names[0] if len(names) == 1 else f"{names[0]} ほか{len(names) - 1}件",
            file_hash=preview.files[0].sha256 if len(names) == 1 else None,
            kind=preview.files[0].kind,
            files=[{"name": f.path.name, "sha256": f.sha256} for f in preview.files],
            problems=[
                {"severity": p.severity, "where": p.where.describe(), "message": p.message}
                for p in preview.all_problems()
            ],
        )
        session.add(batch)
        session.flush()
        token = audit.current_batch.set(batch.id)
        try:
            counts: dict[str, int] = {}
            created: dict[str, Organization] = {}
            people: dict[tuple[int, str], Person] = {}
            # One flush at the end: the audit log then gets all its rows in one statement,
            # and lookups never wait for pending rows to be written first.
            with session.no_autoflush:
                for record in accepted:
                    _apply(session, record, programs, counts, created, people)
            session.flush()
        finally:
            audit.current_batch.reset(token)
        # The batch's own bookkeeping is not part of what undo reverses.
        counts["取り込まなかった行"] = len(preview.records) - len(accepted)
        batch.counts = counts
        return batch.id


# --- undo ---------------------------------------------------------------------------------


def list_batches(session: Session) -> list[BatchSummary]:
    batches = session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc())).all()
    return [
        BatchSummary(b.id, b.file_name, b.kind, b.created_at, dict(b.counts), b.undone_at)
        for b in batches
    ]


def undo(database: Database, batch_id: int) -> dict[str, int]:
    """Remove what the batch created and restore what it updated, in one transaction."""
    models = {m.class_.__tablename__: m.class_ for m in Base.registry.mappers}
    with database.transaction() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise UserError(
                f"取り込み番号 {batch_id} はありません。secdesk batches で一覧を確かめてください。"
            )
        if batch.undone_at is not None:
            raise UserError(
                f"取り込み番号 {batch_id} は {batch.undone_at:%Y-%m-%d %H:%M} に取り消し済みです。"
            )
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.import_batch_id == batch_id).order_by(AuditEntry.id)
        ).all()
        undone_batches = set(
            session.scalars(select(ImportBatch.id).where(ImportBatch.undone_at.is_not(None)))
        )
        _refuse_if_changed_later(session, batch_id, entries, undone_batches)
        undone = {"削除": 0, "復元": 0}
        # The undo's own changes carry the batch too, so that a later undo of an earlier
        # batch can tell them from the user's edits.
        token = audit.current_batch.set(batch_id)
        try:
            for entry in reversed(entries):
                obj = session.get(models[entry.table_name], entry.row_id)
                if entry.action == "insert" and obj is not None:
                    session.delete(obj)
                    undone["削除"] += 1
                elif entry.action == "update" and obj is not None and entry.before:
                    _restore_values(session, obj, entry.before)
                    undone["復元"] += 1
                session.flush()
        finally:
            audit.current_batch.reset(token)
        batch.undone_at = dt.datetime.now().replace(microsecond=0)
        return undone


def _foreign_keys() -> dict[str, list[tuple[str, str]]]:
    """For each table, its columns that refer to another table: (column, referred table)."""
    return {
        table.name: [(fk.parent.name, fk.column.table.name) for fk in table.foreign_keys]
        for table in Base.metadata.tables.values()
    }


def _refuse_if_changed_later(
    session: Session, batch_id: int, entries: Sequence[AuditEntry], undone: set[int]
) -> None:
    """Undoing must not throw away what was done to, or with, the imported records since.

    Refused when a record of the batch was edited afterwards, or when a later record refers
    to one the batch created (a registration added to an imported organization …). Changes
    of batches that were themselves undone are no longer there and do not count.
    """
    if not entries:
        return
    touched = {(e.table_name, e.row_id) for e in entries}
    created = {(e.table_name, e.row_id) for e in entries if e.action == "insert"}
    references = _foreign_keys()
    later = session.scalars(
        select(AuditEntry).where(AuditEntry.id > min(e.id for e in entries))
    ).all()
    for entry in later:
        if entry.import_batch_id == batch_id or entry.import_batch_id in undone:
            continue
        changed = entry.id > max(e.id for e in entries) and (
            (entry.table_name, entry.row_id) in touched
        )
        refers = any(
            (referred, (entry.after or {}).get(column)) in created
            for column, referred in references.get(entry.table_name, [])
        )
        if changed or refers:
            raise UserError(
                "この取り込みの後で、取り込んだデータが変更されたり、別のデータから参照されたり"
                f"しています（{entry.at:%Y-%m-%d %H:%M} {entry.user}）。"
                "取り消すとそのデータも失われるため、取り消しません。"
            )


def _restore_values(session: Session, obj: Base, before: dict[str, object]) -> None:
    """Put back the values an update replaced (columns, and many-to-many collections)."""
    mapper = inspect(type(obj))
    for key, value in before.items():
        if key in mapper.relationships:
            target = mapper.relationships[key].mapper.class_
            ids = value if isinstance(value, list) else []
            setattr(obj, key, [session.get_one(target, i) for i in ids])
        elif key in mapper.columns:
            setattr(obj, key, _from_json(mapper.columns[key].type, value))


def _from_json(column_type: object, value: object) -> object:
    """The audit log stores dates as ISO text: turn them back into date objects."""
    if not isinstance(value, str):
        return value
    if isinstance(column_type, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return dt.date.fromisoformat(value)
    if isinstance(column_type, Time):
        return dt.time.fromisoformat(value)
    return value
