"""マッチング: one policy field's three sides at once — the local governments interested, the
experts offering, the support measures that apply — with their counts.

The dialog stays open beside the window and follows every change to what it shows (a
registration saved on the 登録 tab, an import), whoever made it, keeping each side's selection."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from db.change_set import ChangeSet
from db.errors import UserError
from desktop.ops.matching import Matching, MatchRow, matching_for
from desktop.ops.registrations import ProgramOption
from desktop.ui.i18n import QT_TR_NOOP, said, tr
from desktop.ui.widgets.record_table import RecordTable
from desktop.ui.widgets.table_model import Column
from desktop.ui.widgets.window_memory import remember
from desktop.ui.worker import DbWorker

SIDES = (
    ("interested", QT_TR_NOOP("関心のある地方公共団体"), QT_TR_NOOP("関心の内容")),
    ("offering", QT_TR_NOOP("提供できる専門家"), QT_TR_NOOP("提供できること")),
    ("measures", QT_TR_NOOP("活用できる支援策"), QT_TR_NOOP("府省庁")),
)
# What the three sides are read from (db.models' table names).
SHOWS = frozenset(
    {
        *("registration", "registration_category", "organization"),
        *("measure", "measure_category", "category", "program"),
    }
)


class MatchingDialog(QDialog):
    def __init__(
        self,
        worker: DbWorker,
        programs: Sequence[ProgramOption],
        category_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setWindowTitle(tr("マッチング（分野ごと）"))
        self.memory = remember(self, "matching", 1250, 650)
        self.category_box = QComboBox()
        for program in programs:
            for category in program.categories:
                self.category_box.addItem(f"{program.name} — {category.name}", category.id)
        self.summary = QLabel()
        self.summary.setStyleSheet("font-weight: bold;")
        self.titles: dict[str, QLabel] = {}
        self.tables: dict[str, RecordTable[MatchRow]] = {}
        sides = QHBoxLayout()
        for key, title, detail in SIDES:
            column = QVBoxLayout()
            self.titles[key] = QLabel(tr(title))
            self.titles[key].setStyleSheet("font-weight: bold;")
            table: RecordTable[MatchRow] = RecordTable(
                [Column(QT_TR_NOOP("名称"), lambda r: r.name), Column(detail, lambda r: r.detail)],
                self,
            )
            table.export_title = tr(title)
            table.empty_text = tr("この分野には、まだありません。")
            self.tables[key] = table
            column.addWidget(self.titles[key])
            column.addWidget(table, 1)
            sides.addLayout(column, 1)
        buttons = QDialogButtonBox()
        buttons.addButton(tr("閉じる"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("分野:")))
        top.addWidget(self.category_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(sides, 1)
        layout.addWidget(buttons)
        self.category_box.currentIndexChanged.connect(lambda _i: self.load())
        index = self.category_box.findData(category_id) if category_id is not None else 0
        self.category_box.setCurrentIndex(max(index, 0))
        worker.changed.connect(self._data_changed)
        self.load()

    def _data_changed(self, changed: ChangeSet) -> None:
        if self.isVisible() and changed.touches(SHOWS):
            self.load()

    def load(self) -> None:
        category_id = self.category_box.currentData()
        if category_id is None:
            self.summary.setText(tr("分野のある事業がありません。"))
            return
        self.worker.call(
            matching_for, category_id, on_result=self.show_matching, on_error=self._unreadable
        )

    def _unreadable(self, error: Exception) -> None:
        """The field is gone (deleted on its tab while the dialog was open): said in place."""
        if not isinstance(error, UserError):
            self.worker.report_failure(error)  # a bug: said as any other
            return
        for table in self.tables.values():
            table.set_rows([])
        self.summary.setText(said(error))

    def show_matching(self, found: Matching) -> None:
        if found.category_id != self.category_box.currentData():
            return  # an answer for a field the user has left already
        for key, title, _detail in SIDES:
            rows: tuple[MatchRow, ...] = getattr(found, key)
            self.titles[key].setText(
                tr("{title}（{count}）").format(title=tr(title), count=len(rows))
            )
            table = self.tables[key]
            table.set_rows(rows, getattr(table.current(), "id", None))
        self.summary.setText(
            tr(
                "{program}　{category}: 関心 {count}団体・提供 {count2}団体・支援策 {count3}件"
            ).format(
                program=found.program,
                category=found.category,
                count=len(found.interested),
                count2=len(found.offering),
                count3=len(found.measures),
            )
        )
