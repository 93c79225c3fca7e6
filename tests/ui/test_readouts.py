"""The six readouts always show what the model computes for the state on screen.

Each ``readout_<key>`` QLabel's first number is the model's value (infoviz.model, not the
widgets' own arithmetic) to three decimals in the current unit, or exactly "∞".
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QLabel

import drag
from drag import MEASURE_KEYS, check_readouts, expected_readouts, first_number


def test_every_readout_exists_with_a_separate_name(window):
    for key in MEASURE_KEYS:
        value = window.findChild(QLabel, f"readout_{key}")
        assert value is not None, key
        assert value.isVisible(), key
        first_number(value.text())  # a number or ∞, not the measure's name
        name = window.findChild(QLabel, f"name_{key}")
        assert name is not None and name.text().strip() and name.text() != value.text(), key


def test_readouts_at_start(window):
    check_readouts(window)


def test_readouts_follow_a_drag(window):
    drag.drag(window.histogram_q, 2, [0.2, 0.55])
    check_readouts(window)
    drag.drag(window.histogram_p, 0, [0.9])
    check_readouts(window)


@pytest.mark.parametrize("which", ["p", "q"])
def test_readouts_follow_the_unit(window, which):
    st = window.state
    drag.drag(window.histogram_p if which == "p" else window.histogram_q, 1, [0.45])
    bits = check_readouts(window)
    st.set_unit("nats")
    assert st.unit == "nats"
    nats = check_readouts(window)
    for key in MEASURE_KEYS:  # the same measure, shown in the other unit: ×ln 2
        b, n = first_number(bits[key]), first_number(nats[key])
        assert n == pytest.approx(b * math.log(2), abs=2e-3), key
    assert any(bits[k] != nats[k] for k in MEASURE_KEYS)
    drag.drag(window.histogram_q, 4, [0.05])  # and a drag while in nats
    check_readouts(window)
    st.set_unit("bits")
    check_readouts(window)


def test_unit_switch_is_not_an_undo_step(window):
    window.state.set_unit("nats")
    assert window.state.undo_stack.count() == 0


@pytest.mark.parametrize("preset", ["fair-coin", "biased-coin", "fair-die", "one-hot", "asymmetry"])
@pytest.mark.parametrize("unit", ["bits", "nats"])
def test_readouts_for_the_lecture_presets(window, preset, unit):
    window.state.load_preset(preset)
    window.state.set_unit(unit)
    texts = check_readouts(window)
    if preset == "one-hot":  # p = (1,0,0,0): H(p) = 0, and q > 0 where p = 0 makes KL(q‖p) infinite
        assert first_number(texts["entropy_p"]) == 0.0
        assert texts["kl_qp"] == "∞" and texts["cross_entropy_qp"] == "∞"
        assert texts["kl_pq"] != "∞"


def test_identity_shown_on_screen(window):
    """H(p,q) = H(p) + KL(p‖q), as displayed (to rounding)."""
    drag.drag(window.histogram_q, 3, [0.6])
    t = check_readouts(window)
    h, ce, kl = (first_number(t[k]) for k in ("entropy_p", "cross_entropy_pq", "kl_pq"))
    assert ce == pytest.approx(h + kl, abs=1.5e-3)


def test_measures_plot_prints_the_same_numbers(window):
    """The bar chart of the six measures labels its bars with the readouts' numbers."""
    drag.drag(window.histogram_q, 0, [0.4])
    plot = window.findChild(pg.PlotWidget, "plot_measures")
    assert plot is not None
    shown = set(plot.texts())
    for key, v in expected_readouts(window.state).items():
        assert ("∞" if math.isinf(v) else f"{v:.3f}") in shown, (key, v, shown)


def test_no_label_in_the_window_says_nan(window):
    for v in (-math.inf, math.inf, 0.5):
        drag.drag(window.histogram_q, 2, [v])
        drag.drag(window.histogram_p, 5, [v])
        for label in window.findChildren(QLabel):
            assert "nan" not in label.text().lower(), (label.objectName(), label.text())
        check_readouts(window)
    assert np.isfinite(window.state.p).all() and np.isfinite(window.state.q).all()


def test_a_readout_value_is_selectable_only_while_the_pointer_is_on_it(window, qtbot):
    """A student copies a number: the pointer on a readout makes its text selectable; it
    stops being selectable when the pointer leaves (and paints cheaply again)."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QEnterEvent
    from PySide6.QtWidgets import QApplication

    label = window.findChild(QLabel, "readout_kl_pq")
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    assert not label.textInteractionFlags() & selectable
    centre = QPointF(label.rect().center())
    QApplication.sendEvent(label, QEnterEvent(centre, centre, QPointF(label.mapToGlobal(centre.toPoint()))))
    assert label.textInteractionFlags() & selectable
    window.repaint()  # painting while selectable changes nothing
    assert label.textInteractionFlags() & selectable
    QApplication.sendEvent(label, QEvent(QEvent.Type.Leave))
    assert not label.textInteractionFlags() & selectable


def test_readout_labels_paint_the_panel_background_after_a_theme_change(window, qtbot):
    """The value labels fill their own background (so a new number repaints only them):
    after switching to projector mode and back, a label's empty corner is the theme's
    background, not the previous theme's."""
    from PySide6.QtGui import QColor
    from infoviz.ui.theme import NORMAL, PROJECTOR

    for theme in (PROJECTOR, NORMAL, PROJECTOR):
        window.set_projector(theme is PROJECTOR, fullscreen=False)
        drag.drag(window.histogram_q, 1, [0.3])  # new numbers: the labels repaint
        for key in MEASURE_KEYS:
            label = window.findChild(QLabel, f"readout_{key}")
            image = label.grab().toImage()
            assert QColor(image.pixel(0, 0)) == QColor(theme.background), (theme.name, key)
            assert QColor(image.pixel(0, image.height() - 1)) == QColor(theme.background), (theme.name, key)


def test_notes_never_lie_over_the_values_in_a_small_window(window, qtbot):
    """In a window too small for everything (projector type at 800x800 beside two panels)
    the readouts keep the width of names, values and notes side by side and are cut at
    the edge, rather than squeezed until the notes lie over the values' digits."""
    for name in ("panel_information", "panel_softmax"):
        window.show_panel(name)
    window.set_projector(True, fullscreen=False)
    window.resize(800, 800)
    qtbot.wait(100)
    ro = window.readouts
    assert ro.width() >= ro.minimumWidth() > 0
    for key in ro.values:
        assert not ro.values[key].geometry().intersects(ro.extras[key].geometry()), key
        assert not ro.values[key].geometry().intersects(ro.names[key].geometry()), key
