"""Logits, temperature and label smoothing: q = softmax(z / T), live in the main window.

One draggable bar per logit (dragged like the histograms, with real mouse input) and a
logarithmic temperature slider. Every change goes through ``state.set_q_logits``, so the
histograms and every measure follow; a whole drag of a logit or of the temperature handle
is one undo step (``state.batch`` spans press to release), a key press on the slider is one
step each. When q is changed elsewhere the bars re-sync to T · log q.

Label smoothing: ε spreads that much of a one-hot p's mass evenly; "apply to p" makes p the
smoothed label (one undo step), and the readout shows the lowest cross entropy any q can then
reach, H(p′): above 0 as soon as ε > 0, which is what stops the logits running off to ∞.
"""
from __future__ import annotations

import contextlib
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSlider, QVBoxLayout

from ..guard import contained
from ...model import cross_entropy
from ...model.logit_controls import (EPS_MAX, T_STEPS, clamp_logit, lowest_reachable, one_hot_target,
                                     shown_logits, smoothed, temperature_at, temperature_position)
from ..histogram import BarViewBox, FollowsPointer
from ..grid_lines import show_grid
from ..plot_utils import Bars, FastText, fast_view, fmt, nice_ceiling, set_title, style_axes
from ..readouts import unit_name
from ..static_label import StaticLabel
from ..theme import Theme
from .information import LazyPanel, panel_style
from ..lean_plot import LeanPlotWidget
from ..level_line import LevelLine

translate = QCoreApplication.translate

#: ε slider positions (ε = position / EPS_SCALE).
EPS_SCALE = 1000
#: Above this many bins the q value printed by each bar would be unreadable.
MAX_VALUE_LABELS = 16
#: The smallest half-height of the logit axis.
MIN_RANGE = 5.0


class LogitPlot(FollowsPointer, LeanPlotWidget):
    """The bar plot of logits (objectName ``softmax_logits_plot``), dragged like the
    histograms: its :class:`BarViewBox` turns mouse input into "logit i wants value v"."""

    def __init__(self):
        self.vb = BarViewBox()
        super().__init__(viewBox=self.vb)
        self.setObjectName("softmax_logits_plot")
        self.bars = Bars(x=[], height=[], width=0.8)  # lean: redrawn on every drag frame of q
        self.addItem(self.bars)
        fast_view(self)  # as the histograms: one repainted rect a frame, no background cache

    # -- for tests and scripted drags ------------------------------------------------
    def bar_top(self, i: int) -> QPoint:
        """The end of logit bar `i` (its value), in the viewport coordinates mouse events use."""
        return self.point_for(i, float(self.bars.opts["height"][i]))

    def point_for(self, i: int, value: float) -> QPoint:
        """Where the pointer must be (viewport coordinates) to drag logit `i` to `value`."""
        return self.mapFromScene(self.vb.mapViewToScene(QPointF(float(i), float(value))))

    def value_at(self, pos: QPoint) -> float:
        """The logit at viewport position `pos` (inverse of :meth:`point_for`)."""
        return float(self.vb.mapSceneToView(self.mapToScene(pos)).y())


