"""Teaching panels, part 1: information content, BCE vs MSE, softmax, sampling, formula strip.

Every interaction is real input delivered by Qt: QMouseEvents sent to a plot's viewport or a
slider (press, moves with the button held, release), key clicks, button clicks. The state is
only read, except to set up a situation (a preset, a q with a zero).
"""
from __future__ import annotations

import math
import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (QApplication, QLabel, QPushButton, QSlider, QStyle,  # noqa: E402
                               QStyleOptionSlider, QWidget)

from infoviz.model import (binary_cross_entropy, cross_entropy, entropy, information_content,  # noqa: E402
                           kl_divergence, loss_gradient, mse_loss, nll_samples, sigmoid, softmax)
from infoviz.model.logit_controls import lowest_reachable, smoothed, temperature_at  # noqa: E402

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.MouseButton.NoButton
NOMOD = Qt.KeyboardModifier.NoModifier
PANELS = ("panel_information", "panel_loss", "panel_softmax", "panel_sampling")


# -- fixtures and real input ---------------------------------------------------------------
@pytest.fixture
def pg_errors(monkeypatch):
    """pyqtgraph's scene only prints exceptions raised in mouse handlers: record them."""
    import traceback

    from pyqtgraph import debug

    errors: list[str] = []
    monkeypatch.setattr(debug, "printExc", lambda msg="", indent=4, prefix="|":
                        errors.append(f"{msg}\n{traceback.format_exc()}"))
    yield errors
    assert not errors, "exceptions in pyqtgraph event handlers:\n" + "\n".join(errors)


@pytest.fixture
def win(qtbot, pg_errors):
    import pyqtgraph as pg

    from infoviz.app import build_window
    from infoviz.ui import settings as cfg

    cfg.settings().clear()  # no unit or projector mode remembered from an earlier test's window
    w = build_window(["--lang", "en"])
    qtbot.addWidget(w)
    w.resize(1600, 1000)
    w.show()
    qtbot.waitExposed(w)
    pg.setConfigOptions(mouseRateLimit=0)
    w.state.undo_stack.clear()
    return w


def open_panel(qtbot, win, name):
    panel = win.show_panel(name)
    qtbot.waitUntil(panel.isVisible, timeout=3000)
    qtbot.wait(1)  # layouts settle: point mapping goes through the final geometry
    for plot in panel.findChildren(QWidget):
        if hasattr(plot, "scene") and callable(plot.scene) and plot.scene() is not None \
                and hasattr(plot.scene(), "minDragTime"):
            plot.scene().minDragTime = 0
    return panel


def send(widget, kind, pos: QPoint, button, buttons) -> None:
    ev = QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons, NOMOD)
    QApplication.sendEvent(widget, ev)


def press(widget, pos):
    send(widget, QEvent.Type.MouseButtonPress, pos, LEFT, LEFT)


def move(widget, pos):
    send(widget, QEvent.Type.MouseMove, pos, NONE, LEFT)


def release(widget, pos):
    send(widget, QEvent.Type.MouseButtonRelease, pos, LEFT, NONE)


def drag(widget, start: QPoint, points) -> QPoint:
    """Press at `start`, move (a one-pixel side step first, so a drag starts) through
    `points` with the button held, release at the last one."""
    press(widget, start)
    last = QPoint(start.x() + 1, start.y())
    move(widget, last)
    for p in points:
        last = p
        move(widget, p)
    release(widget, last)
    return last


def view_point(plot, x: float, y: float) -> QPoint:
    """Viewport pixel of data point (x, y) in a pyqtgraph PlotWidget."""
    vb = plot.getPlotItem().getViewBox()
    return plot.mapFromScene(vb.mapViewToScene(QPointF(x, y)))


def view_x(plot, pos: QPoint) -> float:
    vb = plot.getPlotItem().getViewBox()
    return float(vb.mapSceneToView(plot.mapToScene(pos)).x())


def slider_handle(slider: QSlider) -> QPoint:
    opt = QStyleOptionSlider()
    slider.initStyleOption(opt)
    rect = slider.style().subControlRect(QStyle.ComplexControl.CC_Slider, opt,
                                         QStyle.SubControl.SC_SliderHandle, slider)
    return rect.center()


