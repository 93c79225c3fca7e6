"""Python's cyclic garbage collection, run only from the event loop.

Automatic collection runs wherever an allocation crosses its threshold, and that can be
inside a Qt call that holds one of Qt's signal-slot mutexes: pyqtgraph disconnecting a
view's signals as an item joins a plot, where PySide allocates to look up a Python
override. If that collection destroys a Qt object (a dropped window's menu and its
actions) whose mutex is the one held -- Qt shares a small pool of mutexes between all
objects -- the thread waits for itself forever: a frozen window. Seen in a CI run: a test
froze in ``MainWindow()``, ``gc_collect_main`` under ``QObject::disconnect``, and
``~QObject`` waiting in ``QBasicMutex::lockInternal``.

The remedy is pyqtgraph's own (:class:`pyqtgraph.util.garbage_collector.GarbageCollector`):
automatic collection off, and the same generation thresholds checked on a Qt timer, whose
slot runs from the event loop with no Qt lock held.
"""
from __future__ import annotations

import gc

from pyqtgraph.util.garbage_collector import GarbageCollector

#: How often the thresholds are checked (s): short enough that garbage cycles never pile
#: up (a drag frame makes a few hundred objects), long enough to cost nothing.
INTERVAL_S = 0.5


def collect_from_event_loop(app) -> GarbageCollector:
    """Turn automatic collection off and collect from a timer of `app`'s thread instead
    (once per application; later calls return the same collector).

    Returns
    -------
    GarbageCollector
        Its ``timer`` runs the collections; ``gc.isenabled()`` is False from now on.
    """
    collector = getattr(app, "_infoviz_gc", None)
    if collector is None:
        collector = GarbageCollector(interval=INTERVAL_S)
        collector.timer.setParent(app)  # lives and dies with the application, in its thread
        app._infoviz_gc = collector
    elif gc.isenabled():
        gc.disable()
    return collector
