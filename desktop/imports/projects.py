"""Selected projects (選定事業一覧): normalise, validate, match the stored ones, write.

A project belongs to a programme and is proposed by one or more organizations (local
governments, usually). The rules are those of the 協議会 tab (desktop.ops.projects.save_project),
so an imported project is what the GUI would have saved.

The organizations a row names (a project's proposers, a council member's 所属) are looked up and
created the same way for both kinds; that part lives here and rosters.py uses it too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import ClassVar, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.errors import ValidationError
from db.models import Category, Organization, Program, Project, ProjectProposer
from db.vocab import ORGANIZATION_KINDS
from desktop.catalogue import QT_TR_NOOP, SOURCE_LANGUAGE, Listed, Text
from desktop.excel.headers import Heading
from desktop.imports import headings, normalize
from desktop.imports.cells import Cells
from desktop.imports.declaration import ImportKind
from desktop.imports.matching import count, merge_values, reject_repeats, settle
from desktop.imports.model import (
    ERROR,
    WARNING,
    BuildContext,
    Candidate,
    ImportRecord,
    Location,
    Problem,
    ProgramInfo,
    SourceRecord,
)
from desktop.imports.reasons import NOT_GIVEN, fiscal_year_words, given, lines_in, listed
from desktop.imports.registrations import program_by_categories, program_named
from desktop.japanese.text import normalize_for_compare
from desktop.japanese.wareki import format_fiscal_year
from desktop.ops.common import parse_fiscal_year, split_names
from desktop.rules.organizations import guess_organization_kind, unique


@dataclass(kw_only=True, slots=True)
class ProjectRecord(ImportRecord):
    """A selected project to import, with its proposers."""

    TITLE: ClassVar[str] = QT_TR_NOOP("提案タイトル")
    CONTEXT: ClassVar[str] = QT_TR_NOOP("提案者")
    TARGET: ClassVar[str] = QT_TR_NOOP("選定事業")
    KIND: ClassVar[str] = "projects"

    project_title: str
    proposers: tuple[str, ...]
    program: str | None
    selected_fiscal_year: int | None
    categories: tuple[str, ...] = ()
    where: Mapping[str, Location] = field(default_factory=dict)  # field → cell, for later problems
    # Set when resolved: the stored organization of each proposer (None: to be created).
    proposer_ids: tuple[int | None, ...] = ()

    def title(self, lang: str = SOURCE_LANGUAGE) -> str:
        return self.project_title

    def context(self, lang: str = SOURCE_LANGUAGE) -> str:
        return "、".join(self.proposers)

    def details(self, lang: str = SOURCE_LANGUAGE) -> list[str]:
        year = self.selected_fiscal_year
        return lines_in(
            [
                Text(QT_TR_NOOP("事業: {program}"), program=given(self.program)),
                Text(
                    QT_TR_NOOP("選定年度: {year}"),
                    year=fiscal_year_words(year) if year else NOT_GIVEN,
                ),
                Text(QT_TR_NOOP("技術: {technologies}"), technologies=listed(self.categories)),
            ],
            lang,
        )


# --- build --------------------------------------------------------------------------------


def build(source: SourceRecord, context: BuildContext) -> ProjectRecord:
    """Normalise and validate one row; every problem names where it came from."""
    cells = Cells(source)

    title = cells.text("title")
    if title is None:
        cells.problem(
            "title",
            Text(QT_TR_NOOP("提案タイトルが空です。提案タイトル（事業名）を入力してください。")),
        )
    # Several proposers in one cell, split as the GUI splits them (・ stays: it may be part
    # of a name).
    proposers = unique(split_names(cells.text("proposers")))
    if not proposers:
        cells.problem(
            "proposers",
            Text(
                QT_TR_NOOP(
                    "提案者が空です。提案した地方公共団体の名前を入力してください"
                    "（複数のときは「、」で区切ります）。"
                )
            ),
        )
    program = _program(source, context, cells.problem)
    return ProjectRecord(
        origin=source.origin,
        project_title=title or "",
        proposers=tuple(proposers),
        program=program.name if program else None,
        selected_fiscal_year=_fiscal_year(cells.raw("selected_fiscal_year"), cells.problem),
        categories=_categories(source, program, cells.problem),
        where=source.where,
        problems=cells.problems,
        original=source.original,
    )


class Report(Protocol):
    """Notes a problem of the row being built, at the cell of `field` (None: the whole row)."""

    def __call__(self, field: str | None, message: Text, severity: str = ERROR) -> None: ...


def _fiscal_year(raw: object, problem: Report) -> int | None:
    text = normalize.text(raw)
    if text is None:
        problem(
            "selected_fiscal_year",
            Text(QT_TR_NOOP("選定年度が空です。令和2年度、R2、2020 のように入力してください。")),
        )
        return None
    try:
        return parse_fiscal_year(text, "selected_fiscal_year")
    except ValidationError as exc:
        problem("selected_fiscal_year", exc.said)
        return None


def _program(source: SourceRecord, context: BuildContext, problem: Report) -> ProgramInfo | None:
    """The programme chosen for the import, else the one the row's technologies belong to."""
    if context.program:
        program = program_named(context.program, context.programs)
        if program is None:
            problem(
                None,
                Text(
                    QT_TR_NOOP(
                        "指定された事業「{program}」はありません。登録済みの事業名を指定してください。"
                    ),
                    program=context.program,
                ),
            )
        return program
    program = program_by_categories(
        source.values.get("categories"), source.categories_marked, context.programs
    ) or program_named(None, context.programs)
    if program is None:
        problem(
            None,
            Text(
                QT_TR_NOOP(
                    "どの事業の選定事業か判断できません。取り込むときに事業を指定してください"
                    "（確認画面の「事業」で選ぶか、"
                    "secdesk import ファイル名 --program 未来技術社会実装事業 のように指定）。"
                )
            ),
        )
    return program


