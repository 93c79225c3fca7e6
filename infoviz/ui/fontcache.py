"""Stop Qt's time-driven font-engine eviction (a workaround for a soak RSS growth).

Qt's per-thread ``QFontCache`` (qfont.cpp) trims itself on a timer (every 10 s, then every
5 min) and deletes the font engines no font holds at that moment. In this app, with the
CJK fallback family set on the application font, the first such eviction (about 5 minutes
after start, whatever the pace of events) is followed by FreeType faces of the same files
being opened again while the old ones stay mapped (NotoSansCJK-*.ttc is 19 MB each): RSS
grows by tens of MB over a lecture. The set of fonts the app uses is small and fixed (two
themes x two languages), so keeping every engine is cheaper than churning them.

QFontCache is private. On Linux it is asked of Qt itself: ``QFontCache::instance()`` is
exported by libQt6Gui (as private API), and only that object's timer events are filtered.
Where that symbol cannot be reached, it is found as the parentless plain QObject, made by
Qt (not from Python) in the main thread, that receives a timer event (its first comes about
10 s after the first text is drawn), by an application-wide filter until then: a filter
that sees every event, and could take another such object (X11's drag-and-drop handler)
for the cache if that one's timer came first.
Found by a soak and gdb: docs/RELIABILITY.md.
"""
from __future__ import annotations

import ctypes
import os
import sys

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimerEvent
from shiboken6 import Shiboken

from .guard import NOT_HANDLED, contained

_keep: list = []  # the filters live as long as the application


class _SwallowTimers(QObject):
    """Filters out every timer event of the object it is installed on (counted)."""

    def __init__(self):
        super().__init__()
        self.swallowed = 0

    @contained(NOT_HANDLED)  # (an error must not reach Qt: see guard)

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

    @contained(NOT_HANDLED)  # (an error must not reach Qt: see guard)

    def eventFilter(self, obj, ev):  # noqa: N802 - Qt's name
        # Sees every event of the application (~30 per drag frame) until the cache is
        # found: isinstance costs ~0.1 µs where ev.type() builds an enum (~2 µs).
        if isinstance(ev, QTimerEvent) and _may_be_font_cache(obj) and obj.thread() == self.app.thread():
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
    cache = qt_font_cache()
    if cache is not None and cache.thread() == app.thread():
        finder.cache = cache
        cache.installEventFilter(finder.blocker)
    else:
        app.installEventFilter(finder)
    _keep.append(finder)
    return finder


#: QFontCache::instance(), mangled as the Itanium C++ ABI (Linux) does.
_INSTANCE_SYMBOL = "_ZN10QFontCache8instanceEv"


def qt_font_cache():
    """This thread's QFontCache as a QObject, from Qt's own ``QFontCache::instance()``, or
    None where it cannot be reached (not Linux, QtGui not loaded, no such symbol) or there
    is no QGuiApplication yet: a cache made before one never starts its trim timer, so
    asking then would change what Qt does later rather than find what it does."""
    from PySide6.QtGui import QGuiApplication
    if QGuiApplication.instance() is None:
        return None
    path = _loaded_library("libQt6Gui.so")
    if path is None:
        return None
    try:
        lib = ctypes.CDLL(path, mode=os.RTLD_NOLOAD)  # the copy Qt uses, never a second
        instance = getattr(lib, _INSTANCE_SYMBOL)
    except (OSError, AttributeError):
        return None
    instance.restype = ctypes.c_void_p
    instance.argtypes = []
    address = instance()
    if not address:
        return None
    # Not owned: Qt deletes it after the application (the wrapper must not be used then;
    # one application per process, as here and in the tests).
    cache = shiboken6.wrapInstance(address, QObject)
    return cache if _may_be_font_cache(cache) else None


def _may_be_font_cache(obj) -> bool:
    """What a QFontCache looks like from Python: a plain QObject (no Q_OBJECT of its own),
    with no parent, that Qt made, not Python."""
    return (obj.parent() is None and obj.metaObject().className() == "QObject"
            and not Shiboken.createdByPython(obj))


def _loaded_library(name: str):
    """The path of the loaded shared library whose file name starts with `name`, or None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        with open("/proc/self/maps") as maps:
            for line in maps:
                # address perms offset dev inode path (the path may hold spaces)
                fields = line.rstrip("\n").split(maxsplit=5)
                path = fields[5] if len(fields) == 6 else ""
                if path.startswith("/") and os.path.basename(path).startswith(name):
                    return path
    except OSError:
        return None
    return None


def guard():
    """The filter installed by :func:`keep_font_engines` (the latest), or None."""
    return _keep[-1] if _keep else None
