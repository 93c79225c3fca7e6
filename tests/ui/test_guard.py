"""An exception where Qt calls Python (a paint, a bounding rect) is reported and stops at
the item that raised it: the rest of the window paints and the app keeps running."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QRectF

from classes import build_every_panel, every_subclass
from infoviz.ui import guard
from infoviz.ui.guard import contained


@pytest.mark.contained_errors
def test_contained_reports_once_after_the_call_and_returns_the_fallback(qtbot):
    class Thing:
        calls = 0

        @contained(QRectF)
        def rect(self):
            Thing.calls += 1
            raise OverflowError("too tall")

        @contained()
        def draw(self, p):
            return p

    thing = Thing()
    before = guard.contained_count
    with qtbot.captureExceptions() as caught:
        assert thing.rect() == QRectF() and thing.rect() == QRectF()
        assert not caught  # never from inside the call (the hook shows a banner)
        qtbot.wait(20)
    assert [e[0] for e in caught] == [OverflowError]  # the same error twice: reported once
    assert guard.contained_count == before + 2 and Thing.calls == 2
    assert thing.draw(7) == 7  # no error: the method's own result


@pytest.mark.contained_errors
def test_a_failing_bars_paint_leaves_the_rest_of_the_plot_drawn(window, qtbot):
    """The q bars' paint raises: its plot still draws its axes and the other items (the p
    ghost outline), and the error reaches the excepthook once."""
    from PySide6.QtGui import QColor

    hist = window.histogram_q
    bars = hist.bars
    before = hist.grab().toImage()

    def boom(*_args):
        raise OverflowError("a bar beyond any pixel")

    with qtbot.captureExceptions() as caught:
        bars._plan = boom
        bars._device = None
        bars.update()
        after = hist.grab().toImage()
        qtbot.wait(30)
    assert [e[0] for e in caught] == [OverflowError]
    q = QColor(window.theme.q).rgb()
    counts = [sum(img.pixel(x, y) == q for x in range(0, img.width(), 3) for y in range(0, img.height(), 3))
              for img in (before, after)]
    assert counts[0] > 100 and counts[1] == 0  # the bars are gone, only they
    axis = hist.getPlotItem().getAxis("left")
    box = axis.mapRectToScene(axis.boundingRect()).toRect()
    box = hist.mapFromScene(box).boundingRect() & hist.viewport().rect()
    assert before.copy(box) == after.copy(box)  # the axis drew as before
    del bars._plan  # the class's own again
    bars._device = None
    bars.update()
    assert hist.grab().toImage() == before


@pytest.mark.parametrize("where", ["ours", "pyqtgraph"])
def test_an_exception_in_a_paint_does_not_end_the_app(sandbox, where):
    """In the app as launched (its excepthook, its event loop): an exception raised in
    the bars' paint, or in pyqtgraph's own axis paint, while a bar is dragged. Both were a
    segmentation fault in PySide6 6.11.3 (the exception left set inside Qt's paint)."""
    script = textwrap.dedent(f"""
        import faulthandler, sys
        faulthandler.enable()
        from PySide6.QtCore import QStandardPaths, QTimer
        QStandardPaths.setTestModeEnabled(True)
        from PySide6.QtWidgets import QApplication
        import pyqtgraph as pg
        from infoviz.app import build_window
        from infoviz.ui.crash import install_excepthook, log_path
        win = build_window(["--lang", "en"])
        install_excepthook(win)
        win.resize(1200, 800)
        win.show()
        app = QApplication.instance()
        def boom(*args):
            raise OverflowError("boom")
        if "{where}" == "ours":
            win.histogram_q.bars._plan = boom
            win.histogram_q.bars._device = None
        else:  # inside pyqtgraph's own paint of the axes
            pg.AxisItem.generateDrawSpecs = boom
            for name in ("left", "bottom"):
                axis = win.histogram_q.getPlotItem().getAxis(name)
                axis.picture = None
                axis.update()
        def step(k=[0]):
            k[0] += 1
            win.state.begin_drag("q", 1) if k[0] == 1 else win.state.drag_to(0.1 + 0.02 * k[0])
            win.histogram_q.viewport().update()
        timer = QTimer(); timer.timeout.connect(step); timer.start(10)
        QTimer.singleShot(400, app.quit)
        app.exec()
        win.state.end_drag()
        print("alive", "OverflowError" in log_path().read_text())
    """)
    run = subprocess.run([sys.executable, "-c", script], env=sandbox, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "alive True" in run.stdout, (run.stdout, run.stderr[-2000:])


@pytest.mark.contained_errors
def test_an_error_in_a_drag_move_is_reported_and_the_drag_still_ends(window, qtbot, monkeypatch):
    """The histogram's own mouse-move handler (the short way of a drag) contains an error:
    the move is lost, the next ones and the release work."""
    import drag

    hist = window.histogram_q
    drag.press(hist, 2)
    drag.move(hist, hist.point_for(2, 0.4))
    real = hist.vb.mapSceneToView
    with qtbot.captureExceptions() as caught:
        monkeypatch.setattr(hist.vb, "mapSceneToView", lambda *_a: 1 / 0)
        drag.move(hist, hist.point_for(2, 0.7))
        monkeypatch.setattr(hist.vb, "mapSceneToView", real)
        qtbot.wait(20)
    assert [e[0] for e in caught] == [ZeroDivisionError]
    assert window.state.q[2] == pytest.approx(hist.value_at(hist.point_for(2, 0.4)), abs=1e-12)
    pos = drag.move(hist, hist.point_for(2, 0.6))
    drag.release(hist, pos)
    assert window.state.dragging is None
    assert window.state.q[2] == pytest.approx(hist.value_at(pos), abs=1e-12)


def _qt_own(method) -> bool:
    """Whether `method` is a Qt class's own (C++) method, set as a class attribute."""
    owner = getattr(method, "__objclass__", None)
    return type(method).__name__ == "method_descriptor" and getattr(owner, "__module__", "").startswith("PySide6.")


def test_every_method_qt_calls_on_the_paint_and_event_path_is_contained(window):
    """Each paint, paintEvent, boundingRect, shape, event, eventFilter, Qt event handler
    (resizeEvent, keyPressEvent...), size hint, focus chain and itemChange that the app
    defines (panels built), and each paint, paintEvent, boundingRect, shape, itemChange and
    Qt event handler of pyqtgraph's items, views and scene, contains its errors: one that
    does not is a crash waiting for its first exception."""
    import shiboken6

    from infoviz.attr_lookup import own_qt_overrides

    build_every_panel(window)
    ours = ("paint", "paintEvent", "boundingRect", "shape", "event", "eventFilter")
    pyqtgraph_items = set(guard.pyqtgraph_classes())  # (its other widgets are not the app's)
    checked, bare = 0, []
    for cls in set(every_subclass(shiboken6.Shiboken.Object)):
        if cls.__module__.startswith("infoviz.ui"):
            names = ours + tuple(n for n in own_qt_overrides(cls) if n.endswith("Event") or n in (
                "sizeHint", "minimumSizeHint", "focusNextPrevChild", "itemChange"))
        elif cls in pyqtgraph_items:
            names = tuple(guard.FALLBACKS) + tuple(
                n for n in own_qt_overrides(cls) if n.endswith("Event") or n == "itemChange")
        else:
            continue
        for name in names:
            method = vars(cls).get(name)
            if _qt_own(method):
                continue  # Qt's C++ method itself (lean_plot): no Python runs
            if callable(method) and not isinstance(method, type):
                checked += 1
                if not getattr(method, "_contained", False):
                    bare.append(f"{cls.__module__}.{cls.__qualname__}.{name}")
    assert checked > 70 and not bare, bare
