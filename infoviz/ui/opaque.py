"""Widgets that paint their own background, so a change inside them stops there.

A widget whose background comes from a style sheet is not opaque to Qt (and the sheet
turns ``autoFillBackground`` off). So when a transparent label inside it changes, Qt
repaints that region in every ancestor first: the panel, the splitters, the dock, the
main window. On a drag frame that was a tenth of the window's repaint for a few numbers.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter

from .guard import contained


class OpaqueBackground:
    """Mixin for a ``QWidget``: fills what it exposes with its palette's Window brush,
    which is the colour a style sheet's ``background`` gives it, and tells Qt so.

    Call :meth:`make_opaque` in ``__init__``. A subclass that paints more calls
    :meth:`paint_background` first.
    """

    def make_opaque(self) -> None:
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)

    def paint_background(self, ev) -> None:
        p = QPainter(self)
        p.fillRect(ev.rect(), self.palette().window())
        p.end()

    @contained()
    def paintEvent(self, ev):  # noqa: N802 - Qt's name
        self.paint_background(ev)
