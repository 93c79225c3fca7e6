"""Remembered settings, the help overlay and the readout tooltips (issue 5, item 8).

Settings: the window is closed (its closeEvent saves) and ``build_window`` is called again,
as when the lecturer quits and starts the app the next day. Every test has its own
settings file (lecture_support.isolated_settings: HOME and XDG_* in tmp_path, and
QStandardPaths test mode, also switched on for this whole module below).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolTip

from drag import check_readouts
from lecture_support import (MEASURES, action, click, isolated_settings, menu, open_window,  # noqa: F401
                             press, readout, uncaught)
from test_sessions_ui import Dialogs

K = Qt.Key


def setup_module(module):
    QStandardPaths.setTestModeEnabled(True)


def teardown_module(module):
    QStandardPaths.setTestModeEnabled(False)


@pytest.fixture
def dialogs(monkeypatch):
    return Dialogs(monkeypatch)


def restart(qtbot, win, argv=("--lang", "en"), size=None):
    """Quit (close the window, which saves the settings) and start again."""
    assert win.close()
    qtbot.waitUntil(lambda: not win.isVisible())
    return open_window(qtbot, list(argv), size=size)


def stored(key):
    from infoviz.ui import settings as cfg
    return cfg.settings().value(key)


# -- where the settings live ---------------------------------------------------------------------
def test_settings_are_sandboxed(window, isolated_settings):
    from infoviz.ui import settings as cfg
    path = Path(cfg.settings().fileName())
    assert isolated_settings in path.parents  # never the lecturer's own settings
    assert ".qttest" in path.parts  # QStandardPaths test mode
    window.close()
    assert path.is_file()


# -- what survives a restart -------------------------------------------------------------------
def normal_geometry(blob):
    """The normal (not maximised, not full-screen) geometry stored in a saveGeometry() blob,
    as (x, y, width, height) of the client area. Qt's format (QDataStream, big-endian):
    magic 0x1D9D0CB (uint32), major and minor version (uint16 each), the frame rectangle,
    then the normal rectangle, each as four int32 (left, top, right, bottom)."""
    import struct
    data = bytes(blob)
    magic, _major, _minor = struct.unpack(">IHH", data[:8])
    assert magic == 0x1D9D0CB, "not a saveGeometry() blob"
    left, top, right, bottom = struct.unpack(">iiii", data[24:40])
    return (left, top, right - left + 1, bottom - top + 1)


def test_window_geometry_survives_a_restart(qtbot, monkeypatch):
    """The geometry at closing is stored and handed to the next window. (The offscreen test
    screen is 800x800, smaller than the window's minimum size, so Qt clamps the restored
    window to it; what is checked is what was saved and that it is restored.)"""
    from infoviz.ui.main_window import MainWindow
    win = open_window(qtbot, ["--lang", "en"], size=(1300, 780))
    win.move(40, 30)
    qtbot.wait(10)
    geometry = win.geometry().getRect()
    assert geometry[2:] == (1300, 780)
    win.close()
    blob = stored("geometry")
    assert normal_geometry(blob) == geometry
    restored = []
    real = MainWindow.restoreGeometry
    monkeypatch.setattr(MainWindow, "restoreGeometry",
                        lambda self, g: restored.append(bytes(g)) or real(self, g))
    again = open_window(qtbot, ["--lang", "en"], size=None)
    assert restored and normal_geometry(restored[0]) == geometry
    assert not again.projector


def test_projector_mode_does_not_overwrite_the_saved_geometry(qtbot):
    win = open_window(qtbot, ["--lang", "en"], size=(1250, 760))
    qtbot.wait(10)
    geometry = win.geometry().getRect()
    win.close()
    assert normal_geometry(stored("geometry")) == geometry
    again = open_window(qtbot, ["--lang", "en"], size=None)
    press(again, K.Key_F11)
    assert again.isFullScreen()
    again.close()  # closed in projector mode: the full-screen size is not the normal geometry
    assert normal_geometry(stored("geometry")) == geometry
    assert stored("projector") in (True, "true")


def test_unit_and_language_survive_a_restart(window, qtbot):
    press(window, K.Key_B)
    action(window, "lang_ko").trigger()
    assert window.state.unit == "nats" and window.language == "ko"
    again = restart(qtbot, window, argv=[])  # no --lang, no --unit: the remembered ones
    assert again.state.unit == "nats"
    assert again.language == "ko"
    assert action(again, "lang_ko").isChecked()
    assert menu(again, "file").title().startswith("파일")
    assert readout(again, "entropy_p").text().endswith("내트")
    check_readouts(again)


def test_the_command_line_wins_over_remembered_settings(window, qtbot):
    press(window, K.Key_B)
    action(window, "lang_ko").trigger()
    again = restart(qtbot, window, argv=["--lang", "en", "--unit", "bits"])
    assert again.language == "en" and again.state.unit == "bits"
    assert readout(again, "entropy_p").text().endswith("bits")


def test_projector_mode_survives_a_restart(window, qtbot):
    press(window, K.Key_F11)
    assert window.projector
    again = restart(qtbot, window, argv=["--lang", "en"])
    assert again.projector and again.isFullScreen()
    assert not again.menuBar().isVisible() and not again.toolbar.isVisible()
    press(again, K.Key_Escape)  # and leaving it is remembered too
    assert not again.projector
    third = restart(qtbot, again, argv=["--lang", "en"])
    assert not third.projector and third.menuBar().isVisible()


def test_last_directory_and_recent_files_survive_a_restart(window, qtbot, dialogs, tmp_path):
    folder = tmp_path / "lectures"
    folder.mkdir()
    path = folder / "week3.infoviz.json"
    dialogs.will_save(path)
    action(window, "save_as").trigger()
    assert path.is_file()
    again = restart(qtbot, window)
    recent = [a.text() for a in menu(again, "recent").actions() if not a.isSeparator()]
    assert recent == [str(path.resolve())]
    action(again, "open").trigger()  # the dialog opens where the last file was
    assert Path(dialogs.calls[-1][2]) == folder.resolve()
    action(again, "save_as").trigger()
    assert Path(dialogs.calls[-1][2]).parent == folder.resolve()


def test_a_last_directory_that_is_gone_falls_back_to_home(window, qtbot, dialogs, tmp_path, isolated_settings):
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    dialogs.will_save(folder / "s.infoviz.json")
    action(window, "save_as").trigger()
    (folder / "s.infoviz.json").unlink()
    folder.rmdir()
    again = restart(qtbot, window)
    action(again, "open").trigger()
    assert Path(dialogs.calls[-1][2]) == isolated_settings


def damage(**values):
    from infoviz.ui import settings as cfg
    s = cfg.settings()
    for key, value in values.items():
        s.setValue(key, value)
    s.sync()


def test_damaged_settings_are_ignored(qtbot):
    damage(unit="furlongs", language="xx", projector="maybe", recent_files=42, last_directory="/no/such/dir")
    win = open_window(qtbot, [])
    assert win.state.unit == "bits"
    assert win.language in ("en", "ko")
    assert not win.projector
    assert [a for a in menu(win, "recent").actions() if not a.isSeparator()] == []
    check_readouts(win)


def test_a_damaged_geometry_setting_is_ignored(qtbot):
    damage(geometry="not a geometry")
    win = open_window(qtbot, ["--lang", "en"])
    check_readouts(win)


# -- the help overlay ------------------------------------------------------------------------------
def test_f1_shows_and_hides_the_help_overlay(window):
    overlay = window.findChild(QLabel, "help_overlay")
    assert overlay is not None and not overlay.isVisible()
    press(window, K.Key_F1)
    assert overlay.isVisible()
    text = overlay.text()
    for shortcut in ("F1", "F11", "Ctrl+Z", "← →", "↑ ↓", "1 – 9"):
        assert shortcut in text, shortcut
    # it covers the middle of the window, on top
    g, w = overlay.geometry(), window.rect()
    assert w.contains(g) and g.contains(w.center())
    assert overlay.parentWidget() is window
    press(window, K.Key_F1)
    assert not overlay.isVisible()


def test_escape_and_a_click_hide_the_help_overlay(window):
    overlay = window.help_overlay
    press(window, K.Key_F1)
    before = window.state.p.tolist()
    press(window, K.Key_Escape)
    assert not overlay.isVisible()
    press(window, K.Key_F1)
    click(overlay)
    assert not overlay.isVisible()
    assert window.state.p.tolist() == before and window.state.undo_stack.count() == 0


def test_help_overlay_from_the_help_menu_and_in_korean(window):
    act = action(window, "shortcuts")
    assert act in menu(window, "help").actions() and act.shortcut().toString() == "F1"
    action(window, "lang_ko").trigger()
    act.trigger()
    overlay = window.help_overlay
    assert overlay.isVisible()
    assert "키보드 단축키" in overlay.text()
    assert re.search("[가-힣]", overlay.text())
    act.trigger()
    assert not overlay.isVisible()


def test_help_overlay_is_large_in_projector_mode(window):
    press(window, K.Key_F1)
    normal = window.help_overlay.styleSheet()
    press(window, K.Key_F1)
    press(window, K.Key_F11)
    press(window, K.Key_F1)
    assert window.help_overlay.isVisible()
    size = lambda css: int(re.search(r"font-size: (\d+)pt", css).group(1))  # noqa: E731
    assert size(window.help_overlay.styleSheet()) > size(normal)
    g = window.help_overlay.geometry()
    assert window.rect().contains(g)


# -- tooltips --------------------------------------------------------------------------------------
FORMULAS = {
    "entropy_p": "H(p) = −Σ p<sub>i</sub> log p<sub>i</sub>",
    "entropy_q": "H(q) = −Σ q<sub>i</sub> log q<sub>i</sub>",
    "cross_entropy_pq": "H(p,q) = −Σ p<sub>i</sub> log q<sub>i</sub>",
    "cross_entropy_qp": "H(q,p) = −Σ q<sub>i</sub> log p<sub>i</sub>",
    "kl_pq": "KL(p‖q) = Σ p<sub>i</sub> log(p<sub>i</sub>/q<sub>i</sub>)",
    "kl_qp": "KL(q‖p) = Σ q<sub>i</sub> log(q<sub>i</sub>/p<sub>i</sub>)",
}


def show_tooltip(widget) -> str:
    """Hover long enough: send the ToolTip help event Qt sends, return what is shown."""
    pos = widget.rect().center()
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos)))
    return QToolTip.text() if QToolTip.isVisible() else ""


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_readout_has_a_tooltip_with_its_formula(window, qtbot, lang):
    action(window, f"lang_{lang}").trigger()
    for key in MEASURES:
        for name in (f"readout_{key}", f"name_{key}"):
            label = window.findChild(QLabel, name)
            assert FORMULAS[key] in label.toolTip(), (name, label.toolTip())
        shown = show_tooltip(readout(window, key))
        assert FORMULAS[key] in shown, (key, shown)
        QToolTip.hideText()
