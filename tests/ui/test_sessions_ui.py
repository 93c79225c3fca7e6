"""Sessions (issue 5, item 6): save and open through the File menu, recent files, dropping
a file on the window, malformed files refused, atomic save.

The file dialogs are answered programmatically (QFileDialog's static methods are
monkeypatched to return a path, as a user picking that file would); everything else goes
through the real menu QActions, shortcuts and Qt drag-and-drop events. Files are real
files on disk.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from drag import check_readouts
from lecture_support import (CTRL, action, assert_one_undo_step, content, isolated_settings, menu,  # noqa: F401
                             press, snapshot, uncaught, visible_error)

K = Qt.Key
HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"


class Dialogs:
    """Answers for QFileDialog.getOpenFileName / getSaveFileName, and what they were asked."""

    def __init__(self, monkeypatch):
        self.open_answer = ("", "")
        self.save_answer = ("", "")
        self.calls: list[tuple] = []
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._open)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save)

    def _open(self, parent=None, caption="", dir="", filter="", *args, **kwargs):
        self.calls.append(("open", caption, dir, filter))
        return self.open_answer

    def _save(self, parent=None, caption="", dir="", filter="", *args, **kwargs):
        self.calls.append(("save", caption, dir, filter))
        return self.save_answer

    def will_open(self, path) -> None:
        self.open_answer = (str(path), "infoviz session (*.infoviz.json *.json)")

    def will_save(self, path) -> None:
        self.save_answer = (str(path), "infoviz session (*.infoviz.json *.json)")


@pytest.fixture
def dialogs(monkeypatch):
    return Dialogs(monkeypatch)


def full_state(window) -> dict:
    snap = content(snapshot(window))
    snap["unit"] = window.state.unit
    return snap


def make_a_lesson_state(window):
    """A session worth saving: the one-hot preset, a locked bar, nats."""
    press(window, K.Key_5)  # one-hot
    assert window.state.preset == "one-hot"
    press(window, K.Key_Right)  # select q(dog)
    press(window, K.Key_L)
    press(window, K.Key_B)
    assert window.state.dist("q").locked == frozenset({1}) and window.state.unit == "nats"


def save_as(window, dialogs, path) -> None:
    dialogs.will_save(path)
    action(window, "save_as").trigger()


def open_via_menu(window, dialogs, path) -> None:
    dialogs.will_open(path)
    act = action(window, "open")
    assert act in menu(window, "file").actions()
    act.trigger()


# -- save and open ---------------------------------------------------------------------------
def test_save_as_then_open_through_the_file_menu(window, dialogs, tmp_path):
    make_a_lesson_state(window)
    saved = full_state(window)
    path = tmp_path / "lecture.infoviz.json"
    save_as(window, dialogs, path)
    assert dialogs.calls and dialogs.calls[-1][0] == "save"
    assert path.is_file()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "infoviz-session" and data["version"] == 1
    assert data["p"] == [1.0, 0.0, 0.0, 0.0] and data["q"] == [0.7, 0.1, 0.05, 0.15]
    assert data["labels"] == ["cat", "dog", "bird", "fish"]
    assert data["locked_q"] == [1] and data["unit"] == "nats"
    assert "lecture.infoviz.json" in window.statusBar().currentMessage()

    # something else on screen, then open the file again
    press(window, K.Key_2)
    press(window, K.Key_B)
    assert full_state(window)["p"] != saved["p"] and window.state.unit == "bits"
    before = snapshot(window)
    open_via_menu(window, dialogs, path)
    assert window.files.last_dialog is None  # no error
    now = full_state(window)
    assert {k: now[k] for k in ("p", "q", "labels", "locked_p", "locked_q", "n", "unit")} == \
           {k: saved[k] for k in ("p", "q", "labels", "locked_p", "locked_q", "n", "unit")}
    check_readouts(window)
    assert window.state.undo_stack.count() == before["index"] + 1  # opening is one undo step
    press(window, K.Key_Z, CTRL)
    assert content(snapshot(window)) == content(before)


def test_ctrl_s_saves_to_the_same_file_without_asking(window, dialogs, tmp_path):
    path = tmp_path / "s.infoviz.json"
    save_as(window, dialogs, path)
    first = path.read_bytes()
    n_calls = len(dialogs.calls)
    press(window, K.Key_U)
    press(window, K.Key_S, CTRL)
    assert len(dialogs.calls) == n_calls  # no dialog the second time
    assert path.read_bytes() != first
    assert json.loads(path.read_text())["p"] == window.state.p.tolist()


def test_ctrl_s_asks_for_a_name_the_first_time(window, dialogs, tmp_path):
    path = tmp_path / "first.infoviz.json"
    dialogs.will_save(path)
    press(window, K.Key_S, CTRL)
    assert dialogs.calls[-1][0] == "save"
    assert path.is_file()


def test_cancelled_dialogs_change_nothing(window, dialogs, tmp_path):
    before = full_state(window)
    action(window, "open").trigger()  # the user presses Cancel: ("", "")
    action(window, "save_as").trigger()
    assert [c[0] for c in dialogs.calls] == ["open", "save"]
    assert full_state(window) == before
    assert window.files.last_dialog is None
    assert not list(tmp_path.rglob("*.infoviz.json"))


def test_the_save_dialog_offers_the_last_directory(window, dialogs, tmp_path):
    folder = tmp_path / "lectures"
    folder.mkdir()
    save_as(window, dialogs, folder / "week1.infoviz.json")
    action(window, "open").trigger()
    assert Path(dialogs.calls[-1][2]) == folder.resolve()
    action(window, "save_as").trigger()
    assert Path(dialogs.calls[-1][2]).parent == folder.resolve()


# -- recent files ---------------------------------------------------------------------------
def recent_items(window):
    return [a for a in menu(window, "recent").actions() if not a.isSeparator()]


def test_recent_files_menu_reopens_a_file(window, dialogs, tmp_path):
    recent = menu(window, "recent")
    assert not recent.isEnabled() and recent_items(window) == []
    a, b = tmp_path / "a.infoviz.json", tmp_path / "b.infoviz.json"
    press(window, K.Key_3)  # biased coin
    save_as(window, dialogs, a)
    state_a = full_state(window)
    press(window, K.Key_6)  # asymmetry
    save_as(window, dialogs, b)
    assert recent.isEnabled()
    assert [x.text() for x in recent_items(window)] == [str(b.resolve()), str(a.resolve())]  # newest first
    press(window, K.Key_4)
    before = snapshot(window)
    recent_items(window)[1].trigger()
    now = full_state(window)
    assert (now["p"], now["q"], now["labels"]) == (state_a["p"], state_a["q"], state_a["labels"])
    assert window.state.undo_stack.count() == before["index"] + 1
    assert [x.text() for x in recent_items(window)] == [str(a.resolve()), str(b.resolve())]
    check_readouts(window)


def test_a_recent_file_that_has_gone_is_refused(window, dialogs, tmp_path):
    path = tmp_path / "gone.infoviz.json"
    save_as(window, dialogs, path)
    path.unlink()
    press(window, K.Key_2)
    before = full_state(window)
    recent_items(window)[0].trigger()
    box = visible_error(window)
    assert "gone.infoviz.json" in box.text() and "No such file" in box.text()
    assert full_state(window) == before


# -- drag and drop ------------------------------------------------------------------------------
def drop_files(window, paths, pos=QPoint(400, 300)):
    """A real drag-and-drop of `paths` on the window: QDragEnterEvent, then QDropEvent.
    Returns (enter accepted, drop accepted)."""
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(p)) if not str(p).startswith("http") else QUrl(str(p))
                for p in paths])
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, md, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False, False
    drop = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, md, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    drop.ignore()
    QApplication.sendEvent(window, drop)
    return True, drop.isAccepted()


def test_dropping_a_session_file_opens_it(window, tmp_path):
    path = tmp_path / "dropped.infoviz.json"
    press(window, K.Key_6)
    window.state.save(path)  # (a file made earlier)
    press(window, K.Key_1)
    before = snapshot(window)
    assert drop_files(window, [path]) == (True, True)
    assert window.state.p.tolist() == [0.2, 0.8] and window.state.q.tolist() == [0.5, 0.5]
    assert window.files.last_dialog is None
    assert window.state.undo_stack.count() == before["index"] + 1
    assert [a.text() for a in recent_items(window)] == [str(path.resolve())]
    check_readouts(window)


def test_dropping_something_that_is_not_a_file_is_not_accepted(window):
    before = full_state(window)
    assert drop_files(window, ["https://example.org/session.json"]) == (False, False)
    md = QMimeData()
    md.setText("0.5, 0.5")
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, md, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
    assert full_state(window) == before


@pytest.mark.parametrize("name, why", [
    ("session_not_json.json", "not valid JSON"),
    ("session_nan.json", "NaN"),
    ("session_negative.json", "-0.1"),
])
def test_dropping_a_malformed_file_is_refused(window, name, why):
    before = full_state(window)
    drop_files(window, [HOSTILE / name])
    box = visible_error(window)
    assert name in box.text() and why in box.text()
    assert full_state(window) == before


# -- malformed files -----------------------------------------------------------------------
def huge_file(tmp_path) -> Path:
    """A well-formed session padded with spaces to 1.5 MB (over the 1 MB limit)."""
    path = tmp_path / "huge.infoviz.json"
    body = json.dumps({"format": "infoviz-session", "version": 1, "p": [0.5, 0.5], "q": [0.5, 0.5]})
    path.write_text(body[:-1] + " " * 1_500_000 + "}", encoding="utf-8")
    return path


MALFORMED = [
    # (file in tests/data/hostile, or "huge", a phrase the message must contain)
    ("session_truncated.json", "truncated"),
    ("session_empty.json", "truncated"),
    ("session_not_json.json", "not valid JSON"),
    ("session_trailing_garbage.json", "not valid JSON"),
    ("session_nan.json", "NaN"),
    ("session_infinity.json", "Infinity"),
    ("session_1e400.json", "too large"),
    ("session_negative.json", "p[2] is -0.1"),
    ("session_above_one.json", "p[0] is 1.5"),
    ("session_all_zero.json", "all zeros"),
    ("session_sum_off.json", "sums to 0.95"),
    ("session_wrong_lengths.json", "p has 6 entries but q has 5"),
    ("session_labels_wrong_length.json", "'labels' has 2 entries"),
    ("session_1_bin.json", "2 to 50 bins"),
    ("session_51_bins.json", "at most 50 bins"),
    ("session_version_2.json", "version 2"),
    ("session_version_0.json", "version 0"),
    ("session_version_missing.json", "'version' is missing"),
    ("session_unknown_format.json", "unknown format"),
    ("session_unknown_key.json", "'lables'"),
    ("session_version_string.json", "'version' must be an integer"),
    ("session_utf16_bom.json", "UTF-16"),
    ("session_binary.json", "binary"),
    ("session_deep_brackets.json", "nested too deeply"),
    ("session_huge_array.json", "30000 entries"),
    ("session_huge_label.json", "5,000 characters"),
    ("session_control_char_label.json", "control character"),
    ("session_string_number.json", "the string '0.35'"),
    ("session_top_level_list.json", "JSON object"),
    ("huge", "1,000,000 bytes"),
]


@pytest.mark.parametrize("name, why", MALFORMED, ids=[m[0] for m in MALFORMED])
def test_a_malformed_session_is_refused_and_nothing_changes(window, dialogs, tmp_path, name, why):
    press(window, K.Key_5)  # something other than the default on screen, one undo step
    press(window, K.Key_L)  # and a lock
    before = snapshot(window)
    unit = window.state.unit
    path = huge_file(tmp_path) if name == "huge" else HOSTILE / name
    open_via_menu(window, dialogs, path)
    box = visible_error(window)
    assert box.objectName() == "error_dialog"
    assert path.name in box.text(), box.text()
    assert why in box.text(), f"the message does not say why: {box.text()!r}"
    assert "not opened" in box.text()
    # the state is untouched: p, q, labels, locks, undo history, unit
    assert snapshot(window) == before
    assert window.state.unit == unit
    assert [a.text() for a in recent_items(window)] == []  # a refused file is not "recent"
    check_readouts(window)
    # the message box closes, and the window still works
    box.accept()
    assert not box.isVisible()
    press(window, K.Key_Z, CTRL)
    assert window.state.preset is None or window.state.undo_stack.index() == before["index"] - 1


def test_opening_a_directory_is_refused(window, dialogs, tmp_path):
    before = snapshot(window)
    open_via_menu(window, dialogs, tmp_path)
    box = visible_error(window)
    assert "not opened" in box.text() and "directory" in box.text().lower()
    assert snapshot(window) == before


# -- atomic save ------------------------------------------------------------------------------
def test_a_failed_save_leaves_the_old_file_intact(window, dialogs, tmp_path, monkeypatch):
    path = tmp_path / "keep.infoviz.json"
    save_as(window, dialogs, path)
    old = path.read_bytes()
    press(window, K.Key_4)  # a change worth saving
    before = snapshot(window)

    def disk_full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    press(window, K.Key_S, CTRL)  # save over the same file
    box = visible_error(window)
    assert "not saved" in box.text() and "No space left on device" in box.text()
    assert path.read_bytes() == old  # the old file, byte for byte
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["keep.infoviz.json"]  # no temp file
    assert snapshot(window) == before
    monkeypatch.undo()
    box.accept()
    press(window, K.Key_S, CTRL)  # and once the disk has room, it saves
    assert json.loads(path.read_text())["labels"] == ["1", "2", "3", "4", "5", "6"]


def test_saving_into_a_missing_folder_is_refused(window, dialogs, tmp_path):
    before = snapshot(window)
    save_as(window, dialogs, tmp_path / "no" / "such" / "folder" / "s.infoviz.json")
    box = visible_error(window)
    assert "not saved" in box.text()
    assert snapshot(window) == before
    assert not (tmp_path / "no").exists()
