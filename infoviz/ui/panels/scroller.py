"""A teaching panel's dock content: the panel, scrolled when its dock is too short for it."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QFrame, QScrollArea,
                               QStyle, QWidget)

from ..guard import NOT_HANDLED, contained

#: A dock narrower than its panel is at least this many lines' height wide.
NARROWEST_LINES = 12

#: Controls that take the wheel when the pointer is over them, focused or not.
WHEEL_CONTROLS = (QAbstractSlider, QAbstractSpinBox, QComboBox)


class _WheelScrollsPanel(QObject):
    """On a control of a scrolled panel, a wheel turn scrolls the panel unless the control
    has the focus: a lecturer scrolling down past the temperature slider must not change
    the temperature. (Panels that fit their dock leave the wheel to the controls.)"""

    def __init__(self, scroller: "PanelScroller"):
        super().__init__(scroller)
        self.scroller = scroller

    @contained(NOT_HANDLED)  # (an error must not reach Qt: see guard)

    def eventFilter(self, obj, ev):
        if isinstance(ev, QWheelEvent) and not obj.hasFocus():
            bar = self.scroller.verticalScrollBar()
            if bar.maximum() > 0:
                QApplication.sendEvent(bar, ev)
                return True
        return False


class PanelScroller(QScrollArea):
    """objectName ``scroll_<panel name>``: holds one panel at least at its minimum size,
    scrolling when the dock is smaller.

    A lecturer who drags panels out of their tab group stacks them in one column of docks.
    Squeezed below their minimum, Qt laid the panels' captions, controls and plots over one
    another (or, before plots had a minimum height, shrank the plots to nothing). Scrolled,
    each panel stays as it was designed, and what does not fit is a scroll away.

    Sideways too, but only when the window has no room: a dock as wide as its panel's
    minimum took the room the main window's own minimum needed (projector type at
    1440x900 with one panel open), and Qt then laid the readouts over one another. So a
    dock may be narrower than its panel (:meth:`minimumSizeHint`), and the window's own
    histograms and numbers keep their room.

    Parameters
    ----------
    panel : QWidget
        The panel (a :class:`~infoviz.ui.panels.base.Panel`); it becomes the scrolled widget.
    """

    def __init__(self, panel: QWidget, parent=None):
        super().__init__(parent)
        self.setObjectName(f"scroll_{panel.objectName()}")
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Not widgetResizable: Qt then sizes a panel with word-wrapped text to its
        # *preferred* height for the width, so it scrolled even where it fitted. The panel
        # is sized here instead, to the dock, or to its least height at that width.
        self.setWidgetResizable(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # PageUp / PageDown are the clicker's
        self._wheel = _WheelScrollsPanel(self)
        self.setWidget(panel)
        self._watch_controls()

    def least_height(self, width: int) -> int:
        """The panel's least height at a width.

        Parameters
        ----------
        width : int
            Pixels; wrapped captions take more lines when the panel is narrow.

        Returns
        -------
        int
            Pixels.
        """
        panel = self.widget()
        lay = panel.layout()
        if lay is not None and lay.hasHeightForWidth():
            return lay.totalMinimumHeightForWidth(width)
        return panel.minimumSizeHint().height()

    def fit_panel(self) -> None:
        """Size the panel: as wide as the view (at least its minimum width) and as high as
        the view, or its least height at that width if that is more (then it scrolls)."""
        panel = self.widget()
        if panel is None:
            return
        view = self.viewport().size()
        width = max(view.width(), panel.minimumSizeHint().width())
        size = QSize(width, max(view.height(), self.least_height(width)))
        if panel.size() != size:
            panel.resize(size)

    def _watch_controls(self) -> None:
        """Let the wheel over the panel's controls scroll (see :class:`_WheelScrollsPanel`);
        called when the panel's contents change, as a lazy panel builds them on first show."""
        for kind in WHEEL_CONTROLS:
            for control in self.widget().findChildren(kind):
                if not control.property("infoviz_wheel_scrolls"):
                    control.setProperty("infoviz_wheel_scrolls", True)
                    control.installEventFilter(self._wheel)

    @contained()  # (an error must not reach Qt: see guard)
    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        self.fit_panel()

    @contained(NOT_HANDLED)  # (an error must not reach Qt: see guard)

    def eventFilter(self, obj, ev):
        # the panel's contents changed (built on first show, new language or type size)
        if obj is self.widget() and ev.type() == QEvent.Type.LayoutRequest:
            self.fit_panel()
            self._watch_controls()
            self.updateGeometry()  # its minimum width (the dock's) may have changed
        return super().eventFilter(obj, ev)

    @contained(QSize)  # (an error must not reach Qt: see guard)
    def minimumSizeHint(self) -> QSize:
        """As wide as the panel must be (and a scroll bar), or :data:`NARROWEST_LINES`
        lines' height if that is less: the panel then scrolls sideways rather than take
        the main window's room. Only a few lines high, so a short dock scrolls instead of
        squeezing the panel."""
        panel = self.widget()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        width = panel.minimumSizeHint().width() + bar if panel is not None else 0
        line = self.fontMetrics().height()
        return QSize(min(width, NARROWEST_LINES * line), 4 * line)
