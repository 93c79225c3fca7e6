"""Dragging bars with real mouse events: the bar follows the pointer, the rest rescale,
one drag is one undo step, and infinities point at their culprit bin.

Every interaction here is a real QMouseEvent / key event delivered to a real widget (see
drag.py); the state is only read, never driven, except to set up a lock.
"""
from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

import drag
from drag import check_readouts, key

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def values_of(window, which):
    return getattr(window.state, which)


def hist_of(window, which):
    return window.histogram_p if which == "p" else window.histogram_q


def assert_distribution(arr, what=""):
    arr = np.asarray(arr, float)
    assert np.all(np.isfinite(arr)), (what, arr)
    assert np.all(arr >= 0.0) and np.all(arr <= 1.0), (what, arr)
    assert abs(float(arr.sum()) - 1.0) <= 1e-12, (what, float(arr.sum()) - 1.0)


def assert_drawn(hist, values):
    """The bar item draws exactly the state's values."""
    np.testing.assert_array_equal(np.asarray(hist.bars.opts["height"], float), np.asarray(values, float))


# -- the dragged bar follows the pointer ------------------------------------------------
@pytest.mark.parametrize("which, index, value", [
    ("q", 2, 0.5), ("q", 0, 0.73), ("q", 5, 0.04), ("p", 1, 0.6), ("p", 4, 0.31),
])
def test_dragged_bar_follows_pointer(window, which, index, value):
    hist = hist_of(window, which)
    last = drag.drag(hist, index, [value * 0.5, value])
    got = values_of(window, which)[index]
    assert got == pytest.approx(hist.value_at(last), abs=1e-9)
    assert abs(got - value) < 0.01  # the pixel we could send is near the value asked for
    assert hist.bars.opts["height"][index] == got
    assert_drawn(hist, values_of(window, which))


def test_bar_follows_every_move_live(window):
    """During the drag (button still down) each move redraws the bar and the readouts."""
    hist = window.histogram_q
    drag.press(hist, 3)
    for v in (0.3, 0.6, 0.9, 0.2, 0.45):
        pos = drag.move(hist, hist.point_for(3, v))
        assert window.state.dragging == "q"
        assert window.state.q[3] == pytest.approx(hist.value_at(pos), abs=1e-9)
        assert hist.bars.opts["height"][3] == window.state.q[3]
        check_readouts(window)
    assert window.state.undo_stack.count() == 0  # nothing pushed until the release
    drag.release(hist, pos)
    assert window.state.dragging is None
    assert window.state.undo_stack.count() == 1


def scene_drag_events(hist, monkeypatch) -> list:
    """A list that gets (start, finish) for each drag event pyqtgraph's scene of `hist`
    builds from now on (the events still go to their items)."""
    scene = hist.scene()
    sent = []
    real = scene.sendDragEvent
    monkeypatch.setattr(scene, "sendDragEvent",
                        lambda ev, init=False, final=False: sent.append((init, final)) or real(ev, init, final))
    return sent


def test_moves_after_the_first_skip_pyqtgraphs_drag_machinery(window, monkeypatch):
    """Once a bar is taken, a move goes from the view straight to its view box: pyqtgraph's
    scene builds a drag event only for the move that starts the drag and for the release,
    and every move still puts the bar exactly under the pointer."""
    hist = window.histogram_q
    sent = scene_drag_events(hist, monkeypatch)
    drag.press(hist, 2)
    for v in (0.3, 0.55, 0.8, 0.15, 0.4):
        pos = drag.move(hist, hist.point_for(2, v))
        assert window.state.q[2] == pytest.approx(hist.value_at(pos), abs=1e-12)
        assert hist.bars.opts["height"][2] == window.state.q[2]
        check_readouts(window)
    assert sent == [(True, False)]  # the first move only
    drag.release(hist, hist.point_for(2, 0.6))
    assert sent == [(True, False), (False, True)]
    assert window.state.dragging is None and window.state.undo_stack.count() == 1
    assert window.state.q[2] == pytest.approx(hist.value_at(hist.point_for(2, 0.6)), abs=1e-12)


