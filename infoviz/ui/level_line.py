"""A horizontal line across a plot, drawn by Qt alone: a lean ``pyqtgraph.InfiniteLine``
for a line that never moves (the zero of the per-outcome plot)."""
from __future__ import annotations

from PySide6.QtCore import QLineF
from PySide6.QtWidgets import QGraphicsLineItem


class LevelLine(QGraphicsLineItem):
    """A horizontal line at `y` from `x0` to `x1` (data coordinates); ``setPen`` as any
    ``QGraphicsLineItem``. Add it with ``plot.addItem(line, ignoreBounds=True)``.

    ``pyqtgraph.InfiniteLine`` works out its extent from the view in Python on every
    ``boundingRect`` and ``paint``, and the per-outcome plot repaints round its zero line
    on every drag frame: 0.07-0.1 ms of a 10-bin frame. This item's bounding rect and
    paint are Qt's own (no Python runs when it is drawn); :meth:`set_span` gives it the
    plot's x range whenever that changes.
    """

    def __init__(self, y: float = 0.0, x0: float = 0.0, x1: float = 1.0):
        super().__init__()
        self._y = float(y)
        self.set_span(x0, x1)

    def set_span(self, x0: float, x1: float) -> None:
        """Run the line from `x0` to `x1`."""
        line = QLineF(float(x0), self._y, float(x1), self._y)
        if line != self.line():
            self.setLine(line)

    def value(self) -> float:
        """The line's height (as ``InfiniteLine.value``)."""
        return self._y
