"""The print preview's controls for a sheet's options, one for each kind the registry declares:
a switch for a yes/no, a date box, a list for an option with choices (label paper, 左上位 /
右上位, 名簿順 / 五十音順), a number for a count (何枚目から), and the printer's shift in mm with
the printer it is remembered for and the button that prints the alignment page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db.errors import UserError
from desktop import settings
from desktop.sheets.registry import LABEL_LAYOUT, OFFSET, SheetKind
from desktop.ui.i18n import QT_TR_NOOP, said, show_date, tr
from desktop.ui.widgets.as_of_edit import AsOfEdit

# The preview's own switch for the headings' language (not an option of any sheet): the
# setting 英語の見出し is its default, and ticking it here changes this sheet only.
ENGLISH = "english"
# The date options a preview lets the user change, in the window's words.
DATE_CAPTIONS = {"as_of": QT_TR_NOOP("時点"), "since": QT_TR_NOOP("この日から")}
HIGHEST_START = 44  # the most labels a preset sheet has (エーワン 72244)
OFFSET_LIMIT = 10.0  # mm, as the sheets accept it


@dataclass
class Offered:
    """What a preview offers to change: (option, caption, value) for each kind of control."""

    switches: list[tuple[str, str, bool]] = field(default_factory=list)
    dates: list[tuple[str, str, object]] = field(default_factory=list)
    lists: list[tuple[str, str, tuple[tuple[str, str], ...], object]] = field(default_factory=list)
    counts: list[tuple[str, str, int]] = field(default_factory=list)
    offset: bool = False  # the printer's shift (remembered for the printer chosen)
    calibration: bool = False  # label paper: the alignment page can be printed
    printer: str = ""


def offered(kind: SheetKind, values: Mapping[str, object], english: bool, printer: str) -> Offered:
    """The controls for `kind`'s options the window does not fill from a selection."""
    shown = Offered(printer=printer)
    for option in kind.options:
        if option.type is bool:
            shown.switches.append((option.name, tr(option.help), bool(values.get(option.name))))
        elif option.type is dt.date and option.name in DATE_CAPTIONS:
            shown.dates.append(
                (option.name, tr(DATE_CAPTIONS[option.name]), values.get(option.name))
            )
        elif option.choices:
            current = values.get(option.name) or option.choices[0][0]
            shown.lists.append((option.name, tr(option.caption), option.choices, current))
        elif option.type is int and option.caption and option.selection is None:
            value = values.get(option.name)
            shown.counts.append(
                (option.name, tr(option.caption), value if isinstance(value, int) else 1)
            )
        elif option == OFFSET:
            shown.offset = True
            shown.calibration = any(o.choices == LABEL_LAYOUT.choices for o in kind.options)
    shown.switches.append((ENGLISH, tr("英語の見出し"), english))
    return shown


def offset_text(shift: tuple[float, float]) -> str | None:
    """The sheets' `offset` option (X,Y in mm), None for no shift."""
    x, y = shift
    return f"{x:g},{y:g}" if (x, y) != (0, 0) else None


def printer_names() -> list[str]:
    """The PC's printers, its default first; "" (the default printer) when it lists none."""
    default = QPrinterInfo.defaultPrinterName()
    names = [default] if default else []
    names += [n for n in QPrinterInfo.availablePrinterNames() if n != default]
    return names or [""]


