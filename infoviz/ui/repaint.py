"""One window repaint per state change, however many plots it touched.

Every ``QGraphicsScene`` processes its dirty items in a queued call of its own, and at the
end of that call Qt *immediately* delivers the window's pending ``UpdateRequest``
(``QGraphicsScenePrivate::_q_processDirtyItems``: "Immediately dispatch all pending update
requests on the views"). With five plots on screen a drag frame was therefore five
synchronous repaints of the window, each with its own compositing and flush.

:class:`RepaintCoalescer` holds those requests back while a frame's scenes are still being
processed and sends one ``UpdateRequest`` after them, so a frame paints every dirty widget
in one pass.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt

from .guard import NOT_HANDLED, contained

#: A posted event to ourselves, at low priority: it is delivered after every scene's
#: queued dirty-item call (normal priority) that the same state change posted.
_FLUSH = QEvent.Type(QEvent.registerEventType())

#: A held request is let through anyway after this long, so that nothing, not even a lost
#: flush event, can leave the window frozen.
MAX_HOLD_S = 0.25


class RepaintCoalescer(QObject):
    """Merges the repaints of one frame of `window` into one.

    Call :meth:`begin_frame` when a change is about to dirty several views (the main window
    does it on every state change). Until the flush event posted there arrives, the
    window's ``UpdateRequest`` events are swallowed; Qt's repaint manager still believes
    one is on its way, so it posts no more, and the flush then sends one that paints
    everything dirtied in between.

    Parameters
    ----------
    window : QWidget
        A top-level widget; the coalescer is its child and filters its events.
    """

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self._held_since: float | None = None
        self.held = 0  # UpdateRequests swallowed (for tests and the benchmark)
        window.installEventFilter(self)

    @property
    def pending(self) -> bool:
        """Whether a frame is open (its flush not yet delivered)."""
        return self._held_since is not None

    def begin_frame(self) -> None:
        """Hold the window's repaints until the events already queued have run."""
        if self._held_since is not None or not self._window.isVisible():
            return
        self._held_since = time.monotonic()
        QCoreApplication.postEvent(self, QEvent(_FLUSH), Qt.EventPriority.LowEventPriority.value)

    @contained(NOT_HANDLED)  # (an error must not reach Qt: see guard)
    def eventFilter(self, obj, ev) -> bool:  # noqa: N802 - Qt's name
        if (obj is self._window and ev.type() == QEvent.Type.UpdateRequest
                and self._held_since is not None):
            if time.monotonic() - self._held_since < MAX_HOLD_S:
                self.held += 1
                return True
            self._held_since = None  # overdue: paint now, whatever happened to the flush
        return False

    @contained(NOT_HANDLED)  # (an error must not reach Qt: see guard)
    def event(self, ev) -> bool:
        if ev.type() == _FLUSH:
            if self._held_since is not None:
                self._held_since = None
                # Even if no request was held: one that Qt sends later would find nothing
                # left to paint, and the repaint manager's "request sent" flag is reset.
                QCoreApplication.sendEvent(self._window, QEvent(QEvent.Type.UpdateRequest))
            return True
        return super().event(ev)
