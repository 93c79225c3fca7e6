"""The lesson panel and the presenter clicker: PageDown / PageUp from any focus, the default
lesson start to finish and back, lesson files refused with a message that names the step
and field, and ``--lesson FILE`` on the command line.

Keys are real key events (QTest.keyClick to the focused widget, which also sends the
ShortcutOverride a real key press sends); the state is only read, except to set up a
situation (an edit between two steps).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QStandardPaths, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget  # noqa: E402

from drag import check_readouts  # noqa: E402
from infoviz.model.lesson import default_lesson_path, lesson_sessions, load_lesson  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
PAGE_DOWN, PAGE_UP = Qt.Key.Key_PageDown, Qt.Key.Key_PageUp
DEFAULT = load_lesson(default_lesson_path())


@pytest.fixture(autouse=True)
def _isolated_settings():
    """Never read or write the user's settings, recent files or autosave."""
    QStandardPaths.setTestModeEnabled(True)
    yield


@pytest.fixture
def win(window):
    """The shown main window with lessons installed (MainWindow may do it itself)."""
    if not hasattr(window, "open_lesson"):
        from infoviz.ui.panels.lesson import install_lesson
        install_lesson(window)
    assert callable(window.open_lesson)
    return window


def panel_of(window):
    return window.panels["panel_lesson"]


