"""ui/fontcache.py: Qt's font cache keeps its engines (its timed eviction made FreeType
map the CJK font files again and again: the soak's RSS growth, docs/RELIABILITY.md)."""
from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QAbstractEventDispatcher, QObject, QTimerEvent
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from infoviz.ui import fontcache


class Ticker(QObject):
    def __init__(self):
        super().__init__()
        self.ticks = 0

    def timerEvent(self, ev):  # noqa: N802 - Qt's name
        self.ticks += 1


def _grow_the_font_cache() -> None:
    """Qt starts the cache's timer once its fonts cost more than a few MB: text in many
    sizes, as switching projector mode and language does over a lecture."""
    img = QImage(600, 160, QImage.Format.Format_ARGB32)
    for px in range(8, 120, 3):
        for bold in (False, True):
            font = QFont()
            font.setPixelSize(px)
            font.setBold(bold)
            p = QPainter(img)
            p.setFont(font)
            p.drawText(10, 140, "엔트로피 교차 entropy 0123456789 ∞‖")
            p.end()


def _timers_of(obj) -> list:
    return QAbstractEventDispatcher.instance().registeredTimers(obj)


def test_the_guarded_object_is_the_one_qt_trims_on_a_timer(window, qtbot):
    """Not circular: once fonts cost over 4 MB Qt registers its trim timer, and the object
    it registers it on is the one the guard filters (found at start-up on Linux, or by its
    first timer event elsewhere, ~10 s later)."""
    guard = fontcache.guard()
    assert guard is not None  # installed with the application by build_window
    mine = Ticker()  # a plain parentless QObject too, but made here: never mistaken for it
    mine.startTimer(20)
    _grow_the_font_cache()
    if guard.cache is None:  # no QFontCache::instance() here
        qtbot.waitUntil(lambda: guard.cache is not None, timeout=20000)
    assert guard.cache is not mine
    assert guard.cache.parent() is None and guard.cache.metaObject().className() == "QObject"
    assert _timers_of(guard.cache), "Qt registered no trim timer on the guarded object"
    # Its timer events never reach it (the eviction never runs); other objects' timers run.
    before = guard.blocker.swallowed
    QApplication.sendEvent(guard.cache, QTimerEvent(_timers_of(guard.cache)[0].timerId))
    assert guard.blocker.swallowed == before + 1
    qtbot.waitUntil(lambda: mine.ticks >= 3, timeout=5000)


def test_the_fallback_finder_takes_only_a_qt_made_parentless_object(window):
    """Where QFontCache::instance() cannot be reached, an application-wide filter takes the
    first timer event of a parentless plain QObject that Qt made: not one made in Python,
    not one with a parent."""
    app = QApplication.instance()
    finder = fontcache._FindFontCache(app)
    app.installEventFilter(finder)
    try:
        mine = Ticker()
        QApplication.sendEvent(mine, QTimerEvent(4242))
        assert finder.cache is None and mine.ticks == 1
        child = Ticker()
        child.setParent(window)
        QApplication.sendEvent(child, QTimerEvent(4242))
        assert finder.cache is None and child.ticks == 1
        guard = fontcache.guard()
        if guard.cache is None:
            pytest.skip("QFontCache::instance() is not reachable here: the first test covers the finder")
        QApplication.sendEvent(guard.cache, QTimerEvent(4242))  # swallowed: Qt never trims
        assert finder.cache is not None
        assert shiboken6.getCppPointer(finder.cache) == shiboken6.getCppPointer(guard.cache)
    finally:
        app.removeEventFilter(finder)


def test_qt_is_not_asked_before_there_is_an_application():
    """A QFontCache made before the QGuiApplication never starts its trim timer: asking
    for it too early would change what Qt does (and hide the growth from the soak)."""
    import subprocess
    import sys
    code = ("from infoviz.ui import fontcache; assert fontcache.qt_font_cache() is None; "
            "from PySide6.QtGui import QGuiApplication; app = QGuiApplication([]); "
            "import sys; sys.exit(0 if sys.platform != 'linux' or fontcache.qt_font_cache() is not None else 3)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr[-2000:]
