"""The numbers over a histogram's bars, as one graphics item.

Each bar's value used to be its own text item that ignored the view's transform. On a drag
frame every bar's value changes (the others are renormalised), so Qt walked, transformed
and painted twenty such items across the two histograms, a tenth of the frame. This item
draws the whole row: one bounding rect, one paint, one cached ``QStaticText`` per bar
(from :mod:`.text_cache`: two-decimal values repeat, so most are laid out only once).
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QPen, QStaticText

from .plot_utils import pixel_size
from .text_cache import font_key, prepared
from .guard import contained
from .bounded_item import BoundedItem


class ValueLabels(BoundedItem):
    """Short texts, each centred a few pixels above its point (x_i, y_i) in data units (or
    below it), at a fixed size in pixels whatever the zoom (as ``FastText`` with anchor
    (0.5, 1), or (0.5, 0) below).

    Parameters
    ----------
    color : colour accepted by ``pyqtgraph.mkColor``
    """

    MARGIN = 4.0  # pixels between the point and the text's bottom (FastText's margin)

    def __init__(self, color=(32, 32, 32)):
        super().__init__()
        self._font = QFont()
        self._font_key = font_key(self._font)
        self._pen = QPen(pg.mkColor(color))
        self._texts: list[str] = []
        self._statics: list[QStaticText] = []
        self._size: list[tuple] = []  # text width, height in pixels
        self._x: list[float] = []
        self._y: list[float] = []
        self._below: list[bool] = []  # hung below the point instead of standing on it
        self._reserve = None  # (x0, x1, y0, y1) in data units, always inside the bounds
        self._pad = None  # data units per pixel (x, y), until the view changes

    # -- API --------------------------------------------------------------------------
    def texts(self) -> list[str]:
        """The texts shown, one per point."""
        return list(self._texts)

    def set_font(self, font: QFont) -> None:
        self._font = QFont(font)
        self._font_key = font_key(self._font)
        for i, text in enumerate(self._texts):
            self._set_text(i, text)
        self._geometry_changed()

    def set_color(self, color) -> None:
        self._pen = QPen(pg.mkColor(color))
        self.update()

    def reserve(self, x0: float, x1: float, y0: float, y1: float) -> None:
        """Keep this data range inside the bounding rect (the plot's range), so labels
        moving within it never change the item's geometry."""
        reserve = (float(x0), float(x1), float(y0), float(y1))
        if reserve != self._reserve:
            self._reserve = reserve
            self._geometry_changed()

    def set_values(self, x, y, texts, below=None) -> None:
        """Show ``texts[i]`` above (x[i], y[i]), or below it where ``below[i]`` is true;
        repaints only the labels that changed.

        Plain Python lists inside: a row is at most a few dozen labels, where numpy's
        per-call overhead cost more than the arithmetic.
        """
        xs = np.asarray(x, dtype=float).ravel().tolist()  # Python floats
        ys = np.asarray(y, dtype=float).ravel().tolist()
        texts = [str(t) for t in texts]
        if below is None or isinstance(below, (bool, np.bool_)):
            below = [bool(below)] * len(texts)  # one side for every label
        else:
            below = [bool(b) for b in below]
        if not (len(xs) == len(ys) == len(texts) == len(below)):
            raise ValueError(f"x, y, texts and below must have one length, got {len(xs)}, {len(ys)}, "
                             f"{len(texts)}, {len(below)}")
        n = len(texts)
        if n != len(self._texts):
            self._geometry_changed()  # the old row's area repaints, even if none is left
            self._texts = [""] * n
            self._statics = [prepared("", self._font, self._font_key)[0]] * n
            self._size = [(0.0, 0.0)] * n
            self._x, self._y = [math.nan] * n, [math.nan] * n
            self._below = [False] * n
        dirty, changed = [], []
        old_texts, old_x, old_y, old_below = self._texts, self._x, self._y, self._below  # (locals: a
        for i in range(n):  # QObject's attribute lookups cost more than the comparisons)
            if texts[i] != old_texts[i]:
                changed.append(i)
                dirty.append(i)
            elif xs[i] != old_x[i] or ys[i] != old_y[i] or below[i] != old_below[i]:
                dirty.append(i)
        if not dirty:
            return
        old = self._label_rect(dirty)  # where they are drawn now
        for i in changed:
            self._set_text(i, texts[i])
        self._x, self._y, self._below = xs, ys, below
        new = self._label_rect(dirty)
        bounds = self.rect()  # the bounds Qt has
        if bounds.isEmpty() or (new is not None and not bounds.contains(new)):
            # a label left the bounds last reported (only the dirty ones moved)
            self._geometry_changed()
            return
        if new is None or old is None:
            self.update(new if old is None else old)  # (None: no finite label left there)
        else:
            self.update(new.united(old))

    # -- geometry ---------------------------------------------------------------------
    def _set_text(self, i: int, text: str) -> None:
        st, size = prepared(text, self._font, self._font_key)  # shared: never changed here
        self._texts[i], self._statics[i], self._size[i] = text, st, (size.width(), size.height())

    def _pixel(self):
        """Data units per pixel (x, y), or None before the item is in a view."""
        if self._pad is None:
            self._pad = pixel_size(self)
        return self._pad

    def label_rects(self) -> list:
        """Each label's box in data units, or None where none is shown: its text with
        ``MARGIN`` pixels round it (``FastText``'s box), ending at its point. Map it with
        the item's device transform to see where it is on screen."""
        px = self._pixel()
        out = []
        for i, text in enumerate(self._texts):
            x, y = self._x[i], self._y[i]
            if px is None or not text or not (math.isfinite(x) and math.isfinite(y)):
                out.append(None)
                continue
            (pw, ph), (w, h), m = px, self._size[i], self.MARGIN
            tall = (h + 2 * m) * ph
            out.append(QRectF(x - (w / 2 + m) * pw, y - tall if self._below[i] else y, (w + 2 * m) * pw, tall))
        return out

    def _label_rect(self, idx) -> QRectF | None:
        """The data rect holding labels `idx` (and a pixel round them), or None."""
        px = self._pixel()
        if px is None:
            return None
        pw, ph = px
        up_px = self.MARGIN + 1
        x0 = y0 = math.inf
        x1 = y1 = -math.inf
        xs, ys, sizes, below = self._x, self._y, self._size, self._below
        for i in idx:
            x, y = xs[i], ys[i]
            if not (math.isfinite(x) and math.isfinite(y)):
                continue
            w, h = sizes[i]
            half = (w / 2 + 1) * pw
            x0, x1 = min(x0, x - half), max(x1, x + half)
            if below[i]:
                y0, y1 = min(y0, y - (h + up_px) * ph), max(y1, y + ph)
            else:
                y0, y1 = min(y0, y - ph), max(y1, y + (h + up_px) * ph)
        if x0 > x1:
            return None
        return QRectF(x0, y0, x1 - x0, y1 - y0)

    def _data_range(self):
        pts = [(x, y) for x, y in zip(self._x, self._y) if math.isfinite(x) and math.isfinite(y)]
        if self._reserve is not None:
            r = self._reserve
            pts += [(r[0], r[2]), (r[1], r[3])]
        if not pts:
            return None
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        return (min(xs), max(xs), min(ys), max(ys))

    def _geometry_changed(self) -> None:
        self._bounds_changed()
        self.update()

    def viewTransformChanged(self):
        super().viewTransformChanged()
        self._pad = None
        self._geometry_changed()

    def _item_rect(self) -> QRectF:
        r = self._data_range()
        px = self._pixel()
        if r is None or px is None:
            return QRectF()
        pw, ph = px
        w = max((s[0] for s in self._size), default=0.0)
        h = max((s[1] for s in self._size), default=0.0)
        x0, x1, y0, y1 = r
        half, up = (w / 2 + 1) * pw, (h + self.MARGIN + 1) * ph
        down = up if any(self._below) else ph
        return QRectF(x0 - half, y0 - down, (x1 - x0) + 2 * half, (y1 - y0) + up + down)

    def dataBounds(self, ax, frac=1.0, orthoRange=None):
        return [None, None]  # never stretch an auto-range

    # -- painting ---------------------------------------------------------------------
    @contained()
    def paint(self, p, *args):
        if not self._texts:
            return
        t = p.transform()
        sx, sy, dx, dy = t.m11(), t.m22(), t.dx(), t.dy()
        p.save()
        try:
            p.resetTransform()  # text at its size in pixels, placed through the view's transform
            p.setFont(self._font)
            p.setPen(self._pen)
            margin = self.MARGIN
            xs, ys, sizes, below, statics = self._x, self._y, self._size, self._below, self._statics
            for i, text in enumerate(self._texts):
                x, y = xs[i], ys[i]
                if not text or not (math.isfinite(x) and math.isfinite(y)):
                    continue
                w, h = sizes[i]
                top = y * sy + dy + margin if below[i] else y * sy + dy - h - margin
                p.drawStaticText(QPointF(round(x * sx + dx - w / 2), round(top)), statics[i])
        finally:
            p.restore()
