"""The fit, continuous and code panels, driven with real input events.

Drags are real QMouseEvents (press, moves with the left button held, release) sent to the
plots' viewports; buttons are clicked with qtbot. The numbers the panels show are checked
against infoviz.model, never against the widgets' own arithmetic.
"""
from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QToolButton, QWidget

from infoviz.model import gaussian_entropy, gaussian_kl, get_preset, numeric_entropy, numeric_kl
from infoviz.model.code_snippets import code_snippets

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.MouseButton.NoButton
NOMOD = Qt.KeyboardModifier.NoModifier
HAS_SCIPY = importlib.util.find_spec("scipy") is not None
HAS_TORCH = importlib.util.find_spec("torch") is not None


# -- fixtures and real mouse input ---------------------------------------------------------
@pytest.fixture
def pg_errors(monkeypatch):
    """pyqtgraph's scene only prints exceptions raised in drag/click handlers: record them
    so that a broken handler fails the test."""
    import traceback

    from pyqtgraph import debug

    errors: list = []
    monkeypatch.setattr(debug, "printExc", lambda msg="", indent=4, prefix="|":
                        errors.append(f"{msg}\n{traceback.format_exc()}"))
    yield errors
    assert not errors, "pyqtgraph swallowed exceptions in event handlers:\n" + "\n".join(errors)


@pytest.fixture
def win(qtbot, pg_errors):
    import pyqtgraph as pg

    from infoviz.app import build_window

    w = build_window(["--lang", "en"])
    qtbot.addWidget(w)
    w.resize(1600, 1000)
    w.show()
    qtbot.waitExposed(w)
    pg.setConfigOptions(mouseRateLimit=0)
    assert w.state.undo_stack.count() == 0
    yield w
    for panel in w.panels.values():
        timer = getattr(panel, "timer", None)
        if timer is not None:
            timer.stop()


def show(qtbot, window, name):
    panel = window.show_panel(name)
    qtbot.waitUntil(panel.isVisible, timeout=5000)
    qtbot.wait(20)  # layouts settle: points map through the final geometry
    return panel


def _send(view, kind, pos: QPoint, button, buttons) -> None:
    vp = view.viewport()
    ev = QMouseEvent(kind, QPointF(pos), QPointF(vp.mapToGlobal(pos)), button, buttons, NOMOD)
    QApplication.sendEvent(vp, ev)


