"""Every plot's view box and axes answer Qt's boundingRect in C++ (ui/lean_plot.py), with
the very rects pyqtgraph's Python methods compute, through resizes, styles and grids."""
from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsWidget, QStyleFactory
from pyqtgraph.graphicsItems.AxisItem import AxisItem

from infoviz.ui.lean_plot import LeanAxisItem, LeanPlotWidget, LeanViewBox

from .classes import build_every_panel

SIDES = ("left", "bottom", "top", "right")


def pyqtgraph_rect(axis) -> QRectF:
    """What pyqtgraph's own AxisItem.boundingRect says for `axis`."""
    return AxisItem.boundingRect(axis)


def plots(window):
    return [w for w in window.findChildren(pg.PlotWidget)]


def test_every_plot_of_the_window_and_its_panels_is_lean(window):
    build_every_panel(window)
    found = plots(window)
    assert len(found) >= 12
    for plot in found:
        item = plot.getPlotItem()
        assert isinstance(item.getViewBox(), LeanViewBox), plot
        for side in ("left", "bottom"):
            assert type(item.getAxis(side)).boundingRect is QGraphicsWidget.boundingRect, (plot, side)


def test_qt_answers_with_pyqtgraphs_rects_in_the_window(window, qtbot):
    build_every_panel(window)
    for size in ((1440, 900), (1100, 760), (1920, 1080)):
        window.resize(*size)
        qtbot.wait(5)
        for projector in (False, True):
            window.set_projector(projector, fullscreen=False)
            qtbot.wait(5)
            for plot in plots(window):
                item = plot.getPlotItem()
                for side in ("left", "bottom"):
                    axis = item.getAxis(side)
                    assert axis.boundingRect() == pyqtgraph_rect(axis), (plot, side, size)
                vb = item.getViewBox()
                assert vb.boundingRect() == vb.rect().adjusted(0, 0, 0.5, 0.5)
                assert vb.shape().boundingRect() == vb.boundingRect()


@pytest.mark.parametrize("side", SIDES)
def test_an_axis_follows_its_style_size_grid_and_qt_style(qtbot, side):
    widget = LeanPlotWidget(axisItems={side: LeanAxisItem(side)})
    qtbot.addWidget(widget)
    widget.resize(420, 300)
    widget.show()
    qtbot.waitExposed(widget)
    item = widget.getPlotItem()
    item.showAxis(side)
    axis = item.getAxis(side)
    qtbot.wait(5)
    assert axis.boundingRect() == pyqtgraph_rect(axis)
    for style in ({"tickLength": 9}, {"tickLength": -12}, {"hideOverlappingLabels": True},
                  {"hideOverlappingLabels": 7}, {"hideOverlappingLabels": False}):
        axis.setStyle(**style)
        assert axis.boundingRect() == pyqtgraph_rect(axis), style
    widget.resize(300, 450)
    qtbot.wait(5)
    assert axis.boundingRect() == pyqtgraph_rect(axis)
    # a grid reaches over the linked view, which resizes without telling the axis
    axis.setGrid(0.4)
    widget.resize(500, 380)
    qtbot.wait(5)
    assert axis.boundingRect() == pyqtgraph_rect(axis)
    assert axis.boundingRect().contains(axis.mapRectFromItem(item.getViewBox(), item.getViewBox().rect()))
    axis.setGrid(False)
    assert "boundingRect" not in vars(axis)
    assert axis.boundingRect() == pyqtgraph_rect(axis)
    # Qt puts back the frame margins of a widget whose QStyle changes
    style = QStyleFactory.create("Fusion")
    QGraphicsWidget.setStyle(axis, style)
    QGraphicsWidget.setStyle(item.getViewBox(), style)
    assert axis.boundingRect() == pyqtgraph_rect(axis)
    vb = item.getViewBox()
    assert vb.boundingRect() == vb.rect().adjusted(0, 0, 0.5, 0.5)
    QGraphicsWidget.setStyle(axis, None)
    QGraphicsWidget.setStyle(vb, None)


def test_a_lean_view_box_has_no_contents_and_keeps_its_shape_in_step(qtbot):
    widget = LeanPlotWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    qtbot.waitExposed(widget)
    vb = widget.getPlotItem().getViewBox()
    assert vb.flags() & vb.GraphicsItemFlag.ItemHasNoContents
    first = vb.shape().boundingRect()
    widget.resize(520, 340)
    qtbot.wait(5)
    assert vb.shape().boundingRect() == vb.boundingRect() != first
    assert vb.boundingRect() == vb.rect().adjusted(0, 0, 0.5, 0.5)
