"""pyqtgraph's view box and axes with their bounding rects kept in C++.

Qt asks every item it paints, and every item whose children changed, for its bounding
rect. pyqtgraph's ``ViewBox`` and ``AxisItem`` answer in Python (``ViewBox.boundingRect``
calls ``GraphicsWidget.boundingRect`` and so on), each call a trip from C++ into the
interpreter: in the main window about 33 such calls a drag frame, 7 % of its instructions
(``tools/frame_instructions.py``, docs/PERFORMANCE.md).

Both rects are the widget's own rect grown by fixed amounts: half a pixel right and below
for a view box; for an axis, the room its tick marks and end labels take outside it,
which depends only on its side and style. ``QGraphicsWidget.boundingRect`` in C++ returns
the rect grown by the widget's *window frame margins*, so the classes here set those
margins to these amounts and let Qt answer itself (a subclass attribute that is Qt's own
method is no Python override: PySide then calls the C++ function directly).

Use :class:`LeanPlotWidget` (or pass :func:`lean_items` to ``pg.PlotWidget``) for every
plot; a custom view box derives from :class:`LeanViewBox`.
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsWidget
from pyqtgraph.graphicsItems.AxisItem import AxisItem

from .guard import contained

_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def _frame_to(widget: QGraphicsWidget, rect) -> None:
    """Set `widget`'s window frame margins so that Qt's boundingRect() returns `rect`."""
    own = widget.rect()
    widget.setWindowFrameMargins(own.left() - rect.left(), own.top() - rect.top(),
                                 rect.right() - own.right(), rect.bottom() - own.bottom())


class LeanViewBox(pg.ViewBox):
    """A ``pg.ViewBox`` whose bounding rect Qt computes, and which paints nothing itself.

    Its rect is pyqtgraph's: the widget's rect and half a pixel more to the right and below.
    pyqtgraph's ``ViewBox.paint`` strokes the border pen (a no-pen ``QPen`` when there is
    no border) that the view box's ``borderRect`` child strokes as well; without contents,
    Qt asks the view box neither to paint nor for its rect when it repaints the plot.
    """

    #: How far pyqtgraph's ViewBox.boundingRect reaches past the widget's rect.
    _REACH = 0.5

    boundingRect = QGraphicsWidget.boundingRect
    _shape = None  # see shape

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setFlag(_NO_CONTENTS, True)
        self._set_frame()

    def _set_frame(self) -> None:
        self.setWindowFrameMargins(0.0, 0.0, self._REACH, self._REACH)
        self._shape = None

    @contained()  # (an error must not reach Qt: see guard)
    def changeEvent(self, ev):  # noqa: N802 - Qt's
        super().changeEvent(ev)
        if ev.type() == QEvent.Type.StyleChange:  # Qt resets the frame margins then
            self._set_frame()

    @contained()  # (an error must not reach Qt: see guard)
    def resizeEvent(self, ev):  # noqa: N802 - Qt's
        self._shape = None
        super().resizeEvent(ev)

    @contained(QPainterPath)  # (an error must not reach Qt: see guard)
    def shape(self) -> QPainterPath:
        # Qt clips the plot's items to it on every repaint. pyqtgraph's
        # GraphicsWidget.shape keeps a path that its Python boundingRect drops on a new
        # geometry, which Qt's boundingRect does not: the path is kept here until a resize.
        # (Qt's own shape is the rect without the half pixel, which moves pixels.)
        if self._shape is None:
            self._shape = QPainterPath()
            self._shape.addRect(self.boundingRect())
        return self._shape


class LeanAxisItem(AxisItem):
    """A ``pg.AxisItem`` whose bounding rect Qt computes from margins set here.

    pyqtgraph's rect (``AxisItem.boundingRect``) is the axis's rect grown by the tick length
    outwards and by the room for end labels along it; both come from the axis's side and
    its style, so the margins are set again whenever :meth:`setStyle` runs. With a grid
    the rect also spans the linked view, which moves without telling the axis: then
    pyqtgraph's own method answers, as for any AxisItem.
    """

    boundingRect = QGraphicsWidget.boundingRect

    def __init__(self, orientation, *args, **kwargs):
        super().__init__(orientation, *args, **kwargs)
        self._set_frame()

    def _set_frame(self) -> None:
        if self.grid is not False:
            # An attribute of the instance is what PySide calls (see its override lookup)
            self.__dict__["boundingRect"] = self._grid_bounding_rect
            return
        self.__dict__.pop("boundingRect", None)
        _frame_to(self, AxisItem.boundingRect(self))

    def _grid_bounding_rect(self):
        return AxisItem.boundingRect(self)

    def setStyle(self, **kwargs):  # noqa: N802 - pyqtgraph's
        super().setStyle(**kwargs)
        if hasattr(self, "grid"):  # (AxisItem.__init__ calls setStyle before it sets grid)
            self._set_frame()

    def setGrid(self, grid):  # noqa: N802 - pyqtgraph's
        super().setGrid(grid)
        self._set_frame()

    @contained()  # (an error must not reach Qt: see guard)
    def changeEvent(self, ev):  # noqa: N802 - Qt's
        super().changeEvent(ev)
        if ev.type() == QEvent.Type.StyleChange:  # Qt resets the frame margins then
            self._set_frame()


def lean_items(view_box: LeanViewBox | None = None) -> dict:
    """Keyword arguments for ``pg.PlotWidget`` / ``pg.PlotItem``: a :class:`LeanViewBox`
    (or `view_box`) and a :class:`LeanAxisItem` left and below. (The top and right axes
    stay pyqtgraph's: it shows every axis it is given, and the plots here hide those.)"""
    return {"viewBox": view_box if view_box is not None else LeanViewBox(),
            "axisItems": {side: LeanAxisItem(side) for side in ("left", "bottom")}}


class LeanPlotWidget(pg.PlotWidget):
    """A ``pg.PlotWidget`` built with :func:`lean_items` (`viewBox` may be a
    :class:`LeanViewBox` of a subclass)."""

    def __init__(self, parent=None, viewBox=None, **kwargs):  # noqa: N803 - pyqtgraph's
        kwargs.update(lean_items(viewBox))
        super().__init__(parent=parent, **kwargs)
