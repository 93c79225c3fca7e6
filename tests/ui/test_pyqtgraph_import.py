"""pyqtgraph imported with lazily filled Qt mirrors (infoviz/ui/pyqtgraph_import.py).

The fresh-process checks run in a subprocess: by the time a test runs, this process has
long imported pyqtgraph.
"""
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

from infoviz.ui import pyqtgraph_import as pgi

ROOT = Path(__file__).resolve().parents[2]

#: Run in a fresh process: import the app's UI package the way a launch does, then report.
FRESH = r"""
import json, sys
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
before = {m.__name__: dir(m) for m in (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets)}
own_dir = {m.__name__: m.__dict__.get("__dir__") for m in (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets)}
import infoviz.ui
import pyqtgraph as pg
from pyqtgraph.Qt import QtCore, QtGui, QtWidgets
out = {"lazy": all(callable(m.__dict__.get("__getattr__")) for m in (QtCore, QtGui, QtWidgets)),
       # PySide6's own __dir__ back (the list may grow: PySide6 adds a few names as it
       # creates classes, with or without this module)
       "dir_restored": all(sys.modules[k].__dict__.get("__dir__") is own_dir[k] and set(v) <= set(dir(sys.modules[k]))
                           for k, v in before.items()),
       "mismatched": [], "missing": []}
for mirror, name in ((QtCore, "PySide6.QtCore"), (QtGui, "PySide6.QtGui"), (QtWidgets, "PySide6.QtWidgets")):
    source = sys.modules[name]
    for attr in before[name]:
        if attr in ("__name__", "__file__", "__doc__", "__spec__", "__loader__", "__path__",
                    "__package__", "__dict__", "__dir__", "__getattr__", "__cached__", "__builtins__"):
            continue  # the mirror's own, as in the mirror pyqtgraph builds itself
        if not hasattr(mirror, attr):
            out["missing"].append(f"{name}.{attr}")
        elif getattr(mirror, attr) is not getattr(source, attr):
            out["mismatched"].append(f"{name}.{attr}")
out["mirror_names_listed"] = "QWidget" in dir(QtWidgets)
import importlib.util
out["spec"] = importlib.util.find_spec("pyqtgraph.Qt.QtCore") is not None
print(json.dumps(out))
"""


def _fresh(code: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", code], cwd=str(ROOT), capture_output=True, text=True,
                          timeout=120, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen",
                                            "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_a_launch_gets_lazy_mirrors_holding_pyside6s_own_objects():
    out = _fresh(FRESH)
    assert out["lazy"], "pyqtgraph was imported before the UI package could seed its mirrors"
    assert out["dir_restored"], "PySide6's modules must list their names again after the import"
    assert out["missing"] == []
    assert out["mismatched"] == []
    assert out["mirror_names_listed"]
    assert out["spec"]


def test_the_app_draws_through_lazy_mirrors(qtbot):
    """In this process too (conftest imports the UI package first), the window is built on
    the lazy mirrors, and what pyqtgraph hands out is PySide6's."""
    import pyqtgraph as pg
    from PySide6 import QtWidgets as RealWidgets
    from infoviz.ui import MainWindow

    assert callable(pg.Qt.QtWidgets.__dict__.get("__getattr__"))
    win = MainWindow()
    qtbot.addWidget(win)
    view = win.histogram_p
    assert isinstance(view, RealWidgets.QGraphicsView)
    assert pg.Qt.QtWidgets.QGraphicsView is RealWidgets.QGraphicsView


def test_lazy_mirror_fetches_once_and_keeps_the_object():
    source = types.ModuleType("fake_qt")
    calls = []

    class Thing:
        pass

    def source_getattr(name):
        calls.append(name)
        if name == "Thing":
            return Thing
        raise AttributeError(name)

    source.__getattr__ = source_getattr
    mirror = pgi._lazy_mirror("fake_pkg.QtCore", source, "/nowhere/QtCore")
    assert mirror.Thing is Thing and mirror.Thing is Thing
    assert calls == ["Thing"]  # the second lookup is the mirror's own
    with pytest.raises(AttributeError):
        mirror.Missing
    assert mirror.__name__ == "fake_pkg.QtCore" and mirror.__path__ == ["/nowhere/QtCore"]


def test_mirrors_that_are_not_empty_are_left_to_pyqtgraph(tmp_path, monkeypatch):
    """Another pyqtgraph whose mirror packages hold code: pyqtgraph imports them itself."""
    pkg = tmp_path / "pyqtgraph"
    for short in pgi.MIRRORS:
        (pkg / "Qt" / short).mkdir(parents=True)
        (pkg / "Qt" / short / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("")
    spec = types.SimpleNamespace(submodule_search_locations=[str(pkg)])
    monkeypatch.setattr(pgi.importlib.util, "find_spec", lambda name: spec)
    assert set(pgi._mirror_dirs()) == set(pgi.MIRRORS)
    (pkg / "Qt" / "QtGui" / "__init__.py").write_text("from PySide6.QtGui import *\n")
    assert pgi._mirror_dirs() is None
    (pkg / "Qt" / "QtGui" / "__init__.py").unlink()
    assert pgi._mirror_dirs() is None
    monkeypatch.setenv("PYQTGRAPH_QT_LIB", "PyQt6")
    assert pgi._mirror_dirs() is None


def test_an_already_imported_pyqtgraph_is_returned_as_is():
    import pyqtgraph
    assert pgi.import_pyqtgraph() is pyqtgraph


#: A fresh process whose first pyqtgraph import fails partway (one of its modules cannot be
#: imported), then succeeds on the next try.
RETRY = r"""
import importlib.abc, importlib.util, json, sys
import PySide6.QtWidgets

class Broken(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "pyqtgraph.widgets.VerticalLabel":
            raise ImportError("simulated: a module of pyqtgraph cannot be imported")
        return None

sys.meta_path.insert(0, Broken())
# the module alone, from its file: importing the infoviz.ui package would run it already
spec = importlib.util.spec_from_file_location("pgi", "infoviz/ui/pyqtgraph_import.py")
pgi = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pgi)
import_pyqtgraph = pgi.import_pyqtgraph
out = {}
try:
    import_pyqtgraph()
    out["first"] = "imported"
except ImportError as exc:
    out["first"] = str(exc)
out["left"] = sorted(n for n in sys.modules if n.startswith("pyqtgraph"))
out["dir_back"] = "QWidget" in dir(PySide6.QtWidgets)
sys.meta_path.pop(0)
pg = import_pyqtgraph()
from pyqtgraph.Qt.QtCore import QPointF
out["retry"] = QPointF is PySide6.QtCore.QPointF and pg.PlotWidget is not None
print(json.dumps(out))
"""


def test_a_failed_import_leaves_nothing_behind_and_the_next_one_works():
    out = _fresh(RETRY)
    assert "simulated" in out["first"]
    assert out["left"] == []
    assert out["dir_back"]
    assert out["retry"]