def _categories(
    source: SourceRecord, program: ProgramInfo | None, problem: Report
) -> tuple[str, ...]:
    """The programme's categories the row names (技術); others are noted and left out."""
    if program is None:
        return ()
    raw = source.values.get("categories")
    found, unknown = normalize.categories(raw, program.categories)
    for marked in source.categories_marked:
        if marked not in program.categories:
            unknown.append(marked)
        elif marked not in found:
            found.append(marked)
    if unknown:
        choices = (
            Listed(program.categories)
            if program.categories
            else Text(QT_TR_NOOP("（技術の登録なし）"))
        )
        problem(
            "categories",
            Text(
                QT_TR_NOOP(
                    "技術「{technologies}」は{program}にないため取り込みません。"
                    "{choices} のどれかで書いてください。"
                ),
                technologies=Listed(tuple(unknown)),
                program=program.name,
                choices=choices,
            ),
            WARNING,
        )
    order = {name: i for i, name in enumerate(program.categories)}
    return tuple(sorted(found, key=order.__getitem__))


# --- organizations named by a row (shared with rosters) -------------------------------------


class StoredOrganizations:
    """The stored organizations of the names an import mentions, by normalised name (one query)."""

    def __init__(self, session: Session, names: Iterable[str]) -> None:
        keys = {normalize_for_compare(n) for n in names}
        self.by_key: dict[str, list[Candidate]] = {}
        if keys:
            for org in session.scalars(
                select(Organization)
                .where(Organization.name_key.in_(keys))
                .order_by(Organization.id)
            ):
                self.by_key.setdefault(org.name_key, []).append(
                    Candidate(org.id, org.name, org.lg_code or "")
                )

    def settle(self, record: ImportRecord, name: str, where: Location, what: str) -> int | None:
        """The stored organization `name` is (None: it will be created), noted on the record;
        `what` is a marked text (提案者)."""
        found = self.by_key.get(normalize_for_compare(name), [])
        if len(found) == 1:
            return found[0].id
        if found:
            listed = Listed(
                tuple(
                    f"{c.name}（ID {c.id}{'・' + c.lg_code if c.lg_code else ''}）" for c in found
                )
            )
            record.problems.append(
                Problem(
                    where,
                    Text(
                        QT_TR_NOOP(
                            "{what}「{name}」に当てはまる団体が複数あります（{found}）。"
                            "どの団体か決められないため取り込みません。"
                            "団体の重複を整理してから取り込み直してください。"
                        ),
                        what=Text(what),
                        name=name,
                        found=listed,
                    ),
                )
            )
            return None
        kind = ORGANIZATION_KINDS[guess_organization_kind(name)]
        record.problems.append(
            Problem(
                where,
                Text(
                    QT_TR_NOOP(
                        "{what}「{name}」は団体として登録されていないため、新しい団体（{kind}）として"
                        "登録します。別の名前で登録済みなら、その名前に直してください。"
                    ),
                    what=Text(what),
                    name=name,
                    kind=Text(kind),
                ),
                WARNING,
            )
        )
        return None


