"""The tool bar: bins, unit, and the edits a lecturer reaches for (hidden in projector mode)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import QLabel, QPushButton, QSpinBox, QToolBar

from ..model.rebin import MAX_BINS, MIN_BINS

translate = QCoreApplication.translate  # a bare translate("Context", "text") is what pyside6-lupdate finds


class MainToolBar(QToolBar):
    """Binds a bins spin box and a unit button to the state, both ways."""

    def __init__(self, window):
        super().__init__()
        self.setObjectName("toolbar")
        self.setMovable(False)
        self.window_ = window
        self.state = window.state
        self.bins_label = QLabel()
        self.bins = QSpinBox()
        self.bins.setObjectName("bins_spin")
        self.bins.setRange(MIN_BINS, MAX_BINS)
        self.bins.setKeyboardTracking(False)  # one undo step per value, not per digit typed
        self.unit = QPushButton()
        self.unit.setObjectName("unit_toggle")
        self.addWidget(self.bins_label)
        self.addWidget(self.bins)
        self.addWidget(self.unit)
        self.addSeparator()
        self.bins.valueChanged.connect(self._bins_changed)
        self.unit.clicked.connect(self.state.toggle_unit)
        self.state.changed.connect(self.refresh)
        self.refresh()

    def add_actions(self, actions: dict, names) -> None:
        for name in names:
            self.addAction(actions[name])

    def retranslate(self) -> None:
        self.bins_label.setText(translate("Toolbar", " Bins "))
        self.bins.setToolTip(translate("Toolbar", "Number of outcomes (2–50); also + and -"))
        self.unit.setToolTip(translate("Toolbar", "Switch bits / nats (B)"))
        self.refresh()

    def refresh(self) -> None:
        """state → view, with the spin box's signals blocked so it does not echo back."""
        n = self.state.n_bins
        if self.bins.value() != n and n <= MAX_BINS:
            with QSignalBlocker(self.bins):
                self.bins.setValue(n)
        self.unit.setText(translate("Toolbar", "Unit: bits") if self.state.unit == "bits" else translate("Toolbar", "Unit: nats"))

    def _bins_changed(self, n: int) -> None:
        if n != self.state.n_bins:
            self.window_._try(lambda: self.state.set_bins(n))
