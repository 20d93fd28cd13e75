"""重複の確認: likely duplicate organizations or people, compared side by side, then merged
(keeping the left or the right one) or marked "not a duplicate".

The dialog stays open beside the window (a record may be looked at or corrected on its tab
meanwhile) and follows every change to what it compares, whoever made it, keeping the pair
selected."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from db.change_set import ChangeSet
from desktop.ops import duplicates
from desktop.ops.duplicates import DuplicatePair, Side
from desktop.ui.i18n import QT_TR_NOOP, said, tr
from desktop.ui.long_work import LongWork
from desktop.ui.widgets.record_table import RecordTable, button, detail_browser, detail_html
from desktop.ui.widgets.table_model import Column
from desktop.ui.widgets.window_memory import remember
from desktop.ui.worker import DbWorker

KIND_LABELS = {"organization": QT_TR_NOOP("団体"), "person": QT_TR_NOOP("人")}
PAIR_COLUMNS: list[Column[DuplicatePair]] = [
    Column(QT_TR_NOOP("1件目"), lambda p: p.first.name),
    Column(QT_TR_NOOP("2件目"), lambda p: p.second.name),
    Column(QT_TR_NOOP("理由"), lambda p: "・".join(p.reasons)),
]
# What the pairs are made of: the records, their registrations (counted beside them) and the
# pairs marked "not a duplicate".
SHOWS = frozenset({"organization", "person", "registration", "duplicate_dismissal"})


def _ids(pair: DuplicatePair | None) -> tuple[int, int] | None:
    return None if pair is None else (pair.first.id, pair.second.id)


def side_html(side: Side) -> str:
    return detail_html(f"{side.name}（ID {side.id}）", side.facts)


class DuplicatesDialog(QDialog):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setWindowTitle(tr("重複の確認"))
        self.memory = remember(self, "duplicates", 1100, 650)
        self.kind_box = QComboBox()
        for kind, text in KIND_LABELS.items():
            self.kind_box.addItem(tr(text), kind)
        self.count = QLabel()
        self.pairs: RecordTable[DuplicatePair] = RecordTable(PAIR_COLUMNS, self)
        self.pairs.empty_text = tr("重複の可能性がある組は見つかりませんでした。")
        self.left = detail_browser()
        self.right = detail_browser()
        self.keep_left = button(tr("左を残して統合"), lambda: self.merge(keep_left=True))
        self.keep_right = button(tr("右を残して統合"), lambda: self.merge(keep_left=False))
        self.not_duplicate = button(
            tr("重複ではない"), self.dismiss, tr("この組み合わせは今後表示しません")
        )

        top = QHBoxLayout()
        top.addWidget(QLabel(tr("種類:")))
        top.addWidget(self.kind_box)
        top.addWidget(self.count, 1)
        compare = QSplitter()
        compare.addWidget(self.left)
        compare.addWidget(self.right)
        actions = QHBoxLayout()
        actions.addWidget(self.keep_left)
        actions.addWidget(self.keep_right)
        actions.addWidget(self.not_duplicate)
        actions.addStretch(1)
        close = QDialogButtonBox()
        close.addButton(tr("閉じる"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        actions.addWidget(close)
        body = QSplitter()
        body.addWidget(self.pairs)
        body.addWidget(compare)
        body.setStretchFactor(0, 2)
        body.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        layout.addWidget(
            QLabel(
                tr(
                    "統合すると、残さない方の登録・委員・参加などはすべて残す方に移り、変更履歴に記録されます。"
                )
            )
        )
        layout.addLayout(actions)

        self.kind_box.currentIndexChanged.connect(lambda _i: self.load())
        self.pairs.current_row_changed.connect(self._show_pair)
        worker.changed.connect(self._data_changed)
        self.load()

    @property
    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def load(self) -> None:
        self.worker.call(duplicates.find_duplicates, self.kind, on_result=self._loaded)

    def _data_changed(self, changed: ChangeSet) -> None:
        if self.isVisible() and changed.touches(SHOWS):
            self.load()

    def _loaded(self, pairs: list[DuplicatePair]) -> None:
        if pairs and pairs[0].kind != self.kind:
            return  # an answer for the other kind
        kept = _ids(self.pairs.current())  # still selected once the pairs are new
        self.pairs.set_rows(pairs)
        what = tr(KIND_LABELS[self.kind])
        self.count.setText(
            tr("重複の可能性がある{what}: {count}組").format(what=what, count=len(pairs))
            if pairs
            else tr("見つかりません")
        )
        if pairs:
            shown = [_ids(pair) for pair in self.pairs.shown_rows()]
            self.pairs.selectRow(shown.index(kept) if kept in shown else 0)
        self._show_pair(self.pairs.current())

    def _show_pair(self, pair: DuplicatePair | None) -> None:
        for widget in (self.keep_left, self.keep_right, self.not_duplicate):
            widget.setEnabled(pair is not None)
        self.left.setHtml(side_html(pair.first) if pair else "")
        self.right.setHtml(side_html(pair.second) if pair else "")

    def merge(self, *, keep_left: bool) -> None:
        pair = self.pairs.current()
        if pair is None:
            return
        keep, drop = (pair.first, pair.second) if keep_left else (pair.second, pair.first)
        answer = QMessageBox.question(
            self,
            tr("統合の確認"),
            tr(
                "「{name}」（ID {id}）を「{name2}」（ID {id2}）に統合します。「{name}」の登録・委員・参加などは「{name2}」に移り、「{name}」は削除されます。よろしいですか？"
            ).format(name=drop.name, id=drop.id, name2=keep.name, id2=keep.id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def failed(error: Exception) -> None:
            QMessageBox.warning(self, tr("統合できません"), said(error))

        kind, versions = self.kind, (keep.version, drop.version)
        merging = LongWork(self.worker, self, tr("統合"), tr("統合しています…"))
        # The merged pair leaves the list as any change does (DbWorker.changed).
        merging.failure(failed).run(  # a backup first, then the merge in one transaction
            lambda database, _report: duplicates.merge(database, kind, keep.id, drop.id, versions)
        )

    def dismiss(self) -> None:
        pair = self.pairs.current()
        if pair is None:
            return
        self.worker.call(
            duplicates.dismiss,
            self.kind,
            pair.first.id,
            pair.second.id,  # the pair leaves the list as any change does
        )