class OrganizationsToLink:
    """The organizations accepted rows link to: stored ones by id, new ones created once each."""

    def __init__(
        self,
        session: Session,
        counts: dict[str, int],
        named: Iterable[tuple[str, int | None]],  # (name, stored id or None) of every row
    ) -> None:
        self.session = session
        self.counts = counts
        named = list(named)
        ids = {i for _name, i in named if i is not None}
        keys = {normalize_for_compare(name) for name, i in named if i is None}
        self.by_id = {
            o.id: o for o in session.scalars(select(Organization).where(Organization.id.in_(ids)))
        }
        # Another kind written earlier in this batch (a registration list …) may have created
        # one of the new names already.
        self.by_key: dict[str, Organization] = {}
        for org in session.scalars(
            select(Organization).where(Organization.name_key.in_(keys)).order_by(Organization.id)
        ):
            self.by_key.setdefault(org.name_key, org)

    def get(self, name: str, stored_id: int | None) -> Organization:
        if stored_id is not None:
            return self.by_id[stored_id]
        key = normalize_for_compare(name)
        if key not in self.by_key:
            org = Organization(name=name, kind=guess_organization_kind(name), name_key=key)
            self.session.add(org)
            self.by_key[key] = org
            count(self.counts, "団体（新規）")
        return self.by_key[key]


# --- resolve ------------------------------------------------------------------------------


def resolve(
    session: Session,
    records: list[ProjectRecord],
    on_duplicate: str,
    _earlier: Sequence[ImportRecord] = (),
) -> None:
    """Find each row's proposers and the stored project it may be; report what cannot be told."""
    live = [r for r in records if not r.rejected]
    organizations = StoredOrganizations(session, (n for r in live for n in r.proposers))
    stored = _stored_projects(session, {r.program for r in live if r.program})
    for record in live:
        where = record.where.get("proposers", record.origin)
        record.proposer_ids = tuple(
            organizations.settle(record, name, where, QT_TR_NOOP("提案者"))
            for name in record.proposers
        )
        if not record.rejected:
            settle(record, stored.get(_key(record), []), on_duplicate)
    reject_repeats(records, _key, QT_TR_NOOP("同じ選定事業"))


def _key(record: ProjectRecord) -> tuple[str | None, str]:
    """Two rows are the same project when programme and title (normalised) are the same."""
    return record.program, normalize_for_compare(record.project_title)


def _stored_projects(
    session: Session, programs: set[str]
) -> dict[tuple[str | None, str], list[Candidate]]:
    rows = session.execute(
        select(Project.id, Project.title, Project.selected_fiscal_year, Program.name)
        .join(Program, Project.program_id == Program.id)
        .where(Program.name.in_(programs))
        .order_by(Project.id)
    )
    found: dict[tuple[str | None, str], list[Candidate]] = {}
    for project_id, title, year, program in rows:
        label = f"{title}（{format_fiscal_year(year)}選定）"
        found.setdefault((program, normalize_for_compare(title)), []).append(
            Candidate(project_id, label)
        )
    return found


