"""The measures plot's names (H(p), H(p,q), KL(p‖q), ...) never run into one another:
in a narrow plot (projector type with a panel open beside it) they take smaller type."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtGui import QFontMetricsF  # noqa: E402

from infoviz.ui.measures_plot import TICKS, X  # noqa: E402


@pytest.fixture
def win(window, qtbot):
    """The shared main window (tests/ui/conftest.py) at 1920x1080, in Korean."""
    window.set_language("ko")
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920, timeout=3000)
    return window


def spacing_and_widest(plot):
    axis = plot.getPlotItem().getAxis("bottom")
    vb = plot.getPlotItem().getViewBox()
    (x0, x1), _ = vb.viewRange()
    per_unit = vb.width() / (x1 - x0)
    spacing = min(X[i + 1] - X[i] for i in range(len(X) - 1)) * per_unit
    font = axis.style["tickFont"] or plot.font()
    return spacing, max(QFontMetricsF(font).horizontalAdvance(t) for t in TICKS), font.pointSize()


def test_names_take_smaller_type_only_when_the_plot_is_narrow(qtbot, win):
    plot = win.measures_plot
    spacing, widest, size = spacing_and_widest(plot)
    assert widest < spacing
    assert size == win.theme.font_pt  # room enough: the theme's type

    win.set_projector(True, fullscreen=False)
    win.show_panel("panel_loss")  # the right column narrows
    qtbot.waitUntil(lambda: win.panels["panel_loss"].isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: plot.tick_pt is not None and plot.tick_pt < win.theme.font_pt, timeout=3000)
    spacing, widest, size = spacing_and_widest(plot)
    assert widest < spacing, (widest, spacing, size)
    assert size < win.theme.font_pt

    win.set_projector(False)
    win.docks["panel_loss"].close()
    qtbot.waitUntil(lambda: plot.tick_pt == win.theme.font_pt, timeout=3000)
