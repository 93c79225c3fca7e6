"""The Bars item (ui/plot_utils.py): what is drawn follows every setOpts, including a
repeated one and one with an array the caller changed in place."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QColor

from infoviz.ui.plot_utils import Bars, fast_view
from screen import Painted, on_screen


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


@pytest.mark.parametrize("n, style", [(40, "solid"), (10, "solid"), (10, "dash"), (3, "dash")])
def test_bars_repainted_in_pieces_look_like_one_repaint(plot, qtbot, n, style):
    """Each setOpts repaints only the band the changed bars swept (all of them, as when a
    drag renormalises a histogram, or a few): what is on screen afterwards must be what a
    repaint of the whole plot draws. (Up to Bars.SMALL_BARS bars the change is worked out
    with lists, above it with numpy; a dashed outline repaints whole bars.)"""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    rng = np.random.default_rng(5)
    plot.setXRange(-0.6, n - 0.4, padding=0)
    dash = Qt.PenStyle.DashLine if style == "dash" else Qt.PenStyle.SolidLine
    bars = Bars(x=np.arange(float(n)), height=rng.uniform(0.1, 0.9, n), width=0.8,
                pen=pg.mkPen("k", width=2, style=dash), brush="b")
    bars.reserve_y(0.0, 1.0)
    plot.addItem(bars)
    on_screen(plot)
    h = np.array(bars.opts["height"], float)
    for step in range(30):
        if step % 3 == 2:
            k = rng.integers(0, n, min(3, n - 1))  # a few bars
            h[k] = rng.uniform(0.05, 0.95, k.size)
        else:
            h = np.clip(h * rng.uniform(0.8, 1.2) + rng.normal(0, 0.02, n), 0.0, 1.0)  # all of them
        bars.setOpts(height=h.copy())
        QApplication.processEvents()
    pieces = on_screen(plot)
    plot.viewport().update()
    whole = on_screen(plot)
    assert pieces == whole


def test_bars_that_become_empty_leave_nothing_behind_and_come_back(plot, qtbot):
    """An item with no bars tells Qt it draws nothing (so Qt skips it): the bars it drew
    before must still be erased, and bars set again must show."""
    from PySide6.QtWidgets import QGraphicsItem

    blank = on_screen(plot)
    bars = Bars(x=[0.0, 1.0, 2.0], height=[0.3, 0.9, 0.6], width=0.8, pen=pg.mkPen("k", width=2), brush="b")
    plot.addItem(bars)
    drawn = on_screen(plot)
    assert drawn != blank
    assert not bars.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    bars.setOpts(x=[], height=[])
    assert on_screen(plot) == blank
    assert bars.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    bars.setOpts(x=[0.0, 1.0, 2.0], height=[0.3, 0.9, 0.6])
    assert on_screen(plot) == drawn


def _pixel(plot, x: float, y: float, dy: int = 0) -> QColor:
    """What is on screen at data point (x, y), `dy` pixel rows below it."""
    img = on_screen(plot)
    at = plot.mapFromScene(plot.getPlotItem().vb.mapViewToScene(pg.Point(x, y)))
    return QColor(img.pixel(at.x(), at.y() + dy))


def test_a_new_pen_or_brush_alone_repaints_the_bars_in_it(plot, qtbot):
    """The item keeps its device-pixel plan between paints: a style change without new
    geometry must still draw the new colours (and outline) at once."""
    bars = Bars(x=[0.0, 1.0, 2.0], height=[0.5, 0.7, 0.6], width=0.8, pen=None, brush="b")
    plot.addItem(bars)
    assert _pixel(plot, 1.0, 0.3).blue() > 200
    bars.setOpts(brush="r")
    inside = _pixel(plot, 1.0, 0.3)
    assert inside.red() > 200 and inside.blue() < 80
    top = [_pixel(plot, 1.0, 0.7, dy) for dy in range(-4, 5)]
    assert not any(c.green() > 100 and c.red() < 80 for c in top)  # no outline yet
    bars.setOpts(pen=pg.mkPen("g", width=3))
    top = [_pixel(plot, 1.0, 0.7, dy) for dy in range(-4, 5)]
    assert sum(c.green() > 100 and c.red() < 80 and c.blue() < 80 for c in top) == 3


def test_wide_outlines_run_round_each_bar_solid_or_dashed(plot, qtbot):
    """Outlines wider than a pixel are drawn as filled edges (solid) or as dashed edges:
    a solid one is unbroken along a bar's top, a dashed one has gaps, and each is as
    thick as its pen."""
    from PySide6.QtCore import Qt

    bars = Bars(x=[0.0, 1.0, 2.0], height=[0.5, 0.7, 0.6], width=0.8, pen=pg.mkPen("k", width=3), brush=None)
    plot.addItem(bars)

    def top_row_is_dark():
        img = on_screen(plot)
        vb = plot.getPlotItem().vb
        left = plot.mapFromScene(vb.mapViewToScene(pg.Point(0.7, 0.7)))
        right = plot.mapFromScene(vb.mapViewToScene(pg.Point(1.3, 0.7)))
        rows = range(left.y() - 3, left.y() + 4)
        dark_rows = [y for y in rows if QColor(img.pixel((left.x() + right.x()) // 2, y)).lightness() < 60]
        row = min(dark_rows) if dark_rows else left.y()
        return len(dark_rows), [QColor(img.pixel(x, row)).lightness() < 60 for x in range(left.x(), right.x())]

    thick, row = top_row_is_dark()
    assert thick == 3 and all(row)
    bars.setOpts(pen=pg.mkPen("k", width=2, style=Qt.PenStyle.DashLine))
    thick, row = top_row_is_dark()
    assert thick == 2 and any(row) and not all(row)


def test_a_bar_that_stops_being_finite_and_back_repaints(plot, qtbot):
    """Up to SMALL_BARS bars are compared as lists; a non-finite bar sends a change down
    numpy's path (which drops that bar). Moving between the two with the same number of
    bars drawn must repaint what changed (it raised once: the list path keeps no bounds)."""
    import math

    bars = Bars(x=[0.0, 1.0], height=[0.5, math.nan], width=0.8, pen=None, brush="b")
    bars.reserve_y(0.0, 1.0)
    plot.addItem(bars)
    on_screen(plot)
    def is_bar(c):
        return c.blue() > 200 and c.red() < 80

    bars.setOpts(x=[0.0], height=[0.7])  # one bar either way: numpy's, then the lists'
    assert is_bar(_pixel(plot, 0.0, 0.65))
    bars.setOpts(x=[0.0, 1.0], height=[0.3, math.inf])  # and back to numpy's
    pieces = on_screen(plot)
    plot.viewport().update()
    assert on_screen(plot) == pieces
    assert not is_bar(_pixel(plot, 0.0, 0.65)) and is_bar(_pixel(plot, 0.0, 0.25))


def test_a_finite_bar_far_beyond_the_view_paints_without_error(plot, qtbot):
    """A finite height so large that its pixel row overflows a float: the list path's
    floor() cannot take it, so numpy's maps it (an exception in a paint can take the
    process down); bars set afterwards draw as usual."""
    import warnings

    bars = Bars(x=[0.0, 1.0], height=[1e307, 0.5], width=0.8, pen="k", brush="b")
    plot.addItem(bars)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # numpy's overflow in that row
        on_screen(plot)
        plot.viewport().update()
        on_screen(plot)
    bars.setOpts(height=[0.5, 0.5])
    for x in (0.0, 1.0):
        c = _pixel(plot, x, 0.25)
        assert c.blue() > 200 and c.red() < 80


@pytest.mark.parametrize("width", [1, 2, 4])
def test_a_dashed_outline_is_dashed_all_round_and_a_new_top_repaints_only_its_band(plot, qtbot, width):
    """A dashed outline (the ghost of the other distribution) has its pen's thickness and
    gaps on every side, and its dashes do not move when a bar's top does: a drag repaints
    only the band the top swept, and what is on screen is what a whole repaint draws."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    plot.setXRange(-0.6, 2.6, padding=0)
    plot.setYRange(0.0, 1.0, padding=0)  # fixed, as in the app (no auto-range)
    fast_view(plot)  # one repainted rect a frame, as the app's views
    bars = Bars(x=[0.0, 1.0, 2.0], height=[0.5, 0.7, 0.6], width=0.8,
                pen=pg.mkPen("k", width=width, style=Qt.PenStyle.DashLine), brush=None)
    bars.reserve_y(0.0, 1.0)
    plot.addItem(bars)
    on_screen(plot)
    img = on_screen(plot)  # (settled: the first paint works out the pen's reach in pixels)
    vb = plot.getPlotItem().vb

    def at(x, y):
        return plot.mapFromScene(vb.mapViewToScene(pg.Point(x, y)))

    def dark(img, x, y):
        return QColor(img.pixel(x, y)).lightness() < 60

    # the left side of the middle bar: dark pixels in `width` columns, with gaps down it
    top, bottom = at(0.6, 0.7), at(0.6, 0.05)
    columns = [x for x in range(top.x() - 4, top.x() + 5)
               if sum(dark(img, x, y) for y in range(top.y() + 6, bottom.y())) > 5]
    assert len(columns) == width
    down = [dark(img, columns[0], y) for y in range(top.y() + 6, bottom.y())]
    assert any(down) and not all(down)
    # its top edge: dashed too
    left, right = at(0.65, 0.7), at(1.35, 0.7)
    rows = [y for y in range(left.y() - 4, left.y() + 5)
            if sum(dark(img, x, y) for x in range(left.x(), right.x())) > 5]
    assert len(rows) == width
    across = [dark(img, x, rows[0]) for x in range(left.x(), right.x())]
    assert any(across) and not all(across)

    exposed = Painted(plot.viewport())
    bars.setOpts(height=[0.5, 0.75, 0.6])  # the middle bar's top rises a little
    pieces = on_screen(plot)
    plot.viewport().removeEventFilter(exposed)
    band = at(1.0, 0.76).y(), at(1.0, 0.69).y()
    rects = [r for found in exposed.rects.values() for r in found]
    assert rects and all(band[0] - 2 * width - 4 <= r.top() and r.bottom() <= band[1] + 2 * width + 4
                         for r in rects), (band, rects)
    plot.viewport().update()
    assert on_screen(plot) == pieces


