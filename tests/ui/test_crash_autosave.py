"""Crash capture and autosave: an exception in a slot never ends the lecture, a kill never
loses the session, and nothing here ever opens a modal dialog."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _test_mode():
    QStandardPaths.setTestModeEnabled(True)
    yield


def test_exception_in_a_slot_is_logged_shown_and_survived(window, qtbot):
    from infoviz.ui import crash

    assert sys.excepthook is window._excepthook  # build_window installed it
    before = window.state.snapshot

    def boom():
        raise RuntimeError("boom inside a slot")

    # A real slot, invoked by Qt's event loop: PySide6 hands the exception to sys.excepthook.
    QTimer.singleShot(0, boom)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=3000)
    text = window.findChild(QLabel, "banner_text").text()
    assert "RuntimeError" in text and "boom inside a slot" in text
    log = crash.log_path()
    assert log.is_file() and "boom inside a slot" in log.read_text()
    assert not QApplication.activeModalWidget()  # no modal dialog in the middle of a lecture
    # still alive and consistent: a drag works afterwards
    assert window.state.snapshot == before
    import drag as d
    hist = window.histogram_q
    end = d.drag(hist, 1, [0.3, 0.5])
    assert window.state.q[1] == pytest.approx(hist.value_at(end), abs=1e-12)
    d.check_readouts(window)


def test_crash_log_is_capped(tmp_path):
    from infoviz.ui import crash

    for _ in range(200):
        crash.write_log("x" * 4000 + "\n", cap=64 * 1024)
    assert crash.log_path().stat().st_size <= 64 * 1024


def test_autosave_writes_after_a_change_and_a_clean_exit_removes_it(window, qtbot):
    saver = window.autosaver
    path = saver.path
    assert not path.exists()
    import drag as d
    d.drag(window.histogram_q, 2, [0.4])
    qtbot.waitUntil(path.is_file, timeout=5000)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "infoviz-session"
    assert np.allclose(data["q"], window.state.q, atol=0)
    window.close()
    assert not path.exists()


def test_after_a_kill_the_next_launch_offers_restore_in_a_banner(tmp_path, qtbot):
    """Kill a real app process after it autosaved; the next launch shows a banner (not a
    dialog) and restoring brings the session back."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path / "home"))
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from infoviz.app import build_window\n"
        "w = build_window(['--lang', 'en'])\n"
        "w.show()\n"
        "w.state.load_preset('biased-coin')\n"
        "w.autosaver.save_now()\n"
        "print('saved', w.autosaver.path, flush=True)\n"
        "QApplication.instance().exec()\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    assert line.startswith("saved"), line
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    saved = Path(line.split(" ", 1)[1].strip())
    assert saved.is_file()

    # the next launch, in this process, with the same data directory
    os.environ["XDG_DATA_HOME"] = env["XDG_DATA_HOME"]
    os.environ["XDG_CONFIG_HOME"] = env["XDG_CONFIG_HOME"]
    QStandardPaths.setTestModeEnabled(False)
    try:
        from infoviz.app import build_window
        win = build_window(["--lang", "en"])
        qtbot.addWidget(win)
        win.show()
        assert win.autosaver.path == saved
        assert win.banner.isVisible() and not QApplication.activeModalWidget()
        assert win.state.preset != "biased-coin"
        qtbot.mouseClick(win.findChild(QPushButton, "banner_accept"), __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
        assert win.state.preset == "biased-coin"
        assert np.allclose(win.state.p, [0.6, 0.4])
        win.autosaver.clean_exit()
    finally:
        QStandardPaths.setTestModeEnabled(True)


def test_screenshot_launch_never_waits_on_a_restore(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path / "home"))
    data = tmp_path / "data" / "infoviz" / "infoviz"
    data.mkdir(parents=True)
    (data / "autosave.infoviz.json").write_text(
        '{"format": "infoviz-session", "version": 1, "p": [0.5, 0.5], "q": [0.9, 0.1]}', encoding="utf-8")
    t0 = time.monotonic()
    res = subprocess.run([sys.executable, "main.py", "--screenshot", str(tmp_path / "s.png")], env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "s.png").is_file()
    assert time.monotonic() - t0 < 60


def test_saving_is_atomic_when_the_rename_fails(window, tmp_path, monkeypatch):
    path = tmp_path / "lecture.infoviz.json"
    assert window.files.save_path(str(path))
    old = path.read_bytes()
    import drag as d
    d.drag(window.histogram_q, 0, [0.05])

    def fail(*a, **k):
        raise OSError("disk full (simulated)")

    monkeypatch.setattr(os, "replace", fail)
    assert not window.files.save_path(str(path))
    assert path.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == [path.name]  # no temporary file left
    box = window.files.last_dialog
    assert box is not None and "disk full" in box.text()
    box.close()
