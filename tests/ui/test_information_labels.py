"""The information panel's line labels never cover the values over the bars.

The situation is made with the keyboard, as a lecturer would: U resets both p and q to
uniform, where every outcome's surprise equals the entropy, so each value sits exactly on
the entropy line, where the label used to be.
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from infoviz.ui.theme import NORMAL, PROJECTOR  # noqa: E402


@pytest.fixture
def win(window, qtbot):
    """The shared main window (tests/ui/conftest.py) at 1600x1000."""
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.width() == 1600, timeout=3000)
    return window


def on_screen(view, item) -> QRectF:
    """Where an unscaled text item is drawn, in the view's pixels (its sceneBoundingRect
    would scale its pixel rect by the view's transform)."""
    at = QPointF(view.mapFromScene(item.scenePos()))
    return item.boundingRect().translated(at)


def label_boxes(view):
    labels = [view.h_label] + ([view.x_label] if view.which == "q" and view.x_line.isVisible() else [])
    return [on_screen(view, lab) for lab in labels]


@pytest.mark.parametrize("theme", [NORMAL, PROJECTOR], ids=["normal", "projector"])
def test_line_labels_step_aside_from_values_on_their_line(qtbot, win, theme):
    win.apply_theme(theme)
    panel = win.show_panel("panel_information")
    qtbot.waitUntil(panel.isVisible, timeout=3000)
    win.histogram_q.setFocus()
    QTest.keyClick(win.histogram_q, Qt.Key.Key_U)
    n = win.state.n_bins
    qtbot.waitUntil(lambda: np.allclose(win.state.q, 1 / n) and np.allclose(win.state.p, 1 / n), timeout=3000)

    def nothing_covered():  # labels are placed again from the event loop after a resize
        return all(not any(lab.intersects(on_screen(view, v)) for lab in label_boxes(view)
                           for v in view.value_items if v.isVisible())
                   for view in (panel.plot_p, panel.plot_q))

    qtbot.waitUntil(nothing_covered, timeout=3000)
    for view in (panel.plot_p, panel.plot_q):
        values = [on_screen(view, v) for v in view.value_items if v.isVisible()]
        assert len(values) == n
        labels = label_boxes(view)
        vb = view.getPlotItem().getViewBox()
        plot_area = QRectF(view.mapFromScene(vb.sceneBoundingRect()).boundingRect())
        for k, lab in enumerate(labels):
            assert not any(lab.intersects(v) for v in values), (view.which, k, lab, values, tuple(view.h_label.anchor))
            assert plot_area.adjusted(-1, -1, 1, 1).contains(lab), (view.which, k)
            assert not any(lab.intersects(other) for other in labels[k + 1:])
        # H's label still touches its line: just above or just below it
        line_y = view.mapFromScene(vb.mapViewToScene(QPointF(0.0, view.h_line.value()))).y()
        assert min(abs(labels[0].top() - line_y), abs(labels[0].bottom() - line_y)) < 1.5
