"""Qt widgets: what things look like and how input arrives. No rules live here."""
from .pyqtgraph_import import import_pyqtgraph

import_pyqtgraph()  # first, before any widget module imports pyqtgraph (see the module)

from ..attr_lookup import plain_attribute_lookup  # noqa: E402
from .pyqtgraph_import import plain_lookup_classes  # noqa: E402

for _cls in plain_lookup_classes():
    plain_attribute_lookup(_cls)  # pyqtgraph's items, views and scene (see attr_lookup)

from .main_window import MainWindow  # noqa: E402

__all__ = ["MainWindow"]