def press(window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A real key press where the keyboard focus is (the window if nothing has it)."""
    w = QApplication.focusWidget()
    if w is None or w.window() is not window:
        w = window
    QTest.keyClick(w, key, modifiers)


def focus(qtbot, widget: QWidget) -> None:
    widget.activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)


def seen(window) -> dict:
    """What a student sees of the state: snapshot, arrays, labels, unit."""
    st = window.state
    return {"snapshot": st.snapshot, "p": np.array(st.p), "q": np.array(st.q),
            "labels": tuple(st.labels), "unit": st.unit}


def assert_same(a: dict, b: dict, where="") -> None:
    assert a["snapshot"] == b["snapshot"], where
    np.testing.assert_array_equal(a["p"], b["p"], err_msg=where)
    np.testing.assert_array_equal(a["q"], b["q"], err_msg=where)
    assert a["labels"] == b["labels"], where
    assert a["unit"] == b["unit"], where


def no_nan_anywhere(window) -> None:
    for label in window.findChildren(QLabel):
        assert "nan" not in label.text().lower().split(), (label.objectName(), label.text())
        assert "nan" != label.text().strip().lower(), (label.objectName(), label.text())


# -- the clicker keys from any focus ----------------------------------------------------
def test_pagedown_pageup_from_focused_value_field(win, qtbot):
    edit = win.findChild(QLineEdit, "value_edit")
    assert edit is not None
    focus(qtbot, edit)
    press(win, PAGE_DOWN)
    panel = panel_of(win)
    assert panel.index == 0
    assert win.docks["panel_lesson"].isVisible()
    assert panel.findChild(QLabel, "lesson_caption").text() == DEFAULT.steps[0].caption.en
    assert QApplication.focusWidget() is edit  # the focus stays where it was
    press(win, PAGE_DOWN)
    assert panel.index == 1
    press(win, PAGE_UP)
    assert panel.index == 0
    assert QApplication.focusWidget() is edit


def test_pagedown_pageup_from_focused_histogram(win, qtbot):
    hist = win.findChild(QWidget, "histogram_p")
    hist.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # as a click on it would give it
    focus(qtbot, hist)
    scroll = hist.verticalScrollBar().value(), hist.horizontalScrollBar().value()
    panel = panel_of(win)
    for expected in (0, 1, 2):
        press(win, PAGE_DOWN)
        assert panel.index == expected
    press(win, PAGE_UP)
    assert panel.index == 1
    assert (hist.verticalScrollBar().value(), hist.horizontalScrollBar().value()) == scroll
    assert QApplication.focusWidget() is hist


def test_clicker_follows_the_focus_and_works_in_a_floating_dock(win, qtbot):
    """The filter moves with the focus: after the focus went from the value field to a
    histogram and back, and into a teaching panel's slider, PageDown still steps; and a
    floating dock takes the keys itself."""
    edit = win.findChild(QLineEdit, "value_edit")
    hist = win.findChild(QWidget, "histogram_q")
    hist.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    panel = panel_of(win)
    expected = 0
    for widget in (edit, hist, edit):
        focus(qtbot, widget)
        press(win, PAGE_DOWN)
        assert panel.index == expected, widget.objectName()
        expected += 1
    win.show_panel("panel_softmax")
    slider = win.panels["panel_softmax"].findChild(QWidget, "softmax_temperature")
    focus(qtbot, slider)
    before = slider.value()
    QTest.keyClick(slider, PAGE_DOWN)  # a slider takes PageDown as a page step of its own
    assert panel.index == expected
    assert slider.value() == before
    dock = win.docks["panel_softmax"]
    dock.setFloating(True)
    QTest.keyClick(dock, PAGE_UP)  # the floating dock itself, no focus widget needed
    assert panel.index == expected - 1


def test_left_right_still_select_bars_and_modified_pagedown_is_not_taken(win, qtbot):
    press(win, PAGE_DOWN)
    panel = panel_of(win)
    before = win.state.selected
    press(win, Qt.Key.Key_Right)
    assert win.state.selected != before and panel.index == 0
    press(win, Qt.Key.Key_Left)
    assert win.state.selected == before and panel.index == 0
    press(win, PAGE_DOWN, Qt.KeyboardModifier.ControlModifier)
    press(win, PAGE_DOWN, Qt.KeyboardModifier.ShiftModifier)
    assert panel.index == 0


def test_buttons_and_step_list(win, qtbot):
    from PySide6.QtWidgets import QComboBox, QPushButton
    panel = panel_of(win)
    press(win, PAGE_DOWN)
    nxt = panel.findChild(QPushButton, "lesson_next")
    prev = panel.findChild(QPushButton, "lesson_prev")
    assert not prev.isEnabled()
    qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)
    assert panel.index == 1 and prev.isEnabled()
    qtbot.mouseClick(prev, Qt.MouseButton.LeftButton)
    assert panel.index == 0
    box = panel.findChild(QComboBox, "lesson_steps")
    assert box.count() == len(DEFAULT.steps)
    box.activated.emit(4)
    assert panel.index == 4 and win.state.preset == DEFAULT.steps[4].preset
    assert "5 / %d" % len(DEFAULT.steps) in panel.findChild(QLabel, "lesson_position").text()


# -- the default lesson, start to finish and back ---------------------------------------
def test_default_lesson_runs_start_to_finish_with_pagedown_and_back_with_pageup(win, qtbot):
    panel = panel_of(win)
    n = len(DEFAULT.steps)
    expected = lesson_sessions(DEFAULT, win.state.to_session())  # the file, replayed by the model
    forward = []
    for k in range(n):
        count = win.state.undo_stack.count()
        press(win, PAGE_DOWN)
        assert panel.index == k
        assert win.state.undo_stack.count() <= count + 1  # a step is one undo step
        step, session = DEFAULT.steps[k], expected[k]
        np.testing.assert_array_equal(win.state.p, session.p)
        np.testing.assert_array_equal(win.state.q, session.q)
        assert tuple(win.state.labels) == tuple(session.labels)
        assert win.state.unit == session.unit
        assert win.state.logits == session.logits and win.state.temperature == session.temperature
        if step.preset:
            assert win.state.preset == step.preset
        if step.p is None and k > 0 and step.preset is None:  # a step that sets only q (or logits)
            np.testing.assert_array_equal(win.state.p, forward[k - 1]["p"])
        for name in step.panels or ():
            if name in win.docks:  # panels still being written are reported, not shown
                assert win.docks[name].isVisible(), (k + 1, name)
        assert win.docks["panel_lesson"].isVisible()
        assert panel.findChild(QLabel, "lesson_caption").text() == step.caption.en
        if step.title is not None:
            assert panel.findChild(QLabel, "lesson_step_title").toolTip() == step.title.en
        assert f"{k + 1} / {n}" in panel.findChild(QLabel, "lesson_position").text()
        check_readouts(win)
        no_nan_anywhere(win)
        forward.append(seen(win))
    count = win.state.undo_stack.count()
    press(win, PAGE_DOWN)  # past the end: nothing changes
    assert panel.index == n - 1 and win.state.undo_stack.count() == count
    assert_same(seen(win), forward[-1], "after the last step")
    for k in range(n - 2, -1, -1):
        press(win, PAGE_UP)
        assert panel.index == k
        assert_same(seen(win), forward[k], f"back at step {k + 1}")
        for name in DEFAULT.steps[k].panels or ():
            if name in win.docks:
                assert win.docks[name].isVisible(), (k + 1, name)
        no_nan_anywhere(win)
    press(win, PAGE_UP)  # before the first: nothing changes
    assert panel.index == 0
    assert_same(seen(win), forward[0], "after PageUp at step 1")
    for k in range(1, n):  # and forward again: the same screens
        press(win, PAGE_DOWN)
        assert_same(seen(win), forward[k], f"forward again at step {k + 1}")


def test_going_back_ignores_edits_made_in_between(win, qtbot):
    panel = panel_of(win)
    for _ in range(5):
        press(win, PAGE_DOWN)  # step 5: the biased coin
    at_step_5 = seen(win)
    win.state.set_q([0.1, 0.9])  # the lecturer drags q during the step
    win.state.set_unit("nats")
    press(win, PAGE_DOWN)
    press(win, PAGE_UP)
    assert panel.index == 4
    assert_same(seen(win), at_step_5)


def test_temperature_step_applies_on_top_of_the_softmax_step(win, qtbot):
    panel = panel_of(win)
    k = next(i for i, s in enumerate(DEFAULT.steps) if s.temperature is not None)
    press(win, PAGE_DOWN)
    panel.go_to(k - 1)
    softmax_p = np.array(win.state.p)
    panel.go_to(k)
    np.testing.assert_array_equal(win.state.p, softmax_p)
    assert win.state.temperature == DEFAULT.steps[k].temperature
    panel.go_to(k - 1)
    assert win.state.temperature == 1.0


def test_caption_follows_the_language(win, qtbot):
    panel = panel_of(win)
    press(win, PAGE_DOWN)
    press(win, PAGE_DOWN)
    win.set_language("ko")
    try:
        assert panel.findChild(QLabel, "lesson_caption").text() == DEFAULT.steps[1].caption.ko
        assert panel.findChild(QLabel, "lesson_step_title").toolTip() == DEFAULT.steps[1].title.ko
        assert panel.findChild(QLabel, "lesson_title").toolTip() == DEFAULT.title.ko
    finally:
        win.set_language("en")
    assert panel.findChild(QLabel, "lesson_caption").text() == DEFAULT.steps[1].caption.en


def test_projector_mode_uses_larger_type(win, qtbot):
    panel = panel_of(win)
    press(win, PAGE_DOWN)
    caption = panel.findChild(QLabel, "lesson_caption")
    normal = caption.font().pointSize()
    win.set_projector(True, fullscreen=False)
    try:
        assert caption.font().pointSize() > normal >= 14
    finally:
        win.set_projector(False)


# -- opening lessons ----------------------------------------------------------------------
def _lesson_dict():
    return json.loads(default_lesson_path().read_text(encoding="utf-8"))


def _write(tmp_path, name, data) -> Path:
    path = tmp_path / name
    if isinstance(data, (dict, list)):
        data = json.dumps(data, ensure_ascii=False)
    path.write_text(data, encoding="utf-8")
    return path


def _bad_q():
    d = _lesson_dict()
    d["steps"][2]["q"] = [0.5, -0.2, 0.7] + [0.0] * 8
    return d


def _typo():
    d = _lesson_dict()
    d["steps"][3]["titel"] = d["steps"][3].pop("title")
    return d


def _caption_typo():
    d = _lesson_dict()
    d["steps"][3]["captoin"] = d["steps"][3].pop("caption")
    return d


def _version():
    d = _lesson_dict()
    d["version"] = 2
    return d


def _bad_panel():
    d = _lesson_dict()
    d["steps"][1]["panels"] = ["panel_nope"]
    return d


def _no_korean():
    d = _lesson_dict()
    del d["steps"][4]["caption"]["ko"]
    return d


BAD = [
    ("bad_q.json", _bad_q, ("step 3", "'q'")),
    ("typo.json", _typo, ("step 4", "titel")),
    ("caption_typo.json", _caption_typo, ("step 4", "caption")),
    ("version.json", _version, ("version",)),
    ("bad_panel.json", _bad_panel, ("step 2", "panels")),
    ("no_korean.json", _no_korean, ("step 5", "caption", "'ko'")),
    ("not_json.json", lambda: '{"format": "infoviz-lesson", "version": 1, "steps": [', ("JSON",)),
]


@pytest.mark.parametrize("name, make, words", BAD, ids=[b[0] for b in BAD])
def test_malformed_lesson_is_refused_and_nothing_changes(win, qtbot, tmp_path, name, make, words):
    panel = panel_of(win)
    assert win.open_lesson(str(default_lesson_path()))
    panel.go_to(2)
    before, lesson, index = seen(win), panel.lesson, panel.index
    undo = win.state.undo_stack.count()
    path = _write(tmp_path, name, make())
    for opener in (win.open_lesson, win.files.open_path):  # the menu / --lesson, and a drop
        win.files.last_dialog = None
        assert opener(str(path)) is False
        box = win.files.last_dialog
        assert box is not None, "no message"
        text = box.text()
        for word in words:
            assert word.lower() in text.lower(), (word, text)
        assert box.windowModality() != Qt.WindowModality.ApplicationModal  # non-blocking
        box.close()
        assert_same(seen(win), before, name)
        assert win.state.undo_stack.count() == undo
        assert panel.lesson is lesson and panel.index == index


def test_refused_lesson_before_any_lesson_changes_nothing(win, qtbot, tmp_path):
    panel = panel_of(win)
    before = seen(win)
    assert win.open_lesson(str(_write(tmp_path, "bad.json", _bad_q()))) is False
    win.files.last_dialog.close()
    assert panel.lesson is None and panel.index == -1
    assert_same(seen(win), before)
    assert win.state.undo_stack.count() == 0


def test_open_lesson_from_the_menu_and_by_drop(win, qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QFileDialog
    d = _lesson_dict()
    d["title"] = {"en": "Two steps", "ko": "두 단계"}
    d["steps"] = d["steps"][3:5]
    path = _write(tmp_path, "short.json", d)
    act = win.findChild(QAction, "action_open_lesson")
    assert act is not None and act in win._menus["file"].actions()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    act.trigger()
    panel = panel_of(win)
    assert panel.lesson.title.en == "Two steps" and panel.index == 0
    assert win.state.preset == "fair-coin"
    press(win, PAGE_DOWN)
    assert panel.index == 1 and win.state.preset == "biased-coin"
    assert win.files.open_path(str(default_lesson_path())) is True  # what a drop does
    assert panel.lesson.title.en == DEFAULT.title.en and panel.index == 0


# -- the command line -------------------------------------------------------------------
def _run(args, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)


def test_command_line_refuses_a_malformed_lesson(tmp_path):
    bad = _write(tmp_path, "bad.json", _bad_q())
    out = tmp_path / "x.png"
    res = _run(["--lesson", str(bad), "--screenshot", str(out)], tmp_path)
    assert res.returncode == 2, res.stderr
    assert "--lesson" in res.stderr and "step 3" in res.stderr and "'q'" in res.stderr, res.stderr
    assert not out.exists()
    res = _run(["--lesson", str(tmp_path / "missing.json")], tmp_path)
    assert res.returncode == 2 and "missing.json" in res.stderr, res.stderr


def test_command_line_opens_the_default_lesson(tmp_path):
    out = tmp_path / "lesson.png"
    res = _run(["--lesson", str(default_lesson_path()), "--screenshot", str(out), "--size", "1280x800"],
               tmp_path)
    assert res.returncode == 0, res.stderr
    assert out.is_file() and out.stat().st_size > 10_000


def test_build_window_with_lesson_starts_at_step_one(qtbot):
    from infoviz.app import build_window
    w = build_window(["--lang", "en", "--lesson", str(default_lesson_path())])
    qtbot.addWidget(w)
    panel = panel_of(w)
    assert panel.index == 0 and w.state.preset == DEFAULT.steps[0].preset
    assert w.state.undo_stack.count() == 0
    assert callable(w.open_lesson)
