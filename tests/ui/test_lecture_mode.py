"""Lecture mode (issue 5), items 1, 3, 4 and 5: projector mode, editing, units, languages.

Everything is driven as a lecturer would: key presses where the keyboard focus is
(drag.key), real mouse clicks and drags, and menu items through their real QActions
(``action.trigger()`` is what clicking the menu item does). The state is only read.
"""
from __future__ import annotations

import math
import re

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMenu, QPushButton, QSplitter, QWidget

import drag
from drag import check_readouts, first_number
from lecture_support import (CTRL, MEASURES, SHIFT, action, assert_distribution, assert_one_undo_step,
                             click, click_action_button, content, double_click, isolated_settings, menu, open_window,
                             press, readout, snapshot, ticks, uncaught)  # noqa: F401 (fixtures)

K = Qt.Key


def chrome_visible(win) -> dict:
    return {"menu bar": win.menuBar().isVisible(), "tool bar": win.toolbar.isVisible(),
            "status bar": win.statusBar().isVisible()}


def line_widths(win) -> dict:
    """The pen widths the views draw with (bar outlines, the ghost of the other
    distribution, the selection outline, the measure bars)."""
    h = win.histogram_q
    return {"bar outline": h.bars.opts["pen"].widthF(), "ghost": h.ghost_item.opts["pen"].widthF(),
            "selection": h.highlight_item.opts["pen"].widthF(),
            "measure bars": win.measures_plot.ent_p.opts["pen"].widthF()}


def click_bar(hist, index: int) -> None:
    """A real click (press and release, no movement) inside bar `index`'s column."""
    pos = hist.point_for(index, 0.5 * float(hist.bars.opts["height"][index]))
    drag.press(hist, index, pos)
    drag.release(hist, pos)


# == 1. projector mode ===================================================================
def test_f11_turns_projector_mode_on_and_off_at_runtime(window, qtbot):
    window.statusBar()  # created on first use; Qt shows it from the event loop
    qtbot.wait(1)
    normal_widths = line_widths(window)
    normal_px = readout(window, "entropy_p").font().pixelSize()
    assert chrome_visible(window) == {"menu bar": True, "tool bar": True, "status bar": True}

    press(window, K.Key_F11)
    assert window.projector
    assert window.isFullScreen()
    assert chrome_visible(window) == {"menu bar": False, "tool bar": False, "status bar": False}
    assert action(window, "projector").isChecked()
    for key in MEASURES:  # big enough to read from the back of a lecture hall
        label = readout(window, key)
        assert label.isVisible()
        font = label.font()
        assert font.pixelSize() >= 28 or font.pointSizeF() * label.logicalDpiY() / 72 >= 28, key
        assert QFontMetrics(font).height() >= 28, key
        assert label.height() >= 28, (key, label.height())
    assert readout(window, "entropy_p").font().pixelSize() > normal_px
    thick = line_widths(window)
    for what, width in thick.items():
        assert width > normal_widths[what], f"{what}: {width} is not thicker than {normal_widths[what]}"
    check_readouts(window)

    press(window, K.Key_F11)
    assert not window.projector
    assert not window.isFullScreen()
    assert chrome_visible(window) == {"menu bar": True, "tool bar": True, "status bar": True}
    assert not action(window, "projector").isChecked()
    assert line_widths(window) == normal_widths


def test_view_menu_item_toggles_projector_mode(window):
    act = action(window, "projector")
    assert act in menu(window, "view").actions()
    assert act.isCheckable()
    assert act.shortcut().toString() == "F11"
    act.trigger()
    assert window.projector and act.isChecked()
    assert not window.menuBar().isVisible()
    act.trigger()  # (from the keyboard: the menu bar is hidden now, the shortcut is not)
    assert not window.projector and not act.isChecked()
    assert window.menuBar().isVisible()


@pytest.mark.parametrize("focus", ["window", "value field", "histogram"])
def test_escape_leaves_projector_mode_wherever_the_focus_is(window, qtbot, focus):
    press(window, K.Key_F11)
    assert window.projector
    if focus == "value field":
        drag.double_click(window.histogram_q, 1)
        assert QApplication.focusWidget().objectName() == "value_edit"
    elif focus == "histogram":
        window.histogram_p.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        window.histogram_p.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.histogram_p)
    before = snapshot(window)
    press(window, K.Key_Escape)
    assert not window.projector
    assert not window.isFullScreen()
    assert all(chrome_visible(window).values())
    assert snapshot(window) == before  # Esc changed nothing else


