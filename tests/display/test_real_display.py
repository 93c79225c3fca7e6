"""The app in a real X window (Xvfb), dragged with real pointer input, Korean on screen.

CI installs Xvfb, xdotool, the xcb libraries and fonts-noto-cjk (.ci/apt-packages.txt);
elsewhere the test is skipped when they are missing, but under CI=true it fails instead, so
a broken install cannot pass silently.
"""
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

TOOLS = ("Xvfb", "xdotool", "import")
HERE = Path(__file__).parent


def _missing():
    return [t for t in TOOLS if shutil.which(t) is None]


@pytest.fixture
def xvfb(tmp_path):
    missing = _missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must provide {', '.join(missing)} (see .ci/apt-packages.txt)")
        pytest.skip(f"needs {', '.join(missing)}")
    display = f":{90 + os.getpid() % 500}"
    proc = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sock = Path(f"/tmp/.X11-unix/X{display[1:]}")
    for _ in range(100):
        if sock.exists():
            break
        time.sleep(0.05)
    yield display
    proc.terminate()
    proc.wait(5)


def _ink_pixels(img: QImage) -> int:
    return sum(1 for y in range(0, img.height(), 2) for x in range(0, img.width(), 2)
               if img.pixelColor(x, y).lightness() < 128)


def test_drag_with_real_pointer_and_korean_glyphs(xvfb, tmp_path):
    env = dict(os.environ, DISPLAY=xvfb, QT_QPA_PLATFORM="xcb")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")   # keep the user's settings out
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    res = subprocess.run([sys.executable, str(HERE / "driver.py"), str(tmp_path)], env=env,
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr[-3000:]
    report = json.loads(res.stdout.strip().splitlines()[-1])
    assert report["platform"] == "xcb"
    i = report["dragged_index"]
    # The real pointer drag moved the bar to where the pointer was released.
    assert report["q_after"][i] == pytest.approx(report["value_at_end"], abs=1e-9)
    assert report["q_after"][i] == pytest.approx(report["target_value"], abs=0.01)
    assert abs(sum(report["q_after"]) - 1) < 1e-12
    assert report["undo_count"] == 1
    # ...and what is drawn on the screen changed.
    before, after = QImage(str(tmp_path / "before.png")), QImage(str(tmp_path / "after.png"))
    assert not before.isNull() and before.size() == after.size()
    assert before != after
    # Korean UI text, and glyphs rather than boxes.
    assert report["readout_name"].startswith("엔트로피")
    assert report["hangul_differs_from_tofu"]
    assert _ink_pixels(QImage(str(tmp_path / "hangul.png"))) > 50
