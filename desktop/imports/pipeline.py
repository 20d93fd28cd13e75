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
from dataclasses import replace
from pathlib import Path

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, selectinload

from db import audit, backup
from db.bulk import ANALYZED_FROM, gather_statistics
from db.database import Database
from db.errors import DatabaseUnavailable, UserError
from db.models import (
    AuditEntry,
    Base,
    Council,
    EventSeries,
    ImportBatch,
    Organization,
    Program,
)
from desktop.catalogue import QT_TR_NOOP, Listed, Text
from desktop.excel.reading import read_book
from desktop.excel.sheets import ImportFileError, WorkbookData
from desktop.imports import matching
from desktop.imports.cell_checks import check_lengths, checked_source
from desktop.imports.kinds import all_kinds, by_form, by_name
from desktop.imports.model import (
    ERROR,
    WARNING,
    WHOLE_FILE,
    BatchSummary,
    BuildContext,
    FileInfo,
    ImportPreview,
    ImportRecord,
    Location,
    Problem,
    ProgramInfo,
    RefusedFile,
    SourceRecord,
)
from desktop.imports.sources import form_sources, gather, list_sources, passed_over

Progress = Callable[[int, int, str], bool]  # (done, total, file name) → False to cancel


class Cancelled(UserError):
    def __init__(self) -> None:
        super().__init__("取り込みを中止しました。データベースは変更していません。")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _programs(session: Session) -> tuple[ProgramInfo, ...]:
    rows = session.scalars(
        select(Program).options(selectinload(Program.categories)).order_by(Program.id)
    ).all()
    return tuple(ProgramInfo(p.name, tuple(c.name for c in p.categories)) for p in rows)


def _imported_files(session: Session) -> dict[str, int]:
    """The hash of every file in a batch that is not undone → that (first) batch's id."""
    found: dict[str, int] = {}
    for batch in session.scalars(
        select(ImportBatch).where(ImportBatch.undone_at.is_(None)).order_by(ImportBatch.id)
    ):
        for info in batch.files:
            found.setdefault(str(info.get("sha256")), batch.id)
    return found


def prepare(
    session: Session,
    paths: Sequence[Path],
    *,
    kind: str | None = None,
    program: str | None = None,
    council: str | None = None,
    series: str | None = None,
    organization: str | None = None,
    on_duplicate: str = "fill",
    progress: Progress | None = None,
) -> ImportPreview:
    """Read and check every file; nothing is written.

    A file that cannot be read, or holds no form or list, is refused whole: it is listed in the
    preview's `refused` with its reason, and the other files are read all the same, so that
    the user sees every file that is not understood at once (and may import the rest).

    A council named by the user makes the files rosters of it, unless `kind` says otherwise.
    A series named by the user is the series of the schedules and participant lists that do
    not name theirs; an organization named is that of the people whose rows name none (a
    people list or roster).
    """
    files = gather(paths)
    context = BuildContext(
        _programs(session), program, council=council, series=series, organization=organization
    )
    if council is not None and kind is None:
        kind = "roster"
    imported = _imported_files(session)  # read once, not once per file of a folder
    preview = ImportPreview(
        program=program,
        program_names=tuple(p.name for p in context.programs),
        series=series,
        series_names=tuple(session.scalars(select(EventSeries.name).order_by(EventSeries.id))),
        council=council,
        council_names=tuple(session.scalars(select(Council.name).order_by(Council.id))),
        organization=organization,
        organization_names=tuple(
            session.scalars(select(Organization.name).distinct().order_by(Organization.name))
        ),
    )
    _note_passed_over(paths, preview)
    for done, path in enumerate(files):
        if progress is not None and not progress(done, len(files), path.name):
            raise Cancelled()
        problems_before, records_before = len(preview.problems), len(preview.records)
        try:
            file_kind, is_form = _read_file(path, read_book(path), context, kind, preview)
        except ImportFileError as refusal:
            # The refusal is the one line about the file: what was noted while reading it
            # (a hidden sheet …) is no longer news.
            del preview.problems[problems_before:]
            del preview.records[records_before:]
            preview.refused.append(RefusedFile(path, refusal.said))
            continue
        sha = _sha256(path)
        preview.files.append(FileInfo(path, sha, file_kind, imported.get(sha), is_form))
    earlier: list[ImportRecord] = []
    for list_kind, records in _by_kind(preview.records).items():
        by_name(list_kind).resolve(session, records, on_duplicate, earlier)
        earlier += records
    _say_once(preview)
    if progress is not None:
        progress(len(files), len(files), "")
    return preview


