"""A horizontal or vertical line across a plot, drawn by Qt alone: a lean
``pyqtgraph.InfiniteLine`` for lines the program moves (not the user)."""
from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import QLineF
from PySide6.QtWidgets import QGraphicsLineItem


class LevelLine(QGraphicsLineItem):
    """A line at `y` from `x0` to `x1` (data coordinates), or with ``vertical=True`` a
    line at x = `y` from y = `x0` to `x1`; ``setPen`` as any ``QGraphicsLineItem``. Add it
    with ``plot.addItem(line, ignoreBounds=True)``.

    ``pyqtgraph.InfiniteLine`` works out its extent from the view in Python on every
    ``boundingRect`` and ``paint``, and the plots that have such lines repaint round them
    on every drag frame (0.07-0.1 ms of a 10-bin frame for the per-outcome plot's zero
    line, 4 % of a frame with the lecture panels shown). This item's bounding rect and
    paint are Qt's own (no Python runs when it is drawn). :meth:`set_span` gives it the
    plot's range, or :meth:`follow` keeps it spanning a view box's range.
    """

    def __init__(self, y: float = 0.0, x0: float = 0.0, x1: float = 1.0, vertical: bool = False):
        super().__init__()
        self._y = float(y)
        self._span = (float(x0), float(x1))
        self._vertical = bool(vertical)
        self._place()

    def _place(self) -> None:
        (a, b), v = self._span, self._y
        line = QLineF(v, a, v, b) if self._vertical else QLineF(a, v, b, v)
        if line != self.line():
            self.setLine(line)

    def set_span(self, x0: float, x1: float) -> None:
        """Run the line from `x0` to `x1` (along y for a vertical line)."""
        self._span = (float(x0), float(x1))
        self._place()

    def value(self) -> float:
        """Where the line is (as ``InfiniteLine.value``)."""
        return self._y

    def setValue(self, value: float) -> None:  # noqa: N802 - InfiniteLine's name
        """Move the line to `value` (as ``InfiniteLine.setValue``)."""
        self._y = float(value)
        self._place()

    def follow(self, view_box) -> None:
        """Span `view_box`'s range (x, or y for a vertical line) now and whenever it
        changes, as an ``InfiniteLine`` does."""
        # (weakly: the connection lasts as long as the view box, and must keep neither
        # it nor a removed line alive, nor reach a deleted one)
        me, box = weakref.ref(self), weakref.ref(view_box)
        axis = 1 if self._vertical else 0

        def spans(*_args) -> None:
            line, vb = me(), box()
            if line is not None and vb is not None and shiboken6.isValid(line) and shiboken6.isValid(vb):
                line.set_span(*vb.viewRange()[axis])

        (view_box.sigYRangeChanged if self._vertical else view_box.sigXRangeChanged).connect(spans)
        spans()
