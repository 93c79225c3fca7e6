"""The six measures as bars, with each cross entropy drawn as a stack of entropy + KL.

H(p,q) is literally H(p)'s bar with KL(p‖q) stacked on top: the identity of the lecture
is seen, not told. An infinite value is drawn capped, hatched and marked ∞; the axis never
jumps to 1e308.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF

from ..model.label_layout import shrink_to_fit
from ..model.summary import Summary
from .plot_utils import Bars, capped, fmt, freeze_plot, nice_ceiling, set_title, style_plot
from .theme import NORMAL, Theme
from .value_labels import ValueLabels
from .lean_plot import LeanPlotWidget

# x positions: H(p), H(p,q), KL(p‖q) | H(q), H(q,p), KL(q‖p)
X = np.array([0.0, 1.0, 2.0, 3.6, 4.6, 5.6])
TICKS = ["H(p)", "H(p,q)", "KL(p‖q)", "H(q)", "H(q,p)", "KL(q‖p)"]
ORDER = ("entropy_p", "cross_entropy_pq", "kl_pq", "entropy_q", "cross_entropy_qp", "kl_qp")
#: The smallest tick type (pt) the names shrink to in a narrow plot, and the gap between
#: two names (px).
SMALLEST_TICK_PT = 7
TICK_GAP_PX = 8


class MeasuresPlot(LeanPlotWidget):
    """Bars of the six measures; objectName ``plot_measures``."""

    def __init__(self, parent=None):
        super().__init__(parent=parent, enableMenu=False)  # freeze_plot disables the menu: do not build it
        self.setObjectName("plot_measures")
        self.theme: Theme = NORMAL
        self.y_max = 1.0
        freeze_plot(self)
        self.ent_p = Bars(x=X[[0, 1]], height=[0, 0], width=0.8)
        self.ent_q = Bars(x=X[[3, 4]], height=[0, 0], width=0.8)
        self.kl = Bars(x=X[[1, 2, 4, 5]], y0=[0, 0, 0, 0], height=[0, 0, 0, 0], width=0.8)
        self.inf_item = Bars(x=[], height=[], width=0.8)
        for z, item in enumerate((self.ent_p, self.ent_q, self.kl, self.inf_item)):
            item.setZValue(z)
            item.reserve_y(0.0, self.y_max * 1.1)
            self.addItem(item)
        # the six numbers, as one item (one paint a frame, not six)
        self.value_labels = ValueLabels()
        self.value_labels.setZValue(10)
        self.value_labels.reserve(X[0], X[-1], 0.0, self.y_max * 1.1)
        self.addItem(self.value_labels)
        self.getPlotItem().getAxis("bottom").setTicks([list(zip(X, TICKS)), []])
        self.setXRange(-0.6, X[-1] + 0.6, padding=0)
        self.tick_pt = None  # the tick type size the names fit in now
        # the names' room changes with the plot's width (a panel opened beside it)
        self.getPlotItem().getViewBox().sigResized.connect(self._fit_tick_names)
        self.apply_theme(NORMAL)

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        style_plot(self, theme)
        pen = pg.mkPen(theme.foreground, width=theme.outline_width)
        self.ent_p.setOpts(brush=pg.mkBrush(theme.p), pen=pen)
        self.ent_q.setOpts(brush=pg.mkBrush(theme.q), pen=pen)
        self.kl.setOpts(brush=pg.mkBrush(theme.kl), pen=pen)
        self.inf_item.setOpts(brush=QBrush(QColor(theme.infinite), Qt.BrushStyle.Dense4Pattern),
                              pen=pg.mkPen(theme.infinite, width=theme.outline_width))
        font = QFont()
        font.setPointSize(theme.value_pt + 1)
        font.setBold(True)
        self.value_labels.set_font(font)
        self.value_labels.set_color(theme.foreground)
        self.tick_pt = None
        self._fit_tick_names()

    def _fit_tick_names(self, *_) -> None:
        """The measures' names in the theme's tick type, or smaller where that would run
        them into one another (neighbours are one x unit apart)."""
        vb = self.getPlotItem().getViewBox()
        (x0, x1), _ = vb.viewRange()
        if vb.width() <= 0 or x1 <= x0:
            return
        font = QFont()
        font.setPointSize(self.theme.font_pt)
        metrics = QFontMetricsF(font)
        needed = max(metrics.horizontalAdvance(t) for t in TICKS) + TICK_GAP_PX
        size = shrink_to_fit(self.theme.font_pt, needed, vb.width() / (x1 - x0), SMALLEST_TICK_PT)
        if size != self.tick_pt:
            self.tick_pt = size
            font.setPointSize(size)
            self.getPlotItem().getAxis("bottom").setStyle(tickFont=font)

    def set_title_text(self, text: str) -> None:
        set_title(self, self.theme, text)

    def target_range(self, summary: Summary, n_bins: int) -> float:
        """The y range that fits every finite value and the largest possible entropy."""
        finite = [v for v in summary.values.values() if math.isfinite(v)]
        max_entropy = math.log2(n_bins) if summary.unit == "bits" else math.log(n_bins)
        return nice_ceiling(max(finite + [max_entropy, 0.1]) * 1.12)

    def show_summary(self, summary: Summary, n_bins: int, dragging: bool) -> None:
        """Draw `summary`; the y range only changes when no drag is in progress."""
        if not dragging:
            target = self.target_range(summary, n_bins)
            if target != self.y_max:
                self.y_max = target
                self.setYRange(0, target * 1.1, padding=0)
                for item in (self.ent_p, self.ent_q, self.kl, self.inf_item):
                    item.reserve_y(0.0, target * 1.1)  # bars moving inside never resize the item
                self.value_labels.reserve(X[0], X[-1], 0.0, target * 1.1)
        v = summary.values
        cap = self.y_max
        hp, hq = min(v["entropy_p"], cap), min(v["entropy_q"], cap)
        klpq, klqp = v["kl_pq"], v["kl_qp"]
        self.ent_p.setOpts(height=[hp, hp])
        self.ent_q.setOpts(height=[hq, hq])
        bases = np.array([hp, 0.0, hq, 0.0])
        kls = np.array([klpq, klpq, klqp, klqp])
        tops = capped(bases + kls, cap)
        finite = np.isfinite(kls)
        self.kl.setOpts(y0=bases, height=np.where(finite, tops - bases, 0.0))
        inf_x = X[[1, 2, 4, 5]][~finite]
        if inf_x.size or len(self.inf_item.opts["x"]):
            self.inf_item.setOpts(x=inf_x, y0=bases[~finite], height=cap - bases[~finite])
        heights = np.array([hp, v["cross_entropy_pq"], klpq, hq, v["cross_entropy_qp"], klqp])
        tops = capped(heights, cap).tolist()  # one numpy call, not one per bar
        # A value that reaches the top of the axis (∞, or one that outgrew the range
        # mid-drag) is written just inside its bar, never above the plot.
        self.value_labels.set_values(X, tops, [fmt(v[key]) for key in ORDER],
                                     below=[top >= cap * 0.9 for top in tops])

    def texts(self) -> list[str]:
        """The six numbers shown, in the order of the bars (``TICKS``)."""
        return self.value_labels.texts()
