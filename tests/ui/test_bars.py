"""The Bars item (ui/plot_utils.py): what is drawn follows every setOpts, including a
repeated one and one with an array the caller changed in place."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

from infoviz.ui.plot_utils import Bars


def _filled_rows(w, x: float) -> int:
    """How many pixel rows of the plot are blue in the column of bar centre `x`."""
    img = w.grab().toImage()
    col = w.mapFromScene(w.getPlotItem().vb.mapViewToScene(pg.Point(x, 0.5))).x()
    return sum(1 for y in range(img.height()) if QColor(img.pixel(col, y)).blue() > 200
               and QColor(img.pixel(col, y)).red() < 80)


def test_bars_follow_heights_set_again_or_changed_in_place(plot, qtbot):
    heights = np.array([0.2, 0.8, 0.5])
    bars = Bars(x=np.arange(3.0), height=heights, width=0.8, pen=None, brush="b")
    w = plot
    w.addItem(bars)
    qtbot.wait(10)
    short = _filled_rows(w, 0)
    tall = _filled_rows(w, 1)
    assert tall > 3 * short > 0
    bars.setOpts(x=np.arange(3.0), height=heights.copy())  # the same values: nothing to do
    assert _filled_rows(w, 1) == tall
    heights[0] = 0.8  # the caller's array, changed in place, handed over again
    bars.setOpts(height=heights)
    assert abs(_filled_rows(w, 0) - tall) <= 1
    bars.setOpts(height=[0.2, 0.2, 0.2])  # a list works as well
    assert abs(_filled_rows(w, 1) - short) <= 1