def first_number(text: str) -> float:
    if text.strip().startswith("∞"):
        return math.inf
    m = re.search(r"-?\d+(?:\.\d+)?", text)
    assert m is not None, f"no number in {text!r}"
    return float(m.group())


def label(win, name) -> QLabel:
    w = win.findChild(QLabel, name)
    assert w is not None, f"no QLabel named {name}"
    return w


# -- every panel ---------------------------------------------------------------------------
@pytest.mark.parametrize("name", PANELS)
def test_panel_found_by_object_name_and_visible(qtbot, win, name):
    panel = open_panel(qtbot, win, name)
    assert win.findChild(QWidget, name) is panel
    assert panel.isVisible()
    assert win.docks[name].isVisible()


@pytest.mark.parametrize("name", PANELS)
def test_hidden_panel_does_no_drawing(qtbot, win, name, monkeypatch):
    panel = win.panels[name]
    assert not panel.isVisible()
    calls = []
    monkeypatch.setattr(panel, "refresh", lambda: calls.append(1))
    win.state.set_q(np.full(win.state.n_bins, 1 / win.state.n_bins))
    win.state.set_unit("nats")
    assert calls == []
    win.show_panel(name)
    qtbot.waitUntil(lambda: len(calls) >= 1, timeout=3000)  # catches up once when shown


@pytest.mark.parametrize("name", PANELS)
def test_panels_survive_projector_mode_and_units(qtbot, win, name):
    panel = open_panel(qtbot, win, name)
    win.apply_theme(__import__("infoviz.ui.theme", fromlist=["PROJECTOR"]).PROJECTOR)
    win.state.load_preset("one-hot")
    win.state.set_unit("nats")
    qtbot.wait(5)
    assert panel.isVisible()
    for lab in panel.findChildren(QLabel):
        assert "nan" not in lab.text().lower(), (lab.objectName(), lab.text())


# -- information content --------------------------------------------------------------------
def test_information_heights_are_surprisals_and_lines_are_entropies(qtbot, win):
    panel = open_panel(qtbot, win, "panel_information")
    st = win.state
    for unit in ("bits", "nats"):
        st.set_unit(unit)
        for which, view in (("p", panel.plot_p), ("q", panel.plot_q)):
            expect = information_content(getattr(st, which), unit)
            drawn = np.asarray(view.bars.opts["height"], float)
            np.testing.assert_allclose(drawn, expect, rtol=0, atol=1e-12)
            assert view.h_line.value() == pytest.approx(entropy(getattr(st, which), unit), abs=1e-12)
        assert panel.plot_q.x_line.value() == pytest.approx(cross_entropy(st.p, st.q, unit), abs=1e-12)


def test_information_follows_a_real_histogram_drag_live(qtbot, win):
    panel = open_panel(qtbot, win, "panel_information")
    hist = win.histogram_p
    hist.scene().minDragTime = 0
    start = hist.bar_top(0)
    press(hist.viewport(), start)
    move(hist.viewport(), QPoint(start.x() + 1, start.y()))
    move(hist.viewport(), hist.point_for(0, 0.05))
    # mid-drag (button still held): the surprise bars already follow
    np.testing.assert_allclose(panel.plot_p.bars.opts["height"], information_content(win.state.p), atol=1e-12)
    assert win.state.p[0] == pytest.approx(0.05, abs=0.01)
    release(hist.viewport(), hist.point_for(0, 0.05))
    assert win.state.undo_stack.count() == 1


def test_information_zero_probability_is_capped_infinity_never_nan(qtbot, win):
    panel = open_panel(qtbot, win, "panel_information")
    win.state.load_preset("one-hot")  # p = (1, 0, 0, 0)
    view = panel.plot_p
    heights = np.asarray(view.bars.opts["height"], float)
    assert np.all(np.isfinite(heights))
    assert heights[0] == 0.0
    inf_heights = np.asarray(view.inf_bars.opts["height"], float)
    assert inf_heights.size == 3 and np.all(np.isfinite(inf_heights))
    assert np.all(inf_heights <= panel.cap)
    marks = [m for m in view.inf_marks if m.isVisible()]
    assert len(marks) == 3 and all(m.toPlainText() == "∞" for m in marks)
    assert view.h_line.value() == 0.0  # H(one-hot) = 0


