"""Grid lines under a plot's items: a cheap stand-in for pyqtgraph's axis grid."""
from __future__ import annotations

import bisect
import math
import weakref

import numpy as np
import shiboken6
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter

from .guard import contained
from .bounded_item import BoundedItem


class GridLines(BoundedItem):
    """A line at each tick of `axis` across the whole view: horizontal for a left or right
    ``AxisItem``, vertical for a bottom or top one, with the tick levels and fading that
    ``PlotItem.showGrid`` draws. Use :func:`show_grid`.

    pyqtgraph draws its grid by extending the axis's ticks over the plot, so the axis item
    becomes as large as the plot. A drag frame then repaints the axis too: its pixmap cache
    alpha-blended over the whole exposed area (the larger part of a histogram's repaint
    after its bars), and two Python ``boundingRect`` calls. This item draws the same few
    lines as one-pixel fills and leaves the axis the size of its labels.

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
        self._vertical = axis.orientation in ("bottom", "top")  # lines across x, at x ticks
        self._color = QColor(color)
        self._alpha = float(alpha)
        # (view transform, the axis's fixed ticks, [(brush, positions, (n, 4) float64 array
        # of rects, its address), ...]): each tick level's lines in device pixels, sorted
        self._lines = None

    def set_style(self, color, alpha: float) -> None:
        """The lines' colour and the grid's opacity (0 to 1)."""
        self._color = QColor(color)
        self._alpha = float(alpha)
        self._lines = None
        self.update()

    def viewRangeChanged(self):  # noqa: N802 - pyqtgraph's name
        super().viewRangeChanged()
        self._lines = None
        self._bounds_changed()

    def _item_rect(self) -> QRectF:
        vb = self.getViewBox()
        return vb.viewRect() if vb is not None else QRectF()  # the view's rect

    @contained()
    def paint(self, p, *args):
        t = p.transform()
        key = (t.m11(), t.m22(), t.dx(), t.dy(), self._background())
        fixed = getattr(self._axis, "_tickLevels", None)  # setTicks() puts a new list here
        if self._lines is None or self._lines[0] != key or self._lines[1] is not fixed:
            self._lines = (key, fixed, self._device_lines(key, fixed))
        p.save()
        try:
            p.resetTransform()
            lo, hi = -math.inf, math.inf
            if p.hasClipping():  # a drag frame exposes a band: only the lines that cross it
                clip = p.clipBoundingRect()
                lo, hi = (clip.left(), clip.right()) if self._vertical else (clip.top(), clip.bottom())
                lo -= 1.0
            p.setPen(Qt.PenStyle.NoPen)
            for brush, offsets, rects, address in self._lines[2]:
                # one-pixel fills, not lines: Qt fills only where a fill meets the clip, where
                # it rasterises a cosmetic line's whole length and clips it afterwards
                i0, i1 = bisect.bisect_left(offsets, lo), bisect.bisect_right(offsets, hi)
                if i1 > i0:
                    p.setBrush(brush)
                    # rows i0..i1 of a float64 (n, 4) array are QRectF[]: no conversion
                    p.drawRects(shiboken6.wrapInstance(address + 32 * i0, QRectF), i1 - i0)
        finally:
            p.restore()

    def _background(self):
        """The view's background as an opaque ``QRgb``, or None if it is not one solid
        opaque colour (then the lines stay translucent)."""
        view = self.getViewWidget()
        if view is None:
            return None
        brush = view.backgroundBrush()
        if brush.style() != Qt.BrushStyle.SolidPattern:
            return None
        colour = brush.color()
        return colour.rgb() if colour.alpha() == 255 else None

    def _device_lines(self, key, fixed) -> list:
        """Each tick level's lines in device pixels, sorted by position, with its brush."""
        rect = self.boundingRect()
        if rect.isEmpty() or self._alpha <= 0.0:
            return []
        sx, sy, dx, dy, background = key
        # across: the span every line covers; along: where the ticks are (data -> device)
        if self._vertical:
            a0, a1 = sorted((rect.top() * sy + dy, rect.bottom() * sy + dy))
            lo, hi, scale, shift = rect.left(), rect.right(), sx, dx
        else:
            a0, a1 = sorted((rect.left() * sx + dx, rect.right() * sx + dx))
            lo, hi, scale, shift = rect.top(), rect.bottom(), sy, dy
        a0, a1 = math.floor(a0), math.ceil(a1)
        length = abs((hi - lo) * scale)
        if not length >= 1.0 or a1 <= a0:  # a plot squeezed to nothing (pyqtgraph's axis returns too)
            return []
        grid = int(min(max(self._alpha, 0.0), 1.0) * 255)
        levels = []  # (colour, the pixel columns or rows of the level's lines)
        for i, ticks in enumerate(self._levels(lo, hi, length, fixed)):
            ticks = [v for v in ticks if lo <= v <= hi]
            if not ticks:
                continue
            # pyqtgraph's AxisItem.generateDrawSpecs: finer levels fainter, and the whole
            # grid fainter when its lines are crowded
            alpha = 255 / (i + 1) * grid / 255.0 * min(max(0.05 * length / (len(ticks) + 1), 0.0), 1.0)
            colour = QColor(self._color)
            colour.setAlpha(max(0, min(255, int(alpha))))
            # the pixel column or row a one-pixel aliased line through the tick would take
            levels.append((colour, sorted(math.floor(v * scale + shift) for v in ticks)))
        shared = set()
        opaque = QColor.fromRgb(background) if self._vertical and background is not None else None
        if opaque is not None:
            # Opaque where a line is alone on the background (see _over); a column drawn
            # more than once (two ticks, of one level or two, on one pixel) keeps its
            # translucent colours, blended as before.
            seen = set()
            for _colour, at in levels:
                for c in at:
                    if c in seen:
                        shared.add(c)
                    seen.add(c)
        out = []
        for colour, at in levels:
            if opaque is not None:
                alone = [c for c in at if c not in shared]
                out.append(self._lines_of(_over(colour, opaque), alone, a0, a1))
                at = [c for c in at if c in shared]
            out.append(self._lines_of(colour, at, a0, a1))
        return [entry for entry in out if entry[1]]

    def _lines_of(self, colour: QColor, at: list, a0: int, a1: int) -> tuple:
        """(brush, positions, (n, 4) float64 rects, their address) of lines at `at`."""
        if self._vertical:
            rects = np.array([(c, a0, 1.0, a1 - a0) for c in at], dtype=float).reshape(-1, 4)
        else:
            rects = np.array([(a0, r, a1 - a0, 1.0) for r in at], dtype=float).reshape(-1, 4)
        return (QBrush(colour), at, rects, rects.__array_interface__["data"][0])

    def _levels(self, lo: float, hi: float, length: float, fixed) -> list:
        """The axis's tick values per level: its `fixed` ticks (``setTicks``) if it has
        them, else the ones it would choose for this range and length."""
        if fixed is not None:
            return [[v for v, _label in level] for level in fixed]
        return [list(values) for _spacing, values in self._axis.tickValues(lo, hi, length)]


