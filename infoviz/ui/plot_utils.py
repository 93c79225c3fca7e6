"""Small helpers shared by the plots: nice axis limits, finite display values, styling."""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont, QFontMetrics

from .theme import Theme


def nice_ceiling(x: float) -> float:
    """The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 (times a power of ten) that is >= x."""
    if not math.isfinite(x) or x <= 0:
        return 1.0
    exp = 10.0 ** math.floor(math.log10(x))
    for m in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if m * exp >= x - 1e-12:
            return m * exp
    return 10 * exp


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
    plot_item.getAxis("bottom").setHeight(h + 12)
    plot_item.getAxis("left").setWidth(int(QFontMetrics(font).horizontalAdvance("0.000")) + 2 * h)


def freeze_plot(widget: pg.PlotWidget) -> None:
    """No mouse panning or zooming, no context menu, no auto-range: ranges are set by code."""
    pi = widget.getPlotItem()
    pi.hideButtons()
    pi.setMenuEnabled(False)
    vb = pi.getViewBox()
    vb.setMouseEnabled(False, False)
    vb.disableAutoRange()


def set_title(widget: pg.PlotWidget, theme: Theme, text: str) -> None:
    widget.getPlotItem().setTitle(text, color=theme.foreground, size=f"{theme.font_pt + 2}pt")