def test_information_width_mode_area_is_entropy(qtbot, win):
    panel = open_panel(qtbot, win, "panel_information")
    box = panel.width_mode
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    view = panel.plot_p
    widths = np.asarray(view.bars.opts["width"], float)
    heights = np.asarray(view.bars.opts["height"], float)
    assert float((widths * heights).sum()) == pytest.approx(entropy(win.state.p), abs=1e-12)


def test_information_surnames_button(qtbot, win):
    panel = open_panel(qtbot, win, "panel_information")
    qtbot.mouseClick(panel.surnames, LEFT)
    assert win.state.preset == "surnames"
    i = win.state.labels.index("맹")
    assert panel.plot_p.bars.opts["height"][i] == pytest.approx(information_content(win.state.p[i]), abs=1e-12)
    assert panel.plot_p.bars.opts["height"][i] > 10  # about 10 bits: a rare surname tells a lot


# -- loss -----------------------------------------------------------------------------------
def check_loss_numbers(win, panel):
    y, z = panel.y, panel.z
    y_hat = sigmoid(z)
    unit = win.state.unit
    bce = binary_cross_entropy(y, y_hat, unit)
    grad_bce = loss_gradient("bce", y, z) / (math.log(2) if unit == "bits" else 1.0)
    expect = {"loss_bce_value": bce, "loss_mse_value": mse_loss(y, y_hat),
              "grad_bce_value": grad_bce, "grad_mse_value": loss_gradient("mse", y, z)}
    for name, v in expect.items():
        text = label(win, name).text()
        assert "nan" not in text.lower()
        assert first_number(text) == pytest.approx(float(f"{v:.3f}"), abs=1e-9), (name, text, v)


