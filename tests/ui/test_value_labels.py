"""ValueLabels (ui/value_labels.py): the numbers over the bars, one item for the row."""
from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QColor, QFont

from infoviz.ui.value_labels import ValueLabels
from screen import on_screen


def _ink_rows(w, x: float) -> list[int]:
    """Pixel rows with dark ink in the column of data x."""
    img = w.grab().toImage()
    vb = w.getPlotItem().vb
    col = round(w.mapFromScene(vb.mapViewToScene(pg.Point(x, 0.5))).x())
    rows = []
    for y in range(img.height()):
        if any(QColor(img.pixel(c, y)).lightness() < 120 for c in range(col - 6, col + 7)):
            rows.append(y)
    return rows


def _labels_in(plot) -> ValueLabels:
    """Black 14-pixel labels in `plot`, reserving its range."""
    labels = ValueLabels(color="k")
    font = QFont()
    font.setPixelSize(14)
    labels.set_font(font)
    plot.addItem(labels)
    labels.reserve(-0.5, 2.5, 0.0, 1.0)
    return labels


def test_labels_sit_just_above_their_points_and_follow_them(plot, qtbot):
    labels = _labels_in(plot)
    labels.set_values([0.0, 1.0, 2.0], [0.2, 0.5, 0.8], ["0.20", "0.50", "0.80"])
    qtbot.wait(10)
    assert labels.texts() == ["0.20", "0.50", "0.80"]
    vb = plot.getPlotItem().vb

    def y_px(v):
        return plot.mapFromScene(vb.mapViewToScene(pg.Point(0, v))).y()

    for x, v in ((0.0, 0.2), (1.0, 0.5), (2.0, 0.8)):
        rows = _ink_rows(plot, x)
        assert rows, (x, v)
        assert y_px(v) - 24 <= min(rows) and max(rows) <= y_px(v), (x, v, rows, y_px(v))
    # moved and renamed: drawn at the new place, nothing left at the old one
    labels.set_values([0.0, 1.0, 2.0], [0.6, 0.5, 0.8], ["0.60", "0.50", "0.80"])
    qtbot.wait(10)
    rows = _ink_rows(plot, 0.0)
    assert rows and min(rows) >= y_px(0.6) - 24 and max(rows) <= y_px(0.6)
    assert labels.texts()[0] == "0.60"


def test_an_empty_row_and_bad_lengths(plot):
    labels = ValueLabels()
    plot.addItem(labels)
    labels.set_values([0.0], [0.5], ["x"])
    labels.set_values([], [], [])
    assert labels.texts() == []
    with pytest.raises(ValueError, match="one length"):
        labels.set_values([0.0, 1.0], [0.5], ["a", "b"])


def test_a_row_that_goes_away_leaves_nothing_behind(plot, qtbot):
    labels = ValueLabels(color="k")
    plot.addItem(labels)
    labels.reserve(-0.5, 2.5, 0.0, 1.0)
    labels.set_values([0.0, 1.0, 2.0], [0.5, 0.5, 0.5], ["0.50", "0.50", "0.50"])
    qtbot.wait(10)
    assert _ink_rows(plot, 1.0)
    labels.set_values([], [], [])  # more bins than are labelled: the row disappears
    qtbot.wait(10)
    shown = plot.screen().grabWindow(plot.winId()).toImage()  # what is on screen, not a fresh render
    assert shown == plot.grab().toImage()
    assert not _ink_rows(plot, 1.0)


def test_a_label_whose_point_is_not_finite_is_left_out(plot, qtbot):
    labels = ValueLabels(color="k")
    plot.addItem(labels)
    labels.set_values([0.0, 1.0], [0.5, 0.5], ["a", "b"])
    labels.set_values([0.0, 1.0], [0.5, float("nan")], ["a", "b"])  # no AttributeError
    qtbot.wait(10)
    assert not _ink_rows(plot, 1.0)


def test_labels_hung_below_their_points_and_moved_leave_nothing_stale(plot, qtbot):
    """The measures plot writes a value that reaches the top of the axis inside its bar
    (below its point): labels switching sides and moving repaint only what changed, and
    the screen must then be what one repaint of the plot draws."""
    labels = _labels_in(plot)
    on_screen(plot)
    for step, (ys, below) in enumerate([([0.2, 0.5, 0.95], [False, False, True]),
                                        ([0.3, 0.95, 0.6], [False, True, False]),
                                        ([0.95, 0.1, 0.4], [True, False, False])]):
        labels.set_values([0.0, 1.0, 2.0], ys, [f"{y:.2f}" for y in ys], below=below)
        rects = labels.label_rects()
        for y, b, r in zip(ys, below, rects):  # the box ends at the point, on its side
            assert (r.bottom() if b else r.top()) == pytest.approx(y)
        shown = on_screen(plot)
        plot.viewport().update()
        assert shown == on_screen(plot), f"stale pixels after step {step}"
    with pytest.raises(ValueError, match="below"):
        labels.set_values([0.0], [0.5], ["x"], below=[True, False])


def test_one_side_for_every_label(plot, qtbot):
    labels = _labels_in(plot)
    labels.set_values([0.0, 1.0], [0.5, 0.6], ["a", "b"], below=True)
    rects = labels.label_rects()
    assert [r.bottom() for r in rects] == pytest.approx([0.5, 0.6])
    labels.set_values([0.0, 1.0], [0.5, 0.6], ["a", "b"], below=False)
    assert [r.top() for r in labels.label_rects()] == pytest.approx([0.5, 0.6])
