"""Two Gaussians: differential entropy (which can be negative) and KL divergence both ways.

Drag a Gaussian's peak to move its mean μ, and the square handle at μ + σ to change its
spread σ. Beside the closed forms h = ½ log(2πeσ²) and D(N₁‖N₂), the same integrals are
computed numerically on a fine grid (Simpson's rule, :mod:`infoviz.model.continuous`) and
must agree to 1e-6. The two Gaussians are this panel's own; the session is not touched.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QGraphicsItem, QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout

from ..guard import contained
from ...model.continuous import QUAD_POINTS, gaussian_entropy, gaussian_kl, gaussian_pdf, numeric_entropy, numeric_kl
from ..grid_lines import show_grid
from ..plot_utils import freeze_plot, style_axes, symbol_brush, symbol_pen
from ..readouts import unit_name
from ..theme import Theme, restyle
from .base import Panel
from ..lean_plot import LeanPlotWidget, LeanViewBox

translate = QCoreApplication.translate  # a bare translate("Context", "text") is what pyside6-lupdate finds

X_RANGE = (-6.0, 6.0)
Y_TOP = 2.0
MU_RANGE = (-5.0, 5.0)
SIGMA_RANGE = (0.1, 3.0)
#: Where the differential entropy of a Gaussian crosses 0: σ = 1/√(2πe).
SIGMA_ZERO_ENTROPY = 1.0 / math.sqrt(2.0 * math.pi * math.e)
#: The closed forms and the quadrature must agree this well.
CHECK_TOLERANCE = 1e-6
DEFAULTS = ((-1.0, 1.0), (1.5, 0.5))
GRID = np.linspace(X_RANGE[0], X_RANGE[1], 601)


def _hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


def ko(panel, translated: str, korean: str) -> str:
    """`translated`, or `korean` when the window is in Korean and the installed
    translations do not cover this string yet."""
    if panel.language == "ko" and not _hangul(translated):
        return korean
    return translated


def number(value: float) -> str:
    """Four decimals, ASCII minus (so the first number of a label parses as it reads)."""
    return f"{value:.4f}"


class GaussViewBox(LeanViewBox):
    """Turns drags on the peak or σ handle of either Gaussian into intents.

    ``sigHandleDragged(index, kind, x)``: Gaussian `index` (0 or 1), `kind` ``"mu"`` or
    ``"sigma"``, pointer x in data coordinates.
    """

    sigHandleDragged = Signal(int, str, float)
    sigDragFinished = Signal()

    GRAB_PX = 22

    def __init__(self):
        super().__init__(enableMenu=False)
        self.setMouseEnabled(False, False)
        self.handles: list = []  # [(index, kind, QPointF data position)], set by the panel
        self.grab_px = self.GRAB_PX
        self._grabbed = None

    def handle_at(self, scene_pos):
        """The (index, kind) of the handle nearest `scene_pos` within reach, or None."""
        best, best_d = None, float(self.grab_px)
        for index, kind, pos in self.handles:
            v = self.mapViewToScene(pos) - scene_pos
            d = math.hypot(v.x(), v.y())
            if d <= best_d:
                best, best_d = (index, kind), d
        return best

    def mouseDragEvent(self, ev, axis=None):
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        if ev.isStart():
            self._grabbed = self.handle_at(ev.buttonDownScenePos())
        if self._grabbed is None:
            ev.ignore()
            return
        ev.accept()
        index, kind = self._grabbed
        self.sigHandleDragged.emit(index, kind, float(self.mapSceneToView(ev.scenePos()).x()))
        if ev.isFinish():
            self._grabbed = None
            self.sigDragFinished.emit()

    def hoverEvent(self, ev):
        if ev.isExit():
            self.setCursor(Qt.CursorShape.ArrowCursor)
            return
        hit = self.handle_at(ev.scenePos())
        self.setCursor(Qt.CursorShape.ArrowCursor if hit is None else
                       Qt.CursorShape.SizeHorCursor if hit[1] == "sigma" else Qt.CursorShape.OpenHandCursor)


class ContinuousPanel(Panel):
    """The continuous-distributions panel (objectName ``panel_continuous``).

    Attributes
    ----------
    gaussians : list of [mu, sigma]
        The two Gaussians (panel-local).
    values : dict
        The closed-form numbers shown (keys ``entropy_1``, ``entropy_2``, ``kl_12``,
        ``kl_21``) in the current unit; ``numeric`` holds the quadrature ones.
    """

    def __init__(self, window):
        super().__init__(window, "panel_continuous")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.built = False
        self.gaussians = [list(g) for g in DEFAULTS]
        self.values: dict = {}
        self.numeric: dict = {}
        self.max_difference = 0.0

    # -- construction -----------------------------------------------------------------
    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        self.vb = GaussViewBox()
        self.plot = LeanPlotWidget(viewBox=self.vb)
        self.plot.setObjectName("cont_plot")
        freeze_plot(self.plot)
        self.vb.setMouseEnabled(False, False)
        show_grid(self.plot.getPlotItem(), x=False, y=True)
        for name in ("left", "bottom"):
            self.plot.getPlotItem().getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.plot.setXRange(*X_RANGE, padding=0)
        self.plot.setYRange(0.0, Y_TOP, padding=0)
        self.one_line = pg.InfiniteLine(pos=1.0, angle=0, movable=False)
        self.one_label = pg.TextItem("", anchor=(0.0, 1.0))
        self.curves = [pg.PlotCurveItem(), pg.PlotCurveItem()]
        self.sigma_bars = [pg.PlotCurveItem(), pg.PlotCurveItem()]
        self.handles = pg.ScatterPlotItem()
        # right of each peak marker: never above the plot, even when the peak is capped
        self.names = [pg.TextItem("N₁", anchor=(-0.45, 0.5)), pg.TextItem("N₂", anchor=(-0.45, 0.5))]
        for z, item in enumerate((self.one_line, self.one_label, *self.curves, *self.sigma_bars, self.handles,
                                  *self.names)):
            item.setZValue(z)
            self.plot.addItem(item)
        self.vb.sigHandleDragged.connect(self._on_drag)
        self.vb.sigDragFinished.connect(self.refresh)

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("cont_hint")
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        self.head = {k: QLabel() for k in ("quantity", "closed", "numeric", "difference")}
        for col, k in enumerate(("quantity", "closed", "numeric", "difference")):
            grid.addWidget(self.head[k], 0, col)
        self.name_labels, self.value_labels, self.numeric_labels, self.diff_labels = {}, {}, {}, {}
        for row, key in enumerate(("entropy_1", "entropy_2", "kl_12", "kl_21"), start=1):
            name = QLabel()
            value = QLabel()
            value.setObjectName(f"cont_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            num = QLabel()
            num.setObjectName(f"cont_numeric_{key}")
            diff = QLabel()
            diff.setObjectName(f"cont_difference_{key}")
            for col, w in enumerate((name, value, num, diff)):
                grid.addWidget(w, row, col)
            self.name_labels[key], self.value_labels[key] = name, value
            self.numeric_labels[key], self.diff_labels[key] = num, diff
        grid.setColumnStretch(4, 1)
        self.check = QLabel()
        self.check.setObjectName("cont_check")
        self.check.setWordWrap(True)
        self.caption = QLabel()
        self.caption.setObjectName("cont_caption")
        self.caption.setWordWrap(True)
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("cont_reset")
        self.reset_button.clicked.connect(self.reset)
        for w in (self.hint, self.check, self.caption):
            w.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.hint)
        lay.addWidget(self.plot, 1)
        lay.addLayout(grid)
        lay.addWidget(self.check)
        lay.addWidget(self.caption)
        lay.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._style()
        self.retranslate()

    @contained()  # (an error must not reach Qt: see guard)
    def showEvent(self, ev):
        self.ensure_built()
        super().showEvent(ev)

    # -- intents ------------------------------------------------------------------------
    def set_gaussian(self, index: int, mu: float | None = None, sigma: float | None = None) -> None:
        """Move Gaussian `index` (clamped to μ in [-5, 5], σ in [0.1, 3]) and redraw."""
        g = self.gaussians[index]
        if mu is not None and math.isfinite(mu):
            g[0] = min(max(float(mu), MU_RANGE[0]), MU_RANGE[1])
        if sigma is not None and math.isfinite(sigma):
            g[1] = min(max(float(sigma), SIGMA_RANGE[0]), SIGMA_RANGE[1])
        if self.built and self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def reset(self) -> None:
        self.gaussians = [list(g) for g in DEFAULTS]
        self.refresh()

    def _on_drag(self, index: int, kind: str, x: float) -> None:
        if kind == "mu":
            self.set_gaussian(index, mu=x)
        else:
            self.set_gaussian(index, sigma=x - self.gaussians[index][0])

    # -- drawing ------------------------------------------------------------------------
    def refresh(self) -> None:
        self.ensure_built()
        unit = self.state.unit
        (m1, s1), (m2, s2) = self.gaussians
        self.values = {"entropy_1": gaussian_entropy(s1, unit), "entropy_2": gaussian_entropy(s2, unit),
                       "kl_12": gaussian_kl(m1, s1, m2, s2, unit), "kl_21": gaussian_kl(m2, s2, m1, s1, unit)}
        self.numeric = {"entropy_1": numeric_entropy(m1, s1, unit), "entropy_2": numeric_entropy(m2, s2, unit),
                        "kl_12": numeric_kl(m1, s1, m2, s2, unit), "kl_21": numeric_kl(m2, s2, m1, s1, unit)}
        self.max_difference = max(abs(self.values[k] - self.numeric[k]) for k in self.values)
        u = unit_name(unit)
        t = self.theme
        for key, v in self.values.items():
            label = self.value_labels[key]
            label.setText(f"{number(v)} {u}")
            negative = key.startswith("entropy") and v < 0
            colour = t.infinite if negative else t.foreground
            label.setStyleSheet(f"font-size: {t.font_pt + 3}pt; font-weight: bold; font-family: monospace;"
                                f" color: {colour};")
            self.numeric_labels[key].setText(f"{self.numeric[key]:.7f}")
            self.diff_labels[key].setText(f"{abs(v - self.numeric[key]):.1e}")
        ok = self.max_difference <= CHECK_TOLERANCE
        mark = "✓" if ok else "✗"
        text = ko(self, translate("ContinuousPanel", "%s Numerical check: Simpson's rule on %d points agrees with "
                                                     "every closed form to %s (largest difference %s)."),
                  "%s 수치 검산: 점 %d개 위의 심프슨 공식이 모든 닫힌 형태와 %s 이내로 일치합니다 (최대 차이 %s).")
        if not ok:
            text = ko(self, translate("ContinuousPanel", "%s Numerical check: Simpson's rule on %d points differs "
                                                         "from a closed form by more than %s (largest difference %s)."),
                      "%s 수치 검산: 점 %d개 위의 심프슨 공식이 닫힌 형태와 %s 넘게 다릅니다 (최대 차이 %s).")
        self.check.setText(text % (mark, QUAD_POINTS, "1e-6", f"{self.max_difference:.1e}"))
        restyle(self.check, f"font-size: {t.font_pt}pt; color: {t.foreground if ok else t.infinite};")
        self._draw_curves()

    def _draw_curves(self) -> None:
        spots_x, spots_y, symbols = [], [], []
        handles = []
        cap = Y_TOP * 0.965
        for i, (mu, sigma) in enumerate(self.gaussians):
            y = gaussian_pdf(GRID, mu, sigma)
            self.curves[i].setData(GRID, np.minimum(y, Y_TOP * 1.5), skipFiniteCheck=True)
            peak = 1.0 / (sigma * math.sqrt(2.0 * math.pi))
            py = min(peak, cap)
            sy = min(peak * math.exp(-0.5), cap)
            self.sigma_bars[i].setData(np.array([mu, mu + sigma]), np.array([sy, sy]), skipFiniteCheck=True)
            spots_x += [mu, mu + sigma]
            spots_y += [py, sy]
            symbols += ["t" if peak > cap else "o", "s"]  # ▼ when the peak is above the plot
            handles += [(i, "mu", QPointF(mu, py)), (i, "sigma", QPointF(mu + sigma, sy))]
            self.names[i].setPos(mu, py)
        brushes = [symbol_brush(self.theme.p)] * 2 + [symbol_brush(self.theme.q)] * 2
        self.handles.setData(x=spots_x, y=spots_y, symbol=symbols, brush=brushes)
        self.vb.handles = handles

    # -- for tests and scripted drags ---------------------------------------------------
    def point_for(self, x: float, y: float) -> QPoint:
        """Viewport coordinates of data point (x, y)."""
        return self.plot.mapFromScene(self.vb.mapViewToScene(QPointF(float(x), float(y))))

    def peak_point(self, index: int) -> QPoint:
        """Where Gaussian `index`'s peak handle is drawn (viewport coordinates)."""
        pos = self.vb.handles[2 * index][2]
        return self.point_for(pos.x(), pos.y())

    def sigma_point(self, index: int) -> QPoint:
        """Where Gaussian `index`'s σ handle is drawn (viewport coordinates)."""
        pos = self.vb.handles[2 * index + 1][2]
        return self.point_for(pos.x(), pos.y())

    def x_at(self, pos: QPoint) -> float:
        return float(self.vb.mapSceneToView(self.plot.mapToScene(pos)).x())

    # -- theme and language ------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        if self.built:
            self._style()
            self.retranslate()
        super().apply_theme(theme)

    def _style(self) -> None:
        t = self.theme
        self.setStyleSheet(f"QWidget#panel_continuous {{ background: {t.background}; }}"
                           f"QWidget#panel_continuous QLabel {{ color: {t.foreground}; font-size: {t.font_pt}pt; }}"
                           f"QWidget#panel_continuous QPushButton {{ font-size: {t.font_pt}pt; }}")
        self.plot.setBackground(t.background)
        style_axes(self.plot.getPlotItem(), t)
        for curve, colour in zip(self.curves, (t.p, t.q)):
            curve.setPen(pg.mkPen(colour, width=t.line_width * 1.5))
            fill = QColor(colour)
            fill.setAlpha(45)
            curve.setBrush(pg.mkBrush(fill))
            curve.setFillLevel(0.0)
        for bar, colour in zip(self.sigma_bars, (t.p, t.q)):
            bar.setPen(pg.mkPen(colour, width=t.line_width, style=Qt.PenStyle.DashLine))
        self.one_line.setPen(pg.mkPen(t.foreground, width=max(1.0, t.line_width * 0.6), style=Qt.PenStyle.DotLine))
        size = int(t.font_pt * 1.5)
        self.vb.grab_px = max(GaussViewBox.GRAB_PX, size + 6)
        self.handles.setSize(size)
        self.handles.setPen(symbol_pen(t.foreground, 1.5))
        font = QFont()
        font.setPointSize(t.font_pt)
        font.setBold(True)
        for item, colour in ((self.names[0], t.p), (self.names[1], t.q), (self.one_label, t.foreground)):
            item.setFont(font)
            item.setColor(colour)
        self.one_label.setPos(X_RANGE[0] + 0.1, 1.0)
        fm = QFontMetrics(font)
        for k, lab in self.head.items():
            lab.setStyleSheet(f"font-size: {t.font_pt - 1}pt; color: {t.foreground};")
        for lab in list(self.numeric_labels.values()) + list(self.diff_labels.values()):
            lab.setStyleSheet(f"font-size: {t.font_pt}pt; font-family: monospace; color: {t.foreground};")
        for key, lab in self.name_labels.items():
            colour = t.p if key in ("entropy_1", "kl_12") else t.q
            lab.setStyleSheet(f"font-size: {t.font_pt + 1}pt; color: {colour};")
        self.caption.setStyleSheet(f"font-size: {t.font_pt}pt; color: {t.foreground};")
        self.hint.setStyleSheet(f"font-size: {t.font_pt}pt; color: {t.foreground};")
        self.value_labels["entropy_1"].setMinimumWidth(fm.horizontalAdvance("-0.0000 bits ") + 20)

    def retranslate(self) -> None:
        if not self.built:
            return
        self.hint.setText(ko(self, translate("ContinuousPanel", "Drag a peak (●) to move μ, and the square (■) at "
                                                                "μ + σ to change σ."),
                             "봉우리(●)를 끌어 μ를 옮기고, μ + σ에 있는 네모(■)를 끌어 σ를 바꾸세요."))
        self.one_label.setText(ko(self, translate("ContinuousPanel", "density = 1"), "밀도 = 1"))
        self.head["quantity"].setText("")
        self.head["closed"].setText(ko(self, translate("ContinuousPanel", "closed form"), "닫힌 형태"))
        self.head["numeric"].setText(ko(self, translate("ContinuousPanel", "numerical (grid)"), "수치 적분 (격자)"))
        self.head["difference"].setText(ko(self, translate("ContinuousPanel", "difference"), "차이"))
        h = ko(self, translate("ContinuousPanel", "differential entropy"), "미분 엔트로피")
        self.name_labels["entropy_1"].setText(f"h(N₁)  {h}")
        self.name_labels["entropy_2"].setText(f"h(N₂)  {h}")
        kl = ko(self, translate("ContinuousPanel", "KL divergence"), "KL 발산")
        self.name_labels["kl_12"].setText(f"D(N₁‖N₂)  {kl}")
        self.name_labels["kl_21"].setText(f"D(N₂‖N₁)  {kl}")
        self.reset_button.setText(ko(self, translate("ContinuousPanel", "Reset the Gaussians"), "가우시안 되돌리기"))
        self.caption.setText(ko(
            self,
            translate("ContinuousPanel", "A density is not a probability: a narrow Gaussian rises above 1 (the dotted "
                                         "line), where −log f(x) < 0, so h = ½ log(2πeσ²) is negative once "
                                         "σ < 1/√(2πe) ≈ 0.242. A histogram's probabilities are at most 1, so every "
                                         "−log p_i ≥ 0 and H(p) ≥ 0. KL divergence stays ≥ 0 for densities too, and "
                                         "is 0 only when the two Gaussians coincide; D(N₁‖N₂) ≠ D(N₂‖N₁)."),
            "밀도는 확률이 아닙니다: 좁은 가우시안은 1(점선)보다 높이 솟고, 그곳에서 −log f(x) < 0이므로 "
            "σ < 1/√(2πe) ≈ 0.242이면 h = ½ log(2πeσ²)가 음수가 됩니다. 히스토그램의 확률은 1 이하이므로 "
            "모든 −log p_i ≥ 0이고 H(p) ≥ 0입니다. KL 발산은 밀도에서도 ≥ 0이며, 두 가우시안이 같을 때만 "
            "0입니다. 또한 D(N₁‖N₂) ≠ D(N₂‖N₁)입니다."))
        if self.values and self.isVisible():
            self.refresh()
        else:
            self._dirty = True
