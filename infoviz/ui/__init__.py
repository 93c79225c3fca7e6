"""Qt widgets: what things look like and how input arrives. No rules live here."""
from .pyqtgraph_import import import_pyqtgraph

import_pyqtgraph()  # first, before any widget module imports pyqtgraph (see the module)

from .main_window import MainWindow  # noqa: E402

__all__ = ["MainWindow"]
