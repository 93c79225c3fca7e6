"""A strip of the measures over the current drag: students see KL fall as q nears p."""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg

from ..model.summary import Summary
from .plot_utils import Curve, capped, freeze_plot, nice_ceiling, set_title, style_plot
from .theme import NORMAL, Theme
from .lean_plot import LeanPlotWidget

CAPACITY = 600
KEYS = ("cross_entropy_pq", "kl_pq", "kl_qp")


class HistoryPlot(LeanPlotWidget):
    """objectName ``plot_history``: H(p,q), KL(p‖q) and KL(q‖p) frame by frame."""

    def __init__(self, parent=None):
        super().__init__(parent=parent, enableMenu=False)  # freeze_plot disables the menu: do not build it
        self.setObjectName("plot_history")
        self.theme: Theme = NORMAL
        freeze_plot(self)
        self._data = np.zeros((len(KEYS), CAPACITY))
        self._count = 0
        self._cap = 1.0
        self._x = np.arange(CAPACITY, dtype=float)
        self.curves = [Curve() for _ in KEYS]  # grow by one segment a frame, repainting only it
        for c in self.curves:
            self.addItem(c)
        self._set_ranges(100, 1.0)
        self.getPlotItem().getAxis("left").setTickSpacing(0.5, 0.25)
        self.apply_theme(NORMAL)

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        style_plot(self, theme)
        colours = (theme.cross, theme.kl, theme.q)
        styles = (pg.QtCore.Qt.PenStyle.SolidLine, pg.QtCore.Qt.PenStyle.SolidLine,
                  pg.QtCore.Qt.PenStyle.DashLine)
        for c, col, st in zip(self.curves, colours, styles):
            c.setPen(pg.mkPen(col, width=theme.line_width, style=st))

    def set_title_text(self, text: str) -> None:
        set_title(self, self.theme, text)

    def start(self, summary: Summary, y_max: float) -> None:
        """A drag began: clear the strip and fix its y range for the whole drag."""
        self._count = 0
        finite = [summary.values[k] for k in KEYS if math.isfinite(summary.values[k])]
        self._cap = max(y_max, nice_ceiling(max(finite + [0.1]) * 1.2))
        self._set_ranges(self.getViewBox().viewRange()[0][1], self._cap * 1.05)
        self.getPlotItem().getAxis("left").setTickSpacing(self._cap / 2, self._cap / 4)
        self.append(summary)

    def append(self, summary: Summary) -> None:
        """Add one frame (infinite values drawn at the top of the strip)."""
        shifted = self._count == CAPACITY
        if shifted:  # keep the latest frames: shift by a half
            half = CAPACITY // 2
            self._data[:, :half] = self._data[:, half:]
            self._count = half
        vals = capped(np.array([summary.values[k] for k in KEYS]), self._cap)
        self._data[:, self._count] = vals
        self._count += 1
        k = self._count
        if k > self._x_max:
            self._set_ranges(nice_ceiling(k * 1.5), self._y_max)
        for i, c in enumerate(self.curves):
            if shifted or k == 1 or c.getData()[0].size != k - 1:
                c.setData(self._x[:k], self._data[i, :k])
            else:
                c.append(self._x[k - 1], vals[i])  # one point more: nothing else compared

    def _set_ranges(self, x_max: float, y_max: float) -> None:
        self._x_max, self._y_max = x_max, y_max
        self.setXRange(0, x_max, padding=0)
        self.setYRange(0, y_max, padding=0)
        for c in self.curves:
            c.reserve(0.0, x_max, 0.0, y_max)  # the curves' growth never changes their geometry
