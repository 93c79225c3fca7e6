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


def test_a_level_line_moves_and_follows_its_views_range(plot, qtbot):
    """Horizontal or vertical, it sits at its value and spans the view's range as that
    changes (what InfiniteLine does, for the lines the panels move every frame)."""
    vb = plot.getPlotItem().getViewBox()
    flat, upright = LevelLine(0.25), LevelLine(1.0, vertical=True)
    for line in (flat, upright):
        plot.addItem(line, ignoreBounds=True)
        line.follow(vb)
    plot.setXRange(-0.5, 2.5, padding=0)
    plot.setYRange(0, 1, padding=0)
    qtbot.wait(5)
    assert (flat.line().x1(), flat.line().x2(), flat.line().y1()) == (-0.5, 2.5, 0.25)
    assert (upright.line().y1(), upright.line().y2(), upright.line().x1()) == (0.0, 1.0, 1.0)
    flat.setValue(0.75)
    upright.setValue(2.0)
    assert flat.value() == 0.75 and flat.line().y1() == flat.line().y2() == 0.75
    assert upright.line().x1() == upright.line().x2() == 2.0
    plot.setXRange(-3.0, 7.0, padding=0)
    plot.setYRange(-1.0, 4.0, padding=0)
    qtbot.wait(5)
    assert (flat.line().x1(), flat.line().x2()) == (-3.0, 7.0)
    assert (upright.line().y1(), upright.line().y2()) == (-1.0, 4.0)
    # removed and gone, the view's range changes still reach nothing that fails
    for line in (flat, upright):
        plot.removeItem(line)
    del flat, upright
    plot.setXRange(0.0, 1.0, padding=0)
    plot.setYRange(0.0, 2.0, padding=0)
    qtbot.wait(5)


def test_the_panels_lines_that_move_with_the_drag_are_level_lines(window):
    for name in ("panel_information", "panel_sampling", "panel_softmax"):
        window.show_panel(name)
    info, sampling, softmax = (window.panels[n] for n in ("panel_information", "panel_sampling", "panel_softmax"))
    lines = [softmax.zero, sampling.target_line, sampling.inf_line]
    lines += [line for view in info.findChildren(pg.PlotWidget) for line in (view.h_line, view.x_line)
              if hasattr(view, "h_line")]
    assert len(lines) >= 5 and all(isinstance(line, LevelLine) for line in lines)
