"""Per-bin terms: −p_i log q_i (cross entropy) and p_i log(p_i/q_i) (KL), side by side.

The bin that makes KL infinite is shaded and marked ∞, here and in the histogram, so the
class says *which* outcome q wrongly called impossible.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

from ..model.summary import Summary
from .level_line import LevelLine
from .plot_utils import tick_step, Bars, FastText, capped, freeze_plot, nice_ceiling, set_title, style_plot
from .theme import NORMAL, Theme
from .lean_plot import LeanPlotWidget


class ContributionsPlot(LeanPlotWidget):
    """objectName ``plot_contributions``."""

    def __init__(self, parent=None):
        super().__init__(parent=parent, enableMenu=False)  # freeze_plot disables the menu: do not build it
        self.setObjectName("plot_contributions")
        self.theme: Theme = NORMAL
        self.y_lo, self.y_hi = -0.5, 1.0
        self._n = -1
        self._labels: tuple = ()
        freeze_plot(self)
        self.band = Bars(x=[], y0=[], height=[], width=1.0, pen=None)
        self.cross = Bars(x=[], height=[], width=0.4)
        self.kl = Bars(x=[], height=[], width=0.4)
        for z, item in enumerate((self.band, self.cross, self.kl)):
            item.setZValue(z)
            item.reserve_y(self.y_lo, self.y_hi * 1.08)
            self.addItem(item)
        self._x_cross = self._x_kl = np.zeros(0)
        self.zero = LevelLine(0.0)
        self.zero.setZValue(0.5)  # over the ∞ band, under the bars (as the InfiniteLine was)
        self.addItem(self.zero, ignoreBounds=True)
        self.zero.follow(self.getPlotItem().getViewBox())
        self._marks: list[FastText] = []
        self.apply_theme(NORMAL)

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        style_plot(self, theme)
        pen = pg.mkPen(theme.foreground, width=theme.outline_width * 0.6)
        self.cross.setOpts(brush=pg.mkBrush(theme.cross), pen=pen)
        self.kl.setOpts(brush=pg.mkBrush(theme.kl), pen=pen)
        c = QColor(theme.infinite)
        c.setAlpha(90)
        self.band.setOpts(brush=pg.mkBrush(c))
        self.zero.setPen(pg.mkPen(theme.foreground, width=1))
        for m in self._marks:
            m.setColor(theme.infinite)

    def set_title_text(self, text: str) -> None:
        set_title(self, self.theme, text)

    def show_summary(self, summary: Summary, labels: tuple, dragging: bool) -> None:
        cross = summary.terms["cross_entropy_pq"]
        kl = summary.terms["kl_pq"]
        n = cross.size
        if n != self._n or labels != self._labels:
            self._n, self._labels = n, labels
            self._x_cross = np.arange(n, dtype=float) - 0.2
            self._x_kl = self._x_cross + 0.4
            self.setXRange(-0.6, n - 0.4, padding=0)
            step = tick_step(n)
            self.getPlotItem().getAxis("bottom").setTicks([[(i, labels[i]) for i in range(0, n, step)], []])
        if not dragging:
            finite = np.concatenate([cross[np.isfinite(cross)], kl[np.isfinite(kl)], [0.1]])
            hi = nice_ceiling(float(finite.max()) * 1.15)
            lo = -nice_ceiling(max(0.05, float(-finite.min()) * 1.15)) if finite.min() < 0 else -0.05 * hi
            if (lo, hi) != (self.y_lo, self.y_hi):
                self.y_lo, self.y_hi = lo, hi
                self.setYRange(lo, hi * 1.08, padding=0)
                for item in (self.band, self.cross, self.kl):
                    item.reserve_y(lo, hi * 1.08)  # bars moving inside never resize the item
        self.cross.setOpts(x=self._x_cross, height=capped(cross, self.y_hi))
        self.kl.setOpts(x=self._x_kl, height=np.maximum(capped(kl, self.y_hi), self.y_lo))
        bad = summary.inf_pq
        if bad.size or len(self.band.opts["x"]):
            self.band.setOpts(x=bad.astype(float), y0=np.full(bad.size, self.y_lo),
                              height=np.full(bad.size, self.y_hi * 1.08 - self.y_lo))
        while len(self._marks) < bad.size:
            m = FastText("∞", color=self.theme.infinite, anchor=(0.5, 0.0))
            m.setZValue(10)
            self.addItem(m)
            self._marks.append(m)
        for k, m in enumerate(self._marks):
            m.setVisible(k < bad.size)
            if k < bad.size:
                m.setPos(float(bad[k]), self.y_hi * 1.07)
