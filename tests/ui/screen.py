"""What a window shows now, for tests of partial repaints."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication


def on_screen(widget):
    """The offscreen platform's backing store of `widget`'s window after pending events:
    what partial repaints left there (``grab()`` would paint the whole widget again)."""
    QApplication.processEvents()
    return widget.screen().grabWindow(widget.window().winId()).toImage()