class SoftmaxPanel(LazyPanel):
    """objectName ``panel_softmax``."""

    def __init__(self, window):
        super().__init__(window, "panel_softmax")
        self.logits = np.zeros(0)
        self.temperature = 1.0
        self.y_range = MIN_RANGE
        self._batch: contextlib.ExitStack | None = None
        self._syncing = False
        self._title = None
        self._n = -1
        self._labels = None
        self._smoothing = None  # (key, lowest reachable H, smoothed p): see _update_smoothing

    def build(self) -> None:
        self.caption = QLabel()
        self.caption.setObjectName("softmax_caption")
        self.caption.setWordWrap(True)

        self.plot = LogitPlot()
        self.vb = self.plot.vb
        pi = self.plot.getPlotItem()
        pi.hideButtons()
        pi.setMenuEnabled(False)
        show_grid(pi, x=False, y=True)
        self.vb.disableAutoRange()
        self.bars = self.plot.bars
        self.zero = LevelLine(0.0)  # (Qt's own line: the plot repaints round it every frame)
        self.plot.addItem(self.zero, ignoreBounds=True)
        self.zero.follow(self.vb)
        self.q_texts: list[FastText] = []
        self.plot.setYRange(-self.y_range, self.y_range, padding=0)
        self.bars.reserve_y(-self.y_range, self.y_range)
        self.vb.sigBarDragStarted.connect(self._on_drag_started)
        self.vb.sigBarDragged.connect(self._on_dragged)
        self.vb.sigBarDragFinished.connect(lambda _i: self._end_batch())

        self.t_name = QLabel()
        self.t_slider = QSlider(Qt.Orientation.Horizontal)
        self.t_slider.setObjectName("softmax_temperature")
        self.t_slider.setRange(0, T_STEPS)
        self.t_slider.setSingleStep(10)
        self.t_slider.setPageStep(100)
        self.t_slider.setValue(temperature_position(1.0))
        self.t_slider.sliderPressed.connect(
            lambda: self._begin_batch(translate("SoftmaxPanel", "Change temperature")))
        self.t_slider.sliderReleased.connect(self._end_batch)
        self.t_slider.valueChanged.connect(self._on_temperature)
        self.t_value = QLabel()
        self.t_value.setObjectName("softmax_temperature_value")
        self.t_value.setMinimumWidth(90)

        self.eps_name = QLabel()
        self.eps_slider = QSlider(Qt.Orientation.Horizontal)
        self.eps_slider.setObjectName("softmax_epsilon")
        self.eps_slider.setRange(0, int(EPS_MAX * EPS_SCALE))
        self.eps_slider.setSingleStep(10)
        self.eps_slider.setPageStep(50)
        self.eps_slider.setValue(100)
        self.eps_slider.valueChanged.connect(lambda _v: self._update_smoothing())
        self.eps_value = QLabel()
        self.eps_value.setObjectName("softmax_epsilon_value")
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("softmax_apply_smoothing")
        self.apply_button.clicked.connect(self._apply_smoothing)
        self.lowest = StaticLabel()  # its H(p′,q) changes on every drag frame
        self.lowest.setObjectName("softmax_lowest_ce")
        self.lowest.set_opaque()  # a new number repaints the label, not the panel under it
        self.lowest.setWordWrap(True)

        grid = QGridLayout()
        grid.addWidget(self.t_name, 0, 0)
        grid.addWidget(self.t_slider, 0, 1)
        grid.addWidget(self.t_value, 0, 2)
        grid.addWidget(self.eps_name, 1, 0)
        grid.addWidget(self.eps_slider, 1, 1)
        grid.addWidget(self.eps_value, 1, 2)
        grid.setColumnStretch(1, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.caption)
        lay.addWidget(self.plot, 1)
        lay.addLayout(grid)
        lay.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.lowest)

    # -- undo grouping ---------------------------------------------------------------
    def _begin_batch(self, text: str) -> None:
        """Group every change until :meth:`_end_batch` into one undo step."""
        if self._batch is None:
            stack = contextlib.ExitStack()
            stack.enter_context(self.state.batch(text))
            self._batch = stack

    def _end_batch(self) -> None:
        if self._batch is not None:
            stack, self._batch = self._batch, None
            stack.close()  # pushes the one undo step
            self._settle_range()

    @contained()  # (an error must not reach Qt: see guard)
    def hideEvent(self, ev):  # noqa: N802
        self._end_batch()  # a drag cut short by closing the dock still ends as one step
        super().hideEvent(ev)

    # -- input -----------------------------------------------------------------------
    def _on_drag_started(self, index: int) -> None:
        self._begin_batch(translate("SoftmaxPanel", "Drag logit"))

    def _on_dragged(self, index: int, value: float) -> None:
        if self._batch is None or not (0 <= index < self.logits.size) or not math.isfinite(value):
            return
        z = self.logits.copy()
        z[index] = clamp_logit(value)
        self.state.set_q_logits(z, self.temperature)

    def _on_temperature(self, position: int) -> None:
        if self._syncing:
            return
        t = temperature_at(position)
        self.t_value.setText(f"T = {t:.2f}")
        if self.logits.size:
            self.state.set_q_logits(self.logits, t)  # one step, or part of the handle drag

    def _apply_smoothing(self) -> None:
        p = self.state.p
        if one_hot_target(p) is None:
            return
        self.state.set_p(smoothed(p, self.epsilon))

    @property
    def epsilon(self) -> float:
        return self.eps_slider.value() / EPS_SCALE

    # -- hooks -----------------------------------------------------------------------
    def style_widgets(self, theme: Theme) -> None:
        self.setStyleSheet(panel_style("panel_softmax", theme))
        self.plot.setBackground(theme.background)
        style_axes(self.plot.getPlotItem(), theme)
        self.bars.setOpts(brush=pg.mkBrush(theme.q), pen=pg.mkPen(theme.foreground, width=theme.outline_width))
        self.zero.setPen(pg.mkPen(theme.foreground, width=theme.outline_width))
        font = QFont()
        font.setPointSize(theme.value_pt)
        for t in self.q_texts:
            t.setFont(font)
            t.setColor(theme.foreground)
        big = QFont()
        big.setPixelSize(max(14, int(theme.readout_px * 0.75)))
        big.setBold(True)
        self.lowest.setFont(big)
        self.caption.setStyleSheet(f"font-size: {theme.font_pt + 1}pt;")
        self._title = None

    def set_texts(self) -> None:
        self.caption.setText(translate(
            "SoftmaxPanel",
            "Drag a logit z<sub>i</sub>: the model's q = softmax(z / T) follows, and so do the histograms "
            "and every measure. A low temperature T sharpens q towards one-hot; a high one flattens "
            "it towards uniform."))
        self.t_name.setText(translate("SoftmaxPanel", "temperature"))
        self.t_slider.setToolTip(translate("SoftmaxPanel", "Temperature T, from 0.05 to 20 (log scale)"))
        self.eps_name.setText(translate("SoftmaxPanel", "label smoothing ε"))
        self.eps_slider.setToolTip(translate("SoftmaxPanel", "ε from 0 to 0.5: p′ = (1 − ε)·p + ε/K"))
        self.apply_button.setText(translate("SoftmaxPanel", "Apply to p"))
        self._title = None
        self._smoothing = None  # the button's tooltip is in the old language

    # -- drawing ---------------------------------------------------------------------
    def refresh(self) -> None:
        st = self.state
        q = st.q
        self.temperature = float(st.temperature)
        self.logits = shown_logits(q, self.temperature, st.logits,
                                   self.logits if self.logits.size == q.size else None)
        self._syncing = True
        try:
            self.t_slider.setValue(temperature_position(self.temperature))
        finally:
            self._syncing = False
        self.t_value.setText(f"T = {self.temperature:.2f}")
        n = q.size
        if n != self._n:
            self._n = n
            self.vb.n = n
            self.plot.setXRange(-0.6, n - 0.4, padding=0)
            step = max(1, int(np.ceil(n / 25)))
            self.plot.getPlotItem().getAxis("bottom").setTicks(
                [[(i, st.labels[i]) for i in range(0, n, step)], []])
            self._labels = st.labels
        elif st.labels != self._labels:
            self._labels = st.labels
            step = max(1, int(np.ceil(n / 25)))
            self.plot.getPlotItem().getAxis("bottom").setTicks(
                [[(i, st.labels[i]) for i in range(0, n, step)], []])
        self._fit_range(grow_only=self._batch is not None)
        x = np.arange(n, dtype=float)
        self.bars.setOpts(x=x, height=self.logits)
        self._update_q_texts(q)
        title = translate("SoftmaxPanel", "logits z  →  q = softmax(z / T)")
        if title != self._title:
            self._title = title
            set_title(self.plot, self.theme, title)
        self._update_smoothing()

    def _fit_range(self, grow_only: bool) -> None:
        top = float(np.max(np.abs(self.logits))) if self.logits.size else 0.0
        target = max(MIN_RANGE, nice_ceiling(top * 1.15))
        if target > self.y_range or (not grow_only and target != self.y_range):
            self.y_range = target
            self.plot.setYRange(-target, target, padding=0)
            self.bars.reserve_y(-target, target)  # bars moving inside never resize the item

    def _settle_range(self) -> None:
        if self.isVisible() and self.logits.size:
            self._fit_range(grow_only=False)

    def _update_q_texts(self, q: np.ndarray) -> None:
        n = q.size if q.size <= MAX_VALUE_LABELS else 0
        while len(self.q_texts) < n:
            t = FastText("", anchor=(0.5, 1.0))
            font = QFont()
            font.setPointSize(self.theme.value_pt)
            t.setFont(font)
            t.setColor(self.theme.foreground)
            t.setZValue(10)
            self.plot.addItem(t)
            self.q_texts.append(t)
        pad = self.y_range * 0.01
        for i, t in enumerate(self.q_texts):
            t.setVisible(i < n)
            if i >= n:
                continue
            text = f"q={q[i]:.2f}" if q[i] >= 0.01 or q[i] == 0 else f"q={q[i]:.0e}"
            if t.toPlainText() != text:
                t.setText(text)
            z = float(self.logits[i])
            if z >= 0:
                t.setAnchor((0.5, 1.0))
                t.setPos(float(i), min(z, self.y_range * 0.92) + pad)
            else:
                t.setAnchor((0.5, 0.0))
                t.setPos(float(i), max(z, -self.y_range * 0.92) - pad)

    def _update_smoothing(self) -> None:
        eps = self.epsilon
        self.eps_value.setText(f"ε = {eps:.2f}")
        p = self.state.p
        unit = self.state.unit
        # What depends on p and ε alone is kept while only q changes (a drag of q)
        key = (p.tobytes(), eps, unit)
        if self._smoothing is None or self._smoothing[0] != key:
            one_hot = one_hot_target(p) is not None
            self.apply_button.setEnabled(one_hot)
            self.apply_button.setToolTip(
                translate("SoftmaxPanel", "Make p the smoothed label (1 − ε)·one-hot + ε/K (one undo step)")
                if one_hot else translate("SoftmaxPanel", "p is not a one-hot label: load the one-hot preset "
                                                          "or drag one bar of p to 1"))
            self._smoothing = (key, lowest_reachable(p, eps, unit), smoothed(p, eps))
        _, low, target = self._smoothing
        now = cross_entropy(target, self.state.q, unit)
        u = unit_name(unit)
        text = translate("SoftmaxPanel", "target p′ = smoothed p: lowest reachable H(p′,q) = H(p′) = %s %s"
                                         "   (this q: H(p′,q) = %s)") % (fmt(low), u, fmt(now))
        if self.lowest.text() != text:
            self.lowest.setText(text)

    # -- for tests and scripted drags ------------------------------------------------
    def bar_top(self, i: int) -> QPoint:
        """The end of logit bar `i`, in the plot viewport's coordinates."""
        return self.plot.bar_top(i)

    def point_for(self, i: int, value: float) -> QPoint:
        """Where the pointer must be (viewport coordinates) to drag logit `i` to `value`."""
        return self.plot.point_for(i, value)

    def value_at(self, pos: QPoint) -> float:
        return self.plot.value_at(pos)
