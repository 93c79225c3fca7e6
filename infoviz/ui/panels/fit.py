"""Fitting q to a two-humped p, forward or reverse: mass-covering against mode-seeking.

A Gaussian q (or a free softmax) descends the forward divergence D(p‖q) or the reverse
D(q‖p), animated: a QTimer ticks about 33 times a second and each tick takes a few
gradient steps of :mod:`infoviz.model.fit_animation` (tens of microseconds each), so the
window never waits. Beside each fit a trace plot shows the divergence falling, and a
caption names what to see: the forward fit spreads over both humps (mass-covering), the
reverse fit settles on one (mode-seeking), and which one depends on where it started.

The start (μ₀, σ₀) is set on the plot: drag anywhere horizontally to move μ₀, drag the
square handle at μ₀ + σ₀ to change σ₀. The fit, its start and its trace are the panel's
own; only "Use this q" writes to the session (one undo step).
"""
from __future__ import annotations

import collections
import time
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (QComboBox, QFileDialog, QGraphicsItem, QHBoxLayout, QLabel, QMenu, QPushButton,
                               QSizePolicy, QToolButton, QVBoxLayout, QWidget)

from ..guard import contained
from ...model.fit_animation import TraceBuffer, default_start, fit_shape, start_animated_fit, to_unit, trace_csv
from ...model.fitting import discretised_gaussian
from ..grid_lines import show_grid
from ..plot_utils import fmt, freeze_plot, nice_ceiling, style_axes, symbol_brush, symbol_pen
from ..readouts import unit_name
from ..theme import NORMAL, Theme
from .base import Panel
from ..lean_plot import LeanPlotWidget, LeanViewBox

translate = QCoreApplication.translate  # a bare translate("Context", "text") is what pyside6-lupdate finds

#: Timer interval: 30 ms is 33 frames per second.
FRAME_MS = 30
#: Gradient steps per frame for each speed setting.
SPEEDS = (1, 2, 5)
DEFAULT_SPEED = 1  # index into SPEEDS
#: The trace plot's first x range, in steps; it doubles when a fit runs past it.
TRACE_STEPS = 150
#: A fit stops by itself after this many steps even if it is still creeping.
MAX_STEPS = 20000
#: Smallest and largest σ₀ the handle allows, in bins.
SIGMA0_MIN = 0.3


def _hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


def ko(panel, translated: str, korean: str) -> str:
    """`translated` (the Qt translation of an English source string), or, when the window
    is in Korean and the installed translations do not cover that string yet, `korean`."""
    if panel.language == "ko" and not _hangul(translated):
        return korean
    return translated


def blend(colour: str, background: str, alpha: float) -> QColor:
    """`colour` laid over `background` with opacity `alpha`, as an opaque colour (an opaque
    fill paints several times faster than a translucent one)."""
    a, b = QColor(colour), QColor(background)
    return QColor(round(a.red() * alpha + b.red() * (1 - alpha)), round(a.green() * alpha + b.green() * (1 - alpha)),
                  round(a.blue() * alpha + b.blue() * (1 - alpha)))


def cache_axes(widget: pg.PlotWidget) -> None:
    """Paint the axes from a pixmap cache: a curve moving over the plot would otherwise make
    them re-lay out every tick label on every frame (with a grid, they span the plot)."""
    for name in ("left", "bottom"):
        widget.getPlotItem().getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def panel_style(name: str, theme: Theme) -> str:
    """Background, text colour and type size of a panel and its controls."""
    return (f"QWidget#{name} {{ background: {theme.background}; }}"
            f"QWidget#{name} QLabel {{ color: {theme.foreground}; }}"
            f"QWidget#{name} QLabel, QWidget#{name} QPushButton, QWidget#{name} QToolButton, "
            f"QWidget#{name} QComboBox {{ font-size: {theme.font_pt}pt; }}")


class StartViewBox(LeanViewBox):
    """The fit plot's view: a drag sets the start instead of panning.

    A drag that begins on the σ₀ handle moves σ₀ (the handle follows the pointer); any
    other drag, or a click, moves μ₀ to the pointer's x. Signals carry data coordinates.
    """

    sigMuDragged = Signal(float)
    sigSigmaDragged = Signal(float)
    sigDragStarted = Signal()
    sigDragFinished = Signal()

    #: How near (in pixels) a press must be to the σ₀ handle to grab it.
    GRAB_PX = 18

    def __init__(self):
        super().__init__(enableMenu=False)
        self.setMouseEnabled(False, False)
        self.sigma_handle = QPointF(0.0, 0.0)  # data coordinates, set by the column
        self.grab_px = self.GRAB_PX
        self._kind = None

    def near_handle(self, scene_pos) -> bool:
        h = self.mapViewToScene(self.sigma_handle)
        return (h - scene_pos).manhattanLength() <= self.grab_px * 1.4

    def mouseDragEvent(self, ev, axis=None):
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        ev.accept()
        if ev.isStart():
            self._kind = "sigma" if self.near_handle(ev.buttonDownScenePos()) else "mu"
            self.sigDragStarted.emit()
        if self._kind is None:
            return
        x = float(self.mapSceneToView(ev.scenePos()).x())
        (self.sigSigmaDragged if self._kind == "sigma" else self.sigMuDragged).emit(x)
        if ev.isFinish():
            self._kind = None
            self.sigDragFinished.emit()

    def mouseClickEvent(self, ev):
        if ev.button() != Qt.MouseButton.LeftButton or self.near_handle(ev.scenePos()):
            ev.ignore()
            return
        ev.accept()
        self.sigDragStarted.emit()
        self.sigMuDragged.emit(float(self.mapSceneToView(ev.scenePos()).x()))
        self.sigDragFinished.emit()

    def hoverEvent(self, ev):
        if ev.isExit():
            self.setCursor(Qt.CursorShape.ArrowCursor)
            return
        near = self.near_handle(ev.scenePos())
        self.setCursor(Qt.CursorShape.SizeHorCursor if near else Qt.CursorShape.OpenHandCursor)


