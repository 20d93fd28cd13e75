"""One dialog for adding and editing any record: labelled fields, and validation in Japanese.

The dialog does not save anything itself: 保存 hands the values to `on_submit`, which runs the
operation on the database worker and either closes the dialog or shows the validation message
beside the field at fault, keeping what the user typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.japanese.postal import PostalCodeError, address_of, normalize_postal_code
from desktop.ui.i18n import QT_TR_NOOP, tr


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: str = "text"  # text / multiline / choice / checklist (codes joined by ",") / check
    choices: Sequence[tuple[str, str]] = field(default_factory=tuple)  # (code, label)
    required: bool = False
    placeholder: str = ""
    help: str = ""
    # A postal code's field: the key of the address field a known code fills while it is empty.
    fills: str = ""


def postal_address_fields(address_help: str) -> tuple[Field, Field]:
    """The 郵便番号 field that fills the 住所 field below it, and that 住所 field with
    `address_help` (marked QT_TR_NOOP by the caller) said under it."""
    postal_code = Field(
        "postal_code",
        QT_TR_NOOP("郵便番号"),
        placeholder=QT_TR_NOOP("例: 100-8914"),
        fills="address",
    )
    return postal_code, Field("address", QT_TR_NOOP("住所"), help=address_help)


class FormDialog(QDialog):
    def __init__(
        self,
        title: str,
        fields: Sequence[Field],
        values: dict[str, str],
        on_submit: Callable[[dict[str, str]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self._fields = list(fields)
        self._on_submit = on_submit
        self._editors: dict[str, QWidget] = {}
        self._loaded_before_restore = False
        # Each address field's text as a postal code last filled it (the user's own is kept).
        self._filled_from_code: dict[str, str] = {}
        self.postal_notes: dict[str, QLabel] = {}  # said beside a postal code's field

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in self._fields:
            editor = self._make_editor(spec, values.get(spec.key, ""))
            self._editors[spec.key] = editor
            # Fields defined as constants are marked QT_TR_NOOP: translated here, as shown.
            caption = f"{tr(spec.label)}{' *' if spec.required else ''}"
            label = QLabel(caption)
            label.setBuddy(editor)
            form.addRow(label, self._with_postal_note(spec, editor))
            if spec.help:
                hint = QLabel(tr(spec.help))
                hint.setStyleSheet("color: palette(mid);")
                hint.setWordWrap(True)
                form.addRow("", hint)

        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("キャンセル"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._as_opened = self.values()  # what Esc / キャンセル would throw away is compared to it

    def _make_editor(self, spec: Field, value: str) -> QWidget:
        if spec.kind == "checklist":
            listing = QListWidget()
            chosen = set(value.split(",")) if value else set()
            for code, text in spec.choices:
                item = QListWidgetItem(tr(text))
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked
                item.setCheckState(checked)
                listing.addItem(item)
            listing.setMinimumHeight(min(260, 22 * max(len(spec.choices), 3)))
            return listing
        if spec.kind == "check":
            box = QCheckBox()
            box.setChecked(value == "1")
            return box
        if spec.kind == "choice":
            combo = QComboBox()
            for code, text in spec.choices:
                combo.addItem(tr(text), code)
            _choose(combo, value)
            return combo
        if spec.kind == "multiline":
            edit = QPlainTextEdit(value)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(90)
            edit.setPlaceholderText(tr(spec.placeholder))
            return edit
        line = QLineEdit(value)
        line.setPlaceholderText(tr(spec.placeholder))
        return line

    def _with_postal_note(self, spec: Field, editor: QWidget) -> QWidget:
        """A postal code's field with the place beside it where a code not known is said."""
        if not spec.fills or not isinstance(editor, QLineEdit):
            return editor
        note = QLabel()
        note.setStyleSheet("color: #b00020;")
        note.setWordWrap(True)
        self.postal_notes[spec.key] = note
        editor.textEdited.connect(lambda text, spec=spec: self._postal_code_typed(spec, text))
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(editor, 1)
        layout.addWidget(note, 2)
        return row

    def _postal_code_typed(self, spec: Field, text: str) -> None:
        """A whole code typed: the address Japan Post gives for it fills the address field,
        unless the user wrote one there; a code it does not know is said beside the field."""
        note = self.postal_notes[spec.key]
        note.clear()
        try:
            code = normalize_postal_code(text)
        except PostalCodeError:
            return  # not a whole code yet; saving says what is wrong with it
        found = address_of(code)
        if found is None:
            note.setText(tr("日本郵便のデータにない郵便番号です。"))
            return
        typed = self.values()[spec.fills].strip()
        if typed and typed != self._filled_from_code.get(spec.fills):
            return  # never over what the user wrote
        self.set_value(spec.fills, found)
        self._filled_from_code[spec.fills] = found

    def values(self) -> dict[str, str]:
        result: dict[str, str] = {}
        for key, editor in self._editors.items():
            if isinstance(editor, QListWidget):
                items = [editor.item(i) for i in range(editor.count())]
                result[key] = ",".join(
                    str(i.data(Qt.ItemDataRole.UserRole))
                    for i in items
                    if i.checkState() == Qt.CheckState.Checked
                )
            elif isinstance(editor, QCheckBox):
                result[key] = "1" if editor.isChecked() else ""
            elif isinstance(editor, QComboBox):
                result[key] = str(editor.currentData() or "")
            elif isinstance(editor, QPlainTextEdit):
                result[key] = editor.toPlainText()
            elif isinstance(editor, QLineEdit):
                result[key] = editor.text()
        return result

    def editor(self, key: str) -> QWidget:
        return self._editors[key]

    def set_value(self, key: str, value: str) -> None:
        editor = self._editors[key]
        if isinstance(editor, QListWidget):
            chosen = set(value.split(","))
            for i in range(editor.count()):
                item = editor.item(i)
                on = str(item.data(Qt.ItemDataRole.UserRole)) in chosen
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        elif isinstance(editor, QCheckBox):
            editor.setChecked(value == "1")
        elif isinstance(editor, QComboBox):
            _choose(editor, value)
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value)
        elif isinstance(editor, QLineEdit):
            editor.setText(value)

    def loaded_before_restore(self) -> None:
        """Someone restored the database while this form was open: its next save is refused
        once, saying so, as what it shows may no longer be what the database holds."""
        self._loaded_before_restore = True

    def submit(self) -> None:
        if self._loaded_before_restore:
            self.show_error(
                tr(
                    "このフォームを開いた後に、データベースが別の操作でバックアップから復元されました。"
                    "この変更は保存していません。内容を確かめてから、もう一度保存してください。"
                )
            )
            return
        self.error_label.hide()
        self.buttons.setEnabled(False)
        self._on_submit(self.values())

    def show_error(self, message: str, field_key: str | None = None) -> None:
        """Called when saving failed validation: say why, and put the cursor where to fix it."""
        self._loaded_before_restore = False  # said (or the database refused it for a restore)
        self.buttons.setEnabled(True)
        self.error_label.setText(message)
        self.error_label.show()
        if field_key and field_key in self._editors:
            editor = self._editors[field_key]
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(editor, QLineEdit):
                editor.selectAll()

    def succeeded(self) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    def reject(self) -> None:
        """Esc, キャンセル or the window's close: a form the user changed asks first."""
        if self.values() != self._as_opened and not may_discard(self):
            return
        super().reject()

    def discard(self) -> None:
        """Close without asking: the user chose to throw the changes away (to reload)."""
        super().reject()


def may_discard(dialog: QDialog) -> bool:
    """Whether the user, asked, throws away what they typed into `dialog` (Cancel is the
    default: Esc twice never loses a change)."""
    answer = QMessageBox.question(
        dialog,
        dialog.windowTitle(),
        tr("入力した内容を保存せずに閉じますか？"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


def _choose(combo: QComboBox, value: str) -> None:
    """Select the value; one the choices do not list (a role an imported roster wrote as it
    was) is added as written rather than silently replaced by the first choice."""
    found = combo.findData(value)
    if found < 0 and value:
        combo.addItem(value, value)
        found = combo.count() - 1
    combo.setCurrentIndex(max(found, 0))
