"""The command line, run as a user would: ``python main.py ...`` in a fresh process."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

ROOT = Path(__file__).resolve().parents[2]
P_BLUE = QColor("#0072B2").rgb()
Q_ORANGE = QColor("#E69F00").rgb()


def run_main(*args, env=None, timeout=120):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen") if env is None else env
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_screenshot_is_a_real_picture(tmp_path, sandbox):
    out = tmp_path / "window.png"
    r = run_main("--screenshot", str(out), "--size", "1280x800", env=sandbox)
    assert r.returncode == 0, r.stderr
    assert out.is_file() and out.stat().st_size > 10_000
    img = QImage(str(out))
    assert not img.isNull(), "the PNG does not load"
    assert (img.width(), img.height()) == (1280, 800)
    img = img.convertToFormat(QImage.Format.Format_RGB32)
    colours = {}
    for y in range(0, img.height(), 2):
        for x in range(0, img.width(), 2):
            c = img.pixel(x, y) & 0xFFFFFF
            colours[c] = colours.get(c, 0) + 1
    assert len(colours) > 50, f"only {len(colours)} distinct colours: not a rendered window"
    assert colours.get(P_BLUE & 0xFFFFFF, 0) > 500, "no p-blue (#0072B2) bars in the picture"
    assert colours.get(Q_ORANGE & 0xFFFFFF, 0) > 500, "no q-orange (#E69F00) bars in the picture"
    white = colours.get(0xFFFFFF, 0) / sum(colours.values())
    assert white < 0.95, "the picture is almost blank"


def test_screenshot_to_an_unwritable_place_fails_cleanly(tmp_path, sandbox):
    r = run_main("--screenshot", str(tmp_path / "no" / "such" / "dir" / "x.png"), "--size", "1280x800",
                 env=sandbox)
    assert r.returncode != 0
    assert "Traceback" not in r.stderr, r.stderr
    assert r.stderr.strip()


def test_help_exits_0():
    r = run_main("--help", timeout=60)
    assert r.returncode == 0, r.stderr
    for option in ("--preset", "--bins", "--unit", "--lang", "--projector", "--screenshot"):
        assert option in r.stdout, option


@pytest.mark.parametrize("args, mentions", [
    (["--bins", "99"], "--bins"),
    (["--bins", "1"], "--bins"),
    (["--bins", "many"], "--bins"),
    (["--unit", "dits"], "--unit"),
    (["--preset", "nope"], "--preset"),
    (["--lang", "fr"], "--lang"),
    (["--size", "12x"], "--size"),
    (["--no-such-option"], "unrecognized"),
])
def test_bad_options_exit_2_with_a_message(args, mentions):
    r = run_main(*args, timeout=60)
    assert r.returncode == 2, (r.returncode, r.stderr)
    assert "usage:" in r.stderr and "error:" in r.stderr, r.stderr
    assert mentions in r.stderr, r.stderr
    assert "Traceback" not in r.stderr, r.stderr
