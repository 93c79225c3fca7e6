"""One window repaint per drag frame (ui/repaint.py), live labels that stay out of the
window's layouts (ui/static_label.py), and panels that hide the dock behind them."""
from __future__ import annotations

import time

import drag
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel

from infoviz.ui import repaint
from infoviz.ui.static_label import StaticLabel


class EventLog(QObject):
    """Counts events of `kinds` per receiver's objectName, application-wide."""

    def __init__(self, *kinds):
        super().__init__()
        self.kinds = set(kinds)
        self.seen: list[tuple[str, str]] = []

    def eventFilter(self, obj, ev):
        if ev.type() in self.kinds:
            self.seen.append((ev.type().name, obj.objectName()))
        return False

    def count(self, kind: str, name: str | None = None) -> int:
        return sum(1 for k, n in self.seen if k == kind and (name is None or n == name))


def settle(rounds: int = 5) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def test_a_drag_frame_repaints_the_window_once_with_every_plot_updated(window, qtbot):
    window.show_panel("panel_information")  # two more plots that follow q
    settle()
    hist = window.histogram_q
    drag.press(hist, 2)
    drag.move(hist, hist.point_for(2, 0.5))
    settle()
    log = EventLog(QEvent.Type.UpdateRequest, QEvent.Type.Paint)
    QApplication.instance().installEventFilter(log)  # sees the requests the coalescer holds
    held = window.repaints.held
    try:
        drag.move(hist, hist.point_for(2, 0.6))
        settle()
    finally:
        QApplication.instance().removeEventFilter(log)
    drag.release(hist, hist.point_for(2, 0.6))
    assert window.state.q[2] > 0.55
    painted = {n for k, n in log.seen if k == "Paint"}
    held = window.repaints.held - held
    assert held >= 1  # each plot's scene asked for a repaint of its own...
    assert log.count("UpdateRequest", "main_window") - held == 1, " ".join(f"{k[0]}:{n}" for k, n in log.seen)  # ...one was made
    assert {"readout_kl_pq", "readout_cross_entropy_pq"} <= painted
    assert log.count("Paint") >= 8  # both histograms, the measures, contributions, history...


def test_the_window_keeps_painting_after_frames(window, qtbot):
    window.state.set_bar("q", 0, 0.5)
    settle()
    assert not window.repaints.pending
    label = window.findChild(QLabel, "readout_kl_pq")
    log = EventLog(QEvent.Type.Paint)
    label.installEventFilter(log)
    window.state.set_bar("q", 0, 0.2)
    qtbot.waitUntil(lambda: log.count("Paint") >= 1, timeout=2000)
    assert not window.repaints.pending


def test_a_held_repaint_is_let_through_when_the_flush_is_overdue(window, qtbot, monkeypatch):
    # Simulate a lost flush: open a frame whose flush event never comes.
    coalescer = window.repaints
    monkeypatch.setattr(repaint.QCoreApplication, "postEvent", lambda *a: None)
    coalescer.begin_frame()
    assert coalescer.pending
    monkeypatch.setattr(repaint, "MAX_HOLD_S", 0.0)  # the frame is overdue at once
    time.sleep(0.01)
    label = window.findChild(QLabel, "readout_kl_pq")
    log = EventLog(QEvent.Type.Paint)
    label.installEventFilter(log)
    label.update()
    qtbot.waitUntil(lambda: log.count("Paint") >= 1, timeout=2000)
    assert not coalescer.pending


def test_a_live_label_changing_digits_leaves_the_layouts_alone(window, qtbot):
    window.show_panel("panel_softmax")
    settle()
    label = window.findChild(StaticLabel, "softmax_lowest_ce")
    assert label is not None and label.isVisible()
    settle()
    log = EventLog(QEvent.Type.LayoutRequest)
    QApplication.instance().installEventFilter(log)
    try:
        text = label.text()
        same_shape = text.replace("3", "4") if "3" in text else text.replace("0", "1")
        label.setText(same_shape)
        settle()
        assert label.text() == same_shape
        assert log.count("LayoutRequest") == 0, log.seen
        label.setText(same_shape + " and more words")  # a new shape: the layouts hear of it
        settle()
        assert label.text() == same_shape + " and more words"
        assert log.count("LayoutRequest") >= 1
    finally:
        QApplication.instance().removeEventFilter(log)