def test_escape_first_closes_the_help_then_leaves_projector_mode(window):
    press(window, K.Key_F11)
    press(window, K.Key_F1)
    assert window.help_overlay.isVisible()
    press(window, K.Key_Escape)
    assert not window.help_overlay.isVisible()
    assert window.projector
    press(window, K.Key_Escape)
    assert not window.projector


def test_projector_option_starts_in_projector_mode(qtbot):
    win = open_window(qtbot, ["--projector", "--lang", "en", "--preset", "one-hot"], size=None)
    assert win.projector and win.isFullScreen()
    assert chrome_visible(win) == {"menu bar": False, "tool bar": False, "status bar": False}
    assert readout(win, "kl_pq").font().pixelSize() >= 28
    check_readouts(win)
    press(win, K.Key_Escape)
    assert not win.projector and all(chrome_visible(win).values())


def right_share(win) -> float:
    sizes = win.findChild(QSplitter, "main_splitter").sizes()
    return sizes[1] / sum(sizes)


def test_projector_mode_widens_the_measures_column_and_gives_it_back(window, qtbot):
    """Large type needs room: at 1920x1080 the measure names under the bars ran into each
    other and the plot titles were cut. (Not full screen: the offscreen screen is small.)"""
    window.resize(1920, 1080)
    split = window.findChild(QSplitter, "main_splitter")
    split.setSizes([1300, 620])  # the lecturer had narrowed the right-hand column
    qtbot.wait(10)
    before = right_share(window)
    assert before < 0.35
    window.set_projector(True, fullscreen=False)
    qtbot.waitUntil(lambda: right_share(window) >= 0.44)
    window.set_projector(False)
    qtbot.wait(50)
    assert abs(right_share(window) - before) < 0.01, (before, right_share(window))


