"""At the door (受付): the rows selected in a list ticked at once, the eye then going on down
the printed list; Space ticks, Shift+Space takes the tick back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QAbstractItemView

from desktop.ui.widgets.record_table import RecordTable


def tick_with_keys(table: RecordTable[Any], mark: Callable[[bool], None]) -> None:
    """Several rows may be selected (Shift / Ctrl+click, Ctrl+A); Space marks them present,
    Shift+Space takes it back (listed in ヘルプ ▸ キーボード操作)."""
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.on_key("Space", lambda: mark(True))
    table.on_key("Shift+Space", lambda: mark(False))


def rows_to_tick(table: RecordTable[Any], attended: bool) -> tuple[list[Any], Any]:
    """The selected rows, and the row to select once they are marked: after ticking, the row
    below the last one ticked; after taking back, the first of them."""
    chosen = table.selected_rows()
    if not chosen:
        return [], None
    shown = table.shown_rows()
    after = shown.index(chosen[-1]) + 1 if chosen[-1] in shown else len(shown)
    next_row = shown[after] if attended and after < len(shown) else chosen[0]
    return chosen, next_row
