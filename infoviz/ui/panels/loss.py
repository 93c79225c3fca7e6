"""BCE against the squared error on a sigmoid output, and why the gradient matters.

Pick the label y, drag the prediction ŷ (the vertical line on the loss plot, the line on the
gradient plot, or the logit slider). The top plot shows both losses against ŷ, the bottom
one their gradients with respect to the logit z. In the shaded region the prediction is
confidently wrong: the squared error's gradient has all but vanished there (the sigmoid is
saturated), BCE's has not, so a network trained with BCE still learns its way out.

The label and the prediction are this panel's own: changing them is not an undo step.
"""
from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QRadioButton, QSlider,
                               QVBoxLayout)

from ...model.activations import sigmoid
from ...model.loss_curves import (Z_LIMIT, check_label, clamp_logit, logit, loss_curves, loss_point,
                                  wrong_region)
from ..grid_lines import show_grid
from ..plot_utils import freeze_plot, set_title, style_axes, symbol_brush, symbol_pen
from ..readouts import unit_name
from ..theme import Theme, restyle
from .information import LazyPanel, panel_style
from ..lean_plot import LeanPlotWidget

translate = QCoreApplication.translate

#: Logit slider positions per unit of z.
SLIDER_SCALE = 100
#: Fixed axes: BCE rises without bound as ŷ reaches the wrong label; the plot shows [0, 4].
LOSS_Y_MAX = 4.0
GRAD_Y = 1.6


def signed(value: float, digits: int = 3) -> str:
    """A number for the readouts (ASCII minus, so it parses back), or ∞."""
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    return f"{value:.{digits}f}"