def test_loss_lecture_example_then_label_and_prediction(qtbot, win):
    panel = open_panel(qtbot, win, "panel_loss")
    assert panel.y == 1 and sigmoid(panel.z) == pytest.approx(0.6)
    assert first_number(label(win, "loss_bce_value").text()) == 0.737  # the lecture's 0.737 bits
    check_loss_numbers(win, panel)
    # switch the label with a real click on the radio button
    y0 = win.findChild(QWidget, "loss_y0")
    qtbot.mouseClick(y0, LEFT, pos=QPoint(8, y0.height() // 2))
    assert panel.y == 0
    check_loss_numbers(win, panel)
    # move the prediction with the keyboard on the logit slider
    slider = win.findChild(QSlider, "loss_logit")
    slider.setFocus()
    before = panel.z
    for _ in range(5):  # arrows: PageUp/PageDown belong to the presenter clicker
        QTest.keyClick(slider, Qt.Key.Key_Right)
    assert panel.z == pytest.approx(before + 0.5, abs=0.011)
    check_loss_numbers(win, panel)
    assert win.state.undo_stack.count() == 0  # panel-local: not an undo step


def test_loss_drag_prediction_line_into_confidently_wrong_region(qtbot, win):
    panel = open_panel(qtbot, win, "panel_loss")
    plot = panel.loss_plot
    start = view_point(plot, panel.y_hat_line.value(), 2.0)
    last = drag(plot.viewport(), start, [view_point(plot, 0.3, 2.0), view_point(plot, 0.03, 2.0)])
    assert sigmoid(panel.z) == pytest.approx(view_x(plot, last), abs=0.01)
    assert sigmoid(panel.z) < 0.1
    check_loss_numbers(win, panel)
    # confidently wrong, label 1: MSE's gradient has all but vanished, BCE's has not
    g_mse = first_number(label(win, "grad_mse_value").text())
    g_bce = first_number(label(win, "grad_bce_value").text())
    assert abs(g_mse) < 0.07 and abs(g_bce) > 1.2
    assert "Confidently wrong" in label(win, "loss_verdict").text()
    # the z line and the slider followed
    assert panel.z_line.value() == pytest.approx(panel.z, abs=1e-9)
    # now drag the logit line on the gradient plot
    gplot = panel.grad_plot
    last = drag(gplot.viewport(), view_point(gplot, panel.z, 0.5), [view_point(gplot, 4.0, 0.5)])
    assert panel.z == pytest.approx(view_x(gplot, last), abs=0.05)
    check_loss_numbers(win, panel)
    assert win.state.undo_stack.count() == 0


def test_loss_follows_the_unit(qtbot, win):
    panel = open_panel(qtbot, win, "panel_loss")
    win.state.set_unit("nats")
    assert first_number(label(win, "loss_bce_value").text()) == 0.511  # 0.510825... nats
    check_loss_numbers(win, panel)


# -- softmax --------------------------------------------------------------------------------
def test_softmax_logit_drag_changes_q_as_one_undo_step(qtbot, win):
    panel = open_panel(qtbot, win, "panel_softmax")
    st = win.state
    q0 = st.q.copy()
    np.testing.assert_allclose(softmax(panel.logits, panel.temperature), q0, atol=1e-12)  # synced to log q
    plot = win.findChild(QWidget, "softmax_logits_plot")
    assert plot is panel.plot
    vp = plot.viewport()
    start = plot.bar_top(2)
    press(vp, start)
    move(vp, QPoint(start.x() + 1, start.y()))
    move(vp, panel.point_for(2, 1.0))
    mid = st.q.copy()
    assert not np.allclose(mid, q0)  # live during the drag
    assert st.undo_stack.count() == 0
    last = panel.point_for(2, 2.5)
    move(vp, last)
    release(vp, last)
    assert st.undo_stack.count() == 1  # the whole drag: one step
    assert st.logits is not None
    assert st.logits[2] == pytest.approx(panel.value_at(last), abs=1e-9)
    assert st.logits[2] == pytest.approx(2.5, abs=0.1)
    np.testing.assert_allclose(st.q, softmax(st.logits, st.temperature), atol=1e-15)
    assert st.q[2] > q0[2]
    np.testing.assert_allclose(win.histogram_q.bars.opts["height"], st.q)  # main histogram followed
    st.undo_stack.undo()
    np.testing.assert_allclose(st.q, q0, atol=0)


def test_softmax_temperature_keyboard_one_step_each(qtbot, win):
    panel = open_panel(qtbot, win, "panel_softmax")
    st = win.state
    slider = win.findChild(QSlider, "softmax_temperature")
    assert temperature_at(slider.value()) == pytest.approx(1.0)
    logits = panel.logits.copy()
    slider.setFocus()
    QTest.keyClick(slider, Qt.Key.Key_Left)
    QTest.keyClick(slider, Qt.Key.Key_Left)
    t = temperature_at(slider.value())
    assert t < 1.0
    assert st.temperature == pytest.approx(t)
    np.testing.assert_allclose(st.q, softmax(logits, t), atol=1e-15)
    assert entropy(st.q) < entropy(softmax(logits, 1.0))  # cooler: sharper
    assert st.undo_stack.count() == 2
    assert label(win, "softmax_temperature_value").text() == f"T = {t:.2f}"


def test_softmax_temperature_handle_drag_is_one_undo_step(qtbot, win):
    panel = open_panel(qtbot, win, "panel_softmax")
    st = win.state
    slider = win.findChild(QSlider, "softmax_temperature")
    logits = panel.logits.copy()
    h0 = entropy(st.q)
    start = slider_handle(slider)
    press(slider, start)
    for dx in (10, 40, 80, 120):
        move(slider, QPoint(start.x() + dx, start.y()))
    assert st.undo_stack.count() == 0  # still held: live, no step yet
    release(slider, QPoint(start.x() + 120, start.y()))
    assert st.undo_stack.count() == 1
    assert st.temperature > 1.0
    np.testing.assert_allclose(st.q, softmax(logits, st.temperature), atol=1e-15)
    assert entropy(st.q) > h0  # hotter: flatter
    st.undo_stack.undo()
    assert st.temperature == 1.0


def test_softmax_resyncs_to_log_q_after_a_main_window_drag(qtbot, win):
    panel = open_panel(qtbot, win, "panel_softmax")
    hist = win.histogram_q
    hist.scene().minDragTime = 0
    start = hist.bar_top(1)
    drag(hist.viewport(), start, [hist.point_for(1, 0.6)])
    st = win.state
    assert st.logits is None
    np.testing.assert_allclose(softmax(panel.logits, panel.temperature), st.q, atol=1e-12)
    np.testing.assert_allclose(panel.bars.opts["height"], panel.logits)


def test_softmax_label_smoothing_readout_and_apply(qtbot, win):
    panel = open_panel(qtbot, win, "panel_softmax")
    st = win.state
    st.load_preset("one-hot")
    st.undo_stack.clear()
    eps_slider = win.findChild(QSlider, "softmax_epsilon")
    readout = label(win, "softmax_lowest_ce")
    eps_slider.setFocus()
    QTest.keyClick(eps_slider, Qt.Key.Key_Home)
    assert panel.epsilon == 0.0
    assert "H(p′) = 0.000" in readout.text()
    shown = []
    for _ in range(4):
        for _ in range(3):
            QTest.keyClick(eps_slider, Qt.Key.Key_Right)
        eps = panel.epsilon
        low = lowest_reachable(st.p, eps)
        assert f"{low:.3f}" in readout.text()
        shown.append(low)
    assert shown == sorted(shown) and shown[0] > 0  # rises with ε
    button = win.findChild(QPushButton, "softmax_apply_smoothing")
    assert button.isEnabled()
    eps = panel.epsilon
    qtbot.mouseClick(button, LEFT)
    np.testing.assert_allclose(st.p, smoothed([1, 0, 0, 0], eps), atol=1e-15)
    assert st.undo_stack.count() == 1
    # re-applying with another ε smooths the original one-hot, not twice
    QTest.keyClick(eps_slider, Qt.Key.Key_Up)
    qtbot.mouseClick(button, LEFT)
    np.testing.assert_allclose(st.p, smoothed([1, 0, 0, 0], panel.epsilon), atol=1e-15)
    assert st.undo_stack.count() == 2
    # the floor is what q can reach: q = p′ gives H(p′,q) = H(p′)
    assert cross_entropy(st.p, st.p) == pytest.approx(lowest_reachable(st.p, panel.epsilon), abs=1e-12)


# -- sampling -------------------------------------------------------------------------------
def test_sampling_step_play_stop_and_convergence(qtbot, win):
    panel = open_panel(qtbot, win, "panel_sampling")
    st = win.state
    step = win.findChild(QPushButton, "sampling_step")
    step10 = win.findChild(QPushButton, "sampling_step10")
    play = win.findChild(QPushButton, "sampling_play")
    reset = win.findChild(QPushButton, "sampling_reset")
    qtbot.mouseClick(step, LEFT)
    assert panel.stream.n == 1
    qtbot.mouseClick(step10, LEFT)
    assert panel.stream.n == 11
    assert "11" in label(win, "sampling_count").text()
    panel.rate.setValue(2000)
    qtbot.mouseClick(play, LEFT)
    assert panel.playing
    qtbot.waitUntil(lambda: panel.stream.n >= 3000, timeout=10000)
    qtbot.mouseClick(play, LEFT)
    assert not panel.playing
    n = panel.stream.n
    qtbot.wait(100)
    assert panel.stream.n == n  # stopped
    # the same draws as the model's nll_samples for the seed
    ref = nll_samples(st.p, st.q, n, seed=panel.seed.value())
    np.testing.assert_array_equal(panel.stream.outcomes, ref.outcomes)
    mean = panel.stream.mean("bits")
    assert mean == pytest.approx(ref.running_mean[-1], abs=1e-9)
    h = cross_entropy(st.p, st.q)
    se = panel.stream.se("bits")
    assert abs(mean - h) < 4 * se + 1e-9  # converging toward H(p,q)
    assert abs(mean - h) < 0.15
    assert first_number(label(win, "sampling_nll_value").text().split("=")[1]) == pytest.approx(
        float(f"{mean:.3f}"))
    ident = label(win, "sampling_identity").text()
    d = panel.stream.decomposition("bits")
    assert f"{d.cross_entropy:.3f}" in ident and f"{d.entropy:.3f}" in ident and f"{d.kl:.3f}" in ident
    assert d.cross_entropy == pytest.approx(mean, abs=1e-9)  # average NLL = H(p̂,q)
    assert d.entropy + d.kl == pytest.approx(d.cross_entropy, abs=1e-9)
    # the drawn curve and band are finite and the band brackets the mean
    x, y = panel.mean_curve.getData()
    assert np.all(np.isfinite(x)) and np.all(np.isfinite(y))
    qtbot.mouseClick(reset, LEFT)
    assert panel.stream.n == 0


def test_sampling_play_stops_when_hidden(qtbot, win):
    panel = open_panel(qtbot, win, "panel_sampling")
    qtbot.mouseClick(panel.play, LEFT)
    qtbot.waitUntil(lambda: panel.stream.n > 0, timeout=5000)
    win.docks["panel_sampling"].hide()
    qtbot.waitUntil(lambda: not panel.playing, timeout=3000)
    assert not panel.play.isChecked()


def test_sampling_resets_when_q_changes(qtbot, win):
    panel = open_panel(qtbot, win, "panel_sampling")
    qtbot.mouseClick(panel.step10, LEFT)
    assert panel.stream.n == 10
    hist = win.histogram_q
    hist.scene().minDragTime = 0
    drag(hist.viewport(), hist.bar_top(0), [hist.point_for(0, 0.4)])
    assert panel.stream.n == 0
    assert panel.stream.same_source(win.state.p, win.state.q)


def test_sampling_zero_q_gives_infinity_and_names_the_outcome(qtbot, win):
    panel = open_panel(qtbot, win, "panel_sampling")
    st = win.state
    n = st.n_bins
    q = np.full(n, 1.0 / (n - 1))
    q[0] = 0.0  # p[0] > 0: the most likely outcome is impossible under q
    st.set_q(q)
    qtbot.mouseClick(panel.step10, LEFT)
    while panel.stream.infinite_outcome is None:
        qtbot.mouseClick(panel.step10, LEFT)
    assert label(win, "sampling_nll_value").text().endswith("∞")
    ident = label(win, "sampling_identity").text()
    assert st.labels[0] in ident and "q(" in ident
    for lab in panel.findChildren(QLabel):
        assert "nan" not in lab.text().lower()
    x, y = panel.mean_curve.getData()
    assert np.all(np.isfinite(y))
    assert panel.inf_mark.isVisible()


# -- formula strip --------------------------------------------------------------------------
@pytest.fixture
def strip(win):
    from infoviz.ui.panels.formula_strip import install_formula_strip

    s = install_formula_strip(win)
    return s


def test_formula_strip_shows_current_value_and_follows_a_drag(qtbot, win, strip):
    found = win.findChild(QLabel, "formula_strip")
    assert found is strip and strip.isVisible()
    st = win.state
    assert f"{cross_entropy(st.p, st.q):.3f}" in strip.text()
    assert "H(p) + KL(p‖q)" in strip.text()
    hist = win.histogram_q
    hist.scene().minDragTime = 0
    drag(hist.viewport(), hist.bar_top(2), [hist.point_for(2, 0.5)])
    assert f"{cross_entropy(st.p, st.q):.3f} bits" in strip.text()


def test_formula_strip_is_as_tall_as_its_text_through_a_drag(qtbot, win, strip):
    """The strip's height is looked up by the shape of its text (digits as 0) instead of
    laying the text out every frame; after every frame of a drag it must still be exactly
    as tall as the text needs, in both languages and in projector mode."""
    from PySide6.QtGui import QFontMetrics

    bar, hist = win.formula_bar, win.histogram_q
    hist.scene().minDragTime = 0
    fm = QFontMetrics(strip.font())
    assert len({fm.horizontalAdvance(d) for d in "0123456789"}) == 1, "the strip's digits are not tabular"

    def check():
        # the oracle: a plain rich-text QLabel with the same text, font and margins
        probe = QLabel()
        probe.setTextFormat(Qt.TextFormat.RichText)
        probe.setWordWrap(True)
        probe.setFont(strip.font())
        probe.setContentsMargins(*strip.MARGINS)
        probe.setText(strip.text())
        text_h = probe.heightForWidth(strip.width())
        assert abs(strip.height() - text_h) <= 2, (strip.height(), text_h, strip.text())
        m = bar.layout().contentsMargins()
        assert bar.height() == max(bar.combo.sizeHint().height(), strip.height()) + m.top() + m.bottom()
        assert strip.geometry().bottom() < bar.height() and strip.geometry().right() < bar.width()

    for setup in (lambda: None, lambda: win.set_language("ko"), lambda: win.set_projector(True, fullscreen=False)):
        setup()
        qtbot.wait(1)
        for values in ([0.02, 0.3, 0.61, 0.001], [0.0, 0.9, 0.1]):
            for v in values:
                drag(hist.viewport(), hist.bar_top(1), [hist.point_for(1, v)])
                qtbot.wait(1)
                check()


def test_formula_strip_shows_less_of_the_working_when_it_would_take_the_window(qtbot, win, strip):
    """Beside a lesson in projector type at 1440x900 the whole working wrapped to eight
    lines, a third of the window, and squeezed the readouts. The strip keeps to a share
    of the window's height by showing less of the working: never less than the formula and
    its result (and why a measure is infinite). With room to spare it shows all of it."""
    from infoviz.model import cross_entropy
    from infoviz.ui.panels.formula_strip import COMPACT, MAX_HEIGHT_SHARE

    st = win.state
    win.resize(1440, 900)
    qtbot.waitUntil(lambda: win.height() == 900, timeout=3000)
    qtbot.wait(20)
    assert strip.detail == 0 and "H(p) + KL(p‖q)" in strip.text()
    win.panels["panel_lesson"].reveal()  # docked along the bottom, beside the strip
    win.set_projector(True, fullscreen=False)
    qtbot.wait(50)
    assert strip.detail > 0
    assert strip.height() <= win.height() * MAX_HEIGHT_SHARE
    assert f"{cross_entropy(st.p, st.q):.3f}" in strip.text()
    # a drag keeps the chosen detail, and the result follows it
    hist = win.histogram_q
    hist.scene().minDragTime = 0
    drag(hist.viewport(), hist.bar_top(1), [hist.point_for(1, 0.3)])
    assert f"{cross_entropy(st.p, st.q):.3f}" in strip.text()
    assert strip.height() <= win.height() * MAX_HEIGHT_SHARE
    # an infinite measure still says why, however little room there is
    st.set_q([1.0] + [0.0] * (st.n_bins - 1))
    strip.set_measure("kl_pq")
    qtbot.wait(20)
    assert st.summary.values["kl_pq"] == float("inf")
    assert 0 < strip.detail <= COMPACT
    assert "∞" in strip.text() and f"q({st.labels[1]}) = 0" in strip.text()
    # back to normal type in a large window: the whole working again
    win.set_projector(False, fullscreen=False)
    win.resize(1920, 1080)
    qtbot.waitUntil(lambda: win.height() == 1080, timeout=3000)
    qtbot.wait(50)
    strip.set_measure("cross_entropy_pq")
    assert strip.detail == 0 and "H(p) + KL(p‖q)" in strip.text()


def test_formula_strip_text_can_be_selected_when_the_pointer_is_on_it(qtbot, win, strip):
    """The strip paints a cached layout; with the pointer on it, it is a selectable QLabel
    holding the same text, so a student's number can be copied."""
    from PySide6.QtGui import QEnterEvent

    flags = Qt.TextInteractionFlag.TextSelectableByMouse
    assert not strip.textInteractionFlags() & flags
    centre = QPointF(strip.rect().center())
    QApplication.sendEvent(strip, QEnterEvent(centre, centre, QPointF(strip.mapToGlobal(centre.toPoint()))))
    assert strip.textInteractionFlags() & flags
    assert QLabel.text(strip) == strip.text() and "bits" in strip.text()
    win.state.set_unit("nats")  # changes while selectable reach the label too
    assert QLabel.text(strip) == strip.text() and "nats" in QLabel.text(strip)
    QApplication.sendEvent(strip, QEvent(QEvent.Type.Leave))
    assert not strip.textInteractionFlags() & flags


def test_formula_strip_measure_from_readout_click_and_combo(qtbot, win, strip):
    st = win.state
    name = win.findChild(QLabel, "name_kl_pq")
    qtbot.mouseClick(name, LEFT)
    assert strip.key == "kl_pq"
    assert f"{kl_divergence(st.p, st.q):.3f} bits" in strip.text()
    combo = win.findChild(QWidget, "formula_measure")
    combo.setFocus()
    combo.setCurrentIndex(0)  # entropy_p, as picking it from the list does
    assert strip.key == "entropy_p"
    assert f"{entropy(st.p):.3f} bits" in strip.text()
    st.set_unit("nats")
    assert f"{entropy(st.p, 'nats'):.3f} nats" in strip.text() and "ln" in strip.text()


def test_formula_strip_many_bins_and_infinity(qtbot, win, strip):
    st = win.state
    st.set_bins(12)
    text = strip.text()
    assert "…" in text and "9 more" in text
    assert f"{cross_entropy(st.p, st.q):.3f}" in text
    st.load_preset("one-hot")
    win.formula_bar.select("kl_qp")
    text = strip.text()
    assert "∞" in text and "nan" not in text.lower()
    assert "p(dog) = 0" in text


def test_formula_strip_layout_text_reads_the_markup_it_writes():
    from infoviz.ui.panels.formula_strip import layout_text

    text, ranges = layout_text("<b>H &amp; K</b>: 1 &lt; 2<br><span style='color:#d55e00'>∞ <b>x</b></span>"
                               "&nbsp;a < b")
    assert text == "H & K: 1 < 2\u2028∞ x\u00a0a < b"
    assert ranges == [(0, 5, True, None), (13, 2, False, "#d55e00"), (15, 1, True, "#d55e00")]


@pytest.mark.parametrize("preset", ["asymmetry", "one-hot"])
def test_formula_strip_paints_the_text_a_rich_text_document_reads(qtbot, win, strip, preset):
    """The strip paints a QTextLayout made from its rich text (see layout_text): for every
    measure, unit and language, the plain text is the one Qt's own HTML reader gets, and
    the bold and ∞-coloured runs are where the markup puts them."""
    from PySide6.QtGui import QColor, QTextCursor, QTextDocument

    from infoviz.model.summary import MEASURE_KEYS
    from infoviz.ui.panels.formula_strip import layout_text

    win.state.load_preset(preset)
    for lang in ("en", "ko"):
        win.set_language(lang)
        for unit in ("bits", "nats"):
            win.state.set_unit(unit)
            for key in MEASURE_KEYS:
                win.formula_bar.select(key)
                rich = strip.text()
                doc = QTextDocument()
                doc.setHtml(rich)
                text, ranges = layout_text(rich)
                # (toPlainText writes a no-break space as a space)
                assert text.replace("\u2028", "\n").replace("\u00a0", " ") == \
                    doc.toPlainText().replace("\u2028", "\n"), rich
                assert "<" not in text and "&" not in text
                cursor = QTextCursor(doc)
                for start, length, bold, colour in ranges:
                    for k in (start, start + length - 1):  # the format of character k
                        cursor.setPosition(k + 1)
                        fmt = cursor.charFormat()
                        assert (fmt.fontWeight() > 400) == bold, (key, text[start:start + length])
                        if colour:
                            assert fmt.foreground().color() == QColor(colour)
                if "∞" in text:
                    assert any(colour and "∞" in text[s:s + n] for s, n, _, colour in ranges)
                painted = strip.grab().toImage()
                assert not painted.isNull()
                assert strip._layout_obj.text() == text
