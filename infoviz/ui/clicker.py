"""Presenter clicker: PageDown / PageUp step the lesson from any focus in the window.

A presenter clicker sends PageDown (next) and PageUp (previous). They must work whatever
has the keyboard focus: a histogram (a QGraphicsView, which would scroll), the value
field (a QLineEdit), the step list, a teaching panel. An application-level event filter
sees every key event before the focused widget does, so it takes these two keys first:

- ``ShortcutOverride`` is accepted, so no menu shortcut or widget claims the key;
- ``KeyPress`` steps the lesson (auto-repeats are swallowed: holding the key must not race
  through the lecture).

Only plain PageDown / PageUp (keypad too) aimed at the main window or one of its docks,
even floating, are taken; with Ctrl, Alt or Shift, and in dialogs and menus, the keys
keep their usual meaning. Left / Right are left alone: they select bars.
"""
from __future__ import annotations

import weakref

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

_KEY_PRESS = QEvent.Type.KeyPress
_OVERRIDE = QEvent.Type.ShortcutOverride
_STEPS = {Qt.Key.Key_PageDown: +1, Qt.Key.Key_PageUp: -1}
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class ClickerFilter(QObject):
    """The event filter :func:`install_clicker` installs on the application.

    Parameters
    ----------
    window : MainWindow
        Its lesson panel (``window.panels["panel_lesson"]``) is stepped.
    """

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("clicker_filter")
        self._window = weakref.ref(window)

    def eventFilter(self, obj, ev):  # noqa: N802 (Qt's name)
        # Called for every event of the application (~100 per drag frame): the isinstance
        # test costs ~0.1 µs, asking ev.type() of every event ~5 µs.
        if not isinstance(ev, QKeyEvent):
            return False
        t = ev.type()
        if t != _KEY_PRESS and t != _OVERRIDE:
            return False
        delta = _STEPS.get(ev.key())
        if delta is None or ev.modifiers() not in _PLAIN or not isinstance(obj, QWidget):
            return False
        window = self._window()
        if window is None or not _inside(obj, window):
            return False
        if t == _OVERRIDE:
            ev.accept()  # ours: no shortcut may take it, the KeyPress comes next
            return True
        if not ev.isAutoRepeat():
            panel = getattr(window, "panels", {}).get("panel_lesson")
            if panel is None:
                return False
            panel.step_by(delta)
        ev.accept()
        return True


def _inside(widget: QWidget, window) -> bool:
    """Whether `widget` is in `window` itself or in one of its (possibly floating) docks;
    not in a dialog or menu the window owns."""
    top = widget.window()
    if top is window:
        return True
    return isinstance(top, QDockWidget) and top.parentWidget() is window


def install_clicker(window) -> ClickerFilter:
    """Make PageDown / PageUp step `window`'s lesson from any focus (idempotent)."""
    existing = getattr(window, "_clicker_filter", None)
    if existing is not None:
        return existing
    filt = ClickerFilter(window)
    QApplication.instance().installEventFilter(filt)
    window._clicker_filter = filt
    return filt
