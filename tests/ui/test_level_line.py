"""The per-outcome plot's zero line (ui/level_line.py) runs across the whole plot, at
every number of bins, and is drawn by Qt with no Python call."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor

from infoviz.ui.level_line import LevelLine


def test_the_zero_line_spans_the_plot_at_every_number_of_bins(window, qtbot):
    plot = window.contributions_plot
    for n in (6, 13, 40):
        window.state.set_bins(n)
        qtbot.wait(1)
        line = plot.zero.line()
        (x0, x1), _ = plot.getPlotItem().vb.viewRange()
        assert (line.x1(), line.x2(), line.y1(), line.y2()) == (x0, x1, 0.0, 0.0)
        img = plot.grab().toImage()
        vb = plot.getPlotItem().vb
        row = plot.mapFromScene(vb.mapViewToScene(pg.Point(0.0, 0.0))).y()
        left = plot.mapFromScene(vb.mapViewToScene(pg.Point(x0, 0.0))).x()
        right = plot.mapFromScene(vb.mapViewToScene(pg.Point(x1, 0.0))).x()
        dark = [QColor(img.pixel(x, y)).lightness() < 120 for x in range(left + 1, right - 1)
                for y in (row - 1, row, row + 1)]
        # every column of the plot has the line (or a bar's dark outline) at zero
        cols = [any(dark[3 * i:3 * i + 3]) for i in range(len(dark) // 3)]
        assert sum(cols) > 0.97 * len(cols), n


def test_a_level_line_is_all_qt():
    """No Python override that Qt would call while drawing it."""
    from PySide6.QtWidgets import QGraphicsLineItem
    for name in ("paint", "boundingRect", "shape"):
        assert getattr(LevelLine, name) is getattr(QGraphicsLineItem, name)
