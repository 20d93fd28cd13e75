"""協議会 tab: selected projects (with support status) and councils with their member lists."""

from __future__ import annotations

import datetime as dt
import functools
import html
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db.errors import ValidationError
from db.vocab import CONTINUATION_RESULTS, COUNCIL_KINDS, MEMBER_ROLES
from desktop.japanese.wareki import DateParseError, format_wareki, parse_date
from desktop.ops import councils as ops
from desktop.ops import projects as project_ops
from desktop.ops.registrations import ProgramOption, list_programs
from desktop.sheets import council_members
from desktop.ui.form_dialog import Field
from desktop.ui.record_tab import (
    RecordTable,
    TabBase,
    button,
    button_row,
    detail_browser,
    detail_html,
    search_box,
)
from desktop.ui.table_model import Column
from desktop.ui.worker import DbWorker

PROJECT_COLUMNS: list[Column[project_ops.ProjectRow]] = [
    Column("選定年度", lambda r: r.selected_label, lambda r: r.selected_fiscal_year),
    Column("No.", lambda r: r.number or "", lambda r: r.number or 0, align_right=True),
    Column("提案者", lambda r: r.proposers),
    Column("支援状況", lambda r: r.status),
    Column("支援終了", lambda r: r.term_end_label),
    Column("継続申請", lambda r: r.continuation_label),
    Column("提案タイトル", lambda r: r.title),  # last: long, and shown whole in the detail
]
# The projects view: all, or those whose term ends this year with no 継続申請 yet.
DUE_VIEW = "due"
COUNCIL_COLUMNS: list[Column[ops.CouncilRow]] = [
    Column("会議名", lambda r: r.name),
    Column("種別", lambda r: r.kind_label),
    Column("上位会議", lambda r: r.parent),
    Column("委員数", lambda r: r.member_count, lambda r: r.member_count, align_right=True),
]
MEMBER_COLUMNS: list[Column[ops.MemberRow]] = [
    Column("役割", lambda r: r.role_label),
    Column("区分", lambda r: r.group),
    Column("役職", lambda r: r.post),
    Column("氏名", lambda r: r.name),
    Column("所属", lambda r: r.organization),
    Column("任期", lambda r: r.term),
]
MEMBER_FIELDS = [
    Field("role", "役割", kind="choice", choices=list(MEMBER_ROLES.items())),
    Field("post", "役職", placeholder="例: 経済産業省地域経済産業グループ長"),
    Field("name", "氏名", help="役職だけが決まっている場合は空欄のままにします。"),
    Field("organization", "所属", placeholder="例: 経済産業省"),
    Field("group", "区分", placeholder="例: 民間事業者"),
    Field("note", "備考", placeholder="例: 必要に応じて"),
]


