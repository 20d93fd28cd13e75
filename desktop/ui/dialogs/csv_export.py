"""CSVに書き出す…: which character encoding the tables are written in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import QT_TR_NOOP, tr

# The encodings the tables are written in (as the command line's --encoding names them).
ENCODINGS = (
    ("utf-8-sig", QT_TR_NOOP("UTF-8（BOM 付き）— Excel で文字化けせずに開けます（おすすめ）")),
    ("cp932", QT_TR_NOOP("Shift_JIS（CP932）— 古いシステム向け。書けない文字は〓になります")),
)


class CsvExportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("CSVに書き出す"))
        layout = QVBoxLayout(self)
        explanation = QLabel(
            tr(
                "団体・担当者・登録・会議の構成員・行事の参加者の表を、"
                "選んだフォルダに表ごとの CSV ファイルとして書き出します。"
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        layout.addWidget(QLabel(tr("文字コード:")))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for encoding, caption in ENCODINGS:
            button = QRadioButton(tr(caption))
            self.group.addButton(button)
            self.buttons[encoding] = button
            layout.addWidget(button)
        self.buttons[ENCODINGS[0][0]].setChecked(True)
        buttons = QDialogButtonBox()
        buttons.addButton(tr("フォルダを選んで書き出す…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("キャンセル"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def encoding(self) -> str:
        return next(e for e, button in self.buttons.items() if button.isChecked())