def test_a_lecturers_own_column_width_survives_hiding_the_window(window, qtbot):
    """In projector mode the lecturer drags the splitter; minimising and restoring the
    window (a hide and a show) must not put the 45% back."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    window.resize(1920, 1080)
    window.findChild(QSplitter, "main_splitter").setSizes([1300, 620])
    qtbot.wait(10)
    window.set_projector(True, fullscreen=False)
    qtbot.waitUntil(lambda: right_share(window) >= 0.44)
    handle = window.findChild(QSplitter, "main_splitter").handle(1)
    middle = QPoint(handle.width() // 2, handle.height() // 2)
    left = Qt.MouseButton.LeftButton

    def send(kind, pos, button, buttons):  # QTest.mouseMove cannot hold a button down
        QApplication.sendEvent(handle, QMouseEvent(kind, QPointF(pos), QPointF(handle.mapToGlobal(pos)),
                                                   button, buttons, Qt.KeyboardModifier.NoModifier))
    send(QEvent.Type.MouseButtonPress, middle, left, left)
    send(QEvent.Type.MouseMove, middle - QPoint(120, 0), Qt.MouseButton.NoButton, left)
    send(QEvent.Type.MouseButtonRelease, middle - QPoint(120, 0), left, Qt.MouseButton.NoButton)
    qtbot.wait(10)
    mine = right_share(window)
    assert mine > 0.48, mine  # the column grew under the pointer
    window.hide()
    qtbot.wait(10)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    assert abs(right_share(window) - mine) < 0.01, (mine, right_share(window))


def test_build_window_with_projector_option_does_not_show_the_window(qapp, qtbot):
    """DESIGN.md: build_window returns the window *not yet shown*, --projector too."""
    from infoviz.app import build_window
    win = build_window(["--projector", "--lang", "en"])
    qtbot.addWidget(win)
    assert win.projector
    assert not win.isVisible()
    win.show()
    qtbot.waitExposed(win)
    assert win.isFullScreen()


def test_every_shortcut_still_works_with_the_menus_hidden(window):
    press(window, K.Key_F11)
    assert not window.menuBar().isVisible()
    press(window, K.Key_5)  # a preset
    assert window.state.preset == action(window, "preset_one-hot").property("preset") == "one-hot"
    press(window, K.Key_B)
    assert window.state.unit == "nats"
    press(window, K.Key_S)
    assert window.state.p.tolist() == [0.7, 0.1, 0.05, 0.15]
    press(window, K.Key_Z, CTRL)
    assert window.state.p.tolist() == [1.0, 0.0, 0.0, 0.0]
    check_readouts(window)


def test_a_refused_key_is_explained_in_projector_mode(window):
    window.toolbar.bins.setValue(50)
    assert window.state.n_bins == 50
    press(window, K.Key_F11)
    press(window, K.Key_Plus)
    assert window.state.n_bins == 50
    shown = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    shown.append(window.statusBar().currentMessage() if window.statusBar().isVisible() else "")
    assert any("50" in t and "bins" in t for t in shown), "the refusal is not visible anywhere"


# == 3. editing ==========================================================================
def test_s_swaps_p_and_q(window):
    p, q = window.state.p.copy(), window.state.q.copy()
    before = snapshot(window)
    press(window, K.Key_S)
    np.testing.assert_array_equal(window.state.p, q)
    np.testing.assert_array_equal(window.state.q, p)
    np.testing.assert_array_equal(window.histogram_p.bars.opts["height"], q)
    check_readouts(window)
    assert_one_undo_step(window, before)


def test_copy_p_to_q_from_the_tool_bar(window):
    p = window.state.p.copy()
    before = snapshot(window)
    click_action_button(window.toolbar, action(window, "copy_pq"))
    np.testing.assert_array_equal(window.state.q, p)
    np.testing.assert_array_equal(window.state.p, p)
    texts = check_readouts(window)
    assert first_number(texts["kl_pq"]) == 0.0 and first_number(texts["kl_qp"]) == 0.0
    assert_one_undo_step(window, before)


def test_copy_q_to_p_from_the_edit_menu(window):
    act = action(window, "copy_qp")
    assert act in menu(window, "edit").actions()
    q = window.state.q.copy()
    before = snapshot(window)
    act.trigger()
    np.testing.assert_array_equal(window.state.p, q)
    check_readouts(window)
    assert_one_undo_step(window, before)


def test_u_resets_both_to_uniform(window):
    before = snapshot(window)
    press(window, K.Key_U)
    n = window.state.n_bins
    np.testing.assert_allclose(window.state.p, np.full(n, 1 / n), rtol=0, atol=1e-15)
    np.testing.assert_allclose(window.state.q, np.full(n, 1 / n), rtol=0, atol=1e-15)
    texts = check_readouts(window)
    assert first_number(texts["entropy_p"]) == round(math.log2(n), 3)
    assert_one_undo_step(window, before)


def test_r_randomises_both(window):
    before = snapshot(window)
    press(window, K.Key_R)
    st = window.state
    assert st.p.tolist() != before["p"] and st.q.tolist() != before["q"]
    assert st.n_bins == before["n"]
    assert_distribution(st.p, "p")
    assert_distribution(st.q, "q")
    check_readouts(window)
    assert_one_undo_step(window, before)


def test_bins_option(qtbot):
    win = open_window(qtbot, ["--bins", "12", "--lang", "en"])
    st = win.state
    assert st.n_bins == 12 and st.p.size == st.q.size == 12
    assert win.toolbar.bins.value() == 12
    assert len(win.histogram_p.bars.opts["height"]) == 12
    assert ticks(win.histogram_q) == list("ABCDEFGHIJKL")
    assert st.undo_stack.count() == 0
    check_readouts(win)


@pytest.mark.parametrize("bad", ["1", "51", "x"])
def test_bins_option_out_of_range_is_refused(bad, capsys):
    from infoviz.app import build_window
    with pytest.raises(SystemExit) as info:
        build_window(["--bins", bad])
    assert info.value.code == 2
    assert "--bins" in capsys.readouterr().err


def test_typing_a_bin_count_in_the_spin_box(window, qtbot):
    spin = window.toolbar.bins
    assert spin.objectName() == "bins_spin" and (spin.minimum(), spin.maximum()) == (2, 50)
    before = snapshot(window)
    edit = spin.lineEdit()
    click(edit)
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (spin, edit))
    QTest.keyClick(edit, K.Key_A, CTRL)
    QTest.keyClicks(edit, "20")
    assert window.state.n_bins == before["n"]  # nothing until Enter: one step, not one per digit
    QTest.keyClick(edit, K.Key_Return)
    assert window.state.n_bins == 20
    assert len(window.histogram_q.bars.opts["height"]) == 20
    assert_distribution(window.state.p)
    check_readouts(window)
    assert_one_undo_step(window, before)
    assert spin.value() == 20
    press(window, K.Key_Z, CTRL)
    assert spin.value() == before["n"]  # the spin box follows the state


def test_spin_box_arrows_and_plus_minus_keys(window):
    spin = window.toolbar.bins
    n = window.state.n_bins
    before = snapshot(window)
    QTest.keyClick(spin, K.Key_Up)
    assert window.state.n_bins == n + 1
    assert_one_undo_step(window, before)
    window.setFocus()
    before = snapshot(window)
    press(window, K.Key_Plus)
    assert window.state.n_bins == spin.value() == n + 2
    assert_one_undo_step(window, before)
    press(window, K.Key_Minus)
    press(window, K.Key_Minus)
    press(window, K.Key_Minus)
    assert window.state.n_bins == spin.value() == n - 1
    check_readouts(window)


def type_bins(window, qtbot, n: int) -> None:
    """Type `n` into the bins spin box and press Enter, as a user does."""
    edit = window.toolbar.bins.lineEdit()
    click(edit)
    QTest.keyClick(edit, K.Key_A, CTRL)
    QTest.keyClicks(edit, str(n))
    QTest.keyClick(edit, K.Key_Return)


def test_bin_count_stops_at_2_and_50(window, qtbot):
    spin = window.toolbar.bins
    window.statusBar()
    type_bins(window, qtbot, 50)
    assert window.state.n_bins == 50
    before = snapshot(window)
    QTest.keyClick(spin, K.Key_Up)  # the spin box stops at its maximum
    assert snapshot(window) == before and spin.value() == 50
    window.setFocus()
    press(window, K.Key_Plus)
    assert snapshot(window) == before
    assert "50" in window.statusBar().currentMessage()  # refused, and why
    qtbot.wait(1)
    assert window.statusBar().isVisible()
    type_bins(window, qtbot, 2)
    assert window.state.n_bins == 2
    before = snapshot(window)
    window.setFocus()
    press(window, K.Key_Minus)
    assert snapshot(window) == before
    assert "2" in window.statusBar().currentMessage()
    check_readouts(window)


def edit_cell(qtbot, table, row: int, col: int, text: str, how: str = "double-click") -> None:
    """Open the editor of a table cell as a user does, replace its text, press Enter."""
    item = table.item(row, col)
    table.scrollToItem(item)
    rect = table.visualItemRect(item).intersected(table.viewport().rect())
    assert rect.width() > 10 and rect.height() > 10, f"cell ({row}, {col}) is not visible"
    if how == "double-click":
        double_click(table.viewport(), rect.center())
    else:
        click(table.viewport(), rect.center())
        assert QApplication.focusWidget() is table and table.currentRow() == row
        QTest.keyClick(table, K.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and table.isAncestorOf(editor), f"no cell editor opened: {editor}"
    QTest.keyClick(editor, K.Key_A, CTRL)
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, K.Key_Return)
    qtbot.wait(5)  # the item delegate commits the editor with a queued call


def open_table(window, qtbot):
    """View > Panels > Table of values, as a user opens it; returns the panel."""
    act = action(window, "show_table_editor")
    assert act in menu(window, "panels").actions()
    if not act.isChecked():
        act.trigger()
    panel = window.findChild(QWidget, "table_editor")
    assert panel is window.panels["table_editor"]
    qtbot.waitUntil(lambda: panel.isVisible() and panel.table.viewport().height() > 100)
    qtbot.wait(10)  # let the dock settle before clicking into it
    return panel


def test_the_table_shows_all_three_columns(window, qtbot):
    """Opened from View > Panels (a narrow dock), label, p and q are all in view."""
    panel = open_table(window, qtbot)
    table = panel.table
    assert table.horizontalHeaderItem(0).text() == "label"
    assert [table.horizontalHeaderItem(c).text() for c in (1, 2)] == ["p", "q"]
    assert not table.horizontalScrollBar().isVisible()
    for col in range(3):
        rect = table.visualItemRect(table.item(0, col))
        assert table.viewport().rect().contains(rect.adjusted(0, 0, -1, -1)), (col, rect)
    st = window.state
    for i in range(st.n_bins):
        assert table.item(i, 0).text() == st.labels[i]
        assert float(table.item(i, 1).text()) == pytest.approx(st.p[i], rel=1e-5)
        assert float(table.item(i, 2).text()) == pytest.approx(st.q[i], rel=1e-5)


def test_renaming_a_bin_in_the_table(window, qtbot):
    panel = open_table(window, qtbot)
    table = panel.table
    assert table.rowCount() == window.state.n_bins
    before = snapshot(window)
    edit_cell(qtbot, table, 0, 0, "sunny")
    assert window.state.labels[0] == "sunny"
    assert ticks(window.histogram_p)[0] == ticks(window.histogram_q)[0] == "sunny"
    assert table.item(0, 0).text() == "sunny"
    assert window.value_editor.target.text().startswith("q(sunny)")  # bar 0 of q is selected
    assert not panel.message.text()
    assert_one_undo_step(window, before)


def test_a_bad_bin_name_is_refused_in_the_table(window, qtbot):
    panel = open_table(window, qtbot)
    table = panel.table
    before = snapshot(window)
    edit_cell(qtbot, table, 1, 0, "x" * 41)
    message = window.findChild(QLabel, "table_message")
    assert message is panel.message and message.isVisible() and "40" in message.text()
    assert snapshot(window) == before
    assert table.item(1, 0).text() == before["labels"][1]  # the cell shows the state again


def test_typing_values_in_the_table(window, qtbot):
    panel = open_table(window, qtbot)
    table = panel.table
    before = snapshot(window)
    edit_cell(qtbot, table, 2, 1, "0.5", how="F2")
    assert window.state.p[2] == 0.5
    assert_distribution(window.state.p)
    assert float(table.item(2, 1).text()) == 0.5
    check_readouts(window)
    assert_one_undo_step(window, before)
    before = snapshot(window)
    edit_cell(qtbot, table, 3, 2, "1/8")
    assert window.state.q[3] == 0.125
    assert_one_undo_step(window, before)


@pytest.mark.parametrize("text", ["1.5", "-0.1", "abc", "nan", "inf", "1/0"])
def test_a_value_that_is_not_a_probability_is_refused_in_the_table(window, qtbot, text):
    panel = open_table(window, qtbot)
    table = panel.table
    before = snapshot(window)
    cell_before = table.item(4, 2).text()
    edit_cell(qtbot, table, 4, 2, text)
    assert panel.message.isVisible() and panel.message.text().strip(), f"no message for {text!r}"
    assert snapshot(window) == before
    assert table.item(4, 2).text() == cell_before


def test_select_with_a_click_and_the_arrow_keys(window):
    st = window.state
    click_bar(window.histogram_p, 3)
    assert st.selected == ("p", 3)
    assert window.value_editor.target.text() == f"p({st.labels[3]}) ="
    assert 3.0 in np.asarray(window.histogram_p.highlight_item.opts["x"]).tolist()
    press(window, K.Key_Right)
    assert st.selected == ("p", 4)
    press(window, K.Key_Left)
    press(window, K.Key_Left)
    assert st.selected == ("p", 2)
    assert window.value_editor.edit.text() == f"{st.p[2]:.4f}"
    assert st.undo_stack.count() == 0  # selecting is not an edit


@pytest.mark.parametrize("key, mods, delta", [
    (K.Key_Up, drag.NOMOD, 0.01), (K.Key_Down, drag.NOMOD, -0.01),
    (K.Key_Up, SHIFT, 0.1), (K.Key_Down, SHIFT, -0.1),
])
def test_nudge_the_selected_bar(window, key, mods, delta):
    st = window.state
    click_bar(window.histogram_q, 2)
    before = snapshot(window)
    q = st.q.copy()
    press(window, key, mods)
    assert st.q[2] == pytest.approx(q[2] + delta, abs=1e-12)
    others = np.delete(st.q, 2)
    np.testing.assert_allclose(others / others.sum(), np.delete(q, 2) / np.delete(q, 2).sum(), rtol=1e-12)
    assert_distribution(st.q)
    np.testing.assert_array_equal(st.p, before["p"])
    check_readouts(window)
    assert_one_undo_step(window, before)


def test_lock_with_l_and_the_lock_button(window):
    st = window.state
    lock_button = window.value_editor.lock
    assert lock_button.objectName() == "value_lock"
    click_bar(window.histogram_q, 1)
    before = snapshot(window)
    press(window, K.Key_L)
    assert st.dist("q").is_locked(1)
    assert lock_button.isChecked() and lock_button.text() == "Unlock"
    assert window.histogram_q.locked_item.opts["x"].tolist() == [1.0]  # drawn hatched
    assert_one_undo_step(window, before)

    # dragging another bar leaves the locked one alone
    locked_value = st.q[1]
    drag.drag(window.histogram_q, 3, [0.5])
    assert st.q[1] == locked_value
    assert st.q[3] == pytest.approx(0.5, abs=0.01)
    assert_distribution(st.q)
    # a nudge of the locked bar is refused
    click_bar(window.histogram_q, 1)
    before = snapshot(window)
    press(window, K.Key_Up)
    assert snapshot(window) == before
    assert "locked" in window.statusBar().currentMessage()
    # the button unlocks it (one more undo step)
    click(lock_button)
    assert not st.dist("q").is_locked(1)
    assert not lock_button.isChecked() and lock_button.text() == "Lock"
    assert_one_undo_step(window, before)


@pytest.mark.parametrize("text, value", [("0.35", 0.35), ("25%", 0.25), ("1/8", 0.125), ("0", 0.0), ("1", 1.0)])
def test_double_click_a_bar_and_type_an_exact_value(window, qtbot, text, value):
    st = window.state
    before = snapshot(window)
    drag.double_click(window.histogram_q, 2)
    edit = QApplication.focusWidget()
    assert edit is window.findChild(QLineEdit, "value_edit")
    assert st.selected == ("q", 2)
    assert edit.selectedText() == edit.text() == f"{before['q'][2]:.4f}"  # ready to overwrite
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, K.Key_Return)
    assert st.q[2] == value
    assert_distribution(st.q)
    assert window.histogram_q.bars.opts["height"][2] == value
    assert not window.findChild(QLabel, "value_message").text()
    check_readouts(window)
    assert_one_undo_step(window, before)


def test_after_typing_a_value_ctrl_z_undoes_it(window):
    """Enter hands the keyboard back to the window: Ctrl+Z is the state's undo, not the
    text field's, and the one-key shortcuts act again."""
    st = window.state
    before = snapshot(window)
    drag.double_click(window.histogram_p, 0)
    edit = QApplication.focusWidget()
    QTest.keyClicks(edit, "0.6")
    QTest.keyClick(edit, K.Key_Return)
    assert st.p[0] == 0.6
    press(window, K.Key_Z, CTRL)  # where a real Ctrl+Z goes: the focus widget
    assert content(snapshot(window)) == content(before)
    press(window, K.Key_B)
    assert st.unit == "nats"


