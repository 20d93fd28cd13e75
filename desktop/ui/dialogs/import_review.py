"""The review before an import is committed: every row, its problems, and what will happen.

Nothing is written until 取り込む. Rows with errors are red, rows with warnings yellow; for a row
whose organization already exists the user decides, per row, what to do with it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from db.errors import UserError
from db.output_files import refuse_inputs
from desktop.imports import pipeline
from desktop.imports.kinds import all_kinds, by_form, by_name
from desktop.imports.model import (
    DUPLICATE_ACTIONS,
    FileInfo,
    ImportPreview,
    ImportRecord,
)
from desktop.imports.report import write_report
from desktop.ui.i18n import QT_TR_NOOP, language, said, tr
from desktop.ui.widgets import file_places
from desktop.ui.widgets.name_choice import NameChoice
from desktop.ui.widgets.record_table import RecordTable, search_box
from desktop.ui.widgets.table_model import WARNING_TINT, Column
from desktop.ui.widgets.window_memory import remember

ROW_PROGRAM = QT_TR_NOOP("各行の事業・分野から判断")

ERROR_TINT = "#f8d7da"


def verdict(record: ImportRecord) -> str:
    if record.rejected:
        return tr("取り込まない（エラー）")
    if record.action == "skip":
        return tr("取り込まない")
    into = record.merged_into
    if into is not None:
        if (into.file, into.sheet) == (record.origin.file, record.origin.sheet):
            return tr("{row}行目とまとめて取り込む").format(row=into.row or "")
        return tr("{place} とまとめて取り込む").format(place=into.describe(language()))
    if not record.candidates or record.action == "create":
        return tr("新規")
    if record.chosen_id is None:
        return tr("未決定（{TARGET}を選んでください）").format(TARGET=tr(record.TARGET))
    return tr("既存に{action}").format(action=tr(DUPLICATE_ACTIONS[record.action]))


def decision_key(candidate_id: int | None, action: str) -> str:
    """A decision as combo-box data: "102:fill", ":create" (plain text survives Qt)."""
    return f"{candidate_id or ''}:{action}"


def _tint(record: ImportRecord) -> str | None:
    if record.rejected:
        return ERROR_TINT
    return WARNING_TINT if record.problems else None


def row_filters(preview: ImportPreview) -> list[tuple[str, Callable[[ImportRecord], bool] | None]]:
    """What the review can show: all rows, the rows that need a look, or one file's rows."""
    filters: list[tuple[str, Callable[[ImportRecord], bool] | None]] = [
        (tr("すべての行"), None),
        (tr("エラーの行"), lambda r: r.rejected),
        (tr("注意つきの行"), lambda r: bool(r.problems) and not r.rejected),
        (tr("既存のデータと一致した行"), lambda r: bool(r.candidates)),
    ]
    if len(preview.files) > 1:
        for info in preview.files:
            filters.append(
                (tr("ファイル: {name}").format(name=info.path.name), _from_file(info.path.name))
            )
    return filters


def _from_file(name: str) -> Callable[[ImportRecord], bool]:
    return lambda record: record.origin.file == name


def columns(records: Sequence[ImportRecord]) -> list[Column[ImportRecord]]:
    """The review's columns; the name columns are headed for the kind when there is one kind."""
    kinds = {type(r) for r in records}
    kind = kinds.pop() if len(kinds) == 1 else ImportRecord
    return [
        Column(QT_TR_NOOP("ファイル"), lambda r: r.origin.file),
        Column(
            QT_TR_NOOP("行"),
            lambda r: r.origin.row or "",
            lambda r: r.origin.row or 0,
            align_right=True,
        ),
        Column(kind.TITLE, lambda r: r.title(language()), long_text=True),
        Column(kind.CONTEXT, lambda r: r.context(language()), long_text=True),
        Column(QT_TR_NOOP("判定"), verdict),
        Column(QT_TR_NOOP("問題"), problems_said, long_text=True),
    ]


