"""The six numbers: name, value (objectName ``readout_<key>``) and perplexity or culprit."""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QSpacerItem, QWidget

from ..model.summary import MEASURE_KEYS, Summary
from .guard import contained
from .opaque import OpaqueBackground
from .plot_utils import fmt
from .static_label import SelectableStaticLabel, StaticLabel, text_shape
from .theme import NORMAL, Theme

translate = QCoreApplication.translate  # a bare translate("Context", "text") is what pyside6-lupdate finds


def measure_names() -> dict:
    """Translated names of the six measures."""
    return {
        "entropy_p": translate("Readouts", "Entropy H(p)"),
        "entropy_q": translate("Readouts", "Entropy H(q)"),
        "cross_entropy_pq": translate("Readouts", "Cross entropy H(p,q)"),
        "cross_entropy_qp": translate("Readouts", "Cross entropy H(q,p)"),
        "kl_pq": translate("Readouts", "KL divergence KL(p‖q)"),
        "kl_qp": translate("Readouts", "KL divergence KL(q‖p)"),
    }


def measure_formulas() -> dict:
    """Tooltip formulas (rich text) of the six measures."""
    return {
        "entropy_p": translate("Readouts", "H(p) = −Σ p<sub>i</sub> log p<sub>i</sub><br>expected surprise of p (0·log 0 = 0)"),
        "entropy_q": translate("Readouts", "H(q) = −Σ q<sub>i</sub> log q<sub>i</sub><br>expected surprise of q"),
        "cross_entropy_pq": translate("Readouts", "H(p,q) = −Σ p<sub>i</sub> log q<sub>i</sub> = H(p) + KL(p‖q)"
                                "<br>average code length coding p with q; the classifier's loss"),
        "cross_entropy_qp": translate("Readouts", "H(q,p) = −Σ q<sub>i</sub> log p<sub>i</sub> = H(q) + KL(q‖p)"),
        "kl_pq": translate("Readouts", "KL(p‖q) = Σ p<sub>i</sub> log(p<sub>i</sub>/q<sub>i</sub>) ≥ 0"
                     "<br>extra cost of using q when the truth is p; ∞ if some q<sub>i</sub> = 0 < p<sub>i</sub>"),
        "kl_qp": translate("Readouts", "KL(q‖p) = Σ q<sub>i</sub> log(q<sub>i</sub>/p<sub>i</sub>) ≥ 0"
                     "<br>not symmetric: usually ≠ KL(p‖q)"),
    }


def unit_name(unit: str) -> str:
    return translate("Readouts", "bits") if unit == "bits" else translate("Readouts", "nats")