@pytest.mark.parametrize("text", ["1.5", "-0.1", "abc", "nan", "inf", "", "2/1"])
def test_a_typed_value_that_is_not_a_probability_is_refused_next_to_the_field(window, text):
    drag.double_click(window.histogram_p, 1)
    edit = QApplication.focusWidget()
    assert edit.objectName() == "value_edit"
    before = snapshot(window)
    QTest.keyClick(edit, K.Key_Delete)
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, K.Key_Return)
    message = window.findChild(QLabel, "value_message")
    assert message.isVisible() and message.text().strip(), f"no message for {text!r}"
    # next to the field: same row, to its right
    def in_window(w):
        return w.geometry().translated(w.parentWidget().mapTo(window, w.parentWidget().rect().topLeft()))

    m, e = in_window(message), in_window(edit)
    assert m.left() > e.right() and m.top() < e.center().y() < m.bottom()
    assert snapshot(window) == before
    assert QApplication.focusWidget() is edit  # still there, to correct the value
    check_readouts(window)


def test_the_apply_button_sets_the_typed_value(window):
    drag.double_click(window.histogram_q, 4)
    edit = QApplication.focusWidget()
    QTest.keyClicks(edit, "0.3")
    before = snapshot(window)
    click(window.findChild(QPushButton, "value_apply"))
    assert window.state.q[4] == 0.3
    assert_one_undo_step(window, before)


