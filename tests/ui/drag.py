"""Real mouse input for the histograms: QMouseEvents sent to the view's viewport.

`qtbot.mouseMove` cannot hold a button down, so a drag is built by hand: a press on the
bar, moves with the left button held, a release. Everything goes through Qt's event
delivery (viewport -> QGraphicsView -> pyqtgraph's scene -> BarViewBox), exactly as a
real pointer would; nothing here calls the state.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.MouseButton.NoButton
NOMOD = Qt.KeyboardModifier.NoModifier

#: The six readouts, objectName readout_<key>.
MEASURE_KEYS = ("entropy_p", "entropy_q", "cross_entropy_pq", "cross_entropy_qp", "kl_pq", "kl_qp")

#: Pixels above/below the plot that certainly map beyond [0, 1].
FAR = 2000


def _send(hist, kind, pos: QPoint, button, buttons, modifiers=NOMOD) -> None:
    vp = hist.viewport()
    ev = QMouseEvent(kind, QPointF(pos), QPointF(vp.mapToGlobal(pos)), button, buttons, modifiers)
    QApplication.sendEvent(vp, ev)


def press(hist, index: int, pos: QPoint | None = None) -> QPoint:
    """Press the left button on bar `index` (at its top centre unless `pos` is given)."""
    pos = hist.bar_top(index) if pos is None else pos
    _send(hist, QEvent.Type.MouseButtonPress, pos, LEFT, LEFT)
    return pos


def move(hist, pos: QPoint, held: bool = True) -> QPoint:
    """Move the pointer to viewport `pos`, with the left button held (or no button)."""
    _send(hist, QEvent.Type.MouseMove, pos, NONE, LEFT if held else NONE)
    return pos


def release(hist, pos: QPoint) -> QPoint:
    """Release the left button at viewport `pos`."""
    _send(hist, QEvent.Type.MouseButtonRelease, pos, LEFT, NONE)
    return pos


def double_click(hist, index: int) -> QPoint:
    """A real double click on bar `index`: press, release, double-click, release."""
    pos = hist.point_for(index, min(0.5, float(hist.bars.opts["height"][index]) / 2))
    press(hist, index, pos)
    release(hist, pos)
    _send(hist, QEvent.Type.MouseButtonDblClick, pos, LEFT, LEFT)
    release(hist, pos)
    return pos


def target(hist, index: int, value: float) -> QPoint:
    """Where to point to ask for `value` on bar `index`; values beyond [0, 1] (e.g. ±inf)
    point far outside the plot, which must clamp."""
    if value == float("inf") or value > 10:
        p = hist.point_for(index, 1.0)
        return QPoint(p.x(), p.y() - FAR)
    if value == float("-inf") or value < -10:
        p = hist.point_for(index, 0.0)
        return QPoint(p.x(), p.y() + FAR)
    return hist.point_for(index, value)


def drag(hist, index: int, values, start: QPoint | None = None) -> QPoint:
    """Drag bar `index` through `values` (data coordinates; ±inf = far beyond the axis)
    and release at the last one. Returns the pixel of the release, the point whose value
    the bar must end at (pixels are integers, so use ``hist.value_at(returned)``).

    A move onto the press point itself starts no drag in pyqtgraph, so when the first
    target is the press pixel, a one-pixel side step (inside the bar's column) comes first.
    """
    values = list(values)
    if not values:
        raise ValueError("drag needs at least one target value")
    start = press(hist, index, start)
    points = [target(hist, index, v) for v in values]
    if points[0] == start:
        points.insert(0, QPoint(start.x() + 1, start.y()))
    for pos in points:
        move(hist, pos)
    release(hist, points[-1])
    return points[-1]


# -- keys and what the window shows ------------------------------------------------------
def key(window, k, modifiers=NOMOD) -> None:
    """Press and release key `k` where a real key press would go: the focus widget (the
    window itself if nothing inside it has the focus). Shortcuts fire as for a real key."""
    from PySide6.QtTest import QTest

    w = QApplication.focusWidget()
    if w is None or w.window() is not window:
        w = window
    QTest.keyClick(w, k, modifiers)


def first_number(text: str) -> float:
    """The first number in a readout's text, or math.inf for "∞" (the whole text)."""
    import math
    import re

    if text.strip() == "∞":
        return math.inf
    m = re.search(r"[-+]?\d+(?:\.\d+)?", text)
    if m is None:
        raise AssertionError(f"no number in {text!r}")
    return float(m.group())


def expected_readouts(state) -> dict:
    """The six measures of the state, computed by the model (not the widgets)."""
    from infoviz.model import cross_entropy, entropy, kl_divergence

    p, q, u = state.p, state.q, state.unit
    return {
        "entropy_p": entropy(p, u), "entropy_q": entropy(q, u),
        "cross_entropy_pq": cross_entropy(p, q, u), "cross_entropy_qp": cross_entropy(q, p, u),
        "kl_pq": kl_divergence(p, q, u), "kl_qp": kl_divergence(q, p, u),
    }


def check_readouts(window) -> dict:
    """Assert each readout_<key> label shows the model's value to 3 decimals, or exactly
    "∞"; return the texts."""
    import math

    from PySide6.QtWidgets import QLabel

    texts = {}
    for k, v in expected_readouts(window.state).items():
        label = window.findChild(QLabel, f"readout_{k}")
        assert label is not None, f"no QLabel named readout_{k}"
        text = label.text()
        texts[k] = text
        assert "nan" not in text.lower(), (k, text)
        if math.isinf(v):
            assert text == "∞", f"readout_{k} shows {text!r}; the model says ∞"
        else:
            shown = first_number(text)
            assert shown == float(f"{v:.3f}"), f"readout_{k} shows {text!r}; the model says {v!r}"
    return texts
