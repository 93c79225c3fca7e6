"""Layering: infoviz.model is pure numpy (DESIGN.md, "Layers").

It must never import Qt, pyqtgraph, scipy or matplotlib: checked at run time, in a fresh
interpreter, and statically, over every import statement in every file of the package
(imports inside functions included). tests/model is pure too: no Qt there either.
"""
import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODEL_DIR = ROOT / "infoviz" / "model"
FORBIDDEN = ("PySide6", "pyqtgraph", "scipy", "matplotlib", "shiboken6")
QT = ("PySide6", "PyQt5", "PyQt6", "PySide2", "pyqtgraph", "shiboken6", "pytestqt", "qtpy")

PROBE = """
import importlib, json, pkgutil, sys
import infoviz.model
names = [m.name for m in pkgutil.iter_modules(infoviz.model.__path__, "infoviz.model.")]
for name in names:
    importlib.import_module(name)
print(json.dumps({"modules": sorted(sys.modules), "imported": names,
                  "file": infoviz.model.__file__}))
"""


def model_files():
    files = sorted(MODEL_DIR.rglob("*.py"))
    assert files, f"no Python files under {MODEL_DIR}"
    return files


def imported_top_levels(path):
    """(line, top-level package) for every import statement in `path`."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name.split(".")[0]) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module.split(".")[0]))
    return found


def test_importing_the_model_loads_no_gui_or_scipy():
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert Path(report["file"]).resolve().parent == MODEL_DIR.resolve()  # this checkout
    assert "infoviz.model.measures" in report["imported"]
    loaded = {name.split(".")[0] for name in report["modules"]}
    assert "numpy" in loaded
    offenders = sorted(loaded.intersection(FORBIDDEN))
    assert not offenders, f"importing infoviz.model loaded {offenders}"


@pytest.mark.parametrize("path", model_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_forbidden_import_statement(path):
    bad = [(line, top) for line, top in imported_top_levels(path) if top in FORBIDDEN]
    assert not bad, f"{path.relative_to(ROOT)} imports {bad}"
    # and no import smuggled in by name
    text = path.read_text(encoding="utf-8")
    dynamic = re.findall(r"(?:import_module|__import__)\(\s*['\"](\w+)", text)
    assert not set(dynamic).intersection(FORBIDDEN), f"{path} imports {dynamic} dynamically"


def test_static_check_catches_an_offending_line(tmp_path):
    """The checker itself works: it sees plain, dotted, from- and nested imports."""
    sample = tmp_path / "sample.py"
    sample.write_text("import numpy as np, scipy.stats\nfrom PySide6.QtCore import QObject\n"
                      "def f():\n    import matplotlib.pyplot as plt\n    from . import x\n")
    assert imported_top_levels(sample) == [(1, "numpy"), (1, "scipy"), (2, "PySide6"),
                                           (4, "matplotlib")]


def test_model_tests_do_not_import_qt():
    for path in sorted(Path(__file__).parent.rglob("*.py")):
        bad = [(line, top) for line, top in imported_top_levels(path) if top in QT]
        assert not bad, f"{path.relative_to(ROOT)} imports {bad}; Qt tests belong in tests/ui"
