"""Qt widgets: what things look like and how input arrives. No rules live here."""
from .pyqtgraph_import import import_pyqtgraph

import_pyqtgraph()  # first, before any widget module imports pyqtgraph (see the module)

from .guard import guard_overrides, pyqtgraph_classes  # noqa: E402

# An exception in pyqtgraph's paint of an item stops at that item (see guard)
guard_overrides(pyqtgraph_classes())

from .main_window import MainWindow  # noqa: E402

__all__ = ["MainWindow"]