class FitColumn(QWidget):
    """One direction's fit: p and q with the start handles, the trace, a readout, a caption."""

    def __init__(self, direction: str):
        super().__init__()
        self.direction = direction
        self.setObjectName(f"fit_column_{direction}")
        self.vb = StartViewBox()
        self.plot = LeanPlotWidget(viewBox=self.vb)
        self.plot.setObjectName(f"fit_plot_{direction}")
        self.trace_plot = LeanPlotWidget(enableMenu=False)
        self.trace_plot.setObjectName(f"fit_trace_{direction}")
        for w in (self.plot, self.trace_plot):
            freeze_plot(w)
            show_grid(w.getPlotItem(), x=False, y=True)
            cache_axes(w)
        self.vb.setMouseEnabled(False, False)
        self.heading = QLabel()
        self.heading.setObjectName(f"fit_heading_{direction}")
        self.readout = QLabel()
        self.readout.setObjectName(f"fit_readout_{direction}")
        self.status = QLabel()
        self.status.setObjectName(f"fit_status_{direction}")
        self.status.setWordWrap(True)
        self.caption = QLabel()
        self.caption.setObjectName(f"fit_caption_{direction}")
        self.caption.setWordWrap(True)
        # Text that changes every frame must not change the layout (a relayout repaints
        # every plot of the window): the labels take the width they are given.
        for label in (self.readout, self.status):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)

        # items, created once; setData / setOpts afterwards
        self.p_bars = pg.BarGraphItem(x=[], height=[], width=0.8)
        self.q_fill = pg.PlotCurveItem()   # opaque area under q, drawn behind p's bars
        self.q_curve = pg.PlotCurveItem()  # q's line, drawn over them
        self.start_curve = pg.PlotCurveItem()
        self.mu_line = pg.PlotCurveItem()
        self.sigma_bar = pg.PlotCurveItem()
        self.handles = pg.ScatterPlotItem()
        self.mu_label = pg.TextItem("μ₀", anchor=(1.0, 0.5))     # left of the μ₀ marker
        self.sigma_label = pg.TextItem("σ₀", anchor=(0.0, 0.5))  # right of the σ₀ handle
        for z, item in enumerate((self.q_fill, self.p_bars, self.start_curve, self.q_curve, self.mu_line,
                                  self.sigma_bar, self.handles, self.mu_label, self.sigma_label)):
            item.setZValue(z)
            self.plot.addItem(item)
        self.trace_curve = pg.PlotCurveItem()
        self.trace_plot.addItem(self.trace_curve)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addWidget(self.heading)
        lay.addWidget(self.plot, 5)
        lay.addWidget(self.trace_plot, 3)
        lay.addWidget(self.readout)
        lay.addWidget(self.status)
        lay.addWidget(self.caption)
        self.n = 0
        self.y_top = 1.0
        self.trace_x = TRACE_STEPS
        self.trace_y = 1.0
        self._start_key = None
        self._labels: tuple = ()
        self._ticks = None
        self._font_pt = NORMAL.font_pt
        self._handle_px = 14
        self._q0 = None

    # -- styling --------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        self._font_pt = theme.font_pt
        self._update_ticks()
        for w in (self.plot, self.trace_plot):
            w.setBackground(theme.background)
            style_axes(w.getPlotItem(), theme)
            w.getPlotItem().titleLabel.item.setDefaultTextColor(QColor(theme.foreground))
        self.p_bars.setOpts(brush=pg.mkBrush(blend(theme.p, theme.background, 0.55)), pen=None)
        self.q_curve.setPen(pg.mkPen(theme.q, width=theme.line_width * 1.75))
        self.q_fill.setPen(None)
        self.q_fill.setBrush(pg.mkBrush(blend(theme.q, theme.background, 0.3)))
        self.q_fill.setFillLevel(0.0)
        dash = pg.mkPen(theme.foreground, width=max(1.0, theme.line_width * 0.75), style=Qt.PenStyle.DashLine)
        self.start_curve.setPen(dash)
        self.mu_line.setPen(dash)
        self.sigma_bar.setPen(pg.mkPen(theme.foreground, width=theme.line_width))
        handle = int(theme.font_pt * 1.4)
        self._handle_px = handle
        self.vb.grab_px = max(StartViewBox.GRAB_PX, handle)
        self.handles.setSize(handle)
        self.handles.setPen(symbol_pen(theme.background, 1.5))
        self.handles.setBrush(symbol_brush(theme.foreground))
        font = QFont()
        font.setPointSize(theme.font_pt)
        font.setBold(True)
        for item in (self.mu_label, self.sigma_label):
            item.setFont(font)
            item.setColor(theme.foreground)
        colour = theme.p if self.direction == "forward" else theme.kl
        self.trace_curve.setPen(pg.mkPen(colour, width=theme.line_width))
        fm_h = QFontMetrics(font).height()
        self.readout.setFixedHeight(int(fm_h * 2.7))  # two lines
        self.status.setFixedHeight(int(fm_h * 2.6))  # two lines, never a relayout per frame
        self.heading.setStyleSheet(f"font-size: {theme.font_pt + 2}pt; font-weight: bold; color: {colour};")
        self.readout.setStyleSheet(f"font-size: {theme.font_pt}pt; color: {theme.foreground};")
        self.status.setStyleSheet(f"font-size: {theme.font_pt}pt; font-weight: bold; color: {theme.foreground};")
        self.caption.setStyleSheet(f"font-size: {theme.font_pt}pt; color: {theme.foreground};")

    # -- ranges -------------------------------------------------------------------------
    def set_bins(self, n: int, labels: tuple) -> None:
        self.n = n
        self._labels = tuple(str(x) for x in labels)
        self.plot.setXRange(-0.6, n - 0.4, padding=0)
        self._update_ticks()

    def _update_ticks(self) -> None:
        """Label every k-th bin, k (1, 2, 5, 10, ...) as small as the labels allow without
        touching each other at the plot's current width and type size."""
        if not self.n:
            return
        font = QFont()
        font.setPointSize(self._font_pt)
        fm = QFontMetrics(font)
        widest = max(fm.horizontalAdvance(x) for x in self._labels) + fm.horizontalAdvance("  ")
        width = max(self.plot.getPlotItem().getViewBox().width(), 1.0)
        need = self.n * widest / width
        step = next(k for k in (1, 2, 5, 10, 20, 50, 100, 10**9) if k >= need)
        ticks = [(i, self._labels[i]) for i in range(0, self.n, step)]
        if ticks != self._ticks:
            self._ticks = ticks
            self.plot.getPlotItem().getAxis("bottom").setTicks([ticks, []])

    @contained()  # (an error must not reach Qt: see guard)
    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        self._update_ticks()
        if self._q0 is not None:
            self.show_start(*self._q0)  # label gaps are in pixels


    def set_y_top(self, top: float) -> None:
        self.y_top = top
        self.plot.setYRange(0.0, top, padding=0)

    def set_trace_range(self, steps: int, top: float) -> None:
        self.trace_x, self.trace_y = steps, top
        self.trace_plot.setXRange(0, steps, padding=0)
        self.trace_plot.setYRange(0.0, top, padding=0)

    # -- drawing ------------------------------------------------------------------------
    def show_p(self, p: np.ndarray) -> None:
        self.p_bars.setOpts(x=np.arange(p.size, dtype=float), height=p)

    def show_q(self, q: np.ndarray) -> None:
        x = np.arange(q.size, dtype=float)
        self.q_fill.setData(x, q, skipFiniteCheck=True)
        self.q_curve.setData(x, q, skipFiniteCheck=True)

    def show_start(self, q0: np.ndarray, mu0: float, sigma0: float) -> None:
        vb_width = max(self.plot.getPlotItem().getViewBox().width(), 1.0)
        key = (mu0, sigma0, self.y_top, q0.size, vb_width, self._handle_px)
        if key == self._start_key:
            return  # unchanged: redrawing the handles would repaint the plot for nothing
        self._start_key = key
        self._q0 = (q0, mu0, sigma0)
        x = np.arange(q0.size, dtype=float)
        self.start_curve.setData(x, q0, skipFiniteCheck=True)
        yh = self.handle_y
        self.mu_line.setData(np.array([mu0, mu0]), np.array([0.0, yh]), skipFiniteCheck=True)
        self.sigma_bar.setData(np.array([mu0, mu0 + sigma0]), np.array([yh, yh]), skipFiniteCheck=True)
        self.handles.setData(x=[mu0, mu0 + sigma0], y=[yh, yh], symbol=["t1", "s"])
        self.vb.sigma_handle = QPointF(mu0 + sigma0, yh)
        # the labels sit a few pixels clear of the markers, whatever the plot's width
        gap = (self._handle_px / 2 + 4) * (self.n + 0.2) / vb_width
        self.mu_label.setPos(mu0 - gap, yh)
        self.sigma_label.setPos(mu0 + sigma0 + gap, yh)

    def show_trace(self, steps: np.ndarray, values: np.ndarray) -> None:
        self.trace_curve.setData(steps, values, skipFiniteCheck=True)

    @property
    def handle_y(self) -> float:
        return self.y_top * 0.86

    # -- for tests and scripted drags ---------------------------------------------------
    def point_for(self, x: float, y: float) -> QPoint:
        """Viewport coordinates of data point (x, y) on the fit plot."""
        return self.plot.mapFromScene(self.vb.mapViewToScene(QPointF(float(x), float(y))))

    def x_at(self, pos: QPoint) -> float:
        """Data x under viewport position `pos`."""
        return float(self.vb.mapSceneToView(self.plot.mapToScene(pos)).x())

    def sigma_handle_point(self) -> QPoint:
        """Where the σ₀ handle is drawn, in viewport coordinates."""
        return self.point_for(self.vb.sigma_handle.x(), self.vb.sigma_handle.y())


