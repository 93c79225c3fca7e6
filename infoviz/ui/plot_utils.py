"""Small helpers shared by the plots: nice axis limits, finite display values, styling, and
the two lean graphics items the drag path draws with (:class:`Bars`, :class:`FastText`).

Why the lean items (measured by ``python -m infoviz.bench``, docs/PERFORMANCE.md): a drag
frame redraws every bar of both histograms and the measure bars. pyqtgraph's
``BarGraphItem`` recomputes its bounds in Python on every one of the dozens of
``boundingRect()`` calls Qt makes per frame and repaints its whole area on any change;
``TextItem`` re-lays out a ``QTextDocument`` per ``setText`` and runs Python on every
``setPos`` and every paint. Those costs, not the drawing itself, dominated a frame.
"""
from __future__ import annotations

import functools
import math
import re
from array import array

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QImage, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from .text_cache import font_key, prepared
from . import grid_lines
from .theme import Theme
from .guard import contained
from .bounded_item import BoundedItem


def nice_ceiling(x: float) -> float:
    """The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 (times a power of ten) that is >= x."""
    if not math.isfinite(x) or x <= 0:
        return 1.0
    exp = 10.0 ** math.floor(math.log10(x))
    for m in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if m * exp >= x - 1e-12:
            return m * exp
    return 10 * exp


