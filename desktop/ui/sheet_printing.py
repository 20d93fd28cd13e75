"""ファイル ▸ 印刷する集計表 and Ctrl+P: a registered sheet built with the options the window's
selections supply (desktop/sheets/registry.py says which), then shown in the print preview.

Ctrl+P prints the current tab's own sheet for what is selected on it, and says in the status bar
what to select when nothing is. A sheet chosen from the menu may need what another tab selects:
when nothing is selected there, a small list asks for it (the councils, the events' sessions, the
fields, the programmes), read from the database. The window asks in its own words: the command
line's wording of a missing option (SheetOption.missing, "--council で指定") is never shown."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from desktop.sheets.registry import SHEETS, Selection, SheetKind
from desktop.ui import i18n
from desktop.ui.i18n import QT_TR_NOOP, tr

if TYPE_CHECKING:  # loaded with the tabs, after the window (and its menu) is painted
    from PySide6.QtWidgets import QWidget

    from desktop.ops.sheet_choices import CategoryChoice, SessionChoice
    from desktop.ui.dialogs.sheet_chooser import Choice, SheetChooser
    from desktop.ui.tabs.base import TabBase
    from desktop.ui.worker import DbWorker

# What to select, said in the status bar when a sheet needs it and nothing is selected.
WHAT_TO_SELECT: dict[Selection, str] = {
    Selection.COUNCIL: QT_TR_NOOP("名簿を印刷する会議を「会議・協議会」の一覧で選んでください。"),
    Selection.SERIES: QT_TR_NOOP("印刷する行事を「イベント」タブの一覧で選んでください。"),
    Selection.SESSION: QT_TR_NOOP("印刷する回を「イベント」タブの開催日程で選んでください。"),
    Selection.CATEGORY: QT_TR_NOOP("印刷する分野を「登録」タブで選んでください。"),
    Selection.PROGRAM: QT_TR_NOOP("印刷する事業を「登録」タブで選んでください。"),
}
# The chooser's question, for what it asks.
PROMPTS: dict[Selection, str] = {
    Selection.COUNCIL: QT_TR_NOOP("名簿を印刷する会議:"),
    Selection.SERIES: QT_TR_NOOP("印刷する行事:"),
    Selection.SESSION: QT_TR_NOOP("印刷する行事と回:"),
    Selection.CATEGORY: QT_TR_NOOP("印刷する分野:"),
    Selection.PROGRAM: QT_TR_NOOP("印刷する事業:"),
}


def sheet_label(kind: SheetKind) -> str:
    """The sheet's name in the window's language."""
    return kind.label if i18n.language() == "ja" else kind.label_en


class SheetPrinter:
    """Gathers a sheet's options from the tabs that supply them and starts its preview."""

    def __init__(
        self,
        worker: DbWorker,
        parent: QWidget,
        tabs: Callable[[], Sequence[TabBase]],
        current: Callable[[], TabBase],
        say: Callable[[str], None],
    ) -> None:
        self.worker = worker
        self.parent = parent
        self.tabs = tabs
        self.current = current
        self.say = say
        self.chooser: SheetChooser | None = None

    def print_current(self) -> None:
        """Ctrl+P: the sheet the current tab declares as its own."""
        name = self.current().natural_sheet()
        if name is None:
            self.say(tr("この画面で印刷できる集計表はまだありません。"))
        else:
            self.print_sheet(name, ask=False)

    def print_sheet(self, name: str, *, ask: bool = True) -> None:
        """The sheet `name` for what the tabs select; what it needs and nothing selects is
        asked for (`ask`) or said in the status bar."""
        from desktop.ui.tabs.base import UNREADABLE  # the tabs are loaded when they print

        kind = SHEETS[name]
        values: dict[str, object] = {}
        for option in kind.options:
            value = self.selected(option.selection) if option.selection else None
            if value is UNREADABLE:
                return  # a day that cannot be read: its tab has said so
            if value is None:
                value = option.window_value
            if value is not None:
                values[option.name] = value
        self._go_on(kind, values, ask, offered=set())

    def selected(self, what: Selection) -> object:
        return next((tab.selected(what) for tab in self.tabs() if what in tab.supplies), None)

    def _go_on(
        self, kind: SheetKind, values: dict[str, object], ask: bool, offered: set[str]
    ) -> None:
        """Ask for the next thing the sheet needs, or start its preview. `offered`: the
        options whose choices were already looked at (the sheet finds them, or says why not)."""
        missing = _missing(kind, values)
        if missing and not ask:
            self.say(tr(WHAT_TO_SELECT[missing[0]]))
        elif missing:
            self._ask_required(kind, values, missing)
        else:
            option = next(
                (
                    o
                    for o in kind.options
                    if o.window_choices and o.name not in values and o.name not in offered
                ),
                None,
            )
            if option is None:
                self.current().previews.start_sheet(kind.name, values)
            else:  # asked in the window's own words: never the command line's --option
                offered.add(option.name)
                assert option.selection is not None and option.window_choices is not None
                self._choose(
                    kind, values, ask, offered, option.selection, _load(option.window_choices)
                )

    def _ask_required(
        self, kind: SheetKind, values: dict[str, object], missing: list[Selection]
    ) -> None:
        takes_a_session = any(o.selection is Selection.SESSION for o in kind.options)
        if takes_a_session and {Selection.SERIES, Selection.SESSION} & set(missing):
            what = Selection.SESSION  # the event and its session, in one list
        else:
            what = missing[0]
        self._choose(kind, values, True, set(), what, _load(_OPERATIONS[what]))

    def _choose(
        self,
        kind: SheetKind,
        values: dict[str, object],
        ask: bool,
        offered: set[str],
        what: Selection,
        load: Callable[..., Any],
    ) -> None:
        """Offer the choices `load` reads for `what`. A required one must be chosen; one the
        sheet can do without is taken when it is the only one, and left to the sheet when
        there is none."""
        required = any(o.required for o in kind.options if o.selection is what)

        def offer(rows: list[Any]) -> None:
            choices = _LISTED[what](rows)
            if required and not choices:
                self.say(tr(WHAT_TO_SELECT[what]))
            elif not required and len(choices) <= 1:
                if choices:
                    self._take(kind, values, choices[0][1])
                self._go_on(kind, values, ask, offered)
            elif ask:
                self._offer(kind, values, what, choices, offered)
            else:
                self.say(tr(WHAT_TO_SELECT[what]))

        self.worker.call(load, on_result=offer)

    def _offer(
        self,
        kind: SheetKind,
        values: dict[str, object],
        what: Selection,
        choices: list[Choice],
        offered: set[str],
    ) -> None:
        from desktop.ui.dialogs.sheet_chooser import SheetChooser

        partly = {
            o.selection: values[o.name] for o in kind.options if o.selection and o.name in values
        }
        chooser = SheetChooser(sheet_label(kind), tr(PROMPTS[what]), choices, partly, self.parent)

        def chosen() -> None:
            self._take(kind, values, chooser.chosen())
            missing = _missing(kind, values)
            if missing:  # not asked for in this list: on its tab, then
                self.say(tr(WHAT_TO_SELECT[missing[0]]))
            else:
                self._go_on(kind, values, True, offered)

        chooser.accepted.connect(chosen)
        self.chooser = chooser
        chooser.open()

    @staticmethod
    def _take(kind: SheetKind, values: dict[str, object], picked: dict[Selection, object]) -> None:
        for option in kind.options:
            if option.selection in picked:
                values[option.name] = picked[option.selection]


