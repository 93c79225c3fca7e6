"""ui/fontcache.py: Qt's font cache keeps its engines (its timed eviction made FreeType
map the CJK font files again and again: the soak's RSS growth, docs/RELIABILITY.md)."""
from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QObject, QTimerEvent
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


def test_the_font_cache_is_found_and_only_its_timers_are_kept_from_it(window, qtbot):
    guard = fontcache.guard()
    assert guard is not None  # installed with the application by build_window
    mine = Ticker()  # a plain parentless QObject too, but made here: never mistaken for it
    mine.startTimer(20)
    if guard.cache is None:  # no QFontCache::instance() here: found by its first timer (~10 s)
        _grow_the_font_cache()
        qtbot.waitUntil(lambda: guard.cache is not None, timeout=20000)
    assert guard.cache is not mine
    assert guard.cache.parent() is None and guard.cache.metaObject().className() == "QObject"
    # Qt's own timer fires ~10 s after the cache first costs over 4 MB, if ever in a test
    # process: a timer event sent to the cache shows the same path, deterministically
    # (swallowed: the cache's timerEvent, its eviction, never runs).
    before = guard.blocker.swallowed
    QApplication.sendEvent(guard.cache, QTimerEvent(4242))
    assert guard.blocker.swallowed == before + 1
    qtbot.waitUntil(lambda: mine.ticks >= 3, timeout=5000)  # other objects' timers still run


@pytest.mark.skipif(fontcache.qt_font_cache() is None, reason="QFontCache::instance() is not reachable here")
def test_asking_qt_and_the_fallback_finder_name_the_same_object(window):
    """Where Qt's own QFontCache::instance() answers (Linux), the guard uses it from the
    start; the application-wide finder used elsewhere takes the same object, and not a
    Python-made parentless QObject, by its timer events (sent here: each is swallowed)."""
    guard = fontcache.guard()
    assert guard.cache is not None  # at once: no application-wide filter was needed
    app = QApplication.instance()
    finder = fontcache._FindFontCache(app)
    app.installEventFilter(finder)
    try:
        mine = Ticker()
        QApplication.sendEvent(mine, QTimerEvent(4242))
        assert finder.cache is None and mine.ticks == 1
        QApplication.sendEvent(guard.cache, QTimerEvent(4242))  # swallowed: Qt never trims
        assert finder.cache is not None
        assert shiboken6.getCppPointer(finder.cache) == shiboken6.getCppPointer(guard.cache)
        assert shiboken6.getCppPointer(fontcache.qt_font_cache()) == shiboken6.getCppPointer(guard.cache)
    finally:
        app.removeEventFilter(finder)
