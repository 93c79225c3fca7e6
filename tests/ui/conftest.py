"""Fixtures for the GUI tests: a real, shown main window driven by real input events.

Run offscreen: ``QT_QPA_PLATFORM=offscreen pytest tests/ui`` (set here too, if unset).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # `import drag` from the tests (tests/ui has no __init__.py)
    sys.path.insert(0, str(HERE))

ROOT = HERE.parents[1]
WIDTH, HEIGHT = 1440, 900

# pyqtgraph as the app imports it (its Qt mirrors filled on use, ui/pyqtgraph_import.py),
# before any test module here imports it the ordinary way.
from infoviz.ui.pyqtgraph_import import import_pyqtgraph  # noqa: E402

import_pyqtgraph()


@pytest.fixture(autouse=True)
def contained_errors_fail(request):
    """An exception that the app's guard contained (a paint, an event handler: see
    infoviz/ui/guard.py) fails the test that caused it, unless the test is marked
    ``contained_errors``: the guard keeps the app running, and the window's crash hook
    would only print it."""
    from infoviz.ui import guard

    guard.forget()
    before = guard.contained_count
    yield
    if request.node.get_closest_marker("contained_errors") is None and guard.contained_count != before:
        pytest.fail("errors contained by the guard:\n" + "\n".join(guard.recent), pytrace=False)


@pytest.fixture
def pyqtgraph_errors(monkeypatch):
    """pyqtgraph's scene catches exceptions raised by drag/click/hover handlers and only
    prints them (``debug.printExc``): record them so a test fails instead of passing with
    a broken handler."""
    import traceback

    from pyqtgraph import debug

    errors: list[str] = []

    def record(msg="", indent=4, prefix="|"):
        errors.append(f"{msg}\n{traceback.format_exc()}")

    monkeypatch.setattr(debug, "printExc", record)
    yield errors
    assert not errors, "pyqtgraph swallowed exceptions in event handlers:\n" + "\n".join(errors)


@pytest.fixture
def sandbox(tmp_path, monkeypatch):
    """Fresh settings, autosave and cache directories for this test only: the app
    remembers the unit, geometry, projector mode... and each window must start from the
    same defaults whatever an earlier test left behind. Returns the environment for a
    subprocess."""
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        d = tmp_path / var.lower()
        d.mkdir()
        monkeypatch.setenv(var, str(d))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    return dict(os.environ)


@pytest.fixture
def window(sandbox, qtbot, pyqtgraph_errors):
    """The main window (English, default preset), 1440x900, shown and exposed, with every
    mouse move delivered (no rate limit, no minimum drag time)."""
    import pyqtgraph as pg

    from infoviz.app import build_window

    win = build_window(["--lang", "en"])
    qtbot.addWidget(win)
    win.resize(WIDTH, HEIGHT)
    win.show()
    qtbot.waitExposed(win)
    pg.setConfigOptions(mouseRateLimit=0)
    for hist in (win.histogram_p, win.histogram_q):
        hist.scene().minDragTime = 0
    win.activateWindow()
    win.setFocus()
    qtbot.wait(1)  # let layouts settle so bar_top/point_for map through the final geometry
    st = win.state
    # what the tests take for granted (a leftover setting or autosave must not change it)
    assert st.undo_stack.count() == 0
    assert st.unit == "bits"
    assert st.n_bins >= 6 and (st.p > 0).all() and (st.q > 0).all(), (st.p, st.q)
    assert st.dragging is None
    return win


@pytest.fixture
def hist(window):
    """The histogram of q (the one lecturers drag most)."""
    return window.histogram_q


@pytest.fixture
def plot(qtbot):
    """A bare white pyqtgraph plot, 300x300, x from -0.5 to 2.5 and y from 0 to 1, shown."""
    import pyqtgraph as pg
    w = pg.PlotWidget()
    qtbot.addWidget(w)
    w.setBackground("w")
    w.hideAxis("left")
    w.hideAxis("bottom")
    w.setXRange(-0.5, 2.5, padding=0)
    w.setYRange(0, 1, padding=0)
    w.resize(300, 300)
    w.show()
    qtbot.waitExposed(w)
    return w
