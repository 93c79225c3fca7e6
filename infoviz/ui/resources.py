"""Where the packaged resources (icon, translations, lessons) live."""
from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def icon_path() -> Path:
    """The application icon."""
    return RESOURCES / "icon.svg"


def translations_dir() -> Path:
    """Compiled Qt Linguist translations (``infoviz_<lang>.qm``)."""
    return RESOURCES / "i18n"
