"""Items whose bounding rect Qt reads in C++ (ui/bounded_item.py): the rect Qt has holds
what they draw through every change, and they follow the view they are in, and only it."""
from __future__ import annotations

import gc

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QGraphicsRectItem

from infoviz.ui.bounded_item import BoundedItem
from infoviz.ui.grid_lines import GridLines
from infoviz.ui.plot_utils import Bars, Curve
from infoviz.ui.value_labels import ValueLabels
from screen import on_screen


@pytest.mark.parametrize("cls", [Bars, Curve, ValueLabels, GridLines])
def test_qt_reads_the_rect_without_python(cls):
    assert issubclass(cls, BoundedItem)
    for name in ("boundingRect", "shape"):
        assert getattr(cls, name) is getattr(QGraphicsRectItem, name), name


def _data_rect(item, plot):
    """`item`'s rect Qt has, in pixels of `plot`."""
    return plot.mapFromScene(item.mapToScene(item.boundingRect())).boundingRect()


def test_bars_bounds_follow_data_pen_and_view(plot, qtbot):
    bars = Bars(x=np.arange(3.0), height=[0.2, 0.5, 0.3], width=0.8, pen=pg.mkPen("k", width=1), brush="b")
    assert bars.boundingRect().isEmpty() is False  # (data, no view yet: no pixel padding)
    plot.addItem(bars)
    qtbot.wait(5)
    r = bars.boundingRect()
    # the bars and a few pixels round them for the pen
    assert r.left() < -0.4 and r.right() > 2.4 and r.top() < 0.0 and r.bottom() > 0.5
    pad_px = (r.right() - 2.4) * plot.width() / 3.0
    assert 1.0 < pad_px < 6.0
    bars.setOpts(height=[0.2, 0.9, 0.3])  # taller: the rect grows with it
    assert bars.boundingRect().bottom() > 0.9
    wide = pg.mkPen("k", width=9)
    bars.setOpts(pen=wide)  # a wider pen reaches further out
    assert bars.boundingRect().right() > r.right()
    before = bars.boundingRect()
    plot.resize(600, 300)  # the same pixels are half as many data units: less padding
    qtbot.wait(5)
    after = bars.boundingRect()
    assert after.right() < before.right() and after.right() > 2.4
    # on screen, the last bar's outline is whole after all that
    img = on_screen(plot)
    assert img.width() >= 600


def test_a_curve_and_labels_grow_their_bounds_with_what_they_draw(plot, qtbot):
    curve = Curve(pen=pg.mkPen("r", width=2))
    labels = ValueLabels()
    plot.addItem(curve)
    plot.addItem(labels)
    curve.setData([0.0, 1.0], [0.2, 0.4])
    labels.set_values([0.0, 1.0], [0.2, 0.4], ["0.20", "0.40"])
    qtbot.wait(5)
    c0, l0 = curve.boundingRect(), labels.boundingRect()
    assert c0.contains(pg.QtCore.QPointF(1.0, 0.4)) and l0.top() < 0.2 and l0.bottom() > 0.4
    curve.append(2.0, 0.9)
    labels.set_values([0.0, 1.0, 2.0], [0.2, 0.4, 0.9], ["0.20", "0.40", "0.90"])
    assert curve.boundingRect().contains(pg.QtCore.QPointF(2.0, 0.9))
    assert labels.boundingRect().right() > 2.0 and labels.boundingRect().bottom() > 0.9
    # every label's text (and the pixel round it that a repaint covers) is inside it
    assert labels.boundingRect().contains(labels._label_rect(range(3)))


def test_grid_lines_span_the_view_as_it_moves(plot, qtbot):
    axis = plot.getPlotItem().getAxis("left")
    grid = GridLines(axis)
    plot.addItem(grid, ignoreBounds=True)
    qtbot.wait(5)
    assert grid.boundingRect() == plot.getPlotItem().vb.viewRect()
    plot.setYRange(-1.0, 3.0, padding=0)
    qtbot.wait(5)
    assert grid.boundingRect() == plot.getPlotItem().vb.viewRect()


def test_an_item_leaves_its_view_for_another_and_forgets_the_first(plot, qtbot):
    other = pg.PlotWidget()
    qtbot.addWidget(other)
    other.resize(200, 200)
    other.setXRange(-0.5, 2.5, padding=0)
    other.show()
    qtbot.waitExposed(other)
    bars = Bars(x=np.arange(3.0), height=[0.2, 0.5, 0.3], width=0.8, pen=pg.mkPen("k"), brush="b")
    plot.addItem(bars)
    qtbot.wait(5)
    in_first = bars.boundingRect()
    plot.removeItem(bars)
    other.addItem(bars)
    qtbot.wait(5)
    # padded for the other view's pixels (300 px then, 200 now, for the same x range)
    assert bars.boundingRect().right() > in_first.right()
    moved = bars.boundingRect()
    plot.setXRange(-5, 5, padding=0)  # the first view no longer moves it
    plot.resize(320, 310)
    qtbot.wait(5)
    assert bars.boundingRect() == moved
    other.removeItem(bars)
    del bars
    gc.collect()
    other.setXRange(-3, 3, padding=0)  # nothing left connected to a deleted item
    qtbot.wait(5)
