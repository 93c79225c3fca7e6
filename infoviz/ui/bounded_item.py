"""A pyqtgraph item whose bounding rect Qt reads in C++.

Qt asks an item for its bounding rect whenever it repaints a plot the item is in and
whenever the item asks to be repainted: for the window's bars, curves, value labels and
grids about 48 calls a drag frame, each a trip from C++ into Python (a ``pg.GraphicsObject``
must answer ``boundingRect`` in Python: it is pure virtual in ``QGraphicsObject``).

:class:`BoundedItem` is a ``QGraphicsRectItem`` instead, with pyqtgraph's
``GraphicsItem`` mixed in as ``pg.GraphicsObject`` mixes it into ``QGraphicsObject``: its
rect, which no pen widens, *is* the bounding rect, and Qt reads it without Python. A
subclass computes its rect in :meth:`_item_rect` and calls :meth:`_bounds_changed` whenever
what that depends on changes (where a ``pg.GraphicsObject`` calls
``prepareGeometryChange``); it paints in Python as before. It is no ``QObject``: no signals
of its own, and pyqtgraph's view signals reach it as plain callables.
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QAbstractGraphicsShapeItem, QGraphicsItem, QGraphicsRectItem

from .guard import contained

_VIEW_CHANGES = (QGraphicsItem.GraphicsItemChange.ItemParentHasChanged,
                 QGraphicsItem.GraphicsItemChange.ItemSceneHasChanged)


def _unchanged(_change, value):
    return value


class BoundedItem(pg.GraphicsItem, QGraphicsRectItem):
    """A graphics item for a pyqtgraph view whose bounding rect is kept in Qt.

    Subclasses implement :meth:`_item_rect` and ``paint``.
    """

    # Qt's own methods as class attributes: PySide calls the C++ functions directly
    boundingRect = QGraphicsRectItem.boundingRect
    shape = QGraphicsRectItem.shape

    def __init__(self):
        QGraphicsRectItem.__init__(self)
        # (the base's own setPen: a subclass may have a setPen of its own)
        QAbstractGraphicsShapeItem.setPen(self, QPen(Qt.PenStyle.NoPen))  # a pen widens the rect
        pg.GraphicsItem.__init__(self)

    def _item_rect(self) -> QRectF:
        """The rect, in item coordinates, that holds everything :meth:`paint` draws."""
        raise NotImplementedError

    def _bounds_changed(self) -> None:
        """Give Qt the rect :meth:`_item_rect` computes now (repaints the old and new rect if
        it changed). Call it after changing what the rect depends on."""
        self.setRect(self._item_rect())

    @contained(_unchanged, given_args=True)  # (an error must not reach Qt: see guard)
    def itemChange(self, change, value):  # noqa: N802 - Qt's
        ret = QGraphicsRectItem.itemChange(self, change, value)
        if change in _VIEW_CHANGES:
            self.changeParent()  # pyqtgraph's: (dis)connects the view's range signals
        return ret
