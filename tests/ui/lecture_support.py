"""Shared fixtures and helpers for the lecture-mode GUI tests (issue 5).

Import the fixtures into a test module with ``from lecture_support import *  # noqa``
(pytest finds fixtures in a module's namespace). They sit beside ``conftest.py``, which
belongs to the drag tests, and reuse its ``window`` fixture and ``drag.py`` helpers.

Two fixtures are autouse:

- ``isolated_settings``: every test gets its own settings, autosave and crash log
  (``HOME`` and the ``XDG_*`` variables point into ``tmp_path``, and QStandardPaths test
  mode is on while the test runs). Without it a test that leaves the window in nats,
  Korean or projector mode would hand those to every later test through the settings
  ``closeEvent`` writes.
- ``uncaught``: ``build_window`` installs the app's ``sys.excepthook``, which turns an
  exception raised inside a slot into a banner and keeps running (as a lecture should).
  That would also hide a broken slot from pytest-qt, so every exception reaching the hook
  during a test is recorded and fails the test.
"""
from __future__ import annotations

import math
import sys
import traceback

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QWidget

import drag

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton
MEASURES = ("entropy_p", "entropy_q", "cross_entropy_pq", "cross_entropy_qp", "kl_pq", "kl_qp")

__all__ = ["isolated_settings", "uncaught", "CTRL", "SHIFT", "LEFT", "MEASURES", "open_window",
           "action", "menu", "readout", "readout_value", "snapshot", "click", "click_action_button",
           "double_click", "press", "assert_one_undo_step", "assert_distribution", "ticks", "visible_error", "content",
           "approx3"]


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """A private settings file, autosave and crash log for this test; yields the HOME."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(tmp_path / sub))
    was = QStandardPaths.isTestModeEnabled()
    QStandardPaths.setTestModeEnabled(True)
    yield home
    QStandardPaths.setTestModeEnabled(was)


@pytest.fixture(autouse=True)
def uncaught(monkeypatch):
    """Record every exception that reaches the app's excepthook; fail the test on any."""
    from infoviz.ui import crash

    errors: list[str] = []
    real_install = crash.install_excepthook

    def install(window):
        real_install(window)
        app_hook = sys.excepthook

        def hook(exc_type, exc, tb):
            errors.append("".join(traceback.format_exception(exc_type, exc, tb)))
            app_hook(exc_type, exc, tb)

        sys.excepthook = hook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    monkeypatch.setattr(crash, "install_excepthook", install)
    yield errors
    assert not errors, "uncaught exceptions inside Qt slots:\n" + "\n".join(errors)


# -- windows ---------------------------------------------------------------------------
def open_window(qtbot, argv, size=(1440, 900)):
    """`build_window(argv)`, shown and exposed like conftest's ``window`` fixture.

    `size` None keeps the size the window chose (restored geometry, full screen)."""
    import pyqtgraph as pg

    from infoviz.app import build_window

    win = build_window(list(argv))
    qtbot.addWidget(win)
    if size is not None and not win.isFullScreen():
        win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    pg.setConfigOptions(mouseRateLimit=0)
    for hist in (win.histogram_p, win.histogram_q):
        hist.scene().minDragTime = 0
    win.activateWindow()
    win.setFocus()
    qtbot.wait(1)
    return win


def action(window, name: str) -> QAction:
    """The real QAction ``action_<name>`` (what the menu item or shortcut triggers)."""
    act = window.findChild(QAction, f"action_{name}")
    assert act is not None, f"no QAction named action_{name}"
    return act


def menu(window, name: str) -> QMenu:
    m = window.findChild(QMenu, f"menu_{name}")
    assert m is not None, f"no QMenu named menu_{name}"
    return m


def readout(window, key: str) -> QLabel:
    label = window.findChild(QLabel, f"readout_{key}")
    assert label is not None, f"no QLabel named readout_{key}"
    return label