def problems_said(record: ImportRecord) -> str:
    """The row's problems in the window's language (the user's values in them as written),
    its own first: one every row of its file shares is said above the table already."""
    ordered = sorted(record.problems, key=lambda p: p.shared)
    return " / ".join(p.said(language()) for p in ordered)


@dataclass(frozen=True)
class NameChoiceSpec:
    """A name the review lets the user give for rows whose file does not say it: picked from
    the stored ones or typed anew, then the files are read again with it."""

    option: str  # the import option it sets (pipeline.prepare's keyword, the CLI's --option)
    label: str
    placeholder: str
    button: str
    tooltip: str
    # The preview's stored names, current choice and whether some rows need it.
    offered: Callable[[ImportPreview], tuple[Sequence[str], str | None, bool]]


NAME_CHOICES = (
    NameChoiceSpec(
        "series",
        QT_TR_NOOP("行事:"),
        QT_TR_NOOP("行事名を選ぶか入力"),
        QT_TR_NOOP("この行事で読み直す"),
        QT_TR_NOOP(
            "一覧に行事名の列がないときは、ここで行事を選ぶか新しい行事名を入力すると、その行事の回として読み直します。"
        ),
        lambda p: (p.series_names, p.series, p.asks_series),
    ),
    NameChoiceSpec(
        "council",
        QT_TR_NOOP("会議:"),
        QT_TR_NOOP("会議名を選ぶか入力"),
        QT_TR_NOOP("この会議で読み直す"),
        QT_TR_NOOP(
            "名簿に会議名の列がないときは、ここで会議を選ぶか新しい会議名を入力すると、その会議の委員として読み直します。"
        ),
        lambda p: (p.council_names, p.council, p.asks_council),
    ),
    NameChoiceSpec(
        "organization",
        QT_TR_NOOP("所属:"),
        QT_TR_NOOP("所属の団体を選ぶか入力"),
        QT_TR_NOOP("この所属で読み直す"),
        QT_TR_NOOP(
            "所属が書かれていない人がいるときは、ここで団体を選ぶか新しい団体名を入力すると、その団体の人として読み直します。"
        ),
        lambda p: (p.organization_names, p.organization, p.asks_organization),
    ),
)


