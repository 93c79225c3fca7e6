"""An exception raised where Qt calls Python (a paint, an event handler) stops there.

PySide6 6.11.3 does not end a Python override of a Qt virtual that raises: it leaves the
exception set and lets Qt carry on. In a scene's paint every item after the one that
raised then ran its Python with the error pending (pyqtgraph's axes failed with
``SystemError`` in turn), and the next lookup of an override could crash the process
outright (a segmentation fault, before the crash hook could say anything: an
``OverflowError`` in the bars' paint did it during a drag). So every method Qt calls that
the app overrides is wrapped with :func:`contained`, and pyqtgraph's paints, bounding
rects, shapes, ``itemChange`` and event handlers are wrapped in place at import
(:func:`guard_overrides`): the item that failed draws nothing (or has an empty bounding
rect) for that call, the rest of the window paints, and the error goes to
``sys.excepthook`` (the crash log and the banner, see :mod:`infoviz.ui.crash`) once,
after the paint. The tests fail on any error contained while they run.
"""
from __future__ import annotations

import functools
import inspect
import sys
import traceback

from PySide6.QtCore import QRectF, QTimer
from PySide6.QtGui import QPainterPath

from ..attr_lookup import own_qt_overrides

#: Distinct errors reported; after this many, more are only counted (a paint that fails
#: with a new number in its message each frame must not fill the log).
MAX_REPORTED = 20

_reported: set = set()
#: How many errors were contained, reported or not, and the latest of them as text (the
#: tests fail on any they did not expect: the app's crash hook only shows a banner).
contained_count = 0
recent: list = []


def forget() -> None:
    """Report errors seen before as if new (a test's errors are its own)."""
    _reported.clear()
    recent.clear()


def report_later(exc_type, exc, tb) -> None:
    """Hand an exception to ``sys.excepthook`` after the current event (never from inside a
    paint: the hook shows a banner), once per kind and place."""
    global contained_count
    contained_count += 1
    if len(recent) < MAX_REPORTED:
        recent.append("".join(traceback.format_exception(exc_type, exc, tb)))
    frames = traceback.extract_tb(tb)
    # The failed call's locals go now (a QPainter among them would stay active on its
    # widget until the report ran); the traceback keeps its lines for the report.
    traceback.clear_frames(tb)
    where = (exc_type, str(exc), frames[-1].filename, frames[-1].lineno) if frames else (exc_type, str(exc))
    if where in _reported or len(_reported) >= MAX_REPORTED:
        return
    _reported.add(where)
    QTimer.singleShot(0, lambda: sys.excepthook(exc_type, exc, tb))


def contained(fallback=None, *, given_args: bool = False):
    """Decorator for a method that Qt calls (``paint``, ``boundingRect``, ``paintEvent``): an
    exception it raises is reported (:func:`report_later`) and the method returns
    ``fallback()`` (None if `fallback` is None) instead of handing the error back to Qt.

    Parameters
    ----------
    fallback : callable, optional
        Makes the value returned after a failure, e.g. ``QRectF`` for an empty rect.
    given_args : bool
        Call `fallback` with the method's arguments (an ``itemChange`` answers the value
        it was given).
    """
    def wrap(method):
        @functools.wraps(method)
        def guarded(self, *args):
            try:
                return method(self, *args)
            except Exception:  # noqa: BLE001 - reported, never lost
                report_later(*sys.exc_info())
                if fallback is None:
                    return None
                return fallback(*args) if given_args else fallback()
        guarded._contained = True
        return guarded
    return wrap


#: The fallback of an ``event`` or ``eventFilter`` that failed: False, the event not taken.
NOT_HANDLED = bool

#: What each guarded Qt method gives back after a failure (it must be of Qt's type: None
#: from a method that returns a rect would be one more error inside Qt's call).
FALLBACKS = {"paint": None, "paintEvent": None, "boundingRect": QRectF, "shape": QPainterPath}


def _unchanged(_change, value):
    return value


def guard_overrides(classes) -> int:
    """Wrap, in place, with :func:`contained` the methods Qt calls that each of `classes`
    defines itself: ``paint``, ``paintEvent``, ``boundingRect``, ``shape``, ``itemChange``
    and every Qt event handler (``resizeEvent``, ``mouseMoveEvent``...). For pyqtgraph's
    items and views, whose Python Qt calls on every paint and pointer move; the number
    wrapped. Idempotent."""
    done = 0
    for cls in classes:
        for name in own_qt_overrides(cls):  # (pyqtgraph's own mouseDragEvent... are not Qt's)
            method = vars(cls)[name]
            if not inspect.isfunction(method) or getattr(method, "_contained", False):
                continue
            if name in FALLBACKS:
                guarded = contained(FALLBACKS[name])(method)
            elif name == "itemChange":
                guarded = contained(_unchanged, given_args=True)(method)
            elif name.endswith("Event"):
                guarded = contained()(method)
            else:
                continue
            setattr(cls, name, guarded)
            done += 1
    return done


def pyqtgraph_classes() -> list:
    """pyqtgraph's graphics items, views and scene (every class of its that Qt paints)."""
    import pyqtgraph as pg  # (imported here so that its classes exist)
    from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView

    found, todo = [], [QGraphicsItem, QGraphicsView, QGraphicsScene]
    seen = set()
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            if sub not in seen:
                seen.add(sub)
                todo.append(sub)
                if sub.__module__.startswith("pyqtgraph"):
                    found.append(sub)
    del pg
    return found
