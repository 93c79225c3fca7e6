"""The value field (ui/value_editor.py) follows a drag by repainting the line edit alone:
its frame and the editor round it stay as they were, and what the window shows is what
a whole repaint draws. The frame shows where the keyboard is."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from .drag import double_click, move, press, release, target
from .screen import on_screen


class Painted(QObject):
    """Counts paint events per object it filters."""

    def __init__(self):
        super().__init__()
        self.count = {}

    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            self.count[obj.objectName()] = self.count.get(obj.objectName(), 0) + 1
        return False


def test_a_drag_repaints_the_field_alone_and_the_window_stays_whole(window, qtbot):
    editor = window.value_editor
    edit, frame = editor.edit, editor.frame

    def shown():
        img = on_screen(window)
        at = editor.mapTo(window, editor.rect().topLeft())
        return img.copy(at.x(), at.y(), editor.width(), editor.height())

    painted = Painted()
    for w in (editor, frame, edit):
        w.installEventFilter(painted)
    hist = window.histogram_q
    pos = press(hist, 1)
    for value in (0.12, 0.17, 0.23, 0.3):
        move(hist, target(hist, 1, value))
        qtbot.wait(1)
        assert edit.text() == f"{window.state.q[1]:.4f}"
        pieces = shown()
        editor.update()
        frame.update()
        assert shown() == pieces, value
        painted.count.clear()
    release(hist, pos)
    move(hist, target(hist, 1, 0.2), held=False)
    painted.count.clear()
    pos = press(hist, 1)
    move(hist, target(hist, 1, 0.25))
    move(hist, target(hist, 1, 0.27))
    release(hist, target(hist, 1, 0.27))
    qtbot.wait(1)
    assert painted.count.get("value_edit", 0) >= 1
    assert painted.count.get("value_frame", 0) == 0 and painted.count.get("value_editor", 0) == 0, painted.count


def test_the_frame_shows_where_the_keyboard_is(window, qtbot):
    frame = window.value_editor.frame
    assert not frame.focused
    double_click(window.histogram_q, 2)  # "type a value for this bar"
    qtbot.waitUntil(lambda: window.value_editor.edit.hasFocus())
    assert frame.focused
    window.setFocus()
    qtbot.waitUntil(lambda: not frame.focused)
