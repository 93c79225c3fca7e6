"""The axes are painted from pixmaps in Qt's global pixmap cache (plot_utils.cache_axis).
If the cache is smaller than they need, Qt drops them and paints every axis again, ticks
and labels, on every drag frame (27 ms a frame at 3840x2160 with the lecture panels, when
their axes still drew the grids): the app keeps the limit well above what they need."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QGraphicsItem

from infoviz.bench import LECTURE_PANELS

CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache


def _cached_axes_kb(window) -> float:
    total = 0.0
    for plot in window.findChildren(pg.PlotWidget):
        if not plot.isVisible():
            continue
        for axis in plot.getPlotItem().axes.values():
            item = axis["item"]
            if item.isVisible() and item.cacheMode() == CACHED:
                r = item.mapRectToScene(item.boundingRect())
                total += r.width() * r.height() * 4 / 1024  # ARGB32
    return total


def test_pixmap_cache_holds_every_axis_of_a_4k_window_with_panels(window, qtbot):
    window.resize(3840, 2160)
    for name in LECTURE_PANELS:
        window.show_panel(name)
    qtbot.wait(50)
    need = _cached_axes_kb(window)
    assert need > 0
    assert QPixmapCache.cacheLimit() >= max(2 * need, 64 * 1024)
