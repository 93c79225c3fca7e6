"""A draggable histogram of one distribution.

The widget owns no data: it draws what the state says and emits "bar i wants value v".
One :class:`~infoviz.ui.plot_utils.Bars` item draws every bar (a per-bar brush list is 6x
slower at 1000 bins); small separate items draw the hovered/selected bar, locked bars and
the bin that makes a divergence infinite. ``Bars`` is a lean ``BarGraphItem`` that repaints
only the bands a drag frame changed (see docs/PERFORMANCE.md).
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from .grid_lines import show_grid
from .guard import contained
from .plot_utils import tick_step, Bars, FastText, fast_view, style_axes
from .theme import NORMAL, Theme, colour_of
from .value_labels import ValueLabels
from .lean_plot import LeanPlotWidget, LeanViewBox

#: Above this many bins the value printed on each bar would be unreadable.
MAX_VALUE_LABELS = 20
#: The y axis always shows [0, 1]: a bar's height means the same on both histograms.
Y_MAX = 1.0
#: ev.buttons() of a drag with the left button alone (made once: building an enum costs µs).
_LEFT_ONLY = Qt.MouseButton.LeftButton


class BarViewBox(LeanViewBox):
    """A ViewBox that turns mouse input into bar intents instead of panning.

    Signals carry the bar index and the value under the pointer in data coordinates.
    """

    sigBarDragStarted = Signal(int)
    sigBarDragged = Signal(int, float)
    sigBarDragFinished = Signal(int)
    sigBarClicked = Signal(int)
    sigBarDoubleClicked = Signal(int)
    sigHoverChanged = Signal(int)  # -1 when the pointer is over no bar

    def __init__(self):
        super().__init__(enableMenu=False)
        self.setMouseEnabled(False, False)
        self.n = 0
        self._drag_index = -1
        self._hover = -1
        #: The moves of the drag under way come from the view directly (FollowsPointer).
        self.short_way = False

    def bar_at(self, x: float) -> int:
        """The index of the bar whose column contains data x, or -1."""
        i = int(np.floor(x + 0.5))
        return i if 0 <= i < self.n else -1

    def mouseDragEvent(self, ev, axis=None):
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        ev.accept()
        if ev.isStart():
            self.short_way = False
            start = self.mapSceneToView(ev.buttonDownScenePos())
            self._drag_index = self.bar_at(start.x())
            if self._drag_index >= 0:
                self.sigBarDragStarted.emit(self._drag_index)
        if self._drag_index < 0:
            return
        if self.short_way and not ev.isFinish() and ev.buttons() == _LEFT_ONLY:
            # The view's moves come the short way (FollowsPointer): a left-button move
            # through pyqtgraph now is Qt replaying the view's stored mouse event, the one
            # that started the drag (as it does when the view scrolls or its transform
            # changes): the pointer is not there, the bar stays where it is.
            return
        # The bar's top follows the pointer exactly (absolute, not offset): what you
        # point at is the value you get.
        self.follow(ev.scenePos())
        if ev.isFinish():
            index, self._drag_index = self._drag_index, -1
            self.sigBarDragFinished.emit(index)

    def follow(self, scene_pos) -> bool:
        """Mid-drag: the dragged bar wants the value at scene point `scene_pos`. False (and
        nothing emitted) when no bar is being dragged."""
        if self._drag_index < 0:
            return False
        self.sigBarDragged.emit(self._drag_index, float(self.mapSceneToView(scene_pos).y()))
        return True

    def mouseClickEvent(self, ev):
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        i = self.bar_at(self.mapSceneToView(ev.scenePos()).x())
        if i < 0:
            return
        ev.accept()
        (self.sigBarDoubleClicked if ev.double() else self.sigBarClicked).emit(i)

    def hoverEvent(self, ev):
        i = -1 if ev.isExit() else self.bar_at(self.mapSceneToView(ev.scenePos()).x())
        if i != self._hover:
            self._hover = i
            self.setCursor(Qt.CursorShape.SizeVerCursor if i >= 0 else Qt.CursorShape.ArrowCursor)
            self.sigHoverChanged.emit(i)


class FollowsPointer:
    """Mixin for a ``pg.PlotWidget`` with a :class:`BarViewBox` (``self.vb``): once a bar
    drag is under way, each move of the pointer goes straight to the view box.

    pyqtgraph delivers a move through the view, the scene (hover bookkeeping, its own
    drag state, a ``MouseDragEvent`` built in Python) to the item that took the drag:
    0.17 ms of a 10-bin drag frame before the state is even asked. The press, the first
    move (which starts the drag in pyqtgraph and picks the bar) and the release still go
    through pyqtgraph, so its drag state stays consistent and the release finishes the
    drag as before; any other button held, or no bar taken, and moves go its way too.
    The scene point is the one Qt's view would give pyqtgraph (the event's position,
    rounded to a pixel).
    """

    @contained()  # (pyqtgraph's own drag path catches a handler's error too)
    def mouseMoveEvent(self, ev):  # noqa: N802 - Qt's name
        vb = self.vb
        if (vb._drag_index >= 0 and ev.buttons() == _LEFT_ONLY and self.scene().dragItem is vb
                and vb.follow(self.mapToScene(ev.position().toPoint()))):
            vb.short_way = True
            ev.accept()
            return
        super().mouseMoveEvent(ev)



class HistogramWidget(FollowsPointer, LeanPlotWidget):
    """The histogram of p or q; objectName ``histogram_p`` / ``histogram_q``.

    Parameters
    ----------
    which : {"p", "q"}
        Which distribution this widget shows.
    """

    def __init__(self, which: str, parent=None):
        self.vb = BarViewBox()
        super().__init__(parent=parent, viewBox=self.vb)
        self.which = which
        self.setObjectName(f"histogram_{which}")
        self.theme: Theme = NORMAL
        self._values = np.zeros(0)
        self._labels: tuple = ()
        self._hover = -1
        self._selected = -1
        self._culprits = np.zeros(0, int)
        self._locked: frozenset = frozenset()
        self._x = np.zeros(0)
        self._inf_marks: list[FastText] = []

        pi = self.getPlotItem()
        pi.hideButtons()
        pi.setMenuEnabled(False)
        fast_view(self)
        # the grid as its own item, not pyqtgraph's (which makes the axis repaint with the bars)
        self.grid, = show_grid(pi, x=False, y=True)
        self.culprit_item = Bars(width=1.0, pen=None)
        self.ghost_item = Bars(width=0.8, brush=None)
        self.bars = Bars(width=0.8)
        self.locked_item = Bars(width=0.8, pen=None)
        self.highlight_item = Bars(width=0.8, brush=None)
        for z, item in enumerate((self.culprit_item, self.ghost_item, self.bars, self.locked_item,
                                  self.highlight_item)):
            item.setZValue(z)
            item.reserve_y(0.0, Y_MAX * 1.08)  # the fixed y range: moving bars never resize items
            self.addItem(item)
        self.value_labels = ValueLabels()  # the value over each bar (up to MAX_VALUE_LABELS bins)
        self.value_labels.setZValue(10)
        self.addItem(self.value_labels)
        self.vb.sigHoverChanged.connect(self._on_hover)
        self._skip_hover_while_dragging()
        self.setYRange(0.0, Y_MAX * 1.08, padding=0)
        self.apply_theme(NORMAL)

    def _skip_hover_while_dragging(self) -> None:
        """pyqtgraph looks for hoverable items under the pointer on every mouse move, even
        mid-drag when none may accept the hover (a fifth of a drag frame's event handling).
        While a button is held the dragged bar stays highlighted as the selection, so the
        search is skipped; the release sends the hover events that catch up."""
        scene = self.scene()
        send_hover = scene.sendHoverEvents

        def send_hover_unless_dragging(ev, exitOnly=False):
            if not exitOnly and ev.buttons():
                return
            send_hover(ev, exitOnly)

        scene.sendHoverEvents = send_hover_unless_dragging

    # -- drawing ----------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        """Colours, line widths and fonts for normal or projector mode."""
        self.theme = theme
        self.setBackground(theme.background)
        colour = colour_of(theme, self.which)
        edge = pg.mkPen(theme.foreground, width=theme.outline_width)
        self.bars.setOpts(brush=pg.mkBrush(colour), pen=edge)
        other = colour_of(theme, "q" if self.which == "p" else "p")
        self.ghost_item.setOpts(pen=pg.mkPen(other, width=theme.line_width, style=Qt.PenStyle.DashLine))
        self.highlight_item.setOpts(pen=pg.mkPen(theme.highlight, width=theme.line_width * 1.5))
        self.locked_item.setOpts(brush=QBrush(QColor(theme.foreground), Qt.BrushStyle.BDiagPattern))
        inf = QColor(theme.infinite)
        inf.setAlpha(90)
        self.culprit_item.setOpts(brush=pg.mkBrush(inf))
        pi = self.getPlotItem()
        style_axes(pi, theme)
        pi.getAxis("left").setLabel(pi.getAxis("left").labelText, color=theme.foreground)
        pi.titleLabel.item.setDefaultTextColor(QColor(theme.foreground))
        vfont = QFont()
        vfont.setPointSize(theme.value_pt)
        self.value_labels.set_color(theme.foreground)
        self.value_labels.set_font(vfont)
        for item in self._inf_marks:  # (they had taken the bars' small font until now)
            item.setFont(self._inf_font())
            item.setColor(theme.infinite)

    def _inf_font(self) -> QFont:
        """The ∞ over a bar that makes a divergence infinite: larger and bold."""
        font = QFont()
        font.setPointSize(self.theme.value_pt + 6)
        font.setBold(True)
        return font

    def set_title(self, text: str) -> None:
        """The plot title (already translated)."""
        size = f"{self.theme.font_pt + 3}pt"
        self.getPlotItem().setTitle(text, color=self.theme.foreground, size=size)

    def set_axis_label(self, text: str) -> None:
        self.getPlotItem().setLabel("left", text, color=self.theme.foreground,
                                    **{"font-size": f"{self.theme.font_pt}pt"})

    def show_data(self, values: np.ndarray, other: np.ndarray, labels: tuple, culprits: np.ndarray,
                  locked: frozenset, selected: int) -> None:
        """Draw `values` (and the other distribution as a dashed ghost outline)."""
        if (values is self._values and not values.flags.writeable and labels is self._labels
                and locked == self._locked and selected == self._selected
                and np.array_equal(culprits, self._culprits)):
            # The other histogram's bar is dragged: only the ghost moves. (The state's
            # arrays are read-only, so the same array holds the same values.)
            self.ghost_item.setOpts(x=self._x, height=other)
            return
        n = values.size
        resized = n != self._values.size
        if self._x.size != n:
            self._x = np.arange(n, dtype=float)
        x = self._x
        self._values = values
        self.vb.n = n
        self.bars.setOpts(x=x, height=values)
        self.ghost_item.setOpts(x=x, height=other)
        if resized or not np.array_equal(culprits, self._culprits):
            self.culprit_item.setOpts(x=culprits.astype(float), height=np.full(culprits.size, Y_MAX * 1.08))
        self._culprits = culprits
        if locked != self._locked or resized:
            self._locked = locked
        if self._locked or len(self.locked_item.opts["x"]):
            idx = np.fromiter(sorted(self._locked), float, len(self._locked))
            self.locked_item.setOpts(x=idx, height=values[idx.astype(int)] if idx.size else np.zeros(0))
        self._selected = selected
        if resized:
            self.setXRange(-0.6, n - 0.4, padding=0)
            self.value_labels.reserve(-0.6, n - 0.4, 0.0, Y_MAX * 1.08)
        if labels != self._labels or resized:
            self._labels = labels
            self._set_ticks(labels)
        self._update_value_texts(values)
        self._update_inf_marks(culprits)
        self._update_highlight()

    def _update_value_texts(self, values: np.ndarray) -> None:
        n = values.size
        if n > MAX_VALUE_LABELS:
            self.value_labels.set_values([], [], [])
            return
        texts = [f"{v:.2f}" if v < 0.995 or v == 1.0 else f"{v:.3f}" for v in values.tolist()]
        self.value_labels.set_values(self._x, np.minimum(values, Y_MAX * 0.97) + 0.005, texts)

    def _update_inf_marks(self, culprits: np.ndarray) -> None:
        while len(self._inf_marks) < culprits.size:
            mark = FastText("∞", color=self.theme.infinite, anchor=(0.5, 0.0))
            mark.setFont(self._inf_font())
            mark.setZValue(11)
            self.addItem(mark)
            self._inf_marks.append(mark)
        for k, mark in enumerate(self._inf_marks):
            if k < culprits.size:
                mark.setPos(float(culprits[k]), Y_MAX * 1.07)
                mark.setVisible(True)
            else:
                mark.setVisible(False)

    def _set_ticks(self, labels: tuple) -> None:
        n = len(labels)
        step = tick_step(n)
        ticks = [(i, labels[i]) for i in range(0, n, step)]
        self.getPlotItem().getAxis("bottom").setTicks([ticks, []])

    def _on_hover(self, i: int) -> None:
        self._hover = i
        self._update_highlight()
        if 0 <= i < self._values.size and i < len(self._labels):
            self.setToolTip(f"{self.which}({self._labels[i]}) = {self._values[i]:.4f}")
        else:
            self.setToolTip("")

    def set_selected(self, i: int) -> None:
        """Outline bar `i` as the keyboard's target (-1: none) without redrawing the rest."""
        if i != self._selected:
            self._selected = i
            self._update_highlight()

    def _update_highlight(self) -> None:
        idx = sorted({i for i in (self._hover, self._selected) if 0 <= i < self._values.size})
        self.highlight_item.setOpts(x=np.asarray(idx, float),
                                    height=self._values[idx] if idx else np.zeros(0))

    # -- for tests and scripted drags ------------------------------------------------
    def bar_top(self, i: int) -> QPoint:
        """The top centre of bar `i`, in the viewport coordinates mouse events use."""
        scene = self.vb.mapViewToScene(QPointF(float(i), float(self._values[i])))
        return self.mapFromScene(scene)

    def point_for(self, i: int, value: float) -> QPoint:
        """Where the pointer must be (viewport coordinates) to drag bar `i` to `value`."""
        return self.mapFromScene(self.vb.mapViewToScene(QPointF(float(i), float(value))))

    def value_at(self, pos: QPoint) -> float:
        """The data value at viewport position `pos` (inverse of :meth:`point_for`)."""
        return float(self.vb.mapSceneToView(self.mapToScene(pos)).y())
