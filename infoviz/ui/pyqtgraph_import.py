"""Import pyqtgraph without making PySide6 build every Qt class at start-up.

pyqtgraph keeps its own "mirror" modules of ``QtCore``, ``QtGui`` and ``QtWidgets``
(``pyqtgraph.Qt.QtCore`` and so on: empty packages) and fills them on import by copying
every public name of PySide6's modules into them (``pyqtgraph/Qt/__init__.py``,
``_copy_attrs``). PySide6 creates its classes lazily, on first access, each with its Python
enums; the copy asks for all of them, about 700 classes and 650 enum types, which was
0.17 to 0.25 s of a 1.0 to 1.4 s launch on this project's machine, for classes the app
never uses.

:func:`import_pyqtgraph` imports pyqtgraph with the mirrors already in place as modules
that fetch a name from PySide6 the first time it is asked for (PEP 562's module
``__getattr__``) and keep it, and with PySide6's modules listing no names while pyqtgraph
copies them. Every name pyqtgraph or the app asks of a mirror is the very object PySide6's
module holds, created when first used, as it would be without pyqtgraph.

It changes nothing when pyqtgraph is already imported, when its mirrors are not the empty
packages described above (another pyqtgraph version), or when pyqtgraph is set to use a Qt
binding other than PySide6. Import pyqtgraph through it before anything else does: the UI
package does so first thing.
"""
from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import os
import sys
import types

#: pyqtgraph's mirror modules and the PySide6 modules they mirror.
MIRRORS = {"QtCore": "PySide6.QtCore", "QtGui": "PySide6.QtGui", "QtWidgets": "PySide6.QtWidgets"}


def _lazy_mirror(name: str, source: types.ModuleType, path: str) -> types.ModuleType:
    """An empty package `name` whose missing attributes come from `source` (and stay)."""
    mirror = types.ModuleType(name, f"pyqtgraph's mirror of {source.__name__}, filled on first use")
    mirror.__file__ = os.path.join(path, "__init__.py")
    mirror.__path__ = [path]
    mirror.__package__ = name
    # a spec, as an imported package has: importlib.util.find_spec and reload rely on it
    mirror.__spec__ = importlib.machinery.ModuleSpec(name, None, origin=mirror.__file__, is_package=True)
    mirror.__spec__.submodule_search_locations = [path]

    def __getattr__(attr):
        # Reached only for names the mirror lacks: pyqtgraph's copy took the source's
        # dunders too (its __version__), all but the mirror's own (__name__, __file__, ...).
        value = getattr(source, attr)  # AttributeError, as from the mirror pyqtgraph builds
        setattr(mirror, attr, value)  # the next lookup is a plain module-dict hit
        return value

    def __dir__():
        return sorted(set(mirror.__dict__) | set(dir(source)))

    mirror.__getattr__ = __getattr__
    mirror.__dir__ = __dir__
    return mirror


def _mirror_dirs():
    """Directories of pyqtgraph's mirror packages if they are empty, as this module expects;
    else None."""
    if os.environ.get("PYQTGRAPH_QT_LIB", "PySide6") != "PySide6":
        return None
    spec = importlib.util.find_spec("pyqtgraph")  # finds, does not import
    if spec is None or not spec.submodule_search_locations:
        return None
    root = os.path.join(list(spec.submodule_search_locations)[0], "Qt")
    dirs = {}
    for short in MIRRORS:
        path = os.path.join(root, short)
        try:
            with open(os.path.join(path, "__init__.py"), encoding="utf-8") as f:
                if f.read().strip():
                    return None  # not an empty mirror: leave pyqtgraph to itself
        except OSError:
            return None
        dirs[short] = path
    return dirs


def import_pyqtgraph() -> types.ModuleType:
    """Import pyqtgraph (once) with lazily filled Qt mirrors; return the module.

    Returns
    -------
    module
        ``pyqtgraph``, as ``import pyqtgraph`` gives it.
    """
    if "pyqtgraph" in sys.modules:
        return sys.modules["pyqtgraph"]
    dirs = _mirror_dirs()
    if dirs is None:
        return importlib.import_module("pyqtgraph")
    sources = {short: importlib.import_module(full) for short, full in MIRRORS.items()}
    # While pyqtgraph copies, PySide6's modules list no names: nothing is copied and so
    # nothing is created. Their own __dir__ is put back whatever happens.
    saved = {short: source.__dict__.get("__dir__") for short, source in sources.items()}
    try:
        for short, source in sources.items():
            name = f"pyqtgraph.Qt.{short}"
            if name not in sys.modules:
                sys.modules[name] = _lazy_mirror(name, source, dirs[short])
        for source in sources.values():
            source.__dir__ = list
        return importlib.import_module("pyqtgraph")
    except BaseException:
        # Half an import would leave pyqtgraph.Qt bound to mirrors a retry could not
        # refill: forget every pyqtgraph module, so that the next import starts afresh.
        for name in [n for n in sys.modules if n == "pyqtgraph" or n.startswith("pyqtgraph.")]:
            del sys.modules[name]
        raise
    finally:
        for short, source in sources.items():
            if saved[short] is None:
                source.__dict__.pop("__dir__", None)
            else:
                source.__dir__ = saved[short]