def tick_step(n: int, most: int = 12) -> int:
    """Label every k-th bin so that at most `most` labels share an axis: side by side with
    a panel, in projector type, 24 labels run into each other."""
    return max(1, -(-n // most))


def capped(values: np.ndarray, cap: float) -> np.ndarray:
    """Values for drawing: infinities drawn at `cap` (with an ∞ mark by the caller)."""
    return np.where(np.isfinite(values), np.minimum(values, cap), cap)


def fmt(value: float, digits: int = 3) -> str:
    """A measure as text: three decimals, or ∞ (never "nan" or "inf")."""
    if math.isinf(value):
        return "∞"
    if not math.isfinite(value):  # cannot happen for model output; never print "nan"
        return "—"
    return f"{value:.{digits}f}"


@functools.lru_cache(maxsize=64)
def symbol_pen(colour, width: float = 1.0) -> QPen:
    """The one QPen for a scatter symbol's outline of this colour and width.

    pyqtgraph's ``SymbolAtlas`` keys each rendered symbol by the pen's and brush's object
    id and never forgets one: a new ``mkPen`` per theme change (projector mode) added a
    symbol image to every scatter item's atlas each time, memory that grew for the whole
    lecture. Shared, so never modify the pen returned.
    """
    return pg.mkPen(colour, width=width)


@functools.lru_cache(maxsize=64)
def symbol_brush(colour) -> QBrush:
    """The one QBrush for a scatter symbol's fill of this colour (see :func:`symbol_pen`)."""
    return pg.mkBrush(colour)


def style_plot(widget: pg.PlotWidget, theme: Theme) -> None:
    """Background, axis colours and tick font of a plot for `theme`."""
    widget.setBackground(theme.background)
    pi = widget.getPlotItem()
    font = QFont()
    font.setPointSize(theme.font_pt)
    style_axes(pi, theme)
    pi.titleLabel.item.setDefaultTextColor(QColor(theme.foreground))


def style_axes(plot_item, theme: Theme) -> None:
    """Axis pens, tick font, and axis sizes that fit that font (pyqtgraph does not grow
    them by itself, so large projector type would be cut off)."""
    font = QFont()
    font.setPointSize(theme.font_pt)
    h = QFontMetrics(font).height()
    for name in ("left", "bottom"):
        ax = plot_item.getAxis(name)
        ax.setTextPen(theme.foreground)
        ax.setPen(theme.foreground)
        ax.setStyle(tickFont=font, tickTextOffset=4)
        cache_axis(ax)
    title_never_widens(plot_item)
    grid_lines.restyle(plot_item, theme)
    plot_item.getAxis("bottom").setHeight(h + 12)
    plot_item.getAxis("left").setWidth(int(QFontMetrics(font).horizontalAdvance("0.000")) + 2 * h)


def readable_plot_height(theme: Theme) -> int:
    """The least height at which a plot still reads.

    Parameters
    ----------
    theme : Theme
        Its type sizes (tick labels ``font_pt``, titles two points larger).

    Returns
    -------
    int
        Pixels: the title, the bottom axis and three lines' worth of plot area.
    """
    tick, title = QFont(), QFont()
    tick.setPointSize(theme.font_pt)
    title.setPointSize(theme.font_pt + 2)
    h = QFontMetrics(tick).height()
    return QFontMetrics(title).height() + 6 + (h + 12) + 3 * h


def keep_plots_readable(widget, theme: Theme) -> None:
    """Give every pyqtgraph plot inside `widget` :func:`readable_plot_height` as its
    minimum height.

    Parameters
    ----------
    widget : QWidget
        A teaching panel (the window's own plots have minimums of their own).
    theme : Theme
        The type sizes the height is measured in.

    A plot's own minimum is a few pixels. Where a panel shares a column of docks with
    others, Qt then squeezed the plots first, to a sliver, and gave the room to captions
    and sliders: the curves a lecturer meant to show were gone. With this minimum, the
    docks beside it give way instead."""
    height = readable_plot_height(theme)
    for plot in widget.findChildren(pg.PlotWidget):
        plot.setMinimumHeight(height)


def freeze_plot(widget: pg.PlotWidget) -> None:
    """No mouse panning or zooming, no context menu, no auto-range: ranges are set by code."""
    pi = widget.getPlotItem()
    pi.hideButtons()
    pi.setMenuEnabled(False)
    vb = pi.getViewBox()
    vb.setMouseEnabled(False, False)
    vb.disableAutoRange()
    fast_view(widget)


def set_title(widget: pg.PlotWidget, theme: Theme, text: str) -> None:
    widget.getPlotItem().setTitle(text, color=theme.foreground, size=f"{theme.font_pt + 2}pt")


def fast_view(widget: pg.PlotWidget) -> None:
    """Repaint one rectangle per frame, the bounding box of what changed, and nothing under
    the view (its background must be opaque, as every theme's is).

    Qt's default for pyqtgraph views (``MinimalViewportUpdate``) repaints the exact region
    of many small dirty rects; the raster engine then clips every bar against that
    complex region, scanline by scanline, which cost more than painting the (slightly
    larger) bounding rectangle with a plain rectangular clip.
    """
    widget.setViewportUpdateMode(pg.QtWidgets.QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
    # No background cache (pyqtgraph turns it on): the background is one solid colour,
    # and filling the exposed rect with it writes the pixels once, where the cache copies
    # them from a window-sized pixmap (5 % of a drag frame, measured alternately).
    widget.setCacheMode(pg.QtWidgets.QGraphicsView.CacheModeFlag.CacheNone)
    # The view paints its own opaque background over everything it exposes; telling Qt so
    # spares painting the window, splitter and panel backgrounds underneath on every frame.
    widget.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
    # The plot item and its title are layout boxes that paint nothing themselves (their
    # children do). Without contents, Qt stops asking their Python boundingRect, about a
    # dozen calls a frame, whether they meet the repainted area.
    plot_item = widget.getPlotItem()
    for box in (plot_item, plot_item.titleLabel):
        box.setFlag(_NO_CONTENTS, True)


def cache_axis(axis) -> None:
    """Paint `axis` from a pixmap cache instead of replaying its ``QPicture``.

    A drag frame dirties the plot area next to (or, with a grid, under) the axes, so Qt
    asks them to repaint every frame; replaying the axis's picture re-shapes every tick
    label (over half of a frame before this). The cache is rebuilt only when the axis
    itself changes (range, size, font, pen).
    """
    axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


#: Pixels kept free at each end of a plot's title.
TITLE_MARGIN = 4
#: A title too wide for its plot is first set smaller, down to this share of its size.
TITLE_SHRINK = 0.8

_MARKUP_TOKEN = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>|&[#a-zA-Z0-9]+;|[^<&]+|[<&]")


def _shown_length(token: str) -> int:
    """How many characters a non-tag token of rich text shows (an entity shows one)."""
    return 1 if token.startswith("&") and len(token) > 1 else len(token)


def _cut_markup(text: str, keep: int) -> str:
    """The first `keep` visible characters of rich text `text`, with "…" and its open
    tags closed (a coloured title keeps its colours when it is shortened)."""
    out, open_tags, seen = [], [], 0
    for m in _MARKUP_TOKEN.finditer(text):
        tok = m.group(0)
        if m.group(2):  # a tag
            if m.group(1):
                if open_tags and open_tags[-1] == m.group(2).lower():
                    open_tags.pop()
            elif not tok.endswith("/>") and m.group(2).lower() != "br":
                open_tags.append(m.group(2).lower())
            out.append(tok)
            continue
        n = _shown_length(tok)
        if seen + n > keep:
            if n > 1 and not tok.startswith("&"):
                out.append(tok[:keep - seen].rstrip())
            break
        out.append(tok)
        seen += n
    return "".join(out).rstrip() + "…" + "".join(f"</{t}>" for t in reversed(open_tags))


def _visible_length(text: str) -> int:
    return sum(_shown_length(m.group(0)) for m in _MARKUP_TOKEN.finditer(text) if not m.group(2))


def _points(size):
    """The point size of a pyqtgraph text size such as ``"14pt"``, or None."""
    if isinstance(size, str) and size.endswith("pt"):
        try:
            return float(size[:-2])
        except ValueError:
            return None
    return None


def _shrink_title(label, set_text, full: str, size, room: float):
    """Set title `label` to `full` at the largest size down to TITLE_SHRINK of `size`
    that fits `room` pixels, or else shortened with "…" at that smallest size; the point
    size it ends at (None if `size` is not in points)."""
    def too_wide():
        return label.item.boundingRect().width() > room

    points = _points(size)
    p = points
    if points is not None:
        smallest = max(1.0, points * TITLE_SHRINK)
        while too_wide() and p - 1.0 >= smallest:
            p -= 1.0
            set_text(full, size=f"{p:g}pt")
    if not too_wide():
        return p
    lo, hi = 0, _visible_length(full)  # the longest start of the title that fits with "…"
    while lo < hi:
        mid = (lo + hi + 1) // 2
        set_text(_cut_markup(full, mid))
        lo, hi = (mid, hi) if not too_wide() else (lo, mid - 1)
    set_text(_cut_markup(full, lo))
    return p


def title_never_widens(plot_item) -> None:
    """Let `plot_item` be narrower than its title's text, and shorten a title that does not
    fit with an ellipsis (``titleLabel.text`` keeps the whole title).

    pyqtgraph's ``LabelItem.updateMin`` makes the title's text width the minimum width of
    the whole plot, on every ``setTitle`` and resize. In a narrow dock (a long English or
    projector-size title) the plot then overflows its view to the right, so the axes stick
    out of the viewport: Qt paints such a ``DeviceCoordinateCache`` item (see
    :func:`cache_axis`) through its partial-exposure path, which, whenever the view shrinks
    without the axis changing, puts a new pixmap in the global ``QPixmapCache`` and leaves
    the old one there, unreferenced, until the cache's 10 MB limit (the soak's growth).

    A title wider than its plot was cut off at the view's edges mid-word ("q — model
    (predicted) distrib" in projector type beside a panel); it is now set smaller, down
    to ``TITLE_SHRINK`` of its size, and if still too wide ends in "…", its colours kept.
    It is fitted again whenever the title is set or the plot's width changes, never
    during a drag.
    """
    label = plot_item.titleLabel
    if getattr(label, "_never_widens", False):
        return
    label._never_widens = True
    update_min = label.updateMin  # the bound pyqtgraph methods
    set_text = label.setText

    def update_min_height_only():
        update_min()
        label.setMinimumWidth(0)
        hints = label._sizeHint
        hints[Qt.SizeHint.MinimumSize] = (0, hints[Qt.SizeHint.MinimumSize][1])
        label.updateGeometry()

    fitted = {"busy": False, "width": None, "new": False}

    def fit_at(size) -> float | None:
        """Set the title at `size` (pyqtgraph's, e.g. "14pt"), smaller or shortened if it
        does not fit; the point size it ends at."""
        full, requested = label.text, label.opts.get("size")
        fitted["busy"] = True
        try:
            set_text(full, size=size) if size is not None else set_text(full)
            room = label.width() - 2 * TITLE_MARGIN
            if room > 0 and label.item.boundingRect().width() > room:
                return _shrink_title(label, set_text, full, size, room)
            return _points(size)
        finally:
            label.text = full
            if requested is not None:
                label.opts["size"] = requested  # the requested size, for the next fit
            fitted["busy"] = False

    def fit() -> None:
        width = label.width()
        if fitted["busy"] or (fitted["width"] == width and not fitted["new"]):
            return
        fitted.update(width=width, new=False)
        label._title_own = label._title_shown = fit_at(label.opts.get("size"))
        group = getattr(label, "_title_group", None)
        if group is not None:
            _same_size(group)

    label._title_fit_at = fit_at

    def set_text_and_fit(text, **args):
        set_text(text, **args)  # keeps the style arguments for the shortened text
        fitted["new"] = True
        fit()

    label.updateMin = update_min_height_only
    label.setText = set_text_and_fit
    label.geometryChanged.connect(fit)
    label.updateMin()
    if label.text:
        set_text_and_fit(label.text)


def same_title_size(*plot_items) -> None:
    """Keep the titles of `plot_items` (each set up by :func:`title_never_widens`) at one
    size: the largest at which every one of them fits. Side by side or one above the other
    (p's and q's histograms), a title set smaller than its neighbour's because its text is
    longer reads as less important."""
    labels = [pi.titleLabel for pi in plot_items]
    group = {"labels": labels, "busy": False}
    for label in labels:
        label._title_group = group
    _same_size(group)


def _same_size(group) -> None:
    """Set every title of `group` at the smallest of the sizes each fits at alone."""
    if group["busy"]:
        return
    owns = [getattr(label, "_title_own", None) for label in group["labels"]]
    if any(own is None for own in owns):
        return  # a title not fitted yet, or not sized in points: each keeps its own
    common = min(owns)
    group["busy"] = True
    try:
        for label in group["labels"]:
            if label._title_shown != common:
                label._title_shown = label._title_fit_at(f"{common:g}pt")
    finally:
        group["busy"] = False


# Passed to QPainter as objects: an enum argument (setPen(Qt.PenStyle.NoPen)) makes PySide
# allocate a small object that is never freed, a few bytes a frame.
_NO_PEN = QPen(Qt.PenStyle.NoPen)
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def _small_rows(left, right, height, y0, n: int):
    """Bars' edges as lists (left, bottom, right, top) of length `n` from lists of length
    `n` or 1 (broadcast), or None if one is not finite (the numpy path drops those bars)."""
    if len(left) == 1:
        left, right = left * n, right * n
    if len(height) == 1:
        height = height * n
    if len(y0) == 1:
        y0 = y0 * n
    if len(left) != n or len(height) != n or len(y0) != n:
        return None  # numpy raises for shapes that do not broadcast
    tops = [b + h for b, h in zip(y0, height)]
    if not math.isfinite(sum(left) + sum(right) + sum(tops) + sum(y0)):
        return None
    bottom = [b if b <= t else t for b, t in zip(y0, tops)]
    top = [t if b <= t else b for b, t in zip(y0, tops)]
    return (left, bottom, right, top)


def _dash_brush(colour: QColor, pen: QPen) -> QBrush:
    """A texture brush that fills an outline's top and bottom edges with the dashes of
    `pen` (cosmetic, its pattern in pen widths) in `colour`.

    The dashes are tiled from the view's origin, not from each bar's corner as Qt's dashed
    pen starts them: a bar that grows or shrinks then changes only where its top moved.
    """
    w = max(1, int(round(pen.widthF())))
    pattern = pen.dashPattern() or [4.0, 2.0]
    runs = [max(1, int(round(v * w))) for v in pattern]
    line = QImage(sum(runs), 1, QImage.Format.Format_ARGB32_Premultiplied)
    line.fill(Qt.GlobalColor.transparent)
    x = 0
    for k, run in enumerate(runs):
        if k % 2 == 0:  # dash, gap, dash, ...
            for i in range(x, x + run):
                line.setPixelColor(i, 0, colour)
        x += run
    return QBrush(line)


def pixel_size(item):
    """Data units per device pixel (x, y) of `item` in its view, or None while it is in no
    view (pyqtgraph then answers 0, inf or nan)."""
    pw, ph = item.pixelWidth(), item.pixelHeight()
    if pw > 0 and ph > 0 and math.isfinite(pw) and math.isfinite(ph):
        return pw, ph
    return None


class Bars(BoundedItem):
    """Axis-aligned bars with one pen and one brush, drawn by one item: a lean stand-in for
    ``pyqtgraph.BarGraphItem`` on the drag path.

    Options (as keywords to the constructor and :meth:`setOpts`, and read back from
    :attr:`opts`): ``x`` (bar centres), ``height``, ``y0`` (bar bottoms, default 0),
    ``width`` (default 0.8), ``pen`` and ``brush`` (anything ``pg.mkPen`` / ``pg.mkBrush``
    take; None draws no outline / no fill). Scalars broadcast against arrays.

    What makes it cheap (docs/PERFORMANCE.md has the measurements):

    * the bounding rect is cached, and spans at least the y range given to
      :meth:`reserve_y` (the plot's fixed range), so moving a bar does not change the
      item's geometry (which makes Qt repaint all of it and re-index the scene);
    * :meth:`setOpts` repaints only the rectangle around what changed: the bands swept
      by the bars' tops (and bottoms), not the whole item;
    * :meth:`paint` maps every bar to whole device pixels with numpy and draws them all
      with one ``QPainter.drawRects`` call, untransformed; outlines wider than a pixel are
      drawn as filled edges instead of through Qt's per-bar path stroker, and a dashed
      one as dash-textured top and bottom edges and one-pixel dashed sides whose pattern
      does not move with the top (so a moving top repaints only its band);
    * with hundreds of bars narrower than their outline, the outline is left out (it
      would cover the fill anyway) and an outline-only item draws just the bars' tops.
    """

    #: With more bars than this, bars narrower than their outline are drawn without it.
    LOD_BARS = 64
    #: Up to this many bars, a change is compared and measured with Python lists: on ten
    #: bars each numpy call costs more than its arithmetic (half of setOpts' time).
    SMALL_BARS = 32
    _KEYS = frozenset(("x", "height", "y0", "width", "pen", "brush"))
    _GEOMETRY = frozenset(("x", "height", "y0", "width"))

    def __init__(self, x=(), height=(), width=0.8, y0=0.0, pen=None, brush=None):
        super().__init__()
        self.opts = {}
        self._edges = np.zeros((4, 0))  # left, bottom, right, top (data coordinates)
        self._extent = None  # (x0, y0, x1, y1): the data and the reserved y range, or None
        self._bounds = None  # (lows, highs) of the four edge rows, or None without bars
        self._no_contents = False  # ItemHasNoContents set (no bars)
        self._reserve = None  # (ylo, yhi)
        self._pad = None  # how far the pen reaches outside a bar, in data units (x, y)
        self._device = None  # (view transform, the plan: [(pen, brush, QRectF array, count)])
        # QRectF-compatible memory handed to drawRects (_rects): the plan's two, _draw's
        self._rect_bufs = [np.zeros((0, 4)) for _slot in range(3)]
        self._rect_ptrs = [None, None, None]
        # and the QLineF[] handed to drawLines: a buffer of its own (shiboken hands back the
        # wrapper it already has for an address, so one memory cannot be both types)
        self._line_buf = np.zeros((0, 4))
        self._line_ptr = None
        self._small_buf = None  # the rects of a plan made by _small_rects
        self._seen = {}  # (shape, bytes) of the geometry options last set, to skip repeats
        self._sides = None  # (key, left, right, the same as lists): x and width's part of the edges
        self._rows = None  # the edges as four lists, for at most SMALL_BARS bars (else None)
        self.setOpts(x=x, height=height, width=width, y0=y0, pen=pen, brush=brush)

    # -- options ---------------------------------------------------------------------
    def setOpts(self, **opts) -> None:
        """Change any of the options; repaints only what changed."""
        unknown = opts.keys() - self._KEYS
        if unknown:
            raise TypeError(f"Bars has no option(s) {sorted(unknown)}")
        seen = self._compare(opts)
        if seen is None:
            return  # most items of a drag frame: the other distribution, an empty outline
        self.opts.update(opts)
        self._seen.update(seen)  # copies of what is drawn now
        restyled = "pen" in opts or "brush" in opts
        if restyled:
            self._set_style(opts)
        if not opts.keys().isdisjoint(self._GEOMETRY):
            self._set_edges(self._compute_edges(), restyled)
        elif restyled:
            self.update()

    def _compare(self, opts):
        """None if `opts` only repeats the geometry drawn now (no style given), else the
        (shape, bytes) of each geometry option given, to keep as what is drawn.

        Compared with copies taken when it was set, so an array changed in place still
        counts. (Bytes, not values: a tenth of ``array_equal``'s cost for a few bars, and
        the same bytes draw the same bars.)
        """
        seen, new = self._seen, {}
        same = True
        for key, value in opts.items():
            if key not in self._GEOMETRY:
                same = False
                continue
            value = np.asarray(value, dtype=float)
            copy = new[key] = (value.shape, value.tobytes())
            if same and seen.get(key) != copy:
                same = False
        return None if same else new

    def _set_style(self, opts) -> None:
        self._device = None  # the plan holds the pen and brush
        if "pen" in opts:
            self._pen = pg.mkPen(opts["pen"])
            style = self._pen.style()
            self._has_pen = style != Qt.PenStyle.NoPen
            self._solid = style == Qt.PenStyle.SolidLine
            self._pen_px = max(1, int(round(self._pen.widthF())))  # cosmetic width in pixels
            self._edge_brush = self._edge_brush_for(self._pen)
            self._thin_pen = self._thin_pen_for(self._pen)
            self._dash_brush = (None if self._solid or not self._has_pen
                                else _dash_brush(self._edge_brush.color(), self._pen))
            # Whether a moving top changes only its band: true unless Qt itself draws the
            # dashes (a pen scaled with the view), starting them at each bar's corner
            self._tops_alone = self._solid or not self._has_pen or self._pen.isCosmetic()
            self._pad = None  # the pen's reach
            self._bounds_changed()
        if "brush" in opts:
            self._brush = pg.mkBrush(opts["brush"])
            self._has_brush = self._brush.style() != Qt.BrushStyle.NoBrush

    @staticmethod
    def _edge_brush_for(pen: QPen):
        """The pen's colour as a fill; a cosmetic pen thinner than a pixel is drawn one
        pixel wide at that fraction of its opacity, as Qt draws it."""
        brush = pen.brush()
        if 0.0 < pen.widthF() < 1.0:
            c = QColor(brush.color())
            c.setAlphaF(c.alphaF() * pen.widthF())
            brush = pg.mkBrush(c)
        return brush

    @staticmethod
    def _thin_pen_for(pen: QPen) -> QPen:
        """A one-pixel cosmetic pen with `pen`'s colour and dashes scaled to its width."""
        thin = QPen(pen)
        thin.setCosmetic(True)
        if pen.style() not in (Qt.PenStyle.SolidLine, Qt.PenStyle.NoPen) and pen.widthF() > 1.0:
            thin.setDashPattern([d * pen.widthF() for d in pen.dashPattern()] or [4.0, 2.0])
        if pen.widthF() > 1.0:
            thin.setWidth(1)
        return thin

    def reserve_y(self, lo: float, hi: float) -> None:
        """Keep [lo, hi] inside the bounding rect (the plot's y range), so that bars moving
        within it never change the item's geometry."""
        reserve = (float(lo), float(hi))
        if reserve != self._reserve:
            self._reserve = reserve
            self._set_extent()

    def _compute_edges(self):
        """The bars' edges: a (4, n) array (left, bottom, right, top), or for at most
        ``SMALL_BARS`` finite bars the same as four lists (see :func:`_small_rows`)."""
        o = self.opts
        # The sides depend on x and width alone, which a drag frame hands over unchanged:
        # kept, keyed by the bytes _compare keeps
        side_key = (self._seen.get("x"), self._seen.get("width"))
        if self._sides is None or self._sides[0] != side_key:
            x = np.asarray(o["x"], dtype=float).ravel()
            half = 0.5 * np.abs(np.asarray(o["width"], dtype=float).ravel())
            left, right = x - half, x + half  # (x and width broadcast)
            self._sides = (side_key, left, right, left.tolist(), right.tolist())
        _, left, right, left_list, right_list = self._sides
        h = np.asarray(o["height"], dtype=float).ravel()
        if left.size == 0 or h.size == 0:
            return np.zeros((4, 0))
        y0 = np.asarray(o["y0"], dtype=float).ravel()
        n = max(left.size, h.size, y0.size)  # scalars broadcast
        if n <= self.SMALL_BARS:
            rows = _small_rows(left_list, right_list, h.tolist(), y0.tolist(), n)
            if rows is not None:
                return rows
        edges = np.empty((4, n))
        top = y0 + h
        edges[0] = left
        np.minimum(y0, top, out=edges[1])
        edges[2] = right
        np.maximum(y0, top, out=edges[3])
        if not math.isfinite(edges.sum()):  # never hand Qt an infinite rect: drop such bars
            edges = edges[:, np.isfinite(edges).all(axis=0)]
        return edges

    def _set_edges(self, new, restyled: bool) -> None:
        rows = None
        if isinstance(new, tuple):  # a few bars, as lists: compared without numpy
            rows, new = new, np.array(new)
        old_rows, self._rows = self._rows, rows
        old, self._edges = self._edges, new
        old_bounds = self._bounds
        if self._set_extent() or restyled or old.shape != new.shape or (rows is None) != (old_rows is None):
            # (from lists to numpy or back, as when a bar becomes or stops being finite:
            # rare, so the whole item, rather than a third way of comparing)
            self._device = None
            self.update()
            return
        if rows is not None:
            self._update_changed_rows(old_rows, rows)
            return
        diff = old != new
        moved = np.logical_or.reduce(diff, axis=0)  # (ufuncs direct: no Python wrappers)
        changed = moved.nonzero()[0]
        if not changed.size:
            return
        self._device = None
        # Qt keeps one dirty rect per item: the box around the bands that the changed bars'
        # tops (and, where they moved, bottoms and sides) swept. A dashed outline's dashes
        # run round the whole bar from one corner, so there the whole bar changes.
        if changed.size == moved.size and old_bounds is not None:
            # every bar changed (a drag renormalises the others): the box of the old and
            # the new bars, from the bounds _set_extent keeps, not a copy of both
            lows = np.minimum(old_bounds[0], self._bounds[0])
            highs = np.maximum(old_bounds[1], self._bounds[1])
        else:
            both = np.concatenate((old[:, changed], new[:, changed]), axis=1)
            lows, highs = np.minimum.reduce(both, axis=1), np.maximum.reduce(both, axis=1)
        only_tops = self._tops_alone and not np.logical_or.reduce(diff[:3], axis=None)
        lows, highs = lows.tolist(), highs.tolist()
        lo, hi = (lows[3] if only_tops else lows[1]), highs[3]
        left, right = lows[0], highs[2]
        px, py = self._pixel_pad()
        self.update(QRectF(left - px, lo - py, right - left + 2 * px, hi - lo + 2 * py))

    def _update_changed_rows(self, old, new) -> None:
        """`_set_edges` for bars given as lists: repaint the box round the bands that the
        changed bars swept (see there). One loop, no calls: it runs for several items on
        every drag frame."""
        inf = math.inf
        left = top_lo = bottom_lo = inf
        right = hi = -inf
        changed = sides = False
        for l, b, r, t, ol, ob, o_r, ot in zip(*new, *old):
            if t == ot and b == ob and l == ol and r == o_r:
                continue
            changed = True
            if b != ob or l != ol or r != o_r:
                sides = True
            if l < left:
                left = l
            if ol < left:
                left = ol
            if r > right:
                right = r
            if o_r > right:
                right = o_r
            if t > hi:
                hi = t
            if ot > hi:
                hi = ot
            if t < top_lo:
                top_lo = t
            if ot < top_lo:
                top_lo = ot
            if b < bottom_lo:
                bottom_lo = b
            if ob < bottom_lo:
                bottom_lo = ob
        if not changed:
            return
        self._device = None
        only_tops = self._tops_alone and not sides
        lo = top_lo if only_tops else bottom_lo
        px, py = self._pixel_pad()
        self.update(QRectF(left - px, lo - py, right - left + 2 * px, hi - lo + 2 * py))

    def _set_extent(self) -> bool:
        """Recompute the extent; True (and the geometry updated) if it changed."""
        e = self._edges
        rows = self._rows
        extent = self._bounds = None
        if rows is not None:  # (the lists' own path needs no bounds)
            extent = (min(rows[0]), min(rows[1]), max(rows[2]), max(rows[3]))
        elif e.shape[1]:
            lows, highs = np.minimum.reduce(e, axis=1), np.maximum.reduce(e, axis=1)
            self._bounds = (lows, highs)  # of every edge: _set_edges reuses them
            extent = (*lows[:2].tolist(), *highs[2:].tolist())
        if extent is not None and self._reserve is not None:
            x0, y0, x1, y1 = extent
            extent = (x0, min(y0, self._reserve[0]), x1, max(y1, self._reserve[1]))
        # An item with no bars (an unused outline, no culprit, nothing locked) draws
        # nothing: Qt then skips its paint and boundingRect, two Python calls each time a
        # neighbour repaints (about ten a frame in all)
        empty = not e.shape[1]
        if empty != self._no_contents:
            scene = self.scene()
            if empty and scene is not None and self._extent is not None:
                # Qt does not repaint where an item without contents was: the scene must
                scene.update(self.mapRectToScene(self.boundingRect()))
            self._no_contents = empty
            self.setFlag(_NO_CONTENTS, empty)
        if extent == self._extent:
            return False
        self._extent = extent
        self._bounds_changed()
        self.update()
        self.informViewBoundsChanged()
        return True

    def _pixel_pad(self):
        """How far (in data units, x and y) the pen reaches outside a bar, plus a pixel."""
        if self._pad is None:
            reach = (self._pen_px if self._has_pen else 0) / 2 + 2.0
            px = pixel_size(self)
            if px is None:
                return (0.0, 0.0)  # not in a view yet: nothing on screen to keep in sync
            self._pad = (px[0] * reach, px[1] * reach)
        return self._pad

    def viewTransformChanged(self):
        super().viewTransformChanged()
        self._pad = None  # (data units per pixel changed; or a view at last: see _pixel_pad)
        self._bounds_changed()

    # -- QGraphicsItem ---------------------------------------------------------------
    def _item_rect(self) -> QRectF:
        if self._extent is None:
            return QRectF()
        x0, y0, x1, y1 = self._extent
        px, py = self._pixel_pad()
        return QRectF(x0 - px, y0 - py, (x1 - x0) + 2 * px, (y1 - y0) + 2 * py)

    def dataBounds(self, ax, frac=1.0, orthoRange=None):
        e = self._edges
        if not e.shape[1]:
            return (None, None)
        return (float(e[0].min()), float(e[2].max())) if ax == 0 else (float(e[1].min()), float(e[3].max()))

    @contained()
    def paint(self, p, *args):
        e = self._edges
        n = e.shape[1]
        if n == 0 or not (self._has_pen or self._has_brush):
            return
        t = p.transform()
        if not (t.m12() == 0.0 and t.m21() == 0.0 and t.isAffine() and self._pen.isCosmetic()):
            p.setPen(self._pen)  # rotated, sheared or a scaled pen: Qt does it all
            p.setBrush(self._brush)
            self._draw(p, e[0], e[1], e[2] - e[0], e[3] - e[1])
            return
        key = (t.m11(), t.m22(), t.dx(), t.dy())
        device = self._device
        if device is None or device[0] != key:
            # Kept until the bars or the view change: Qt paints an item again whenever
            # anything near it changed (a neighbouring item, another exposed rect).
            device = self._device = (key, self._plan(key, n))
        p.save()
        try:
            p.resetTransform()
            for pen, brush, rects, count in device[1]:
                p.setPen(pen)
                if brush is None:
                    p.drawLines(rects, count)  # (a dashed outline's sides: see _plan)
                else:
                    p.setBrush(brush)
                    p.drawRects(rects, count)
        finally:
            p.restore()

    def _plan(self, key, n: int) -> list:
        """The ``drawRects`` calls that draw the bars under the view transform `key`
        (sx, sy, dx, dy): [(pen, brush, QRectF array, count)], the rects in device pixels
        (brush None: a ``drawLines`` call, the array a ``QLineF`` one).

        Few numpy calls on purpose: an item whose bars moved computes its plan once a
        frame, and on ten bars each numpy call costs more than its arithmetic.
        """
        sx, sy, dx, dy = key
        e = self._edges
        w = self._pen_px
        if self._rows is not None and (not self._has_pen or (w == 1 and self._solid)):
            # a few bars, one call: worked out in Python (the same arithmetic)
            rects = self._small_rects(key)
            if rects is not None:
                return [(self._thin_pen if self._has_pen else _NO_PEN, self._brush, rects, n)]
        elif self._rows is not None:
            # a few bars with a wide or dashed outline (a ghost, the selected bar): the
            # same plan as below, worked out in Python (a tenth of a ms a frame in numpy)
            plan = self._small_edge_plan(key, n)
            if plan is not None:
                return plan
        # Every bar to whole device pixels (at least one wide): left, top, width, height.
        # floor(), as Qt places aliased lines, so bars meet grid and zero lines exactly.
        xs = np.floor(e[0::2] * sx + dx)  # left and right edges
        ys = np.floor(e[1::2] * sy + dy)  # bottom and top edges
        if sx < 0:
            xs = xs[::-1]
        if sy < 0:
            ys = ys[::-1]  # (Qt's y points down) the top edge first
        r = self._rects(0, n)
        r[:, 0] = xs[0]
        r[:, 1] = ys[0]
        width, height = r[:, 2], r[:, 3]
        np.subtract(xs[1], xs[0], out=width)
        np.maximum(width, 1.0, out=width)
        np.subtract(ys[1], ys[0], out=height)
        left, top = r[:, 0], r[:, 1]
        fill = (_NO_PEN, self._brush, self._rect_ptrs[0], n)
        if self._has_pen and n > self.LOD_BARS and float(width.mean()) < 2 * w + 2:
            # Level of detail: bars narrower than their own outline (hundreds of bins).
            # An outline round each would paint over the fill and turn the plot into a
            # block of outline colour, at a cost of thousands of strokes a frame; filled
            # bars are drawn filled only, outlined-only bars (a ghost) as their tops.
            if self._has_brush:
                return [fill]
            tops = self._rects(1, n)
            tops[:, 0], tops[:, 2], tops[:, 3] = left, width, float(w)
            np.subtract(top, w // 2, out=tops[:, 1])
            return [(_NO_PEN, self._edge_brush, self._rect_ptrs[1], n)]
        if not self._has_pen or (w == 1 and self._solid):
            # One solid pixel wide (or no outline): Qt fills and outlines every bar in one call.
            return [(self._thin_pen if self._has_pen else _NO_PEN, self._brush, self._rect_ptrs[0], n)]
        plan = [fill] if self._has_brush else []
        # The outline as four filled edges per bar (top, bottom, left, right): plain fills,
        # where Qt strokes a path per bar for a pen wider than a pixel, and walks a dashed
        # pen's pattern pixel by pixel (a tenth of a 10-bin drag frame for the two ghosts).
        a = w // 2
        edges = self._rects(1, 4 * n).reshape(4, n, 4)
        edges[:, :, 0] = left - a
        edges[3, :, 0] += width
        edges[:, :, 1] = top - a
        edges[1, :, 1] += height
        edges[:2, :, 2] = width + w
        edges[2:, :, 2] = w
        edges[:2, :, 3] = w
        edges[2:, :, 3] = height + w
        if self._dash_brush is None:
            plan.append((_NO_PEN, self._edge_brush, self._rect_ptrs[1], 4 * n))
            return plan
        # Dashed: the top and bottom edges filled with a texture of the dashes, tiled from
        # the view's origin; each side as w one-pixel dashed lines drawn upwards from the
        # bar's bottom, where the pattern starts. Neither pattern moves when a bar's top
        # does, so a drag repaints only the band its top swept. (One fill per dash cost
        # more: Qt's drawRects pays about 0.2 µs a rect.)
        plan.append((_NO_PEN, self._dash_brush, self._rect_ptrs[1], 2 * n))
        lines = self._lines(2 * w * n).reshape(2, w, n, 4)
        column = np.arange(w, dtype=float)[:, None]
        lines[0, :, :, 0] = left - a + column
        lines[1, :, :, 0] = left - a + column + width
        lines[:, :, :, 2] = lines[:, :, :, 0]
        lines[:, :, :, 1] = top - a + height + w - 1  # (a line leaves out its last pixel:
        lines[:, :, :, 3] = top - a - 1               # these cover the side's rows exactly)
        plan.append((self._thin_pen, None, self._line_ptr, 2 * w * n))
        return plan

    def _device_boxes(self, key):
        """The bars in ``_rows`` in whole device pixels under the view transform `key`,
        as :meth:`_plan` places them: a flat list, left, top, width (at least 1) and
        height of each; None if a bar lies beyond any pixel."""
        sx, sy, dx, dy = key
        floor = math.floor
        flat = []
        try:
            for left, bottom, right, top in zip(*self._rows):
                xa, xb = floor(left * sx + dx), floor(right * sx + dx)
                ya, yb = floor(bottom * sy + dy), floor(top * sy + dy)
                if xb < xa:
                    xa, xb = xb, xa
                if yb < ya:
                    ya, yb = yb, ya
                flat += (xa, ya, xb - xa if xb - xa > 1 else 1, yb - ya)
        except (OverflowError, ValueError):  # floor() of an infinity or a NaN
            return None
        return flat

    def _small_edge_plan(self, key, n: int):
        """:meth:`_plan` for the bars in ``_rows`` with an outline wider than a pixel or
        dashed (no level of detail: there are at most ``SMALL_BARS``): the same rects and
        lines in the same buffers, from Python's numbers; None if a bar lies beyond any
        pixel (then numpy's path draws it as Qt does)."""
        flat = self._device_boxes(key)
        if flat is None:
            return None
        boxes = list(zip(*[iter(flat)] * 4))  # each bar: left, top, width, height
        w = self._pen_px
        a = w // 2
        plan = []
        # (flat lists into the buffers: numpy reads a list of numbers ten times faster
        # than a list of tuples)
        if self._has_brush:
            self._rects(0, n).reshape(-1)[:] = flat
            plan.append((_NO_PEN, self._brush, self._rect_ptrs[0], n))
        # the edges in _plan's order: every top, every bottom, every left, every right
        edge = []
        for x, y, bw, _bh in boxes:
            edge += (x - a, y - a, bw + w, w)
        for x, y, bw, bh in boxes:
            edge += (x - a, y - a + bh, bw + w, w)
        edges = self._rects(1, 4 * n).reshape(-1)
        if self._dash_brush is None:
            for x, y, _bw, bh in boxes:
                edge += (x - a, y - a, w, bh + w)
            for x, y, bw, bh in boxes:
                edge += (x - a + bw, y - a, w, bh + w)
            edges[:] = edge
            plan.append((_NO_PEN, self._edge_brush, self._rect_ptrs[1], 4 * n))
            return plan
        edges[:8 * n] = edge  # (the top and bottom edges, dash-textured)
        plan.append((_NO_PEN, self._dash_brush, self._rect_ptrs[1], 2 * n))
        lines = []  # the sides, one pixel column at a time, drawn up from the bottom
        for side in (0, 1):
            for column in range(w):
                for x, y, bw, bh in boxes:
                    at = x - a + column + (bw if side else 0)
                    lines += (at, y - a + bh + w - 1, at, y - a - 1)
        self._lines(2 * w * n).reshape(-1)[:] = lines
        plan.append((self._thin_pen, None, self._line_ptr, 2 * w * n))
        return plan

    def _small_rects(self, key):
        """:meth:`_plan`'s device rects of the bars in ``_rows``, as a ``QRectF[]`` kept
        alive by the item until the next plan; None if a bar lies beyond any pixel (a
        finite value scaled past the float range: numpy's path draws it as Qt does)."""
        flat = self._device_boxes(key)
        if flat is None:
            return None
        self._small_buf = buf = array("d", flat)  # the memory drawRects reads
        return shiboken6.wrapInstance(buf.buffer_info()[0], QRectF)

    def _rects(self, slot: int, n: int) -> np.ndarray:
        """The first `n` rows of reusable buffer `slot`: an (n, 4) float64 array whose
        memory is a ``QRectF[]`` (``self._rect_ptrs[slot]`` points at it)."""
        buf = self._rect_bufs[slot]
        if buf.shape[0] < n:
            buf = self._rect_bufs[slot] = np.empty((max(n, 2 * buf.shape[0]), 4))
            self._rect_ptrs[slot] = shiboken6.wrapInstance(buf.ctypes.data, QRectF)
        return buf[:n]

    def _lines(self, n: int) -> np.ndarray:
        """The first `n` rows of the line buffer: an (n, 4) float64 array whose memory is a
        ``QLineF[]`` (``self._line_ptr`` points at it)."""
        if self._line_buf.shape[0] < n:
            self._line_buf = np.empty((n, 4))
            self._line_ptr = shiboken6.wrapInstance(self._line_buf.ctypes.data, QLineF)
        return self._line_buf[:n]

    def _draw(self, p, x, y, w, h) -> None:
        """``drawRects`` of the rects (x, y, w, h) in item coordinates (a rotated or scaled
        view), through a reused buffer of its own (the plan's stay as they are)."""
        n = x.size
        m = self._rects(2, n)
        m[:, 0], m[:, 1], m[:, 2], m[:, 3] = x, y, w, h
        p.drawRects(self._rect_ptrs[2], n)


class Curve(BoundedItem):
    """A polyline with one pen: a lean ``pyqtgraph.PlotCurveItem`` for a curve that grows
    one point per frame (the drag history).

    ``setData(x, y)`` with one point more than before (the same points otherwise) repaints
    only the new segment, and :meth:`paint` strokes only the points inside the area Qt
    asks for, keeping the dash pattern continuous; anything else repaints the whole
    curve. ``x`` must increase. The bounding rect spans at least :meth:`reserve`'s range.
    """

    def __init__(self, pen=None):
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self._x = self._y = np.zeros(0)
        self._reserve = None  # (x0, x1, y0, y1)
        self._extent = None
        self._pad = None
        # device-pixel length of the polyline up to each point, for the dash offset of a
        # partial repaint: (view transform, array) for the points it covers so far
        self._along = None
        self._buf = None  # append()'s room to grow: the points are views of its rows
        self.setPen(pen)

    def setPen(self, *args, **kargs):
        self._pen = pg.mkPen(*args, **kargs)
        self._pen_px = max(1.0, self._pen.widthF())
        style = self._pen.style()
        self._has_pen = style != Qt.PenStyle.NoPen
        self._dashed = self._has_pen and style != Qt.PenStyle.SolidLine
        self._pad = None
        self._bounds_changed()
        self.update()

    def getData(self):
        return self._x, self._y

    def reserve(self, x0: float, x1: float, y0: float, y1: float) -> None:
        """Keep this range inside the bounding rect (the plot's view range)."""
        if (x0, x1, y0, y1) != self._reserve:
            self._reserve = (float(x0), float(x1), float(y0), float(y1))
            self._set_extent()

    def setData(self, x, y) -> None:
        x = np.array(x, dtype=float)
        y = np.array(y, dtype=float)
        if x.shape != y.shape or x.ndim != 1:
            raise ValueError(f"x and y must be 1-D and of one length, got {x.shape} and {y.shape}")
        n_old = self._x.size
        grew = (x.size == n_old + 1 and n_old > 0 and np.array_equal(x[:-1], self._x)
                and np.array_equal(y[:-1], self._y))
        self._x, self._y = x, y
        self._buf = None  # the points are these arrays now, not append()'s buffer
        if not grew:
            self._along = None
        self._grown(grew)

    def append(self, x: float, y: float) -> None:
        """``setData`` with the point (x, y) added at the end, without copying or comparing
        the points before it (the drag history adds one a frame)."""
        n = self._x.size
        x, y = float(x), float(y)
        if n == 0 or not x > self._x[-1]:
            self.setData(np.append(self._x, x), np.append(self._y, y))  # the general case
            return
        buf = self._buf
        if buf is None or buf.shape[1] <= n:
            buf = np.empty((2, max(64, 2 * (n + 1))))  # room to grow: amortised copies
            buf[0, :n], buf[1, :n] = self._x, self._y
            self._buf = buf
        buf[0, n], buf[1, n] = x, y
        # views: the caller's earlier getData() arrays never change (only later slots do)
        self._x, self._y = buf[0, :n + 1], buf[1, :n + 1]
        self._grown(True)

    def _grown(self, grew: bool) -> None:
        """Repaint after new points: only the new segment when one point was added."""
        if (self._grow_extent() if grew else self._set_extent()) or not grew:
            self.update()
            return
        # only the new segment: a box around its two ends, padded by the pen
        x, y = self._x, self._y
        px, py = self._pixel_pad()
        x0, x1 = x[-2], x[-1]
        y0, y1 = min(y[-2], y[-1]), max(y[-2], y[-1])
        self.update(QRectF(x0 - px, y0 - py, x1 - x0 + 2 * px, y1 - y0 + 2 * py))

    def _grow_extent(self) -> bool:
        """`_set_extent` for one point added: the old extent and that point."""
        xn, yn = float(self._x[-1]), float(self._y[-1])
        e = self._extent
        if e is None or not (math.isfinite(xn) and math.isfinite(yn)):
            return self._set_extent()
        if e[0] <= xn <= e[1] and e[2] <= yn <= e[3]:
            return False
        return self._set_extent()

    def _set_extent(self) -> bool:
        ok = np.isfinite(self._x) & np.isfinite(self._y)
        if ok.any():
            ext = [float(self._x[ok].min()), float(self._x[ok].max()),
                   float(self._y[ok].min()), float(self._y[ok].max())]
        else:
            ext = None
        if self._reserve is not None:
            r = self._reserve
            ext = list(r) if ext is None else [min(ext[0], r[0]), max(ext[1], r[1]),
                                               min(ext[2], r[2]), max(ext[3], r[3])]
        ext = tuple(ext) if ext is not None else None
        if ext == self._extent:
            return False
        self._extent = ext
        self._bounds_changed()
        self.informViewBoundsChanged()
        return True

    def _pixel_pad(self):
        """How far (in data units, x and y) the pen reaches outside the line, plus a pixel;
        cached until the view's transform changes."""
        if self._pad is None:
            px = pixel_size(self)
            if px is None:
                return (0.0, 0.0)
            reach = self._pen_px / 2 + 2.0
            self._pad = (px[0] * reach, px[1] * reach)
        return self._pad

    def viewTransformChanged(self):
        super().viewTransformChanged()
        self._pad = None
        self._bounds_changed()

    def _length_to(self, i: int, key: tuple) -> float:
        """Device-pixel length of the polyline from point 0 to point `i` under the view
        transform `key` (sx, sy, dx, dy), extended one new segment at a time as it grows."""
        have = self._along
        if have is None or have[0] != key or len(have[1]) > self._x.size:
            have = (key, [0.0])
        cum = have[1]  # a list: the drag history adds one segment a frame
        if len(cum) <= i:
            sx, sy = key[0], key[1]
            j = len(cum) - 1  # lengths known up to point j
            if self._x.size - j > 8:
                seg = np.hypot(np.diff(self._x[j:]) * sx, np.diff(self._y[j:]) * sy)
                seg[~np.isfinite(seg)] = 0.0
                cum.extend((cum[-1] + np.cumsum(seg)).tolist())
            else:  # a few new points: Python's floats cost less than numpy's calls
                xs, ys = self._x[j:].tolist(), self._y[j:].tolist()
                total = cum[-1]
                for k in range(len(xs) - 1):
                    seg = math.hypot((xs[k + 1] - xs[k]) * sx, (ys[k + 1] - ys[k]) * sy)
                    total += seg if math.isfinite(seg) else 0.0
                    cum.append(total)
        self._along = have
        return cum[i]

    def dataBounds(self, ax, frac=1.0, orthoRange=None):
        v = self._x if ax == 0 else self._y
        v = v[np.isfinite(v)]
        return (None, None) if v.size == 0 else (float(v.min()), float(v.max()))

    def _item_rect(self) -> QRectF:
        if self._extent is None:
            return QRectF()
        x0, x1, y0, y1 = self._extent
        px, py = self._pixel_pad()
        return QRectF(x0 - px, y0 - py, x1 - x0 + 2 * px, y1 - y0 + 2 * py)

    @contained()
    def paint(self, p, opt, widget=None):
        x, y = self._x, self._y
        if x.size < 2 or not self._has_pen:
            return
        t = p.transform()
        axis_aligned = t.m12() == 0.0 and t.m21() == 0.0 and t.isAffine()
        i0, i1 = 0, x.size
        exposed = opt.exposedRect if opt is not None else QRectF()
        if axis_aligned and not exposed.isEmpty():
            # the points that can touch the exposed area, and one more on each side
            px = self._pixel_pad()[0]
            i0 = max(0, int(x.searchsorted(exposed.left() - px, "left")) - 1)
            i1 = min(x.size, int(x.searchsorted(exposed.right() + px, "right")) + 1)
            if i1 - i0 < 2:
                return
            if self._dashed and self._pen_px <= 1.0:
                # Qt's one-pixel stroker does not place its dashes by the line's length
                # (see _length_to): draw from the first point, clipped to the exposed area
                i0 = 0
        pen = self._pen
        if axis_aligned:
            # Only the points drawn are transformed: a frame of the drag history repaints
            # its newest segment, not the hundreds of points before it.
            key = (t.m11(), t.m22(), t.dx(), t.dy())
            if i1 - i0 <= 8:  # the newest segment or two: Python's floats, not numpy's calls
                sx, sy, dx, dy = key
                line = QPolygonF([QPointF(a * sx + dx, b * sy + dy)
                                  for a, b in zip(x[i0:i1].tolist(), y[i0:i1].tolist())])
            else:
                line = pg.functions.arrayToQPolygonF(x[i0:i1] * key[0] + key[2], y[i0:i1] * key[1] + key[3])
            if i0 > 0 and self._dashed:
                # start the dashes where a whole curve would have them at point i0
                pen = QPen(pen)
                pen.setDashOffset(pen.dashOffset() + self._length_to(i0, key) / max(pen.widthF(), 1.0))
            p.save()
            try:
                p.resetTransform()
                p.setPen(pen)
                p.drawPolyline(line)
            finally:
                p.restore()
        else:
            p.setPen(pen)
            p.drawPolyline(pg.functions.arrayToQPolygonF(x, y))


class FastText(pg.TextItem):
    """Unscaled text anchored at a data point: a lean ``pyqtgraph.TextItem``.

    The same constructor arguments used here (``text``, ``color``, ``anchor``) and the
    same methods (``setText``, ``toPlainText``, ``setColor``, ``setFont``, ``setPos``), but
    it draws a cached ``QStaticText`` with ``ItemIgnoresTransformations`` instead of
    laying out a ``QTextDocument`` child, and runs no Python when it is moved. The margin
    around the text matches ``TextItem``'s (a QTextDocument's default 4 px), so anchors
    place it the same way; a ``fill`` brush paints that rect behind the text, as
    ``TextItem``'s does (``border`` is not drawn).
    """

    MARGIN = 4.0

    def __init__(self, text: str = "", color=(200, 200, 200), anchor=(0, 0)):
        pg.GraphicsObject.__init__(self)  # not TextItem.__init__: no QGraphicsTextItem child
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, False)
        self.anchor = pg.Point(anchor)
        self._text = ""
        self._font = QFont()
        self._font_key = font_key(self._font)
        self._static, _ = prepared("", self._font, self._font_key)
        self._rect = QRectF()
        self.color = pg.mkColor(color)
        self._pen = QPen(self.color)
        self._fill = None  # a brush painted behind the text, or None
        self.border = pg.mkPen(None)
        self.setText(text)

    @property
    def fill(self) -> QBrush:
        """The brush behind the text (``TextItem``'s attribute; NoBrush: none)."""
        return self._fill if self._fill is not None else QBrush()

    @fill.setter
    def fill(self, brush) -> None:
        brush = pg.mkBrush(brush)
        self._fill = None if brush.style() == Qt.BrushStyle.NoBrush else brush
        self.update()

    def setText(self, text, color=None):
        if color is not None:
            self.setColor(color)
        text = str(text)
        if text != self._text:
            self._text = text
            self._relayout()

    setPlainText = setText

    def setAnchor(self, anchor) -> None:
        """Which point of the text sits at its position: (0.5, 1) above, (0.5, 0) below."""
        self.anchor = pg.Point(anchor)
        self._relayout()

    def toPlainText(self) -> str:
        return self._text

    def setColor(self, color):
        self.color = pg.mkColor(color)
        self._pen = QPen(self.color)
        self.update()

    def setFont(self, font: QFont):
        self._font = QFont(font)
        self._font_key = font_key(self._font)
        self._relayout()

    def _relayout(self) -> None:
        self._static, size = prepared(self._text, self._font, self._font_key)  # shared: never changed here
        w, h = size.width() + 2 * self.MARGIN, size.height() + 2 * self.MARGIN
        rect = QRectF(-self.anchor[0] * w, -self.anchor[1] * h, w, h)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.update()

    @contained(QRectF)
    def boundingRect(self) -> QRectF:
        return QRectF(self._rect)

    def dataBounds(self, ax, frac=1.0, orthoRange=None):
        return [None, None]  # never stretch an auto-range

    def viewTransformChanged(self):
        pg.GraphicsObject.viewTransformChanged(self)

    def updateTransform(self, force=False):
        """Nothing to do: Qt keeps an ``ItemIgnoresTransformations`` item unscaled."""

    def setVisible(self, v):
        pg.GraphicsObject.setVisible(self, v)

    @contained()
    def paint(self, p, *args):
        if not self._text:
            return
        if self._fill is not None:
            p.fillRect(self._rect, self._fill)
        p.setFont(self._font)
        p.setPen(self._pen)
        p.drawStaticText(QPointF(self._rect.left() + self.MARGIN, self._rect.top() + self.MARGIN),
                         self._static)