# == 4. units ============================================================================
def unit_shown(win, unit_word: str, titles: bool = True) -> None:
    """Every finite readout (and both plot titles) name `unit_word`."""
    for key in MEASURES:
        text = readout(win, key).text()
        assert text == "∞" or text.endswith(unit_word), (key, text)
    if not titles:
        return
    assert f"[{unit_word}]" in win.measures_plot.getPlotItem().titleLabel.text
    assert f"[{unit_word}]" in win.contributions_plot.getPlotItem().titleLabel.text


def test_unit_option(qtbot):
    win = open_window(qtbot, ["--unit", "nats", "--lang", "en"])
    assert win.state.unit == "nats"
    unit_shown(win, "nats")
    assert win.toolbar.unit.text() == "Unit: nats"
    check_readouts(win)


def test_unit_toggle_button_and_b_key(window):
    button = window.toolbar.unit
    assert button.objectName() == "unit_toggle"
    bits = {k: readout(window, k).text() for k in MEASURES}
    unit_shown(window, "bits")
    click(button)
    assert window.state.unit == "nats"
    assert button.text() == "Unit: nats"
    unit_shown(window, "nats", titles=False)  # the titles: test below
    check_readouts(window)
    for k in MEASURES:
        if bits[k] != "∞":  # the same measure, times ln 2
            assert first_number(readout(window, k).text()) == pytest.approx(
                first_number(bits[k]) * math.log(2), abs=0.0011)
    press(window, K.Key_B)
    assert window.state.unit == "bits"
    unit_shown(window, "bits")
    assert {k: readout(window, k).text() for k in MEASURES} == bits