class LossPanel(LazyPanel):
    """objectName ``panel_loss``: BCE and squared error, their gradients, at (y, ŷ)."""

    def __init__(self, window):
        super().__init__(window, "panel_loss")
        self.y = 1
        self.z = logit(0.6)  # the lecture's example: label 1, ŷ = 0.6
        self._syncing = False
        self._curves_key = None
        self._titles: dict = {}
        self.point = None

    def build(self) -> None:
        self.caption = QLabel()
        self.caption.setObjectName("loss_caption")
        self.caption.setWordWrap(True)
        self.label_y = QLabel()
        self.y0 = QRadioButton("y = 0")
        self.y1 = QRadioButton("y = 1")
        self.y0.setObjectName("loss_y0")
        self.y1.setObjectName("loss_y1")
        group = QButtonGroup(self)
        group.addButton(self.y0, 0)
        group.addButton(self.y1, 1)
        group.idToggled.connect(self._on_label)
        self._group = group
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("loss_logit")
        self.slider.setRange(int(-Z_LIMIT * SLIDER_SCALE), int(Z_LIMIT * SLIDER_SCALE))
        self.slider.setSingleStep(10)
        self.slider.setPageStep(100)
        self.slider.valueChanged.connect(self._on_slider)
        self.label_z = QLabel()
        self.prediction = QLabel()
        self.prediction.setObjectName("loss_prediction")

        self.loss_plot = LeanPlotWidget(enableMenu=False)
        self.loss_plot.setObjectName("loss_plot")
        self.grad_plot = LeanPlotWidget(enableMenu=False)
        self.grad_plot.setObjectName("loss_grad_plot")
        for plot in (self.loss_plot, self.grad_plot):
            freeze_plot(plot)
            show_grid(plot.getPlotItem(), x=True, y=True)
        self.loss_plot.setXRange(0.0, 1.0, padding=0.02)
        self.loss_plot.setYRange(0.0, LOSS_Y_MAX, padding=0)
        self.grad_plot.setXRange(-Z_LIMIT, Z_LIMIT, padding=0.02)
        self.grad_plot.setYRange(-GRAD_Y, GRAD_Y, padding=0)

        # Created once; only their data and positions change.
        self.wrong_loss = pg.LinearRegionItem(movable=False)
        self.wrong_grad = pg.LinearRegionItem(movable=False)
        self.wrong_text = pg.TextItem("", anchor=(0.5, 0.0))
        self.bce_curve = pg.PlotCurveItem()
        self.mse_curve = pg.PlotCurveItem()
        self.bce_grad = pg.PlotCurveItem()
        self.mse_grad = pg.PlotCurveItem()
        self.bce_dot = pg.ScatterPlotItem(size=12)
        self.mse_dot = pg.ScatterPlotItem(size=12)
        self.bce_grad_dot = pg.ScatterPlotItem(size=12)
        self.mse_grad_dot = pg.ScatterPlotItem(size=12)
        self.zero = pg.InfiniteLine(pos=0.0, angle=0, movable=False)
        self.y_hat_line = pg.InfiniteLine(pos=0.6, angle=90, movable=True,
                                          bounds=(float(sigmoid(-Z_LIMIT)), float(sigmoid(Z_LIMIT))))
        self.z_line = pg.InfiniteLine(pos=self.z, angle=90, movable=True, bounds=(-Z_LIMIT, Z_LIMIT))
        self.legend = pg.TextItem("", anchor=(1.0, 0.0))  # in the top corner the curves leave free
        for item in (self.wrong_loss, self.bce_curve, self.mse_curve, self.bce_dot, self.mse_dot,
                     self.y_hat_line, self.wrong_text, self.legend):
            self.loss_plot.addItem(item)
        for item in (self.wrong_grad, self.zero, self.bce_grad, self.mse_grad, self.bce_grad_dot,
                     self.mse_grad_dot, self.z_line):
            self.grad_plot.addItem(item)
        self.wrong_loss.setZValue(-10)
        self.wrong_grad.setZValue(-10)
        for dot in (self.bce_dot, self.mse_dot, self.bce_grad_dot, self.mse_grad_dot):
            dot.setZValue(20)
        self.y_hat_line.sigPositionChanged.connect(self._on_y_hat_line)
        self.z_line.sigPositionChanged.connect(self._on_z_line)

        # The numbers.
        self.values = {}
        self.names = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        for row, key in enumerate(("loss_bce_value", "loss_mse_value", "grad_bce_value", "grad_mse_value")):
            name, value = QLabel(), QLabel()
            value.setObjectName(key)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, row % 2, (row // 2) * 2)
            grid.addWidget(value, row % 2, (row // 2) * 2 + 1)
            self.names[key], self.values[key] = name, value
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.verdict = QLabel()
        self.verdict.setObjectName("loss_verdict")
        self.verdict.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.label_y)
        top.addWidget(self.y0)
        top.addWidget(self.y1)
        top.addSpacing(16)
        top.addWidget(self.prediction, 1)
        zrow = QHBoxLayout()
        zrow.addWidget(self.label_z)
        zrow.addWidget(self.slider, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.caption)
        lay.addLayout(top)
        lay.addLayout(zrow)
        lay.addWidget(self.loss_plot, 3)
        lay.addWidget(self.grad_plot, 2)
        lay.addLayout(grid)
        lay.addWidget(self.verdict)
        self.y1.setChecked(self.y == 1)
        self.y0.setChecked(self.y == 0)
        self._sync_controls()

    # -- input (panel-local, no undo step) ---------------------------------------------
    def set_label(self, y: int) -> None:
        """Choose the label (0 or 1) as the radio buttons do."""
        if not self.built:
            self.y = check_label(y)
            return
        (self.y1 if check_label(y) == 1 else self.y0).setChecked(True)

    def set_logit(self, z: float) -> None:
        """Move the prediction to logit `z` (clamped to ±Z_LIMIT)."""
        self.z = clamp_logit(z)
        if self.built:
            self._sync_controls()
        self._redraw()

    def set_prediction(self, y_hat: float) -> None:
        """Move the prediction to ŷ (as dragging its line does)."""
        self.set_logit(logit(y_hat))

    def _on_label(self, button_id: int, checked: bool) -> None:
        if checked and button_id != self.y:
            self.y = button_id
            self._redraw()

    def _on_slider(self, value: int) -> None:
        if not self._syncing:
            self.z = value / SLIDER_SCALE
            self._sync_controls()
            self._redraw()

    def _on_y_hat_line(self, line) -> None:
        if not self._syncing:
            self.z = logit(min(max(float(line.value()), 0.0), 1.0))
            self._sync_controls(skip=line)
            self._redraw()

    def _on_z_line(self, line) -> None:
        if not self._syncing:
            self.z = min(Z_LIMIT, max(-Z_LIMIT, float(line.value())))
            self._sync_controls(skip=line)
            self._redraw()

    def _sync_controls(self, skip=None) -> None:
        """Slider and both lines to the current z, without feedback."""
        self._syncing = True
        try:
            self.slider.setValue(round(self.z * SLIDER_SCALE))
            if skip is not self.y_hat_line:
                self.y_hat_line.setValue(float(sigmoid(self.z)))
            if skip is not self.z_line:
                self.z_line.setValue(self.z)
        finally:
            self._syncing = False

    # -- hooks -----------------------------------------------------------------------
    def style_widgets(self, theme: Theme) -> None:
        self.setStyleSheet(panel_style("panel_loss", theme))
        w = theme.line_width
        bce, mse = theme.p, theme.q
        for plot in (self.loss_plot, self.grad_plot):
            plot.setBackground(theme.background)
            style_axes(plot.getPlotItem(), theme)
        self.bce_curve.setPen(pg.mkPen(bce, width=w * 1.25))
        self.mse_curve.setPen(pg.mkPen(mse, width=w * 1.25))
        self.bce_grad.setPen(pg.mkPen(bce, width=w * 1.25))
        self.mse_grad.setPen(pg.mkPen(mse, width=w * 1.25))
        edge = symbol_pen(theme.foreground, theme.outline_width)
        for dot, colour in ((self.bce_dot, bce), (self.mse_dot, mse), (self.bce_grad_dot, bce),
                            (self.mse_grad_dot, mse)):
            dot.setPen(edge)
            dot.setBrush(symbol_brush(colour))
            dot.setSize(10 + 2 * w)
        shade = QColor(theme.infinite)
        shade.setAlpha(45)
        for region in (self.wrong_loss, self.wrong_grad):
            region.setBrush(pg.mkBrush(shade))
            for line in region.lines:
                line.setPen(pg.mkPen(None))
        self.zero.setPen(pg.mkPen(theme.foreground, width=1))
        for line in (self.y_hat_line, self.z_line):
            line.setPen(pg.mkPen(theme.foreground, width=w, style=Qt.PenStyle.DashLine))
            line.setHoverPen(pg.mkPen(theme.highlight, width=w * 2))
        font = QFont()
        font.setPointSize(theme.font_pt)
        font.setBold(True)
        self.wrong_text.setFont(font)
        self.wrong_text.setColor(theme.infinite)
        self.legend.setFont(font)
        big = QFont()
        big.setPixelSize(max(14, int(theme.readout_px * 0.8)))
        big.setBold(True)
        for key, value in self.values.items():
            value.setFont(big)
            colour = bce if "bce" in key else mse
            self.names[key].setStyleSheet(f"color: {colour};")
        self.caption.setStyleSheet(f"font-size: {theme.font_pt + 1}pt;")
        self._titles = {}
        self._curves_key = None

    def set_texts(self) -> None:
        self.caption.setText(translate(
            "LossPanel",
            "A sigmoid output ŷ = σ(z) against the label y. Drag the dashed line (on either plot) or "
            "the slider. In the shaded region the prediction is <b>confidently wrong</b>: the squared "
            "error's gradient vanishes there, so learning stalls; cross entropy's stays large."))
        self.label_y.setText(translate("LossPanel", "label"))
        self.names["loss_bce_value"].setText(translate("LossPanel", "BCE loss"))
        self.names["loss_mse_value"].setText(translate("LossPanel", "MSE loss"))
        self.names["grad_bce_value"].setText(translate("LossPanel", "∂BCE/∂z"))
        self.names["grad_mse_value"].setText(translate("LossPanel", "∂MSE/∂z"))
        self.slider.setToolTip(translate("LossPanel", "The logit z; the prediction is ŷ = σ(z)."))
        self.wrong_text.setText(translate("LossPanel", "confidently\nwrong"))
        th = self.theme
        self.legend.setHtml(
            f"<div style='background:{th.background}'><span style='color:{th.p}'>━ "
            + translate("LossPanel", "BCE (binary cross entropy)")
            + f"</span><br><span style='color:{th.q}'>━ " + translate("LossPanel", "MSE (ŷ − y)²")
            + "</span></div>")
        self.point = None  # the next refresh redraws titles and the verdict in the new language
        self._titles = {}

    def refresh(self) -> None:
        # Only the unit of the session matters here: p and q changing elsewhere (a drag in
        # the main window) costs this panel nothing.
        if self.point is None or self.point.unit != self.state.unit or self._curves_key is None:
            self._redraw()

    # -- drawing ---------------------------------------------------------------------
    def _redraw(self) -> None:
        if not (self.built and self.isVisible()):
            self._dirty = True
            return
        unit = self.state.unit
        u = unit_name(unit)
        key = (self.y, unit)
        if key != self._curves_key:
            self._curves_key = key
            c = loss_curves(self.y, unit)
            self.bce_curve.setData(c.y_hat, c.bce, skipFiniteCheck=True)
            self.mse_curve.setData(c.y_hat, c.mse, skipFiniteCheck=True)
            self.bce_grad.setData(c.z, c.grad_bce, skipFiniteCheck=True)
            self.mse_grad.setData(c.z, c.grad_mse, skipFiniteCheck=True)
            (y_lo, y_hi), (z_lo, z_hi) = wrong_region(self.y)
            self.wrong_loss.setRegion((y_lo, y_hi))
            self.wrong_grad.setRegion((z_lo, z_hi))
            # The region's label reads inwards from the plot's edge, so it is never cut off.
            if self.y == 1:
                self.wrong_text.setAnchor((0.0, 0.0))
                self.wrong_text.setPos(y_lo, LOSS_Y_MAX * 0.98)
            else:
                self.wrong_text.setAnchor((1.0, 0.0))
                self.wrong_text.setPos(y_hi, LOSS_Y_MAX * 0.98)
            # The legend goes in the top corner away from the wrong label: the curves are low there.
            if self.y == 1:
                self.legend.setAnchor((1.0, 0.0))
                self.legend.setPos(1.0, LOSS_Y_MAX * 0.98)
            else:
                self.legend.setAnchor((0.0, 0.0))
                self.legend.setPos(0.0, LOSS_Y_MAX * 0.98)
        pt = loss_point(self.y, self.z, unit)
        self.point = pt
        self.bce_dot.setData([pt.y_hat], [min(pt.bce, LOSS_Y_MAX)])
        self.mse_dot.setData([pt.y_hat], [pt.mse])
        self.bce_grad_dot.setData([pt.z], [pt.grad_bce])
        self.mse_grad_dot.setData([pt.z], [pt.grad_mse])
        texts = {
            "loss_bce_value": f"{signed(pt.bce)} {u}",
            "loss_mse_value": signed(pt.mse),
            "grad_bce_value": signed(pt.grad_bce),
            "grad_mse_value": signed(pt.grad_mse),
        }
        for k, text in texts.items():
            if self.values[k].text() != text:
                self.values[k].setText(text)
        self.label_z.setText(translate("LossPanel", "logit z = %s") % f"{pt.z:+.2f}")
        self.prediction.setText(translate("LossPanel", "prediction ŷ = σ(z) = %s") % f"{pt.y_hat:.3f}")
        if pt.wrong:
            ratio = abs(pt.grad_bce) / abs(pt.grad_mse) if pt.grad_mse else math.inf
            verdict = translate(
                "LossPanel",
                "Confidently wrong (y = %d, ŷ = %s): the squared error barely moves z (gradient %s), "
                "cross entropy pushes %s times harder (gradient %s).") % (
                pt.y, f"{pt.y_hat:.3f}", signed(pt.grad_mse), "∞" if math.isinf(ratio) else f"{ratio:.0f}",
                signed(pt.grad_bce))
            colour = self.theme.infinite
        else:
            verdict = translate("LossPanel", "Drag ŷ towards the wrong label (into the shaded region) "
                                             "and compare the two gradients.")
            colour = self.theme.foreground
        self.verdict.setText(verdict)
        restyle(self.verdict, f"color: {colour}; font-size: {self.theme.font_pt + 1}pt;")
        titles = {
            "loss": translate("LossPanel", "loss against ŷ   (BCE in %s)") % u,
            "grad": translate("LossPanel", "gradient ∂loss/∂z against z   (BCE in %s)") % u,
        }
        for name, plot in (("loss", self.loss_plot), ("grad", self.grad_plot)):
            if self._titles.get(name) != titles[name]:
                self._titles[name] = titles[name]
                set_title(plot, self.theme, titles[name])