def test_a_live_label_shows_its_current_text(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage
    label = StaticLabel("1.000 bits")
    label.setStyleSheet("color: black; background: white;")
    label.resize(200, 40)
    qtbot.addWidget(label)
    label.show()
    settle()

    def ink() -> int:  # dark pixels in the left and right halves, as a signature
        img = label.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        return sum(1 for x in range(img.width()) for y in range(img.height())
                   if QColor(img.pixel(x, y)).lightness() < 128)

    one = ink()
    label.setText("8.888 bits")  # same shape: painted without QLabel.setText
    settle()
    assert label.text() == "8.888 bits"
    assert ink() > one  # an 8 has more ink than a 1
    # selectable (the pointer came): the QLabel itself now holds the shown text
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    assert QLabel.text(label) == "8.888 bits"


def test_panels_are_opaque_so_their_docks_do_not_repaint(window, qtbot):
    window.show_panel("panel_softmax")
    settle()
    dock = window.docks["panel_softmax"]
    label = window.findChild(StaticLabel, "softmax_lowest_ce")
    log = EventLog(QEvent.Type.Paint)
    dock.installEventFilter(log)
    label.update()
    settle()
    assert log.count("Paint") == 0


def test_live_numbers_repaint_without_their_ancestors(window, qtbot):
    """The readouts, the value field and the formula strip change on every drag frame;
    they paint their own background, so the splitters, docks and window behind do not."""
    hist = window.histogram_q
    drag.press(hist, 2)
    for v in (0.6, 0.62):  # (the first frames widen some labels once: new digits)
        drag.move(hist, hist.point_for(2, v))
        settle()
    strip = window.formula_strip.geometry()
    log = EventLog(QEvent.Type.Paint)
    log_layout = EventLog(QEvent.Type.LayoutRequest)
    QApplication.instance().installEventFilter(log)
    QApplication.instance().installEventFilter(log_layout)
    try:
        drag.move(hist, hist.point_for(2, 0.63))
        settle()
    finally:
        QApplication.instance().removeEventFilter(log)
        QApplication.instance().removeEventFilter(log_layout)
    drag.release(hist, hist.point_for(2, 0.63))
    assert window.formula_strip.geometry() == strip  # (a taller strip would move the dock)
    painted = {n for k, n in log.seen}
    assert {"readout_kl_pq", "formula_strip", "value_edit"} <= painted
    # the six numbers repaint in place: same-shaped text never goes back to QLabel.setText
    assert log_layout.count("LayoutRequest") == 0, log_layout.seen
    # (the main window itself may repaint the 6-pixel dock separator: Qt's, and cheap)
    behind = {"main_splitter", "right_splitter", "dock_formula_strip", "formula_bar"}
    assert not painted & behind, painted & behind


def _on_screen_equals_fresh_render(window) -> int:
    """Pixels where what the window shows (its backing store, made of every partial repaint
    since the last full one) differs from painting the whole window afresh."""
    shown = window.screen().grabWindow(window.winId()).toImage()
    fresh = window.grab().toImage()
    assert shown.size() == fresh.size()
    if shown == fresh:
        return 0
    return sum(1 for y in range(0, fresh.height(), 2) for x in range(0, fresh.width(), 2)
               if shown.pixel(x, y) != fresh.pixel(x, y))


def test_partial_repaints_leave_nothing_stale(window, qtbot):
    """Dragging repaints only what changed; what that leaves on screen must be exactly what
    a full repaint draws (an opaque widget that skipped its background, or a dirty rect
    that missed part of a bar, would leave old pixels), in both themes and languages."""
    for name in ("panel_information", "panel_softmax", "panel_sampling"):
        window.show_panel(name)  # (their live labels paint their own background too)
    for step in range(3):
        if step == 1:
            window.actions_by_name["projector"].trigger()
        if step == 2:
            window.actions_by_name["lang_ko"].trigger()
        settle()
        qtbot.wait(50)
        for which, i, values in (("q", 1, [0.5, 0.7, 0.2]), ("p", 3, [0.6, 0.05]), ("q", 0, [0.0, 0.3])):
            hist = window.histogram_q if which == "q" else window.histogram_p
            drag.drag(hist, i, values)
            settle()
        assert _on_screen_equals_fresh_render(window) == 0, f"stale pixels after step {step}"
