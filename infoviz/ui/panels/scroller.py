"""A teaching panel's dock content: the panel, scrolled when its dock is too short for it."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget


class PanelScroller(QScrollArea):
    """objectName ``scroll_<panel name>``: holds one panel at its full width, and at least
    its minimum height, scrolling vertically when the dock is shorter.

    A lecturer who drags panels out of their tab group stacks them in one column of docks.
    Squeezed below their minimum, Qt laid the panels' captions, controls and plots over one
    another (or, before plots had a minimum height, shrank the plots to nothing). Scrolled,
    each panel stays as it was designed, and what does not fit is a scroll away.

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
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # PageUp / PageDown are the clicker's
        self.setWidget(panel)

    def least_height(self, width: int) -> int:
        """The panel's least height at `width` (wrapped captions take more lines when narrow)."""
        panel = self.widget()
        lay = panel.layout()
        if lay is not None and lay.hasHeightForWidth():
            return lay.totalMinimumHeightForWidth(width)
        return panel.minimumSizeHint().height()

    def fit_panel(self) -> None:
        """The panel as wide as the view and as high as the dock, or its least height."""
        panel = self.widget()
        if panel is None:
            return
        view = self.viewport().size()
        width = max(view.width(), panel.minimumSizeHint().width())
        size = QSize(width, max(view.height(), self.least_height(width)))
        if panel.size() != size:
            panel.resize(size)

    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        self.fit_panel()

    def eventFilter(self, obj, ev):
        # the panel's contents changed (built on first show, new language or type size)
        if obj is self.widget() and ev.type() == QEvent.Type.LayoutRequest:
            self.fit_panel()
        return super().eventFilter(obj, ev)

    def minimumSizeHint(self) -> QSize:
        """As wide as the panel must be (and a scroll bar), so it never scrolls sideways;
        only a few lines high, so a short dock scrolls instead of squeezing the panel."""
        panel = self.widget()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        width = panel.minimumSizeHint().width() if panel is not None else 0
        return QSize(width + bar, 4 * self.fontMetrics().height())