class FitPanel(Panel):
    """The fit panel (objectName ``panel_fit``).

    Attributes
    ----------
    fits : dict
        The running :class:`~infoviz.model.fit_animation.AnimatedFit` per direction shown.
    traces : dict
        A :class:`~infoviz.model.fit_animation.TraceBuffer` per direction shown (nats).
    mu0, sigma0 : float
        The start, in bins.
    timer : QTimer
        The animation clock (runs only while playing and visible).
    frame_times : deque
        perf_counter() of the last frames drawn by the timer (for the frame-rate test).
    """

    def __init__(self, window):
        super().__init__(window, "panel_fit")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.built = False
        self.fits: dict = {}
        self.traces: dict = {}
        self.mu0 = 0.0
        self.sigma0 = 1.0
        self.family = "gaussian"
        self._p = None
        self._labels = ()
        self._unit = self.state.unit
        self._dragging = False
        self._resume_after_drag = False
        self.frame_times = collections.deque(maxlen=240)
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self._tick)

    # -- construction, on first show ---------------------------------------------------
    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        self.target_button = QPushButton()
        self.target_button.setObjectName("fit_target")
        self.target_button.clicked.connect(self.load_target)
        self.family_label = QLabel()
        self.family_combo = QComboBox()
        self.family_combo.setObjectName("fit_family")
        self.family_combo.addItems(["", ""])
        self.family_combo.currentIndexChanged.connect(self._on_family)
        self.direction_label = QLabel()
        self.direction_combo = QComboBox()
        self.direction_combo.setObjectName("fit_direction")
        self.direction_combo.addItems(["", "", ""])
        self.direction_combo.setCurrentIndex(2)
        self.direction_combo.currentIndexChanged.connect(self._on_direction)
        self.play_button = QPushButton()
        self.play_button.setObjectName("fit_play")
        self.play_button.setCheckable(True)
        self.play_button.toggled.connect(self._on_play_toggled)
        self.step_button = QPushButton()
        self.step_button.setObjectName("fit_step")
        self.step_button.clicked.connect(self.step_once)
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("fit_reset")
        self.reset_button.clicked.connect(self.reset)
        self.speed_label = QLabel()
        self.speed_combo = QComboBox()
        self.speed_combo.setObjectName("fit_speed")
        self.speed_combo.addItems(["", "", ""])
        self.speed_combo.setCurrentIndex(DEFAULT_SPEED)
        self.use_button = QToolButton()
        self.use_button.setObjectName("fit_use_q")
        self.use_button.clicked.connect(lambda: self.use_q())
        self.use_menu = QMenu(self)
        self.use_forward_action = self.use_menu.addAction("")
        self.use_forward_action.triggered.connect(lambda: self.use_q("forward"))
        self.use_reverse_action = self.use_menu.addAction("")
        self.use_reverse_action.triggered.connect(lambda: self.use_q("reverse"))
        self.export_button = QPushButton()
        self.export_button.setObjectName("fit_export")
        menu = QMenu(self)
        self.export_csv_action = menu.addAction("")
        self.export_csv_action.setObjectName("fit_export_csv")
        self.export_csv_action.triggered.connect(lambda: self._export_dialog("csv"))
        self.export_png_action = menu.addAction("")
        self.export_png_action.setObjectName("fit_export_png")
        self.export_png_action.triggered.connect(lambda: self._export_dialog("png"))
        self.export_svg_action = menu.addAction("")
        self.export_svg_action.setObjectName("fit_export_svg")
        self.export_svg_action.triggered.connect(lambda: self._export_dialog("svg"))
        self.export_button.setMenu(menu)

        self.columns = {d: FitColumn(d) for d in ("forward", "reverse")}
        for col in self.columns.values():
            col.vb.sigMuDragged.connect(self._drag_mu)
            col.vb.sigSigmaDragged.connect(self._drag_sigma)
            col.vb.sigDragStarted.connect(self._drag_started)
            col.vb.sigDragFinished.connect(self._drag_finished)
        self.hint = QLabel()
        self.hint.setObjectName("fit_hint")
        self.legend = QLabel()
        self.legend.setObjectName("fit_legend")
        for label in (self.legend, self.hint):  # wrap rather than widen the dock
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)

        row1 = QHBoxLayout()
        row1.addWidget(self.target_button)
        row1.addSpacing(8)
        row1.addWidget(self.family_label)
        row1.addWidget(self.family_combo)
        row1.addSpacing(8)
        row1.addWidget(self.direction_label)
        row1.addWidget(self.direction_combo, 1)
        row2 = QHBoxLayout()
        for w in (self.play_button, self.step_button, self.reset_button):
            row2.addWidget(w)
        row2.addSpacing(8)
        row2.addWidget(self.speed_label)
        row2.addWidget(self.speed_combo)
        row2.addStretch(1)
        row2.addWidget(self.use_button)
        row2.addWidget(self.export_button)
        cols = QHBoxLayout()
        cols.setSpacing(12)
        for col in self.columns.values():
            cols.addWidget(col, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(row1)
        lay.addLayout(row2)
        lay.addWidget(self.legend)
        lay.addWidget(self.hint)
        lay.addLayout(cols, 1)
        self._style()
        self.retranslate()
        self._update_visible_columns()

    @contained()  # (an error must not reach Qt: see guard)
    def showEvent(self, ev):
        self.ensure_built()
        super().showEvent(ev)
        self._sync_caption_heights()

    @contained()  # (an error must not reach Qt: see guard)
    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        if self.built:
            self._sync_caption_heights()

    def _sync_caption_heights(self) -> None:
        """Give the captions of the columns shown one height (the tallest needs), so the
        plots of the two directions line up side by side."""
        cols = [self.columns[d] for d in self.directions]
        width = max(1, min(c.width() for c in cols))
        h = max(c.caption.heightForWidth(width) for c in cols)
        for c in self.columns.values():
            if c.caption.height() != h or c.caption.minimumHeight() != h:
                c.caption.setFixedHeight(max(h, 1))

    @contained()  # (an error must not reach Qt: see guard)
    def hideEvent(self, ev):
        self.pause()  # nothing animates behind another tab or in a closed dock
        super().hideEvent(ev)

    # -- reading the controls ------------------------------------------------------------
    @property
    def directions(self) -> tuple:
        """The directions shown: ("forward",), ("reverse",) or both."""
        idx = self.direction_combo.currentIndex() if self.built else 2
        return (("forward",), ("reverse",), ("forward", "reverse"))[max(idx, 0)]

    @property
    def steps_per_frame(self) -> int:
        return SPEEDS[self.speed_combo.currentIndex()] if self.built else SPEEDS[DEFAULT_SPEED]

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    # -- state in, drawing out -----------------------------------------------------------
    def refresh(self) -> None:
        """Follow the session: a new p (or bin count) restarts the fit; the unit redraws."""
        self.ensure_built()
        p = self.state.p
        labels = self.state.labels
        if self._p is None or p.size != self._p.size or not np.array_equal(p, self._p) or labels != self._labels:
            resized = self._p is None or p.size != self._p.size
            self._p = p
            self._labels = labels
            for col in self.columns.values():
                col.set_bins(p.size, labels)
                col.show_p(p)
            if resized:
                self.mu0, self.sigma0 = default_start(p)
            self.reset()
        else:
            self._draw_all(rescale_trace=True)
        if self.state.unit != self._unit:
            self._unit = self.state.unit
            self.retranslate()  # titles carry the unit

    def reset(self) -> None:
        """Start the fit again from (μ₀, σ₀); the trace restarts at step 0."""
        self.ensure_built()
        if self._p is None:
            self._p = self.state.p
        p = self._p
        n = p.size
        self.mu0 = float(min(max(self.mu0, 0.0), n - 1.0))
        self.sigma0 = float(min(max(self.sigma0, SIGMA0_MIN), float(n)))
        self.fits = {d: start_animated_fit(p, d, self.family, self.mu0, self.sigma0) for d in self.directions}
        self.traces = {}
        for d, fit in self.fits.items():
            buf = TraceBuffer()
            buf.record(fit)
            self.traces[d] = buf
        q0 = discretised_gaussian(n, self.mu0, self.sigma0)
        top = nice_ceiling(1.3 * max(float(p.max()), float(q0.max())))
        for d, col in self.columns.items():
            col.set_y_top(top)
            col.set_trace_range(TRACE_STEPS, self._trace_top(d))
        self._draw_all()

    def _trace_top(self, direction: str) -> float:
        buf = self.traces.get(direction)
        first = float(buf.divergence[0]) if buf is not None and len(buf) else 1.0
        return nice_ceiling(1.08 * max(float(to_unit(first, self.state.unit)), 1e-3))

    def _draw_all(self, rescale_trace: bool = False) -> None:
        n = self._p.size
        q0 = discretised_gaussian(n, self.mu0, self.sigma0)
        unit = self.state.unit
        grow = 0.0
        for d in self.directions:
            col = self.columns[d]
            fit = self.fits[d]
            buf = self.traces[d]
            if rescale_trace:
                col.set_trace_range(col.trace_x, self._trace_top(d))
            if len(buf) - 1 > col.trace_x:
                col.set_trace_range(col.trace_x * 2, col.trace_y)
            grow = max(grow, float(fit.q.max()))
            col.show_q(fit.q)
            col.show_start(q0, self.mu0, self.sigma0)
            col.show_trace(buf.steps, buf.divergence_in(unit))
            self._update_readout(d)
        if grow > 0.92 * self.columns[self.directions[0]].y_top:  # q grew taller than planned
            top = nice_ceiling(grow * 1.3)
            for col in self.columns.values():
                col.set_y_top(top)
                col.show_start(q0, self.mu0, self.sigma0)

    def _update_readout(self, d: str) -> None:
        col, fit = self.columns[d], self.fits[d]
        name = "D(p‖q)" if d == "forward" else "D(q‖p)"
        unit = unit_name(self.state.unit)
        step = ko(self, translate("FitPanel", "step"), "단계")
        text = f"{name} = {fmt(fit.divergence_in(self.state.unit))} {unit} · {step} {fit.steps_taken}"
        if fit.family == "gaussian":
            text += f"\nμ = {fit.mu:.2f}   σ = {fit.sigma:.2f}"
        if col.readout.text() != text:
            col.readout.setText(text)
        status = self._status(d)
        if col.status.text() != status:
            col.status.setText(status)

    def _status(self, d: str) -> str:
        """One line on what q is doing now (empty before the first step)."""
        fit = self.fits[d]
        if fit.steps_taken == 0:
            return ""
        if fit.family == "logits":
            if fit.converged:
                return ko(self, translate("FitPanel", "q has reached p."), "q가 p에 도달했습니다.")
            return ""
        shape = fit_shape(self._p, fit.mu, fit.sigma)
        if shape.humps < 2:
            return ""
        if shape.kind == "covers":
            if d == "reverse" and fit.converged:
                return ko(self, translate("FitPanel", "Stuck between the humps: a local minimum. Start nearer one."),
                          "봉우리 사이에 멈췄습니다: 국소 최솟값. 한 봉우리 가까이에서 출발하세요.")
            return ko(self, translate("FitPanel", "q spreads over both humps."), "q가 두 봉우리를 모두 덮습니다.")
        if shape.kind == "one":
            label = str(self._labels[shape.mode]) if shape.mode < len(self._labels) else str(shape.mode)
            return ko(self, translate("FitPanel", "q sits on the hump at %s and ignores the other."),
                      "q가 %s의 봉우리에 자리 잡고 다른 봉우리는 무시합니다.") % label
        return ""

    # -- animation -----------------------------------------------------------------------
    def play(self) -> None:
        """Start the animation (if the panel is visible)."""
        self.ensure_built()
        if self.isVisible() and not self.playing:
            if all(f.converged for f in self.fits.values()):
                self.reset()
            self.timer.start()
        self._sync_play_button()

    def pause(self) -> None:
        """Stop the animation (the fit stays where it is)."""
        self.timer.stop()
        self._resume_after_drag = False
        self._sync_play_button()

    def _sync_play_button(self) -> None:
        if not self.built:
            return
        on = self.playing
        if self.play_button.isChecked() != on:
            self.play_button.blockSignals(True)
            self.play_button.setChecked(on)
            self.play_button.blockSignals(False)
        self._set_play_text()

    def _on_play_toggled(self, on: bool) -> None:
        if on:
            self.play()
        else:
            self.pause()

    def step_once(self) -> None:
        """One gradient step of every fit shown (pauses the animation)."""
        self.pause()
        self._advance(1)

    def _tick(self) -> None:
        if not self.isVisible():
            self.pause()
            return
        if self._dragging:
            return
        self._advance(self.steps_per_frame)
        self.frame_times.append(time.perf_counter())
        if all(f.converged or f.steps_taken >= MAX_STEPS for f in self.fits.values()):
            self.pause()

    def _advance(self, k: int) -> None:
        for d, fit in list(self.fits.items()):
            if fit.converged or fit.steps_taken >= MAX_STEPS:
                continue
            buf = self.traces[d]
            for _ in range(k):
                fit = fit.step(1)
                buf.record(fit)
                if fit.converged:
                    break
            self.fits[d] = fit
        self._draw_all()

    # -- the start, dragged on the plot -------------------------------------------------------
    def _drag_started(self) -> None:
        self._dragging = True
        self._resume_after_drag = self.playing

    def _drag_mu(self, x: float) -> None:
        self.mu0 = float(min(max(x, 0.0), self._p.size - 1.0))
        self._restart_from_drag()

    def _drag_sigma(self, x: float) -> None:
        self.sigma0 = float(min(max(x - self.mu0, SIGMA0_MIN), float(self._p.size)))
        self._restart_from_drag()

    def _restart_from_drag(self) -> None:
        self.fits = {d: start_animated_fit(self._p, d, self.family, self.mu0, self.sigma0) for d in self.directions}
        for d, fit in self.fits.items():
            self.traces[d].clear()
            self.traces[d].record(fit)
        self._draw_all()

    def _drag_finished(self) -> None:
        self._dragging = False
        for d, col in self.columns.items():
            if d in self.fits:
                col.set_trace_range(TRACE_STEPS, self._trace_top(d))
        self._draw_all()

    # -- controls ------------------------------------------------------------------------
    def load_target(self) -> None:
        """Load the two-humped preset into the session (one undo step); the fit restarts."""
        self.state.load_preset("two-humps")

    def _on_family(self, index: int) -> None:
        self.family = ("gaussian", "logits")[max(index, 0)]
        if self._p is not None:
            self.reset()
        self.retranslate()

    def _on_direction(self, _index: int) -> None:
        self._update_visible_columns()
        if self._p is not None:
            self.reset()
        self.retranslate()
        QTimer.singleShot(0, self._sync_caption_heights)  # once the columns have their new widths

    def _update_visible_columns(self) -> None:
        shown = self.directions
        for d, col in self.columns.items():
            col.setVisible(d in shown)
        both = len(shown) == 2
        self.use_button.setMenu(self.use_menu if both else None)
        self.use_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup if both
                                     else QToolButton.ToolButtonPopupMode.DelayedPopup)

    def use_q(self, direction: str | None = None) -> None:
        """Copy the fitted q (of `direction`, default the first shown) into the session as
        one undo step."""
        d = direction or self.directions[0]
        fit = self.fits.get(d)
        if fit is None:
            return
        q = np.asarray(fit.q, float)
        with self.state.batch(translate("FitPanel", "Use the fitted q")):
            self.state.set_q(q / q.sum())

    # -- export --------------------------------------------------------------------------
    def trace_csv_text(self) -> str:
        """The trace(s) shown, as CSV (see :func:`infoviz.model.fit_animation.trace_csv`)."""
        return trace_csv({d: self.traces[d] for d in self.directions if d in self.traces},
                         self.state.unit, self.family)

    def export_csv(self, path) -> bool:
        try:
            Path(path).write_text(self.trace_csv_text(), encoding="utf-8")
        except OSError as exc:
            files = getattr(self.window_, "files", None)
            if files is not None:
                files.error(translate("FitPanel", "Cannot export"), str(exc))
            return False
        return True

    def export_png(self, path) -> bool:
        return self.window_.files.export_png(str(path), self)

    def export_svg(self, path) -> bool:
        return self.window_.files.export_svg(str(path), self)

    def _export_dialog(self, kind: str) -> None:
        filters = {"csv": "CSV (*.csv)", "png": "PNG (*.png)", "svg": "SVG (*.svg)"}
        path, _ = QFileDialog.getSaveFileName(self, translate("FitPanel", "Export"), f"kl_fit.{kind}",
                                              filters[kind])
        if path:
            {"csv": self.export_csv, "png": self.export_png, "svg": self.export_svg}[kind](path)

    # -- theme and language ------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        if self.built:
            self._style()
            self.retranslate()
        super().apply_theme(theme)

    def _style(self) -> None:
        theme = self.theme
        self.setStyleSheet(panel_style("panel_fit", theme))
        for col in self.columns.values():
            col.apply_theme(theme)
        self.hint.setStyleSheet(f"font-size: {theme.font_pt}pt; color: {theme.foreground};")
        self._set_legend()

    def _set_legend(self) -> None:
        t = self.theme
        p_txt = ko(self, translate("FitPanel", "p (target)"), "p (목표)")
        q_txt = ko(self, translate("FitPanel", "q (fitted)"), "q (맞춘 모델)")
        s_txt = ko(self, translate("FitPanel", "start"), "출발점")
        self.legend.setText(f"<span style='color:{t.p}'>■</span> {p_txt} &nbsp;&nbsp; "
                            f"<span style='color:{t.q}'>━</span> {q_txt} &nbsp;&nbsp; "
                            f"<span style='color:{t.foreground}'>┅</span> {s_txt}")
        self.legend.setStyleSheet(f"font-size: {t.font_pt}pt; color: {t.foreground};")

    def _set_play_text(self) -> None:
        if self.playing:
            self.play_button.setText("❚❚ " + ko(self, translate("FitPanel", "Pause"), "일시 정지"))
        else:
            self.play_button.setText("▶ " + ko(self, translate("FitPanel", "Play"), "재생"))

    def retranslate(self) -> None:
        if not self.built:
            return
        self.target_button.setText(ko(self, translate("FitPanel", "Two-humped target"), "봉우리 두 개인 p"))
        self.target_button.setToolTip(ko(self, translate("FitPanel", "Load the two-humped preset as p (undoable)"),
                                         "봉우리가 두 개인 프리셋을 p로 불러옵니다 (되돌리기 가능)"))
        self.family_label.setText(ko(self, translate("FitPanel", "q:"), "q:"))
        self.family_combo.setItemText(0, ko(self, translate("FitPanel", "one Gaussian"), "가우시안 하나"))
        self.family_combo.setItemText(1, ko(self, translate("FitPanel", "free logits (softmax)"),
                                            "자유 로짓 (소프트맥스)"))
        self.direction_label.setText(ko(self, translate("FitPanel", "minimise:"), "최소화:"))
        self.direction_combo.setItemText(0, ko(self, translate("FitPanel", "forward D(p‖q)"), "정방향 D(p‖q)"))
        self.direction_combo.setItemText(1, ko(self, translate("FitPanel", "reverse D(q‖p)"), "역방향 D(q‖p)"))
        self.direction_combo.setItemText(2, ko(self, translate("FitPanel", "both, side by side"), "둘 다 나란히"))
        self._set_play_text()
        self.step_button.setText(ko(self, translate("FitPanel", "One step"), "한 단계"))
        self.reset_button.setText(ko(self, translate("FitPanel", "Reset"), "처음으로"))
        self.speed_label.setText(ko(self, translate("FitPanel", "speed:"), "속도:"))
        for i, (en, kr) in enumerate(((translate("FitPanel", "slow"), "느리게"),
                                      (translate("FitPanel", "normal"), "보통"),
                                      (translate("FitPanel", "fast"), "빠르게"))):
            self.speed_combo.setItemText(i, ko(self, en, kr))
        self.use_button.setText(ko(self, translate("FitPanel", "Use this q"), "이 q 사용"))
        self.use_button.setToolTip(ko(self, translate("FitPanel", "Copy the fitted q into the main window "
                                                                  "(one undo step)"),
                                      "맞춘 q를 주 창의 q로 복사합니다 (되돌리기 한 번)"))
        self.use_forward_action.setText(ko(self, translate("FitPanel", "Use the forward fit's q"),
                                           "정방향으로 맞춘 q 사용"))
        self.use_reverse_action.setText(ko(self, translate("FitPanel", "Use the reverse fit's q"),
                                           "역방향으로 맞춘 q 사용"))
        self.export_button.setText(ko(self, translate("FitPanel", "Export"), "내보내기"))
        self.export_csv_action.setText(ko(self, translate("FitPanel", "Trace as CSV…"), "추이를 CSV로…"))
        self.export_png_action.setText(ko(self, translate("FitPanel", "Panel as PNG…"), "패널을 PNG로…"))
        self.export_svg_action.setText(ko(self, translate("FitPanel", "Panel as SVG…"), "패널을 SVG로…"))
        self.hint.setText(ko(self, translate("FitPanel", "Drag a plot: start μ₀ · drag ■: width σ₀"),
                             "그래프를 끌면 출발점 μ₀ · ■를 끌면 폭 σ₀"))
        self._set_legend()
        unit = unit_name(self.state.unit)
        for d, col in self.columns.items():
            fwd = d == "forward"
            col.heading.setText(ko(self, translate("FitPanel", "Forward: minimise D(p‖q)"), "정방향: D(p‖q) 최소화")
                                if fwd else
                                ko(self, translate("FitPanel", "Reverse: minimise D(q‖p)"), "역방향: D(q‖p) 최소화"))
            title = (ko(self, translate("FitPanel", "%s per step [%s]"), "단계별 %s [%s]")
                     % ("D(p‖q)" if fwd else "D(q‖p)", unit))
            col.trace_plot.getPlotItem().setTitle(title, color=self.theme.foreground,
                                                  size=f"{self.theme.font_pt}pt")
            col.caption.setText(self._caption(d))
        self._sync_caption_heights()
        if self._p is not None and self.fits:
            for d in self.directions:
                if d in self.fits:
                    self._update_readout(d)

    def _caption(self, d: str) -> str:
        if self.family == "logits":
            if d == "forward":
                return ko(self, translate("FitPanel", "A free softmax (one logit per outcome) can become p exactly, "
                                                      "so forward KL drives q all the way to p: the two directions "
                                                      "differ only when the model is too simple to match p."),
                          "자유 로짓 소프트맥스(사건마다 로짓 하나)는 p와 똑같아질 수 있어서 정방향 KL은 q를 p까지 "
                          "끌고 갑니다: 두 방향은 모델이 p를 맞추기에 너무 단순할 때만 달라집니다.")
            return ko(self, translate("FitPanel", "Reverse KL drives a free softmax to p as well: with a model "
                                                  "flexible enough, both directions end at q = p."),
                      "역방향 KL도 자유 로짓 소프트맥스를 p로 끌고 갑니다: 모델이 충분히 유연하면 두 방향 모두 "
                      "q = p에서 끝납니다.")
        if d == "forward":
            return ko(self, translate("FitPanel", "Mass-covering: D(p‖q) punishes q for missing any place where p has "
                                                  "mass, so the one Gaussian spreads over both humps (and the valley "
                                                  "between)."),
                      "질량 덮기(mass-covering): D(p‖q)는 p에 확률이 있는 곳을 q가 놓치면 크게 벌하므로, 가우시안 "
                      "하나가 두 봉우리(와 그 사이 골짜기)에 걸쳐 퍼집니다.")
        return ko(self, translate("FitPanel", "Mode-seeking: D(q‖p) punishes q for putting mass where p has little, "
                                              "so q settles on one hump. Which one depends on where it starts."),
                  "모드 찾기(mode-seeking): D(q‖p)는 p가 작은 곳에 q가 확률을 두면 크게 벌하므로, q는 봉우리 "
                  "하나에 자리 잡습니다. 어느 봉우리인지는 출발점에 달려 있습니다.")