def _note_passed_over(paths: Sequence[Path], preview: ImportPreview) -> None:
    """A folder's files that are not spreadsheets are named once for the folder (they are not
    read, and do not hold the import back)."""
    for folder, others in passed_over(paths).items():
        more = len(others) - 5
        preview.problems.append(
            Problem(
                Location(folder.name, WHOLE_FILE),
                Text(
                    QT_TR_NOOP(
                        "フォルダ内の {names}{more} は表計算のファイルでも CSV でもないため、"
                        "読みませんでした（.txt はファイルを指定すると CSV・TSV として読みます）。"
                    ),
                    names=Listed(tuple(str(p) for p in others[:5])),
                    more=Text(QT_TR_NOOP(" ほか{count}個"), count=more) if more > 0 else "",
                ),
                WARNING,
            )
        )


def _said_on_the_cell(record: ImportRecord, source: SourceRecord) -> ImportRecord:
    """A cell refused while reading (an error value …) is said once: not again as a blank
    cell ("団体名が空です") by the kind that then finds no value there. A kind that can do
    without the cell's value says so as a warning, which stays."""
    refused = {p.where for p in source.notes if p.severity == ERROR}
    if refused:
        record.problems = [
            p
            for p in record.problems
            if p in source.notes or p.where not in refused or p.severity != ERROR
        ]
    return record


def _say_once(preview: ImportPreview) -> None:
    """A problem found on every row of a file (no programme named, a column no row can use …)
    is one line for the file in the preview's problems, not one per row; each row keeps it,
    marked as shared, so that the review still shows why the row is not imported."""
    by_file: dict[str, list[ImportRecord]] = {}
    for record in preview.records:
        by_file.setdefault(record.origin.file, []).append(record)
    for file_name, records in by_file.items():
        if len(records) < 2:
            continue
        keys = [{_sameness(p) for p in r.problems} for r in records]
        everywhere = set.intersection(*keys)
        if not everywhere:
            continue
        sheets = {r.origin.sheet for r in records}
        sheet = sheets.pop() if len(sheets) == 1 else WHOLE_FILE
        said: set[tuple[str, str, str | None]] = set()
        for problem in records[0].problems:
            key = _sameness(problem)
            if key in everywhere and key not in said:
                said.add(key)
                where = Location(file_name, sheet, None, problem.where.column)
                message = Text(
                    QT_TR_NOOP("{message}（全{count}行）"),
                    message=problem.message,
                    count=len(records),
                )
                preview.problems.append(Problem(where, message, problem.severity))
        for record in records:
            record.problems = [
                replace(p, shared=True) if _sameness(p) in everywhere else p
                for p in record.problems
            ]


def _sameness(problem: Problem) -> tuple[str, str, str | None]:
    """What makes problems of two rows the same one: its words, kind and column."""
    return (problem.said(), problem.severity, problem.where.column)


def _by_kind(records: Sequence[ImportRecord]) -> dict[str, list[ImportRecord]]:
    """The records of each kind, in file order, the kinds in the order they are written."""
    grouped: dict[str, list[ImportRecord]] = {k.name: [] for k in all_kinds()}
    for record in records:
        grouped[record.KIND].append(record)
    return {k: rs for k, rs in grouped.items() if rs}


def _read_file(
    path: Path,
    workbook: WorkbookData,
    context: BuildContext,
    kind: str | None,
    preview: ImportPreview,
) -> tuple[str, bool]:
    for note in workbook.notes:
        preview.problems.append(Problem(Location(path.name, WHOLE_FILE), Text(note), WARNING))
    category_names = sorted({c for p in context.programs for c in p.categories})
    kinds: list[tuple[str, bool]] = []
    for sheet in workbook.sheets:
        if sheet.hidden or "記入例" in sheet.name or sheet.name.strip() in ("例", "記入例"):
            # A hidden lookup sheet or a filled-in example is not data to import.
            preview.problems.append(
                Problem(
                    Location(path.name, sheet.name),
                    Text(
                        QT_TR_NOOP("非表示のシートなので取り込みませんでした。")
                        if sheet.hidden
                        else QT_TR_NOOP("記入例のシートなので取り込みませんでした。")
                    ),
                    WARNING,
                )
            )
            continue
        if sheet.formula_cells:
            extra = len(sheet.formula_cells) - 5
            more = Text(QT_TR_NOOP(" ほか{count}個"), count=extra) if extra > 0 else ""
            preview.problems.append(
                Problem(
                    Location(path.name, sheet.name),
                    Text(
                        QT_TR_NOOP(
                            "数式のセル（{cells}{more}）は、Excel が最後に計算した値を取り込みます。"
                        ),
                        cells=Listed(tuple(sheet.formula_cells[:5])),
                        more=more,
                    ),
                    WARNING,
                )
            )
        sources: Iterable[SourceRecord]  # a list's rows are read one at a time
        form = form_sources(path, sheet)
        if form is not None:
            form_kind, sources = form
            read_as, reading = by_form(form_kind)
            list_kind = read_as.name
            sheet_context = replace(context, role=reading.role)
        else:
            listed = list_sources(path, sheet, category_names, kind)
            if listed is None:
                continue
            list_kind, sources, sheet_notes = listed
            sheet_context = context
        kinds.append((form_kind, True) if form is not None else (list_kind, False))
        reader = by_name(list_kind)
        before = len(preview.records)
        for source in sources:
            checked = checked_source(source)
            for part in reader.split(checked, sheet_context) if reader.split else (checked,):
                record = _said_on_the_cell(reader.build(part, sheet_context), part)
                preview.records.append(check_lengths(record, part, reader.stored_in))
        if form is None:  # a list's notes, with those found while its rows were read
            preview.problems.extend(sheet_notes)
        if len(preview.records) == before:
            preview.problems.append(
                Problem(
                    Location(path.name, sheet.name),
                    Text(
                        QT_TR_NOOP(
                            "見出しの行の下にデータの行がありません（記入済みの行がありません）。"
                        )
                    ),
                )
            )
    if not kinds:
        raise ImportFileError(
            QT_TR_NOOP(
                "{file}: 取り込める様式や一覧が見つかりません（見出しの行が読み取れません）。"
                "事務局デスクの様式か、見出し付きの一覧（{known}）を指定してください。"
            ),
            file=path.name,
            known=Listed(tuple(Text(k.label) for k in all_kinds())),
        )
    return kinds[0]  # the file's kind, and whether it is one of the program's own forms


