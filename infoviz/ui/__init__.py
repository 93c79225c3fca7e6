"""Qt widgets: what things look like and how input arrives. No rules live here."""
from .main_window import MainWindow

__all__ = ["MainWindow"]
