"""Sampling: draw outcomes from p, score them with q, watch the average NLL settle on H(p,q).

"Draw 1" and "Draw 10" add draws; "Play" adds a few hundred a second on a timer (each tick
draws what the elapsed time calls for, so the window never blocks and a slow frame only
means a bigger batch). The top plot is the empirical distribution p̂ of the draws over p;
the bottom one the running average of −log q(x) against the number of draws (log axis), the
line at H(p,q) it tends to and a band of ±2 standard errors around it.

The caption states the identity behind the lecture's NLL = cross-entropy argument:
average NLL = H(p̂,q) = H(p̂) + KL(p̂‖q), and H(p̂) does not depend on q. If a draw x has
q(x) = 0 the NLL is ∞ from then on, and the panel says which outcome did it.

The draws come from the model's :class:`~infoviz.model.sampling.SampleStream` (numpy
``default_rng(seed)``): the same seed gives the same draws; they start afresh when p or q
change, or on Reset.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout

from ..guard import contained
from ...model import information_content
from ...model.sampling import SampleStream
from ..grid_lines import show_grid
from ..plot_utils import Bars, FastText, fmt, freeze_plot, nice_ceiling, set_title, style_axes
from ..readouts import unit_name
from ..static_label import StaticLabel
from ..theme import Theme, restyle
from .information import LazyPanel, panel_style
from ..lean_plot import LeanPlotWidget
from ..level_line import LevelLine

translate = QCoreApplication.translate

#: Milliseconds between play-mode ticks (about 30 frames a second).
TICK_MS = 33
#: Default and largest play rates, draws per second.
DEFAULT_RATE = 300
MAX_RATE = 5000
#: Points drawn of the running mean (thinned evenly on the log axis beyond this).
MAX_POINTS = 1500


class SamplingPanel(LazyPanel):
    """objectName ``panel_sampling``."""

    def __init__(self, window):
        super().__init__(window, "panel_sampling")
        self.stream: SampleStream | None = None
        self.y_max = 1.0
        self.x_decades = 2
        self._carry = 0.0
        self._titles: dict = {}
        self._labels = None
        self._n_bins = -1
        self._unit = None
        self._hist_top = None

    def build(self) -> None:
        self.caption = QLabel()
        self.caption.setObjectName("sampling_caption")
        self.caption.setWordWrap(True)
        self.step1 = QPushButton()
        self.step1.setObjectName("sampling_step")
        self.step1.clicked.connect(lambda: self.draw(1))
        self.step10 = QPushButton()
        self.step10.setObjectName("sampling_step10")
        self.step10.clicked.connect(lambda: self.draw(10))
        self.play = QPushButton()
        self.play.setObjectName("sampling_play")
        self.play.setCheckable(True)
        self.play.toggled.connect(self._on_play)
        self.reset = QPushButton()
        self.reset.setObjectName("sampling_reset")
        self.reset.clicked.connect(self.reset_samples)
        self.seed_name = QLabel()
        self.seed = QSpinBox()
        self.seed.setObjectName("sampling_seed")
        self.seed.setRange(0, 2**31 - 1)
        self.seed.valueChanged.connect(lambda _v: self.reset_samples())
        self.rate_name = QLabel()
        self.rate = QSpinBox()
        self.rate.setObjectName("sampling_rate")
        self.rate.setRange(1, MAX_RATE)
        self.rate.setSingleStep(50)
        self.rate.setValue(DEFAULT_RATE)
        self.count = StaticLabel()  # the live numbers: kept out of the layouts
        self.count.setObjectName("sampling_count")
        self.count.set_opaque()  # new numbers repaint the label, not the panel under it

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self._clock = QElapsedTimer()

        # Empirical distribution over p.
        self.hist = LeanPlotWidget(enableMenu=False)
        self.hist.setObjectName("sampling_hist_plot")
        freeze_plot(self.hist)
        show_grid(self.hist.getPlotItem(), x=False, y=True)
        # the app's lean items (plot_utils): this panel redraws on every drag frame of q
        self.p_bars = Bars(x=[], height=[], width=0.8)
        self.phat_bars = Bars(x=[], height=[], width=0.5)
        self.hist.addItem(self.phat_bars)
        self.hist.addItem(self.p_bars)
        self.p_bars.setZValue(2)

        # Running average of −log q(x).
        self.nll = LeanPlotWidget(enableMenu=False)
        self.nll.setObjectName("sampling_nll_plot")
        freeze_plot(self.nll)
        show_grid(self.nll.getPlotItem(), x=True, y=True)
        self._set_decade_ticks(self.x_decades)
        self.band_lo = pg.PlotCurveItem()
        self.band_hi = pg.PlotCurveItem()
        self.band = pg.FillBetweenItem(self.band_lo, self.band_hi)
        self.mean_curve = pg.PlotCurveItem()
        # (Qt's own lines: they move every drag frame)
        self.target_line = LevelLine(0.0)
        self.target_label = FastText("", anchor=(1.0, 1.0))
        self.inf_line = LevelLine(0.0, vertical=True)
        self.inf_mark = FastText("∞", anchor=(0.5, 0.0))
        for z, item in enumerate((self.band, self.band_lo, self.band_hi, self.target_line, self.mean_curve,
                                  self.target_label, self.inf_line, self.inf_mark)):
            item.setZValue(z)
            self.nll.addItem(item, ignoreBounds=isinstance(item, LevelLine))
        vb = self.nll.getPlotItem().getViewBox()
        self.target_line.follow(vb)
        self.inf_line.follow(vb)
        self.nll.setXRange(0.0, self.x_decades, padding=0)

        self.value = StaticLabel()
        self.value.setObjectName("sampling_nll_value")
        self.value.set_opaque()
        self.identity = StaticLabel()
        self.identity.setObjectName("sampling_identity")
        self.identity.set_opaque()
        self.identity.setWordWrap(True)
        self.identity.setTextFormat(Qt.TextFormat.RichText)

        buttons = QHBoxLayout()
        for w in (self.step1, self.step10, self.play, self.reset):
            buttons.addWidget(w)
        buttons.addStretch(1)
        opts = QHBoxLayout()
        for w in (self.seed_name, self.seed, self.rate_name, self.rate):
            opts.addWidget(w)
        opts.addStretch(1)
        opts.addWidget(self.count)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.caption)
        lay.addLayout(buttons)
        lay.addLayout(opts)
        lay.addWidget(self.hist, 2)
        lay.addWidget(self.nll, 3)
        lay.addWidget(self.value)
        lay.addWidget(self.identity)

    # -- drawing samples ---------------------------------------------------------------
    def draw(self, k: int) -> None:
        """Draw `k` more outcomes from p and redraw."""
        self.ensure_built()
        self._ensure_stream()
        self.stream.draw(int(k))
        if self.stream.full and self.play.isChecked():
            self.play.setChecked(False)
        self._show_samples()

    def reset_samples(self) -> None:
        """Forget the draws; the next ones start again from the seed."""
        self.ensure_built()
        self.stream = None
        self._ensure_stream()
        self._show_samples()

    def _ensure_stream(self) -> None:
        """A stream for the current p, q and seed (a new one when p or q changed)."""
        st = self.state
        p, q = st.p, st.q
        if self.stream is None or not self.stream.same_source(p, q) or self.stream.seed != self.seed.value():
            self.stream = SampleStream(p, q, seed=self.seed.value())
            self._carry = 0.0
            self._fit_ranges()

    def _on_play(self, on: bool) -> None:
        if on and self.isVisible():
            self._carry = 0.0
            self._clock.start()
            self.timer.start()
        else:
            self.timer.stop()
        self.play.setText(translate("SamplingPanel", "Pause") if on else translate("SamplingPanel", "Play"))

    def _tick(self) -> None:
        if not self.isVisible():
            self.play.setChecked(False)
            return
        elapsed = self._clock.restart()
        self._carry += self.rate.value() * min(elapsed, 250) / 1000.0
        k = int(self._carry)
        if k:
            self._carry -= k
            self.draw(k)

    @contained()  # (an error must not reach Qt: see guard)
    def hideEvent(self, ev):  # noqa: N802
        if self.built:
            self.play.setChecked(False)  # a hidden panel runs no timer
        super().hideEvent(ev)

    @property
    def playing(self) -> bool:
        return self.built and self.timer.isActive()

    # -- hooks -----------------------------------------------------------------------
    def style_widgets(self, theme: Theme) -> None:
        self.setStyleSheet(panel_style("panel_sampling", theme))
        for plot in (self.hist, self.nll):
            plot.setBackground(theme.background)
            style_axes(plot.getPlotItem(), theme)
        edge = pg.mkPen(theme.foreground, width=theme.outline_width)
        self.phat_bars.setOpts(brush=pg.mkBrush(theme.p), pen=edge)
        self.p_bars.setOpts(brush=None, pen=pg.mkPen(theme.p, width=theme.line_width, style=Qt.PenStyle.DashLine))
        self.mean_curve.setPen(pg.mkPen(theme.q, width=theme.line_width * 1.25))
        band = QColor(theme.q)
        band.setAlpha(60)
        self.band.setBrush(pg.mkBrush(band))
        self.band_lo.setPen(pg.mkPen(None))
        self.band_hi.setPen(pg.mkPen(None))
        self.target_line.setPen(pg.mkPen(theme.cross, width=theme.line_width * 1.25, style=Qt.PenStyle.DashLine))
        self.inf_line.setPen(pg.mkPen(theme.infinite, width=theme.line_width))
        font = QFont()
        font.setPointSize(theme.font_pt)
        font.setBold(True)
        self.target_label.setFont(font)
        self.target_label.setColor(theme.cross)
        mfont = QFont()
        mfont.setPointSize(theme.value_pt + 8)
        mfont.setBold(True)
        self.inf_mark.setFont(mfont)
        self.inf_mark.setColor(theme.infinite)
        big = QFont()
        big.setPixelSize(max(14, int(theme.readout_px * 0.8)))
        big.setBold(True)
        self.value.setFont(big)
        self.caption.setStyleSheet(f"font-size: {theme.font_pt + 1}pt;")
        self._titles = {}

    def set_texts(self) -> None:
        self.caption.setText(translate(
            "SamplingPanel",
            "Draw outcomes x from p and score each with the model: −log q(x). Their average, the "
            "negative log-likelihood (NLL), settles on the cross entropy H(p,q) as the draws pile up."))
        self.step1.setText(translate("SamplingPanel", "Draw 1"))
        self.step10.setText(translate("SamplingPanel", "Draw 10"))
        self.play.setText(translate("SamplingPanel", "Pause") if self.play.isChecked()
                          else translate("SamplingPanel", "Play"))
        self.reset.setText(translate("SamplingPanel", "Reset"))
        self.seed_name.setText(translate("SamplingPanel", "seed"))
        self.rate_name.setText(translate("SamplingPanel", "draws per second"))
        self.seed.setToolTip(translate("SamplingPanel", "The same seed gives the same draws"))
        self._titles = {}

    def refresh(self) -> None:
        self._ensure_stream()
        st = self.state
        if st.labels != self._labels or st.n_bins != self._n_bins:
            self._labels, self._n_bins = st.labels, st.n_bins
            n = st.n_bins
            step = max(1, int(np.ceil(n / 25)))
            self.hist.getPlotItem().getAxis("bottom").setTicks([[(i, st.labels[i]) for i in range(0, n, step)], []])
            self.hist.setXRange(-0.6, n - 0.4, padding=0)
        self._show_samples()

    # -- drawing ---------------------------------------------------------------------
    def _fit_ranges(self) -> None:
        """Fixed ranges for this stream: they change on a new stream or unit, not per draw."""
        if self.stream is None:
            return
        unit = self.state.unit
        p = self.stream.p
        hist_top = min(1.05, nice_ceiling(max(0.1, float(p.max()) * 1.25)))
        if hist_top != self._hist_top:  # ranges move in steps, not every drag frame
            self._hist_top = hist_top
            self.hist.setYRange(0.0, hist_top, padding=0)
            for item in (self.p_bars, self.phat_bars):
                item.reserve_y(0.0, hist_top)  # bars moving inside never resize the item
        h = self.stream.expected(unit)
        if math.isinf(h):  # scale to the largest finite surprise the draws can have
            q = self.stream.q
            ok = (p > 0) & (q > 0)
            h = float(information_content(q[ok], unit).max()) if ok.any() else 1.0
        y_max = nice_ceiling(max(h * 1.8, 0.5))
        if y_max != self.y_max or unit != self._unit:
            self.y_max = y_max
            self.nll.setYRange(0.0, self.y_max, padding=0)
        self._unit = unit

    def _show_samples(self) -> None:
        if not (self.built and self.isVisible()) or self.stream is None:
            self._dirty = True
            return
        s = self.stream
        unit = self.state.unit
        if unit != self._unit:
            self._fit_ranges()
        u = unit_name(unit)
        n_bins = s.p.size
        x = np.arange(n_bins, dtype=float)
        self.p_bars.setOpts(x=x, height=s.p)
        self.phat_bars.setOpts(x=x, height=s.empirical())
        n = s.n
        self.count.setText(translate("SamplingPanel", "n = %d draws") % n)
        decades = max(2, math.ceil(math.log10(n)) if n > 1 else 2)
        if decades != self.x_decades:
            self.x_decades = decades
            self.nll.setXRange(0.0, decades, padding=0)
            self._set_decade_ticks(decades)
        tr = s.trace(unit, MAX_POINTS)
        lx = np.log10(tr.n) if tr.n.size else np.zeros(0)
        self.mean_curve.setData(lx, tr.mean, skipFiniteCheck=True)
        self.band_lo.setData(lx, tr.mean - 2.0 * tr.se, skipFiniteCheck=True)
        self.band_hi.setData(lx, tr.mean + 2.0 * tr.se, skipFiniteCheck=True)
        h = s.expected(unit)
        self.target_line.setVisible(math.isfinite(h))
        if math.isfinite(h):
            self.target_line.setValue(min(h, self.y_max))
        self.target_label.setText(f"H(p,q) = {fmt(h)} {u}" if math.isfinite(h) else "H(p,q) = ∞")
        if math.isfinite(h):  # above its line
            self.target_label.setAnchor((1.0, 1.0))
            self.target_label.setPos(self.x_decades, min(h, self.y_max * 0.98))
        else:  # no line: hang the "∞" label from the top edge
            self.target_label.setAnchor((1.0, 0.0))
            self.target_label.setPos(self.x_decades, self.y_max)
        labels = self.state.labels
        bad = s.infinite_outcome
        self.inf_line.setVisible(bad is not None)
        self.inf_mark.setVisible(bad is not None)
        if bad is not None:
            lxi = math.log10(s.infinite_draw)
            self.inf_line.setValue(lxi)
            self.inf_mark.setPos(lxi, self.y_max * 0.97)
        mean, se = s.mean(unit), s.se(unit)
        if mean is None:
            value = translate("SamplingPanel", "average NLL: no draws yet")
        elif math.isinf(mean):
            value = translate("SamplingPanel", "average NLL = ∞")
        else:
            value = translate("SamplingPanel", "average NLL = %s ± %s %s") % (fmt(mean), fmt(2 * se), u)
        self.value.setText(value)
        restyle(self.value, f"color: {self.theme.infinite if bad is not None else self.theme.foreground};")
        self.identity.setText(self._identity_text(s, unit, u, labels))
        titles = {
            "hist": translate("SamplingPanel", "p̂ of the draws (bars) over p (dashed)"),
            "nll": translate("SamplingPanel", "running average of −log q(x)   [%s]") % u,
        }
        for name, plot in (("hist", self.hist), ("nll", self.nll)):
            if self._titles.get(name) != titles[name]:
                self._titles[name] = titles[name]
                set_title(plot, self.theme, titles[name])

    def _set_decade_ticks(self, decades: int) -> None:
        """A log axis by hand (x is log10 of the number of draws): 1, 10, 100, ... labelled,
        2..9 times each as unlabelled minor ticks."""
        major = [(float(k), f"{10 ** k:,}".replace(",", " ")) for k in range(decades + 1)]
        minor = [(math.log10(m * 10 ** k), "") for k in range(decades) for m in range(2, 10)]
        self.nll.getPlotItem().getAxis("bottom").setTicks([major, minor])

    def _identity_text(self, s: SampleStream, unit: str, u: str, labels) -> str:
        d = s.decomposition(unit)
        if d is None:
            return translate("SamplingPanel",
                             "average NLL = H(p̂,q) = H(p̂) + KL(p̂‖q). H(p̂) does not depend on q, so "
                             "minimising the NLL over q minimises KL(p̂‖q).")
        bad = s.infinite_outcome
        if bad is not None:
            name = labels[bad] if bad < len(labels) else str(bad)
            return ("<span style='color:%s'>" % self.theme.infinite) + translate(
                "SamplingPanel",
                "Draw %d was <b>%s</b>, but q(%s) = 0: the model called it impossible, so −log q = ∞ and "
                "the average NLL = H(p̂,q) = ∞ from then on.") % (s.infinite_draw, name, name) + "</span>"
        return translate(
            "SamplingPanel",
            "average NLL = H(p̂,q) = H(p̂) + KL(p̂‖q) = %s + %s = <b>%s</b> %s  →  H(p,q) = %s as n grows."
            "<br>H(p̂) does not depend on q, so minimising the NLL over q minimises KL(p̂‖q).") % (
            fmt(d.entropy), fmt(d.kl), fmt(d.cross_entropy), u, fmt(d.expected))