def _missing(kind: SheetKind, values: dict[str, object]) -> list[Selection]:
    """What the window must select for the sheet's required options it has no value for."""
    missing = []
    for option in kind.options:
        if option.required and option.name not in values:
            assert option.selection is not None  # the registry's tests see to it
            missing.append(option.selection)
    return missing


def _councils(names: list[str]) -> list[Choice]:
    return [(name, {Selection.COUNCIL: name}) for name in names]


def _series(names: list[str]) -> list[Choice]:
    return [(name, {Selection.SERIES: name}) for name in names]


def _sessions(rows: list[SessionChoice]) -> list[Choice]:
    return [
        (
            tr("{series} 第{number}回").format(series=r.series, number=r.number),
            {Selection.SERIES: r.series, Selection.SESSION: r.number},
        )
        for r in rows
    ]


def _categories(rows: list[CategoryChoice]) -> list[Choice]:
    return [
        (
            f"{r.program}　{r.category}",
            {Selection.PROGRAM: r.program, Selection.CATEGORY: r.category},
        )
        for r in rows
    ]


def _programs(names: list[str]) -> list[Choice]:
    return [(name, {Selection.PROGRAM: name}) for name in names]


def _load(name: str) -> Callable[..., Any]:
    """The operation `name` of desktop.ops.sheet_choices, loaded when it runs (with the database)."""

    def load(session: Any) -> Any:
        from desktop.ops import sheet_choices

        return getattr(sheet_choices, name)(session)

    return load


# What the window lists for a required option nothing selects (desktop.ops.sheet_choices);
# an option the sheet can do without names its own list (SheetOption.window_choices).
_OPERATIONS: dict[Selection, str] = {
    Selection.COUNCIL: "council_names",
    Selection.SERIES: "series_names",
    Selection.SESSION: "session_choices",
    Selection.CATEGORY: "category_choices",
}
# How each list is offered: the text of each choice, and what it selects.
_LISTED: dict[Selection, Callable[[Any], list[Choice]]] = {
    Selection.COUNCIL: _councils,
    Selection.SERIES: _series,
    Selection.SESSION: _sessions,
    Selection.CATEGORY: _categories,
    Selection.PROGRAM: _programs,
}
