"""ui/garbage.py: cyclic garbage is collected from the event loop only, never inside a Qt
call (an automatic collection there froze a test in ``MainWindow()``: the module says how)."""
from __future__ import annotations

import gc
import weakref

from PySide6.QtWidgets import QApplication


class Node:
    """Something a cycle can hold and a weak reference can watch."""

    def __init__(self):
        self.other = None


def _cycle() -> weakref.ref:
    a, b = Node(), Node()
    a.other, b.other = b, a
    return weakref.ref(a)


def test_automatic_collection_is_off_and_the_event_loop_collects(window, qtbot):
    app = QApplication.instance()
    assert not gc.isenabled()
    assert app._infoviz_gc.timer.isActive()
    watched = _cycle()
    junk = [_cycle() for _ in range(3 * gc.get_threshold()[0])]  # far past generation 0's threshold
    assert watched() is not None  # no collection ran inside the allocations above
    del junk
    qtbot.waitUntil(lambda: watched() is None, timeout=5000)  # the timer's check collected it


def test_building_another_window_keeps_collection_on_the_event_loop(window, qtbot):
    from infoviz.app import build_window

    collector = QApplication.instance()._infoviz_gc
    gc.enable()  # as a library might
    other = build_window(["--lang", "en"])
    try:
        assert not gc.isenabled()
        assert QApplication.instance()._infoviz_gc is collector  # one timer, not one per window
    finally:
        gc.disable()  # whatever happened above, the rest of the session collects from the loop
        if "other" in locals():
            other.autosaver.enabled = False
            other.close()
            other.deleteLater()