@pytest.mark.parametrize("switch", ["B key", "unit button"])
def test_plot_titles_follow_the_unit_at_runtime(window, switch):
    if switch == "B key":
        press(window, K.Key_B)
    else:
        click(window.toolbar.unit)
    assert window.state.unit == "nats"
    unit_shown(window, "nats")


@pytest.mark.parametrize("unit", ["bits", "nats"])
def test_perplexity_is_shown_next_to_each_entropy(qtbot, unit):
    win = open_window(qtbot, ["--unit", unit, "--lang", "en"])
    s = win.state.summary
    for key in ("entropy_p", "entropy_q", "cross_entropy_pq"):
        extra = win.findChild(QLabel, f"extra_{key}")
        assert extra is not None and extra.isVisible()
        base = 2.0 if unit == "bits" else math.e
        perplexity = base ** s.values[key]
        bits = s.values[key] if unit == "bits" else s.values[key] / math.log(2)
        assert perplexity == pytest.approx(2 ** bits)  # the same number in either unit
        assert f"{perplexity:.2f}" in extra.text(), (key, extra.text())
        assert "perplexity" in extra.text()


# == 5. languages ========================================================================
MENU_NAMES = ("file", "edit", "view", "presets", "help", "language", "panels", "recent")


def menu_actions(win) -> dict:
    """Every action reachable from the menu bar, by objectName, with its text."""
    out = {}

    def walk(m: QMenu):
        for a in m.actions():
            if a.isSeparator():
                continue
            if a.menu() is not None:
                walk(a.menu())
            else:
                out[a.objectName() or a.text()] = a.text()

    for top in win.menuBar().actions():
        walk(top.menu())
    return out


