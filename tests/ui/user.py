"""A simulated lecturer: every action through the real widgets (mouse, keys, menus, buttons).

Used by the stateful property test and the soak, which apply these actions in random
order and check the invariants after each one.
"""
from __future__ import annotations

import sys

import numpy as np
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QSlider

import drag as d

K = Qt.Key
SHIFT, CTRL = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier


def child(window, cls, name: str):
    """The widget `name` (fails loudly: a renamed widget must not skip a rule silently)."""
    w = window.findChild(cls, name)
    if w is None:
        raise AssertionError(f"no {cls.__name__} named {name!r} in the window")
    return w


class Lecturer:
    """Drives one main window as a person would."""

    def __init__(self, window, tmp_dir):
        self.w = window
        self.tmp = tmp_dir
        self.saved: list = []

    # -- mouse ----------------------------------------------------------------------
    def drag(self, which: str, index: int, values) -> None:
        hist = self.w.histogram_p if which == "p" else self.w.histogram_q
        index %= self.w.state.n_bins
        d.drag(hist, index, values)

    def click_bar(self, which: str, index: int) -> None:
        hist = self.w.histogram_p if which == "p" else self.w.histogram_q
        index %= self.w.state.n_bins
        pos = hist.point_for(index, 0.0)
        pos.setY(pos.y() - 2)
        d.press(hist, index, pos)
        d.release(hist, pos)

    def click(self, name: str) -> None:
        button = child(self.w, QAbstractButton, name)
        if button.isEnabled() and button.isVisible():
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    # -- keys -----------------------------------------------------------------------
    def key(self, k, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        d.key(self.w, k, modifiers)

    def focus_window(self) -> None:
        """Take the focus out of text fields first, as a lecturer clicking the plot would."""
        self.w.activateWindow()
        self.w.histogram_q.setFocus()

    def nudge(self, up: bool, big: bool) -> None:
        self.focus_window()
        self.key(K.Key_Up if up else K.Key_Down, SHIFT if big else Qt.KeyboardModifier.NoModifier)

    def select(self, right: bool) -> None:
        self.focus_window()
        self.key(K.Key_Right if right else K.Key_Left)

    def type_value(self, text: str) -> None:
        """Double-click the selected bar's field, type, Enter (valid or not)."""
        edit = child(self.w, QLineEdit, "value_edit")
        self.w.value_editor.focus_for_typing()
        edit.selectAll()
        QTest.keyClicks(edit, text)
        QTest.keyClick(edit, K.Key_Return)
        self.focus_window()

    def undo(self) -> None:
        self.focus_window()
        self.key(K.Key_Z, CTRL)

    def redo(self) -> None:
        self.focus_window()
        self.key(K.Key_Z, CTRL | SHIFT)

    def preset(self, k: int) -> None:
        self.focus_window()
        self.key(getattr(K, f"Key_{1 + k % 9}"))

    def unit(self) -> None:
        self.focus_window()
        self.key(K.Key_B)

    def bins(self, more: bool) -> None:
        self.focus_window()
        self.key(K.Key_Plus if more else K.Key_Minus)

    def projector(self) -> None:
        self.focus_window()
        self.key(K.Key_F11)

    def lesson(self, forward: bool) -> None:
        self.key(K.Key_PageDown if forward else K.Key_PageUp)

    # -- menus ----------------------------------------------------------------------
    def action(self, name: str) -> None:
        act = self.w.actions_by_name[name]
        if act.isEnabled():
            act.trigger()

    def language(self, lang: str) -> None:
        self.action(f"lang_{lang}")

    # -- panels ---------------------------------------------------------------------
    def temperature(self, steps: int) -> None:
        self.w.show_panel("panel_softmax")
        slider = child(self.w, QSlider, "softmax_temperature")
        slider.setFocus()
        for _ in range(abs(steps)):
            QTest.keyClick(slider, K.Key_Right if steps > 0 else K.Key_Left)
        self.focus_window()

    def sample(self) -> None:
        self.w.show_panel("panel_sampling")
        self.click("sampling_step10")

    def fit(self, steps: int = 3) -> None:
        self.w.show_panel("panel_fit")
        for _ in range(steps):
            self.click("fit_step")

    def fit_play_toggle(self) -> None:
        self.w.show_panel("panel_fit")
        self.click("fit_play")

    # -- files ----------------------------------------------------------------------
    def save(self) -> None:
        path = self.tmp / f"s{len(self.saved)}.infoviz.json"
        if self.w.files.save_path(str(path)):
            self.saved.append(path)

    def load(self, k: int) -> None:
        if self.saved:
            self.w.files.open_path(str(self.saved[k % len(self.saved)]))
            box = self.w.files.last_dialog
            if box is not None and box.isVisible():
                box.close()


# -- invariants -----------------------------------------------------------------------
def _outside_code_panel(widgets, window):
    """The code panel teaches the NaN trap in words ("numpy alone would give nan"); its
    numbers are checked by its own tests, so its prose is left out of the "nan" scan."""
    code = window.panels.get("panel_code")
    return [w for w in widgets if code is None or not code.isAncestorOf(w)]


def visible_texts(window) -> list[str]:
    """Every text the window shows in labels, buttons, line edits and combo boxes."""
    def of(cls):
        return _outside_code_panel(window.findChildren(cls), window)
    texts = [w.text() for w in of(QLabel)]
    texts += [w.text() for w in of(QAbstractButton)]
    texts += [w.text() for w in of(QLineEdit)]
    texts += [w.currentText() for w in of(QComboBox)]
    return texts


def check_invariants(window) -> None:
    """p and q valid and alike; readouts equal the model; no "nan" anywhere."""
    st = window.state
    p, q = st.p, st.q
    assert p.shape == q.shape and p.ndim == 1 and 2 <= p.size
    for name, v in (("p", p), ("q", q)):
        assert np.all(np.isfinite(v)), (name, v)
        assert np.all(v >= 0), (name, v)
        assert abs(v.sum() - 1.0) <= 1e-9, (name, v.sum())
    assert len(st.labels) == p.size
    assert st.dragging is None
    d.check_readouts(window)
    for text in visible_texts(window):
        assert "nan" not in text.lower().replace("nanum", ""), text


def live_qobjects(window) -> int:
    return len(window.findChildren(QObject))


def rss_mb() -> float:
    """Resident memory in MB, after a garbage collection and glibc's ``malloc_trim(0)``:
    memory the app has freed but glibc keeps mapped for reuse is not memory the app holds
    (untrimmed readings jump by megabytes with the allocator's arenas, not with a leak)."""
    import ctypes
    import ctypes.util
    import gc
    gc.collect()
    name = ctypes.util.find_library("c")
    libc = ctypes.CDLL(name) if name else None
    if libc is not None and hasattr(libc, "malloc_trim"):
        libc.malloc_trim(0)
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    import resource
    return pages * resource.getpagesize() / 2**20


def none_refs() -> int:
    return sys.getrefcount(None)


def settle() -> None:
    """Run pending events, and the deferred deletions a real event loop would run (plain
    processEvents() never does: finished animations' deleteLater would pile up)."""
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

