"""登録 tab: organizations, filtered by program and category, with their registrations."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from db.change_set import ChangeSet
from db.vocab import ORGANIZATION_KINDS, REGISTRATION_ROLES, REGISTRATION_STATUSES, label
from desktop.ops import registrations as ops
from desktop.sheets.registry import Selection
from desktop.ui.dialogs.form import Field, postal_address_fields
from desktop.ui.dialogs.matching import MatchingDialog
from desktop.ui.i18n import QT_TR_NOOP, listed, show_date, tr
from desktop.ui.tabs.base import TabBase
from desktop.ui.widgets.database_search import Answer, DatabaseSearch
from desktop.ui.widgets.record_table import (
    RecordTable,
    button,
    button_row,
    detail_browser,
    detail_html,
    search_box,
)
from desktop.ui.widgets.table_model import Column, by_reading
from desktop.ui.worker import DbWorker

# Said in the registrations pane while no organization is selected.
NO_ORGANIZATION_CHOSEN = QT_TR_NOOP("団体を選ぶと、その団体の登録が表示されます。")


def organization_kind(row: ops.OrganizationRow) -> str:
    return tr(label(ORGANIZATION_KINDS, row.kind))


def registration_role(row: ops.RegistrationRow) -> str:
    return tr(label(REGISTRATION_ROLES, row.role))


def registration_status(row: ops.RegistrationRow) -> str:
    return tr(label(REGISTRATION_STATUSES, row.status))


def received_on(row: ops.RegistrationRow) -> str:
    """令和2年7月20日, or 2020-07-20 in English; nothing when not known."""
    return show_date(row.received_on) if row.received_on else ""


COLUMNS: list[Column[ops.OrganizationRow]] = [
    # Sorting by 団体名 uses the customary order: codes for local governments, kana otherwise.
    Column(QT_TR_NOOP("団体名"), lambda r: r.name, lambda r: r.sort_key),
    Column(QT_TR_NOOP("区分"), organization_kind),
    Column(QT_TR_NOOP("団体コード"), lambda r: r.lg_code),
    Column(QT_TR_NOOP("フリガナ"), lambda r: r.kana, by_reading),
    Column(
        QT_TR_NOOP("登録数"),
        lambda r: r.registration_count,
        lambda r: r.registration_count,
        align_right=True,
    ),
]

REGISTRATION_COLUMNS: list[Column[ops.RegistrationRow]] = [
    Column(QT_TR_NOOP("事業"), lambda r: r.program),
    Column(QT_TR_NOOP("区分"), registration_role),
    Column(QT_TR_NOOP("分野"), lambda r: listed(r.categories)),
    Column(QT_TR_NOOP("状態"), registration_status),
    Column(QT_TR_NOOP("公表"), lambda r: tr("可") if r.publish_consent else tr("否")),
    Column(
        QT_TR_NOOP("受付日"),
        received_on,
        lambda r: r.received_on.isoformat() if r.received_on else "",
        raw=lambda r: r.received_on,
        kind="date",
    ),
    Column(QT_TR_NOOP("概要"), lambda r: r.summary),
]

ORGANIZATION_FIELDS = [
    Field(
        "name",
        QT_TR_NOOP("団体名"),
        required=True,
        placeholder=QT_TR_NOOP("例: 秩父市、株式会社〇〇"),
    ),
    Field("kind", QT_TR_NOOP("団体区分"), kind="choice", choices=list(ORGANIZATION_KINDS.items())),
    Field(
        "kana",
        QT_TR_NOOP("フリガナ"),
        placeholder=QT_TR_NOOP("例: ちちぶし（ひらがな・カタカナどちらでも）"),
    ),
    Field(
        "lg_code",
        QT_TR_NOOP("地方公共団体コード"),
        placeholder=QT_TR_NOOP("例: 112071"),
        help=QT_TR_NOOP("都道府県・市区町村は6桁（検査数字を含む）で入力してください。"),
    ),
    *postal_address_fields(
        QT_TR_NOOP(
            "郵便番号を入力すると、住所が空欄なら日本郵便のデータから入ります。番地や建物名を続けてください。"
        )
    ),
    Field("phone", QT_TR_NOOP("電話番号")),
    Field("email", QT_TR_NOOP("メールアドレス")),
    Field("note", QT_TR_NOOP("備考"), kind="multiline"),
]


class RegistrationsTab(TabBase):
    supplies = (Selection.PROGRAM, Selection.CATEGORY)
    shows = frozenset(
        {
            "organization",
            "person",
            "registration",
            "registration_categories",
            "program",
            "category",
            "measure",
            "measure_selection",
            "council",
            "membership",
            "project",
            "project_proposer",
        }
    )

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.programs: list[ops.ProgramOption] = []
        self.detail: ops.OrganizationDetail | None = None
        self._keep_registration: int | None = None

        self.program_box = QComboBox()
        self.program_box.setMinimumContentsLength(16)
        self.category_box = QComboBox()
        self.category_box.setMinimumContentsLength(16)
        # The database searches the organizations (their stored search keys): a national
        # programme's 100,000 rows and their summaries are never made into text here.
        self.table: RecordTable[ops.OrganizationRow] = RecordTable(
            COLUMNS, self, searched_here=False
        )
        self.table.export_title = tr("団体一覧")
        self.search = search_box(tr("検索（団体名・フリガナ・コード・概要）  Ctrl+F"))
        self.searcher = DatabaseSearch(self.search, self.table, self._ask_search)
        self.count_label = QLabel()
        self.detail_view = detail_browser()

        self.add_button = button(
            tr("団体を追加"), self.add_organization, tr("新しい団体を登録します")
        )
        self.edit_button = button(tr("編集"), self.edit_organization)
        self.delete_button = button(tr("削除"), self.delete_organization)
        self.history_button = button(tr("変更履歴"), self.organization_history)
        self.matching_button = button(
            tr("マッチング…"),
            self.show_matching,
            tr("分野ごとに関心・提供・支援策を並べて見ます（Ctrl+M）"),
        )
        self.matching_dialog: MatchingDialog | None = None
        self.registrations: RecordTable[ops.RegistrationRow] = RecordTable(
            REGISTRATION_COLUMNS, self
        )
        self.registrations.empty_text = tr(NO_ORGANIZATION_CHOSEN)
        self.registrations_title = QLabel(tr("登録"))
        self.registrations_title.setStyleSheet("font-weight: bold;")
        self.add_registration_button = button(tr("登録を追加"), self.add_registration)
        self.edit_registration_button = button(tr("登録を編集"), self.edit_registration)
        self.delete_registration_button = button(tr("登録を削除"), self.delete_registration)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("事業:")))
        filters.addWidget(self.program_box, 2)
        filters.addWidget(QLabel(tr("分野:")))
        filters.addWidget(self.category_box, 2)
        filters.addWidget(self.search, 3)
        filters.addWidget(self.count_label)
        filters.addWidget(self.matching_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail_view, 2)
        right_layout.addLayout(
            button_row(self.add_button, self.edit_button, self.delete_button, self.history_button)
        )
        right_layout.addWidget(self.registrations_title)
        right_layout.addWidget(self.registrations, 2)
        right_layout.addLayout(
            button_row(
                self.add_registration_button,
                self.edit_registration_button,
                self.delete_registration_button,
            )
        )
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self.program_box.currentIndexChanged.connect(self._program_changed)
        self.category_box.currentIndexChanged.connect(lambda _i: self.reload_rows())
        self.table.current_row_changed.connect(self._show_detail)
        for signal in (
            self.table.proxy.rowsInserted,
            self.table.proxy.rowsRemoved,
            self.table.proxy.modelReset,
            self.table.proxy.layoutChanged,
        ):
            signal.connect(lambda *_: self._update_count())
        self.table.edit_with(self.edit_organization, self.delete_organization)
        self.registrations.current_row_changed.connect(lambda _r: self.update_buttons())
        self.registrations.edit_with(self.edit_registration, self.delete_registration)
        self.update_buttons()

    # loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.worker.call(ops.list_programs, on_result=self._set_programs)

    def show_changes(self, changed: ChangeSet) -> None:
        """The organizations again, with the programme and field chosen kept (F5, and a change
        to the programmes, asks for the programmes again as well)."""
        if changed.touches(["program", "category"]):
            self.refresh()
        else:
            self.reload_rows()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def natural_sheet(self) -> str:
        """Ctrl+P: the matching sheet of the chosen field, the expert catalog of the chosen
        programme, or (nothing chosen) the 登録状況."""
        if self._selected_program() is None:
            return "counts"
        return "matching" if self.category_box.currentData() is not None else "expert-catalog"

    def selected(self, what: Selection) -> object:
        """The chosen programme and field, by name."""
        if what is Selection.PROGRAM:
            program = self._selected_program()
            return None if program is None else program.name
        chosen = self.category_box.currentData() is not None
        return self.category_box.currentText() if chosen else None

    def _set_programs(self, programs: list[ops.ProgramOption]) -> None:
        self.programs = programs
        current = self.program_box.currentData()
        self.program_box.blockSignals(True)
        self.program_box.clear()
        self.program_box.addItem(tr("すべての団体"), None)
        for program in programs:
            self.program_box.addItem(program.name, program.id)
        self.program_box.setCurrentIndex(max(self.program_box.findData(current), 0))
        self.program_box.blockSignals(False)
        self._program_changed()

    def _program_changed(self, _index: int = 0) -> None:
        program = self._selected_program()
        chosen = self.category_box.currentData()  # kept while the programme offers it (F5)
        self.category_box.blockSignals(True)
        self.category_box.clear()
        self.category_box.addItem(tr("すべての分野"), None)
        if program is not None:
            for category in program.categories:
                self.category_box.addItem(category.name, category.id)
        self.category_box.setCurrentIndex(max(self.category_box.findData(chosen), 0))
        self.category_box.setEnabled(program is not None and bool(program.categories))
        self.category_box.blockSignals(False)
        self.reload_rows()

    def _selected_program(self) -> ops.ProgramOption | None:
        program_id = self.program_box.currentData()
        return next((p for p in self.programs if p.id == program_id), None)

    def reload_rows(self, keep_id: int | None = None) -> None:
        self.load_table(
            self.table,
            ops.list_organizations,
            self.program_box.currentData(),
            self.category_box.currentData(),
            keep_id=keep_id,
        )
        if self.search.text().split():
            self.searcher.ask()  # answered after the rows: what they hold may find others now

    def _ask_search(self, text: str, answer: Answer) -> None:
        self.worker.call(
            ops.search_organizations,
            text,
            self.program_box.currentData(),
            self.category_box.currentData(),
            on_result=answer,
        )

    def show_registration(
        self, program_id: int, organization_id: int, registration_id: int
    ) -> None:
        """Open a registration found elsewhere (人を探す): its programme, its organization and
        the registration selected."""
        self.search.clear()
        self._keep_registration = registration_id
        self.program_box.setCurrentIndex(max(self.program_box.findData(program_id), 0))
        self.category_box.setCurrentIndex(0)  # every field: the registration may be in any
        self.reload_rows(keep_id=organization_id)

    def _update_count(self) -> None:
        shown, total = self.table.proxy.rowCount(), self.table.source.total()
        self.count_label.setText(
            tr("{shown} / {total} 団体").format(shown=shown, total=total)
            if shown != total
            else tr("{total} 団体").format(total=total)
        )

    def _show_detail(self, row: ops.OrganizationRow | None) -> None:
        self.update_buttons()
        if row is None:
            self.detail = None
            self.detail_view.setHtml(
                tr("<p>団体を選ぶと、ここに詳細と登録内容が表示されます。</p>")
            )
            # Not the registrations of an organization no longer shown (a search left it out).
            self.registrations_title.setText(tr("登録"))
            self.registrations.empty_text = tr(NO_ORGANIZATION_CHOSEN)
            self.registrations.set_rows([])
            return
        self.worker.call(ops.get_organization, row.id, on_result=self._set_detail)

    def _set_detail(self, detail: ops.OrganizationDetail) -> None:
        self.detail = detail
        text = detail_html(
            detail.name,
            [
                (tr("区分"), tr(ORGANIZATION_KINDS.get(detail.kind, detail.kind))),
                (tr("フリガナ"), detail.kana),
                (tr("地方公共団体コード"), detail.lg_code),
                (tr("上位団体"), detail.parent),
                (tr("郵便番号"), detail.postal_code),
                (tr("住所"), detail.address),
                (tr("電話番号"), detail.phone),
                (tr("メールアドレス"), detail.email),
                (tr("備考"), detail.note),
            ],
        )
        if detail.matches:
            lines = "".join(
                tr(
                    "<li>{category}（{role_label}）: {counterpart_label} {counterparts}・支援策 {measures}</li>"
                ).format(
                    category=html.escape(m.category),
                    role_label=html.escape(tr(m.role_label)),
                    counterpart_label=html.escape(m.counterpart_label),
                    counterparts=m.counterparts,
                    measures=m.measures,
                )
                for m in detail.matches
            )
            text += tr(
                "<p style='margin-bottom:0'><b>分野ごとのマッチング</b></p><ul>{lines}</ul>"
            ).format(lines=lines)
        self.detail_view.setHtml(text)
        self.registrations_title.setText(
            tr("登録（{count}件）").format(count=len(detail.registrations))
        )
        self.registrations.empty_text = tr(
            "この団体の登録はまだありません。「登録を追加」で追加できます。"
        )
        # The registration just saved, or the one selected before the organization reloaded.
        keep = self._keep_registration or getattr(self.registrations.current(), "id", None)
        self.registrations.set_rows(detail.registrations, keep)
        self._keep_registration = None
        self.update_buttons()

    def update_buttons(self) -> None:
        writable = not self.read_only
        has_row = self.table.current() is not None
        has_registration = self.registrations.current() is not None
        self.add_button.setEnabled(writable)
        for widget in (self.edit_button, self.delete_button, self.add_registration_button):
            widget.setEnabled(has_row and writable)
        self.history_button.setEnabled(has_row)
        for widget in (self.edit_registration_button, self.delete_registration_button):
            widget.setEnabled(has_registration and writable)

    def organization_history(self) -> None:
        if self.detail is not None:
            self.show_history("organization", self.detail.id, self.detail.name)

    def show_matching(self) -> None:
        """Ctrl+M: the chosen field (or the first) with its three sides."""
        self.matching_dialog = MatchingDialog(
            self.worker, self.programs, self.category_box.currentData(), self
        )
        self.matching_dialog.show()  # beside the window: it follows the changes made there

    # editing -------------------------------------------------------------------------------
    def add_organization(self) -> None:
        self._organization_form(tr("団体を追加"), {"kind": "municipality"}, None, None)

    def edit_organization(self) -> None:
        d = self.detail
        if d is None or self.read_only:
            return
        values = {
            "name": d.name,
            "kind": d.kind,
            "kana": d.kana,
            "lg_code": d.lg_code,
            "postal_code": d.postal_code,
            "address": d.address,
            "phone": d.phone,
            "email": d.email,
            "note": d.note,
        }
        self._organization_form(
            tr("団体を編集 — {name}").format(name=d.name), values, d.id, d.version
        )

    def _organization_form(
        self, title: str, values: dict[str, str], org_id: int | None, version: int | None
    ) -> None:
        def save(v: dict[str, str]) -> tuple[Any, Any]:
            data = ops.OrganizationInput(id=org_id, version=version, **v)
            return ops.save_organization, data

        def saved(new_id: int) -> None:
            self.status_message.emit(tr("団体を保存しました。"))
            self.reload_rows(keep_id=new_id)

        self.edit_form(title, ORGANIZATION_FIELDS, values, save, saved)

    def delete_organization(self) -> None:
        d = self.detail
        if d is None or self.read_only:
            return
        self.delete_record(
            tr("団体「{name}」とその登録{count}件").format(name=d.name, count=len(d.registrations)),
            ops.delete_organization,
            d.id,
            d.version,
            then=self.reload_rows,
        )

    def add_registration(self) -> None:
        d = self.detail
        if d is None or self.read_only or not self.programs:
            return
        program = self._selected_program() or self.programs[0]
        values = {"program_id": str(program.id), "role": "interest", "status": "received"}
        category = self.category_box.currentData()
        if category is not None:
            values["categories"] = str(category)
        self._registration_form(
            tr("登録を追加 — {name}").format(name=d.name), d, values, None, None
        )

    def edit_registration(self) -> None:
        d = self.detail
        r = self.registrations.current()
        if d is None or r is None or self.read_only:
            return
        values = {
            "program_id": str(r.program_id),
            "role": r.role,
            "categories": ",".join(str(i) for i in r.category_ids),
            "summary": r.summary,
            "received_on": received_on(r),
            "status": r.status,
            "publish_consent": "1" if r.publish_consent else "",
        }
        self._registration_form(
            tr("登録を編集 — {name}").format(name=d.name), d, values, r.id, r.version
        )

    def _registration_form(
        self,
        title: str,
        organization: ops.OrganizationDetail,
        values: dict[str, str],
        registration_id: int | None,
        version: int | None,
    ) -> None:
        # The categories offered are those of the registration's program.
        program = next(p for p in self.programs if str(p.id) == values["program_id"])
        fields = [
            Field("role", tr("区分"), kind="choice", choices=list(REGISTRATION_ROLES.items())),
            Field(
                "categories",
                program.category_label,
                kind="checklist",
                choices=[(str(c.id), c.name) for c in program.categories],
                required=bool(program.categories),
            ),
            Field("summary", tr("概要"), kind="multiline"),
            Field(
                "received_on",
                tr("受付日"),
                placeholder=tr("例: 令和2年7月20日、2020/7/20、R2.7.20"),
            ),
            Field("status", tr("状態"), kind="choice", choices=list(REGISTRATION_STATUSES.items())),
            Field("publish_consent", tr("公表してよい"), kind="check"),
        ]

        def save(v: dict[str, str]) -> tuple[Any, Any]:
            data = ops.RegistrationInput(
                id=registration_id,
                version=version,
                organization_id=organization.id,
                program_id=program.id,
                role=v["role"],
                category_ids=tuple(int(c) for c in v["categories"].split(",") if c),
                summary=v["summary"],
                received_on=v["received_on"],
                status=v["status"],
                publish_consent=v["publish_consent"] == "1",
            )
            return ops.save_registration, data

        def saved(new_id: int) -> None:
            self.status_message.emit(tr("登録を保存しました。"))
            self._keep_registration = new_id
            self.reload_rows(keep_id=organization.id)  # reselecting reloads the detail

        self.edit_form(f"{title}（{program.name}）", fields, values, save, saved)

    def delete_registration(self) -> None:
        d = self.detail
        r = self.registrations.current()
        if d is None or r is None or self.read_only:
            return
        self.delete_record(
            tr("{name}の登録（{program}・{role_label}）").format(
                name=d.name, program=r.program, role_label=registration_role(r)
            ),
            ops.delete_registration,
            r.id,
            r.version,
            then=lambda: self._show_detail(self.table.current()),
        )