def menu_titles(win) -> dict:
    return {name: menu(win, name).title() for name in MENU_NAMES}


def test_language_menu_switches_the_whole_window(window):
    en_titles, en_actions = menu_titles(window), menu_actions(window)
    en_names = {k: window.findChild(QLabel, f"name_{k}").text() for k in MEASURES}
    ko = action(window, "lang_ko")
    assert ko in menu(window, "language").actions()
    ko.trigger()
    assert window.language == "ko"
    assert ko.isChecked() and not action(window, "lang_en").isChecked()
    names = {k: window.findChild(QLabel, f"name_{k}").text() for k in MEASURES}
    # REFERENCE.md section 4 terms
    assert names["entropy_p"].startswith("엔트로피") and names["entropy_q"].startswith("엔트로피")
    assert names["cross_entropy_pq"].startswith("교차 엔트로피")
    assert names["cross_entropy_qp"].startswith("교차 엔트로피")
    assert names["kl_pq"].startswith("KL 발산") and names["kl_qp"].startswith("KL 발산")
    assert "실제 분포" in window.histogram_p.getPlotItem().titleLabel.text
    assert "예측 분포" in window.histogram_q.getPlotItem().titleLabel.text
    unit_shown(window, "비트")
    check_readouts(window)
    titles = menu_titles(window)
    for name in MENU_NAMES:
        assert titles[name] != en_titles[name], f"menu {name} still says {titles[name]!r}"
        assert re.search("[가-힣]", titles[name]), titles[name]
    assert window.toolbar.unit.text() != "Unit: bits"
    # and back
    action(window, "lang_en").trigger()
    assert window.language == "en"
    assert menu_titles(window) == en_titles and menu_actions(window) == en_actions
    assert {k: window.findChild(QLabel, f"name_{k}").text() for k in MEASURES} == en_names


