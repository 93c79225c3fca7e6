"""The window's right column: the readouts over the plots, which give way in order when
the column is too short for all of them to be read."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

from .guard import contained


class PriorityColumn(QSplitter):
    """A vertical splitter: a first widget that is always shown at no less than its least
    height (the readouts), and plots under it, each shown only while it can have a height
    at which it reads (:meth:`set_readable`). When the column is too short for all of them
    (projector type at 1440x900 with a lesson docked under the window), the plots listed
    in :meth:`give_way_in` are hidden in that order, and come back when there is room.

    Before, every plot kept a fixed least height and the splitter, short of room, squeezed
    the readouts until each row hid the digits above it, or squeezed a plot to a title
    over its own tick labels.
    """

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setChildrenCollapsible(False)
        self._readable = 0
        self._give_way: list[QWidget] = []
        self._fitting = False

    def set_readable(self, height: int) -> None:
        """The least height at which each plot reads (it depends on the type size)."""
        self._readable = int(height)
        for i in range(1, self.count()):
            self.widget(i).setMinimumHeight(self._readable)
        self.fit()

    def give_way_in(self, widgets) -> None:
        """The plots that may be hidden, the first to go first."""
        self._give_way = list(widgets)
        self.fit()

    @contained()  # (an error must not reach Qt: see guard)
    def resizeEvent(self, ev):  # noqa: N802 - Qt's
        super().resizeEvent(ev)
        self.fit()

    def shown(self) -> list:
        """The plots it shows now (not hidden for want of room)."""
        return [self.widget(i) for i in range(1, self.count()) if not self.widget(i).isHidden()]

    def fit(self) -> None:
        """Show as many plots as can each have their readable height, hiding the ones that
        give way first."""
        if self._fitting or self.count() < 2 or self.height() <= 0:
            return
        self._fitting = True
        try:
            first = self.widget(0)
            plots = [self.widget(i) for i in range(1, self.count())]
            room = self.height() - max(first.minimumHeight(), first.minimumSizeHint().height())
            each = self._readable + self.handleWidth()
            keep = list(plots)
            for w in self._give_way:
                if len(keep) * each <= room or len(keep) <= 1:
                    break
                if w in keep:
                    keep.remove(w)
            for w in plots:
                if w.isHidden() == (w in keep):
                    w.setVisible(w in keep)
        finally:
            self._fitting = False