class ImportReviewDialog(QDialog):
    def __init__(
        self,
        preview: ImportPreview,
        on_commit: Callable[[ImportPreview], None],
        parent: QWidget | None = None,
        on_choice: Callable[[str, str | None], None] | None = None,
        read_as: str | None = None,
    ) -> None:
        """`on_choice(option, name)` reads the files again with what the user chose for the
        import option (program: the programme, None for each row's own; series, council,
        organization: see NAME_CHOICES; kind: the kind of list the files are read as, None
        for what their headings say); without it, or when there is nothing to choose, the
        choices are not shown. `read_as`: the kind the user chose, if any."""
        super().__init__(parent)
        self.setWindowTitle(tr("取り込みの確認"))
        self.memory = remember(self, "import_review", 1100, 700)
        self.preview = preview
        self._on_commit = on_commit

        self.summary = QLabel()
        self.summary.setStyleSheet("font-weight: bold;")
        self.table: RecordTable[ImportRecord] = RecordTable(columns(preview.records), self, _tint)
        self.search = search_box(tr("検索（名称・問題）"), self.table)
        self.show_filter = QComboBox()
        self._filters = row_filters(preview)
        for label, _keep in self._filters:
            self.show_filter.addItem(label)
        self.show_filter.currentIndexChanged.connect(
            lambda index: self.table.proxy.set_row_filter(self._filters[index][1])
        )
        self.file_notes = QPlainTextEdit()
        self.file_notes.setReadOnly(True)
        self.file_notes.setMaximumHeight(130)  # the refused files and how each was read
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.decision = QComboBox()
        self.decision_label = QLabel(tr("既存のデータ:"))
        self.default_decision = QComboBox()
        for action in ("fill", "update", "skip"):
            self.default_decision.addItem(tr(DUPLICATE_ACTIONS[action]), action)
        self.default_decision.activated.connect(self._apply_default)
        self.program_choice = QComboBox()
        self.program_choice.addItem(tr(ROW_PROGRAM), None)
        for name in preview.program_names:
            self.program_choice.addItem(name, name)
        self.program_choice.setCurrentIndex(max(0, self.program_choice.findData(preview.program)))
        self.program_choice.setToolTip(
            tr(
                "一覧に事業の列がなく、分野からも事業が決まらないときは、ここで事業を選ぶと読み直します。"
            )
        )
        if on_choice is not None:
            self.program_choice.activated.connect(
                lambda index: on_choice("program", self.program_choice.itemData(index))
            )
        self.program_label = QLabel(tr("事業:"))
        kinds = [by_name(name) for name in {r.KIND for r in preview.records}]
        choosable = (
            on_choice is not None
            and any(kind.by_program for kind in kinds)
            and (
                len(preview.program_names) > 1
                or (bool(preview.program_names) and any(k.program_when_named for k in kinds))
            )
        )
        self.program_choice.setVisible(choosable)
        self.program_label.setVisible(choosable)
        self.kind_choice = self._kind_choice(read_as, on_choice)
        # By option: series, council, organization.
        self.name_choices = {
            spec.option: self._name_choice(spec, on_choice) for spec in NAME_CHOICES
        }

        # Files not understood hold the import back until the user chooses to leave them out.
        self.skip_refused = QCheckBox(
            tr("読み取れないファイル（{count}個）を除いて、残りを取り込む").format(
                count=len(preview.refused)
            )
        )
        self.skip_refused.setToolTip(
            tr(
                "読み取れないファイルとその理由は上の欄にあります。チェックすると、それらを除いて取り込みます。"
            )
        )
        self.skip_refused.setChecked(preview.skip_refused)
        self.skip_refused.setVisible(bool(preview.refused))
        self.skip_refused.toggled.connect(self._skip_refused)

        self.report_button = QPushButton(tr("結果を Excel に保存…"))
        self.report_button.clicked.connect(self.save_report)
        buttons = QDialogButtonBox()
        self.commit_button = buttons.addButton(
            tr("取り込む"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(tr("キャンセル"), QDialogButtonBox.ButtonRole.RejectRole)
        self.commit_button.clicked.connect(self.commit)
        cancel.clicked.connect(self.reject)

        decision_row = QHBoxLayout()
        decision_row.addWidget(self.decision_label)
        decision_row.addWidget(self.decision, 1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(decision_row)
        lower_layout.addWidget(self.detail)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        bottom = QHBoxLayout()
        bottom.addWidget(self.report_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        defaults = QHBoxLayout()
        default_label = QLabel(tr("既存のデータと一致した行をまとめて:"))
        defaults.addWidget(default_label)
        defaults.addWidget(self.default_decision)
        # Offered only when some row matched stored data: else it would decide nothing.
        matched = any(r.candidates for r in preview.records)
        default_label.setVisible(matched)
        self.default_decision.setVisible(matched)
        if matched:
            defaults.addSpacing(24)
        defaults.addWidget(self.kind_label)
        defaults.addWidget(self.kind_choice)
        defaults.addWidget(self.program_label)
        defaults.addWidget(self.program_choice)
        defaults.addStretch(1)
        # What the files do not say, on a row of its own: a roster may ask two things at once.
        asked = QHBoxLayout()
        for choice in self.name_choices.values():
            asked.addWidget(choice)
        asked.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(defaults)
        layout.addLayout(asked)
        layout.addWidget(self.file_notes)
        layout.addWidget(self.skip_refused)
        shown = QHBoxLayout()
        shown.addWidget(QLabel(tr("表示:")))
        shown.addWidget(self.show_filter)
        shown.addWidget(self.search, 1)
        layout.addLayout(shown)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self._show_file_notes()
        self.file_notes.setVisible(True)
        self.table.current_row_changed.connect(self._show_record)
        self.decision.activated.connect(self._decided)
        self.table.set_rows(preview.records)
        self._update_summary()

    def _kind_choice(
        self, read_as: str | None, on_choice: Callable[[str, str | None], None] | None
    ) -> QComboBox:
        """What the lists are read as (the command line's --kind): a roster whose headings look
        like a people list, a list of names meant as participants. Not offered for the
        program's own forms, which say what they are."""
        choice = QComboBox()
        choice.addItem(tr("見出しから判断"), None)
        for kind in all_kinds():
            choice.addItem(tr(kind.label), kind.name)
        choice.setCurrentIndex(max(0, choice.findData(read_as)))
        choice.setToolTip(
            tr("一覧の種類が違って読み取られたときは、ここで選ぶと、その種類として読み直します。")
        )
        if on_choice is not None:
            choice.activated.connect(lambda index: on_choice("kind", choice.itemData(index)))
        self.kind_label = QLabel(tr("読み取り方:"))
        lists = any(not info.form for info in self.preview.files)
        choice.setVisible(on_choice is not None and lists)
        self.kind_label.setVisible(choice.isVisibleTo(self))
        return choice

    def _name_choice(
        self, spec: NameChoiceSpec, on_choice: Callable[[str, str | None], None] | None
    ) -> NameChoice:
        """The choice of one import option, shown when some rows need it and it can be made."""
        names, current, asked = spec.offered(self.preview)
        choice = NameChoice(
            tr(spec.label),
            names,
            current,
            (lambda name: on_choice(spec.option, name)) if on_choice else (lambda _name: None),
            placeholder=tr(spec.placeholder),
            button=tr(spec.button),
        )
        choice.setToolTip(tr(spec.tooltip))
        choice.setVisible(on_choice is not None and asked)
        return choice

    def _show_file_notes(self) -> None:
        """The files not read first (errors, or notes once they are left out), then what each
        file was read as, then the notes on the files read."""
        preview = self.preview
        notes = [p.text(language()) for p in preview.refusals()]
        notes += [self._read_as(info) for info in preview.files]
        notes += [p.text(language()) for p in preview.problems]
        notes += [
            tr("注意: {name} は取り込み番号 {earlier_batch} で取り込み済みです。").format(
                name=f.path.name, earlier_batch=f.earlier_batch
            )
            for f in preview.files
            if f.earlier_batch is not None
        ]
        self.file_notes.setPlainText(
            "\n".join(notes) or tr("ファイル全体についての注意はありません。")
        )

    def _read_as(self, info: FileInfo) -> str:
        """What the file was taken for, and how many rows it gave: a roster read as a people
        list is seen before anything is imported."""
        rows = sum(1 for r in self.preview.records if r.origin.file == info.path.name)
        if info.form:  # a filled blank form: named by what it registers
            return tr(
                "{name}: 事務局デスクの様式（{kind}）として読み取りました（{count}件）"
            ).format(name=info.path.name, kind=tr(by_form(info.kind)[0].label), count=rows)
        return tr("{name}: {kind}として読み取りました（{count}件）").format(
            name=info.path.name, kind=tr(by_name(info.kind).label), count=rows
        )

    def _skip_refused(self, skip: bool) -> None:
        self.preview.skip_refused = skip
        self._show_file_notes()
        self._update_summary()

    def _update_summary(self) -> None:
        records = self.preview.records
        # A row merged into another (the same organization twice) is written with that row.
        accepted = sum(1 for r in self.preview.accepted if r.merged_into is None)
        errors = sum(1 for r in records if r.rejected)
        warnings = sum(1 for r in records if r.problems and not r.rejected)
        summary = tr(
            "{count}ファイル・{count2}件 — 取り込む {accepted}件、エラー {errors}件、注意つき {warnings}件（赤: 取り込まない行、黄: 注意つきで取り込む行）"
        ).format(
            count=len(self.preview.files),
            count2=len(records),
            accepted=accepted,
            errors=errors,
            warnings=warnings,
        )
        if self.preview.held_back:
            held_back = tr(
                "読み取れないファイルが {count}個あります。それらを除いて取り込むには下のチェックを付けてください。"
            ).format(count=len(self.preview.refused))
            summary = f"{summary}\n{held_back}"
        self.summary.setText(summary)
        self.commit_button.setEnabled(accepted > 0 and not self.preview.held_back)
        self.commit_button.setText(tr("{accepted}件を取り込む").format(accepted=accepted))

    def _show_record(self, record: ImportRecord | None) -> None:
        self.decision.clear()
        has_candidates = (
            record is not None
            and bool(record.candidates)
            and record.merged_into is None  # decided with the row it was merged into
            and not self._only_errors(record)
        )
        self.decision.setEnabled(has_candidates)
        self.decision_label.setEnabled(has_candidates)
        if record is None:
            self.detail.clear()
            return
        lines = [
            record.origin.describe(language()),
            *record.details(language()),
            *(p.text(language()) for p in sorted(record.problems, key=lambda p: p.shared)),
        ]
        self.detail.setPlainText("\n".join(lines))
        if not has_candidates:
            return
        for candidate in record.candidates:
            for action in ("fill", "update"):
                self.decision.addItem(
                    tr("{name}（ID {id}）に{action}").format(
                        name=candidate.name,
                        id=candidate.id,
                        action=tr(DUPLICATE_ACTIONS[action]),
                    ),
                    decision_key(candidate.id, action),
                )
        if record.create_refusal() is None:
            self.decision.addItem(
                tr("新しい{TARGET}として作る").format(TARGET=tr(record.TARGET)),
                decision_key(None, "create"),
            )
        self.decision.addItem(tr("この行は取り込まない"), decision_key(None, "skip"))
        chosen = record.chosen_id if record.action in ("fill", "update") else None
        current = decision_key(chosen, record.action)
        self.decision.setCurrentIndex(self.decision.findData(current))  # -1: not decided yet

    @staticmethod
    def _only_errors(record: ImportRecord) -> bool:
        """Errors other than the ambiguity cannot be settled here: the file must be corrected."""
        return any(p.severity == "error" and not p.ambiguous for p in record.problems)

    def _decided(self, index: int) -> None:
        record = self.table.current()
        choice = self.decision.itemData(index)
        if record is None or not choice:
            return
        candidate, action = str(choice).split(":")
        try:
            pipeline.decide(record, int(candidate) if candidate else None, action)
        except UserError as exc:
            QMessageBox.warning(self, tr("取り込みの確認"), said(exc))
        row = self.preview.records.index(record)
        self.table.source.refresh_row(row)
        self._show_record(record)
        self._update_summary()

    def _apply_default(self, index: int) -> None:
        """One decision for every row settled on one existing organization (not ambiguous ones)."""
        action = str(self.default_decision.itemData(index))
        for record in self.preview.records:
            settled = record.chosen_id or (
                record.candidates[0].id if len(record.candidates) == 1 else None
            )
            if settled is None or self._only_errors(record):
                continue
            pipeline.decide(record, settled if action != "skip" else None, action)
        self.table.source.refresh_all_rows()
        self._show_record(self.table.current())
        self._update_summary()

    def save_report(self) -> None:
        path = file_places.save_file(
            self, tr("取り込み結果を保存"), tr("取り込み結果.xlsx"), tr("Excel ブック (*.xlsx)")
        )
        if path is None:
            return
        try:
            refuse_inputs(path, [f.path for f in self.preview.files])
            write_report(self.preview, path)
        except UserError as exc:  # the database, a folder, a full disk …: one sentence
            QMessageBox.warning(self, tr("取り込みの確認"), said(exc))

    def commit(self) -> None:
        self.commit_button.setEnabled(False)
        self._on_commit(self.preview)
