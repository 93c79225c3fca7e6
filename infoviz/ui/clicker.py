"""Presenter clicker: PageDown / PageUp step the lesson from any focus in the window.

A presenter clicker sends PageDown (next) and PageUp (previous). They must work whatever
has the keyboard focus: a histogram (a QGraphicsView, which would scroll), the value
field (a QLineEdit), the step list, a teaching panel. A key event goes to the focus
widget, or to the active window when no widget has the focus, and an event filter on that
object sees it before the object does. So the filter sits on the focus widget (moved
with every focus change), on the main window and on its docks, and takes these two keys
first:

- ``ShortcutOverride`` is accepted, so no menu shortcut or widget claims the key;
- ``KeyPress`` steps the lesson (auto-repeats are swallowed: holding the key must not race
  through the lecture).

Only plain PageDown / PageUp (keypad too) aimed at the main window or one of its docks,
even floating, are taken; with Ctrl, Alt or Shift, and in dialogs and menus, the keys
keep their usual meaning. Left / Right are left alone: they select bars.

(An application-wide filter did the same, but saw every event of the application, about
thirty a drag frame, each a Python call: 2 % of a frame's work.)
"""
from __future__ import annotations

import weakref

import shiboken6

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from .guard import NOT_HANDLED, contained


_KEY_PRESS = QEvent.Type.KeyPress
_OVERRIDE = QEvent.Type.ShortcutOverride
_STEPS = {Qt.Key.Key_PageDown: +1, Qt.Key.Key_PageUp: -1}
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class ClickerFilter(QObject):
    """The event filter :func:`install_clicker` puts on the window, its docks and the focus widget.

    Parameters
    ----------
    window : MainWindow
        Its lesson panel (``window.panels["panel_lesson"]``) is stepped.
    """

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("clicker_filter")
        self._window = weakref.ref(window)
        self._focus = None  # the focus widget the filter was put on (not a window or dock)
        app = QApplication.instance()
        app.focusChanged.connect(self.follow_focus)
        app.focusWindowChanged.connect(self.follow_focus)  # a floating dock, say
        self.follow_focus()

    def follow_focus(self, *_) -> None:
        """Put the filter on the main window, its docks and the focus widget (and take it
        off the widget that had the focus before)."""
        window = self._window()
        if window is None or not (shiboken6.isValid(window) and shiboken6.isValid(self)):
            return  # (the window's destructor moves the focus away as it goes)
        window.installEventFilter(self)  # (installing again only moves it to the front)
        for dock in window.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            dock.installEventFilter(self)
        focus = QApplication.focusWidget()
        if focus is self._focus:
            return
        old, self._focus = self._focus, None
        if old is not None and shiboken6.isValid(old) and old is not window and not isinstance(old, QDockWidget):
            old.removeEventFilter(self)
        if focus is not None:
            focus.installEventFilter(self)
            self._focus = focus

    @contained(NOT_HANDLED)  # (an error must not reach Qt: see guard)

    def eventFilter(self, obj, ev):  # noqa: N802 (Qt's name)
        # Called for every event of the window, its docks and the focus widget (a few per
        # drag frame): the isinstance test costs ~0.1 µs, asking ev.type() ~5 µs.
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
    window._clicker_filter = filt
    return filt
