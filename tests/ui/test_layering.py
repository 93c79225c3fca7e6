"""Start-up stays lean: building the window imports no scipy or matplotlib (DESIGN.md,
"Layers": they are test and benchmark dependencies, never imported at launch)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("scipy", "matplotlib", "torch")

PROBE = """
import json, sys
from infoviz.app import build_window
win = build_window([])
win.show()
from PySide6.QtWidgets import QApplication
QApplication.processEvents()
win.redraw()
print(json.dumps(sorted(sys.modules)))
"""


def test_window_imports_no_scipy_or_matplotlib(sandbox):
    r = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=sandbox, capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    modules = json.loads(r.stdout.strip().splitlines()[-1])
    assert "infoviz.ui.main_window" in modules  # the probe really built the window
    bad = sorted(m for m in modules if m.split(".")[0] in HEAVY)
    assert not bad, f"building the window imported {bad}"
