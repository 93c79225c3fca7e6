"""Curve (ui/plot_utils.py): the drag history's polyline, repainted one segment a frame.

The window on screen is built from many partial repaints; it must look exactly like one
repaint of the whole curve, dashes included (a dashed line drawn in pieces must continue
its pattern where the last piece stopped).
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from infoviz.ui.plot_utils import Curve
from screen import on_screen


def _differing(a, b) -> int:
    pa = np.frombuffer(a.constBits(), np.uint32, a.width() * a.height())
    pb = np.frombuffer(b.constBits(), np.uint32, b.width() * b.height())
    return int(np.count_nonzero(pa != pb))


# (pen style, width, pixels that may differ): a solid line and Qt's one-pixel dashes match
# exactly; a wider dashed line drawn in pieces continues its pattern from the length drawn
# so far, which can land a dash's end a pixel off at a few places (restarting the pattern
# at every piece instead moves most dashes: 440 pixels at width 2 here).
@pytest.mark.parametrize("style,width,tolerance", [
    (Qt.PenStyle.SolidLine, 2, 0), (Qt.PenStyle.SolidLine, 1, 0), (Qt.PenStyle.DashLine, 1, 0),
    (Qt.PenStyle.DashDotLine, 1, 0), (Qt.PenStyle.DashLine, 2, 24), (Qt.PenStyle.DashLine, 4, 24)])
@pytest.mark.parametrize("grow", ["setData", "append"])
def test_a_curve_grown_a_point_at_a_time_looks_like_the_whole_curve(plot, qtbot, style, width, tolerance, grow):
    plot.setXRange(0, 40, padding=0)
    rng = np.random.default_rng(3)
    y = np.clip(np.cumsum(rng.normal(0, 0.08, 40)) + 0.5, 0.05, 0.95)
    x = np.arange(40, dtype=float)
    curve = Curve(pen=pg.mkPen("k", width=width, style=style))
    curve.reserve(0, 40, 0, 1)
    plot.addItem(curve)
    repaints = []
    orig = curve.paint

    def paint(p, opt, widget=None):
        repaints.append(opt.exposedRect.width())
        orig(p, opt, widget)

    curve.paint = paint
    curve.setData(x[:2], y[:2])
    on_screen(plot)
    kept = []
    for k in range(3, 41):
        if grow == "append":
            curve.append(x[k - 1], y[k - 1])
        else:
            curve.setData(x[:k], y[:k])
        kept.append(curve.getData()[1])
        QApplication.processEvents()
    grown = on_screen(plot)
    np.testing.assert_array_equal(curve.getData()[0], x)
    np.testing.assert_array_equal(curve.getData()[1], y)
    for k, ys in enumerate(kept, start=3):  # arrays handed out earlier never change
        np.testing.assert_array_equal(ys, y[:k])
    # it did repaint in pieces (a narrow exposed area), not the whole curve each time
    assert repaints and min(repaints) < 5
    plot.viewport().update()
    whole = on_screen(plot)
    assert _differing(grown, whole) <= tolerance


def test_non_finite_points_do_not_break_the_dashes(plot, qtbot):
    """A point at NaN (never drawn by the history, but possible for a Curve) must not turn
    the dash offset into NaN for the rest of the curve."""
    plot.setXRange(0, 10, padding=0)
    curve = Curve(pen=pg.mkPen("k", width=2, style=Qt.PenStyle.DashLine))
    curve.reserve(0, 10, 0, 1)
    plot.addItem(curve)
    x = np.arange(10, dtype=float)
    y = np.full(10, 0.5)
    y[3] = np.nan
    for k in range(2, 11):
        curve.setData(x[:k], y[:k])
        QApplication.processEvents()
    assert np.isfinite(curve._length_to(9, (30.0, -300.0, 0.0, 300.0)))


def test_append_of_a_point_that_does_not_go_right_still_draws_it(plot, qtbot):
    """append() is for x increasing; anything else is drawn too (as setData would)."""
    curve = Curve(pen=pg.mkPen("k", width=2))
    plot.addItem(curve)
    curve.setData([0.0, 1.0], [0.2, 0.4])
    curve.append(0.5, 0.9)
    x, y = curve.getData()
    assert x.tolist() == [0.0, 1.0, 0.5] and y.tolist() == [0.2, 0.4, 0.9]
    curve.append(2.0, 0.1)
    assert curve.getData()[0].tolist() == [0.0, 1.0, 0.5, 2.0]