def readout_value(window, key: str) -> float:
    """The number a readout shows (math.inf for "∞")."""
    return drag.first_number(readout(window, key).text())


def snapshot(window) -> dict:
    """Everything a refused or undone change must leave exactly as it was."""
    st = window.state
    return {"p": st.p.tolist(), "q": st.q.tolist(), "labels": tuple(st.labels),
            "locked_p": st.dist("p").locked, "locked_q": st.dist("q").locked,
            "n": st.n_bins, "undo": st.undo_stack.count(), "index": st.undo_stack.index()}


def content(snap: dict) -> dict:
    return {k: v for k, v in snap.items() if k not in ("undo", "index")}


# -- input -----------------------------------------------------------------------------
def _window_point(widget: QWidget, pos: QPoint | None):
    pos = widget.rect().center() if pos is None else pos
    top = widget.window()
    handle = top.windowHandle()
    assert handle is not None and top.isVisible(), "the window is not shown"
    return handle, widget.mapTo(top, pos)


def click(widget: QWidget, pos: QPoint | None = None, button=LEFT, modifiers=drag.NOMOD) -> None:
    """A real mouse click on `widget` (its centre unless `pos`), delivered to the window as
    the window system delivers one: Qt finds the widget under the pointer, gives it the
    focus its policy asks for, and so on (a click sent to the widget itself does not)."""
    handle, at = _window_point(widget, pos)
    QTest.mouseClick(handle, button, modifiers, at)


def double_click(widget: QWidget, pos: QPoint | None = None) -> None:
    """A real double click on `widget`, delivered through its window (see click)."""
    handle, at = _window_point(widget, pos)
    QTest.mouseDClick(handle, LEFT, drag.NOMOD, at)


def click_action_button(toolbar, act: QAction) -> None:
    """Click the tool-bar button of `act` with the mouse."""
    button = toolbar.widgetForAction(act)
    assert button is not None and button.isVisible(), f"{act.objectName()} has no visible tool-bar button"
    click(button)


def press(window, key, modifiers=drag.NOMOD) -> None:
    """A key press where a real one would go (drag.key: the focus widget or the window)."""
    drag.key(window, key, modifiers)


# -- checks ------------------------------------------------------------------------------
def assert_distribution(arr, what="") -> None:
    arr = np.asarray(arr, float)
    assert np.all(np.isfinite(arr)) and np.all(arr >= 0) and np.all(arr <= 1), (what, arr)
    assert abs(float(arr.sum()) - 1.0) <= 1e-9, (what, float(arr.sum()))


def assert_one_undo_step(window, before: dict) -> dict:
    """The change since `before` is exactly one undo step: Ctrl+Z brings back `before`,
    Ctrl+Shift+Z the change. Returns the snapshot after the change."""
    after = snapshot(window)
    assert content(after) != content(before), "nothing changed"
    assert after["undo"] == before["index"] + 1 and after["index"] == after["undo"], (before, after)
    window.setFocus()  # Ctrl+Z in a text field is that field's own undo
    press(window, Qt.Key.Key_Z, CTRL)
    assert content(snapshot(window)) == content(before)
    drag.check_readouts(window)
    press(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert content(snapshot(window)) == content(after)
    drag.check_readouts(window)
    return after


def ticks(hist) -> list:
    """The labels under a histogram's bars, as drawn on its bottom axis."""
    levels = hist.getPlotItem().getAxis("bottom")._tickLevels
    assert levels, "the bottom axis has no explicit ticks"
    return [text for _, text in levels[0]]


def visible_error(window):
    """The error dialog the file actions opened (files.last_dialog), which must be visible."""
    box = window.files.last_dialog
    assert box is not None, "no message box was shown"
    assert box.isVisible(), "the message box is not visible"
    return box


def approx3(value: float) -> float:
    """`value` as a readout shows it (three decimals)."""
    return math.inf if math.isinf(value) else float(f"{value:.3f}")