def mouse_drag(view, start: QPoint, points) -> QPoint:
    """Press at `start`, move through `points` with the left button held, release at the
    last one (a one-pixel first step makes pyqtgraph start the drag)."""
    view.scene().minDragTime = 0
    _send(view, QEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    _send(view, QEvent.Type.MouseMove, QPoint(start.x() + 1, start.y()), NONE, LEFT)
    last = start
    for p in points:
        _send(view, QEvent.Type.MouseMove, p, NONE, LEFT)
        last = p
    _send(view, QEvent.Type.MouseButtonRelease, last, LEFT, NONE)
    return last


def first_number(text: str) -> float:
    m = re.search(r"[-+]?\d+(?:\.\d+)?", text)
    assert m is not None, f"no number in {text!r}"
    return float(m.group())


# -- every panel shows ---------------------------------------------------------------------
@pytest.mark.parametrize("name", ["panel_fit", "panel_continuous", "panel_code"])
def test_panel_is_visible_after_show_panel(qtbot, win, name):
    assert win.findChild(QWidget, name) is None or not win.findChild(QWidget, name).isVisible()
    panel = show(qtbot, win, name)
    assert panel.objectName() == name
    assert win.findChild(QWidget, name) is panel
    assert panel.isVisible() and panel.width() > 300 and panel.height() > 300


# -- fit panel --------------------------------------------------------------------------------
@pytest.fixture
def fit(qtbot, win):
    panel = show(qtbot, win, "panel_fit")
    qtbot.mouseClick(panel.findChild(QPushButton, "fit_target"), LEFT)
    np.testing.assert_array_equal(win.state.p, get_preset("two-humps").p)
    qtbot.waitUntil(lambda: panel._p is not None and panel._p.size == 24)
    return panel


def test_fit_play_grows_the_trace_and_pause_stops_it(qtbot, win, fit):
    play = fit.findChild(QPushButton, "fit_play")
    assert fit.directions == ("forward", "reverse")
    assert len(fit.traces["forward"]) == 1  # the start only
    qtbot.mouseClick(play, LEFT)
    assert fit.timer.isActive() and play.isChecked()
    qtbot.waitUntil(lambda: len(fit.traces["reverse"]) > 12, timeout=10000)
    # the trace plot draws what the model recorded
    col = fit.columns["reverse"]
    x, y = col.trace_curve.getData()
    assert x.size >= 12 and np.all(np.diff(y) <= 1e-15)
    qtbot.mouseClick(play, LEFT)  # pause
    assert not fit.timer.isActive() and not play.isChecked()
    n = len(fit.traces["reverse"])
    qtbot.wait(250)
    assert len(fit.traces["reverse"]) == n
    assert fit.fits["reverse"].steps_taken == n - 1


def test_fit_timer_runs_at_30_fps_without_blocking(qtbot, win, fit):
    assert fit.timer.interval() <= 1000 / 30
    assert fit.timer.timerType() == Qt.TimerType.PreciseTimer
    # each frame (a few gradient steps for both fits and the repaint) costs far less than
    # a frame's 33 ms of CPU, so the event loop is never blocked
    costs = []
    for _ in range(12):
        t = time.process_time()
        fit._tick()
        QApplication.processEvents()
        costs.append(time.process_time() - t)
    fit.pause()
    assert sorted(costs)[len(costs) // 2] < 0.030, costs
    # and the timer really ticks on its own
    fit.reset()
    fit.frame_times.clear()
    qtbot.mouseClick(fit.findChild(QPushButton, "fit_play"), LEFT)
    qtbot.waitUntil(lambda: len(fit.frame_times) >= 5, timeout=10000)
    fit.pause()


def test_fit_timer_stops_when_the_panel_is_hidden(qtbot, win, fit):
    fit.play()
    assert fit.timer.isActive()
    win.docks["panel_fit"].hide()
    qtbot.waitUntil(lambda: not fit.isVisible())
    assert not fit.timer.isActive()
    assert not fit.findChild(QPushButton, "fit_play").isChecked()


def test_dragging_the_start_moves_mu0_and_reverse_picks_that_hump(qtbot, win, fit):
    col = fit.columns["reverse"]
    before = fit.mu0
    assert abs(before - 23 / 3) < 1e-9
    y = col.y_top * 0.4  # well below the handles
    start = col.point_for(before, y)
    targets = [col.point_for(x, y) for x in (10.0, 13.0, 15.5, 16.0)]
    last = mouse_drag(col.plot, start, targets)
    assert fit.mu0 == pytest.approx(col.x_at(last), abs=1e-9)
    assert abs(fit.mu0 - 16.0) < 0.1 and fit.mu0 != before
    for d in ("forward", "reverse"):  # both fits restarted from the new start
        assert fit.fits[d].steps_taken == 0
        assert fit.fits[d].mu == pytest.approx(fit.mu0)
        assert len(fit.traces[d]) == 1
    assert col.vb.sigma_handle.x() == pytest.approx(fit.mu0 + fit.sigma0)
    # run to the end, fast: reverse settles on the right hump, forward covers both
    fit.speed_combo.setCurrentIndex(2)
    qtbot.mouseClick(fit.findChild(QPushButton, "fit_play"), LEFT)
    qtbot.waitUntil(lambda: not fit.timer.isActive(), timeout=30000)
    rev, fwd = fit.fits["reverse"], fit.fits["forward"]
    assert rev.converged and abs(rev.mu - 17) < 0.5 and rev.sigma < 2.5
    assert fwd.converged and abs(fwd.mu - 11.6) < 0.1 and fwd.sigma > 7
    assert "hump at 17" in col.status.text()
    assert "both humps" in fit.columns["forward"].status.text()


def test_dragging_the_sigma_handle_changes_sigma0(qtbot, win, fit):
    col = fit.columns["forward"]
    mu0, s0 = fit.mu0, fit.sigma0
    handle = col.sigma_handle_point()
    y = col.vb.sigma_handle.y()
    last = mouse_drag(col.plot, handle, [col.point_for(mu0 + s0 + 1.0, y), col.point_for(mu0 + 4.0, y)])
    assert fit.mu0 == mu0  # the handle changes σ₀ only
    assert fit.sigma0 == pytest.approx(col.x_at(last) - mu0, abs=1e-9)
    assert abs(fit.sigma0 - 4.0) < 0.1
    assert fit.fits["forward"].sigma == pytest.approx(fit.sigma0)


def test_use_this_q_is_one_undo_step(qtbot, win, fit):
    step = fit.findChild(QPushButton, "fit_step")
    for _ in range(5):
        qtbot.mouseClick(step, LEFT)
    assert fit.fits["forward"].steps_taken == 5
    fit.direction_combo.setCurrentIndex(1)  # reverse only
    assert fit.directions == ("reverse",)
    for _ in range(3):
        qtbot.mouseClick(step, LEFT)
    q_fit = np.array(fit.fits["reverse"].q)
    count = win.state.undo_stack.count()
    q_before = win.state.q.copy()
    qtbot.mouseClick(fit.findChild(QToolButton, "fit_use_q"), LEFT)
    np.testing.assert_allclose(win.state.q, q_fit, atol=1e-15)
    assert win.state.undo_stack.count() == count + 1
    np.testing.assert_array_equal(win.state.p, get_preset("two-humps").p)  # p untouched
    win.state.undo_stack.undo()
    np.testing.assert_array_equal(win.state.q, q_before)
    # q changed, p did not: the fit carries on where it was
    assert fit.fits["reverse"].steps_taken == 3


def test_fit_family_direction_and_reset(qtbot, win, fit):
    fit.family_combo.setCurrentIndex(1)
    assert fit.family == "logits" and fit.fits["forward"].family == "logits"
    qtbot.mouseClick(fit.findChild(QPushButton, "fit_step"), LEFT)
    assert fit.fits["reverse"].steps_taken == 1
    assert "μ" not in fit.columns["reverse"].readout.text()
    qtbot.mouseClick(fit.findChild(QPushButton, "fit_reset"), LEFT)
    assert all(f.steps_taken == 0 for f in fit.fits.values())
    fit.direction_combo.setCurrentIndex(0)
    assert fit.directions == ("forward",)
    assert fit.columns["forward"].isVisible() and not fit.columns["reverse"].isVisible()
    assert set(fit.fits) == {"forward"}


def test_fit_readout_follows_the_unit(qtbot, win, fit):
    text = fit.columns["forward"].readout.text()
    value_bits = first_number(text)
    assert "bits" in text
    assert value_bits == pytest.approx(fit.fits["forward"].divergence_in("bits"), abs=6e-4)
    win.state.set_unit("nats")
    text = fit.columns["forward"].readout.text()
    assert "nats" in text
    assert first_number(text) == pytest.approx(fit.fits["forward"].divergence, abs=6e-4)


def test_fit_restarts_when_p_changes(qtbot, win, fit):
    fit.step_once()
    win.state.load_preset("default")
    qtbot.waitUntil(lambda: fit._p.size == 6)
    assert all(f.steps_taken == 0 for f in fit.fits.values())
    np.testing.assert_array_equal(fit.fits["forward"].p, win.state.p)


def test_fit_exports(qtbot, win, fit, tmp_path):
    for _ in range(4):
        fit.step_once()
    csv_path = tmp_path / "trace.csv"
    assert fit.export_csv(csv_path)
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("step,forward_divergence_bits,forward_mu,forward_sigma,reverse_divergence_bits")
    assert len(lines) == 1 + 5
    assert float(lines[-1].split(",")[1]) == pytest.approx(fit.fits["forward"].divergence_in("bits"), rel=1e-12)
    assert fit.export_png(tmp_path / "fit.png") and (tmp_path / "fit.png").stat().st_size > 1000
    assert fit.export_svg(tmp_path / "fit.svg") and "<svg" in (tmp_path / "fit.svg").read_text("utf-8")[:2000]


def test_fit_captions_in_korean(qtbot, pg_errors):
    from infoviz.app import build_window

    w = build_window(["--lang", "ko"])
    qtbot.addWidget(w)
    w.resize(1600, 1000)
    w.show()
    qtbot.waitExposed(w)
    panel = show(qtbot, w, "panel_fit")
    assert "질량 덮기" in panel.columns["forward"].caption.text()
    assert "모드 찾기" in panel.columns["reverse"].caption.text()
    assert "D(p‖q)" in panel.columns["forward"].heading.text()
    w.set_language("en")
    assert "Mass-covering" in panel.columns["forward"].caption.text()
    assert "Mode-seeking" in panel.columns["reverse"].caption.text()


def test_fit_in_projector_mode(qtbot, win, fit):
    win.set_projector(True)
    qtbot.wait(50)
    assert fit.columns["forward"].vb.grab_px >= 18
    fit.step_once()
    assert fit.fits["forward"].steps_taken == 1
    win.set_projector(False)


# -- continuous panel -------------------------------------------------------------------------
def check_continuous_readouts(panel, unit="bits"):
    (m1, s1), (m2, s2) = panel.gaussians
    expected = {"entropy_1": gaussian_entropy(s1, unit), "entropy_2": gaussian_entropy(s2, unit),
                "kl_12": gaussian_kl(m1, s1, m2, s2, unit), "kl_21": gaussian_kl(m2, s2, m1, s1, unit)}
    for key, v in expected.items():
        label = panel.findChild(QLabel, f"cont_{key}")
        assert label is not None, key
        assert first_number(label.text()) == pytest.approx(round(v, 4), abs=1e-9), (key, label.text(), v)
        assert unit in label.text()
    numeric = {"entropy_1": numeric_entropy(m1, s1, unit), "entropy_2": numeric_entropy(m2, s2, unit),
               "kl_12": numeric_kl(m1, s1, m2, s2, unit), "kl_21": numeric_kl(m2, s2, m1, s1, unit)}
    for key in expected:
        assert abs(numeric[key] - expected[key]) <= 1e-6
    check = panel.findChild(QLabel, "cont_check")
    assert check.text().startswith("✓") and "1e-6" in check.text()
    return expected


def test_continuous_drag_peak_and_sigma_handle(qtbot, win):
    panel = show(qtbot, win, "panel_continuous")
    check_continuous_readouts(panel)
    m1, s1 = panel.gaussians[0]
    # drag N1's peak to the right: μ follows the pointer, σ stays
    start = panel.peak_point(0)
    y = panel.vb.handles[0][2].y()
    last = mouse_drag(panel.plot, start, [panel.point_for(m1 + 0.5, y), panel.point_for(0.8, y)])
    assert panel.gaussians[0][0] == pytest.approx(panel.x_at(last), abs=1e-9)
    assert abs(panel.gaussians[0][0] - 0.8) < 0.05 and panel.gaussians[0][1] == s1
    check_continuous_readouts(panel)
    # drag N2's σ handle in: σ = pointer − μ; h(N2) goes negative below σ = 0.242
    m2, s2 = panel.gaussians[1]
    start = panel.sigma_point(1)
    y = panel.vb.handles[3][2].y()
    last = mouse_drag(panel.plot, start, [panel.point_for(m2 + 0.35, y), panel.point_for(m2 + 0.15, y)])
    assert panel.gaussians[1][0] == m2
    assert panel.gaussians[1][1] == pytest.approx(panel.x_at(last) - m2, abs=1e-9)
    assert abs(panel.gaussians[1][1] - 0.15) < 0.02
    values = check_continuous_readouts(panel)
    assert values["entropy_2"] < 0
    assert first_number(panel.findChild(QLabel, "cont_entropy_2").text()) < 0
    # the unit follows the main window
    win.state.set_unit("nats")
    check_continuous_readouts(panel, "nats")


def test_scatter_symbol_caches_stay_bounded_over_a_long_lecture(qtbot, win):
    """pyqtgraph renders each scatter symbol once per (pen, brush) object and keeps it: a
    new pen or brush per theme change or per redraw grew those caches for the whole
    lecture. Dragging a Gaussian and toggling projector mode again and again must reuse
    the symbols already rendered."""
    import pyqtgraph as pg

    continuous = show(qtbot, win, "panel_continuous")
    items = []
    for name in ("panel_continuous", "panel_fit", "panel_loss"):
        panel = show(qtbot, win, name)
        for view in panel.findChildren(pg.GraphicsView):
            items += [it for it in view.scene().items() if isinstance(it, pg.ScatterPlotItem)]
    assert len(items) >= 6, "the continuous, fit and loss panels draw their handles as scatter items"

    def cycle():
        show(qtbot, win, "panel_continuous")
        m, _ = continuous.gaussians[0]
        y = continuous.vb.handles[0][2].y()
        mouse_drag(continuous.plot, continuous.peak_point(0),
                   [continuous.point_for(m + 0.2, y), continuous.point_for(m - 0.1, y)])
        for _ in range(2):
            win.set_projector(not win.projector, fullscreen=False)
            qtbot.wait(1)
        for name in ("panel_fit", "panel_loss"):
            show(qtbot, win, name)
        qtbot.wait(1)
        return [len(it.fragmentAtlas) for it in items]

    first = cycle()  # both themes drawn once
    for _ in range(4):
        assert cycle() == first


def test_continuous_drag_outside_handles_changes_nothing(qtbot, win):
    panel = show(qtbot, win, "panel_continuous")
    before = [list(g) for g in panel.gaussians]
    mouse_drag(panel.plot, panel.point_for(-5.0, 1.8), [panel.point_for(4.0, 1.8)])
    assert panel.gaussians == before
    assert win.state.undo_stack.count() == 0  # panel-local: the session is untouched


# -- code panel -------------------------------------------------------------------------------
def test_code_panel_shows_the_current_numbers(qtbot, win):
    panel = show(qtbot, win, "panel_code")
    st = win.state
    texts = {k: panel.findChild(QWidget, f"code_text_{k}").toPlainText() for k in ("numpy", "scipy", "torch")}
    snippets = {s.key: s for s in code_snippets(st.p, st.q, st.unit)}
    for key, text in texts.items():
        for v in st.p:
            assert repr(float(v)) in text
        for line in snippets[key].output.splitlines():
            assert "# " + line in text  # what it prints, shown under the program
    kl = f"{st.summary.values['kl_pq']:.6f}"
    assert kl in texts["numpy"] and kl in texts["scipy"]
    assert 'F.kl_div(q.log(), p, reduction="batchmean")' in texts["torch"]
    # the traps are spelled out
    panel.tabs.setCurrentIndex(2)
    traps = panel.findChild(QLabel, "code_traps").text()
    assert "batchmean" in traps and "natural logarithms" in traps and "reverse of the notation" in traps
    # a change of q rewrites the programs
    st.set_q([0.05, 0.05, 0.2, 0.3, 0.3, 0.1])
    new_kl = f"{st.summary.values['kl_pq']:.6f}"
    assert new_kl != kl
    assert new_kl in panel.findChild(QWidget, "code_text_numpy").toPlainText()
    st.set_unit("nats")
    assert "np.log  # natural log" in panel.findChild(QWidget, "code_text_numpy").toPlainText()


def test_code_copy_puts_the_program_on_the_clipboard(qtbot, win):
    panel = show(qtbot, win, "panel_code")
    panel.tabs.setCurrentIndex(1)
    qtbot.mouseClick(panel.findChild(QPushButton, "code_copy"), LEFT)
    assert QGuiApplication.clipboard().text() == panel.snippets["scipy"].code


def test_code_check_button_state_and_tooltip(qtbot, win):
    panel = show(qtbot, win, "panel_code")
    button = panel.findChild(QPushButton, "code_check")
    assert panel.available == {"scipy": HAS_SCIPY, "torch": HAS_TORCH}
    assert button.isEnabled() == (HAS_SCIPY or HAS_TORCH)
    if not HAS_TORCH:
        assert "pip install torch" in button.toolTip()
    if not HAS_SCIPY:
        assert "pip install scipy" in button.toolTip()


def test_code_check_without_any_library_is_disabled(qtbot, win, monkeypatch):
    from infoviz.ui.panels import code

    monkeypatch.setattr(code, "module_available", lambda name: False)
    panel = win.panels["panel_code"]
    panel.built = False  # rebuilt on show with nothing installed
    for child in panel.children():
        if isinstance(child, QWidget):
            child.deleteLater()
    if panel.layout() is not None:
        QWidget().setLayout(panel.layout())
    show(qtbot, win, "panel_code")
    button = panel.findChild(QPushButton, "code_check")
    assert not button.isEnabled()
    assert "pip install scipy" in button.toolTip() and "pip install torch" in button.toolTip()


@pytest.mark.skipif(not (HAS_SCIPY or HAS_TORCH), reason="neither scipy nor PyTorch is installed")
def test_code_check_runs_the_programs_and_matches_the_readouts(qtbot, win):
    win.state.load_preset("one-hot")  # D(q||p) = inf and zeros in p: the hard case
    panel = show(qtbot, win, "panel_code")
    qtbot.mouseClick(panel.findChild(QPushButton, "code_check"), LEFT)
    assert panel.checking
    assert win.isVisible()  # the window is not blocked while the programs run
    qtbot.waitUntil(lambda: not panel.checking, timeout=120000)
    assert set(panel.results) == set(panel.runnable())
    for key, res in panel.results.items():
        assert res.ok, (key, res.message)
    text = panel.findChild(QLabel, "code_result").text()
    assert text.count("✓") == len(panel.results)
    kl = win.state.summary.values["kl_pq"]
    assert f"= readout {kl:.3f}" in text
    assert panel.tabs.tabText(0).endswith("✓")


def test_no_scipy_or_torch_import_at_launch_or_panel_construction(tmp_path):
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from infoviz.app import build_window\n"
        "w = build_window(['--lang', 'en'])\n"
        "w.show()\n"
        "for name in ('panel_fit', 'panel_continuous', 'panel_code'):\n"
        "    w.show_panel(name)\n"
        "from PySide6.QtWidgets import QApplication\n"
        "QApplication.processEvents()\n"
        "print(sorted(m for m in ('scipy', 'torch', 'matplotlib') if m in sys.modules))\n"
    )
    env = dict(__import__("os").environ, XDG_CONFIG_HOME=str(tmp_path), HOME=str(tmp_path))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1] == "[]", r.stdout
