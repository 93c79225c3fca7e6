"""Horizontal grid lines under a plot's items: a cheap stand-in for pyqtgraph's axis grid."""
from __future__ import annotations

import bisect
import math

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor


class GridLines(pg.GraphicsObject):
    """A horizontal line at each tick of `axis` (a left or right ``AxisItem``), across the
    whole view, with the tick levels and fading that ``PlotItem.showGrid(y=True)`` draws.

    pyqtgraph draws its grid by extending the axis's ticks over the plot, so the axis item
    becomes as large as the plot. A drag frame then repaints the axis too: its pixmap cache
    alpha-blended over the whole exposed area (the larger part of a histogram's repaint
    after its bars), and two Python ``boundingRect`` calls. This item draws the same few
    lines with a one-pixel pen and leaves the axis the size of its labels.

    Parameters
    ----------
    axis : pyqtgraph.AxisItem
        The axis whose ticks the lines follow (its own grid stays off).
    color : str or QColor
        The lines' colour at full strength.
    alpha : float
        The grid's opacity, 0 to 1 (pyqtgraph's ``showGrid(alpha=)``).
    """

    def __init__(self, axis, color="#202020", alpha: float = 0.25):
        super().__init__()
        self._axis = axis
        self._color = QColor(color)
        self._alpha = float(alpha)
        self._rect = None  # the view's rect (data coordinates), the bounding rect
        # (view transform, [(brush, rows, (n, 4) float64 array of rects, its address), ...]):
        # each tick level's lines in device pixels, sorted by row
        self._lines = None

    def set_style(self, color, alpha: float) -> None:
        """The lines' colour and the grid's opacity (0 to 1)."""
        self._color = QColor(color)
        self._alpha = float(alpha)
        self._lines = None
        self.update()

    def viewRangeChanged(self):  # noqa: N802 - pyqtgraph's name
        super().viewRangeChanged()
        self.prepareGeometryChange()
        self._rect = self._lines = None

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        if self._rect is None:
            vb = self.getViewBox()
            self._rect = vb.viewRect() if vb is not None else QRectF()
        return QRectF(self._rect)

    def paint(self, p, *args):
        t = p.transform()
        key = (t.m11(), t.m22(), t.dx(), t.dy())
        if self._lines is None or self._lines[0] != key:
            self._lines = (key, self._device_lines(key))
        p.save()
        p.resetTransform()
        top, bottom = -math.inf, math.inf
        if p.hasClipping():  # a drag frame exposes a band: only the lines that cross it
            clip = p.clipBoundingRect()
            top, bottom = clip.top() - 1.0, clip.bottom()
        p.setPen(Qt.PenStyle.NoPen)
        for brush, rows, rects, address in self._lines[1]:
            # one-pixel-high fills, not lines: Qt fills only where a fill meets the clip,
            # where it rasterises a cosmetic line's whole length and clips it afterwards
            i0, i1 = bisect.bisect_left(rows, top), bisect.bisect_right(rows, bottom)
            if i1 > i0:
                p.setBrush(brush)
                # rows i0..i1 of a float64 (n, 4) array are QRectF[]: no conversion
                p.drawRects(shiboken6.wrapInstance(address + 32 * i0, QRectF), i1 - i0)
        p.restore()

    def _device_lines(self, key) -> list:
        """The lines of each tick level in device pixels, with that level's brush."""
        rect = self.boundingRect()
        if rect.isEmpty() or self._alpha <= 0.0:
            return []
        sx, sy, dx, dy = key
        x0, x1 = sorted((rect.left() * sx + dx, rect.right() * sx + dx))
        x0, x1 = math.floor(x0), math.ceil(x1)
        y_lo, y_hi = rect.top(), rect.bottom()
        length = abs((y_hi - y_lo) * sy)
        levels = self._levels(y_lo, y_hi, length)
        grid = int(min(max(self._alpha, 0.0), 1.0) * 255)
        out = []
        for i, ticks in enumerate(levels):
            ticks = [v for v in ticks if y_lo <= v <= y_hi]
            if not ticks:
                continue
            # pyqtgraph's AxisItem.generateDrawSpecs: finer levels fainter, and the whole
            # grid fainter when its lines are crowded
            alpha = 255 / (i + 1) * grid / 255.0 * min(max(0.05 * length / (len(ticks) + 1), 0.0), 1.0)
            colour = QColor(self._color)
            colour.setAlpha(max(0, min(255, int(alpha))))
            # the pixel row a one-pixel aliased line through y would take
            rows = sorted(math.floor(v * sy + dy) for v in ticks)
            rects = np.array([(x0, r, x1 - x0, 1.0) for r in rows], dtype=float)
            out.append((QBrush(colour), rows, rects, rects.__array_interface__["data"][0]))
        return out

    def _levels(self, lo: float, hi: float, length: float) -> list:
        """The axis's tick values per level: its fixed ticks if it has them, else the
        ones it would choose for this range and length."""
        fixed = getattr(self._axis, "_tickLevels", None)
        if fixed is not None:
            return [[v for v, _label in level] for level in fixed]
        return [list(values) for _spacing, values in self._axis.tickValues(lo, hi, length)]
