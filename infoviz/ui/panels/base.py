"""What every teaching panel shares: redraw only when visible, theme and language hooks."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..guard import contained
from ..opaque import OpaqueBackground
from ..theme import NORMAL, Theme


class Panel(OpaqueBackground, QWidget):
    """Base class of the teaching panels (each one a dock of the main window).

    Subclasses implement :meth:`refresh` (draw from ``self.state``), and may override
    :meth:`apply_theme` and :meth:`retranslate`. A hidden panel does no drawing work:
    changes while hidden only mark it dirty, and it catches up when shown.

    Parameters
    ----------
    window : MainWindow
        The main window; ``window.state`` is the session.
    name : str
        The panel's objectName, e.g. ``"panel_information"``.
    """

    #: Whether the panel scrolls in a dock too short for it (:class:`.scroller.PanelScroller`)
    #: rather than holding its dock at its minimum height.
    scrolls = True

    def __init__(self, window, name: str):
        super().__init__()
        self.window_ = window
        self.state = window.state
        self.theme: Theme = NORMAL
        self.setObjectName(name)
        # Opaque: a label or plot that changes inside repaints itself and this background
        # under it, not the dock's title and frame behind the whole panel.
        self.make_opaque()
        self._dirty = True
        self.state.changed.connect(self._on_state_changed)

    def is_shown(self) -> bool:
        """Whether students can see the panel now. A dock in a tab that is not the current
        one stays "visible" to Qt but is moved off-screen, so look at what is exposed."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def _on_state_changed(self) -> None:
        if self.is_shown():
            self.refresh()
            self._dirty = False
        else:
            self._dirty = True

    def exposure_changed(self, shown: bool) -> None:
        """The dock's tab became current (or not): catch up on changes made meanwhile.
        Subclasses with timers override this to pause them while not shown."""
        if shown and self._dirty:
            self.refresh()
            self._dirty = False

    @contained()  # (an error must not reach Qt: see guard)
    def showEvent(self, ev):
        super().showEvent(ev)
        # Subclasses build their widgets on first show (before this runs): their plots
        # get the readable height now; the window gives it again on theme changes.
        from ..plot_utils import keep_plots_readable
        keep_plots_readable(self, self.theme)
        if self._dirty:
            self.refresh()
            self._dirty = False

    def refresh(self) -> None:
        """Redraw from the state. Called only while visible."""

    def apply_theme(self, theme: Theme) -> None:
        """Colours and sizes for normal or projector mode."""
        self.theme = theme
        self._dirty = True
        if self.is_shown():
            self.refresh()
            self._dirty = False

    def retranslate(self) -> None:
        """Re-read every string in the current language."""

    @property
    def language(self) -> str:
        return getattr(self.window_, "language", "en")