def test_dashes_qt_draws_itself_still_repaint_whole_bars(plot, qtbot):
    """A pen that scales with the view (not cosmetic) is drawn by Qt, whose dashes start at
    each bar's corner: a moving top moves the dashes down its sides, so those repaint
    too, and the screen matches a whole repaint."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPen
    from PySide6.QtWidgets import QApplication

    plot.setXRange(-0.6, 2.6, padding=0)
    plot.setYRange(0.0, 1.0, padding=0)
    fast_view(plot)
    pen = QPen(QColor("black"))
    pen.setWidthF(0.02)
    pen.setStyle(Qt.PenStyle.DashLine)
    pen.setCosmetic(False)
    bars = Bars(x=[0.0, 1.0, 2.0], height=[0.5, 0.7, 0.6], width=0.8, pen=pen, brush=None)
    bars.reserve_y(0.0, 1.0)
    plot.addItem(bars)
    on_screen(plot)
    on_screen(plot)
    for h in (0.73, 0.41, 0.66, 0.52):
        bars.setOpts(height=[0.5, h, 0.6])
        QApplication.processEvents()
        pieces = on_screen(plot)
        plot.viewport().update()
        assert on_screen(plot) == pieces, h


@pytest.mark.parametrize("width, style", [(2, "solid"), (3, "solid"), (2, "dash"), (1, "dash"), (4, "dash")])
def test_a_few_bars_with_a_wide_or_dashed_outline_plan_as_numpy_does(plot, qtbot, width, style):
    """Up to Bars.SMALL_BARS bars, the rects and lines of a wide or dashed outline are
    worked out in Python: the very numbers numpy's path gives, for bars of any height
    (zero included) under the plot's transform."""
    from PySide6.QtCore import Qt

    rng = np.random.default_rng(width)
    dash = Qt.PenStyle.DashLine if style == "dash" else Qt.PenStyle.SolidLine
    for n, brush in ((1, None), (7, "b"), (30, None)):
        heights = rng.uniform(0.0, 0.9, n)
        heights[rng.integers(0, n)] = 0.0
        bars = Bars(x=np.arange(float(n)), height=heights, width=0.8, y0=0.05,
                    pen=pg.mkPen("k", width=width, style=dash), brush=brush)
        plot.addItem(bars)
        qtbot.wait(1)
        t = plot.getPlotItem().vb.childGroup.sceneTransform() * plot.viewportTransform()
        key = (t.m11(), t.m22(), t.dx(), t.dy())
        assert bars._rows is not None

        def copies(plan):
            out = []
            for pen, brush_, ptr, count in plan:
                import shiboken6
                address = shiboken6.getCppPointer(ptr)[0]
                values = np.ctypeslib.as_array((__import__("ctypes").c_double * (4 * count)).from_address(address))
                out.append((pen.style(), None if brush_ is None else brush_.style(), count, values.copy()))
            return out

        small = copies(bars._plan(key, n))
        rows, bars._rows = bars._rows, None  # numpy's path
        try:
            big = copies(bars._plan(key, n))
        finally:
            bars._rows = rows
        assert len(small) == len(big)
        for a, b in zip(small, big):
            assert a[:3] == b[:3]
            assert np.array_equal(a[3], b[3]), (n, width, style)
        plot.removeItem(bars)