def test_switching_language_many_times_loads_each_translation_once(window):
    """A lecture may flip languages dozens of times: each flip must reuse the loaded
    translation (a new QTranslator per flip held its .qm for good, 36 KB a time)."""
    from PySide6.QtCore import QTranslator

    app = QApplication.instance()
    action(window, "lang_ko").trigger()
    action(window, "lang_en").trigger()
    before = len(app.findChildren(QTranslator))
    for _ in range(20):
        action(window, "lang_ko").trigger()
        assert window.findChild(QLabel, "name_kl_pq").text().startswith("KL 발산")
        action(window, "lang_en").trigger()
        assert window.findChild(QLabel, "name_kl_pq").text().startswith("KL divergence")
    assert len(app.findChildren(QTranslator)) == before


def test_lang_option_starts_in_korean(qtbot):
    win = open_window(qtbot, ["--lang", "ko", "--unit", "nats"])
    assert win.language == "ko"
    assert win.findChild(QLabel, "name_kl_pq").text().startswith("KL 발산")
    assert menu(win, "file").title().startswith("파일")
    unit_shown(win, "내트")
    check_readouts(win)


def identical_menu_texts(win) -> list:
    """objectNames of the menu items whose text is the same in Korean and English."""
    action(win, "lang_en").trigger()
    en = menu_actions(win)
    action(win, "lang_ko").trigger()
    ko = menu_actions(win)
    assert set(ko) == set(en)
    return sorted(k for k in en if en[k] == ko[k])


def test_menu_items_are_translated(window):
    """Everything in the menus differs between Korean and English, except the names of the
    languages themselves (each is written in its own language on purpose). Items made of
    symbols and letters, such as "Copy p → q", are translated too. The presets are checked
    separately (a known gap, below)."""
    same = identical_menu_texts(window)
    assert [k for k in same if not k.startswith("action_preset_")] == ["action_lang_en", "action_lang_ko"]
    assert "action_show_table_editor" in menu_actions(window)  # the panels and the lesson items
    assert "action_open_lesson" in menu_actions(window)      # are in the comparison
    assert action(window, "copy_pq").text() != "Copy p → q" and "p → q" in action(window, "copy_pq").text()
    assert action(window, "copy_qp").text() != "Copy q → p" and "q → p" in action(window, "copy_qp").text()


def test_preset_menu_items_are_translated(window):
    same = identical_menu_texts(window)
    assert [k for k in same if k.startswith("action_preset_")] == []


# == 1b. projector mode at a real projector size: nothing cut off ==========================
def on_screen(plot, item):
    """`item`'s bounding rectangle in the plot's viewport pixels (right for items that
    ignore the view's scaling, like text, too)."""
    return item.deviceTransform(plot.viewportTransform()).mapRect(item.boundingRect())


def test_measures_plot_values_are_inside_the_plot_on_a_projector(qtbot, tmp_path):
    win = open_window(qtbot, ["--projector", "--lang", "en", "--size", "1920x1080", "--preset", "one-hot",
                              "--screenshot", str(tmp_path / "unused.png")], size=None)
    qtbot.wait(20)
    plot = win.measures_plot
    area = on_screen(plot, plot.getPlotItem().getViewBox())
    cut = []
    labels = plot.value_labels  # the six numbers, one item
    to_view = labels.deviceTransform(plot.viewportTransform())
    assert len(labels.texts()) == 6 and all(labels.texts())
    for text, data_rect in zip(labels.texts(), labels.label_rects()):
        rect = to_view.mapRect(data_rect)
        if not area.contains(rect):
            cut.append((text, rect.getRect(), area.getRect()))
    assert cut == []
