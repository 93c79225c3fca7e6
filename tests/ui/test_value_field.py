"""The value field (ui/value_editor.py) follows a drag by repainting the line edit alone:
its frame and the editor round it stay as they were, and what the window shows is what
a whole repaint draws. The frame shows where the keyboard is."""
from __future__ import annotations

from .drag import double_click, move, press, release, target
from .screen import Painted, on_screen


def test_a_drag_repaints_the_field_alone_and_the_window_stays_whole(window, qtbot):
    editor = window.value_editor
    edit, frame = editor.edit, editor.frame

    def shown():
        img = on_screen(window)
        at = editor.mapTo(window, editor.rect().topLeft())
        return img.copy(at.x(), at.y(), editor.width(), editor.height())

    painted = Painted(editor, frame, edit)
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
        painted.clear()
    release(hist, pos)
    move(hist, target(hist, 1, 0.2), held=False)
    painted.clear()
    pos = press(hist, 1)
    move(hist, target(hist, 1, 0.25))
    move(hist, target(hist, 1, 0.27))
    release(hist, target(hist, 1, 0.27))
    qtbot.wait(1)
    assert painted.count("value_edit") >= 1
    assert painted.count("value_frame") == 0 and painted.count("value_editor") == 0, painted.areas


def test_the_frame_shows_where_the_keyboard_is(window, qtbot):
    frame = window.value_editor.frame
    assert not frame.focused
    double_click(window.histogram_q, 2)  # "type a value for this bar"
    qtbot.waitUntil(lambda: window.value_editor.edit.hasFocus())
    assert frame.focused
    window.setFocus()
    qtbot.waitUntil(lambda: not frame.focused)


def test_the_field_claims_to_be_opaque_only_when_it_surely_is(window, qtbot):
    """A style sheet of the field's own (rounded corners, a transparent background) may
    leave pixels unpainted: then Qt must paint what is under it, as for any widget."""
    from PySide6.QtCore import Qt

    edit = window.value_editor.edit
    opaque = Qt.WidgetAttribute.WA_OpaquePaintEvent
    assert edit.testAttribute(opaque)  # Fusion fills a frameless line edit
    edit.setStyleSheet("QLineEdit { border-radius: 4px; background: transparent; }")
    qtbot.wait(1)
    assert not edit.testAttribute(opaque)
    edit.setStyleSheet("")
    qtbot.wait(1)
    assert edit.testAttribute(opaque)
