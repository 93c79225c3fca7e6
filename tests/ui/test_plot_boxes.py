"""The plots' layout boxes (the PlotItem and its title) paint nothing themselves, so Qt
skips them when it looks for what a repaint crosses; their children still draw."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def test_plot_boxes_have_no_contents_and_titles_still_show(window, qtbot):
    window.show_panel("panel_information")
    qtbot.wait(20)
    plots = [w for w in window.findChildren(pg.PlotWidget) if w.isVisible()]
    assert len(plots) >= 5
    for w in plots:
        pi = w.getPlotItem()
        assert pi.flags() & NO_CONTENTS and pi.titleLabel.flags() & NO_CONTENTS
        if not pi.titleLabel.isVisible() or not pi.titleLabel.text:
            continue
        # the title's text (a child item) is drawn: dark pixels inside its box
        box = w.mapFromScene(pi.titleLabel.mapRectToScene(pi.titleLabel.boundingRect())).boundingRect()
        img = w.grab().toImage()
        background = QColor(w.backgroundBrush().color()).lightness()
        inked = sum(1 for x in range(max(box.left(), 0), min(box.right(), img.width() - 1), 2)
                    for y in range(max(box.top(), 0), min(box.bottom(), img.height() - 1), 2)
                    if abs(QColor(img.pixel(x, y)).lightness() - background) > 100)
        assert inked > 10, w.objectName()