def decide(record: ImportRecord, candidate_id: int | None, action: str) -> None:
    """The user's decision in the review for one row (see matching.decide)."""
    matching.decide(record, candidate_id, action)


# --- commit -------------------------------------------------------------------------------


def commit(database: Database, preview: ImportPreview) -> int:
    """Write the accepted records in one transaction as one batch; returns the batch id."""
    if preview.held_back:
        raise UserError(
            QT_TR_NOOP(
                "読み取れないファイルが {count} 個あるため、取り込みません。"
                "それらを除いて取り込むか、ファイルを直してから読み込み直してください。"
            ),
            count=len(preview.refused),
        )
    accepted = preview.accepted
    if not accepted:
        raise UserError(
            QT_TR_NOOP("取り込める行がありません（すべてエラーか「取り込まない」です）。")
        )
    names = [f.path.name for f in preview.files]
    backup.before(database, "before-import")
    with database.transaction() as session:
        batch = ImportBatch(
            created_at=dt.datetime.now().replace(microsecond=0),
            file_name=names[0] if len(names) == 1 else f"{names[0]} ほか{len(names) - 1}件",
            file_hash=preview.files[0].sha256 if len(names) == 1 else None,
            kind=preview.files[0].kind,
            files=[{"name": f.path.name, "sha256": f.sha256} for f in preview.files],
            problems=[
                {"severity": p.severity, "where": p.where.describe(), "message": p.said()}
                for p in preview.all_problems()
            ],
        )
        session.add(batch)
        session.flush()
        token = audit.current_batch.set(batch.id)
        try:
            counts: dict[str, int] = {}
            # One flush at the end of each kind: the audit log then gets its rows in few
            # statements, and lookups never wait for pending rows to be written first.
            for list_kind, records in _by_kind(accepted).items():
                with session.no_autoflush:
                    by_name(list_kind).write(session, records, counts)
                session.flush()
        finally:
            audit.current_batch.reset(token)
        # The batch's own bookkeeping is not part of what undo reverses.
        counts["取り込まなかった行"] = len(preview.records) - len(accepted)
        batch.counts = counts
        batch_id = batch.id
    if len(accepted) >= ANALYZED_FROM:
        _gather_statistics(database)
    return batch_id


