"""Smoke test of ``python -m infoviz.bench``: it runs end to end at tiny sizes and its JSON
has the shape DESIGN.md promises. No timing is asserted here: timings belong to the
benchmark's report (docs/PERFORMANCE.md), not to a test that runs on loaded CI machines."""
from __future__ import annotations

import importlib.util
import json
import math
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HAVE_MPL = importlib.util.find_spec("matplotlib") is not None


def _number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def test_bench_runs_tiny_and_prints_the_documented_json(tmp_path):
    plot = tmp_path / "frame_time.png"
    cmd = [sys.executable, "-m", "infoviz.bench", "--json", "--quiet",
           "--frames", "20", "--sizes", "10", "--windows", "1920x1080",
           "--soak-frames", "30", "--mpl-frames", "2", "--startup-runs", "1",
           "--plot", str(plot)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    out = json.loads(r.stdout)

    # DESIGN.md's keys, nested by the string N
    for key in ("drag_p95_ms", "handler_p95_ms"):
        assert set(out[key]) == {"10"}, key
        assert _number(out[key]["10"]) and out[key]["10"] >= 0, (key, out[key])
    assert _number(out["startup_s"]) and out["startup_s"] > 0
    if HAVE_MPL:
        assert set(out["matplotlib_draw_ms"]) == {"10"}
        assert _number(out["matplotlib_draw_ms"]["10"])
        assert _number(out["matplotlib_blit_ms"]["10"])
        assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    # the other measurements
    frame = out["gui"]["1920x1080"]["10"]
    for part in ("drag_ms", "dispatch_ms", "drag_cpu_ms"):
        stats = frame[part]
        assert stats["n"] == 20, (part, stats)
        assert stats["p50"] <= stats["p95"] <= stats["max"], (part, stats)
    soak = out["soak"]
    assert soak["frames"] == 30
    assert isinstance(soak["none_refcount_before"], int) and isinstance(soak["none_refcount_after"], int)
    assert isinstance(soak["none_refcount_delta_app"], int) and soak["mouse_events_sent"] >= 30
    assert soak["rss_mb_before"] is None or _number(soak["rss_mb_before"])
    panels = out["panels"]  # issue 8's panels all on screen at once, dragged like the rest
    assert panels["shown"] == panels["panels"] and "panel_sampling" in panels["panels"]
    assert panels["drag_ms"]["n"] == 20 and _number(out["panels_drag_p95_ms"])
    startup = out["startup"]
    assert startup["runs"] == 1 and len(startup["seconds"]) == 1
    assert "infoviz" in startup["modules"] and "PySide6" in startup["modules"]
    assert isinstance(startup["heavy_modules_imported"], list)
    assert isinstance(out["targets_met"], dict) and out["targets_met"]
    assert all(isinstance(v, bool) for v in out["targets_met"].values())


def test_bench_help_lists_the_options():
    r = subprocess.run([sys.executable, "-m", "infoviz.bench", "--help"], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    for option in ("--json", "--plot", "--frames", "--sizes", "--windows", "--soak", "--no-startup"):
        assert option in r.stdout, option