def _over(colour: QColor, background: QColor) -> QColor:
    """The opaque colour that translucent `colour` gives over opaque `background`, blended
    by Qt's raster engine itself (its integer arithmetic, not a rounded formula).

    Vertical grid lines are drawn in it: the raster engine blends a translucent fill one
    scanline at a time, about 0.15 µs a row for a one-pixel-wide rect (a 4K plot's vertical
    grid took milliseconds a frame), where it fills opaque rows almost for free. The lines
    lie on the view's background (they are the lowest item), so the pixels are the same;
    the horizontal lines, one long row each and cheap translucent, are drawn after them
    and blend over them as before.
    """
    if colour.alpha() == 255:
        return QColor(colour)
    pixel = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
    pixel.fill(background)
    p = QPainter(pixel)
    p.fillRect(0, 0, 1, 1, colour)
    p.end()
    return QColor.fromRgb(pixel.pixel(0, 0))


#: The grids :func:`show_grid` added, per plot item, for :func:`restyle`.
_GRIDS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def show_grid(plot_item, x: bool = False, y: bool = True) -> list:
    """Grid lines under the items of `plot_item` at its bottom axis's ticks (`x`) and left
    axis's ticks (`y`), in place of ``plot_item.showGrid``. The axes draw no tick marks
    (the lines mark the ticks, as pyqtgraph's grid did). Colour and opacity come from the
    theme given to :func:`restyle` (``plot_utils.style_axes`` calls it).

    Returns the :class:`GridLines` items added.
    """
    items = []
    for wanted, name in ((x, "bottom"), (y, "left")):
        if not wanted:
            continue
        axis = plot_item.getAxis(name)
        grid = GridLines(axis)
        grid.setZValue(-1e6)  # under everything the plot draws
        plot_item.addItem(grid, ignoreBounds=True)
        axis.setStyle(tickLength=0)
        items.append(grid)
    _GRIDS.setdefault(plot_item, []).extend(items)
    return items


def restyle(plot_item, theme) -> None:
    """Give the grids of `plot_item` the theme's foreground colour and grid opacity."""
    for grid in _GRIDS.get(plot_item, ()):
        grid.set_style(theme.foreground, theme.grid_alpha)