class ReadoutPanel(OpaqueBackground, QWidget):
    """A grid of the six measures, large enough to read from the back row."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("readouts")
        self.make_opaque()  # the numbers change every drag frame; its parents need not repaint
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        self.names, self.values, self.extras = {}, {}, {}
        for row, key in enumerate(MEASURE_KEYS):
            # Labels, not a QLabel: StaticLabel emits `pressed` (the formula strip follows a
            # click on a measure) without an event filter called for every paint.
            name, value, extra = StaticLabel(), SelectableStaticLabel("0"), StaticLabel()
            name.setObjectName(f"name_{key}")
            value.setObjectName(f"readout_{key}")
            extra.setObjectName(f"extra_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.set_opaque()  # a new number repaints the label, not the panel under it
            extra.set_opaque()
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            grid.addWidget(extra, row, 2)
            self.names[key], self.values[key], self.extras[key] = name, value, extra
        # The spare width goes to an empty last column: the value and note labels have
        # fixed sizes (see _size_labels) and stay together on the left.
        grid.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum), 0, 3)
        grid.setColumnStretch(3, 1)
        self._theme = NORMAL
        self._last = {}
        self.apply_theme(NORMAL)
        self.retranslate()

    # -- room ------------------------------------------------------------------------
    #: A row may be this share of its value's line height: the line's leading (tall in
    #: the CJK fonts) may go, never the digits.
    ROW_SHARE = 0.8

    @contained(QSize)  # (an error must not reach Qt: see guard)
    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's
        """As wide as the grid needs; as tall as six rows of digits without their leading."""
        hint = super().minimumSizeHint()
        grid = self.layout()
        m = grid.contentsMargins()
        row = math.ceil(max(label.maximumHeight() for label in self.values.values()) * self.ROW_SHARE)
        rows = len(self.values)
        return QSize(hint.width(), m.top() + m.bottom() + rows * row + (rows - 1) * grid.verticalSpacing())

    @contained(QSize)  # (an error must not reach Qt: see guard)
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's
        """No taller than the least height: spare height goes to the plots under it."""
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())

    def _keep_room(self) -> None:
        """Ask for the width of names, values and notes side by side, as a minimum Qt
        enforces. The grid's own minimum is only a hint: in a small window in projector
        type beside a panel the layout squeezed the panel below it, and the notes were
        laid over the values and hid their digits. Now the panel is cut at the window's
        edge instead, values whole."""
        grid = self.layout()
        m = grid.contentsMargins()
        need = (m.left() + m.right() + 2 * grid.horizontalSpacing()
                + max(label.sizeHint().width() for label in self.names.values())
                + max(label.maximumWidth() for label in self.values.values())
                + max(label.maximumWidth() for label in self.extras.values()))
        if self.minimumWidth() != need:
            self.setMinimumWidth(need)

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        big = QFont()
        big.setPixelSize(theme.readout_px)
        big.setBold(True)
        mid = QFont()
        mid.setPixelSize(max(12, int(theme.readout_px * 0.62)))
        small = QFont()
        small.setPixelSize(max(11, int(theme.readout_px * 0.55)))
        colour = {"entropy_p": theme.p, "entropy_q": theme.q, "kl_pq": theme.kl, "kl_qp": theme.kl}
        for key in MEASURE_KEYS:
            self.values[key].setFont(big)
            self.names[key].setFont(mid)
            self.extras[key].setFont(small)
            c = colour.get(key, theme.foreground)
            self.names[key].setStyleSheet(f"color: {c if key in colour else theme.foreground};")
            self.values[key].setStyleSheet(f"color: {theme.foreground};")
            self.extras[key].setStyleSheet(f"color: {theme.foreground};")
        self._size_labels(getattr(self, "_unit_code", "bits"))

    # A label whose size is fixed does not invalidate the layout when its text changes.
    # Otherwise every drag frame's new numbers would re-run the layouts of the panel, both
    # splitters and the window (QLayout::activate passes a layout request up to the top
    # on every setText). The sizes fit the widest text seen so far and only ever grow.
    def _size_labels(self, unit: str = "bits") -> None:
        self._unit_code = unit
        self._unit_shown = unit_name(unit)
        self._metrics = {}
        self._fitted = set()  # (label, text shape) known to fit
        for key in MEASURE_KEYS:
            for label, sample in ((self.values[key], f"0.000 {self._unit_shown}"),
                                  (self.extras[key], translate("Readouts", "perplexity %.2f") % 1.0)):
                fm = QFontMetrics(label.font())
                self._metrics[label.objectName()] = (fm, max("0123456789", key=fm.horizontalAdvance))
                label.setMinimumSize(0, 0)
                label.setMaximumSize(16777215, 16777215)
                # The line's real height, rounded up as QStaticText rounds it: a label one
                # pixel short of it fails StaticLabel's fit test and relayouts every frame.
                height = math.ceil(QFontMetricsF(label.font()).height())
                label.setFixedSize(self._width_for(fm, sample), height)
                self._fit(label, label.text())
        self._keep_room()

    @staticmethod
    def _width_for(fm: QFontMetrics, text: str) -> int:
        return fm.horizontalAdvance(text) + 1

    def _fit(self, label: QLabel, text: str) -> None:
        # Measured once per shape of text (digits as 0), with the font's widest digit in
        # every digit's place: wide enough for any number of that shape, whether the font's
        # digits are equally wide or not. A label only ever grows, so it stays wide enough.
        name = label.objectName()
        shape = text_shape(text)
        if (name, shape) in self._fitted:
            return
        fm, widest = self._metrics[name]
        width = max(self._width_for(fm, text), self._width_for(fm, shape.replace("0", widest)))
        if width > label.maximumWidth():
            label.setFixedWidth(width)
            self._keep_room()
        self._fitted.add((name, shape))

    def retranslate(self) -> None:
        # (looked up once: translate() is a call into Qt, and the notes change every frame)
        self._perplexity = translate("Readouts", "perplexity %.2f")
        names, formulas = measure_names(), measure_formulas()
        for key in MEASURE_KEYS:
            self.names[key].setText(names[key])
            for w in (self.names[key], self.values[key], self.extras[key]):
                w.setToolTip(formulas[key])
        self._last = {}

    def show_summary(self, summary: Summary, labels: tuple, p, q) -> None:
        """Write the six values (three decimals and the unit, or ∞) and their notes."""
        unit = unit_name(summary.unit)
        if unit != self._unit_shown:
            self._size_labels(summary.unit)  # a new unit, or the same one in another language
        for key in MEASURE_KEYS:
            v = summary.values[key]
            text = "∞" if math.isinf(v) else f"{fmt(v)} {unit}"
            extra = self._extra(key, summary, labels, p, q)
            last = self._last.get(key)
            if last != (text, extra):
                self._last[key] = (text, extra)
                self._fit(self.values[key], text)
                self._fit(self.extras[key], extra)
                self.values[key].setText(text)
                self.extras[key].setText(extra)
                # A style sheet change re-polishes the widget: only when ∞ comes or goes.
                if last is None or (last[0] == "∞") != (text == "∞"):
                    self.extras[key].setStyleSheet(
                        f"color: {self._theme.infinite if math.isinf(v) else self._theme.foreground};")

    def _extra(self, key: str, s: Summary, labels: tuple, p, q) -> str:
        v = s.values[key]
        if math.isinf(v):
            bad = s.inf_pq if key in ("cross_entropy_pq", "kl_pq") else s.inf_qp
            truth, model_ = (p, q) if key in ("cross_entropy_pq", "kl_pq") else (q, p)
            a, b = ("p", "q") if key in ("cross_entropy_pq", "kl_pq") else ("q", "p")
            if bad.size:
                i = int(bad[0])
                more = translate("Readouts", " (+%d more)") % (bad.size - 1) if bad.size > 1 else ""
                return translate("Readouts", "because %s(%s) = 0 but %s(%s) = %.2f") % (b, labels[i], a, labels[i],
                                                                     float(truth[i])) + more
            return ""
        if key.startswith("entropy") or key.startswith("cross"):
            return self._perplexity % s.perplexity(key)
        return ""
