"""協議会 tab: selected projects (with support status) and councils with their member lists."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.errors import ValidationError
from db.vocab import CONTINUATION_RESULTS, COUNCIL_KINDS, label
from desktop.catalogue import Listed
from desktop.ops import councils as ops
from desktop.ops import projects as project_ops
from desktop.ops.registrations import ProgramOption, list_programs
from desktop.sheets.registry import Selection
from desktop.ui.dialogs.form import Field
from desktop.ui.i18n import QT_TR_NOOP, language, listed, show_date, show_fiscal_year, tr
from desktop.ui.tabs.base import UNREADABLE, TabBase
from desktop.ui.tabs.meetings_panel import MeetingsPanel
from desktop.ui.tabs.roster_panel import RosterPanel
from desktop.ui.widgets.record_table import (
    RecordTable,
    button,
    button_row,
    detail_browser,
    detail_html,
    search_box,
)
from desktop.ui.widgets.table_model import Column
from desktop.ui.worker import DbWorker


def continuation_shown(row: project_ops.ProjectRow) -> str:
    """承認, or 未申請（期限 令和3年11月30日） (Not applied for (due 2021-11-30) in English)."""
    return row.continuation_note.text(language())


def council_kind(row: ops.CouncilRow) -> str:
    return tr(label(COUNCIL_KINDS, row.kind))


def secretariat_field() -> Field:
    return Field(
        "secretariat",
        tr("事務局"),
        placeholder=tr("例: 内閣府地方創生推進事務局"),
        help=tr("名簿の下に印刷されます。"),
    )


PROJECT_COLUMNS: list[Column[project_ops.ProjectRow]] = [
    Column(
        QT_TR_NOOP("選定年度"),
        lambda r: show_fiscal_year(r.selected_fiscal_year),
        lambda r: r.selected_fiscal_year,
    ),
    Column(QT_TR_NOOP("No."), lambda r: r.number or "", lambda r: r.number or 0, align_right=True),
    Column(QT_TR_NOOP("提案者"), lambda r: listed(r.proposers)),
    Column(QT_TR_NOOP("支援状況"), lambda r: tr(r.status)),
    Column(
        QT_TR_NOOP("支援終了"),
        lambda r: show_fiscal_year(r.term_end_fiscal_year),
        lambda r: r.term_end_fiscal_year,
    ),
    Column(QT_TR_NOOP("継続申請"), continuation_shown),
    Column(
        QT_TR_NOOP("提案タイトル"), lambda r: r.title
    ),  # last: long, and shown whole in the detail
]
# The projects view: all, or those whose term ends this year with no 継続申請 yet.
DUE_VIEW = "due"
COUNCIL_COLUMNS: list[Column[ops.CouncilRow]] = [
    Column(QT_TR_NOOP("会議名"), lambda r: r.name),
    Column(QT_TR_NOOP("種別"), council_kind),
    Column(QT_TR_NOOP("上位会議"), lambda r: r.parent),
    Column(
        QT_TR_NOOP("委員数"), lambda r: r.member_count, lambda r: r.member_count, align_right=True
    ),
]


class CouncilsTab(TabBase):
    default_sheet = "council-members"  # with the councils under it
    supplies = (Selection.COUNCIL, Selection.ROSTER_DAY, Selection.MEETING)
    shows = frozenset(
        {
            "project",
            "project_proposer",
            "continuation",
            "program",
            "category",
            "council",
            "membership",
            "person",
            "organization",
            "meeting",
            "invitation",
        }
    )

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.programs: list[ProgramOption] = []
        self.project: project_ops.ProjectDetail | None = None

        self.view_box = QComboBox()
        self.view_box.addItem(tr("選定事業"), "projects")
        self.view_box.addItem(tr("会議・協議会"), "councils")
        self.view_box.addItem(tr("継続申請が必要な事業（今年度末で終了予定）"), DUE_VIEW)
        self.projects: RecordTable[project_ops.ProjectRow] = RecordTable(PROJECT_COLUMNS, self)
        self.councils: RecordTable[ops.CouncilRow] = RecordTable(COUNCIL_COLUMNS, self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.projects)
        self.stack.addWidget(self.councils)
        self.search = search_box(tr("検索（提案者・タイトル・会議名）  Ctrl+F"), self.projects)
        self.search.textChanged.connect(self.councils.proxy.set_search)

        self.detail_view = detail_browser()
        self.roster = RosterPanel(self, self.reload_councils)
        self.meetings = MeetingsPanel(self)
        self.add_project_button = button(tr("事業を追加"), self.add_project)
        self.edit_project_button = button(tr("事業を編集"), self.edit_project)
        self.continuation_button = button(tr("継続申請を記録"), self.record_continuation)
        self.project_history_button = button(tr("変更履歴"), self.project_history)
        self.add_council_button = button(tr("協議会を作成"), self.add_council)
        # The 会議・協議会 view's own: any council (連絡会議, its 幹事会, a 検討会 …).
        self.new_council_button = button(
            tr("会議を追加"), self.new_council, tr("連絡会議・幹事会・検討会などを追加します")
        )
        self.edit_council_button = button(
            tr("会議を編集"), self.edit_council, tr("会議名・種別・上位会議・事務局を変えます")
        )
        self.delete_council_button = button(tr("会議を削除"), self.delete_council)

        top = QHBoxLayout()
        top.addWidget(QLabel(tr("表示:")))
        top.addWidget(self.view_box)
        top.addWidget(self.search, 1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail_view, 2)
        right_layout.addLayout(
            button_row(
                self.add_project_button,
                self.edit_project_button,
                self.continuation_button,
                self.add_council_button,
                self.project_history_button,
                self.new_council_button,
                self.edit_council_button,
                self.delete_council_button,
            )
        )
        # The council's members, or its meetings with their invitees: one page at a time, so
        # that each has the pane's height.
        self.council_pages = QTabWidget()
        self.council_pages.addTab(self.roster, tr("委員名簿"))
        self.council_pages.addTab(self.meetings, tr("会議・出欠"))
        right_layout.addWidget(self.council_pages, 3)
        splitter = QSplitter()
        splitter.addWidget(self.stack)
        splitter.addWidget(right)
        # The list takes most of the width the panes' own needs leave: the roster's buttons
        # already claim ~700 px on the right, and the list's タイトル is what tells projects apart.
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.view_box.currentIndexChanged.connect(self._view_changed)
        self.projects.current_row_changed.connect(self._project_selected)
        self.councils.current_row_changed.connect(self._council_selected)
        self.projects.edit_with(self.edit_project)
        self.councils.edit_with(self.edit_council, self.delete_council)
        self.update_buttons()

    def refresh(self) -> None:
        self.worker.call(list_programs, on_result=self._set_programs)
        self.reload_projects()
        self.reload_councils()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def natural_sheet(self) -> str | None:
        """Ctrl+P prints what the list shows: the council's members, the selected projects, or
        the projects due for renewal with their support status."""
        view = self.view_box.currentData()
        if view == "councils" and self.council_pages.currentWidget() is self.meetings:
            return "attendance"  # the 受付簿 of the meeting selected
        if view == "councils":
            return self.default_sheet
        return "support-status" if view == DUE_VIEW else "projects"

    def selected(self, what: Selection) -> object:
        """The council selected in the 会議・協議会 list, the day its members are shown for,
        and the meeting selected on its 会議・出欠 page."""
        if what is Selection.COUNCIL:
            council = self.councils.current() if self.stack.currentIndex() == 1 else None
            return None if council is None else council.name
        if what is Selection.MEETING:
            showing = self.stack.currentIndex() == 1
            return self.meetings.selected_number() if showing else None
        day = self.roster.as_of()
        return UNREADABLE if day is None else day

    def _set_programs(self, programs: list[ProgramOption]) -> None:
        self.programs = programs

    def reload_projects(self, keep_id: int | None = None) -> None:
        self.load_table(self.projects, project_ops.list_projects, keep_id=keep_id)

    def reload_councils(self, keep_id: int | None = None) -> None:
        self.load_table(self.councils, ops.list_councils, keep_id=keep_id)

    def _view_changed(self, index: int) -> None:
        view = self.view_box.itemData(index)
        on_projects = view != "councils"
        self.stack.setCurrentIndex(0 if on_projects else 1)
        due = view == DUE_VIEW
        self.projects.proxy.set_row_filter(
            (lambda r: r.continuation_deadline is not None) if due else None
        )
        if on_projects:
            self._project_selected(self.projects.current())
        else:
            self._council_selected(self.councils.current())

    # projects ----------------------------------------------------------------------------
    def _project_selected(self, row: project_ops.ProjectRow | None) -> None:
        if self.stack.currentIndex() != 0:
            return
        self.project = None
        if row is None:
            self.detail_view.setHtml(
                tr("<p>事業を選ぶと、詳細と協議会の委員名簿が表示されます。</p>")
            )
            self._set_council(None, "")
            return
        self.worker.call(
            project_ops.get_project, row.id, on_result=lambda d: self._show_project(d, row)
        )

    def _show_project(self, detail: project_ops.ProjectDetail, row: project_ops.ProjectRow) -> None:
        self.project = detail
        text = detail_html(
            detail.title,
            [
                (tr("事業"), detail.program),
                (tr("提案者"), listed(detail.proposers)),
                (tr("選定年度"), show_fiscal_year(row.selected_fiscal_year)),
                (
                    tr("支援状況"),
                    tr("{status}（{term_end_label}末まで）").format(
                        status=tr(row.status),
                        term_end_label=show_fiscal_year(row.term_end_fiscal_year),
                    ),
                ),
                (tr("技術"), listed(row.technologies)),
                (tr("現地支援責任者"), listed(detail.onsite_leads)),
                (
                    tr("継続申請"),
                    Listed(tuple(c.note for c in detail.continuations)).text(language())
                    or continuation_shown(row),
                ),
            ],
        )
        if detail.summary:
            text += f"<p style='color:#444'>{html.escape(detail.summary)}</p>"
        self.detail_view.setHtml(text)
        council = detail.councils[0] if detail.councils else None
        self._set_council(council[0] if council else None, council[1] if council else "")

    # councils ----------------------------------------------------------------------------
    def _council_selected(self, row: ops.CouncilRow | None) -> None:
        if self.stack.currentIndex() != 1:
            return
        if row is None:
            self.detail_view.setHtml(tr("<p>会議を選ぶと、委員名簿が表示されます。</p>"))
            self._set_council(None, "")
            return
        self.detail_view.setHtml(
            detail_html(
                row.name,
                [
                    (tr("種別"), council_kind(row)),
                    (tr("上位会議"), row.parent),
                    (tr("事業"), row.project),
                    (tr("事務局"), row.secretariat),
                ],
            )
        )
        self._set_council(row.id, row.name)

    def show_member(self, council_id: int, membership_id: int, *, out_of_term: bool) -> None:
        """Open a member found elsewhere (人を探す): the 会議・協議会 view, the council and the
        member selected (a term not current shown with the other terms)."""
        self.search.clear()
        self.view_box.setCurrentIndex(self.view_box.findData("councils"))
        if not self.councils.select_id(council_id):
            return  # deleted meanwhile
        self.council_pages.setCurrentWidget(self.roster)
        if out_of_term:
            self.roster.history_check.setChecked(True)
        self.roster.reload(keep_id=membership_id)

    def show_meeting(self, council_id: int, meeting_id: int, invitation_id: int) -> None:
        """Open a meeting found elsewhere (人を探す): the council, the meeting and the invitee
        selected."""
        self.search.clear()
        self.view_box.setCurrentIndex(self.view_box.findData("councils"))
        if self.councils.select_id(council_id):
            self.show_meetings()
            self.meetings.open_meeting(meeting_id, invitation_id)

    def show_meetings(self) -> None:
        """The 会議・出欠 page in front of the roster."""
        self.council_pages.setCurrentWidget(self.meetings)

    def _set_council(self, council_id: int | None, name: str) -> None:
        self.roster.show_council(council_id, name)
        self.meetings.show_council(council_id, name)
        self.update_buttons()

    def update_buttons(self) -> None:
        writable = not self.read_only
        on_projects = self.stack.currentIndex() == 0
        self.add_project_button.setEnabled(writable and on_projects)
        self.edit_project_button.setEnabled(writable and on_projects and self.project is not None)
        self.continuation_button.setEnabled(writable and on_projects and self.project is not None)
        self.add_council_button.setEnabled(
            writable and on_projects and self.project is not None and self.roster.council_id is None
        )
        self.project_history_button.setEnabled(on_projects and self.project is not None)
        # Each view shows the buttons of its own records.
        for project_button in (
            self.add_project_button,
            self.edit_project_button,
            self.continuation_button,
            self.add_council_button,
            self.project_history_button,
        ):
            project_button.setVisible(on_projects)
        has_council = not on_projects and self.councils.current() is not None
        for council_button in (
            self.new_council_button,
            self.edit_council_button,
            self.delete_council_button,
        ):
            council_button.setVisible(not on_projects)
        self.new_council_button.setEnabled(writable and not on_projects)
        self.edit_council_button.setEnabled(writable and has_council)
        self.delete_council_button.setEnabled(writable and has_council)
        self.roster.update_buttons()
        self.meetings.update_buttons()

    # editing -----------------------------------------------------------------------------
    def _project_fields(self) -> list[Field]:
        return [
            Field(
                "program_id",
                tr("事業"),
                kind="choice",
                choices=[(str(p.id), p.name) for p in self.programs],
            ),
            Field("title", tr("提案タイトル"), required=True),
            Field(
                "proposers",
                tr("提案者"),
                required=True,
                placeholder=tr("例: 北海道、岩見沢市、更別村"),
            ),
            Field(
                "selected_fiscal_year",
                tr("選定年度"),
                required=True,
                placeholder=tr("例: 令和2年度、R2、2020"),
            ),
            Field("number", "No."),
            Field("summary", tr("概要"), kind="multiline"),
        ]

    def add_project(self) -> None:
        self._project_form(tr("事業を追加"), {}, None, None)

    def edit_project(self) -> None:
        d = self.project
        if d is None or self.read_only:
            return
        values = {
            "program_id": str(d.program_id),
            "title": d.title,
            "proposers": listed(d.proposers),
            "selected_fiscal_year": str(d.selected_fiscal_year),
            "number": str(d.number or ""),
            "summary": d.summary,
        }
        self._project_form(tr("事業を編集"), values, d.id, d.version)

    def _project_form(
        self, title: str, values: dict[str, str], project_id: int | None, version: int | None
    ) -> None:
        def save(v: dict[str, str]) -> tuple[Any, Any]:
            program_id = v.pop("program_id")
            if not program_id:
                raise ValidationError(
                    tr("事業を選んでください（先に事業の枠組みを登録します）。"), "program_id"
                )
            data = project_ops.ProjectInput(
                program_id=int(program_id), id=project_id, version=version, **v
            )
            return project_ops.save_project, data

        def saved(new_id: int) -> None:
            self.status_message.emit(tr("事業を保存しました。"))
            self.reload_projects(keep_id=new_id)

        self.edit_form(title, self._project_fields(), values, save, saved)

    def project_history(self) -> None:
        if self.project is not None:
            self.show_history("project", self.project.id, self.project.title)

    def record_continuation(self) -> None:
        """A new 継続申請 of the selected project, or the decision on the one under review."""
        d = self.project
        if d is None or self.read_only:
            return
        open_one = next((c for c in d.continuations if c.result != "rejected"), None)
        values = {"result": "pending"}
        if open_one is not None:
            values = {
                "submitted_on": show_date(open_one.submitted_on) if open_one.submitted_on else "",
                "decided_on": show_date(open_one.decided_on) if open_one.decided_on else "",
                "result": open_one.result,
            }
        fields = [
            Field("submitted_on", tr("提出日"), placeholder=tr("例: 令和3年11月1日")),
            Field(
                "decided_on", tr("決定日"), placeholder=tr("審査中は空欄（例: 令和3年12月17日）")
            ),
            Field(
                "result", tr("審査結果"), kind="choice", choices=list(CONTINUATION_RESULTS.items())
            ),
        ]

        def save(v: dict[str, str]) -> tuple[Any, Any]:
            data = project_ops.ContinuationInput(
                project_id=d.id,
                id=open_one.id if open_one else None,
                project_version=d.version,
                **v,
            )
            return project_ops.save_continuation, data

        def saved(_id: int) -> None:
            self.status_message.emit(tr("継続申請を記録しました。"))
            self.reload_projects(keep_id=d.id)

        title = tr("継続申請の審査結果を記録") if open_one else tr("継続申請を記録")
        self.edit_form(f"{title} — {d.title}", fields, values, save, saved)

    def add_council(self) -> None:
        """Set up the 地域実装協議会 of the selected project."""
        d = self.project
        if d is None or self.read_only:
            return
        first_proposer = d.proposers[0] if d.proposers else ""
        fields = [
            Field("name", tr("会議名"), required=True),
            Field("kind", tr("種別"), kind="choice", choices=list(COUNCIL_KINDS.items())),
            secretariat_field(),
            Field("note", tr("備考")),
        ]
        values = {
            "name": f"{first_proposer} 地域実装協議会",  # a name in the data: Japanese
            "kind": "regional",
        }

        def save(v: dict[str, str]) -> tuple[Any, Any]:
            data = ops.CouncilInput(
                v["name"],
                v["kind"],
                project_id=d.id,
                note=v["note"],
                secretariat=v["secretariat"],
            )
            return ops.add_council, data

        def saved(_new_id: int) -> None:
            self.status_message.emit(tr("協議会を作成しました。委員を追加してください。"))
            self.reload_councils()
            self.reload_projects(keep_id=d.id)  # reselecting shows the new council

        self.edit_form(
            tr("協議会を作成 — {title}").format(title=d.title), fields, values, save, saved
        )

    def _council_fields(self, editing: int | None) -> list[Field]:
        """The council form; the councils it may sit under are the others listed."""
        others = [(str(c.id), c.name) for c in self.councils.source.rows() if c.id != editing]
        return [
            Field(
                "name", tr("会議名"), required=True, placeholder=tr("例: ○○市 スマートシティ検討会")
            ),
            Field("kind", tr("種別"), kind="choice", choices=list(COUNCIL_KINDS.items())),
            Field(
                "parent_id",
                tr("上位会議"),
                kind="choice",
                choices=[("", tr("（なし）")), *others],
                help=tr("幹事会は、その上の連絡会議を選びます。"),
            ),
            secretariat_field(),
            Field("note", tr("備考")),
        ]

    def new_council(self) -> None:
        """A council of its own (not a project's): a 連絡会議, a 幹事会 under it, a 検討会 …"""
        if self.read_only:
            return
        self._council_form(tr("会議を追加"), {"kind": "other"}, None, None)

    def edit_council(self) -> None:
        c = self.councils.current() if self.stack.currentIndex() == 1 else None
        if c is None or self.read_only:
            return
        values = {
            "name": c.name,
            "kind": c.kind,
            "parent_id": str(c.parent_id or ""),
            "secretariat": c.secretariat,
            "note": c.note,
        }
        self._council_form(tr("会議を編集 — {name}").format(name=c.name), values, c.id, c.version)

    def _council_form(
        self, title: str, values: dict[str, str], council_id: int | None, version: int | None
    ) -> None:
        def save(v: dict[str, str]) -> tuple[Any, Any]:
            data = ops.CouncilInput(
                v["name"],
                v["kind"],
                note=v["note"],
                parent_id=int(v["parent_id"]) if v["parent_id"] else None,
                secretariat=v["secretariat"],
                id=council_id,
                version=version,
            )
            return ops.save_council, data

        def saved(new_id: int) -> None:
            self.status_message.emit(tr("会議を保存しました。"))
            self.reload_councils(keep_id=new_id)

        self.edit_form(title, self._council_fields(council_id), values, save, saved)

    def delete_council(self) -> None:
        """Asks first, saying how many members go with it."""
        c = self.councils.current() if self.stack.currentIndex() == 1 else None
        if c is None or self.read_only:
            return
        what = tr("会議「{name}」").format(name=c.name)
        if c.member_count:
            what = tr("会議「{name}」と委員{count}名（過去・今後の任期を含む）").format(
                name=c.name, count=c.member_count
            )
        self.delete_record(what, ops.delete_council, c.id, c.version, then=self.reload_councils)
