"""Information content: −log p_i of every outcome, and entropy as its p-weighted average.

Two bar plots share one y axis: the surprise of each outcome under p and under q. Rare
outcomes stand tall; the horizontal line at H(p) is the average height when each bar counts
as often as its outcome happens ("entropy = expected surprise"). On q's plot a dashed line
at H(p,q) weights q's surprises by p instead: the average surprise of the model on data from
p, never below H(p). In "width = probability" mode each bar is as wide as its probability,
so the area of the bars is H exactly: the same area as the rectangle under the line.

An outcome with probability 0 has infinite surprise: its bar is drawn capped, hatched and
marked ∞ (and takes no width in width mode, where its term is 0 · ∞ = 0).
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ..guard import contained
from ...model import cross_entropy, entropy, information_content
from ...model.label_layout import first_free
from ..grid_lines import show_grid
from ..plot_utils import Bars, FastText, fmt, freeze_plot, nice_ceiling, pixel_size, set_title, style_axes
from ..readouts import unit_name
from ..theme import NORMAL, Theme, colour_of
from .base import Panel
from ..lean_plot import LeanPlotWidget
from ..level_line import LevelLine

translate = QCoreApplication.translate

#: Above this many bins the value printed over each bar would be unreadable.
MAX_VALUE_LABELS = 16
#: In width mode, bars narrower than this share of the axis get no tick label.
MIN_LABEL_WIDTH = 0.035
#: ∞ bars reach this share of the y axis.
INF_SHARE = 0.9


def panel_style(name: str, theme: Theme) -> str:
    """Background, text colour and type size of a panel and its controls."""
    return (f"QWidget#{name} {{ background: {theme.background}; }}"
            f"QWidget#{name} QLabel, QWidget#{name} QCheckBox, QWidget#{name} QRadioButton "
            f"{{ color: {theme.foreground}; }}"
            f"QWidget#{name} * {{ font-size: {theme.font_pt}pt; }}")


class LazyPanel(Panel):
    """A panel that builds its widgets on first show, so hidden panels cost nothing at
    start-up (pyqtgraph plots are slow to create).

    Subclasses implement :meth:`build` (create widgets, connect them), :meth:`style_widgets`
    (colours and sizes for a theme, no drawing), :meth:`set_texts` (every string, no drawing)
    and :meth:`refresh` (draw the state; only called once built and visible).
    """

    def __init__(self, window, name: str):
        super().__init__(window, name)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.built = False

    def ensure_built(self) -> None:
        """Create the widgets now if that has not happened yet."""
        if not self.built:
            self.build()
            self.built = True
            self.style_widgets(self.theme)
            self.set_texts()
            self._dirty = True

    @contained()  # (an error must not reach Qt: see guard)
    def showEvent(self, ev):
        self.ensure_built()
        super().showEvent(ev)

    def build(self) -> None:
        """Create the widgets."""

    def style_widgets(self, theme: Theme) -> None:
        """Apply `theme` to the widgets (no drawing)."""

    def set_texts(self) -> None:
        """Every string in the current language (no drawing)."""

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        if self.built:
            self.style_widgets(theme)
            self.set_texts()
        self.redraw_or_mark()

    def retranslate(self) -> None:
        if self.built:
            self.set_texts()
        self.redraw_or_mark()

    def redraw_or_mark(self) -> None:
        """Redraw now if visible, else remember to when shown."""
        if self.built and self.isVisible():
            self.refresh()
            self._dirty = False
        else:
            self._dirty = True


def _pixel_box(rect, px: float, py: float, inset: float = 1.0) -> tuple:
    """An unscaled item's rect (Qt's y down) at pixel position (px, py), as a box with y up,
    `inset` pixels smaller on every side: a value and a line label that only touch (a
    value at the entropy's height, computed by another sum) do not count as covering."""
    return (px + rect.left() + inset, py - rect.bottom() + inset, px + rect.right() - inset, py - rect.top() - inset)


class SurpriseView(LeanPlotWidget):
    """Bars of −log a_i for one distribution, with entropy (and cross entropy) lines."""

    def __init__(self, which: str):
        super().__init__(enableMenu=False)  # freeze_plot disables the menu: do not build it
        self.which = which
        self.setObjectName(f"information_plot_{which}")
        self.theme: Theme = NORMAL
        freeze_plot(self)
        show_grid(self.getPlotItem(), x=False, y=True)
        # the app's lean items (plot_utils), not pyqtgraph's BarGraphItem and TextItem:
        # this panel redraws on every drag frame
        self.bars = Bars(x=[], height=[], width=0.8)
        self.inf_bars = Bars(x=[], height=[], width=0.8)
        for z, item in enumerate((self.bars, self.inf_bars)):
            item.setZValue(z)
            self.addItem(item)
        self.h_line = LevelLine(0.0)  # (Qt's own line: it moves every drag frame)
        self.h_line.setZValue(5)
        self.addItem(self.h_line, ignoreBounds=True)
        self.h_line.follow(self.getPlotItem().getViewBox())
        self.h_label = FastText("", anchor=(1.0, 1.0))
        self.h_label.setZValue(12)
        self.addItem(self.h_label)
        self.x_line = LevelLine(0.0)  # H(p,q) on q's plot
        self.x_line.setZValue(6)
        self.x_label = FastText("", anchor=(0.0, 1.0))  # left end: never on top of H(q)'s
        self.x_label.setZValue(12)
        if which == "q":
            self.addItem(self.x_line, ignoreBounds=True)
            self.x_line.follow(self.getPlotItem().getViewBox())
            self.addItem(self.x_label)
        self.value_items: list[FastText] = []
        self.inf_marks: list[FastText] = []
        self._ticks = None
        self._x_range = None
        self._lines = None  # what set_lines drew last
        self._line_args = None  # and with what, to place the labels again at a new size
        # The labels' room is in pixels: place them again when the view is resized or
        # rescaled. pyqtgraph announces that from inside the view's paint (prepareForPaint),
        # where nothing may raise: the new placement is made from the event loop.
        self._replace_timer = QTimer(self)
        self._replace_timer.setSingleShot(True)
        self._replace_timer.setInterval(0)
        self._replace_timer.timeout.connect(self._place_again)
        self.getPlotItem().getViewBox().sigTransformChanged.connect(self._replace_timer.start)
        self.heights = np.zeros(0)   # the finite heights drawn (0 where infinite), for tests
        self.surprise = np.zeros(0)  # what the model said, inf included

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.setBackground(theme.background)
        style_axes(self.getPlotItem(), theme)
        colour = colour_of(theme, self.which)
        edge = pg.mkPen(theme.foreground, width=theme.outline_width)
        self.bars.setOpts(brush=pg.mkBrush(colour), pen=edge)
        self.inf_bars.setOpts(brush=QBrush(QColor(theme.infinite), Qt.BrushStyle.BDiagPattern),
                              pen=pg.mkPen(theme.infinite, width=theme.outline_width))
        self.h_line.setPen(pg.mkPen(colour_of(theme, self.which), width=theme.line_width * 1.5))
        self.x_line.setPen(pg.mkPen(theme.p, width=theme.line_width * 1.5, style=Qt.PenStyle.DashLine))
        font = QFont()
        font.setPointSize(theme.font_pt)
        font.setBold(True)
        fill = QColor(theme.background)
        fill.setAlpha(200)
        for item, colour in ((self.h_label, colour_of(theme, self.which)), (self.x_label, theme.p)):
            item.setFont(font)
            item.setColor(colour)
            item.fill = pg.mkBrush(fill)
        self._replace_timer.start()  # new type sizes: the labels need new places
        vfont = QFont()
        vfont.setPointSize(theme.value_pt)
        for item in self.value_items:
            item.setFont(vfont)
            item.setColor(theme.foreground)
        mfont = QFont()
        mfont.setPointSize(theme.value_pt + 6)
        mfont.setBold(True)
        for item in self.inf_marks:
            item.setFont(mfont)
            item.setColor(theme.infinite)

    def show_data(self, values: np.ndarray, surprise: np.ndarray, labels: tuple, cap: float,
                  width_mode: bool) -> None:
        """Draw bars of height `surprise` (finite; ∞ capped at INF_SHARE·cap) for `values`."""
        n = values.size
        finite = np.isfinite(surprise)
        heights = np.where(finite, surprise, 0.0)
        self.surprise, self.heights = surprise, heights
        if width_mode:
            right = np.cumsum(values)
            width = values.astype(float)
            x = right - width / 2.0
            x_range = (0.0, 1.0)
        else:
            x = np.arange(n, dtype=float)
            width = np.full(n, 0.8)
            x_range = (-0.6, n - 0.4)
        self.bars.setOpts(x=x, height=heights, width=width)
        show_inf = ~finite & (width > 0) if width_mode else ~finite
        self.inf_bars.setOpts(x=x[show_inf], height=np.full(int(show_inf.sum()), cap * INF_SHARE),
                              width=width[show_inf])
        if x_range != self._x_range:
            self._x_range = x_range
            self.setXRange(*x_range, padding=0)
        self._set_ticks(x, width, labels, width_mode)
        self._update_values(x, heights, finite, cap, n <= MAX_VALUE_LABELS and not width_mode)
        self._update_inf_marks(x[show_inf], cap)

    def set_lines(self, h: float, h_text: str, cross: float | None, cross_text: str, cap: float) -> None:
        """The entropy line (and on q's plot the cross-entropy line), with their labels, each
        label at the first end of its line, above or below it, where it covers no value."""
        left, right = self._x_range if self._x_range else (0.0, 1.0)
        key = (h, h_text, cross, cross_text, cap, left, right, self.heights.tobytes())
        if key == self._lines:
            return  # p's plot while q is dragged: pyqtgraph's lines cost Python even unmoved
        self._lines = key
        self._line_args = (h, h_text, cross, cross_text, cap)
        self.h_line.setValue(min(h, cap))
        self.h_label.setText(h_text)
        # anchors: (1, 1) just above the line's right end, (1, 0) just below it, (1, -1) a
        # row further below (where two labels of the same height meet), (0, ...) the left end
        placed = [(self.h_label, min(h, cap), ((right, (1.0, 1.0)), (right, (1.0, 0.0)),
                                               (left, (0.0, 1.0)), (left, (0.0, 0.0)),
                                               (right, (1.0, -1.0)), (left, (0.0, -1.0))))]
        if self.which == "q":
            finite = cross is not None and math.isfinite(cross)
            self.x_line.setVisible(finite)
            self.x_line.setValue(min(cross, cap) if finite else 0.0)
            self.x_label.setText(cross_text)
            # H(p,q) prefers the left end: the right one is H(q)'s
            placed.append((self.x_label, min(cross, cap) if finite else cap * 0.99,
                           ((left, (0.0, 1.0)), (left, (0.0, 0.0)), (right, (1.0, 1.0)), (right, (1.0, 0.0)),
                            (left, (0.0, -1.0)), (right, (1.0, -1.0)), (left, (0.0, 2.0)), (right, (1.0, 2.0)))))
        self._place_labels(placed, cap)

    def _place_again(self) -> None:
        """The lines as they were, their labels placed anew (new size, scale or type)."""
        if self._line_args is not None:
            self._lines = None
            self.set_lines(*self._line_args)

    def _place_labels(self, placed, cap) -> None:
        """Put each (label, y, candidates) at its first candidate (x, anchor) that stays in
        the plot and covers no value, no ∞ mark and no label placed before it (the rule:
        :func:`infoviz.model.label_layout.first_free`, in pixels)."""
        size = pixel_size(self.bars)
        obstacles = []
        if size is not None:
            pw, ph = size
            for item in (*self.value_items, *self.inf_marks):
                if item.isVisible():
                    obstacles.append(_pixel_box(item.boundingRect(), item.pos().x() / pw, item.pos().y() / ph))
            left, right = self._x_range if self._x_range else (0.0, 1.0)
            area = (left / pw, 0.0, right / pw, cap / ph)
        for label, y, candidates in placed:
            choice = 0
            if size is not None:
                rect = label.boundingRect()
                w, h = rect.width(), rect.height()
                boxes = [(x / pw - ax * w, y / ph - (1.0 - ay) * h, x / pw - ax * w + w, y / ph + ay * h)
                         for x, (ax, ay) in candidates]
                choice = first_free(boxes, obstacles, area)
                obstacles.append(boxes[choice])
            x, anchor = candidates[choice]
            if tuple(label.anchor) != anchor:
                label.setAnchor(anchor)
            label.setPos(x, y)

    def _set_ticks(self, x, width, labels, width_mode) -> None:
        n = len(labels)
        if width_mode:
            ticks = tuple((float(x[i]), labels[i]) for i in range(n) if width[i] >= MIN_LABEL_WIDTH)
        else:
            step = max(1, int(np.ceil(n / 25)))
            ticks = tuple((float(i), labels[i]) for i in range(0, n, step))
        if ticks != self._ticks:
            self._ticks = ticks
            self.getPlotItem().getAxis("bottom").setTicks([list(ticks), []])

    def _update_values(self, x, heights, finite, cap, show) -> None:
        n = x.size if show else 0
        while len(self.value_items) < n:
            item = FastText("", anchor=(0.5, 1.0))
            font = QFont()
            font.setPointSize(self.theme.value_pt)
            item.setFont(font)
            item.setColor(self.theme.foreground)
            item.setZValue(10)
            self.addItem(item)
            self.value_items.append(item)
        for i, item in enumerate(self.value_items):
            visible = i < n and bool(finite[i])
            item.setVisible(visible)
            if visible:
                text = fmt(float(heights[i]), 2)
                if item.toPlainText() != text:
                    item.setText(text)
                item.setPos(float(x[i]), min(float(heights[i]), cap * 0.97))

    def _update_inf_marks(self, xs, cap) -> None:
        while len(self.inf_marks) < xs.size:
            mark = FastText("∞", anchor=(0.5, 1.0))
            font = QFont()
            font.setPointSize(self.theme.value_pt + 6)
            font.setBold(True)
            mark.setFont(font)
            mark.setColor(self.theme.infinite)
            mark.setZValue(11)
            self.addItem(mark)
            self.inf_marks.append(mark)
        for k, mark in enumerate(self.inf_marks):
            mark.setVisible(k < xs.size)
            if k < xs.size:
                mark.setPos(float(xs[k]), cap * INF_SHARE)


class InformationPanel(LazyPanel):
    """objectName ``panel_information``: surprise bars of p and q with H(p), H(q), H(p,q)."""

    def __init__(self, window):
        super().__init__(window, "panel_information")
        self.cap = 1.0
        self._settle = True
        self._unit = None
        self._n = -1
        self._titles: dict = {}
        # A finished interaction (drag, batch, undo, preset) lets the y axis shrink again;
        # during one it only grows, so the axes do not jump under the pointer.
        self.state.undo_stack.indexChanged.connect(self._on_settled)
        self.state.drag_finished.connect(lambda _w: self._on_settled())

    def build(self) -> None:
        self.caption = QLabel()
        self.caption.setObjectName("information_caption")
        self.caption.setWordWrap(True)
        self.plot_p = SurpriseView("p")
        self.plot_q = SurpriseView("q")
        self.width_mode = QCheckBox()
        self.width_mode.setObjectName("information_width_mode")
        self.width_mode.toggled.connect(lambda _on: self._on_view_option())
        self.surnames = QPushButton()
        self.surnames.setObjectName("information_surnames")
        self.surnames.clicked.connect(lambda: self.state.load_preset("surnames"))
        row = QHBoxLayout()
        row.addWidget(self.width_mode)
        row.addStretch(1)
        row.addWidget(self.surnames)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.caption)
        lay.addLayout(row)
        lay.addWidget(self.plot_p, 1)
        lay.addWidget(self.plot_q, 1)

    # -- hooks -----------------------------------------------------------------------
    def style_widgets(self, theme: Theme) -> None:
        self.setStyleSheet(panel_style("panel_information", theme))
        for view in (self.plot_p, self.plot_q):
            view.apply_theme(theme)
        self.caption.setStyleSheet(f"font-size: {theme.font_pt + 1}pt;")
        self._titles = {}

    def set_texts(self) -> None:
        if self.width_mode.isChecked():
            self.caption.setText(translate(
                "InformationPanel",
                "Each bar is as wide as its probability, so the coloured area is Σ p<sub>i</sub>·I<sub>i</sub>: "
                "exactly the area of the rectangle under the line H. Outcomes with p<sub>i</sub> = 0 take "
                "no width (0·∞ counts as 0)."))
        else:
            self.caption.setText(translate(
                "InformationPanel",
                "Surprise I(x) = −log p(x): rare outcomes are tall. The solid line is the entropy "
                "H(p) = Σ p<sub>i</sub>·I<sub>i</sub>, the average height when each bar counts as often as "
                "it happens: <b>entropy is expected surprise</b>. The dashed line on q's plot, H(p,q), "
                "weights q's surprises by p."))
        self.width_mode.setText(translate("InformationPanel", "bar width = probability"))
        self.width_mode.setToolTip(translate("InformationPanel",
                                             "Draw each bar as wide as its probability: the area "
                                             "of the bars is then the entropy."))
        self.surnames.setText(translate("InformationPanel", "Example: surnames"))
        self.surnames.setToolTip(translate("InformationPanel",
                                           "Load the Korean surnames preset: a rare surname carries "
                                           "far more information than a common one."))
        self._titles = {}

    def _on_settled(self, *_args) -> None:
        self._settle = True
        self.redraw_or_mark()

    def _on_view_option(self) -> None:
        self._settle = True
        self.retranslate()

    # -- drawing ---------------------------------------------------------------------
    def refresh(self) -> None:
        st = self.state
        unit = st.unit
        p, q = st.p, st.q
        ip = information_content(p, unit)
        iq = information_content(q, unit)
        hp, hq = entropy(p, unit), entropy(q, unit)
        hpq = cross_entropy(p, q, unit)
        labels = st.labels
        n = p.size
        if unit != self._unit or n != self._n:
            self._unit, self._n = unit, n
            self._settle = True
        finite = np.concatenate([ip[np.isfinite(ip)], iq[np.isfinite(iq)]])
        top = max([float(finite.max()) if finite.size else 0.0, hp, hq,
                   hpq if math.isfinite(hpq) else 0.0, 0.5])
        target = nice_ceiling(top * 1.15)
        if self._settle or target > self.cap:
            self._settle = False
            if target != self.cap:
                self.cap = target
                for view in (self.plot_p, self.plot_q):
                    view.setYRange(0.0, target, padding=0)
                    for item in (view.bars, view.inf_bars):
                        item.reserve_y(0.0, target)  # bars moving inside never resize the item
        wide = self.width_mode.isChecked()
        self.plot_p.show_data(p, ip, labels, self.cap, wide)
        self.plot_q.show_data(q, iq, labels, self.cap, wide)
        u = unit_name(unit)
        self.plot_p.set_lines(hp, f"H(p) = {fmt(hp)} {u}", None, "", self.cap)
        cross_text = (f"H(p,q) = {fmt(hpq)} {u}" if math.isfinite(hpq) else "H(p,q) = ∞")
        self.plot_q.set_lines(hq, f"H(q) = {fmt(hq)} {u}", hpq, cross_text, self.cap)
        log = "log₂" if unit == "bits" else "ln"
        titles = {
            "p": translate("InformationPanel", "surprise under p: I = −%s p(x)   [%s]") % (log, u),
            "q": translate("InformationPanel", "surprise under q: I = −%s q(x)   [%s]") % (log, u),
        }
        for which, view in (("p", self.plot_p), ("q", self.plot_q)):
            if self._titles.get(which) != titles[which]:
                self._titles[which] = titles[which]
                set_title(view, self.theme, titles[which])