def _gather_statistics(database: Database) -> None:
    """The planner's statistics brought up to date after a large import. Only a hint: the
    import is stored, so a database too busy for it now is left to gather them later (SQLite
    when the program closes, PostgreSQL's autovacuum)."""
    try:
        with database.transaction() as session:
            gather_statistics(session)
    except DatabaseUnavailable:
        pass


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
    with database.sessions() as session:
        batch_open = session.scalar(
            select(ImportBatch.id).where(
                ImportBatch.id == batch_id, ImportBatch.undone_at.is_(None)
            )
        )
    if batch_open is not None:  # a refused undo (no such batch, undone already) needs no backup
        backup.before(database, "before-undo")
    with database.transaction() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise UserError(
                QT_TR_NOOP(
                    "取り込み番号 {batch} はありません。secdesk batches で一覧を確かめてください。"
                ),
                batch=batch_id,
            )
        if batch.undone_at is not None:
            raise UserError(
                QT_TR_NOOP("取り込み番号 {batch} は {when} に取り消し済みです。"),
                batch=batch_id,
                when=f"{batch.undone_at:%Y-%m-%d %H:%M}",
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
            if all(e.action == "insert" for e in entries):
                undone["削除"] = _remove_all(session, models, entries)
            else:
                _replay_backwards(session, models, entries, undone)
        finally:
            audit.current_batch.reset(token)
        batch.undone_at = dt.datetime.now().replace(microsecond=0)
        return undone


def _remove_all(
    session: Session, models: dict[str, type[Base]], entries: Sequence[AuditEntry]
) -> int:
    """The usual batch, which only added rows: they are read a table at a time and removed in
    one flush (the order within it is the unit of work's: children before parents)."""
    _kept = _load_audited_rows(session, models, entries)  # the session holds only weak refs
    removed = 0
    with session.no_autoflush:
        for entry in entries:
            obj = _audited_row(session, models[entry.table_name], entry)
            if obj is not None:
                session.delete(obj)
                removed += 1
    session.flush()
    return removed


def _replay_backwards(
    session: Session,
    models: dict[str, type[Base]],
    entries: Sequence[AuditEntry],
    undone: dict[str, int],
) -> None:
    """A batch that also changed or removed rows: its entries undone one at a time, newest
    first, each written before the next is read (a row may be changed, removed, added again)."""
    for entry in reversed(entries):
        model = models[entry.table_name]
        obj = _audited_row(session, model, entry)
        if entry.action == "insert" and obj is not None:
            session.delete(obj)
            undone["削除"] += 1
        elif entry.action == "update" and obj is not None and entry.before:
            audit.put_logged_values(session, obj, entry.before)
            undone["復元"] += 1
        elif entry.action == "delete" and obj is None and entry.before:
            # A row the batch removed (a project's old proposer link …) comes back.
            restored = model()
            audit.put_logged_values(session, restored, entry.before)
            session.add(restored)
            undone["復元"] += 1
        session.flush()


def _load_audited_rows(
    session: Session, models: dict[str, type[Base]], entries: Sequence[AuditEntry]
) -> list[Base]:
    """Read the batch's rows a table at a time, so that undoing each is not one query each."""
    loaded: list[Base] = []
    ids: dict[str, set[int]] = {}
    for entry in entries:
        if entry.row_id is not None:
            ids.setdefault(entry.table_name, set()).add(entry.row_id)
    for table, wanted in ids.items():
        model = models[table]
        column = getattr(model, "id", None)
        if column is None:
            continue
        # What deleting a row also touches (its categories, its own rows) comes in the same read.
        touched = [
            selectinload(getattr(model, rel.key))
            for rel in inspect(model).relationships
            if rel.cascade.delete or rel.secondary is not None
        ]
        ordered = sorted(wanted)
        for start in range(0, len(ordered), 1000):  # SQLite's limit on query parameters
            chunk = ordered[start : start + 1000]
            query = select(model).where(column.in_(chunk)).options(*touched)
            loaded.extend(session.scalars(query).all())
    return loaded


def _row_key(entry: AuditEntry, model: type[Base]) -> tuple[object, ...] | None:
    """The primary key of the row an audit entry is about: its id, or for a link row without
    one (project_proposer) its key columns, which an insert's or delete's entry holds."""
    if entry.row_id is not None:
        return (entry.row_id,)
    values = entry.after or entry.before or {}
    key = tuple(values.get(column.name) for column in inspect(model).primary_key)
    return None if None in key else key


def _audited_row(session: Session, model: type[Base], entry: AuditEntry) -> Base | None:
    key = _row_key(entry, model)
    return session.get(model, key) if key is not None else None


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
    models = {m.class_.__tablename__: m.class_ for m in Base.registry.mappers}

    def row(entry: AuditEntry) -> tuple[str, tuple[object, ...] | None]:
        return entry.table_name, _row_key(entry, models[entry.table_name])

    touched = {row(e) for e in entries}
    created = {(e.table_name, e.row_id) for e in entries if e.action == "insert"}
    references = _foreign_keys()
    later = session.scalars(
        select(AuditEntry).where(AuditEntry.id > min(e.id for e in entries))
    ).all()
    for entry in later:
        if entry.import_batch_id == batch_id or entry.import_batch_id in undone:
            continue
        changed = entry.id > max(e.id for e in entries) and row(entry) in touched
        refers = any(
            (referred, (entry.after or {}).get(column)) in created
            for column, referred in references.get(entry.table_name, [])
        )
        if changed or refers:
            raise UserError(
                QT_TR_NOOP(
                    "この取り込みの後で、取り込んだデータが変更されたり、別のデータから参照されたり"
                    "しています（{when} {user}）。"
                    "取り消すとそのデータも失われるため、取り消しません。"
                ),
                when=f"{entry.at:%Y-%m-%d %H:%M}",
                user=entry.user,
            )