class CouncilsTab(TabBase):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.programs: list[ProgramOption] = []
        self.project: project_ops.ProjectDetail | None = None

        self.view_box = QComboBox()
        self.view_box.addItem("選定事業", "projects")
        self.view_box.addItem("会議・協議会", "councils")
        self.view_box.addItem("継続申請が必要な事業（今年度末で終了予定）", DUE_VIEW)
        self.projects: RecordTable[project_ops.ProjectRow] = RecordTable(PROJECT_COLUMNS, self)
        self.councils: RecordTable[ops.CouncilRow] = RecordTable(COUNCIL_COLUMNS, self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.projects)
        self.stack.addWidget(self.councils)
        self.search = search_box("検索（提案者・タイトル・会議名）  Ctrl+F", self.projects)
        self.search.textChanged.connect(self.councils.proxy.set_search)

        self.detail_view = detail_browser()
        self.members: RecordTable[ops.MemberRow] = RecordTable(MEMBER_COLUMNS, self)
        self.projects.export_title = "選定事業一覧"
        self.councils.export_title = "会議一覧"
        self.members.export_title = "委員名簿"
        self.members_title = QLabel("委員名簿")
        self.members_title.setStyleSheet("font-weight: bold;")

        self.add_project_button = button("事業を追加", self.add_project)
        self.edit_project_button = button("事業を編集", self.edit_project)
        self.continuation_button = button("継続申請を記録", self.record_continuation)
        self.project_history_button = button("変更履歴", self.project_history)
        self.member_history_button = button("履歴", self.member_history, "この委員の変更履歴")
        self.add_council_button = button("協議会を作成", self.add_council)
        self.add_member_button = button("委員を追加", self.add_member)
        self.edit_member_button = button("委員を編集", self.edit_member)
        self.delete_member_button = button("委員を削除", self.delete_member)
        self.replace_button = button(
            "委員を交代…",
            self.replace_member,
            "任期を終える委員と、その席を継ぐ委員（履歴は残ります）",
        )
        self.new_term_button = button(
            "新しい任期へ…", self.copy_roster, "今の委員全員を新しい任期の名簿に写します"
        )
        self.as_of_edit = QLineEdit()
        self.as_of_edit.setPlaceholderText("今日")
        self.as_of_edit.setToolTip(
            "この日の委員を表示・印刷します（例: 令和4年4月1日）。空欄は今日。"
        )
        self.as_of_edit.setMaximumWidth(180)
        self.as_of_edit.editingFinished.connect(self.reload_members)
        self.history_check = QCheckBox("任期外の委員も表示")
        self.history_check.toggled.connect(lambda _on: self.reload_members())
        self.up_button = button("▲", lambda: self.move_member(-1), "上へ（同じ役割の中で）")
        self.down_button = button("▼", lambda: self.move_member(1), "下へ（同じ役割の中で）")

        top = QHBoxLayout()
        top.addWidget(QLabel("表示:"))
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
            )
        )
        members_header = QHBoxLayout()
        members_header.addWidget(self.members_title, 1)
        members_header.addWidget(QLabel("時点:"))
        members_header.addWidget(self.as_of_edit)
        members_header.addWidget(self.history_check)
        right_layout.addLayout(members_header)
        right_layout.addWidget(self.members, 3)
        right_layout.addLayout(
            button_row(
                self.add_member_button,
                self.edit_member_button,
                self.replace_button,
                self.delete_member_button,
                self.up_button,
                self.down_button,
                self.member_history_button,
                self.new_term_button,
            )
        )
        splitter = QSplitter()
        splitter.addWidget(self.stack)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.view_box.currentIndexChanged.connect(self._view_changed)
        self.projects.current_row_changed.connect(self._project_selected)
        self.councils.current_row_changed.connect(self._council_selected)
        self.members.current_row_changed.connect(lambda _r: self._update_buttons())
        self.projects.doubleClicked.connect(lambda _i: self.edit_project())
        self.members.doubleClicked.connect(lambda _i: self.edit_member())
        self.council_id: int | None = None
        self._update_buttons()

    def refresh(self) -> None:
        self.worker.call(list_programs, on_result=self._set_programs)
        self.reload_projects()
        self.reload_councils()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def preview_sheet(self) -> None:
        """Ctrl+P: the member list of the selected council, with the councils under it."""
        council = self.councils.current() if self.stack.currentIndex() == 1 else None
        if council is None:
            self.status_message.emit("名簿を印刷する会議を「会議・協議会」の一覧で選んでください。")
            return
        day = self.as_of()
        if day is None:
            return
        self.show_sheet_preview(
            functools.partial(council_members.build, children=True, as_of=day), council.name
        )

    def _set_programs(self, programs: list[ProgramOption]) -> None:
        self.programs = programs

    def reload_projects(self, keep_id: int | None = None) -> None:
        self.load_table(self.projects, project_ops.list_projects, keep_id=keep_id)

    def reload_councils(self) -> None:
        self.load_table(self.councils, ops.list_councils)

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
            self.detail_view.setHtml("<p>事業を選ぶと、詳細と協議会の委員名簿が表示されます。</p>")
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
                ("事業", detail.program),
                ("提案者", detail.proposers),
                ("選定年度", row.selected_label),
                ("支援状況", f"{row.status}（{row.term_end_label}末まで）"),
                ("技術", row.technologies),
                ("現地支援責任者", "、".join(detail.onsite_leads)),
                (
                    "継続申請",
                    "、".join(c.text for c in detail.continuations) or row.continuation_label,
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
            self.detail_view.setHtml("<p>会議を選ぶと、委員名簿が表示されます。</p>")
            self._set_council(None, "")
            return
        self.detail_view.setHtml(
            detail_html(
                row.name,
                [("種別", row.kind_label), ("上位会議", row.parent), ("事業", row.project)],
            )
        )
        self._set_council(row.id, row.name)

    def _set_council(self, council_id: int | None, name: str) -> None:
        self.council_id = council_id
        if council_id is None:
            self.members_title.setText("委員名簿（協議会が登録されていません）")
            self.members.set_rows([])
        else:
            self.members_title.setText(f"委員名簿 — {name}")
            self.reload_members()
        self._update_buttons()

    def as_of(self) -> dt.date | None:
        """The day whose members are shown and printed (today when blank); None: unreadable,
        which is said in the status bar."""
        text = self.as_of_edit.text().strip()
        if not text:
            return dt.date.today()
        try:
            return parse_date(text)
        except DateParseError as exc:
            self.status_message.emit(f"時点: {exc}")
            return None

    def reload_members(self, keep_id: int | None = None) -> None:
        if self.council_id is None:
            return
        day = self.as_of()
        if day is None:
            return
        shown = None if self.history_check.isChecked() else day
        self.load_table(self.members, ops.list_members, self.council_id, shown, keep_id=keep_id)

    def _update_buttons(self) -> None:
        writable = not self.read_only
        on_projects = self.stack.currentIndex() == 0
        self.add_project_button.setEnabled(writable and on_projects)
        self.edit_project_button.setEnabled(writable and on_projects and self.project is not None)
        self.continuation_button.setEnabled(writable and on_projects and self.project is not None)
        self.add_council_button.setEnabled(
            writable and on_projects and self.project is not None and self.council_id is None
        )
        has_council = self.council_id is not None
        has_member = self.members.current() is not None
        self.add_member_button.setEnabled(writable and has_council)
        self.new_term_button.setEnabled(writable and has_council)
        for widget in (
            self.edit_member_button,
            self.replace_button,
            self.delete_member_button,
            self.up_button,
            self.down_button,
        ):
            widget.setEnabled(writable and has_member)

    # editing -----------------------------------------------------------------------------
    def _project_fields(self) -> list[Field]:
        return [
            Field(
                "program_id",
                "事業",
                kind="choice",
                choices=[(str(p.id), p.name) for p in self.programs],
            ),
            Field("title", "提案タイトル", required=True),
            Field("proposers", "提案者", required=True, placeholder="例: 北海道、岩見沢市、更別村"),
            Field(
                "selected_fiscal_year",
                "選定年度",
                required=True,
                placeholder="例: 令和2年度、R2、2020",
            ),
            Field("number", "No."),
            Field("summary", "概要", kind="multiline"),
        ]

    def add_project(self) -> None:
        self._project_form("事業を追加", {}, None, None)

    def edit_project(self) -> None:
        d = self.project
        if d is None or self.read_only:
            return
        values = {
            "program_id": str(d.program_id),
            "title": d.title,
            "proposers": d.proposers,
            "selected_fiscal_year": str(d.selected_fiscal_year),
            "number": str(d.number or ""),
            "summary": d.summary,
        }
        self._project_form("事業を編集", values, d.id, d.version)

    def _project_form(
        self, title: str, values: dict[str, str], project_id: int | None, version: int | None
    ) -> None:
        def save(v: dict[str, str]) -> tuple[Any, Any]:
            program_id = v.pop("program_id")
            if not program_id:
                raise ValidationError(
                    "事業を選んでください（先に事業の枠組みを登録します）。", "program_id"
                )
            data = project_ops.ProjectInput(
                program_id=int(program_id), id=project_id, version=version, **v
            )
            return project_ops.save_project, data

        def saved(new_id: int) -> None:
            self.status_message.emit("事業を保存しました。")
            self.reload_projects(keep_id=new_id)

        self.edit_form(title, self._project_fields(), values, save, saved)

    def project_history(self) -> None:
        if self.project is not None:
            self.show_history("project", self.project.id, self.project.title)

    def member_history(self) -> None:
        m = self.members.current()
        if m is not None:
            self.show_history("membership", m.id, m.name or m.post)

    def record_continuation(self) -> None:
        """A new 継続申請 of the selected project, or the decision on the one under review."""
        d = self.project
        if d is None or self.read_only:
            return
        open_one = next((c for c in d.continuations if c.result != "rejected"), None)
        values = {"result": "pending"}
        if open_one is not None:
            values = {
                "submitted_on": format_wareki(open_one.submitted_on)
                if open_one.submitted_on
                else "",
                "decided_on": format_wareki(open_one.decided_on) if open_one.decided_on else "",
                "result": open_one.result,
            }
        fields = [
            Field("submitted_on", "提出日", placeholder="例: 令和3年11月1日"),
            Field("decided_on", "決定日", placeholder="審査中は空欄（例: 令和3年12月17日）"),
            Field("result", "審査結果", kind="choice", choices=list(CONTINUATION_RESULTS.items())),
        ]

        def save(v: dict[str, str]) -> tuple[Any, Any]:
            data = project_ops.ContinuationInput(
                project_id=d.id, id=open_one.id if open_one else None, **v
            )
            return project_ops.save_continuation, data

        def saved(_id: int) -> None:
            self.status_message.emit("継続申請を記録しました。")
            self.reload_projects(keep_id=d.id)

        title = "継続申請の審査結果を記録" if open_one else "継続申請を記録"
        self.edit_form(f"{title} — {d.title}", fields, values, save, saved)

    def add_council(self) -> None:
        """Set up the 地域実装協議会 of the selected project."""
        d = self.project
        if d is None or self.read_only:
            return
        first_proposer = d.proposers.split("、")[0]
        fields = [
            Field("name", "会議名", required=True),
            Field("kind", "種別", kind="choice", choices=list(COUNCIL_KINDS.items())),
            Field("note", "備考"),
        ]
        values = {"name": f"{first_proposer} 地域実装協議会", "kind": "regional"}

        def save(v: dict[str, str]) -> tuple[Any, Any]:
            return ops.add_council, ops.CouncilInput(project_id=d.id, **v)

        def saved(_new_id: int) -> None:
            self.status_message.emit("協議会を作成しました。委員を追加してください。")
            self.reload_councils()
            self.reload_projects(keep_id=d.id)  # reselecting shows the new council

        self.edit_form(f"協議会を作成 — {d.title}", fields, values, save, saved)

    def add_member(self) -> None:
        if self.council_id is None or self.read_only:
            return
        self._member_form("委員を追加", {"role": "member"}, None, None)

    def edit_member(self) -> None:
        m = self.members.current()
        if m is None or self.read_only:
            return
        values = {
            "role": m.role,
            "post": m.post,
            "name": m.name,
            "organization": m.organization,
            "group": m.group,
            "note": m.note,
        }
        self._member_form("委員を編集", values, m.id, m.version)

    def _member_form(
        self, title: str, values: dict[str, str], member_id: int | None, version: int | None
    ) -> None:
        council_id = self.council_id
        assert council_id is not None

        def save(v: dict[str, str]) -> tuple[Any, Any]:
            data = ops.MemberInput(council_id=council_id, id=member_id, version=version, **v)
            return ops.save_member, data

        def saved(new_id: int) -> None:
            self.status_message.emit("委員を保存しました。")
            self.reload_members(keep_id=new_id)
            self.reload_councils()

        self.edit_form(title, MEMBER_FIELDS, values, save, saved)

    def replace_member(self) -> None:
        """The selected seat goes to someone new from a day on (the old term ends the day before)."""
        m = self.members.current()
        if m is None or self.read_only:
            return
        fields = [
            Field(
                "from_date",
                "交代する日",
                required=True,
                placeholder="新しい委員の任期の初日（例: 令和4年4月1日）",
            ),
            Field("name", "新しい委員の氏名", required=True),
            Field("post", "役職", placeholder=f"空欄: 同じ（{m.post or '－'}）"),
            Field("organization", "所属", placeholder=f"空欄: 同じ（{m.organization or '－'}）"),
        ]

        def save(v: dict[str, str]) -> tuple[Any, Any]:
            return ops.replace_member, ops.ReplacementInput(m.id, m.version, **v)

        def saved(new_id: int) -> None:
            self.status_message.emit(f"{m.name or m.post}の席を交代しました（履歴は残ります）。")
            self.reload_members(keep_id=new_id)
            self.reload_councils()

        self.edit_form(f"委員を交代 — {m.name or m.post}", fields, {}, save, saved)

    def copy_roster(self) -> None:
        council_id = self.council_id
        if council_id is None or self.read_only:
            return
        fields = [
            Field("start", "新しい任期の初日", required=True, placeholder="例: 令和4年4月1日"),
            Field("end", "任期の終わり", placeholder="空欄: 定めなし（例: 令和6年3月31日）"),
        ]

        def save(v: dict[str, str]) -> tuple[Any, Any]:
            return ops.copy_roster, ops.NewTermInput(council_id, **v)

        def saved(count: int) -> None:
            self.status_message.emit(f"{count}名を新しい任期の名簿に写しました。")
            self.reload_members()
            self.reload_councils()

        self.edit_form("名簿を新しい任期へ", fields, {}, save, saved)

    def delete_member(self) -> None:
        m = self.members.current()
        if m is None or self.read_only:
            return
        self.delete_record(
            f"委員「{m.name or m.post}」",
            ops.delete_member,
            m.id,
            m.version,
            then=self._members_changed,
        )

    def _members_changed(self) -> None:
        self.reload_members()
        self.reload_councils()

    def move_member(self, step: int) -> None:
        m = self.members.current()
        if m is None or self.read_only:
            return
        self.worker.call(
            ops.move_member,
            m.id,
            step,
            on_result=lambda _r: self.reload_members(keep_id=m.id),
            on_error=self.report_error,
        )
