"""ui/fontcache.py: Qt's font cache keeps its engines (its timed eviction made FreeType
map the CJK font files again and again: the soak's RSS growth, docs/RELIABILITY.md)."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QImage, QPainter

from infoviz.ui import fontcache


class Ticker(QObject):
    def __init__(self):
        super().__init__()
        self.ticks = 0

    def timerEvent(self, ev):  # noqa: N802 - Qt's name
        self.ticks += 1


def test_the_font_cache_is_found_and_only_its_timers_are_kept_from_it(window, qtbot):
    guard = fontcache.guard()
    assert guard is not None  # installed with the application by build_window
    mine = Ticker()  # a plain parentless QObject too, but made here: never mistaken for it
    mine.startTimer(20)
    # Qt starts the cache's timer once its fonts cost more than a few MB: text in many
    # sizes, as switching projector mode and language does over a lecture.
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
    qtbot.waitUntil(lambda: guard.cache is not None, timeout=20000)  # Qt's first trim: ~10 s
    assert guard.cache is not mine
    assert guard.cache.parent() is None and guard.cache.metaObject().className() == "QObject"
    qtbot.waitUntil(lambda: mine.ticks >= 3, timeout=5000)
    assert guard.blocker.swallowed >= 1