class OptionControls(QWidget):
    # An option of the sheet changed: (its name, the new value) — a switch ticked, a date typed
    # and confirmed with Enter, a choice made, a number confirmed, the printer's shift set.
    switched = Signal(str, object)
    calibrate = Signal()  # 位置合わせの用紙を印刷…
    printer_chosen = Signal(str)

    def __init__(self, shown: Offered, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        first = QHBoxLayout()
        layout.addLayout(first)
        self.switches: dict[str, QCheckBox] = {}
        self.dates: dict[str, AsOfEdit] = {}
        self.lists: dict[str, QComboBox] = {}
        self.counts: dict[str, QSpinBox] = {}
        self._counted: dict[str, int] = {}
        for option, caption, day in shown.dates:
            edit = AsOfEdit(tr("日付を入れて Enter で作り直します（空欄は今日）"))
            if isinstance(day, dt.date):
                edit.setText(show_date(day))
            edit.returnPressed.connect(lambda o=option: self._date_entered(o))
            self.dates[option] = edit
            self._add(first, caption, edit)
        for option, caption, choices, current in shown.lists:
            box = QComboBox()
            for value, text in choices:
                box.addItem(tr(text), value)
            box.setCurrentIndex(max(box.findData(current), 0))
            box.activated.connect(
                lambda _index, o=option, b=box: self.switched.emit(o, b.currentData())
            )
            self.lists[option] = box
            self._add(first, caption, box)
        for option, caption, number in shown.counts:
            spin = QSpinBox()
            spin.setRange(1, HIGHEST_START)
            spin.setValue(number)
            spin.setToolTip(
                tr("使いかけの用紙の、最初に空いているラベルの番号（左上から右へ数える）")
            )
            spin.editingFinished.connect(lambda o=option, s=spin: self._count_entered(o, s))
            self.counts[option] = spin
            self._counted[option] = number
            self._add(first, caption, spin)
        for option, caption, on in shown.switches:
            box_ = QCheckBox(caption)
            box_.setChecked(on)
            box_.toggled.connect(lambda checked, o=option: self.switched.emit(o, checked))
            self.switches[option] = box_
            first.addWidget(box_)
        first.addStretch(1)
        self.printer: QComboBox | None = None
        self.offset_x: QDoubleSpinBox | None = None
        self.offset_y: QDoubleSpinBox | None = None
        self.calibration_button: QPushButton | None = None
        if shown.offset:
            layout.addLayout(self._offset_row(shown))

    @staticmethod
    def _add(row: QHBoxLayout, caption: str, widget: QWidget) -> None:
        label = QLabel(caption)
        label.setBuddy(widget)
        row.addWidget(label)
        row.addWidget(widget)

    def _offset_row(self, shown: Offered) -> QHBoxLayout:
        row = QHBoxLayout()
        self.printer = QComboBox()
        for name in printer_names():
            self.printer.addItem(name or tr("既定のプリンター"), name)
        self.printer.setCurrentIndex(max(self.printer.findData(shown.printer), 0))
        self.printer.activated.connect(
            lambda _index: self.printer_chosen.emit(self._chosen_printer())
        )
        self._add(row, tr("プリンターのずれ"), self.printer)
        x, y = settings.printer_offset(shown.printer)
        self.offset_x = self._millimetres(x, tr("右へずらす mm（左はマイナス）"))
        self.offset_y = self._millimetres(y, tr("下へずらす mm（上はマイナス）"))
        self._add(row, tr("横"), self.offset_x)
        self._add(row, tr("縦"), self.offset_y)
        row.addWidget(QLabel(tr("mm（プリンターごとに記憶）")))
        if shown.calibration:
            self.calibration_button = QPushButton(tr("位置合わせの用紙を印刷…"))
            self.calibration_button.setToolTip(
                tr("ラベルの枠と 100mm の定規を印刷し、ずれを測ります")
            )
            self.calibration_button.clicked.connect(self.calibrate)
            row.addWidget(self.calibration_button)
        row.addStretch(1)
        return row

    def _millimetres(self, value: float, tip: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(-OFFSET_LIMIT, OFFSET_LIMIT)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setValue(value)
        spin.setToolTip(tip)
        spin.editingFinished.connect(self._offset_entered)
        return spin

    def _chosen_printer(self) -> str:
        assert self.printer is not None
        data = self.printer.currentData()
        return data if isinstance(data, str) else ""

    def shift(self) -> tuple[float, float]:
        if self.offset_x is None or self.offset_y is None:
            return 0.0, 0.0
        return self.offset_x.value(), self.offset_y.value()

    def _offset_entered(self) -> None:
        printer, shift = self._chosen_printer(), self.shift()
        if shift == settings.printer_offset(printer):
            return  # focus left a box unchanged
        try:
            settings.save_printer_offset(printer, shift)
        except UserError as exc:  # a settings file that cannot be written: used this once
            QMessageBox.warning(self, tr("プリンターのずれ"), said(exc))
        self.switched.emit(OFFSET.name, offset_text(shift))

    def _count_entered(self, option: str, spin: QSpinBox) -> None:
        if spin.value() != self._counted[option]:  # not when focus merely leaves the box
            self.switched.emit(option, spin.value())

    def _date_entered(self, option: str) -> None:
        day = self.dates[option].day(lambda message: QMessageBox.warning(self, tr("日付"), message))
        if day is not None:
            self.switched.emit(option, day)
