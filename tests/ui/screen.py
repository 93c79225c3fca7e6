"""What a window shows now, for tests of partial repaints."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication


def on_screen(widget):
    """The offscreen platform's backing store of `widget`'s window after pending events:
    what partial repaints left there (``grab()`` would paint the whole widget again)."""
    QApplication.processEvents()
    return widget.screen().grabWindow(widget.window().winId()).toImage()


class Painted(QObject):
    """Records the paint events of the widgets given (and any later installed on): for
    each objectName, the bounding rect and the area of every region Qt painted."""

    def __init__(self, *widgets):
        super().__init__()
        self.rects: dict = {}
        self.areas: dict = {}
        for w in widgets:
            w.installEventFilter(self)

    def count(self, name: str) -> int:
        return len(self.areas.get(name, ()))

    def clear(self) -> None:
        self.rects.clear()
        self.areas.clear()

    def eventFilter(self, obj, ev):  # noqa: N802 - Qt's
        if ev.type() == QEvent.Type.Paint:
            region = ev.region()
            self.rects.setdefault(obj.objectName(), []).append(region.boundingRect())
            self.areas.setdefault(obj.objectName(), []).append(sum(r.width() * r.height() for r in region))
        return False
