"""The Qt binding's signals keep Python's reference counts: PySide6 6.12.0 took a reference to
True on every emit() of a signal declared in Python (the worker's busy_changed, the tabs'
status_message …), and after a day of work, or a long test run, the interpreter aborted on
exit ("bool_dealloc"). pyproject.toml keeps that release out; this test fails on one like it."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication


class Emitter(QObject):
    busy = Signal(bool)
    message = Signal(str)


def test_emitting_signals_takes_no_reference_to_true_or_false(qapp: QApplication) -> None:
    emitter = Emitter()
    heard: list[object] = []
    emitter.busy.connect(heard.append)
    emitter.message.connect(heard.append)
    gc.disable()
    try:
        before = sys.getrefcount(True), sys.getrefcount(False)
        for n in range(200):
            emitter.busy.emit(n % 2 == 0)
            emitter.message.emit("ok")
        heard.clear()
        after = sys.getrefcount(True), sys.getrefcount(False)
    finally:
        gc.enable()
    assert after == before