# --- write --------------------------------------------------------------------------------


def write(session: Session, records: list[ProjectRecord], counts: dict[str, int]) -> None:
    """Add or update the accepted projects (the caller's transaction, no autoflush)."""
    programs = {
        p.name: p
        for p in session.scalars(select(Program).options(selectinload(Program.categories)))
    }
    organizations = OrganizationsToLink(
        session,
        counts,
        (pair for r in records for pair in zip(r.proposers, r.proposer_ids, strict=True)),
    )
    chosen_ids = {r.chosen_id for r in records if r.action != "create" and r.chosen_id}
    stored = {
        p.id: p
        for p in session.scalars(
            select(Project)
            .where(Project.id.in_(chosen_ids))
            .options(
                selectinload(Project.proposer_links).selectinload(ProjectProposer.organization),
                selectinload(Project.categories),
            )
        )
    }
    for record in records:
        program = programs[record.program or ""]
        wanted = [c for c in program.categories if c.name in record.categories]
        proposers = [
            organizations.get(name, stored_id)
            for name, stored_id in zip(record.proposers, record.proposer_ids, strict=True)
        ]
        if record.action == "create" or record.chosen_id is None:
            session.add(
                Project(
                    program=program,
                    title=record.project_title,
                    selected_fiscal_year=record.selected_fiscal_year,
                    categories=wanted,
                    proposer_links=_links(proposers),
                )
            )
            count(counts, "選定事業（新規）")
        elif _update(session, stored[record.chosen_id], record, proposers, wanted):
            count(counts, "選定事業（更新）")


def _links(proposers: Sequence[Organization]) -> list[ProjectProposer]:
    return [
        ProjectProposer(organization=org, order=order) for order, org in enumerate(proposers, 1)
    ]


def _update(
    session: Session,
    project: Project,
    record: ProjectRecord,
    proposers: list[Organization],
    wanted: list[Category],
) -> bool:
    """Fill (only what is empty; technologies are added) or update (imported values win)."""
    overwrite = record.action == "update"
    changed = False
    if overwrite:  # the title and year of a matched project are only ever changed on update
        values = {
            "title": record.project_title,
            "selected_fiscal_year": record.selected_fiscal_year,
        }
        changed = merge_values(project, values, overwrite=True)
    current = list(project.categories)
    categories = (
        wanted if overwrite and wanted else current + [c for c in wanted if c not in current]
    )
    if {id(c) for c in categories} != {id(c) for c in current}:
        project.categories = categories
        changed = True
    if (overwrite or not project.proposer_links) and project.proposers != proposers:
        # Deleted one by one, not left as orphans of the cleared list: the audit log (and so
        # undo) only sees rows deleted through the session. They go first, so that a proposer
        # that stays is linked again under the same key.
        for link in project.proposer_links:
            session.delete(link)
        project.proposer_links.clear()
        session.flush()
        project.proposer_links.extend(_links(proposers))
        changed = True
    return changed


KIND: ImportKind[ProjectRecord] = ImportKind(
    name="projects",
    label=QT_TR_NOOP("選定事業一覧"),
    label_en="Selected project list",
    order=30,
    becomes="selected projects with their proposers and technologies",
    matched_by="programme and title",
    headings=(
        Heading("proposers", ("提案者", "提案団体", "提案自治体")),
        Heading("title", ("提案タイトル", "事業名", "タイトル")),
        Heading("selected_fiscal_year", ("選定年度", "採択年度")),
        headings.CATEGORIES,
    ),
    required=frozenset({"proposers", "title"}),
    record=ProjectRecord,
    stored_in=(("proposers", "proposers", "organization.name"),),
    build=build,
    resolve=resolve,
    write=write,
    by_program=True,
)
