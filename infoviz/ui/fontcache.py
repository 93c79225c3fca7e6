"""Stop Qt's time-driven font-engine eviction (a workaround for a soak RSS growth).

Qt's per-thread ``QFontCache`` (qfont.cpp) trims itself on a timer (every 10 s, then every
5 min) and deletes the font engines no font holds at that moment. In this app, with the
CJK fallback family set on the application font, the first such eviction (about 5 minutes
after start, whatever the pace of events) is followed by FreeType faces of the same files
being opened again while the old ones stay mapped (NotoSansCJK-*.ttc is 19 MB each): RSS
grows by tens of MB over a lecture. The set of fonts the app uses is small and fixed (two
themes x two languages), so keeping every engine is cheaper than churning them.

QFontCache is private: it is found as the parentless plain QObject, made by Qt (not from
Python) in the main thread, that receives a timer event (its first comes about 10 s after
the first text is drawn); only its timer events are filtered from then on.
Found by a soak and gdb: docs/RELIABILITY.md.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimerEvent
from shiboken6 import Shiboken

_keep: list = []  # the filters live as long as the application


class _SwallowTimers(QObject):
    """Filters out every timer event of the object it is installed on (counted)."""

    def __init__(self):
        super().__init__()
        self.swallowed = 0

    def eventFilter(self, obj, ev):  # noqa: N802 - Qt's name
        if isinstance(ev, QTimerEvent):
            self.swallowed += 1
            return True
        return False


class _FindFontCache(QObject):
    """An application-wide filter until the font cache's first timer event, then only a
    :class:`_SwallowTimers` on that one object (``cache``)."""

    def __init__(self, app):
        super().__init__()
        self.app = app
        self.blocker = _SwallowTimers()
        self.cache = None

    def eventFilter(self, obj, ev):  # noqa: N802 - Qt's name
        # Sees every event of the application (~30 per drag frame) until the cache is
        # found: isinstance costs ~0.1 µs where ev.type() builds an enum (~2 µs).
        if (isinstance(ev, QTimerEvent) and obj.parent() is None
                and obj.metaObject().className() == "QObject"
                and not Shiboken.createdByPython(obj) and obj.thread() == self.app.thread()):
            self.cache = obj
            obj.installEventFilter(self.blocker)
            self.app.removeEventFilter(self)
            self.blocker.swallowed += 1
            return True
        return False


def keep_font_engines(app=None) -> _FindFontCache:
    """Keep Qt's font engines for the application's lifetime (call once per application).

    Returns
    -------
    _FindFontCache
        Its ``cache`` is Qt's font cache once found (None before), and
        ``blocker.swallowed`` counts the timer events kept from it.
    """
    app = app or QCoreApplication.instance()
    finder = _FindFontCache(app)
    app.installEventFilter(finder)
    _keep.append(finder)
    return finder


def guard():
    """The filter installed by :func:`keep_font_engines` (the latest), or None."""
    return _keep[-1] if _keep else None