@pytest.mark.parametrize("how", ["scroll", "transform"])
def test_qt_replaying_the_views_old_mouse_event_does_not_move_the_bar(window, qtbot, how):
    """Qt replays the view's stored mouse event when the view scrolls or its transform
    changes. The short way leaves that event at the move that started the drag: the bar
    must stay where the pointer put it, not jump back there."""
    hist = window.histogram_q
    drag.press(hist, 2)
    for v in (0.3, 0.5, 0.8):
        pos = drag.move(hist, hist.point_for(2, v))
    where = window.state.q[2]
    assert where == pytest.approx(hist.value_at(pos), abs=1e-12)
    if how == "scroll":
        bar = hist.horizontalScrollBar()
        bar.setRange(0, 100)
        bar.setValue(3)
        qtbot.wait(20)
        bar.setValue(0)
    else:
        hist.setTransform(hist.transform().translate(1, 0))
        qtbot.wait(20)
        hist.resetTransform()
    qtbot.wait(20)
    assert window.state.q[2] == where and window.state.dragging == "q"
    end = drag.release(hist, hist.point_for(2, 0.6))
    assert window.state.q[2] == pytest.approx(hist.value_at(end), abs=1e-12)


def test_a_second_button_mid_drag_goes_through_pyqtgraph(window, monkeypatch):
    """Only a left-button drag of a taken bar takes the short way; with another button
    held too, the move goes through pyqtgraph as before (which leaves the bar where the
    left-button drag put it)."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent

    hist = window.histogram_q
    sent = scene_drag_events(hist, monkeypatch)
    drag.press(hist, 1)
    drag.move(hist, hist.point_for(1, 0.5))
    both = Qt.MouseButton.LeftButton | Qt.MouseButton.RightButton
    pos = hist.point_for(1, 0.7)
    vp = hist.viewport()
    QApplication.sendEvent(vp, QMouseEvent(QEvent.Type.MouseMove, QPointF(pos), QPointF(vp.mapToGlobal(pos)),
                                           Qt.MouseButton.NoButton, both, Qt.KeyboardModifier.NoModifier))
    assert len(sent) == 2  # the start, then this move, both through the scene
    assert window.state.q[1] == pytest.approx(hist.value_at(pos), abs=1e-12)
    drag.release(hist, pos)
    assert window.state.dragging is None


@pytest.mark.parametrize("which", ["p", "q"])
def test_other_bars_keep_their_ratios(window, which):
    hist = hist_of(window, which)
    before = values_of(window, which).copy()
    i = 2
    # through 1 (every other bar 0) and back: ratios come from the drag's start, not lost
    last = drag.drag(hist, i, [0.7, math.inf, 0.9, 0.35])
    after = values_of(window, which)
    assert_distribution(after, which)
    others = np.arange(before.size) != i
    expected = before[others] / before[others].sum() * (1.0 - after[i])
    np.testing.assert_allclose(after[others], expected, rtol=0, atol=1e-12)
    assert after[i] == pytest.approx(hist.value_at(last), abs=1e-9)
    assert_drawn(hist, after)


@pytest.mark.parametrize("which", ["p", "q"])
def test_drag_past_the_axes_clamps_exactly(window, which):
    hist = hist_of(window, which)
    drag.drag(hist, 1, [0.5, math.inf])
    v = values_of(window, which)
    assert v[1] == 1.0
    assert np.all(v[np.arange(v.size) != 1] == 0.0)
    assert_drawn(hist, v)
    drag.drag(hist, 1, [0.5, -math.inf])
    v = values_of(window, which)
    assert v[1] == 0.0
    assert_distribution(v)
    assert_drawn(hist, v)
    check_readouts(window)


def test_drag_starting_on_an_empty_bar(window):
    """A bar at exactly 0 can be grabbed (at the axis) and pulled back up."""
    hist = window.histogram_q
    drag.drag(hist, 4, [-math.inf])
    assert window.state.q[4] == 0.0
    last = drag.drag(hist, 4, [0.1, 0.3])
    assert window.state.q[4] == pytest.approx(hist.value_at(last), abs=1e-9)
    assert window.state.q[4] > 0.25


def test_press_beside_the_bars_drags_nothing(window):
    hist = window.histogram_q
    st = window.state
    before = st.q.copy()
    left = hist.point_for(0, 0.5)
    left.setX(left.x() - int(0.55 * (hist.point_for(1, 0.5).x() - left.x())))  # x ≈ -0.55
    drag.press(hist, 0, left)
    for v in (0.2, 0.9):
        p = hist.point_for(0, v)
        drag.move(hist, type(p)(left.x(), p.y()))
    drag.release(hist, left)
    np.testing.assert_array_equal(st.q, before)
    assert st.undo_stack.count() == 0


# -- undo and redo --------------------------------------------------------------------
def test_one_drag_is_one_undo_step(window):
    st = window.state
    before_p, before_q = st.p.copy(), st.q.copy()
    values = list(np.linspace(0.05, 0.95, 60)) + [0.4]
    drag.drag(window.histogram_q, 2, values)
    assert st.undo_stack.count() == 1
    after_q = st.q.copy()
    assert not np.array_equal(after_q, before_q)

    key(window, Qt.Key.Key_Z, CTRL)
    np.testing.assert_array_equal(st.q, before_q)
    np.testing.assert_array_equal(st.p, before_p)
    assert_drawn(window.histogram_q, before_q)
    check_readouts(window)

    key(window, Qt.Key.Key_Z, CTRL | SHIFT)
    np.testing.assert_array_equal(st.q, after_q)
    assert_drawn(window.histogram_q, after_q)
    check_readouts(window)
    assert st.undo_stack.count() == 1


def test_undo_walks_back_through_several_drags(window):
    st = window.state
    history = [(st.p.copy(), st.q.copy())]
    for which, i, v in (("q", 0, 0.5), ("p", 3, 0.2), ("q", 5, -math.inf)):
        drag.drag(hist_of(window, which), i, [v])
        history.append((st.p.copy(), st.q.copy()))
    assert st.undo_stack.count() == 3
    for p, q in reversed(history[:-1]):
        key(window, Qt.Key.Key_Z, CTRL)
        np.testing.assert_array_equal(st.p, p)
        np.testing.assert_array_equal(st.q, q)
        check_readouts(window)
    for p, q in history[1:]:
        key(window, Qt.Key.Key_Z, CTRL | SHIFT)
        np.testing.assert_array_equal(st.p, p)
        np.testing.assert_array_equal(st.q, q)


def test_escape_cancels_a_drag(window):
    st = window.state
    before = st.q.copy()
    hist = window.histogram_q
    drag.press(hist, 2)
    drag.move(hist, hist.point_for(2, 0.8))
    assert st.q[2] > 0.7
    key(window, Qt.Key.Key_Escape)
    np.testing.assert_array_equal(st.q, before)
    pos = drag.move(hist, hist.point_for(2, 0.1))  # the rest of the gesture changes nothing
    drag.release(hist, pos)
    np.testing.assert_array_equal(st.q, before)
    assert st.undo_stack.count() == 0


# -- infinity and its culprit ------------------------------------------------------------
def test_q_zero_where_p_positive_shows_infinity_and_the_culprit(window):
    st = window.state
    i = 1
    assert st.p[i] > 0
    drag.drag(window.histogram_q, i, [0.05, -math.inf])
    assert st.q[i] == 0.0
    texts = check_readouts(window)
    assert texts["kl_pq"] == "∞"
    assert texts["cross_entropy_pq"] == "∞"
    assert texts["kl_qp"] != "∞" and texts["entropy_q"] != "∞"

    np.testing.assert_array_equal(np.asarray(window.histogram_q.culprit_item.opts["x"], float), [float(i)])
    assert len(window.histogram_p.culprit_item.opts["x"]) == 0
    plot = window.findChild(type(window.contributions_plot), "plot_contributions")
    assert plot is not None
    assert float(i) in list(np.asarray(plot.band.opts["x"], float))
    note = window.findChild(QLabel, "extra_kl_pq")
    assert st.labels[i] in note.text(), note.text()

    # and it all goes away when q[i] comes back up
    drag.drag(window.histogram_q, i, [0.2])
    check_readouts(window)
    assert len(window.histogram_q.culprit_item.opts["x"]) == 0
    assert len(plot.band.opts["x"]) == 0
    assert st.labels[i] not in window.findChild(QLabel, "extra_kl_pq").text()


def test_p_zero_where_q_positive_makes_reverse_kl_infinite(window):
    st = window.state
    i = 4
    drag.drag(window.histogram_p, i, [-math.inf])
    assert st.p[i] == 0.0 and st.q[i] > 0
    texts = check_readouts(window)
    assert texts["kl_qp"] == "∞" and texts["cross_entropy_qp"] == "∞"
    assert texts["kl_pq"] != "∞"
    assert float(i) in list(np.asarray(window.histogram_p.culprit_item.opts["x"], float))
    assert st.labels[i] in window.findChild(QLabel, "extra_kl_qp").text()


# -- hover and locks --------------------------------------------------------------------
@pytest.mark.parametrize("which", ["p", "q"])
def test_hover_highlights_and_explains_a_bar(window, which):
    hist = hist_of(window, which)
    i = 3
    drag.move(hist, hist.point_for(i, 0.02), held=False)
    assert float(i) in list(np.asarray(hist.highlight_item.opts["x"], float))
    tip = hist.toolTip()
    assert tip and window.state.labels[i] in tip and f"{values_of(window, which)[i]:.4f}" in tip
    drag.move(hist, hist.point_for(i + 1, 0.02), held=False)
    assert float(i + 1) in list(np.asarray(hist.highlight_item.opts["x"], float))
    assert window.state.labels[i + 1] in hist.toolTip()
    assert window.state.undo_stack.count() == 0


def test_locked_bar_does_not_move(window):
    st = window.state
    st.set_lock("q", 2, True)
    count = st.undo_stack.count()
    before = st.q.copy()
    hist = window.histogram_q
    drag.drag(hist, 2, [0.9, math.inf])
    np.testing.assert_array_equal(st.q, before)
    assert st.undo_stack.count() == count
    assert_drawn(hist, before)
    # dragging another bar leaves the locked one where it is
    drag.drag(hist, 0, [math.inf])
    assert st.q[2] == before[2]
    assert st.q[0] == pytest.approx(1.0 - before[2], abs=1e-12)
    assert_distribution(st.q)
    assert st.undo_stack.count() == count + 1


# -- keyboard ------------------------------------------------------------------------
def test_arrows_select_and_nudge(window):
    st = window.state
    window.activateWindow()
    window.setFocus()
    which, i = st.selected
    key(window, Qt.Key.Key_Right)
    assert st.selected == (which, i + 1)
    key(window, Qt.Key.Key_Right)
    key(window, Qt.Key.Key_Left)
    assert st.selected == (which, i + 1)
    assert st.undo_stack.count() == 0  # selecting is not an edit

    j = i + 1
    hist = hist_of(window, which)
    steps = ((Qt.Key.Key_Up, 0.01, 0), (Qt.Key.Key_Down, -0.01, 0), (Qt.Key.Key_Up, 0.1, SHIFT),
             (Qt.Key.Key_Down, -0.1, SHIFT))
    for n, (k, delta, mods) in enumerate(steps, start=1):
        before = values_of(window, which).copy()
        key(window, k, mods or Qt.KeyboardModifier.NoModifier)
        after = values_of(window, which)
        assert after[j] == pytest.approx(before[j] + delta, abs=1e-12)
        assert_distribution(after)
        assert st.undo_stack.count() == n
        assert hist.bars.opts["height"][j] == after[j]
        check_readouts(window)
    key(window, Qt.Key.Key_Z, CTRL)
    assert st.undo_stack.index() == len(steps) - 1


def test_click_a_bar_then_nudge_it(window):
    """The natural gesture: click a bar of p (real click), press ↑."""
    st = window.state
    hist = window.histogram_p
    pos = hist.point_for(4, 0.01)
    drag.press(hist, 4, pos)
    drag.release(hist, pos)
    assert st.selected == ("p", 4)
    before = st.p[4]
    key(window, Qt.Key.Key_Up)
    assert st.p[4] == pytest.approx(before + 0.01, abs=1e-12)
    assert st.undo_stack.count() == 1


def test_nudging_stops_at_the_ends(window):
    st = window.state
    which, i = st.selected
    for _ in range(15):
        key(window, Qt.Key.Key_Up, SHIFT)
    assert values_of(window, which)[i] == 1.0
    for _ in range(15):
        key(window, Qt.Key.Key_Down, SHIFT)
    assert values_of(window, which)[i] == 0.0
    assert_distribution(values_of(window, which))


# -- typing a value ---------------------------------------------------------------------
def test_double_click_then_type_a_value(window, qtbot):
    st = window.state
    drag.double_click(window.histogram_q, 3)
    edit = QApplication.focusWidget()
    assert edit is not None and edit.objectName() == "value_edit"
    assert st.selected == ("q", 3)
    qtbot.keyClicks(edit, "0.4")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert st.q[3] == 0.4
    assert_distribution(st.q)
    assert st.undo_stack.count() == 1
    assert window.histogram_q.bars.opts["height"][3] == 0.4
    check_readouts(window)


@pytest.mark.parametrize("text", ["abc", "1.5", "-0.2", ""])
def test_typing_a_bad_value_changes_nothing(window, qtbot, text):
    st = window.state
    drag.double_click(window.histogram_p, 2)
    edit = QApplication.focusWidget()
    assert edit.objectName() == "value_edit"
    before_p, before_q, count = st.p.copy(), st.q.copy(), st.undo_stack.count()
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    message = window.findChild(QLabel, "value_message")
    assert message is not None and message.text().strip(), f"no message for {text!r}"
    np.testing.assert_array_equal(st.p, before_p)
    np.testing.assert_array_equal(st.q, before_q)
    assert st.undo_stack.count() == count
    # a good value afterwards works and clears the message
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(edit, "1/4")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert st.p[2] == 0.25
    assert not message.text().strip()


def test_the_value_field_follows_the_bar_while_focused_until_the_user_types(window, qtbot):
    """The cursor left in the value field (after a double click) must not freeze it: a
    change of the selected bar's value from elsewhere (here the toolbar's "Copy p → q", as
    a lesson step or a preset would) shows in the field. What the user has typed, though,
    is never overwritten by a change."""
    st = window.state
    drag.double_click(window.histogram_q, 3)
    edit = QApplication.focusWidget()
    assert edit.objectName() == "value_edit" and st.selected == ("q", 3)
    assert st.p[3] != st.q[3]
    window.actions_by_name["copy_pq"].trigger()
    assert QApplication.focusWidget() is edit and st.selected == ("q", 3)
    assert edit.text() == f"{st.q[3]:.4f}" == f"{st.p[3]:.4f}"
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(edit, "0.3")
    window.actions_by_name["randomise"].trigger()
    assert QApplication.focusWidget() is edit and edit.text() == "0.3"  # still being typed
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert st.q[3] == 0.3


def test_the_value_field_keeps_its_selection_and_cursor_when_the_state_changes(window, qtbot):
    """A double click selects the value so that typing replaces it: a change that arrives
    before the user types (a lesson step, a toolbar click) keeps it selected. A change that
    leaves the value as it was does not move the cursor either."""
    st = window.state
    drag.double_click(window.histogram_q, 3)
    edit = QApplication.focusWidget()
    assert edit.objectName() == "value_edit" and edit.selectedText() == edit.text()
    window.actions_by_name["copy_pq"].trigger()  # q[3] changes
    assert edit.text() == f"{st.q[3]:.4f}" and edit.selectedText() == edit.text()
    qtbot.keyClicks(edit, "0.3")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert st.q[3] == 0.3
    drag.double_click(window.histogram_q, 3)
    edit = QApplication.focusWidget()
    qtbot.keyClick(edit, Qt.Key.Key_Home)  # the cursor placed, nothing typed
    st.set_unit("nats")  # the value shown does not change
    assert edit.cursorPosition() == 0 and edit.text() == f"{st.q[3]:.4f}"


def test_a_refused_text_stays_to_correct_until_the_field_is_left(window, qtbot):
    st = window.state
    drag.double_click(window.histogram_p, 2)
    edit = QApplication.focusWidget()
    assert edit.objectName() == "value_edit"
    shown = edit.text()
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(edit, "nan")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    message = window.findChild(QLabel, "value_message")
    assert edit.text() == "nan" and edit.hasFocus() and message.text().strip()
    # the keyboard leaves the field (Tab to the Set button): the field shows the truth
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not edit.hasFocus())
    assert edit.text() == shown == f"{st.p[2]:.4f}"
    assert message.text().strip()  # the refusal is still explained


# -- many random drags -------------------------------------------------------------------
def all_label_texts(window):
    return [w.text() for w in window.findChildren(QLabel)]


def test_ten_thousand_random_drags_keep_a_distribution(window):
    """Random bar of p or q, random target (a third of them beyond an axis), one move
    each: the totals stay 1 within 1e-12 and nothing anywhere shows NaN.

    INFOVIZ_SOAK_DRAGS overrides the count for a quick local run; the suite uses 10,000."""
    import os
    import time

    rng = np.random.default_rng(20261126)
    st = window.state
    hists = {"p": window.histogram_p, "q": window.histogram_q}
    n = st.n_bins
    labels = window.findChildren(QLabel)
    t0 = time.perf_counter()
    count = int(os.environ.get("INFOVIZ_SOAK_DRAGS", "10000"))
    for k in range(count):
        which = "p" if rng.random() < 0.5 else "q"
        hist = hists[which]
        i = int(rng.integers(n))
        r = rng.random()
        if r < 0.15:
            v = -math.inf
        elif r < 0.3:
            v = math.inf
        else:
            v = float(rng.uniform(-0.2, 1.2))
        drag.drag(hist, i, [v])
        for name in ("p", "q"):
            a = getattr(st, name)
            assert not np.isnan(a).any(), (k, name, a)
            assert np.all((a >= 0.0) & (a <= 1.0)), (k, name, a)
            assert abs(float(a.sum()) - 1.0) <= 1e-12, (k, name, float(a.sum()) - 1.0)
        texts = [w.text() for w in labels]
        assert not any("nan" in t.lower() for t in texts), (k, [t for t in texts if "nan" in t.lower()])
        if k % 500 == 0:
            QApplication.processEvents()  # let it paint now and then, as a real session does
            labels = window.findChildren(QLabel)
            check_readouts(window)
    elapsed = time.perf_counter() - t0
    check_readouts(window)
    assert st.undo_stack.count() > 0
    assert not any("nan" in t.lower() for t in all_label_texts(window))
    print(f"{count} drags in {elapsed:.1f} s ({elapsed / count * 1000:.2f} ms per drag)")
