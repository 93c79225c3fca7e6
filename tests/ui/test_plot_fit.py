"""Every plot fits its view: a long title may be cut, the plot never is.

pyqtgraph made a title's text width the minimum width of its whole plot, so in a narrow
window the right-hand part of a plot (axis, bars, labels) fell outside its view. Worse, Qt
paints a cached axis that sticks out of the viewport through a path that leaves an orphaned
pixmap in the global QPixmapCache whenever the view shrinks: the soak's memory growth.
"""
from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QApplication


def overflowing(window) -> list[str]:
    out = []
    for view in window.findChildren(pg.PlotWidget):
        if not view.isVisible():
            continue
        item = view.getPlotItem()
        rect = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        if rect.width() > view.viewport().width() + 1:
            out.append(f"{view.objectName()}: {rect.width()} px in a {view.viewport().width()} px view")
    return out


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("projector", [False, True])
def test_no_plot_is_wider_than_its_view_in_a_small_window(window, qtbot, lang, projector):
    window.set_language(lang)
    window.set_projector(projector, fullscreen=False)
    for name in ("panel_information", "panel_loss"):
        window.show_panel(name)
    window.resize(1180, 774)
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(20)
    assert overflowing(window) == []
